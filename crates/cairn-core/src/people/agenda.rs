//! The generated agenda of a one-on-one: what happened since the last one-on-one with that person,
//! what is coming up, what needs a word, and everything left unfinished last time. Pure: it works
//! on values the store has read, so every rule is tested without a database.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::feedback::{Feedback, FeedbackStatus};
use crate::feedback_request::{FeedbackRequest, RequestStatus};
use crate::milestone::{Milestone, MilestoneStatus};
use crate::stakeholder::{CheckInState, Stakeholder};
use crate::text_enum::text_enum;
use crate::win::Win;

/// How far ahead "coming up" looks.
pub const AGENDA_LOOKAHEAD_DAYS: u64 = 28;
/// Longest text of an agenda item, in characters.
pub const AGENDA_TEXT_MAX: usize = 500;

/// Why an item is on the agenda.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AgendaSource {
    CarriedOver,
    MilestoneDone,
    MilestoneDue,
    MilestoneOverdue,
    Win,
    Feedback,
    CheckIn,
    /// Added by the person (an ask, a blocker, a topic).
    Added,
}

text_enum!(AgendaSource {
    CarriedOver => "carried_over",
    MilestoneDone => "milestone_done",
    MilestoneDue => "milestone_due",
    MilestoneOverdue => "milestone_overdue",
    Win => "win",
    Feedback => "feedback",
    CheckIn => "check_in",
    Added => "added",
});

/// An agenda item before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaDraft {
    pub source: AgendaSource,
    pub text: String,
    /// The previous meeting's item this one continues.
    pub carried_from: Option<i64>,
}

/// An unfinished item of the previous meeting with the same person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unfinished {
    pub id: i64,
    pub text: String,
}

/// What the agenda is built from.
pub struct AgendaInput<'a> {
    /// The day of the new meeting.
    pub date: NaiveDate,
    /// The person met.
    pub stakeholder_id: Option<i64>,
    /// The day of the previous meeting with this person, or the plan's start if there was none.
    pub since: NaiveDate,
    /// Whether `since` is a previous meeting (true) or the plan's start (false).
    pub met_before: bool,
    pub milestones: &'a [Milestone],
    pub wins: &'a [Win],
    pub feedback: &'a [Feedback],
    pub stakeholders: &'a [Stakeholder],
    pub unfinished: &'a [Unfinished],
    /// Open feedback requests to the person met.
    pub requests: &'a [FeedbackRequest],
}

fn short(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// The agenda, in the order it is talked through: carried over first (they were promised), then
/// progress (done, wins), then what is next (overdue, due soon), then feedback and check-ins.
/// An unfinished item that the plan brings up again anyway (the same overdue milestone, say) is
/// not repeated as carried over.
pub fn generate(input: &AgendaInput<'_>) -> Vec<AgendaDraft> {
    let fresh = from_plan(input);
    let mut seen: std::collections::HashSet<String> = fresh.iter().map(|d| d.text.clone()).collect();
    let mut items: Vec<AgendaDraft> = input
        .unfinished
        .iter()
        .map(|u| AgendaDraft {
            source: AgendaSource::CarriedOver,
            text: short(&u.text, AGENDA_TEXT_MAX),
            carried_from: Some(u.id),
        })
        .filter(|d| seen.insert(d.text.clone()))
        .collect();
    items.extend(fresh);
    items
}

/// What the plan itself puts on the agenda.
fn from_plan(input: &AgendaInput<'_>) -> Vec<AgendaDraft> {
    let mut items = Vec::new();
    let mut push = |source, text: String, carried_from| {
        items.push(AgendaDraft { source, text: short(&text, AGENDA_TEXT_MAX), carried_from });
    };
    let horizon = input.date.checked_add_days(Days::new(AGENDA_LOOKAHEAD_DAYS)).unwrap_or(NaiveDate::MAX);
    // Things that happened "since": after the previous meeting, or from the plan's first day.
    let since = |d: NaiveDate| if input.met_before { d > input.since } else { d >= input.since };

    for m in input.milestones {
        if let (MilestoneStatus::Done, Some(done)) = (m.status, m.completed_date)
            && since(done)
            && done <= input.date
        {
            push(AgendaSource::MilestoneDone, format!("Done: {} ({done})", m.title), None);
        }
    }
    for w in input.wins.iter().filter(|w| since(w.date) && w.date <= input.date) {
        let impact = if w.impact_summary.is_empty() { String::new() } else { format!(" — {}", w.impact_summary) };
        push(AgendaSource::Win, format!("Win: {}{impact}", w.title), None);
    }
    for m in input.milestones.iter().filter(|m| m.status.is_open()) {
        match m.due_date {
            Some(due) if due < input.date => {
                push(AgendaSource::MilestoneOverdue, format!("Overdue: {}, was due {due}", m.title), None);
            }
            Some(due) if due <= horizon => {
                push(AgendaSource::MilestoneDue, format!("Coming up: {}, due {due}", m.title), None);
            }
            _ => {}
        }
    }
    for f in input.feedback.iter().filter(|f| f.status == FeedbackStatus::Open && f.date <= input.date) {
        let from = if f.from.is_empty() { String::new() } else { format!(" from {}", f.from) };
        push(AgendaSource::Feedback, format!("Feedback{from} ({}): {}", f.date, short(&f.said, 160)), None);
    }
    for r in input.requests {
        let by = r.due_date.map(|d| format!(" (by {d})")).unwrap_or_default();
        let text = match (r.status, r.asked_on) {
            (RequestStatus::ToAsk, _) => format!("Ask for feedback on {}{by}", r.topic),
            (_, Some(asked)) => format!("Feedback I asked for on {} (asked {asked})", r.topic),
            _ => format!("Feedback I asked for on {}{by}", r.topic),
        };
        push(AgendaSource::Feedback, text, None);
    }
    for s in input.stakeholders {
        if s.check_in.state == CheckInState::Overdue && Some(s.id) != input.stakeholder_id {
            let due = s.check_in.next_due.map(|d| format!(", due {d}")).unwrap_or_default();
            push(AgendaSource::CheckIn, format!("Check-in with {} is overdue{due}", s.name), None);
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feedback::FeedbackKind;
    use crate::stakeholder::{CheckIn, Quadrant, Relationship, Stance};
    use chrono::{DateTime, Utc};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn stamp() -> DateTime<Utc> {
        DateTime::<Utc>::from_timestamp(0, 0).unwrap()
    }

    fn milestone(title: &str, due: Option<&str>, status: MilestoneStatus, done: Option<&str>) -> Milestone {
        Milestone {
            id: 1,
            plan_id: 1,
            title: title.into(),
            due_date: due.map(d),
            status,
            completed_date: done.map(d),
            skill_id: None,
            stretch_id: None,
            cycle_date_id: None,
            evidence: String::new(),
            overdue: false,
            smart_hints: vec![],
            from_week: None,
            created_at: stamp(),
            updated_at: stamp(),
        }
    }

    fn win(title: &str, date: &str, impact: &str) -> Win {
        Win {
            id: 1,
            plan_id: 1,
            date: d(date),
            title: title.into(),
            situation: String::new(),
            my_part: String::new(),
            what_happened: String::new(),
            metric: String::new(),
            baseline: None,
            result: None,
            unit: String::new(),
            impact_note: String::new(),
            witnesses: String::new(),
            skill_ids: vec![],
            impact_summary: impact.into(),
            from_week: None,
            created_at: stamp(),
            updated_at: stamp(),
        }
    }

    fn feedback(status: FeedbackStatus) -> Feedback {
        Feedback {
            id: 1,
            plan_id: 1,
            date: d("2026-11-10"),
            stakeholder_id: None,
            from: "Sam".into(),
            kind: FeedbackKind::Constructive,
            said: "Say no to more meetings.".into(),
            response: String::new(),
            status,
            quotable: false,
            from_week: None,
            answers: None,
            created_at: stamp(),
            updated_at: stamp(),
        }
    }

    fn person(id: i64, name: &str, state: CheckInState) -> Stakeholder {
        Stakeholder {
            id,
            name: name.into(),
            role: String::new(),
            relationship: Relationship::Peer,
            influence: 3,
            interest: 3,
            stance: Stance::Neutral,
            cares_about: String::new(),
            cadence_days: Some(14),
            quadrant: Quadrant::ManageClosely,
            check_in: CheckIn {
                state,
                last_interaction: None,
                next_due: Some(d("2026-11-01")),
                days_until_due: Some(-20),
            },
            created_at: stamp(),
            updated_at: stamp(),
        }
    }

    fn texts(items: &[AgendaDraft]) -> Vec<&str> {
        items.iter().map(|i| i.text.as_str()).collect()
    }

    #[test]
    fn agenda_covers_done_wins_overdue_due_soon_feedback_and_check_ins_in_that_order() {
        let milestones = [
            milestone("Ship v1", Some("2026-11-05"), MilestoneStatus::Done, Some("2026-11-06")),
            milestone("Old done", Some("2026-10-01"), MilestoneStatus::Done, Some("2026-10-20")),
            milestone("Write the RFC", Some("2026-11-15"), MilestoneStatus::InProgress, None),
            milestone("Present at guild", Some("2026-12-10"), MilestoneStatus::Planned, None),
            milestone("Far away", Some("2027-02-01"), MilestoneStatus::Planned, None),
            milestone("Dropped", Some("2026-11-01"), MilestoneStatus::Dropped, None),
        ];
        let wins =
            [win("Faster search", "2026-11-02", "p95 latency: 420 → 252 ms (−40%)"), win("Old win", "2026-10-01", "")];
        let feedback = [feedback(FeedbackStatus::Open), feedback(FeedbackStatus::Resolved)];
        let people = [
            person(7, "Ines", CheckInState::Overdue),
            person(9, "Priya", CheckInState::Overdue),
            person(8, "Lee", CheckInState::Ok),
        ];
        let items = generate(&AgendaInput {
            date: d("2026-11-21"),
            stakeholder_id: Some(9),
            since: d("2026-10-31"),
            met_before: true,
            milestones: &milestones,
            wins: &wins,
            feedback: &feedback,
            stakeholders: &people,
            requests: &[],
            unfinished: &[],
        });
        assert_eq!(
            texts(&items),
            [
                "Done: Ship v1 (2026-11-06)",
                "Win: Faster search — p95 latency: 420 → 252 ms (−40%)",
                "Overdue: Write the RFC, was due 2026-11-15",
                "Coming up: Present at guild, due 2026-12-10",
                "Feedback from Sam (2026-11-10): Say no to more meetings.",
                "Check-in with Ines is overdue, due 2026-11-01",
            ]
        );
    }

    #[test]
    fn unfinished_items_of_the_previous_meeting_are_carried_over_first() {
        let unfinished = [Unfinished { id: 41, text: "Ask about the staff-level rubric".into() }];
        let items = generate(&AgendaInput {
            date: d("2026-11-21"),
            stakeholder_id: Some(9),
            since: d("2026-11-07"),
            met_before: true,
            milestones: &[],
            wins: &[],
            feedback: &[],
            stakeholders: &[],
            unfinished: &unfinished,
            requests: &[],
        });
        assert_eq!(
            items,
            [AgendaDraft {
                source: AgendaSource::CarriedOver,
                text: "Ask about the staff-level rubric".into(),
                carried_from: Some(41)
            }]
        );
    }

    #[test]
    fn a_carried_item_the_plan_brings_up_again_is_not_repeated() {
        let milestones = [milestone("Write the RFC", Some("2026-11-15"), MilestoneStatus::InProgress, None)];
        let unfinished = [
            Unfinished { id: 1, text: "Overdue: Write the RFC, was due 2026-11-15".into() },
            Unfinished { id: 2, text: "Ask about the rubric".into() },
            Unfinished { id: 3, text: "Ask about the rubric".into() },
        ];
        let items = generate(&AgendaInput {
            date: d("2026-11-21"),
            stakeholder_id: None,
            since: d("2026-11-07"),
            met_before: true,
            milestones: &milestones,
            wins: &[],
            feedback: &[],
            stakeholders: &[],
            unfinished: &unfinished,
            requests: &[],
        });
        let got: Vec<_> = items.iter().map(|i| (i.source, i.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (AgendaSource::CarriedOver, "Ask about the rubric"),
                (AgendaSource::MilestoneOverdue, "Overdue: Write the RFC, was due 2026-11-15"),
            ]
        );
    }

    #[test]
    fn a_first_meeting_counts_from_the_plan_start_inclusive() {
        let wins = [win("Day-one win", "2026-06-01", ""), win("Before the plan", "2026-05-31", "")];
        let items = generate(&AgendaInput {
            date: d("2026-06-10"),
            stakeholder_id: None,
            since: d("2026-06-01"),
            met_before: false,
            milestones: &[],
            wins: &wins,
            feedback: &[],
            stakeholders: &[],
            requests: &[],
            unfinished: &[],
        });
        assert_eq!(texts(&items), ["Win: Day-one win"]);
    }

    #[test]
    fn long_text_is_folded_to_one_line_and_shortened_with_an_ellipsis() {
        assert_eq!(short("a  b\n c", 10), "a b c");
        let long = "word ".repeat(200);
        let s = short(&long, 20);
        assert_eq!(s.chars().count(), 20);
        assert!(s.ends_with('…'));
    }
}
