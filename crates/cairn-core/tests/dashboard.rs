//! The dashboard summary over a small real plan. The common clock is pinned at 2026-11-21.

mod common;

use cairn_core::{
    ActionStatus, InteractionInput, InteractionKind, LearningActionInput, LearningKind, MilestoneStatus, NewOneOnOne,
    Relationship, SkillCategory, SkillInput, StakeholderInput, Stance, WinInput, WindowPhase,
};
use common::{input, milestone_input as milestone, temp_store};

fn win(title: &str, date: &str) -> WinInput {
    WinInput {
        date: date.into(),
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
    }
}

#[test]
fn the_dashboard_says_what_needs_attention_this_week() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-06-01", "2027-03-01")).unwrap();

    for (title, due, status) in [
        ("Done one", "2026-09-01", MilestoneStatus::Done),
        ("Overdue one", "2026-11-10", MilestoneStatus::InProgress),
        ("Due this week", "2026-11-25", MilestoneStatus::Planned),
        ("Later", "2027-01-15", MilestoneStatus::Planned),
        ("Dropped", "2026-08-01", MilestoneStatus::Dropped),
    ] {
        t.store.create_milestone(plan.id, &milestone(title, due, status)).unwrap();
    }
    let skill = SkillInput {
        name: "Design".into(),
        category: SkillCategory::TechnicalDepth,
        current_level: 1,
        target_level: 5,
        why: String::new(),
        notes: String::new(),
    };
    let s = t.store.create_skill(plan.id, &skill).unwrap();
    t.store.update_skill(s.id, &SkillInput { current_level: 3, ..skill }).unwrap();
    let action = LearningActionInput {
        title: "Lead a design review".into(),
        kind: LearningKind::Experience,
        due_date: String::new(),
        status: ActionStatus::Planned,
    };
    t.store.create_learning_action(s.id, &action).unwrap();

    for (title, date) in [("Q3 win", "2026-09-30"), ("Q4 win", "2026-10-01"), ("Latest", "2026-11-20")] {
        t.store.create_win(plan.id, &win(title, date)).unwrap();
    }
    let person = |name: &str, cadence| StakeholderInput {
        name: name.into(),
        role: String::new(),
        relationship: Relationship::Peer,
        influence: 3,
        interest: 3,
        stance: Stance::Neutral,
        cares_about: String::new(),
        cadence_days: cadence,
    };
    let overdue = t.store.create_stakeholder(&person("Overdue Olga", Some(14))).unwrap();
    t.store
        .log_interaction(
            overdue.id,
            &InteractionInput { date: "2026-10-01".into(), kind: InteractionKind::Message, notes: String::new() },
        )
        .unwrap();
    let fine = t.store.create_stakeholder(&person("Fine Fred", Some(30))).unwrap();
    t.store
        .log_interaction(
            fine.id,
            &InteractionInput { date: "2026-11-20".into(), kind: InteractionKind::Meeting, notes: String::new() },
        )
        .unwrap();
    t.store.create_stakeholder(&person("Untracked Uma", None)).unwrap();
    t.store
        .create_one_on_one(
            plan.id,
            &NewOneOnOne { stakeholder_id: fine.id, date: "2026-11-28".into(), time: String::new() },
        )
        .unwrap();
    t.store
        .create_one_on_one(
            plan.id,
            &NewOneOnOne { stakeholder_id: fine.id, date: "2026-11-01".into(), time: String::new() },
        )
        .unwrap();

    let d = t.store.dashboard(plan.id).unwrap();
    assert_eq!((d.phase, d.days), (WindowPhase::Running, 100));
    assert_eq!((d.milestones_done, d.milestones_total), (1, 4));
    assert_eq!(d.skill_gap_closed_percent, Some(50));
    let titles = |ms: &[cairn_core::Milestone]| ms.iter().map(|m| m.title.clone()).collect::<Vec<_>>();
    assert_eq!(titles(&d.overdue_milestones), ["Overdue one"]);
    assert_eq!(titles(&d.due_this_week), ["Due this week"]);
    assert_eq!(d.check_ins_due.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["Overdue Olga"]);
    assert_eq!(d.wins_this_quarter, 2);
    assert_eq!(d.recent_wins.iter().map(|w| w.title.as_str()).collect::<Vec<_>>(), ["Latest", "Q4 win", "Q3 win"]);
    assert_eq!((d.balance.experience, d.balance.experience_percent), (1, 100));
    let next = d.next_one_on_one.unwrap();
    assert_eq!((next.date.to_string().as_str(), next.with_name.as_str()), ("2026-11-28", "Fine Fred"));
}

#[test]
fn an_empty_plan_has_an_empty_but_valid_dashboard() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2027-01-01", "2027-07-01")).unwrap();
    let d = t.store.dashboard(plan.id).unwrap();
    assert_eq!((d.phase, d.days), (WindowPhase::Upcoming, 41));
    assert_eq!((d.milestones_total, d.skill_gap_closed_percent, d.wins_this_quarter), (0, None, 0));
    assert!(d.next_one_on_one.is_none());
}
