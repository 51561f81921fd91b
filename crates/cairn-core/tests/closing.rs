//! Closing a plan (read-only, still exported) and continuing it in a new one.

mod common;

use cairn_core::{
    CarriedMilestone, CloseInput, ContinueInput, CycleDateInput, CycleKind, ErrorCode, FeedbackInput, FeedbackKind,
    FeedbackStatus, ImportMode, LearningActionInput, LearningKind, MilestoneStatus, Outcome, Relationship,
    Retrospective, SkillCategory, SkillInput, StakeholderInput, Stance,
};
use common::{input, milestone_input as milestone, skill_input, temp_store, win_input};

fn close(outcome: Outcome) -> CloseInput {
    CloseInput {
        outcome,
        retrospective: Retrospective {
            worked: "Weekly wins, written down.".into(),
            did_not_work: "Too many side projects.".into(),
            differently: "Ask for a sponsor in month one.".into(),
        },
    }
}

#[test]
fn a_closed_plan_is_kept_as_it_was_but_still_exports_and_can_be_reopened() {
    let t = temp_store();
    let s = &t.store;
    let plan = s.create_plan(&input("Senior", "2026-03-01", "2026-11-30")).unwrap();
    let skill = s.create_skill(plan.id, &skill_input("Design", 2, 4)).unwrap();
    let m = s.create_milestone(plan.id, &milestone("Ship the RFC", "2026-10-01", MilestoneStatus::Planned)).unwrap();
    let dana = s
        .create_stakeholder(&StakeholderInput {
            name: "Dana".into(),
            role: String::new(),
            relationship: Relationship::Peer,
            influence: 3,
            interest: 3,
            stance: Stance::Neutral,
            cares_about: String::new(),
            cadence_days: None,
        })
        .unwrap();
    s.create_feedback(
        plan.id,
        &FeedbackInput {
            date: "2026-10-02".into(),
            stakeholder_id: Some(dana.id),
            from_name: String::new(),
            kind: FeedbackKind::Praise,
            said: "Clear doc.".into(),
            response: String::new(),
            status: FeedbackStatus::Open,
            quotable: false,
        },
    )
    .unwrap();

    let closed = s.close_plan(plan.id, &close(Outcome::Promoted)).unwrap();
    assert_eq!(
        (closed.outcome, closed.closed_on.map(|d| d.to_string())),
        (Some(Outcome::Promoted), Some("2026-11-21".into()))
    );
    assert_eq!(closed.retrospective.differently, "Ask for a sponsor in month one.");

    // Nothing of it changes: not a new win, not an edit, not a delete, not the plan's own fields.
    let conflict = |e: cairn_core::Error| {
        assert_eq!(e.code(), ErrorCode::Conflict, "{e}");
        assert!(e.to_string().contains("closed"), "{e}");
    };
    conflict(s.create_win(plan.id, &win_input("Late win", "2026-11-01")).unwrap_err());
    conflict(s.update_milestone(m.id, &milestone("Ship the RFC", "2026-12-01", MilestoneStatus::Planned)).unwrap_err());
    conflict(s.delete_skill(skill.id).unwrap_err());
    let mut edit = input("Renamed", "2026-03-01", "2026-11-30");
    edit.status = cairn_core::PlanStatus::Completed;
    conflict(s.update_plan(plan.id, closed.revision, &edit).unwrap_err());
    // A person on the shared map can still be removed: the feedback keeps their name.
    s.delete_stakeholder(dana.id).unwrap();
    assert_eq!(s.list_feedback(plan.id).unwrap()[0].from, "Dana");
    // The retrospective can be revised while closed.
    let revised = s.close_plan(plan.id, &close(Outcome::NotYet)).unwrap();
    assert_eq!(revised.outcome, Some(Outcome::NotYet));
    assert!(
        s.search(plan.id, "sponsor month").unwrap().iter().any(|h| h.kind == "plan"),
        "the retrospective is searchable"
    );

    // It exports and imports whole, still closed.
    let copy = temp_store();
    copy.store.import_json(&s.export_json().unwrap(), ImportMode::IntoEmpty).unwrap();
    let imported = copy.store.get_plan(plan.id).unwrap();
    assert_eq!(imported.closed_on, revised.closed_on);
    assert_eq!(copy.store.list_milestones(plan.id).unwrap().len(), 1);
    conflict(copy.store.create_win(plan.id, &win_input("Also refused", "2026-11-01")).unwrap_err());

    let reopened = s.reopen_plan(plan.id).unwrap();
    assert_eq!(reopened.closed_on, None);
    s.create_win(plan.id, &win_input("Now it can", "2026-11-01")).unwrap();
}

#[test]
fn continuing_carries_skills_open_work_and_the_review_cycle_into_a_validated_new_plan() {
    let t = temp_store();
    let s = &t.store;
    let old = s.create_plan(&input("First try", "2026-03-01", "2026-11-30")).unwrap();
    let skill = s
        .create_skill(
            old.id,
            &SkillInput {
                name: "Design".into(),
                category: SkillCategory::TechnicalDepth,
                current_level: 3,
                target_level: 4,
                why: "Needed at senior".into(),
                notes: String::new(),
            },
        )
        .unwrap();
    let action = |title: &str, status| LearningActionInput {
        title: title.into(),
        kind: LearningKind::Experience,
        due_date: String::new(),
        status,
    };
    s.create_learning_action(skill.id, &action("Lead a design review", cairn_core::ActionStatus::Planned)).unwrap();
    s.create_learning_action(skill.id, &action("Read the book", cairn_core::ActionStatus::Done)).unwrap();
    let open = s
        .create_milestone(old.id, &milestone("Present at the guild", "2026-10-01", MilestoneStatus::InProgress))
        .unwrap();
    let left = s.create_milestone(old.id, &milestone("Not this one", "2026-10-01", MilestoneStatus::Planned)).unwrap();
    let done = s.create_milestone(old.id, &milestone("Done already", "2026-09-01", MilestoneStatus::Done)).unwrap();
    s.create_cycle_date(
        old.id,
        &CycleDateInput { kind: CycleKind::Decision, name: String::new(), date: "2027-02-01".into() },
    )
    .unwrap();
    s.create_cycle_date(
        old.id,
        &CycleDateInput { kind: CycleKind::SelfReview, name: String::new(), date: "2026-06-01".into() },
    )
    .unwrap();
    let sam = s
        .create_stakeholder(&StakeholderInput {
            name: "Sam".into(),
            role: String::new(),
            relationship: Relationship::Mentee,
            influence: 1,
            interest: 3,
            stance: Stance::Supporter,
            cares_about: String::new(),
            cadence_days: Some(14),
        })
        .unwrap();
    let goal =
        |text: &str, status| cairn_core::MenteeGoalInput { text: text.into(), target_date: String::new(), status };
    s.create_mentee_goal(old.id, sam.id, &goal("Lead a design review", cairn_core::GoalStatus::Open)).unwrap();
    s.create_mentee_goal(old.id, sam.id, &goal("Ship alone", cairn_core::GoalStatus::Met)).unwrap();
    s.close_plan(old.id, &close(Outcome::NotYet)).unwrap();

    let carry = |id, due: &str| CarriedMilestone { milestone_id: id, due_date: due.into() };
    // The new window is checked like any plan's.
    let short = ContinueInput { plan: input("Second try", "2026-12-01", "2027-02-01"), milestones: vec![] };
    assert_eq!(s.continue_plan(old.id, &short).unwrap_err().code(), ErrorCode::Validation);
    let done_too =
        ContinueInput { plan: input("Second try", "2026-12-01", "2027-08-31"), milestones: vec![carry(done.id, "")] };
    assert_eq!(s.continue_plan(old.id, &done_too).unwrap_err().field(), Some("milestones"));
    assert!(s.list_plans().unwrap().len() == 1, "a refused continuation leaves nothing behind");

    let next = s
        .continue_plan(
            old.id,
            &ContinueInput {
                plan: input("Second try", "2026-12-01", "2027-08-31"),
                milestones: vec![carry(open.id, "2027-01-15")],
            },
        )
        .unwrap();
    assert_eq!(next.continued_from, Some(old.id));
    assert_eq!(s.get_plan(old.id).unwrap().continued_by, Some(next.id), "the old plan links to the new one");

    let skills = s.list_skills(next.id).unwrap();
    assert_eq!((skills[0].name.as_str(), skills[0].baseline_level, skills[0].current_level), ("Design", 3, 3));
    let actions: Vec<String> = s.list_learning_actions(next.id).unwrap().into_iter().map(|a| a.title).collect();
    assert_eq!(actions, ["Lead a design review"], "open actions only");
    let milestones = s.list_milestones(next.id).unwrap();
    assert_eq!(milestones.len(), 1);
    assert_eq!(
        (milestones[0].title.as_str(), milestones[0].due_date.map(|d| d.to_string())),
        ("Present at the guild", Some("2027-01-15".into()))
    );
    assert_eq!(milestones[0].status, MilestoneStatus::InProgress);
    assert!(!milestones.iter().any(|m| m.id == left.id));
    let cycle: Vec<String> = s.list_cycle_dates(next.id).unwrap().into_iter().map(|d| d.name).collect();
    assert_eq!(cycle, ["Promotion decision"], "only the dates from the new start on");
    let mentees = s.list_mentees(next.id).unwrap();
    let goals: Vec<_> = mentees[0].goals.iter().map(|g| (g.text.as_str(), g.status)).collect();
    assert_eq!(goals, [("Lead a design review", cairn_core::GoalStatus::Open)], "mentoring goes on: open goals only");
}
