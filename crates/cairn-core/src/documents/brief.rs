//! The one-on-one brief: what to bring to a meeting with one person on one day. Everything in it is
//! decided on the day of the meeting, not on the day it is printed: what happened since the last
//! one-on-one with them, the milestones overdue or due in the agenda's look-ahead, the agenda (the
//! meeting's own once started, else the one Cairn would generate), and the check-ins due.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::signals::{SessionLine, VisibilityLine, initials};
use super::{Preview, Rows, StretchLine, count};
use crate::agenda::AgendaSource;
use crate::{
    AGENDA_LOOKAHEAD_DAYS, ActionItemStatus, CheckIn, CycleDate, Error, Feedback, FeedbackStatus, Focus, Milestone,
    MilestoneStatus, OneOnOne, Plan, Result, Skill, Store, StretchStatus, Win,
};

/// A brief is read in the minute before a meeting: a long list shows its first rows (newest, or
/// most overdue) and says how many more are in Cairn. Ten years of data made briefs of 800 KB.
pub const BRIEF_ROWS: usize = 10;
/// The agenda is what the meeting is for: it keeps more rows.
pub const BRIEF_AGENDA_ROWS: usize = 20;

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
    /// "My focus this week", from the latest weekly reflection: private, out unless ticked.
    Focus,
    /// The review cycle's dates from the meeting on, with their countdowns.
    ReviewCycle,
    /// Visibility records and mentoring sessions since the last one-on-one with this person.
    Signals,
    /// Mentees by their full names rather than initials: private.
    MenteeNames,
}

impl BriefSection {
    pub const ALL: [BriefSection; 11] = [
        BriefSection::Focus,
        BriefSection::ReviewCycle,
        BriefSection::SinceLast,
        BriefSection::ComingUp,
        BriefSection::Signals,
        BriefSection::Stretch,
        BriefSection::Skills,
        BriefSection::Agenda,
        BriefSection::CheckIns,
        BriefSection::Notes,
        BriefSection::MenteeNames,
    ];

    /// Private sections hold what the person wrote for themselves; they are never in by default.
    pub fn private(self) -> bool {
        matches!(self, BriefSection::Notes | BriefSection::Focus | BriefSection::MenteeNames)
    }

    /// The sections a brief has when the person does not choose.
    pub fn defaults() -> Vec<BriefSection> {
        Self::ALL.into_iter().filter(|s| !s.private()).collect()
    }

    pub fn label(self) -> &'static str {
        match self {
            BriefSection::SinceLast => "Since the last one-on-one",
            BriefSection::ComingUp => "Coming up",
            BriefSection::Stretch => "Stretch assignments",
            BriefSection::Skills => "Skills",
            BriefSection::Agenda => "Agenda and action items",
            BriefSection::CheckIns => "Check-ins due",
            BriefSection::Notes => "My notes from this one-on-one",
            BriefSection::Focus => "My focus this week",
            BriefSection::ReviewCycle => "Review cycle dates ahead",
            BriefSection::Signals => "Visibility and mentoring since the last one-on-one",
            BriefSection::MenteeNames => "Mentees' full names instead of initials",
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

/// The brief's content. A section is `None` when it was left out.
#[derive(Debug, Clone)]
pub struct Brief {
    /// The day of the meeting.
    pub date: NaiveDate,
    /// Its time of day (`10:30`), when the meeting was started with one.
    pub time: Option<String>,
    pub person_name: String,
    pub person_role: String,
    pub plan: Plan,
    /// The previous one-on-one with this person in this plan; `None`: the brief looks back to the
    /// plan's start.
    pub previous: Option<NaiveDate>,
    pub since_last: Option<SinceLast>,
    pub coming_up: Option<ComingUp>,
    /// Assignments not dropped.
    pub stretch: Option<Vec<StretchLine>>,
    pub skills: Option<Vec<Skill>>,
    pub agenda: Option<BriefAgenda>,
    /// Most overdue first.
    pub check_ins: Option<Rows<CheckInDue>>,
    /// The meeting's own notes (private).
    pub notes: Option<String>,
    /// The focus set by the latest reflection up to the meeting's week (private); the inner `None`
    /// when that reflection named none.
    pub focus: Option<Option<Focus>>,
    /// The cycle's dates on or after the meeting, counted down from it.
    pub review_cycle: Option<Vec<CycleDate>>,
    pub signals: Option<BriefSignals>,
}

/// Visibility records and mentoring sessions in the same span as "since the last one-on-one".
/// Sessions carry no notes: those are private and stay in Cairn.
#[derive(Debug, Clone)]
pub struct BriefSignals {
    pub visibility: Rows<VisibilityLine>,
    pub sessions: Rows<SessionLine>,
}

/// What happened between the previous one-on-one (or the plan's start) and the meeting.
#[derive(Debug, Clone)]
pub struct SinceLast {
    pub milestones: Rows<Milestone>,
    pub wins: Rows<Win>,
    /// Feedback given in that span, and any not resolved by the meeting.
    pub feedback: Rows<Feedback>,
}

/// Open milestones past their date on the day of the meeting, and due in the look-ahead after it.
#[derive(Debug, Clone)]
pub struct ComingUp {
    pub overdue: Rows<Milestone>,
    pub due: Rows<Milestone>,
}

/// The agenda and the open action items.
#[derive(Debug, Clone)]
pub struct BriefAgenda {
    pub items: Rows<BriefAgendaItem>,
    pub actions: Rows<BriefAction>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BriefAgendaItem {
    pub text: String,
    pub source: AgendaSource,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BriefAction {
    pub text: String,
    pub owner: String,
    pub due_date: Option<NaiveDate>,
}

/// A stakeholder whose check-in is due on the day of the meeting (within a week, or overdue).
#[derive(Debug, Clone, PartialEq)]
pub struct CheckInDue {
    pub name: String,
    pub role: String,
    /// Negative when overdue.
    pub days_until_due: i64,
}

impl Store {
    /// Everything the brief for `request` could say, every section in and uncut; `keep` cuts it to
    /// what the person chose, `preview` says what each section holds.
    pub fn brief(&self, request: &BriefRequest) -> Result<Brief> {
        let date = NaiveDate::parse_from_str(request.date.trim(), "%Y-%m-%d")
            .map_err(|_| Error::validation("date", format!("“{}” is not a date; use YYYY-MM-DD.", request.date)))?;
        let plan = self.get_plan(request.plan_id)?;
        let preview = self.agenda_for(plan.id, request.stakeholder_id, date)?;
        let person = &preview.person;
        // A meeting already started on that day brings its own agenda, asks, actions and notes.
        let meeting: Option<OneOnOne> =
            self.list_one_on_ones(plan.id)?.into_iter().find(|m| m.stakeholder_id == Some(person.id) && m.date == date);
        let since = preview.previous.unwrap_or(plan.start_date);
        let in_span = |d: NaiveDate| d > since && d <= date || (preview.previous.is_none() && d == since);

        let milestones = self.list_milestones(plan.id)?;
        let skills = self.list_skills(plan.id)?;
        let skill_name: HashMap<i64, &str> = skills.iter().map(|s| (s.id, s.name.as_str())).collect();
        let people = self.list_stakeholders()?;
        let person_name: HashMap<i64, &str> = people.iter().map(|p| (p.id, p.name.as_str())).collect();
        let horizon = date.checked_add_days(Days::new(AGENDA_LOOKAHEAD_DAYS)).unwrap_or(NaiveDate::MAX);
        let open = |m: &&Milestone| m.status.is_open();

        let since_last = SinceLast {
            milestones: Rows::all(
                milestones
                    .iter()
                    .filter(|m| m.status == MilestoneStatus::Done && m.completed_date.is_some_and(in_span))
                    .cloned()
                    .collect(),
            ),
            wins: Rows::all(self.list_wins(plan.id)?.into_iter().filter(|w| in_span(w.date)).collect()),
            feedback: Rows::all(
                self.list_feedback(plan.id)?
                    .into_iter()
                    .filter(|f| in_span(f.date) || f.status != FeedbackStatus::Resolved && f.date <= date)
                    .collect(),
            ),
        };
        let coming_up = ComingUp {
            overdue: Rows::all(
                milestones.iter().filter(open).filter(|m| m.due_date.is_some_and(|d| d < date)).cloned().collect(),
            ),
            due: Rows::all(
                milestones
                    .iter()
                    .filter(open)
                    .filter(|m| m.due_date.is_some_and(|d| d >= date && d <= horizon))
                    .cloned()
                    .collect(),
            ),
        };
        let stretch = self
            .list_stretches(plan.id)?
            .into_iter()
            .filter(|s| s.status != StretchStatus::Dropped)
            .map(|s| StretchLine {
                sponsor: s.sponsor_id.and_then(|id| person_name.get(&id)).map(|n| (*n).to_owned()),
                skills: s.skill_ids.iter().filter_map(|id| skill_name.get(id)).map(|n| (*n).to_owned()).collect(),
                stretch: s,
            })
            .collect();

        let (items, actions, notes) = match &meeting {
            Some(m) => (
                m.agenda
                    .iter()
                    .filter(|i| !i.done)
                    .map(|i| BriefAgendaItem { text: i.text.clone(), source: i.source })
                    .collect(),
                m.actions
                    .iter()
                    .filter(|a| a.status == ActionItemStatus::Open)
                    .map(|a| BriefAction { text: a.text.clone(), owner: a.owner.clone(), due_date: a.due_date })
                    .collect(),
                m.notes.clone(),
            ),
            None => (
                preview.agenda.iter().map(|d| BriefAgendaItem { text: d.text.clone(), source: d.source }).collect(),
                preview
                    .carried_actions
                    .iter()
                    .map(|a| BriefAction { text: a.text.clone(), owner: a.owner.clone(), due_date: a.due_date })
                    .collect(),
                String::new(),
            ),
        };

        // Due on the day of the meeting, from each person's cadence and last logged interaction.
        let mut check_ins: Vec<CheckInDue> = people
            .iter()
            .filter_map(|p| {
                let on_the_day = CheckIn::derive(p.cadence_days, p.check_in.last_interaction, date);
                let days = on_the_day.days_until_due.filter(|_| on_the_day.state.is_due())?;
                Some(CheckInDue { name: p.name.clone(), role: p.role.clone(), days_until_due: days })
            })
            .collect();
        // Most overdue first: the list may be cut to its first rows.
        check_ins.sort_by_key(|c| c.days_until_due);

        Ok(Brief {
            date,
            time: meeting.as_ref().and_then(|m| m.time.clone()),
            person_name: person.name.clone(),
            person_role: person.role.clone(),
            previous: preview.previous,
            since_last: Some(since_last),
            coming_up: Some(coming_up),
            stretch: Some(stretch),
            skills: Some(skills.clone()),
            agenda: Some(BriefAgenda { items: Rows::all(items), actions: Rows::all(actions) }),
            check_ins: Some(Rows::all(check_ins)),
            notes: Some(notes),
            focus: Some(self.focus_as_of(plan.id, date)?),
            review_cycle: Some(self.cycle_dates_from(plan.id, date)?),
            signals: Some(BriefSignals {
                visibility: Rows::all(
                    self.visibility_lines(plan.id)?.into_iter().filter(|v| in_span(v.record.date)).collect(),
                ),
                sessions: Rows::all(
                    self.mentoring_part(plan.id, date)?
                        .sessions
                        .into_iter()
                        .filter(|s| in_span(s.date))
                        .map(|s| SessionLine { notes: String::new(), ..s })
                        .collect(),
                ),
            }),
            plan,
        })
    }
}

impl Brief {
    /// What each section would hold, for the export dialog to show before writing.
    pub fn preview(&self) -> Vec<Preview<BriefSection>> {
        BriefSection::ALL
            .into_iter()
            .map(|section| {
                let summary = match section {
                    BriefSection::SinceLast => self.since_last.as_ref().map_or_else(String::new, |s| {
                        [
                            count(s.milestones.total(), "milestone done", "milestones done"),
                            count(s.wins.total(), "win", "wins"),
                            count(s.feedback.total(), "piece of feedback", "pieces of feedback"),
                        ]
                        .join(", ")
                    }),
                    BriefSection::ComingUp => self.coming_up.as_ref().map_or_else(String::new, |c| {
                        format!(
                            "{}, {}",
                            count(c.overdue.total(), "overdue milestone", "overdue milestones"),
                            count(c.due.total(), "due in four weeks", "due in four weeks")
                        )
                    }),
                    BriefSection::Stretch => {
                        count(self.stretch.as_ref().map_or(0, Vec::len), "assignment", "assignments")
                    }
                    BriefSection::Skills => count(self.skills.as_ref().map_or(0, Vec::len), "skill", "skills"),
                    BriefSection::Agenda => self.agenda.as_ref().map_or_else(String::new, |a| {
                        format!(
                            "{}, {}",
                            count(a.items.total(), "agenda item", "agenda items"),
                            count(a.actions.total(), "open action item", "open action items")
                        )
                    }),
                    BriefSection::CheckIns => count(self.check_ins.as_ref().map_or(0, Rows::total), "person", "people"),
                    BriefSection::ReviewCycle => {
                        count(self.review_cycle.as_ref().map_or(0, Vec::len), "date ahead", "dates ahead")
                    }
                    BriefSection::Signals => self.signals.as_ref().map_or_else(String::new, |s| {
                        format!(
                            "{}, {}",
                            count(s.visibility.total(), "visibility record", "visibility records"),
                            count(s.sessions.total(), "mentoring session", "mentoring sessions")
                        )
                    }),
                    BriefSection::MenteeNames => "Otherwise each mentee is named by initials".into(),
                    BriefSection::Focus => match self.focus.as_ref().and_then(Option::as_ref) {
                        None => "No focus set in a weekly reflection".into(),
                        Some(f) => format!("“{}” (set in week {})", f.text, f.set_in.number),
                    },
                    BriefSection::Notes => match self.notes.as_deref() {
                        None | Some("") => "No notes yet".into(),
                        Some(notes) => format!("{} characters of your own notes", notes.chars().count()),
                    },
                };
                Preview { section, label: section.label().into(), private: section.private(), summary }
            })
            .collect()
    }

    /// The brief with only the chosen sections, each long list cut to the rows a brief shows.
    pub fn keep(mut self, sections: &[BriefSection]) -> Brief {
        let on = |s: BriefSection| sections.contains(&s);
        self.since_last = self.since_last.filter(|_| on(BriefSection::SinceLast)).map(|s| SinceLast {
            milestones: s.milestones.cap(BRIEF_ROWS),
            wins: s.wins.cap(BRIEF_ROWS),
            feedback: s.feedback.cap(BRIEF_ROWS),
        });
        self.coming_up = self
            .coming_up
            .filter(|_| on(BriefSection::ComingUp))
            .map(|c| ComingUp { overdue: c.overdue.cap(BRIEF_ROWS), due: c.due.cap(BRIEF_ROWS) });
        self.stretch = self.stretch.filter(|_| on(BriefSection::Stretch));
        self.skills = self.skills.filter(|_| on(BriefSection::Skills));
        self.agenda = self
            .agenda
            .filter(|_| on(BriefSection::Agenda))
            .map(|a| BriefAgenda { items: a.items.cap(BRIEF_AGENDA_ROWS), actions: a.actions.cap(BRIEF_ROWS) });
        self.check_ins = self.check_ins.filter(|_| on(BriefSection::CheckIns)).map(|c| c.cap(BRIEF_ROWS));
        self.notes = self.notes.filter(|_| on(BriefSection::Notes));
        self.focus = self.focus.filter(|_| on(BriefSection::Focus));
        self.review_cycle = self.review_cycle.filter(|_| on(BriefSection::ReviewCycle));
        let full_names = on(BriefSection::MenteeNames);
        self.signals = self.signals.filter(|_| on(BriefSection::Signals)).map(|s| BriefSignals {
            visibility: s.visibility.cap(BRIEF_ROWS),
            sessions: Rows {
                shown: s
                    .sessions
                    .shown
                    .into_iter()
                    .map(|l| if full_names { l } else { SessionLine { mentee: initials(&l.mentee), ..l } })
                    .collect(),
                more: s.sessions.more,
            }
            .cap(BRIEF_ROWS),
        });
        self
    }

    /// "One-on-one Priya Raman 2026-11-23": the file name to suggest, without extension.
    pub fn file_stem(&self) -> String {
        format!("One-on-one {} {}", self.person_name, self.date)
    }
}
