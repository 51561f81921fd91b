//! Desktop reminders: what became due is announced once per due date.

mod common;

use cairn_core::{
    ActionItemInput, ActionItemStatus, AssessmentInput, CycleDateInput, CycleKind, DayOfWeek, InteractionInput,
    InteractionKind, LearningActionInput, LearningKind, MilestoneStatus, NewOneOnOne, Rating, ReflectionInput,
    ReflectionSlot, Relationship, ReminderKind, ReminderSettings, StakeholderInput, Stance, notice,
};
use common::{input, milestone_input as milestone, skill_input, temp_store};

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

#[test]
fn due_check_ins_and_milestones_are_announced_once_per_due_date() {
    let t = temp_store();
    let s = &t.store;
    let plan = s.create_plan(&input("Road to Senior", "2026-08-01", "2027-05-01")).unwrap();
    // Only these two kinds here; the rhythm's own reminders are the next test's.
    let only = ReminderSettings { check_ins: true, milestones: true, ..off() };
    s.set_reminder_settings(&only).unwrap();
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

fn off() -> ReminderSettings {
    ReminderSettings {
        check_ins: false,
        milestones: false,
        learning_actions: false,
        action_items: false,
        weekly_reflection: false,
        monthly_review: false,
        review_cycle: false,
        self_assessment: false,
        feedback_requests: false,
    }
}

#[test]
fn every_dated_thing_reminds_once_and_each_kind_can_be_turned_off() {
    let t = temp_store(); // Saturday 2026-11-21, 09:30
    let s = &t.store;
    let plan = s.create_plan(&input("Road to Senior", "2026-08-01", "2027-05-01")).unwrap();
    let skill = s.create_skill(plan.id, &skill_input("System design", 2, 4)).unwrap();
    let action = |title: &str, due: &str| LearningActionInput {
        title: title.into(),
        kind: LearningKind::Courses,
        due_date: due.into(),
        status: cairn_core::ActionStatus::Planned,
    };
    s.create_learning_action(skill.id, &action("Read the DDIA chapter", "2026-11-20")).unwrap();
    s.create_learning_action(skill.id, &action("Next month's course", "2026-12-20")).unwrap();
    let priya = s.create_stakeholder(&person("Priya", None)).unwrap();
    let meeting = s
        .create_one_on_one(
            plan.id,
            &NewOneOnOne { stakeholder_id: priya.id, date: "2026-11-10".into(), time: String::new() },
        )
        .unwrap();
    let item = |text: &str, owner: &str| ActionItemInput {
        text: text.into(),
        owner: owner.into(),
        status: ActionItemStatus::Open,
        due_date: "2026-11-19".into(),
    };
    s.add_action_item(meeting.id, &item("Send the rollout plan", "me")).unwrap();
    s.add_action_item(meeting.id, &item("Priya asks the committee", "Priya")).unwrap();
    let cycle = |kind, date: &str| CycleDateInput { kind, name: String::new(), date: date.into() };
    s.create_cycle_date(plan.id, &cycle(CycleKind::SelfReview, "2026-11-28")).unwrap(); // a week away
    s.create_cycle_date(plan.id, &cycle(CycleKind::Calibration, "2026-11-21")).unwrap(); // today
    s.create_cycle_date(plan.id, &cycle(CycleKind::Decision, "2027-02-01")).unwrap(); // far off
    // Friday 15:00 has passed and this week is not written; no self-assessment and no monthly
    // review since the plan began in August.

    let due = s.due_reminders().unwrap();
    let seen: Vec<(ReminderKind, String)> = due.iter().map(|r| (r.kind, r.subject.clone())).collect();
    assert_eq!(
        seen,
        [
            (ReminderKind::LearningAction, "Read the DDIA chapter".to_owned()),
            (ReminderKind::ActionItem, "Send the rollout plan".to_owned()),
            (ReminderKind::CycleDate, "Calibration".to_owned()),
            (ReminderKind::CycleDateSoon, "Self-review due on Saturday 28 November".to_owned()),
            (ReminderKind::Reflection, "Road to Senior".to_owned()),
            (ReminderKind::MonthlyReview, "Road to Senior".to_owned()),
            (ReminderKind::SelfAssessment, "Road to Senior".to_owned()),
        ]
    );
    let said = notice(&due).unwrap();
    assert_eq!(said.title, "7 reminders");
    assert!(
        said.body.contains("Today: Calibration.") && said.body.contains("In a week: Self-review due"),
        "{}",
        said.body
    );
    s.mark_reminded(&due).unwrap();
    assert!(s.due_reminders().unwrap().is_empty(), "each is announced once");

    // Writing the week and rating yourself are what the reminders asked for: nothing new comes.
    s.save_reflection(plan.id, "2026-W47", &ReflectionInput { moved: "Shipped".into(), ..Default::default() }).unwrap();
    let rating = Rating { topic_id: None, skill_id: Some(skill.id), rating: 2 };
    s.record_assessment(
        plan.id,
        &AssessmentInput { date: "2026-11-21".into(), note: String::new(), ratings: vec![rating] },
    )
    .unwrap();

    // A later slot this week is not due yet; turned off, a kind says nothing even when due.
    let t2 = temp_store();
    let s2 = &t2.store;
    let plan2 = s2.create_plan(&input("Second", "2026-11-01", "2027-05-01")).unwrap();
    s2.set_reflection_slot(&ReflectionSlot { day: DayOfWeek::Sunday, time: "18:00".into() }).unwrap();
    let kinds = |s: &cairn_core::Store| s.due_reminders().unwrap().into_iter().map(|r| r.kind).collect::<Vec<_>>();
    assert!(!kinds(s2).contains(&ReminderKind::Reflection), "Sunday 18:00 has not come");
    s2.set_reflection_slot(&ReflectionSlot { day: DayOfWeek::Saturday, time: "09:00".into() }).unwrap();
    assert!(kinds(s2).contains(&ReminderKind::Reflection), "Saturday 09:00 has");
    s2.set_reminder_settings(&ReminderSettings { weekly_reflection: false, ..ReminderSettings::default() }).unwrap();
    assert!(!kinds(s2).contains(&ReminderKind::Reflection));
    assert!(!s2.reminder_settings().unwrap().weekly_reflection, "the choice is kept");
    let _ = plan2;
}
