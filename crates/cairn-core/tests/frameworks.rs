//! Career frameworks end to end through the store: the published progression-framework files and
//! a CSV import with their counts, bad and hostile files change nothing, a changed file shows what
//! it changes and keeps evidence, readiness, gaps, self-assessments, and the JSON export.

mod common;

use cairn_core::{
    AssessmentInput, ErrorCode, EvidenceInput, EvidenceKind, ImportMode, MilestoneInput, MilestoneStatus,
    PlanLadderInput, Rating, Store, WinInput, parse_framework_file,
};
use common::{input, temp_store as fresh};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/progression-framework");

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{FIXTURES}/{name}")).unwrap()
}

const LADDER_CSV: &str = "topic,level,expectation,example\n\
    Delivery,L3,Ships well-defined features on time,\n\
    Delivery,L4,Leads a project of several people end to end,\"Led the billing migration, on time\"\n\
    Delivery,L4,Makes pragmatic trade-offs on tech debt,\n\
    Communication,L3,Writes clear design docs,\n\
    Communication,L4,Explains technical trade-offs to non-engineers,\n\
    Mentoring,L4,Mentors at least one engineer,\n";

fn import_csv(store: &Store, csv: &str) -> i64 {
    let draft = parse_framework_file("Acme ladder.csv", csv.as_bytes(), None).unwrap();
    store.import_framework(&draft, "Acme ladder.csv").unwrap().id
}

fn everything(store: &Store) -> String {
    store.export_json().unwrap().lines().filter(|l| !l.contains("exportedAt")).collect::<Vec<_>>().join("\n")
}

#[test]
fn every_published_framework_imports_with_its_levels_topics_and_expectations() {
    let t = fresh();
    // (file, levels, topics, expectations), counted from the files' YAML independently.
    let expected = [
        ("backend.md", 6, 5, 135),
        ("data.md", 6, 7, 141),
        ("generic.md", 6, 5, 72),
        ("mobile.md", 6, 5, 127),
        ("qualityanalyst.md", 3, 5, 55),
        ("web.md", 6, 5, 165),
    ];
    for (file, levels, topics, expectations) in expected {
        let draft = parse_framework_file(file, &fixture(file), None).unwrap();
        let summary = t.store.import_framework(&draft, file).unwrap();
        assert_eq!(summary.levels.len(), levels, "{file}");
        assert_eq!(summary.topic_count, topics, "{file}");
        assert_eq!(summary.expectation_count, expectations, "{file}");
        assert_eq!(summary.source, file);
    }
    let list = t.store.list_frameworks().unwrap();
    let names: Vec<&str> = list.iter().map(|f| f.name.as_str()).collect();
    assert!(names.contains(&"Backend Engineering Framework"), "{names:?}");
    let backend = list.iter().find(|f| f.name == "Backend Engineering Framework").unwrap();
    let whole = t.store.get_framework(backend.id).unwrap();
    assert_eq!(whole.topics[0].name, "Communication");
    let level2 = backend.levels[1].id;
    let with_example = whole.topics[0].expectations.iter().find(|e| !e.examples.is_empty()).unwrap();
    assert_eq!(with_example.level_id, level2);
    assert!(with_example.examples[0].contains("levelling up your code reviews"));
}

#[test]
fn a_csv_framework_imports_with_ordered_levels() {
    let t = fresh();
    let id = import_csv(&t.store, LADDER_CSV);
    let f = t.store.get_framework(id).unwrap();
    assert_eq!(f.summary.name, "Acme ladder");
    assert_eq!(f.summary.levels.iter().map(|l| l.name.as_str()).collect::<Vec<_>>(), ["L3", "L4"]);
    assert_eq!(f.summary.topic_count, 3);
    assert_eq!(f.summary.expectation_count, 6);
    assert_eq!(f.topics[0].expectations[1].examples, ["Led the billing migration, on time"]);
}

#[test]
fn broken_and_hostile_files_are_refused_and_change_nothing() {
    let t = fresh();
    import_csv(&t.store, LADDER_CSV);
    let before = everything(&t.store);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("wrong.csv", b"name,text\nA,b\n".to_vec(), "Line 1 must be the header"),
        ("short.csv", b"topic,level,expectation,example\nA,L1,x,\nB,L1\n".to_vec(), "Line 3 has 2 fields"),
        ("binary.csv", vec![0xff, 0xfe, 0x00, 0x41], "not UTF-8"),
        ("page.md", b"# Our ladder\n\nJust prose.\n".to_vec(), "Line 1 must be ---"),
        ("types.md", b"---\nlevels: six\ntopics: []\n---\n".to_vec(), "Line 2: the front matter is not a framework"),
        (
            "html.md",
            b"---\ntitle: \"<script>alert(1)</script>\"\nlevels: 2\ntopics:\n  - name: x\n    content:\n      - level: 9\n        criteria: [a]\n---\n"
                .to_vec(),
            "level 9",
        ),
    ];
    for (file, bytes, expected) in cases {
        let err = parse_framework_file(file, &bytes, None).unwrap_err();
        assert_eq!(err.code(), ErrorCode::Validation, "{file}");
        assert!(err.to_string().contains(expected), "{file}: {err}");
    }
    // A billion-laughs file is refused, not expanded: the bomb is where the reader would build it
    // (a topic's criteria), and the sentence says what is wrong.
    let mut bomb = String::from("---\nlevels: 1\ns: &s [");
    bomb.push_str(&vec!["lol"; 300].join(", "));
    bomb.push_str("]\nc: &c [");
    bomb.push_str(&vec!["{level: 1, criteria: *s}"; 300].join(", "));
    bomb.push_str("]\ntopics: [");
    bomb.push_str(&vec!["{name: laughs, content: *c}"; 3000].join(", "));
    bomb.push_str("]\n---\n");
    assert!(bomb.len() < 120_000, "a small file that stands for 270 million values");
    let err = parse_framework_file("bomb.md", bomb.as_bytes(), None).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert!(err.to_string().contains("repeats parts of itself (YAML anchors and aliases"), "{err}");
    // Markup in a framework is text: stored as typed, never interpreted.
    let md = "---\ntitle: \"<img src=x onerror=alert(1)>\"\nlevels: 1\ntopics:\n  - name: \"<b>x</b>\"\n    content:\n      - level: 1\n        criteria: [\"#panic() <script>\"]\n---\n";
    let draft = parse_framework_file("markup.md", md.as_bytes(), None).unwrap();
    assert_eq!(draft.name, "img src=x onerror=alert(1)>");
    assert_eq!(draft.topics[0].expectations[0].text, "#panic() <script>");
    assert_eq!(everything(&t.store), before);
}

#[test]
fn a_changed_framework_shows_its_changes_and_keeps_evidence_of_what_stays() {
    let t = fresh();
    let plan = t.store.create_plan(&input("Road to L4", "2026-06-01", "2027-03-01")).unwrap();
    let id = import_csv(&t.store, LADDER_CSV);
    let f = t.store.get_framework(id).unwrap();
    let (l3, l4) = (f.summary.levels[0].id, f.summary.levels[1].id);
    t.store
        .set_plan_ladder(plan.id, &PlanLadderInput { framework_id: id, current_level_id: l3, target_level_id: l4 })
        .unwrap();
    let win = t.store.create_win(plan.id, &win_input("Led the search rewrite")).unwrap();
    let lead = f.topics[0].expectations[1].id; // Delivery / L4 / Leads a project…
    let debt = f.topics[0].expectations[2].id; // Delivery / L4 / Makes pragmatic trade-offs…
    for expectation_id in [lead, debt] {
        t.store
            .link_evidence(plan.id, &EvidenceInput { expectation_id, kind: EvidenceKind::Win, ref_id: win.id })
            .unwrap();
    }

    let changed = LADDER_CSV.replace("Delivery,L4,Makes pragmatic trade-offs on tech debt,\n", "").replace(
        "Mentoring,L4,Mentors at least one engineer,\n",
        "Mentoring,L4,Mentors two engineers,\nMentoring,L5,Grows other mentors,\n",
    );
    let draft = parse_framework_file("Acme ladder.csv", changed.as_bytes(), None).unwrap();
    let before_preview = t.store.get_framework(id).unwrap();
    let preview = t.store.preview_framework_import(&draft).unwrap();
    assert_eq!(preview.replaces, Some(id));
    assert!(!preview.unchanged);
    assert_eq!(preview.levels_added, ["L5"]);
    assert_eq!(preview.expectations_added.len(), 2);
    let removed: Vec<(&str, u32)> =
        preview.expectations_removed.iter().map(|e| (e.text.as_str(), e.evidence_count)).collect();
    assert_eq!(removed, [("Makes pragmatic trade-offs on tech debt", 1), ("Mentors at least one engineer", 0)]);
    // Previewing wrote nothing.
    assert_eq!(t.store.get_framework(id).unwrap(), before_preview);

    t.store.import_framework(&draft, "Acme ladder.csv").unwrap();
    let evidence = t.store.plan_evidence(plan.id).unwrap();
    assert_eq!(evidence.len(), 1, "the kept expectation keeps its evidence, the removed one's goes");
    assert_eq!(evidence[0].expectation_id, lead);
    let again = t.store.preview_framework_import(&draft).unwrap();
    assert!(again.unchanged);

    // A level the plan stands at cannot disappear: refused whole.
    let before = everything(&t.store);
    let no_l3 = changed.lines().filter(|l| !l.contains(",L3,")).collect::<Vec<_>>().join("\n");
    let draft = parse_framework_file("Acme ladder.csv", no_l3.as_bytes(), None).unwrap();
    let err = t.store.import_framework(&draft, "Acme ladder.csv").unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict);
    assert!(err.to_string().contains("“L3”") && err.to_string().contains("Road to L4"), "{err}");
    assert_eq!(everything(&t.store), before);
}

fn skill_input(name: &str) -> cairn_core::SkillInput {
    serde_json::from_value(serde_json::json!({
        "name": name, "category": "communication_influence", "currentLevel": 2, "targetLevel": 4
    }))
    .unwrap()
}

fn win_input(title: &str) -> WinInput {
    serde_json::from_value(serde_json::json!({ "date": "2026-10-01", "title": title })).unwrap()
}

#[test]
fn readiness_counts_evidence_that_counts_and_turns_gaps_into_milestones() {
    let t = fresh();
    let plan = t.store.create_plan(&input("Road to L4", "2026-06-01", "2027-03-01")).unwrap();
    assert_eq!(t.store.readiness(plan.id).unwrap(), None);
    let id = import_csv(&t.store, LADDER_CSV);
    let f = t.store.get_framework(id).unwrap();
    let (l3, l4) = (f.summary.levels[0].id, f.summary.levels[1].id);
    let err = t
        .store
        .set_plan_ladder(plan.id, &PlanLadderInput { framework_id: id, current_level_id: l4, target_level_id: l3 })
        .unwrap_err();
    assert_eq!(err.field(), Some("targetLevelId"));
    t.store
        .set_plan_ladder(plan.id, &PlanLadderInput { framework_id: id, current_level_id: l3, target_level_id: l4 })
        .unwrap();

    let r = t.store.readiness(plan.id).unwrap().unwrap();
    assert_eq!((r.met, r.total, r.percent), (0, 4, 0));
    assert_eq!(
        r.topics.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(),
        ["Delivery", "Communication", "Mentoring"]
    );

    let win = t.store.create_win(plan.id, &win_input("Led the search rewrite")).unwrap();
    let lead = r.topics[0].expectations[0].id;
    t.store
        .link_evidence(plan.id, &EvidenceInput { expectation_id: lead, kind: EvidenceKind::Win, ref_id: win.id })
        .unwrap();
    // Linking twice is one link.
    t.store
        .link_evidence(plan.id, &EvidenceInput { expectation_id: lead, kind: EvidenceKind::Win, ref_id: win.id })
        .unwrap();

    let mentoring = r.topics[2].expectations[0].id;
    let milestone = t.store.milestone_for_gap(plan.id, mentoring).unwrap();
    assert_eq!(milestone.title, "Show: Mentors at least one engineer");
    let r = t.store.readiness(plan.id).unwrap().unwrap();
    assert_eq!((r.met, r.total, r.percent), (1, 4, 25));
    let planned = &r.topics[2].expectations[0];
    assert!(!planned.met, "a planned milestone is the plan to show it, not evidence yet");
    assert_eq!(planned.evidence[0].kind, EvidenceKind::Milestone);
    assert!(!planned.evidence[0].counts);

    let mut done: MilestoneInput = serde_json::from_value(serde_json::json!({
        "title": milestone.title, "status": "done", "completedDate": "2026-11-01"
    }))
    .unwrap();
    done.status = MilestoneStatus::Done;
    t.store.update_milestone(milestone.id, &done).unwrap();
    let r = t.store.readiness(plan.id).unwrap().unwrap();
    assert_eq!((r.met, r.percent), (2, 50));
    assert_eq!(r.topics[2].met, 1);

    // Evidence from another plan, or for an expectation of another framework, is refused.
    let other = t.store.create_plan(&input("Other", "2026-06-01", "2027-03-01")).unwrap();
    let foreign = t.store.create_win(other.id, &win_input("Elsewhere")).unwrap();
    let err = t
        .store
        .link_evidence(plan.id, &EvidenceInput { expectation_id: lead, kind: EvidenceKind::Win, ref_id: foreign.id })
        .unwrap_err();
    assert_eq!(err.field(), Some("refId"));
    let draft = parse_framework_file("generic.md", &fixture("generic.md"), None).unwrap();
    let generic = t.store.import_framework(&draft, "generic.md").unwrap();
    let generic_expectation = t.store.get_framework(generic.id).unwrap().topics[0].expectations[0].id;
    let err = t
        .store
        .link_evidence(
            plan.id,
            &EvidenceInput { expectation_id: generic_expectation, kind: EvidenceKind::Win, ref_id: win.id },
        )
        .unwrap_err();
    assert_eq!(err.field(), Some("expectationId"));

    // Deleting the win takes its evidence link with it.
    t.store.delete_win(win.id).unwrap();
    assert_eq!(t.store.readiness(plan.id).unwrap().unwrap().met, 1);

    // A gap becomes a learning action on a skill.
    let skill = t.store.create_skill(plan.id, &skill_input("Technical writing")).unwrap();
    let comms = r.topics[1].expectations[0].id;
    let action = t.store.learning_action_for_gap(plan.id, comms, skill.id).unwrap();
    assert_eq!(action.title, "Explains technical trade-offs to non-engineers");
}

#[test]
fn self_assessments_are_kept_per_day_and_checked() {
    let t = fresh();
    let plan = t.store.create_plan(&input("Road to L4", "2026-06-01", "2027-03-01")).unwrap();
    let skill = t.store.create_skill(plan.id, &skill_input("System design")).unwrap();
    let id = import_csv(&t.store, LADDER_CSV);
    let f = t.store.get_framework(id).unwrap();
    let topic = f.topics[0].id;
    let rate = |date: &str, ratings: Vec<Rating>| {
        t.store.record_assessment(plan.id, &AssessmentInput { date: date.into(), note: String::new(), ratings })
    };
    let skill_rating = |n| Rating { topic_id: None, skill_id: Some(skill.id), rating: n };
    let topic_rating = |n| Rating { topic_id: Some(topic), skill_id: None, rating: n };

    // Topics need the plan's framework.
    assert_eq!(rate("2026-09-01", vec![topic_rating(1)]).unwrap_err().field(), Some("ratings"));
    rate("2026-09-01", vec![skill_rating(2)]).unwrap();
    let (l3, l4) = (f.summary.levels[0].id, f.summary.levels[1].id);
    t.store
        .set_plan_ladder(plan.id, &PlanLadderInput { framework_id: id, current_level_id: l3, target_level_id: l4 })
        .unwrap();
    rate("2026-10-01", vec![skill_rating(3), topic_rating(1)]).unwrap();
    // The same day again replaces that day's snapshot.
    rate("2026-10-01", vec![skill_rating(3), topic_rating(2)]).unwrap();
    let history = t.store.list_assessments(plan.id).unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].ratings, [topic_rating(2), skill_rating(3)]);

    for (ratings, why) in [
        (vec![topic_rating(3)], "on the framework's levels, 1 to 2"),
        (vec![skill_rating(6)], "from 1 to 5"),
        (vec![skill_rating(2), skill_rating(3)], "once per day"),
        (vec![Rating { topic_id: Some(topic), skill_id: Some(skill.id), rating: 1 }], "one topic or one skill"),
        (vec![], "at least one"),
    ] {
        let err = rate("2026-10-02", ratings).unwrap_err();
        assert!(err.to_string().contains(why), "{err}");
    }
    assert!(rate("2099-01-01", vec![skill_rating(1)]).unwrap_err().to_string().contains("earlier day"));
    assert_eq!(t.store.list_assessments(plan.id).unwrap(), history, "refused snapshots change nothing");
}

#[test]
fn frameworks_evidence_and_assessments_travel_in_the_json_export() {
    let t = fresh();
    let plan = t.store.create_plan(&input("Road to L4", "2026-06-01", "2027-03-01")).unwrap();
    let id = import_csv(&t.store, LADDER_CSV);
    let f = t.store.get_framework(id).unwrap();
    t.store
        .set_plan_ladder(
            plan.id,
            &PlanLadderInput {
                framework_id: id,
                current_level_id: f.summary.levels[0].id,
                target_level_id: f.summary.levels[1].id,
            },
        )
        .unwrap();
    let win = t.store.create_win(plan.id, &win_input("Led the search rewrite")).unwrap();
    let expectation_id = f.topics[0].expectations[1].id;
    t.store.link_evidence(plan.id, &EvidenceInput { expectation_id, kind: EvidenceKind::Win, ref_id: win.id }).unwrap();
    t.store
        .record_assessment(
            plan.id,
            &AssessmentInput {
                date: "2026-10-01".into(),
                note: "After the rewrite".into(),
                ratings: vec![Rating { topic_id: Some(f.topics[0].id), skill_id: None, rating: 2 }],
            },
        )
        .unwrap();
    let exported = t.store.export_json().unwrap();

    let other = fresh();
    other.store.import_json(&exported, ImportMode::IntoEmpty).unwrap();
    assert_eq!(other.store.export_json().unwrap(), exported);
    assert_eq!(other.store.readiness(plan.id).unwrap(), t.store.readiness(plan.id).unwrap());
    assert_eq!(other.store.list_assessments(plan.id).unwrap().len(), 1);
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(48)
}

/// A published file with one stretch of it replaced by arbitrary bytes.
fn mangled(file: &'static [u8]) -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
    use proptest::prelude::*;
    (0..file.len(), 0usize..64, prop::collection::vec(any::<u8>(), 0..64)).prop_map(move |(at, cut, with)| {
        let mut bytes = file.to_vec();
        let end = (at + cut).min(bytes.len());
        bytes.splice(at..end, with);
        bytes
    })
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(cases()))]

    /// Whatever a framework file holds: the reader answers (a draft or a sentence) without
    /// panicking, and an import of what it accepts is whole or refused, with nothing half-written.
    #[test]
    fn any_framework_file_is_read_or_refused_and_never_half_imported(
        md in mangled(include_bytes!("fixtures/progression-framework/generic.md")),
        csv in mangled(LADDER_CSV.as_bytes()),
        junk in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..512),
    ) {
        let t = fresh();
        import_csv(&t.store, LADDER_CSV);
        for (name, bytes) in [("f.md", md), ("Acme ladder.csv", csv), ("junk.csv", junk.clone()), ("junk.md", junk)] {
            let before = everything(&t.store);
            match parse_framework_file(name, &bytes, None) {
                Err(err) => {
                    proptest::prop_assert_eq!(err.code(), ErrorCode::Validation);
                    proptest::prop_assert!(!err.to_string().is_empty());
                }
                Ok(draft) => match t.store.import_framework(&draft, name) {
                    Ok(summary) => proptest::prop_assert_eq!(summary.expectation_count as usize, draft.expectation_count()),
                    Err(_) => proptest::prop_assert_eq!(everything(&t.store), before),
                },
            }
        }
    }
}

#[test]
fn a_framework_file_is_read_from_disk_with_its_name_or_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("Acme ladder.csv");
    std::fs::write(&file, LADDER_CSV).unwrap();
    let (draft, name) = cairn_core::read_framework_file(&file, None).unwrap();
    assert_eq!((draft.name.as_str(), name.as_str()), ("Acme ladder", "Acme ladder.csv"));

    let missing = cairn_core::read_framework_file(&dir.path().join("nowhere.csv"), None).unwrap_err();
    assert!(missing.to_string().starts_with("Could not read nowhere.csv"), "{missing}");
    let big = dir.path().join("big.csv");
    std::fs::write(&big, vec![b'a'; cairn_core::FRAMEWORK_FILE_MAX_BYTES + 1]).unwrap();
    let err = cairn_core::read_framework_file(&big, None).unwrap_err();
    assert_eq!(err.to_string(), "big.csv is 2048 KB; a framework file is at most 2048 KB.");
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "topic,level,expectation,example\nA,1\n").unwrap();
    let err = cairn_core::read_framework_file(&bad, None).unwrap_err();
    assert!(
        err.to_string().starts_with("bad.csv: Line 2 has 2 fields")
            && err.to_string().ends_with("Nothing was imported."),
        "{err}"
    );
}
