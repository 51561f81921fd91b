//! Stretch assignments (with their skills, in one transaction) and milestones (links, overdue,
//! SMART hints) in the store. The common clock is pinned at 2026-11-21.

mod common;

use cairn_core::{
    ErrorCode, MilestoneStatus, Relationship, SkillCategory, SkillInput, SmartHint, StakeholderInput, Stance, Store,
    StretchInput, StretchStatus,
};
use common::{input, milestone_input as milestone, temp_store};

fn skill(store: &Store, plan_id: i64, name: &str) -> i64 {
    let input = SkillInput {
        name: name.into(),
        category: SkillCategory::DeliveryOwnership,
        current_level: 2,
        target_level: 4,
        why: String::new(),
        notes: String::new(),
    };
    store.create_skill(plan_id, &input).unwrap().id
}

fn stretch(title: &str, skill_ids: Vec<i64>, sponsor: Option<i64>) -> StretchInput {
    StretchInput {
        title: title.into(),
        description: "Lead the move of checkout to the new payments API.".into(),
        sponsor_id: sponsor,
        start_date: "2026-02-01".into(),
        end_date: "2026-06-30".into(),
        status: StretchStatus::Agreed,
        risks: "Two teams depend on the old API.".into(),
        outcome: String::new(),
        skill_ids,
    }
}

#[test]
fn a_stretch_assignment_keeps_its_skills_and_sponsor() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-01-01", "2026-09-01")).unwrap();
    let a = skill(&t.store, plan.id, "Ownership");
    let b = skill(&t.store, plan.id, "Influence");
    let sponsor = t
        .store
        .create_stakeholder(&StakeholderInput {
            name: "Ines".into(),
            role: "Director".into(),
            relationship: Relationship::Sponsor,
            influence: 5,
            interest: 4,
            stance: Stance::Champion,
            cares_about: String::new(),
            cadence_days: None,
        })
        .unwrap();
    let s = t.store.create_stretch(plan.id, &stretch("Checkout migration", vec![b, a, a], Some(sponsor.id))).unwrap();
    assert_eq!(s.skill_ids, vec![a, b], "deduplicated and sorted");
    assert_eq!(s.sponsor_id, Some(sponsor.id));

    let done = StretchInput {
        status: StretchStatus::Done,
        outcome: "Shipped; 0 incidents.".into(),
        ..stretch("Checkout migration", vec![a], None)
    };
    let updated = t.store.update_stretch(s.id, &done).unwrap();
    assert_eq!((updated.skill_ids, updated.sponsor_id, updated.status), (vec![a], None, StretchStatus::Done));

    t.store.delete_stakeholder(sponsor.id).unwrap();
    assert_eq!(t.store.list_stretches(plan.id).unwrap().len(), 1);
}

#[test]
fn a_skill_from_another_plan_is_refused_and_nothing_is_written() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-01-01", "2026-09-01")).unwrap();
    let other = t.store.create_plan(&input("Other", "2026-01-01", "2026-09-01")).unwrap();
    let foreign = skill(&t.store, other.id, "Elsewhere");
    let err = t.store.create_stretch(plan.id, &stretch("Mixed", vec![foreign], None)).unwrap_err();
    assert_eq!((err.code(), err.field()), (ErrorCode::Validation, Some("skillIds")));
    assert!(t.store.list_stretches(plan.id).unwrap().is_empty());

    let err = t.store.create_stretch(plan.id, &stretch("Sponsorless", vec![], Some(999))).unwrap_err();
    assert_eq!(err.field(), Some("sponsorId"));
    let mut backwards = stretch("Backwards", vec![], None);
    backwards.end_date = "2026-01-15".into();
    assert_eq!(t.store.create_stretch(plan.id, &backwards).unwrap_err().field(), Some("endDate"));
}

#[test]
fn milestones_are_in_timeline_order_and_open_past_due_ones_are_overdue() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-06-01", "2027-03-01")).unwrap();
    t.store
        .create_milestone(plan.id, &milestone("Write the design doc", "2026-12-15", MilestoneStatus::Planned))
        .unwrap();
    let late = t
        .store
        .create_milestone(plan.id, &milestone("Run 3 design reviews", "2026-11-01", MilestoneStatus::InProgress))
        .unwrap();
    t.store.create_milestone(plan.id, &milestone("Get better at things", "", MilestoneStatus::Planned)).unwrap();
    let done_late = t
        .store
        .create_milestone(plan.id, &milestone("Ship v1 to 10% of users", "2026-10-01", MilestoneStatus::Done))
        .unwrap();

    assert!(late.overdue);
    assert!(!done_late.overdue, "done is never overdue");
    assert_eq!(done_late.completed_date.map(|d| d.to_string()).as_deref(), Some("2026-11-21"));

    let list = t.store.list_milestones(plan.id).unwrap();
    let titles: Vec<_> = list.iter().map(|m| m.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Ship v1 to 10% of users", "Run 3 design reviews", "Write the design doc", "Get better at things"]
    );
    assert_eq!(list[3].smart_hints, [SmartHint::NoDate, SmartHint::NotMeasurable]);
}

#[test]
fn milestone_links_must_stay_inside_the_plan_and_deleting_the_target_unlinks() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-01-01", "2026-09-01")).unwrap();
    let other = t.store.create_plan(&input("Other", "2026-01-01", "2026-09-01")).unwrap();
    let s = t.store.create_stretch(plan.id, &stretch("Checkout migration", vec![], None)).unwrap();
    let foreign_skill = skill(&t.store, other.id, "Elsewhere");

    let mut linked = milestone("Cut over 50% of traffic", "2026-04-01", MilestoneStatus::Planned);
    linked.stretch_id = Some(s.id);
    let m = t.store.create_milestone(plan.id, &linked).unwrap();
    assert_eq!(m.stretch_id, Some(s.id));

    let mut wrong = milestone("Elsewhere", "2026-04-01", MilestoneStatus::Planned);
    wrong.skill_id = Some(foreign_skill);
    assert_eq!(t.store.create_milestone(plan.id, &wrong).unwrap_err().field(), Some("skillId"));

    t.store.delete_stretch(s.id).unwrap();
    assert_eq!(t.store.get_milestone(m.id).unwrap().stretch_id, None);
    t.store.delete_milestone(m.id).unwrap();
    assert_eq!(t.store.get_milestone(m.id).unwrap_err().code(), ErrorCode::NotFound);
}
