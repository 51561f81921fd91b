//! The whole plan as a document: cover, skills, the timeline strip, the stakeholder grid, stretch
//! assignments, milestones, wins and feedback, page numbers "n of N". The people's stance and what
//! they care about, and the skills' private notes, are out unless chosen.

use std::collections::HashMap;

use cairn_core::{Error, MilestoneStatus, Quadrant, Result, Store, StretchStatus};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use ts_rs::TS;

use crate::section::{Preview, count};
use crate::words;
use crate::{Paper, Typeset};

/// A part of the plan document the person can leave out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PlanSection {
    Skills,
    Timeline,
    /// The power/interest grid with names.
    People,
    Stretch,
    Milestones,
    Wins,
    Feedback,
    /// The promotion packet: each target-level expectation of the plan's framework with its evidence.
    Readiness,
    /// Each person's stance (champion … blocker) and what they care about: private.
    PeopleDetails,
    /// The skills' own notes: private.
    SkillNotes,
}

impl PlanSection {
    pub const ALL: [PlanSection; 10] = [
        PlanSection::Skills,
        PlanSection::Timeline,
        PlanSection::People,
        PlanSection::Stretch,
        PlanSection::Milestones,
        PlanSection::Wins,
        PlanSection::Feedback,
        PlanSection::Readiness,
        PlanSection::PeopleDetails,
        PlanSection::SkillNotes,
    ];

    pub fn private(self) -> bool {
        matches!(self, PlanSection::PeopleDetails | PlanSection::SkillNotes)
    }

    pub fn defaults() -> Vec<PlanSection> {
        Self::ALL.into_iter().filter(|s| !s.private()).collect()
    }

    fn label(self) -> &'static str {
        match self {
            PlanSection::Skills => "Skills",
            PlanSection::Timeline => "Timeline",
            PlanSection::People => "Stakeholder grid (names and quadrants)",
            PlanSection::Stretch => "Stretch assignments",
            PlanSection::Milestones => "Milestones",
            PlanSection::Wins => "Wins",
            PlanSection::Feedback => "Feedback",
            PlanSection::Readiness => "Promotion readiness (each target-level expectation with its evidence)",
            PlanSection::PeopleDetails => "Each person's stance and what they care about",
            PlanSection::SkillNotes => "My private notes on skills",
        }
    }
}

struct Collected {
    today: NaiveDate,
    title: String,
    cover: Value,
    skills: Vec<Value>,
    skill_notes: usize,
    timeline: Value,
    quadrants: Value,
    people: Vec<Value>,
    stretch: Vec<Value>,
    milestones: Vec<Value>,
    wins: Vec<Value>,
    feedback: Vec<Value>,
    feedback_summary: String,
    /// None when the plan is held against no framework.
    readiness: Option<Value>,
}

/// Position of `date` in the window as a share 0..=1, for the timeline strip.
fn share(start: NaiveDate, end: NaiveDate, date: NaiveDate) -> f64 {
    let total = (end - start).num_days().max(1) as f64;
    ((date - start).num_days() as f64 / total).clamp(0.0, 1.0)
}

fn collect(store: &Store, plan_id: i64, today: NaiveDate) -> Result<Collected> {
    let plan = store.get_plan(plan_id)?;
    let skills = store.list_skills(plan.id)?;
    let skill_name: HashMap<i64, &str> = skills.iter().map(|s| (s.id, s.name.as_str())).collect();
    let people = store.list_stakeholders()?;
    let person_name: HashMap<i64, &str> = people.iter().map(|p| (p.id, p.name.as_str())).collect();
    let milestones = store.list_milestones(plan.id)?;
    let stretches = store.list_stretches(plan.id)?;
    let (start, end) = (plan.start_date, plan.end_date);

    // Month ticks on the first of each month inside the window.
    let mut ticks = vec![json!({ "at": 0.0, "label": start.format("%b").to_string() })];
    let mut month = NaiveDate::from_ymd_opt(start.year(), start.month(), 1)
        .and_then(|d| d.checked_add_months(chrono::Months::new(1)));
    while let Some(m) = month.filter(|m| *m <= end) {
        ticks.push(json!({ "at": share(start, end, m), "label": m.format("%b").to_string() }));
        month = m.checked_add_months(chrono::Months::new(1));
    }
    let markers: Vec<Value> = milestones
        .iter()
        .filter(|m| m.status != MilestoneStatus::Dropped)
        .filter_map(|m| m.due_date.filter(|d| *d >= start && *d <= end).map(|d| (m, d)))
        .map(|(m, d)| {
            let (_, tone) = words::milestone_status(m.status, m.overdue);
            json!({ "at": share(start, end, d), "tone": tone })
        })
        .collect();
    let bars: Vec<Value> = stretches
        .iter()
        .filter(|s| s.status != StretchStatus::Dropped)
        .map(|s| {
            let from = s.start_date.unwrap_or(start).max(start).min(end);
            let to = s.end_date.unwrap_or(end).min(end).max(from);
            let (_, tone) = words::stretch_status(s.status);
            json!({ "from": share(start, end, from), "to": share(start, end, to), "title": s.title, "tone": tone })
        })
        .collect();
    let now = (today >= start && today <= end).then(|| share(start, end, today));

    let mut quadrants: HashMap<&str, Vec<&str>> = HashMap::new();
    for p in &people {
        let key = match p.quadrant {
            Quadrant::ManageClosely => "manage_closely",
            Quadrant::KeepSatisfied => "keep_satisfied",
            Quadrant::KeepInformed => "keep_informed",
            Quadrant::Monitor => "monitor",
        };
        quadrants.entry(key).or_default().push(p.name.as_str());
    }

    let feedback = store.list_feedback(plan.id)?;
    let praise = feedback.iter().filter(|f| f.kind == cairn_core::FeedbackKind::Praise).count();
    let open = feedback.iter().filter(|f| f.status != cairn_core::FeedbackStatus::Resolved).count();

    let readiness = store.readiness(plan.id)?.map(|r| {
        json!({
            "headline": format!(
                "Ready for {} ({}): {} of {} expectations have evidence ({}%).",
                r.ladder.target_level.name, r.ladder.framework_name, r.met, r.total, r.percent
            ),
            "from": format!("From {} to {}.", r.ladder.current_level.name, r.ladder.target_level.name),
            "total": r.total,
            "topics": r.topics.iter().map(|t| json!({
                "name": t.name, "count": format!("{} of {}", t.met, t.total),
                "expectations": t.expectations.iter().map(|e| json!({
                    "text": e.text, "met": e.met,
                    "evidence": e.evidence.iter().map(|ev| json!({
                        "what": words::evidence_kind(ev.kind), "title": ev.title,
                        "date": words::maybe_day(ev.date), "counts": ev.counts,
                    })).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
        })
    });

    Ok(Collected {
        today,
        readiness,
        title: plan.title.clone(),
        cover: json!({
            "title": plan.title, "goal": plan.goal, "levels": words::levels(&plan), "track": words::track(plan.track),
            "window": words::window(&plan), "time": words::time_left(&plan, today), "asOf": words::day(today),
        }),
        skills: skills
            .iter()
            .map(|k| {
                json!({ "name": k.name, "current": k.current_level, "target": k.target_level,
                        "levels": words::level_pair(k.current_level, k.target_level), "why": k.why, "notes": k.notes })
            })
            .collect(),
        skill_notes: skills.iter().filter(|k| !k.notes.is_empty()).count(),
        timeline: json!({ "ticks": ticks, "markers": markers, "bars": bars, "today": now }),
        quadrants: json!(quadrants),
        people: people
            .iter()
            .map(|p| {
                json!({ "name": p.name, "role": p.role, "stance": format!("{:?}", p.stance), "cares": p.cares_about })
            })
            .collect(),
        stretch: stretches
            .iter()
            .map(|s| {
                let (status, tone) = words::stretch_status(s.status);
                let exercised: Vec<&str> = s.skill_ids.iter().filter_map(|id| skill_name.get(id).copied()).collect();
                json!({
                    "title": s.title, "status": status, "tone": tone, "description": s.description,
                    "sponsor": s.sponsor_id.and_then(|id| person_name.get(&id).copied()).unwrap_or_default(),
                    "dates": if s.start_date.is_some() || s.end_date.is_some() {
                        format!("{} – {}", words::maybe_day(s.start_date), words::maybe_day(s.end_date))
                    } else { String::new() },
                    "skills": exercised.join(", "), "outcome": s.outcome,
                })
            })
            .collect(),
        milestones: milestones
            .iter()
            .map(|m| {
                let (status, tone) = words::milestone_status(m.status, m.overdue);
                json!({ "title": m.title, "due": words::maybe_day(m.due_date), "status": status, "tone": tone,
                        "evidence": m.evidence })
            })
            .collect(),
        wins: store
            .list_wins(plan.id)?
            .iter()
            .map(|w| json!({ "title": w.title, "impact": w.impact_summary, "date": words::day(w.date) }))
            .collect(),
        feedback: feedback
            .iter()
            .map(|f| {
                let (kind, tone) = words::feedback_kind(f.kind);
                json!({ "from": f.from, "date": words::day(f.date), "kind": kind, "tone": tone, "said": f.said,
                        "response": f.response })
            })
            .collect(),
        feedback_summary: format!(
            "{} in all: {} praise, {} constructive; {} still open.",
            feedback.len(),
            praise,
            feedback.len() - praise,
            open
        ),
    })
}

/// What each section of the plan document would hold.
pub fn preview(store: &Store, plan_id: i64, today: NaiveDate) -> Result<Vec<Preview<PlanSection>>> {
    let c = collect(store, plan_id, today)?;
    Ok(PlanSection::ALL
        .into_iter()
        .map(|section| {
            let summary = match section {
                PlanSection::Skills => count(c.skills.len(), "skill", "skills"),
                PlanSection::Timeline => "Milestones and assignments across the window".into(),
                PlanSection::People | PlanSection::PeopleDetails => count(c.people.len(), "person", "people"),
                PlanSection::Stretch => count(c.stretch.len(), "assignment", "assignments"),
                PlanSection::Milestones => count(c.milestones.len(), "milestone", "milestones"),
                PlanSection::Wins => count(c.wins.len(), "win", "wins"),
                PlanSection::Feedback => count(c.feedback.len(), "piece of feedback", "pieces of feedback"),
                PlanSection::Readiness => match &c.readiness {
                    Some(r) => count(r["total"].as_u64().unwrap_or(0) as usize, "expectation", "expectations"),
                    None => "This plan uses no framework".into(),
                },
                PlanSection::SkillNotes => count(c.skill_notes, "skill with notes", "skills with notes"),
            };
            Preview { section, label: section.label().into(), private: section.private(), summary }
        })
        .collect())
}

/// The plan document with the chosen sections, read from the store and ready to typeset (without
/// the store), and a file name to suggest.
pub fn prepare(
    store: &Store,
    plan_id: i64,
    today: NaiveDate,
    sections: &[PlanSection],
    paper: Paper,
) -> Result<(Typeset, String)> {
    let c = collect(store, plan_id, today)?;
    let on = |s: PlanSection| sections.contains(&s);
    let mut data = json!({
        "title": c.title, "paper": crate::paper_name(paper), "footer": format!("{} · as of {}", c.title, words::day(c.today)),
        "cover": c.cover,
    });
    let object = data.as_object_mut().ok_or_else(|| Error::document("make the plan document", "bad data"))?;
    if on(PlanSection::Skills) {
        let mut skills = c.skills;
        if !on(PlanSection::SkillNotes) {
            for k in &mut skills {
                if let Some(k) = k.as_object_mut() {
                    k.remove("notes");
                }
            }
        }
        object.insert("skills".into(), Value::Array(skills));
    }
    if on(PlanSection::Timeline) {
        object.insert("timeline".into(), c.timeline);
    }
    if on(PlanSection::People) {
        object.insert("quadrants".into(), c.quadrants);
    }
    if on(PlanSection::PeopleDetails) {
        object.insert("people".into(), Value::Array(c.people));
    }
    if on(PlanSection::Stretch) {
        object.insert("stretch".into(), Value::Array(c.stretch));
    }
    if on(PlanSection::Milestones) {
        object.insert("milestones".into(), Value::Array(c.milestones));
    }
    if on(PlanSection::Wins) {
        object.insert("wins".into(), Value::Array(c.wins));
    }
    if on(PlanSection::Feedback) {
        object.insert("feedback".into(), json!({ "summary": c.feedback_summary, "items": c.feedback }));
    }
    if on(PlanSection::Readiness)
        && let Some(readiness) = c.readiness
    {
        object.insert("readiness".into(), readiness);
    }
    let doc = Typeset::new(include_str!("typst/plan.typ"), data, c.today, "make the plan document");
    Ok((doc, format!("{}.pdf", crate::file_name(&c.title))))
}
