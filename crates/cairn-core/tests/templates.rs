//! Plan templates: each one builds a complete, valid plan in one go, or nothing.

mod common;

use cairn_core::{ErrorCode, TemplateId, Track, templates};
use common::temp_store;

#[test]
fn every_template_builds_a_plan_with_its_skills_actions_and_milestones() {
    let t = temp_store();
    for info in templates() {
        let plan = t.store.create_plan_from_template(info.id, "2026-12-01").unwrap();
        assert_eq!(plan.track, info.track);
        assert_eq!(plan.end_date.to_string(), "2027-09-01", "nine months");
        let skills = t.store.list_skills(plan.id).unwrap();
        assert_eq!(skills.len() as u32, info.skills);
        assert!(skills.iter().all(|s| s.target_level > s.current_level), "{}: every skill has a gap", info.title);
        let milestones = t.store.list_milestones(plan.id).unwrap();
        assert_eq!(milestones.len() as u32, info.milestones);
        assert!(milestones.iter().all(|m| m.skill_id.is_some() && m.due_date.is_some()));
        assert!(
            milestones.iter().all(|m| m.due_date.unwrap() <= plan.end_date),
            "{}: due inside the window",
            info.title
        );
        assert!(milestones.iter().all(|m| m.smart_hints.is_empty()), "{}: template milestones are SMART", info.title);
        assert!(t.store.learning_balance(plan.id).unwrap().total > 0);
    }
    assert_eq!(t.store.list_plans().unwrap().len(), 3);
}

#[test]
fn the_ic_template_leans_on_experience_as_70_20_10_suggests() {
    let t = temp_store();
    let plan = t.store.create_plan_from_template(TemplateId::SeniorIc, "2026-12-01").unwrap();
    assert_eq!((plan.title.as_str(), plan.track), ("Road to Senior", Track::Ic));
    let b = t.store.learning_balance(plan.id).unwrap();
    assert!(b.experience_percent > b.people_percent && b.people_percent > b.courses_percent, "{b:?}");
}

#[test]
fn a_bad_start_date_creates_nothing() {
    let t = temp_store();
    let err = t.store.create_plan_from_template(TemplateId::TechLead, "someday").unwrap_err();
    assert_eq!((err.code(), err.field()), (ErrorCode::Validation, Some("startDate")));
    assert!(t.store.list_plans().unwrap().is_empty());
}
