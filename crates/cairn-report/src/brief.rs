//! The one-on-one brief: what to bring to a meeting with one person on one day, collected from the
//! plan. The person chooses the sections; private ones (their own notes) are left out unless chosen,
//! and a left-out section never reaches the document: it is not even in the data Typst sees.

use std::collections::HashMap;

use cairn_core::{
    AgendaSource, CheckInState, Error, FeedbackStatus, MilestoneStatus, OneOnOne, Result, Store, StretchStatus,
};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use ts_rs::TS;

use crate::section::{Preview, count};
use crate::words;
use crate::{Paper, Typeset};

/// How far ahead "coming up" looks: four weeks, as the generated agenda does.
const LOOKAHEAD_DAYS: u64 = 28;

/// A brief is read in the minute before a meeting: a long list shows its first rows (newest, or
/// most overdue) and says how many more are in Cairn. Ten years of data made briefs of 800 KB.
const BRIEF_ROWS: usize = 10;
/// The agenda is what the meeting is for: it keeps more rows.
const AGENDA_ROWS: usize = 20;

fn capped(mut rows: Vec<Value>) -> (Vec<Value>, usize) {
    let more = rows.len().saturating_sub(BRIEF_ROWS);
    rows.truncate(BRIEF_ROWS);
    (rows, more)
}

/// A part of the brief the person can leave out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BriefSection {
    /// Milestones done, wins and feedback since the last one-on-one with this person.
    SinceLast,
    /// Overdue milestones and those due in the next four weeks.
    ComingUp,
    Stretch,
    Skills,
    /// The agenda (with carried-over items and asks) and the open action items.
    Agenda,
    /// Stakeholder check-ins that are due.
    CheckIns,
    /// The meeting's own notes: private, out unless chosen.
    Notes,
}

impl BriefSection {
    pub const ALL: [BriefSection; 7] = [
        BriefSection::SinceLast,
        BriefSection::ComingUp,
        BriefSection::Stretch,
        BriefSection::Skills,
        BriefSection::Agenda,
        BriefSection::CheckIns,
        BriefSection::Notes,
    ];

    /// Private sections hold what the person wrote for themselves; they are never in by default.
    pub fn private(self) -> bool {
        matches!(self, BriefSection::Notes)
    }

    /// The sections a brief has when the person does not choose.
    pub fn defaults() -> Vec<BriefSection> {
        Self::ALL.into_iter().filter(|s| !s.private()).collect()
    }

    fn label(self) -> &'static str {
        match self {
            BriefSection::SinceLast => "Since the last one-on-one",
            BriefSection::ComingUp => "Coming up",
            BriefSection::Stretch => "Stretch assignments",
            BriefSection::Skills => "Skills",
            BriefSection::Agenda => "Agenda and action items",
            BriefSection::CheckIns => "Check-ins due",
            BriefSection::Notes => "My notes from this one-on-one",
        }
    }
}

/// Which brief: a plan, a day, a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BriefRequest {
    #[ts(type = "number")]
    pub plan_id: i64,
    /// The day of the meeting, `YYYY-MM-DD`.
    pub date: String,
    #[ts(type = "number")]
    pub stakeholder_id: i64,
}

/// Everything the brief could say, collected once: the preview counts it, the document prints it.
struct Collected {
    request_date: NaiveDate,
    heading: String,
    subheading: String,
    plan: Value,
    since_title: String,
    done: Vec<Value>,
    wins: Vec<Value>,
    feedback: Vec<Value>,
    overdue: Vec<Value>,
    due: Vec<Value>,
    stretch: Vec<Value>,
    skills: Vec<Value>,
    agenda: Vec<Value>,
    actions: Vec<Value>,
    checkins: Vec<Value>,
    notes: String,
    file_stem: String,
}

fn collect(store: &Store, request: &BriefRequest) -> Result<Collected> {
    let date = NaiveDate::parse_from_str(request.date.trim(), "%Y-%m-%d")
        .map_err(|_| Error::validation("date", format!("“{}” is not a date; use YYYY-MM-DD.", request.date)))?;
    let plan = store.get_plan(request.plan_id)?;
    let preview = store.agenda_for(plan.id, request.stakeholder_id, date)?;
    let person = &preview.person;
    // A meeting already started on that day brings its own agenda, asks, actions and notes.
    let meeting: Option<OneOnOne> =
        store.list_one_on_ones(plan.id)?.into_iter().find(|m| m.stakeholder_id == Some(person.id) && m.date == date);
    let since = preview.previous.unwrap_or(plan.start_date);
    let in_span = |d: NaiveDate| d > since && d <= date || (preview.previous.is_none() && d == since);

    let milestones = store.list_milestones(plan.id)?;
    let skills = store.list_skills(plan.id)?;
    let skill_name: HashMap<i64, &str> = skills.iter().map(|s| (s.id, s.name.as_str())).collect();
    let people = store.list_stakeholders()?;
    let person_name: HashMap<i64, &str> = people.iter().map(|p| (p.id, p.name.as_str())).collect();
    let horizon = date.checked_add_days(Days::new(LOOKAHEAD_DAYS)).unwrap_or(date);
    let open = |m: &&cairn_core::Milestone| matches!(m.status, MilestoneStatus::Planned | MilestoneStatus::InProgress);

    let done = milestones
        .iter()
        .filter(|m| m.status == MilestoneStatus::Done && m.completed_date.is_some_and(in_span))
        .map(|m| json!({ "title": m.title, "date": words::maybe_day(m.completed_date) }))
        .collect();
    let wins = store
        .list_wins(plan.id)?
        .into_iter()
        .filter(|w| in_span(w.date))
        .map(|w| json!({ "title": w.title, "impact": w.impact_summary, "date": words::day(w.date) }))
        .collect();
    let feedback = store
        .list_feedback(plan.id)?
        .into_iter()
        .filter(|f| in_span(f.date) || f.status != FeedbackStatus::Resolved && f.date <= date)
        .map(|f| {
            let (kind, tone) = words::feedback_kind(f.kind);
            json!({ "from": f.from, "date": words::day(f.date), "kind": kind, "tone": tone, "said": f.said,
                    "response": f.response })
        })
        .collect();
    let overdue = milestones
        .iter()
        .filter(open)
        .filter(|m| m.due_date.is_some_and(|d| d < date))
        .map(|m| json!({ "title": m.title, "date": words::maybe_day(m.due_date) }))
        .collect();
    let due = milestones
        .iter()
        .filter(open)
        .filter(|m| m.due_date.is_some_and(|d| d >= date && d <= horizon))
        .map(|m| json!({ "title": m.title, "date": words::maybe_day(m.due_date) }))
        .collect();
    let stretch = store
        .list_stretches(plan.id)?
        .into_iter()
        .filter(|s| s.status != StretchStatus::Dropped)
        .map(|s| {
            let (status, tone) = words::stretch_status(s.status);
            let mut detail = Vec::new();
            if let Some(name) = s.sponsor_id.and_then(|id| person_name.get(&id)) {
                detail.push(format!("Sponsor: {name}"));
            }
            if s.start_date.is_some() || s.end_date.is_some() {
                detail.push(format!("{} – {}", words::maybe_day(s.start_date), words::maybe_day(s.end_date)));
            }
            let exercised: Vec<&str> = s.skill_ids.iter().filter_map(|id| skill_name.get(id).copied()).collect();
            if !exercised.is_empty() {
                detail.push(exercised.join(", "));
            }
            if s.status == StretchStatus::Done && !s.outcome.is_empty() {
                detail.push(format!("Outcome: {}", s.outcome));
            }
            json!({ "title": s.title, "status": status, "tone": tone, "detail": detail.join(" · ") })
        })
        .collect();
    let skill_rows = skills
        .iter()
        .map(|k| {
            json!({ "name": k.name, "current": k.current_level, "target": k.target_level,
                    "levels": words::level_pair(k.current_level, k.target_level) })
        })
        .collect();

    let (agenda, actions, notes) = match &meeting {
        Some(m) => (
            m.agenda.iter().filter(|i| !i.done).map(|i| agenda_row(i.source, &i.text)).collect(),
            m.actions
                .iter()
                .filter(|a| a.status == cairn_core::ActionItemStatus::Open)
                .map(|a| json!({ "text": a.text, "owner": a.owner, "due": words::maybe_day(a.due_date) }))
                .collect(),
            m.notes.clone(),
        ),
        None => (
            preview.agenda.iter().map(|d| agenda_row(d.source, &d.text)).collect(),
            preview
                .carried_actions
                .iter()
                .map(|a| json!({ "text": a.text, "owner": a.owner, "due": words::maybe_day(a.due_date) }))
                .collect(),
            String::new(),
        ),
    };
    let mut due_people: Vec<_> =
        people.iter().filter(|p| matches!(p.check_in.state, CheckInState::Overdue | CheckInState::DueSoon)).collect();
    // Most overdue first: the list may be cut to its first rows.
    due_people.sort_by_key(|p| p.check_in.days_until_due.unwrap_or(i64::MAX));
    let checkins = due_people
        .into_iter()
        .map(|p| {
            let days = |n: i64| if n == 1 { "1 day".to_owned() } else { format!("{n} days") };
            let when = match p.check_in.days_until_due {
                Some(d) if d < 0 => format!("overdue by {}", days(-d)),
                Some(0) => "due today".into(),
                Some(d) => format!("due in {}", days(d)),
                None => String::new(),
            };
            json!({ "name": p.name, "role": p.role, "when": when })
        })
        .collect();

    Ok(Collected {
        request_date: date,
        heading: format!("With {}", person.name),
        subheading: if person.role.is_empty() {
            words::long_day(date)
        } else {
            format!("{} · {}", words::long_day(date), person.role)
        },
        plan: json!({
            "title": plan.title, "goal": plan.goal, "levels": words::levels(&plan),
            "window": words::window(&plan), "time": words::time_left(&plan, date),
        }),
        since_title: match preview.previous {
            Some(d) => format!("Since our last one-on-one, {}", words::day(d)),
            None => format!("Since the plan started, {}", words::day(plan.start_date)),
        },
        done,
        wins,
        feedback,
        overdue,
        due,
        stretch,
        skills: skill_rows,
        agenda,
        actions,
        checkins,
        notes,
        file_stem: format!("One-on-one {} {}", person.name, date),
    })
}

fn agenda_row(source: AgendaSource, text: &str) -> Value {
    let why = match source {
        AgendaSource::CarriedOver => "carried over",
        AgendaSource::Added => "my ask",
        _ => "",
    };
    json!({ "text": text, "why": why })
}

/// What each section of this brief would hold, for the export dialog to show before writing.
pub fn preview(store: &Store, request: &BriefRequest) -> Result<Vec<Preview<BriefSection>>> {
    let c = collect(store, request)?;
    Ok(BriefSection::ALL
        .into_iter()
        .map(|section| {
            let summary = match section {
                BriefSection::SinceLast => [
                    count(c.done.len(), "milestone done", "milestones done"),
                    count(c.wins.len(), "win", "wins"),
                    count(c.feedback.len(), "piece of feedback", "pieces of feedback"),
                ]
                .join(", "),
                BriefSection::ComingUp => format!(
                    "{}, {}",
                    count(c.overdue.len(), "overdue milestone", "overdue milestones"),
                    count(c.due.len(), "due in four weeks", "due in four weeks")
                ),
                BriefSection::Stretch => count(c.stretch.len(), "assignment", "assignments"),
                BriefSection::Skills => count(c.skills.len(), "skill", "skills"),
                BriefSection::Agenda => format!(
                    "{}, {}",
                    count(c.agenda.len(), "agenda item", "agenda items"),
                    count(c.actions.len(), "open action item", "open action items")
                ),
                BriefSection::CheckIns => count(c.checkins.len(), "person", "people"),
                BriefSection::Notes if c.notes.is_empty() => "No notes yet".into(),
                BriefSection::Notes => format!("{} characters of your own notes", c.notes.chars().count()),
            };
            Preview { section, label: section.label().into(), private: section.private(), summary }
        })
        .collect())
}

/// The brief with the chosen sections only, read from the store and ready to typeset (without the
/// store), and a file name to suggest.
pub fn prepare(
    store: &Store,
    request: &BriefRequest,
    sections: &[BriefSection],
    paper: Paper,
) -> Result<(Typeset, String)> {
    let c = collect(store, request)?;
    let on = |s: BriefSection| sections.contains(&s);
    let mut data = json!({
        "title": format!("{} — {}", c.heading, words::day(c.request_date)),
        "paper": crate::paper_name(paper),
        "footer": format!("{} · {}", c.plan["title"].as_str().unwrap_or_default(), c.heading),
        "heading": c.heading,
        "subheading": c.subheading,
        "plan": c.plan,
    });
    let object = data.as_object_mut().ok_or_else(|| Error::document("make the brief", "bad data"))?;
    if on(BriefSection::SinceLast) {
        let (milestones, more_milestones) = capped(c.done);
        let (wins, more_wins) = capped(c.wins);
        let (feedback, more_feedback) = capped(c.feedback);
        object.insert(
            "since".into(),
            json!({ "title": c.since_title, "milestones": milestones, "wins": wins, "feedback": feedback,
                    "more_milestones": more_milestones, "more_wins": more_wins, "more_feedback": more_feedback }),
        );
    }
    if on(BriefSection::ComingUp) {
        let (overdue, more_overdue) = capped(c.overdue);
        let (due, more_due) = capped(c.due);
        object.insert(
            "coming".into(),
            json!({ "overdue": overdue, "due": due, "more_overdue": more_overdue, "more_due": more_due }),
        );
    }
    if on(BriefSection::Stretch) {
        object.insert("stretch".into(), Value::Array(c.stretch));
    }
    if on(BriefSection::Skills) {
        object.insert("skills".into(), Value::Array(c.skills));
    }
    if on(BriefSection::Agenda) {
        let (mut items, mut actions) = (c.agenda, c.actions);
        // Count first: the section heading says how many there are in all.
        let more_items = items.len().saturating_sub(AGENDA_ROWS);
        items.truncate(AGENDA_ROWS);
        let (actions, more_actions) = {
            let more = actions.len().saturating_sub(BRIEF_ROWS);
            actions.truncate(BRIEF_ROWS);
            (actions, more)
        };
        object.insert(
            "agenda".into(),
            json!({ "items": items, "actions": actions, "more_items": more_items, "more_actions": more_actions }),
        );
    }
    if on(BriefSection::CheckIns) {
        let (checkins, more) = capped(c.checkins);
        object.insert("checkins".into(), Value::Array(checkins));
        object.insert("more_checkins".into(), json!(more));
    }
    if on(BriefSection::Notes) {
        object.insert("notes".into(), Value::String(c.notes));
    }
    let doc = Typeset::new(include_str!("typst/brief.typ"), data, c.request_date, "make the one-on-one brief");
    Ok((doc, format!("{}.pdf", crate::file_name(&c.file_stem))))
}
