//! The demo dataset: a plan three months in, with something in every part of the planner.

mod common;

use cairn_core::{CheckInState, MilestoneStatus};
use common::temp_store;

#[test]
fn the_demo_fills_every_part_of_the_planner_and_its_dashboard() {
    let t = temp_store();
    let plan = t.store.load_demo().unwrap();
    assert_eq!(plan.start_date.to_string(), "2026-08-21");

    assert_eq!(t.store.list_stakeholders().unwrap().len(), 7);
    assert_eq!(t.store.list_stretches(plan.id).unwrap().len(), 1);
    assert_eq!(t.store.list_wins(plan.id).unwrap().len(), 3);
    assert_eq!(t.store.list_feedback(plan.id).unwrap().len(), 3, "two logged, one the answer to a request");
    let meetings = t.store.list_one_on_ones(plan.id).unwrap();
    assert_eq!(meetings.len(), 2);
    let upcoming = &meetings[0];
    assert!(
        upcoming.agenda.iter().any(|i| i.text == "Ask what the promotion committee looks for at senior"),
        "carried over"
    );
    assert_eq!(upcoming.actions.len(), 1, "the open action is carried over");
    assert!(
        upcoming.agenda.iter().any(|i| i.text.starts_with("Ask for feedback on Explaining trade-offs")),
        "the request to Priya is on her agenda: {:?}",
        upcoming.agenda.iter().map(|i| &i.text).collect::<Vec<_>>()
    );

    // The senior signals: two mentees with sessions, visibility from team to company, requests in
    // every state, feedback given.
    let mentees = t.store.list_mentees(plan.id).unwrap();
    let sessions: Vec<_> = mentees.iter().map(|m| (m.person.name.as_str(), m.sessions.len(), m.goals_met)).collect();
    assert_eq!(sessions, [("Lee Tanaka", 2, 0), ("Lena Park", 3, 1)]);
    assert!(mentees[1].sessions[0].agenda.iter().any(|i| i.text.starts_with("How did it go: Ask for a review")));
    let records = t.store.list_visibility(plan.id).unwrap();
    assert_eq!(records.len(), 3);
    let requests = t.store.list_feedback_requests(plan.id).unwrap();
    assert_eq!(
        requests.counts,
        cairn_core::RequestCounts { to_ask: 1, asked: 1, answered: 1, declined: 1 },
        "a request in every state"
    );
    assert_eq!(t.store.list_feedback_given(plan.id).unwrap().len(), 2);
    let due = t.store.due_reminders().unwrap();
    assert!(due.iter().any(|r| r.kind == cairn_core::ReminderKind::FeedbackRequest), "{due:?}");

    // The rhythm: most weeks reflected on, two missed, this week still to write.
    let history = t.store.reflection_history(plan.id).unwrap();
    assert_eq!(
        (history.written, history.missed),
        (11, 3),
        "{:?}",
        history.weeks.iter().map(|w| &w.week.week).collect::<Vec<_>>()
    );
    assert!(history.weeks[0].reflection.is_none(), "this week is not written yet");
    let reviews = t.store.review_status(plan.id).unwrap();
    assert_eq!(reviews.finished.len(), 1);
    assert!(reviews.due, "the last review was five weeks ago");
    assert_eq!(reviews.finished[0].changes.len(), 3, "{:?}", reviews.finished[0].changes);
    assert_eq!(t.store.list_cycle_dates(plan.id).unwrap().len(), 4, "the template's calendar");

    let d = t.store.dashboard(plan.id).unwrap();
    assert_eq!(d.focus.map(|f| f.text).as_deref(), Some("Mentor Lee on the indexer"));
    assert!(d.reflection_due);
    assert_eq!((d.milestones_done, d.milestones_total), (2, 6));
    assert_eq!(d.overdue_milestones.len(), 1);
    assert_eq!(d.skill_gap_closed_percent, Some(25), "two skills moved up a level");
    assert_eq!(d.wins_this_quarter, 3);
    assert!(d.check_ins_due.iter().any(|s| s.name == "Marcus Feld" && s.check_in.state == CheckInState::Overdue));
    assert_eq!(d.next_one_on_one.map(|n| n.with_name), Some("Priya Raman".into()));
    assert_eq!((d.mentoring.mentees, d.mentoring.goals_met, d.mentoring.goals_total), (2, 1, 4));
    assert_eq!(d.requests_due.len(), 1, "the request asked of Dev is a day past its date");
    assert!(
        t.store
            .list_milestones(plan.id)
            .unwrap()
            .iter()
            .any(|m| m.status == MilestoneStatus::Done && !m.evidence.is_empty())
    );
    let kinds: Vec<_> = t.store.search(plan.id, "ranker").unwrap().into_iter().map(|h| h.kind).collect();
    for kind in ["milestone", "stretch", "agenda_item", "visibility"] {
        assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
    }
}
