//! Desktop reminders: what became due is announced once per due date.

mod common;

use cairn_core::{
    InteractionInput, InteractionKind, MilestoneInput, MilestoneStatus, Relationship, ReminderKind, StakeholderInput,
    Stance,
};
use common::{input, temp_store};

fn person(name: &str, cadence: Option<i64>) -> StakeholderInput {
    StakeholderInput {
        name: name.into(),
        role: "Engineering manager".into(),
        relationship: Relationship::Manager,
        influence: 5,
        interest: 4,
        stance: Stance::Supporter,
        cares_about: String::new(),
        cadence_days: cadence,
    }
}

fn milestone(title: &str, due: &str, status: MilestoneStatus) -> MilestoneInput {
    MilestoneInput {
        title: title.into(),
        due_date: due.into(),
        status,
        completed_date: String::new(),
        skill_id: None,
        stretch_id: None,
        cycle_date_id: None,
        evidence: String::new(),
    }
}

#[test]
fn due_check_ins_and_milestones_are_announced_once_per_due_date() {
    let t = temp_store();
    let s = &t.store;
    let plan = s.create_plan(&input("Road to Senior", "2026-08-01", "2027-05-01")).unwrap();
    let priya = s.create_stakeholder(&person("Priya", Some(14))).unwrap();
    let marcus = s.create_stakeholder(&person("Marcus", Some(30))).unwrap();
    s.create_stakeholder(&person("Untracked", None)).unwrap();
    let log = |id, date: &str| {
        s.log_interaction(
            id,
            &InteractionInput { date: date.into(), kind: InteractionKind::CheckIn, notes: String::new() },
        )
        .unwrap()
    };
    log(priya.id, "2026-11-01"); // due 2026-11-15: overdue
    log(marcus.id, "2026-11-10"); // due 2026-12-10: not yet
    let late = s
        .create_milestone(plan.id, &milestone("Lead the incident review", "2026-11-20", MilestoneStatus::InProgress))
        .unwrap();
    s.create_milestone(plan.id, &milestone("Today's", "2026-11-21", MilestoneStatus::Planned)).unwrap();
    s.create_milestone(plan.id, &milestone("Next month", "2026-12-21", MilestoneStatus::Planned)).unwrap();
    s.create_milestone(plan.id, &milestone("Already done", "2026-11-01", MilestoneStatus::Done)).unwrap();

    let due = s.due_reminders().unwrap();
    let seen: Vec<(ReminderKind, &str)> = due.iter().map(|r| (r.kind, r.subject.as_str())).collect();
    assert_eq!(
        seen,
        vec![
            (ReminderKind::CheckIn, "Priya"),
            (ReminderKind::Milestone, "Lead the incident review"),
            (ReminderKind::Milestone, "Today's"),
        ]
    );

    // Shown once: the next start (or the daily check) has nothing new to say.
    s.mark_reminded(&due).unwrap();
    assert!(s.due_reminders().unwrap().is_empty());

    // A milestone moved to a new date that has come brings a fresh reminder; so does a check-in
    // whose new due date has passed.
    s.update_milestone(late.id, &milestone("Lead the incident review", "2026-11-21", MilestoneStatus::InProgress))
        .unwrap();
    log(priya.id, "2026-11-05");
    let again: Vec<String> = s.due_reminders().unwrap().into_iter().map(|r| r.subject).collect();
    assert_eq!(again, vec!["Priya".to_string(), "Lead the incident review".to_string()]);
}

#[test]
fn archived_plans_stay_quiet() {
    let t = temp_store();
    let s = &t.store;
    let plan = s.create_plan(&input("Old plan", "2026-01-01", "2026-10-01")).unwrap();
    s.create_milestone(plan.id, &milestone("Long past", "2026-06-01", MilestoneStatus::Planned)).unwrap();
    s.archive_plan(plan.id).unwrap();
    assert!(s.due_reminders().unwrap().is_empty());
}
