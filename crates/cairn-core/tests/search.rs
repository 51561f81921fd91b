//! Full-text search over a plan's texts: ranked, kept in step with edits and deletes, scoped to
//! the plan (plus the shared stakeholder map), and safe against query syntax.

mod common;

use cairn_core::{
    ErrorCode, InteractionInput, InteractionKind, Relationship, SkillCategory, SkillInput, StakeholderInput, Stance,
    WinInput,
};
use common::{input, temp_store};

fn skill(name: &str, why: &str) -> SkillInput {
    SkillInput {
        name: name.into(),
        category: SkillCategory::LeadershipMentoring,
        current_level: 2,
        target_level: 4,
        why: why.into(),
        notes: String::new(),
    }
}

#[test]
fn finds_text_across_entities_title_matches_first() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-06-01", "2027-03-01")).unwrap();
    t.store.create_skill(plan.id, &skill("Mentoring", "Grow the juniors on the team")).unwrap();
    let win = WinInput {
        date: "2026-11-01".into(),
        title: "Onboarded two new hires".into(),
        situation: String::new(),
        my_part: String::new(),
        what_happened: "Ran a mentoring programme for the new hires.".into(),
        metric: String::new(),
        baseline: None,
        result: None,
        unit: String::new(),
        impact_note: String::new(),
        witnesses: String::new(),
        skill_ids: vec![],
    };
    t.store.create_win(plan.id, &win).unwrap();

    let hits = t.store.search(plan.id, "mentor").unwrap();
    let found: Vec<_> = hits.iter().map(|h| (h.kind.as_str(), h.title.as_str())).collect();
    assert_eq!(found, [("skill", "Mentoring"), ("win", "Onboarded two new hires")]);
    assert!(hits[1].snippet.contains("mentoring programme"), "{:?}", hits[1].snippet);
}

#[test]
fn edits_and_deletes_are_reflected_and_other_plans_stay_out() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-06-01", "2027-03-01")).unwrap();
    let other = t.store.create_plan(&input("Other", "2026-06-01", "2027-03-01")).unwrap();
    let s = t.store.create_skill(plan.id, &skill("Negotiation", "")).unwrap();
    t.store.create_skill(other.id, &skill("Negotiation in the other plan", "")).unwrap();
    assert_eq!(t.store.search(plan.id, "negotiation").unwrap().len(), 1);

    t.store.update_skill(s.id, &skill("Conflict resolution", "")).unwrap();
    assert!(t.store.search(plan.id, "negotiation").unwrap().is_empty());
    assert_eq!(t.store.search(plan.id, "conflict").unwrap()[0].id, s.id);
    t.store.delete_skill(s.id).unwrap();
    assert!(t.store.search(plan.id, "conflict").unwrap().is_empty());
}

#[test]
fn stakeholders_are_found_from_every_plan_and_accents_do_not_matter() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-06-01", "2027-03-01")).unwrap();
    let person = StakeholderInput {
        name: "Zoë Müller".into(),
        role: "Head of Platform".into(),
        relationship: Relationship::SkipLevel,
        influence: 5,
        interest: 3,
        stance: Stance::Neutral,
        cares_about: "Cloud cost".into(),
        cadence_days: None,
    };
    t.store.create_stakeholder(&person).unwrap();
    assert_eq!(t.store.search(plan.id, "zoe muller").unwrap()[0].kind, "stakeholder");
    assert_eq!(t.store.search(plan.id, "platform").unwrap().len(), 1);
}

#[test]
fn query_syntax_is_literal_and_limits_are_enforced() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-06-01", "2027-03-01")).unwrap();
    for hostile in ["\"", "NEAR(", "a OR", "*", "title:x", "^", "))"] {
        assert!(t.store.search(plan.id, hostile).is_ok(), "{hostile} must not be a syntax error");
    }
    assert!(t.store.search(plan.id, "   ").unwrap().is_empty());
    let err = t.store.search(plan.id, &"x".repeat(201)).unwrap_err();
    assert_eq!(err.field(), Some("query"));
    assert_eq!(t.store.search(999, "x").unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn words_that_name_a_kind_or_a_plan_id_match_only_text() {
    // Kind and plan id are indexed for scoping (migration 10); what a person types is searched in
    // titles and bodies only.
    let t = temp_store();
    let plan = t.store.create_plan(&input("Plan", "2026-06-01", "2027-03-01")).unwrap();
    t.store.create_skill(plan.id, &skill("Negotiation", "")).unwrap();
    t.store.load_demo().unwrap();
    for typed in ["skill", "stakeholder", "interaction", &plan.id.to_string()] {
        assert!(t.store.search(plan.id, typed).unwrap().is_empty(), "{typed}");
    }
}

#[test]
fn what_was_logged_with_people_is_found_from_the_plans_whose_window_it_falls_in() {
    let t = temp_store();
    let last_year = t.store.create_plan(&input("Last year", "2025-01-15", "2025-10-15")).unwrap();
    let this_year = t.store.create_plan(&input("This year", "2026-02-01", "2026-11-30")).unwrap();
    let person = StakeholderInput {
        name: "Ana Sousa".into(),
        role: "Staff engineer".into(),
        relationship: Relationship::Peer,
        influence: 3,
        interest: 3,
        stance: Stance::Neutral,
        cares_about: String::new(),
        cadence_days: None,
    };
    let ana = t.store.create_stakeholder(&person).unwrap();
    let log = |date: &str, notes: &str| {
        t.store
            .log_interaction(
                ana.id,
                &InteractionInput { date: date.into(), kind: InteractionKind::CheckIn, notes: notes.into() },
            )
            .unwrap()
    };
    let early = log("2025-01-03", "Asked about the caching rewrite");
    let during = log("2025-06-10", "Caching rewrite is on track");
    let now = log("2026-11-20", "Caching numbers look good");

    let found = |plan: i64| -> Vec<i64> {
        let mut ids: Vec<i64> = t
            .store
            .search(plan, "caching")
            .unwrap()
            .into_iter()
            .filter(|h| h.kind == "interaction")
            .map(|h| h.id)
            .collect();
        ids.sort();
        ids
    };
    // Months count whole: 3 Jan is in the window's first month, January 2025.
    assert_eq!(found(last_year.id), [early.id, during.id]);
    assert_eq!(found(this_year.id), [now.id]);
    // The person is found from every plan, as before.
    assert!(t.store.search(this_year.id, "sousa").unwrap().iter().any(|h| h.kind == "stakeholder"));
}
