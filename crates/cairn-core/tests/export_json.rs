//! The JSON export and import: everything out and back in unchanged, and a bad file changes nothing.

mod common;

use cairn_core::{
    ErrorCode, ImportMode, SkillCategory, SkillInput, StakeholderInput, Stance, Store, WinInput, list_backups,
};
use common::{clock, input, temp_store};
use proptest::prelude::*;
use serde_json::Value;

fn fresh() -> common::TempStore {
    temp_store()
}

#[test]
fn the_demo_goes_out_and_comes_back_identical() {
    let source = fresh();
    source.store.load_demo().unwrap();
    let exported = source.store.export_json().unwrap();

    let target = fresh();
    let summary = target.store.import_json(&exported, ImportMode::IntoEmpty).unwrap();
    assert_eq!(summary.plans, 1);
    assert!(summary.people >= 5, "{summary:?}");
    assert!(summary.rows > 50, "{summary:?}");
    assert_eq!(summary.backup, None, "nothing to back up in an empty folder");
    assert_eq!(target.store.export_json().unwrap(), exported);

    // Not only the same rows: the same plan as the app sees it, search included.
    let plan = &target.store.list_plans().unwrap()[0];
    assert_eq!(plan, &source.store.list_plans().unwrap()[0]);
    assert_eq!(target.store.dashboard(plan.id).unwrap(), source.store.dashboard(plan.id).unwrap());
    assert!(!target.store.search(plan.id, "latency").unwrap().is_empty());
}

#[test]
fn the_document_says_what_it_is() {
    let t = fresh();
    t.store.load_demo().unwrap();
    let doc: Value = serde_json::from_str(&t.store.export_json().unwrap()).unwrap();
    assert_eq!(doc["format"], "cairn-export");
    assert_eq!(doc["version"], cairn_core::FORMAT_VERSION);
    assert_eq!(doc["schemaVersion"], cairn_core::SCHEMA_VERSION);
    assert_eq!(doc["exportedAt"], "2026-11-21T09:30:00Z");
    assert!(doc["tables"]["plan"][0]["title"].is_string());
}

#[test]
fn importing_over_data_needs_replace_and_backs_up_first() {
    let source = fresh();
    source.store.load_demo().unwrap();
    let exported = source.store.export_json().unwrap();

    let target = fresh();
    target.store.create_plan(&input("Mine, not the demo", "2026-01-01", "2026-09-01")).unwrap();
    let err = target.store.import_json(&exported, ImportMode::IntoEmpty).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict);
    assert_eq!(target.store.list_plans().unwrap()[0].title, "Mine, not the demo");

    let summary = target.store.import_json(&exported, ImportMode::ReplaceAll).unwrap();
    let backup = summary.backup.expect("the replaced data was backed up");
    assert_eq!(target.store.export_json().unwrap(), exported);
    let saved = Store::open_with_clock(cairn_core::backup_dir(target.store.path()).join(&backup), clock()).unwrap();
    assert_eq!(saved.list_plans().unwrap()[0].title, "Mine, not the demo");
}

/// Replaces `doc.tables[table][row][column]` with `value`.
fn with(exported: &str, table: &str, row: usize, column: &str, value: Value) -> String {
    let mut doc: Value = serde_json::from_str(exported).unwrap();
    doc["tables"][table][row][column] = value;
    doc.to_string()
}

#[test]
fn every_kind_of_bad_file_is_refused_with_a_reason_and_changes_nothing() {
    let source = fresh();
    source.store.load_demo().unwrap();
    let good = source.store.export_json().unwrap();

    let target = fresh();
    target.store.create_plan(&input("Untouched", "2026-01-01", "2026-09-01")).unwrap();
    let before = target.store.export_json().unwrap();

    let mut newer: Value = serde_json::from_str(&good).unwrap();
    newer["version"] = Value::from(cairn_core::FORMAT_VERSION + 1);
    let mut stranger: Value = serde_json::from_str(&good).unwrap();
    stranger["tables"]["passwords"] = serde_json::json!([]);
    let mut duplicate: Value = serde_json::from_str(&good).unwrap();
    let first_skill = duplicate["tables"]["skill"][0].clone();
    duplicate["tables"]["skill"].as_array_mut().unwrap().push(first_skill);

    let cases: Vec<(&str, String, &str)> = vec![
        ("not JSON", "{ plans: yes".into(), "not a Cairn export"),
        ("another format", r#"{"format":"other","version":1,"tables":{}}"#.into(), "not a Cairn export"),
        ("a newer format", newer.to_string(), "newer Cairn"),
        ("an unknown table", stranger.to_string(), "passwords"),
        ("an unknown column", with(&good, "plan", 0, "password", Value::from("x")), "no such column"),
        ("a bad date", with(&good, "win", 0, "date", Value::from("22/11/2026")), "win row 1, date"),
        ("a control character", with(&good, "plan", 0, "title", Value::from("a\u{7}b")), "control"),
        ("an empty title", with(&good, "milestone", 2, "title", Value::from("  ")), "milestone row 3, title"),
        ("a title too long", with(&good, "plan", 0, "title", Value::from("x".repeat(201))), "at most 200"),
        ("a word Cairn does not allow", with(&good, "plan", 0, "track", Value::from("wizard")), "plan row 1"),
        ("a level out of range", with(&good, "skill", 0, "current_level", Value::from(9)), "skill row 1"),
        ("a negative id", with(&good, "plan", 0, "id", Value::from(-3)), "expected an id"),
        ("a number as text", with(&good, "skill", 0, "position", Value::from("1")), "whole number"),
        ("a link to nothing", with(&good, "skill", 0, "plan_id", Value::from(999)), "not in the file"),
        ("an id used twice", duplicate.to_string(), "used twice"),
    ];
    for (what, text, expected) in cases {
        let err = target.store.import_json(&text, ImportMode::ReplaceAll).unwrap_err();
        assert!(
            matches!(err.code(), ErrorCode::Validation),
            "{what}: expected a validation error, got {:?}: {err}",
            err.code()
        );
        assert!(err.to_string().contains(expected), "{what}: {err}");
        assert_eq!(target.store.export_json().unwrap(), before, "{what}: the data changed");
    }
}

#[test]
fn a_file_too_large_to_be_an_export_is_not_read() {
    let t = fresh();
    let path = t.dir.path().join("huge.json");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(cairn_core::MAX_DOCUMENT_BYTES + 1).unwrap();
    let err = t.store.import_json_file(&path, ImportMode::IntoEmpty).unwrap_err();
    assert!(err.to_string().contains("not one"), "{err}");
}

// Text a person might type: any script, emoji, markup-looking characters, but no control characters.
fn line() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 àéüßçñ日本語한국어עבריתعربي🙂<>&\"'/\\\\{}$#*_-]{1,40}"
        .prop_filter("not blank", |s| !s.trim().is_empty())
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(line(), 0..3).prop_map(|lines| lines.join("\n"))
}

/// 24 cases in the test command; `PROPTEST_CASES=5000` for a longer run (see README).
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(24)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn whatever_a_person_wrote_survives_export_import_export(
        title in line(),
        goal in text(),
        skills in prop::collection::vec((line(), text(), 1i64..=5, 0i64..=2), 0..4),
        people in prop::collection::vec((line(), text(), 1i64..=5, 1i64..=5), 0..4),
        wins in prop::collection::vec((line(), text(), proptest::option::of(-1e6f64..1e6)), 0..4),
    ) {
        let source = fresh();
        let mut plan_input = input(&title, "2026-01-01", "2026-09-01");
        plan_input.goal = goal;
        let plan = source.store.create_plan(&plan_input).unwrap();
        let mut skill_ids = Vec::new();
        for (name, why, current, more) in &skills {
            // Duplicate names are refused by the core; that is not what this test is about.
            let made = source.store.create_skill(plan.id, &SkillInput {
                name: name.clone(),
                category: SkillCategory::TechnicalDepth,
                current_level: *current,
                target_level: (*current + *more).min(5),
                why: why.clone(),
                notes: String::new(),
            });
            if let Ok(skill) = made { skill_ids.push(skill.id); }
        }
        for (name, cares, influence, interest) in &people {
            source.store.create_stakeholder(&StakeholderInput {
                name: name.clone(),
                role: String::new(),
                relationship: cairn_core::Relationship::Peer,
                influence: *influence,
                interest: *interest,
                stance: Stance::Neutral,
                cares_about: cares.clone(),
                cadence_days: Some(14),
            }).unwrap();
        }
        for (title, what, figure) in &wins {
            source.store.create_win(plan.id, &WinInput {
                date: "2026-03-04".into(),
                title: title.clone(),
                situation: String::new(),
                my_part: String::new(),
                what_happened: what.clone(),
                metric: "latency".into(),
                baseline: *figure,
                result: figure.map(|f| f / 2.0),
                unit: "ms".into(),
                impact_note: String::new(),
                witnesses: String::new(),
                skill_ids: skill_ids.clone(),
            }).unwrap();
        }
        let exported = source.store.export_json().unwrap();
        let target = fresh();
        target.store.import_json(&exported, ImportMode::IntoEmpty).unwrap();
        prop_assert_eq!(target.store.export_json().unwrap(), exported);
    }

    /// A fuzz of the importer: any one value of a real export replaced by anything JSON can hold.
    /// No panic, and either the whole file went in or nothing changed.
    #[test]
    fn any_damaged_value_is_all_or_nothing(
        table in prop::sample::select(vec!["plan", "skill", "stakeholder", "win", "milestone", "one_on_one", "agenda_item", "feedback", "stretch"]),
        row in 0usize..3,
        column in 0usize..12,
        value in prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<f64>().prop_filter("JSON has no NaN", |f| f.is_finite()).prop_map(Value::from),
            ".{0,300}".prop_map(Value::from),
            Just(serde_json::json!([1, 2])),
            Just(serde_json::json!({"a": 1})),
        ],
    ) {
        let source = fresh();
        source.store.load_demo().unwrap();
        let good = source.store.export_json().unwrap();
        let mut doc: Value = serde_json::from_str(&good).unwrap();
        if let Some(obj) = doc["tables"][table].get_mut(row).and_then(Value::as_object_mut) {
            let key = obj.keys().nth(column % obj.len()).cloned().unwrap();
            obj.insert(key, value);
        }
        let target = fresh();
        target.store.create_plan(&input("Untouched", "2026-01-01", "2026-09-01")).unwrap();
        let before = target.store.export_json().unwrap();
        match target.store.import_json(&doc.to_string(), ImportMode::ReplaceAll) {
            Ok(_) => {
                let after: Value = serde_json::from_str(&target.store.export_json().unwrap()).unwrap();
                prop_assert_eq!(after["tables"]["plan"].as_array().map(Vec::len), doc["tables"]["plan"].as_array().map(Vec::len));
            }
            Err(err) => {
                prop_assert!(matches!(err.code(), ErrorCode::Validation), "{:?}: {}", err.code(), err);
                prop_assert_eq!(target.store.export_json().unwrap(), before);
            }
        }
        // Whatever happened, the backups folder still lists (a refused import made none it can't read).
        prop_assert!(list_backups(target.store.path()).is_ok());
    }
}

#[test]
fn a_version_1_export_from_before_frameworks_still_imports() {
    let t = fresh();
    t.store.load_demo().unwrap();
    let mut doc: Value = serde_json::from_str(&t.store.export_json().unwrap()).unwrap();
    doc["version"] = Value::from(1);
    let tables = doc["tables"].as_object_mut().unwrap();
    for table in [
        "framework",
        "framework_level",
        "framework_topic",
        "expectation",
        "plan_framework",
        "evidence",
        "assessment",
        "assessment_rating",
        // Version 3's tables, which a version 1 file predates too.
        "reflection",
        "cycle_date",
        "monthly_review",
    ] {
        assert!(tables.remove(table).is_some(), "{table} is exported");
    }
    // And the columns version 3 added to older tables.
    for (table, column) in [("win", "reflection_id"), ("milestone", "cycle_date_id"), ("plan", "closed_on")] {
        for row in tables[table].as_array_mut().unwrap() {
            row.as_object_mut().unwrap().remove(column);
        }
    }
    let other = fresh();
    let summary = other.store.import_json(&doc.to_string(), ImportMode::IntoEmpty).unwrap();
    assert_eq!(summary.plans, 1);
    // Only Cairn's own ladder, put back after the import.
    let frameworks = other.store.list_frameworks().unwrap();
    assert_eq!(frameworks.len(), 3);
    assert!(frameworks.iter().all(|f| f.builtin && f.plan_count == 0));
}
