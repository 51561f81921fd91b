//! Issue 18's core: Cairn's built-in ladder (there on first run, not editable, copyable, the
//! templates' default) and the promotion self-review drafted from a period's evidence.

mod common;

use cairn_core::{
    BUILTIN_TRACKS, ErrorCode, EvidenceInput, EvidenceKind, FeedbackInput, FeedbackKind, FeedbackStatus, SectionKey,
    TemplateId, WinInput, parse_framework_file, templates,
};
use common::{temp_store, win_input};

#[test]
fn the_ladder_is_there_on_first_run_for_every_track_and_cannot_be_changed() {
    let t = temp_store();
    let frameworks = t.store.list_frameworks().unwrap();
    assert_eq!(frameworks.len(), BUILTIN_TRACKS.len());
    for f in &frameworks {
        assert!(f.builtin);
        assert_eq!(f.topic_count, 7);
        assert_eq!(f.levels.len(), 4);
        assert!((2 * 7 * 4..=5 * 7 * 4).contains(&(f.expectation_count as usize)), "{}", f.expectation_count);
    }
    let ic = &frameworks.iter().find(|f| f.name.ends_with("individual contributor")).unwrap();

    let err = t.store.delete_framework(ic.id).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict);
    assert!(err.to_string().contains("Make a copy"), "{err}");
    // An import under its name would change it: refused before anything is written.
    let csv = "topic,level,expectation,example\nDepth,Senior engineer,Knows things,\n";
    let draft = parse_framework_file("ladder.csv", csv.as_bytes(), Some(&ic.name)).unwrap();
    assert_eq!(t.store.preview_framework_import(&draft).unwrap_err().code(), ErrorCode::Conflict);
    assert_eq!(t.store.import_framework(&draft, "ladder.csv").unwrap_err().code(), ErrorCode::Conflict);
    assert_eq!(t.store.get_framework(ic.id).unwrap().topics.len(), 7);

    // A copy is the person's own: the same expectations, and an import may change it.
    let copy = t.store.copy_framework(ic.id, "Acme ladder").unwrap();
    assert!(!copy.builtin);
    assert_eq!(copy.expectation_count, ic.expectation_count);
    assert_eq!(t.store.copy_framework(ic.id, "Acme ladder").unwrap_err().code(), ErrorCode::Validation);
    let draft = parse_framework_file(
        "acme.csv",
        b"topic,level,expectation,example\nDepth,Senior engineer,Knows things,\n",
        Some("Acme ladder"),
    )
    .unwrap();
    let preview = t.store.preview_framework_import(&draft).unwrap();
    assert_eq!(preview.replaces, Some(copy.id));
    t.store.delete_framework(copy.id).unwrap();
}

#[test]
fn reopening_keeps_the_ladder_and_its_evidence() {
    let t = temp_store();
    let plan = t.store.create_plan_from_template(TemplateId::SeniorIc, "2026-06-01").unwrap();
    let readiness = t.store.readiness(plan.id).unwrap().unwrap();
    let e = readiness.topics[0].expectations[0].id;
    let win = t.store.create_win(plan.id, &win_input("Fixed the flaky deploys", "2026-10-01")).unwrap();
    t.store
        .link_evidence(plan.id, &EvidenceInput { expectation_id: e, kind: EvidenceKind::Win, ref_id: win.id })
        .unwrap();
    let path = t.store.path().to_path_buf();
    drop(t.store);
    let again = cairn_core::Store::open_with_clock(&path, common::clock()).unwrap();
    assert_eq!(again.list_frameworks().unwrap().len(), 3);
    assert_eq!(again.plan_evidence(plan.id).unwrap().len(), 1);
}

#[test]
fn an_import_cannot_change_the_built_in_ladders_words() {
    let t = temp_store();
    let plan = t.store.create_plan_from_template(TemplateId::SeniorIc, "2026-06-01").unwrap();
    let e = t.store.readiness(plan.id).unwrap().unwrap().topics[0].expectations[0].clone();
    let win = t.store.create_win(plan.id, &win_input("Fixed the flaky deploys", "2026-10-01")).unwrap();
    t.store
        .link_evidence(plan.id, &EvidenceInput { expectation_id: e.id, kind: EvidenceKind::Win, ref_id: win.id })
        .unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(&t.store.export_json().unwrap()).unwrap();
    for row in doc["tables"]["expectation"].as_array_mut().unwrap() {
        if row["id"] != e.id {
            row["text"] = "Anything goes".into();
        }
    }
    let other = temp_store();
    other.store.import_json(&doc.to_string(), cairn_core::ImportMode::IntoEmpty).unwrap();
    let readiness = other.store.readiness(plan.id).unwrap().unwrap();
    let texts: Vec<&str> = readiness.topics.iter().flat_map(|t| &t.expectations).map(|e| e.text.as_str()).collect();
    assert!(!texts.contains(&"Anything goes"), "{texts:?}");
    assert_eq!(texts.len(), 21);
    assert_eq!(readiness.met, 1, "the untouched expectation kept its evidence");
}

#[test]
fn every_template_starts_with_readiness_on_its_track() {
    let t = temp_store();
    for info in templates() {
        let plan = t.store.create_plan_from_template(info.id, "2026-06-01").unwrap();
        let readiness = t.store.readiness(plan.id).unwrap().expect("readiness on creation");
        assert_eq!(readiness.topics.len(), 7, "{:?}", info.id);
        assert_eq!(readiness.met, 0);
        assert!(readiness.total >= 14);
        let expected = match info.id {
            TemplateId::SeniorIc => ("Mid-level engineer", "Senior engineer"),
            TemplateId::EngineeringManager => ("Senior engineer", "Engineering manager"),
            TemplateId::TechLead => ("Senior engineer", "Tech lead"),
        };
        assert_eq!(
            (readiness.ladder.current_level.name.as_str(), readiness.ladder.target_level.name.as_str()),
            expected
        );
    }
}

fn story(title: &str, date: &str) -> WinInput {
    WinInput {
        situation: "Checkout failed for one order in fifty at peak.".into(),
        my_part: "I found the race and led the fix".into(),
        what_happened: "Failures stopped".into(),
        metric: "Failed checkouts".into(),
        baseline: Some(2.0),
        result: Some(0.1),
        unit: "%".into(),
        ..win_input(title, date)
    }
}

#[test]
fn the_draft_tells_the_periods_evidence_and_quotes_only_quotable_feedback() {
    let t = temp_store();
    let plan = t.store.create_plan_from_template(TemplateId::SeniorIc, "2026-03-01").unwrap();
    let readiness = t.store.readiness(plan.id).unwrap().unwrap();
    let depth = &readiness.topics[0];
    let link = |kind, ref_id, e: i64| {
        t.store.link_evidence(plan.id, &EvidenceInput { expectation_id: e, kind, ref_id }).unwrap();
    };
    let inside = t.store.create_win(plan.id, &story("Fixed the checkout race", "2026-09-10")).unwrap();
    let before = t.store.create_win(plan.id, &story("Old win", "2026-03-05")).unwrap();
    link(EvidenceKind::Win, inside.id, depth.expectations[0].id);
    link(EvidenceKind::Win, before.id, depth.expectations[1].id);
    let feedback = |said: &str, quotable| FeedbackInput {
        date: "2026-09-20".into(),
        stakeholder_id: None,
        from_name: "Priya".into(),
        kind: FeedbackKind::Praise,
        said: said.into(),
        response: String::new(),
        status: FeedbackStatus::Resolved,
        quotable,
    };
    let quoted = t.store.create_feedback(plan.id, &feedback("The fix was careful and fast.", true)).unwrap();
    let private = t.store.create_feedback(plan.id, &feedback("Between us: great call.", false)).unwrap();
    link(EvidenceKind::Feedback, quoted.id, depth.expectations[0].id);
    link(EvidenceKind::Feedback, private.id, depth.expectations[0].id);

    t.store.set_review_period(plan.id, "2026-06-01", "2026-11-30").unwrap();
    let review = t.store.self_review(plan.id).unwrap();
    assert!(review.chosen_period);
    assert_eq!(review.framework.as_deref(), Some("Cairn ladder: individual contributor, Senior engineer"));
    let section = &review.sections[0];
    assert_eq!(section.name, "Technical depth");
    assert!(!section.saved);
    assert_eq!(section.text, section.draft);
    assert!(section.draft.contains("Fixed the checkout race (10 Sep 2026)"), "{}", section.draft);
    assert!(section.draft.contains("Situation: Checkout failed for one order in fifty at peak."));
    assert!(section.draft.contains("My part: I found the race and led the fix."));
    assert!(section.draft.contains("Result: Failures stopped. Failed checkouts: 2 → 0.1 %"), "{}", section.draft);
    assert!(section.draft.contains("“The fix was careful and fast.” — Priya, 20 Sep 2026"));
    assert!(!section.draft.contains("Between us"), "unquotable feedback stays out");
    assert!(!section.draft.contains("Old win"), "before the period");
    assert_eq!(section.unquoted_feedback, 1);
    assert_eq!(section.evidence.len(), 2);
    assert!(section.words > 20);
    // The expectation evidenced only before the period is listed as without evidence.
    assert!(section.without_evidence.contains(&depth.expectations[1].text));
    assert!(!section.without_evidence.contains(&depth.expectations[0].text));
    // Topics without records have no draft but list every expectation.
    let quiet = &review.sections[6];
    assert_eq!(quiet.draft, "");
    assert_eq!(quiet.without_evidence.len(), readiness.topics[6].total as usize);
}

#[test]
fn edits_survive_a_regeneration_and_a_newer_draft_waits_beside_them() {
    let t = temp_store();
    let plan = t.store.create_plan_from_template(TemplateId::SeniorIc, "2026-03-01").unwrap();
    let e = t.store.readiness(plan.id).unwrap().unwrap().topics[1].expectations[0].id;
    let key = t.store.self_review(plan.id).unwrap().sections[1].key;
    assert!(matches!(key, SectionKey::Topic(_)));
    let first = t.store.create_win(plan.id, &story("Shipped the importer", "2026-08-01")).unwrap();
    t.store
        .link_evidence(plan.id, &EvidenceInput { expectation_id: e, kind: EvidenceKind::Win, ref_id: first.id })
        .unwrap();

    let mine = "I owned the importer from design to rollout; 3 teams use it.";
    let review = t.store.save_review_section(plan.id, key, mine).unwrap();
    let section = review.sections.iter().find(|s| s.key == key).unwrap();
    assert!(section.saved && !section.newer_draft);
    assert_eq!(section.text, mine);
    assert_eq!(section.words, 12);

    // New evidence: the draft changes, the person's text does not.
    let second = t.store.create_win(plan.id, &story("Cut the import time", "2026-09-01")).unwrap();
    t.store
        .link_evidence(plan.id, &EvidenceInput { expectation_id: e, kind: EvidenceKind::Win, ref_id: second.id })
        .unwrap();
    let review = t.store.self_review(plan.id).unwrap();
    let section = review.sections.iter().find(|s| s.key == key).unwrap();
    assert_eq!(section.text, mine);
    assert!(section.newer_draft);
    assert!(section.draft.contains("Cut the import time"));

    // Keeping my text settles it; taking the draft replaces it.
    let kept = t.store.settle_review_draft(plan.id, key, false).unwrap();
    let section = kept.sections.iter().find(|s| s.key == key).unwrap();
    assert!(!section.newer_draft);
    assert_eq!(section.text, mine);
    let taken = t.store.settle_review_draft(plan.id, key, true).unwrap();
    let section = taken.sections.iter().find(|s| s.key == key).unwrap();
    assert!(section.text.contains("Cut the import time"));

    let too_long = "word ".repeat(5000);
    let err = t.store.save_review_section(plan.id, key, &too_long).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    let err = t.store.set_review_period(plan.id, "2026-10-01", "2026-09-01").unwrap_err();
    assert_eq!(err.field(), Some("to"));
}

#[test]
fn without_a_framework_the_review_goes_by_skill_and_the_default_period_follows_the_decision() {
    let t = temp_store();
    let plan = t.store.create_plan_from_template(TemplateId::SeniorIc, "2026-06-01").unwrap();
    t.store.clear_plan_ladder(plan.id).unwrap();
    let skill = t.store.list_skills(plan.id).unwrap()[0].clone();
    t.store
        .create_win(plan.id, &WinInput { skill_ids: vec![skill.id], ..story("Led the cache rework", "2026-06-15") })
        .unwrap();
    let review = t.store.self_review(plan.id).unwrap();
    assert_eq!(review.framework, None);
    assert_eq!(review.sections[0].key, SectionKey::Skill(skill.id));
    assert!(review.sections[0].draft.contains("Led the cache rework"));
    assert!(review.sections[0].without_evidence.is_empty());
    // The window by default (the template's decision date is at the window's end, still ahead).
    assert_eq!((review.from.to_string(), review.to.to_string()), ("2026-06-01".into(), "2027-03-01".into()));
    let decision = t
        .store
        .list_cycle_dates(plan.id)
        .unwrap()
        .into_iter()
        .find(|d| d.kind == cairn_core::CycleKind::Decision)
        .unwrap();
    t.store
        .update_cycle_date(
            decision.id,
            &cairn_core::CycleDateInput { kind: decision.kind, name: String::new(), date: "2026-06-30".into() },
        )
        .unwrap();
    let review = t.store.self_review(plan.id).unwrap();
    assert_eq!(review.from.to_string(), "2026-07-01");
    assert!(review.sections[0].draft.is_empty(), "the win was before the decision");
}
