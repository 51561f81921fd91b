//! One-on-ones in the store: generated agenda, carry-over from the previous meeting with the same
//! person, items and actions. The common clock is pinned at 2026-11-21.

mod common;

use cairn_core::{
    ActionItemInput, ActionItemStatus, AgendaItemInput, AgendaSource, ErrorCode, MilestoneInput, MilestoneStatus,
    NewOneOnOne, OneOnOneInput, Relationship, StakeholderInput, Stance, Store, WinInput,
};
use common::{input, temp_store};

fn person(store: &Store, name: &str) -> i64 {
    let input = StakeholderInput {
        name: name.into(),
        role: "Engineering manager".into(),
        relationship: Relationship::Manager,
        influence: 5,
        interest: 5,
        stance: Stance::Supporter,
        cares_about: String::new(),
        cadence_days: None,
    };
    store.create_stakeholder(&input).unwrap().id
}

fn meet(stakeholder_id: i64, date: &str) -> NewOneOnOne {
    NewOneOnOne { stakeholder_id, date: date.into(), time: String::new() }
}

#[test]
fn a_new_one_on_one_gets_an_agenda_from_the_plan() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-06-01", "2027-03-01")).unwrap();
    let priya = person(&t.store, "Priya");
    let m = MilestoneInput {
        title: "Present the search RFC".into(),
        due_date: "2026-12-05".into(),
        status: MilestoneStatus::Planned,
        completed_date: String::new(),
        skill_id: None,
        stretch_id: None,
        evidence: String::new(),
        cycle_date_id: None,
    };
    t.store.create_milestone(plan.id, &m).unwrap();
    let win = WinInput {
        date: "2026-11-02".into(),
        title: "Faster search".into(),
        situation: String::new(),
        my_part: String::new(),
        what_happened: String::new(),
        metric: "p95 latency".into(),
        baseline: Some(420.0),
        result: Some(252.0),
        unit: "ms".into(),
        impact_note: String::new(),
        witnesses: String::new(),
        skill_ids: vec![],
    };
    t.store.create_win(plan.id, &win).unwrap();

    let meeting = t.store.create_one_on_one(plan.id, &meet(priya, "2026-11-21")).unwrap();
    assert_eq!(meeting.with_name, "Priya");
    let agenda: Vec<_> = meeting.agenda.iter().map(|i| (i.source, i.text.as_str())).collect();
    assert_eq!(
        agenda,
        [
            (AgendaSource::Win, "Win: Faster search — p95 latency: 420 → 252 ms (−40%)"),
            (AgendaSource::MilestoneDue, "Coming up: Present the search RFC, due 2026-12-05"),
        ]
    );
}

#[test]
fn unfinished_items_and_open_actions_carry_over_to_the_next_meeting_with_that_person_only() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-06-01", "2027-03-01")).unwrap();
    let priya = person(&t.store, "Priya");
    let sam = person(&t.store, "Sam");

    let first = t.store.create_one_on_one(plan.id, &meet(priya, "2026-11-07")).unwrap();
    let ask = t
        .store
        .add_agenda_item(first.id, &AgendaItemInput { text: "Ask about the promo cycle".into(), done: false })
        .unwrap();
    let talked =
        t.store.add_agenda_item(first.id, &AgendaItemInput { text: "Team offsite".into(), done: false }).unwrap();
    t.store.update_agenda_item(talked.id, &AgendaItemInput { text: "Team offsite".into(), done: true }).unwrap();
    let action = ActionItemInput {
        text: "Send the RFC draft".into(),
        owner: "me".into(),
        status: ActionItemStatus::Open,
        due_date: "2026-11-14".into(),
    };
    let open = t.store.add_action_item(first.id, &action).unwrap();
    t.store.add_action_item(first.id, &ActionItemInput { status: ActionItemStatus::Done, ..action.clone() }).unwrap();

    let with_sam = t.store.create_one_on_one(plan.id, &meet(sam, "2026-11-20")).unwrap();
    assert!(with_sam.agenda.is_empty() && with_sam.actions.is_empty(), "nothing carries across people");

    let second = t.store.create_one_on_one(plan.id, &meet(priya, "2026-11-21")).unwrap();
    let carried: Vec<_> = second.agenda.iter().map(|i| (i.source, i.text.as_str(), i.carried_from)).collect();
    assert_eq!(carried, [(AgendaSource::CarriedOver, "Ask about the promo cycle", Some(ask.id))]);
    assert_eq!(second.actions.len(), 1);
    assert_eq!(
        (second.actions[0].text.as_str(), second.actions[0].carried_from),
        ("Send the RFC draft", Some(open.id))
    );
    assert_eq!(second.actions[0].due_date.map(|d| d.to_string()).as_deref(), Some("2026-11-14"));

    let listed: Vec<_> = t.store.list_one_on_ones(plan.id).unwrap().into_iter().map(|m| m.date.to_string()).collect();
    assert_eq!(listed, ["2026-11-21", "2026-11-20", "2026-11-07"]);
}

#[test]
fn notes_are_saved_and_bad_input_is_refused() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-06-01", "2027-03-01")).unwrap();
    let priya = person(&t.store, "Priya");
    let err = t.store.create_one_on_one(plan.id, &meet(999, "2026-11-21")).unwrap_err();
    assert_eq!((err.code(), err.field()), (ErrorCode::Validation, Some("stakeholderId")));
    let err = t.store.create_one_on_one(plan.id, &meet(priya, "21/11/2026")).unwrap_err();
    assert_eq!(err.field(), Some("date"));

    let m = t.store.create_one_on_one(plan.id, &meet(priya, "2026-11-21")).unwrap();
    let saved = t
        .store
        .update_one_on_one(
            m.id,
            &OneOnOneInput {
                date: "2026-11-21".into(),
                time: String::new(),
                notes: "Promo case: next cycle.\nAsk for a sponsor.".into(),
            },
        )
        .unwrap();
    assert_eq!(saved.notes, "Promo case: next cycle.\nAsk for a sponsor.");
    let err = t.store.add_agenda_item(m.id, &AgendaItemInput { text: "".into(), done: false }).unwrap_err();
    assert_eq!(err.field(), Some("text"));

    // The person leaves the map: the meeting stays, under the name it was held with.
    t.store.delete_stakeholder(priya).unwrap();
    let kept = t.store.get_one_on_one(m.id).unwrap();
    assert_eq!((kept.stakeholder_id, kept.with_name.as_str()), (None, "Priya"));
    t.store.delete_one_on_one(m.id).unwrap();
    assert_eq!(t.store.get_one_on_one(m.id).unwrap_err().code(), ErrorCode::NotFound);
}
