//! Property tests: skills, stakeholders, wins and feedback come back from the store exactly as they
//! were validated, whatever (valid) values they hold.

mod common;

use cairn_core::{
    FeedbackInput, FeedbackKind, FeedbackStatus, Relationship, SkillCategory, SkillInput, StakeholderInput, Stance,
    WinInput,
};
use common::{input, temp_store};
use proptest::prelude::*;

fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("[\\p{{L}}\\p{{N}}][\\p{{L}}\\p{{N}} .,'’!?()-]{{0,{max}}}")).unwrap()
}

fn category() -> impl Strategy<Value = SkillCategory> {
    proptest::sample::select(SkillCategory::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn skills_round_trip(name in text(100), why in text(300), category in category(), current in 1i64..=5, up in 0i64..=4) {
        let t = temp_store();
        let plan = t.store.create_plan(&input("Plan", "2026-01-01", "2026-09-01")).unwrap();
        let target = (current + up).min(5);
        let created = t.store.create_skill(plan.id, &SkillInput { name: name.clone(), category, current_level: current, target_level: target, why: why.clone(), notes: String::new() }).unwrap();
        let read = t.store.get_skill(created.id).unwrap();
        prop_assert_eq!(&read, &created);
        prop_assert_eq!((read.name.as_str(), read.why.as_str()), (name.trim(), why.trim()));
        prop_assert_eq!((i64::from(read.current_level), i64::from(read.target_level), read.category), (current, target, category));
    }

    #[test]
    fn stakeholders_round_trip(
        name in text(100),
        relationship in proptest::sample::select(Relationship::ALL.to_vec()),
        stance in proptest::sample::select(Stance::ALL.to_vec()),
        influence in 1i64..=5,
        interest in 1i64..=5,
        cadence in proptest::option::of(1i64..=365),
    ) {
        let t = temp_store();
        let created = t.store.create_stakeholder(&StakeholderInput { name: name.clone(), role: String::new(), relationship, influence, interest, stance, cares_about: String::new(), cadence_days: cadence }).unwrap();
        let read = t.store.get_stakeholder(created.id).unwrap();
        prop_assert_eq!(&read, &created);
        prop_assert_eq!((read.relationship, read.stance, read.cadence_days.map(i64::from)), (relationship, stance, cadence));
    }

    #[test]
    fn wins_round_trip_with_their_figures(title in text(150), baseline in -1e9f64..1e9, result in -1e9f64..1e9, days_ago in 0u64..300) {
        let t = temp_store();
        let plan = t.store.create_plan(&input("Plan", "2026-01-01", "2026-09-01")).unwrap();
        let date = (t.store.clock().today() - chrono::Days::new(days_ago)).to_string();
        let win = WinInput { date: date.clone(), title: title.clone(), situation: title.clone(), my_part: String::new(), what_happened: String::new(), metric: "Metric".into(), baseline: Some(baseline), result: Some(result), unit: "ms".into(), impact_note: String::new(), witnesses: String::new(), skill_ids: vec![] };
        let created = t.store.create_win(plan.id, &win).unwrap();
        let read = t.store.get_win(created.id).unwrap();
        prop_assert_eq!(&read, &created);
        prop_assert_eq!((read.baseline, read.result, read.date.to_string()), (Some(baseline), Some(result), date));
    }

    #[test]
    fn feedback_round_trips(from in text(100), said in text(500), praise in any::<bool>(), status in proptest::sample::select(FeedbackStatus::ALL.to_vec())) {
        let t = temp_store();
        let plan = t.store.create_plan(&input("Plan", "2026-01-01", "2026-09-01")).unwrap();
        let kind = if praise { FeedbackKind::Praise } else { FeedbackKind::Constructive };
        let created = t.store.create_feedback(plan.id, &FeedbackInput { date: "2026-11-01".into(), stakeholder_id: None, from_name: from.clone(), kind, said: said.clone(), response: String::new(), status, quotable: true }).unwrap();
        let read = t.store.get_feedback(created.id).unwrap();
        prop_assert_eq!(&read, &created);
        prop_assert_eq!((read.from.as_str(), read.said.as_str(), read.kind, read.status), (from.trim(), said.trim(), kind, status));
    }
}
