//! The stakeholder map in the store: quadrants and check-ins derived from the interaction log.

mod common;

use cairn_core::{
    CheckInState, ErrorCode, InteractionInput, InteractionKind, Quadrant, Relationship, StakeholderInput, Stance,
};
use common::temp_store;

fn person(name: &str, influence: i64, interest: i64, cadence: Option<i64>) -> StakeholderInput {
    StakeholderInput {
        name: name.into(),
        role: "Director of Engineering".into(),
        relationship: Relationship::SkipLevel,
        influence,
        interest,
        stance: Stance::Neutral,
        cares_about: "Reliability of the payments platform".into(),
        cadence_days: cadence,
    }
}

fn met(date: &str) -> InteractionInput {
    InteractionInput { date: date.into(), kind: InteractionKind::CheckIn, notes: "Talked about the migration.".into() }
}

// The common clock is pinned at 2026-11-21.

#[test]
fn a_stakeholder_gets_a_quadrant_and_moves_when_dragged() {
    let t = temp_store();
    let s = t.store.create_stakeholder(&person("Dana", 2, 2, None)).unwrap();
    assert_eq!(s.quadrant, Quadrant::Monitor);
    let moved = t.store.update_stakeholder(s.id, &person("Dana", 5, 4, None)).unwrap();
    assert_eq!(moved.quadrant, Quadrant::ManageClosely);
}

#[test]
fn check_in_is_overdue_once_the_cadence_has_passed_since_the_last_interaction() {
    let t = temp_store();
    let s = t.store.create_stakeholder(&person("Sam", 4, 4, Some(14))).unwrap();
    assert_eq!(s.check_in.state, CheckInState::DueSoon, "never met: due today");

    t.store.log_interaction(s.id, &met("2026-10-20")).unwrap();
    let after_old = t.store.get_stakeholder(s.id).unwrap();
    assert_eq!(after_old.check_in.state, CheckInState::Overdue);
    assert_eq!(after_old.check_in.next_due.map(|d| d.to_string()).as_deref(), Some("2026-11-03"));

    t.store.log_interaction(s.id, &met("2026-11-20")).unwrap();
    let fresh = t.store.get_stakeholder(s.id).unwrap();
    assert_eq!((fresh.check_in.state, fresh.check_in.days_until_due), (CheckInState::Ok, Some(13)));
    assert_eq!(t.store.list_interactions(s.id).unwrap()[0].date.to_string(), "2026-11-20");
}

#[test]
fn an_interaction_in_the_future_or_for_nobody_is_refused() {
    let t = temp_store();
    let s = t.store.create_stakeholder(&person("Lee", 3, 3, Some(30))).unwrap();
    let err = t.store.log_interaction(s.id, &met("2026-11-22")).unwrap_err();
    assert_eq!((err.code(), err.field()), (ErrorCode::Validation, Some("date")));
    assert_eq!(t.store.log_interaction(999, &met("2026-11-01")).unwrap_err().code(), ErrorCode::NotFound);
    assert!(t.store.list_interactions(s.id).unwrap().is_empty());
}

#[test]
fn deleting_a_stakeholder_removes_their_log_and_the_list_is_by_name() {
    let t = temp_store();
    let b = t.store.create_stakeholder(&person("bea", 3, 3, None)).unwrap();
    t.store.create_stakeholder(&person("Adam", 3, 3, None)).unwrap();
    let i = t.store.log_interaction(b.id, &met("2026-11-01")).unwrap();
    let names: Vec<_> = t.store.list_stakeholders().unwrap().into_iter().map(|s| s.name).collect();
    assert_eq!(names, ["Adam", "bea"]);
    t.store.delete_stakeholder(b.id).unwrap();
    assert_eq!(t.store.delete_interaction(i.id).unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(t.store.list_stakeholders().unwrap().len(), 1);
}
