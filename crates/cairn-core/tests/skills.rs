//! Skills and learning actions in the store: validation, ordering, baselines, cascade, 70/20/10.

mod common;

use cairn_core::{ActionStatus, ErrorCode, LearningActionInput, LearningKind, SkillCategory, SkillInput};
use common::{input, temp_store};

fn skill(name: &str, current: i64, target: i64) -> SkillInput {
    SkillInput {
        name: name.into(),
        category: SkillCategory::TechnicalDepth,
        current_level: current,
        target_level: target,
        why: "The team's hardest problems are here.".into(),
        notes: String::new(),
    }
}

fn action(title: &str, kind: LearningKind, status: ActionStatus) -> LearningActionInput {
    LearningActionInput { title: title.into(), kind, due_date: "2026-03-01".into(), status }
}

#[test]
fn skills_keep_the_order_they_were_added_in_and_start_at_their_baseline() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-01-01", "2026-09-01")).unwrap();
    let a = t.store.create_skill(plan.id, &skill("System design", 2, 4)).unwrap();
    let b = t.store.create_skill(plan.id, &skill("Mentoring", 1, 3)).unwrap();
    assert_eq!((a.position, b.position), (1, 2));
    assert_eq!((a.baseline_level, a.current_level, a.gap()), (2, 2, 2));
    let names: Vec<_> = t.store.list_skills(plan.id).unwrap().into_iter().map(|s| s.name).collect();
    assert_eq!(names, ["System design", "Mentoring"]);
}

#[test]
fn raising_the_current_level_keeps_the_baseline_and_lowering_it_moves_the_baseline() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-01-01", "2026-09-01")).unwrap();
    let s = t.store.create_skill(plan.id, &skill("Incident response", 2, 4)).unwrap();
    let up = t.store.update_skill(s.id, &skill("Incident response", 3, 4)).unwrap();
    assert_eq!((up.baseline_level, up.current_level), (2, 3));
    let down = t.store.update_skill(s.id, &skill("Incident response", 1, 4)).unwrap();
    assert_eq!((down.baseline_level, down.current_level), (1, 1));
}

#[test]
fn a_skill_needs_an_existing_plan_and_a_valid_scale() {
    let t = temp_store();
    assert_eq!(t.store.create_skill(7, &skill("Orphan", 1, 2)).unwrap_err().code(), ErrorCode::NotFound);
    let plan = t.store.create_plan(&input("Plan", "2026-01-01", "2026-09-01")).unwrap();
    let err = t.store.create_skill(plan.id, &skill("Backwards", 4, 2)).unwrap_err();
    assert_eq!((err.code(), err.field()), (ErrorCode::Validation, Some("targetLevel")));
    let err = t.store.create_skill(plan.id, &skill(&"n".repeat(121), 1, 2)).unwrap_err();
    assert_eq!(err.field(), Some("name"));
    assert!(t.store.list_skills(plan.id).unwrap().is_empty());
}

#[test]
fn deleting_a_skill_deletes_its_learning_actions() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-01-01", "2026-09-01")).unwrap();
    let s = t.store.create_skill(plan.id, &skill("Public speaking", 1, 3)).unwrap();
    let a = t
        .store
        .create_learning_action(s.id, &action("Give a team demo", LearningKind::Experience, ActionStatus::Planned))
        .unwrap();
    t.store.delete_skill(s.id).unwrap();
    assert_eq!(t.store.get_learning_action(a.id).unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(t.store.delete_skill(s.id).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn the_balance_counts_learning_actions_by_source_leaving_dropped_ones_out() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-01-01", "2026-09-01")).unwrap();
    let other = t.store.create_plan(&input("Other", "2026-01-01", "2026-09-01")).unwrap();
    let s = t.store.create_skill(plan.id, &skill("Delivery", 2, 4)).unwrap();
    let elsewhere = t.store.create_skill(other.id, &skill("Elsewhere", 2, 4)).unwrap();
    for (kind, n) in [(LearningKind::Experience, 7), (LearningKind::People, 2), (LearningKind::Courses, 1)] {
        for i in 0..n {
            t.store
                .create_learning_action(s.id, &action(&format!("{kind:?} {i}"), kind, ActionStatus::Planned))
                .unwrap();
        }
    }
    t.store
        .create_learning_action(s.id, &action("Dropped course", LearningKind::Courses, ActionStatus::Dropped))
        .unwrap();
    t.store
        .create_learning_action(elsewhere.id, &action("Other plan", LearningKind::Courses, ActionStatus::Done))
        .unwrap();

    let b = t.store.learning_balance(plan.id).unwrap();
    assert_eq!((b.experience, b.people, b.courses, b.total), (7, 2, 1, 10));
    assert_eq!((b.experience_percent, b.people_percent, b.courses_percent), (70, 20, 10));
    assert_eq!(t.store.list_learning_actions(plan.id).unwrap().len(), 11);
}

#[test]
fn learning_actions_update_and_report_unknown_ids() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-01-01", "2026-09-01")).unwrap();
    let s = t.store.create_skill(plan.id, &skill("Writing", 2, 3)).unwrap();
    let a = t
        .store
        .create_learning_action(s.id, &action("Write an RFC", LearningKind::Experience, ActionStatus::Planned))
        .unwrap();
    let mut edit = action("Write and present an RFC", LearningKind::Experience, ActionStatus::Done);
    edit.due_date = String::new();
    let done = t.store.update_learning_action(a.id, &edit).unwrap();
    assert_eq!((done.status, done.due_date), (ActionStatus::Done, None));
    assert_eq!(t.store.update_learning_action(999, &edit).unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(t.store.create_learning_action(999, &edit).unwrap_err().code(), ErrorCode::NotFound);
}
