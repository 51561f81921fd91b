//! The plan document's layout data: the core's `PlanDocument` in the words, tones and positions
//! `typst/plan.typ` prints (page numbers "n of N", the timeline strip as shares of the window).
//! A section the core left out is absent here too.

use std::collections::BTreeMap;

use cairn_core::{Paper, PlanDocument, Quadrant, Readiness, Result};
use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

use crate::brief::{CycleRow, FeedbackRow, WinRow, cycle_row, feedback_row, win_row};
use crate::{Typeset, signals, words};

#[derive(Serialize)]
struct PlanData {
    title: String,
    paper: &'static str,
    footer: String,
    cover: Cover,
    #[serde(skip_serializing_if = "Option::is_none")]
    skills: Option<Vec<SkillRow>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    timeline: Option<TimelineData>,
    #[serde(skip_serializing_if = "Option::is_none")]
    quadrants: Option<BTreeMap<&'static str, Vec<String>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    people: Option<Vec<PersonRow>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    stretch: Option<Vec<StretchRow>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    milestones: Option<Vec<MilestoneRow>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    wins: Option<Vec<WinRow>>,
    /// "Wins", or "Wins, 1 Jun – 30 Nov 2026" when limited to a period.
    wins_title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    feedback: Option<FeedbackData>,
    #[serde(skip_serializing_if = "Option::is_none")]
    readiness: Option<ReadinessData>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reflections: Option<Vec<ReflectionRow>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cycle: Option<Vec<CycleRow>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ended: Option<Ended>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mentoring: Option<signals::MentoringData>,
    #[serde(skip_serializing_if = "Option::is_none")]
    visibility: Option<signals::VisibilityData>,
    #[serde(skip_serializing_if = "Option::is_none")]
    asked: Option<signals::AskedGivenData>,
}

/// How a closed plan ended, and the retrospective.
#[derive(Serialize)]
struct Ended {
    headline: String,
    worked: String,
    did_not_work: String,
    differently: String,
}

#[derive(Serialize)]
struct ReflectionRow {
    week: String,
    feeling: String,
    moved: String,
    learned: String,
    blocked: String,
    focus: String,
}

#[derive(Serialize)]
struct Cover {
    title: String,
    goal: String,
    levels: String,
    track: &'static str,
    window: String,
    time: String,
    #[serde(rename = "asOf")]
    as_of: String,
}

#[derive(Serialize)]
struct SkillRow {
    name: String,
    current: u8,
    target: u8,
    levels: String,
    why: String,
    /// Empty unless the person chose their private notes (the core emptied them).
    #[serde(skip_serializing_if = "String::is_empty")]
    notes: String,
}

#[derive(Serialize)]
struct TimelineData {
    ticks: Vec<Tick>,
    markers: Vec<Marker>,
    bars: Vec<Bar>,
    today: Option<f64>,
}

#[derive(Serialize)]
struct Tick {
    at: f64,
    label: String,
}

#[derive(Serialize)]
struct Marker {
    at: f64,
    tone: &'static str,
}

#[derive(Serialize)]
struct Bar {
    from: f64,
    to: f64,
    title: String,
    tone: &'static str,
}

#[derive(Serialize)]
struct PersonRow {
    name: String,
    role: String,
    stance: &'static str,
    cares: String,
}

#[derive(Serialize)]
struct StretchRow {
    title: String,
    status: &'static str,
    tone: &'static str,
    description: String,
    sponsor: String,
    dates: String,
    skills: String,
    outcome: String,
}

#[derive(Serialize)]
struct MilestoneRow {
    title: String,
    due: String,
    status: &'static str,
    tone: &'static str,
    evidence: String,
}

#[derive(Serialize)]
struct FeedbackData {
    summary: String,
    items: Vec<FeedbackRow>,
}

#[derive(Serialize)]
pub(crate) struct ReadinessData {
    headline: String,
    from: String,
    total: u32,
    topics: Vec<TopicRow>,
}

#[derive(Serialize)]
struct TopicRow {
    name: String,
    count: String,
    expectations: Vec<ExpectationRow>,
}

#[derive(Serialize)]
struct ExpectationRow {
    text: String,
    met: bool,
    evidence: Vec<EvidenceRow>,
}

#[derive(Serialize)]
struct EvidenceRow {
    what: &'static str,
    title: String,
    date: String,
    counts: bool,
}

/// Position of `date` in the window as a share 0..=1, for the timeline strip.
fn share(start: NaiveDate, end: NaiveDate, date: NaiveDate) -> f64 {
    let total = (end - start).num_days().max(1) as f64;
    ((date - start).num_days() as f64 / total).clamp(0.0, 1.0)
}

fn quadrant_key(q: Quadrant) -> &'static str {
    match q {
        Quadrant::ManageClosely => "manage_closely",
        Quadrant::KeepSatisfied => "keep_satisfied",
        Quadrant::KeepInformed => "keep_informed",
        Quadrant::Monitor => "monitor",
    }
}

fn timeline(doc: &PlanDocument, t: &cairn_core::Timeline) -> TimelineData {
    let (start, end) = (doc.plan.start_date, doc.plan.end_date);
    // Month ticks on the first of each month inside the window.
    let mut ticks = vec![Tick { at: 0.0, label: start.format("%b").to_string() }];
    let mut month =
        NaiveDate::from_ymd_opt(start.year(), start.month(), 1).and_then(|d| d.checked_add_months(Months::new(1)));
    while let Some(m) = month.filter(|m| *m <= end) {
        ticks.push(Tick { at: share(start, end, m), label: m.format("%b").to_string() });
        month = m.checked_add_months(Months::new(1));
    }
    let markers = t
        .milestones
        .iter()
        .filter_map(|m| m.due_date.map(|d| (m, d)))
        .map(|(m, d)| Marker { at: share(start, end, d), tone: words::milestone_status(m.status, m.overdue).1 })
        .collect();
    let bars = t
        .stretches
        .iter()
        .map(|s| {
            let from = s.start_date.unwrap_or(start).max(start).min(end);
            let to = s.end_date.unwrap_or(end).min(end).max(from);
            Bar {
                from: share(start, end, from),
                to: share(start, end, to),
                title: s.title.clone(),
                tone: words::stretch_status(s.status).1,
            }
        })
        .collect();
    TimelineData { ticks, markers, bars, today: t.today.map(|d| share(start, end, d)) }
}

pub(crate) fn readiness(r: &Readiness) -> ReadinessData {
    ReadinessData {
        headline: format!(
            "Ready for {} ({}): {} of {} expectations have evidence ({}%).",
            r.ladder.target_level.name, r.ladder.framework_name, r.met, r.total, r.percent
        ),
        from: format!("From {} to {}.", r.ladder.current_level.name, r.ladder.target_level.name),
        total: r.total,
        topics: r
            .topics
            .iter()
            .map(|t| TopicRow {
                name: t.name.clone(),
                count: format!("{} of {}", t.met, t.total),
                expectations: t
                    .expectations
                    .iter()
                    .map(|e| ExpectationRow {
                        text: e.text.clone(),
                        met: e.met,
                        evidence: e
                            .evidence
                            .iter()
                            .map(|ev| EvidenceRow {
                                what: words::evidence_kind(ev.kind),
                                title: words::evidence_title(ev),
                                date: words::maybe_day(ev.date),
                                counts: ev.counts,
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// The plan document, ready to typeset, and the file name to suggest.
pub(crate) fn typeset(doc: &PlanDocument, paper: Paper) -> Result<Typeset> {
    let plan = &doc.plan;
    let quadrants = doc.people.as_ref().filter(|p| p.grid).map(|people| {
        let mut q: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
        for p in &people.lines {
            q.entry(quadrant_key(p.quadrant)).or_default().push(p.name.clone());
        }
        q
    });
    let people = doc.people.as_ref().filter(|p| p.details).map(|people| {
        people
            .lines
            .iter()
            .filter_map(|p| {
                p.details.as_ref().map(|d| PersonRow {
                    name: p.name.clone(),
                    role: p.role.clone(),
                    stance: words::stance(d.stance),
                    cares: d.cares_about.clone(),
                })
            })
            .collect()
    });
    let data = PlanData {
        title: plan.title.clone(),
        paper: crate::paper_name(paper),
        footer: format!("{} · as of {}", plan.title, words::day(doc.as_of)),
        cover: Cover {
            title: plan.title.clone(),
            goal: plan.goal.clone(),
            levels: words::levels(plan),
            track: words::track(plan.track),
            window: words::window(plan),
            time: words::time_left(plan, doc.as_of),
            as_of: words::day(doc.as_of),
        },
        skills: doc.skills.as_ref().map(|skills| {
            skills
                .iter()
                .map(|line| {
                    let k = &line.skill;
                    SkillRow {
                        name: k.name.clone(),
                        current: k.current_level,
                        target: k.target_level,
                        levels: words::level_pair(k.current_level, k.target_level),
                        why: k.why.clone(),
                        notes: k.notes.clone(),
                    }
                })
                .collect()
        }),
        timeline: doc.timeline.as_ref().map(|t| timeline(doc, t)),
        quadrants,
        people,
        stretch: doc.stretch.as_ref().map(|lines| {
            lines
                .iter()
                .map(|line| {
                    let s = &line.stretch;
                    let (status, tone) = words::stretch_status(s.status);
                    StretchRow {
                        title: s.title.clone(),
                        status,
                        tone,
                        description: s.description.clone(),
                        sponsor: line.sponsor.clone().unwrap_or_default(),
                        dates: if s.start_date.is_some() || s.end_date.is_some() {
                            format!("{} – {}", words::maybe_day(s.start_date), words::maybe_day(s.end_date))
                        } else {
                            String::new()
                        },
                        skills: line.skills.join(", "),
                        outcome: s.outcome.clone(),
                    }
                })
                .collect()
        }),
        milestones: doc.milestones.as_ref().map(|ms| {
            ms.iter()
                .map(|m| {
                    let (status, tone) = words::milestone_status(m.status, m.overdue);
                    MilestoneRow {
                        title: m.title.clone(),
                        due: words::maybe_day(m.due_date),
                        status,
                        tone,
                        evidence: m.evidence.clone(),
                    }
                })
                .collect()
        }),
        wins: doc.wins.as_ref().map(|wins| wins.iter().map(|w| win_row(&w.win)).collect()),
        wins_title: words::wins_title(doc.wins_period),
        feedback: doc.feedback.as_ref().map(|f| FeedbackData {
            summary: format!(
                "{} in all: {} praise, {} constructive; {} still open.",
                f.items.len(),
                f.praise,
                f.constructive,
                f.open
            ),
            items: f.items.iter().map(feedback_row).collect(),
        }),
        readiness: doc.readiness.as_ref().map(readiness),
        mentoring: doc.mentoring.as_ref().map(signals::mentoring),
        visibility: doc.visibility.as_deref().map(signals::visibility),
        asked: doc.asked_and_given.as_ref().map(signals::asked_and_given),
        cycle: doc.review_cycle.as_ref().map(|dates| dates.iter().map(cycle_row).collect()),
        ended: doc.plan.closed_on.filter(|_| doc.retrospective).map(|day| Ended {
            headline: format!("{} · closed on {}", words::outcome(doc.plan.outcome), words::day(day)),
            worked: doc.plan.retrospective.worked.clone(),
            did_not_work: doc.plan.retrospective.did_not_work.clone(),
            differently: doc.plan.retrospective.differently.clone(),
        }),
        reflections: doc.reflections.as_ref().map(|rs| {
            rs.iter()
                .map(|r| ReflectionRow {
                    week: words::week(&r.week),
                    feeling: words::feeling(r.confidence, r.energy),
                    moved: r.moved.clone(),
                    learned: r.learned.clone(),
                    blocked: r.blocked.clone(),
                    focus: r.focus.clone(),
                })
                .collect()
        }),
    };
    Typeset::new(
        include_str!("typst/plan.typ"),
        &data,
        doc.as_of,
        "make the plan document",
        format!("{}.pdf", crate::file_name(&plan.title)),
    )
}
