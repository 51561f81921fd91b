//! Undo gives back exactly what a delete took: for every kind of item the app offers Undo for,
//! export → delete → undo → export is byte-identical (same ids, links, stamps, positions), search
//! finds the item again, and once the kept rows are purged the item is gone from the file too.

mod common;

use std::time::Duration;

use cairn_core::{
    AssessmentInput, Deleted, ErrorCode, EvidenceInput, EvidenceKind, PlanLadderInput, Rating, Store, WinInput,
    parse_framework_file,
};
use common::temp_store;
use rusqlite::Connection;

const LADDER_CSV: &str = "topic,level,expectation,example\n\
    Delivery,L3,Ships well-defined features on time,\n\
    Delivery,L4,Leads a project of several people end to end,\n\
    Communication,L4,Explains technical trade-offs to non-engineers,\n";

/// The demo plan, plus what the demo does not hold: a framework with evidence of every kind and a
/// self-assessment rating a topic and a skill, so that deletes cascade into them.
fn rich_store() -> (common::TempStore, i64) {
    let t = temp_store();
    let plan = t.store.load_demo().unwrap();
    let draft = parse_framework_file("Acme ladder.csv", LADDER_CSV.as_bytes(), None).unwrap();
    let fw = t.store.import_framework(&draft, "Acme ladder.csv").unwrap();
    let f = t.store.get_framework(fw.id).unwrap();
    let (l3, l4) = (f.summary.levels[0].id, f.summary.levels[1].id);
    t.store
        .set_plan_ladder(plan.id, &PlanLadderInput { framework_id: fw.id, current_level_id: l3, target_level_id: l4 })
        .unwrap();
    let expectation_id = f.topics[0].expectations[1].id;
    let link = |kind, ref_id| {
        t.store.link_evidence(plan.id, &EvidenceInput { expectation_id, kind, ref_id }).unwrap();
    };
    link(EvidenceKind::Win, t.store.list_wins(plan.id).unwrap()[0].id);
    link(EvidenceKind::Feedback, t.store.list_feedback(plan.id).unwrap()[0].id);
    link(EvidenceKind::Milestone, t.store.list_milestones(plan.id).unwrap()[0].id);
    link(EvidenceKind::Stretch, t.store.list_stretches(plan.id).unwrap()[0].id);
    let skill = t.store.list_skills(plan.id).unwrap()[0].id;
    t.store
        .record_assessment(
            plan.id,
            &AssessmentInput {
                date: "2026-11-01".into(),
                note: "Before the review".into(),
                ratings: vec![
                    Rating { topic_id: Some(f.topics[0].id), skill_id: None, rating: 2 },
                    Rating { topic_id: None, skill_id: Some(skill), rating: 3 },
                ],
            },
        )
        .unwrap();
    (t, plan.id)
}

fn ids(t: &common::TempStore, table: &str) -> Vec<i64> {
    let conn = Connection::open(t.dir.path().join("cairn.db")).unwrap();
    let mut stmt = conn.prepare(&format!("SELECT id FROM {table} ORDER BY id")).unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
}

type Delete = fn(&Store, i64) -> cairn_core::Result<Deleted>;

/// Every kind of item with Undo in the app, by table.
const KINDS: &[(&str, Delete)] = &[
    ("skill", |s, id| s.delete_skill(id)),
    ("learning_action", |s, id| s.delete_learning_action(id)),
    ("win", |s, id| s.delete_win(id)),
    ("feedback", |s, id| s.delete_feedback(id)),
    ("milestone", |s, id| s.delete_milestone(id)),
    ("stretch", |s, id| s.delete_stretch(id)),
    ("stakeholder", |s, id| s.delete_stakeholder(id)),
    ("interaction", |s, id| s.delete_interaction(id)),
    ("one_on_one", |s, id| s.delete_one_on_one(id)),
    ("agenda_item", |s, id| s.delete_agenda_item(id)),
    ("action_item", |s, id| s.delete_action_item(id)),
    ("evidence", |s, id| s.unlink_evidence(id)),
    ("assessment", |s, id| s.delete_assessment(id)),
];

#[test]
fn every_delete_with_undo_gives_back_the_same_rows() {
    let (t, plan) = rich_store();
    let before = t.store.export_json().unwrap();
    let found_before = t.store.search(plan, "review").unwrap();
    for (table, delete) in KINDS {
        let all = ids(&t, table);
        assert!(!all.is_empty(), "the fixture has no {table} rows: this test would prove nothing");
        for id in all {
            let deleted = delete(&t.store, id).unwrap();
            assert_ne!(t.store.export_json().unwrap(), before, "{table} {id} was not deleted");
            assert!(!ids(&t, table).contains(&id));
            t.store.undo_delete(deleted.undo_id).unwrap();
            assert_eq!(t.store.export_json().unwrap(), before, "undo of {table} {id} gave back something else");
        }
    }
    assert_eq!(t.store.search(plan, "review").unwrap(), found_before, "search finds what came back");
    assert_eq!(t.store.purge_trash(Duration::ZERO).unwrap(), 0, "an undone delete keeps nothing");
}

#[test]
fn undo_is_one_shot_and_refuses_when_what_it_belonged_to_is_gone() {
    let (t, plan) = rich_store();
    let before = t.store.export_json().unwrap();
    let action = ids(&t, "learning_action")[0];
    let skill_of = |id| t.store.get_learning_action(id).unwrap().skill_id;
    let skill = skill_of(action);

    // The action goes, then its skill: undoing the action alone has nowhere to go back to.
    let action_gone = t.store.delete_learning_action(action).unwrap();
    let skill_gone = t.store.delete_skill(skill).unwrap();
    let after_both = t.store.export_json().unwrap();
    let err = t.store.undo_delete(action_gone.undo_id).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict, "{err}");
    assert!(err.to_string().contains("Nothing was changed"), "{err}");
    assert_eq!(t.store.export_json().unwrap(), after_both, "a refused undo writes nothing");

    // Undone in the reverse order, both come back whole.
    t.store.undo_delete(skill_gone.undo_id).unwrap();
    t.store.undo_delete(action_gone.undo_id).unwrap();
    assert_eq!(t.store.export_json().unwrap(), before);

    // Twice is refused.
    assert_eq!(t.store.undo_delete(skill_gone.undo_id).unwrap_err().code(), ErrorCode::Conflict);

    // A new win that took the deleted one's id: the undo is refused, the new win stays.
    let newest = *ids(&t, "win").last().unwrap();
    let gone = t.store.delete_win(newest).unwrap();
    let taker = t.store.create_win(plan, &win("Took the id")).unwrap();
    assert_eq!(taker.id, newest, "SQLite reuses the highest id; this is the case under test");
    assert_eq!(t.store.undo_delete(gone.undo_id).unwrap_err().code(), ErrorCode::Conflict);
    assert_eq!(t.store.get_win(newest).unwrap().title, "Took the id");
}

fn win(title: &str) -> WinInput {
    WinInput {
        date: "2026-11-20".into(),
        title: title.into(),
        situation: String::new(),
        my_part: String::new(),
        what_happened: String::new(),
        metric: String::new(),
        baseline: None,
        result: None,
        unit: String::new(),
        impact_note: String::new(),
        skill_ids: vec![],
        witnesses: String::new(),
    }
}

#[test]
fn a_purged_delete_is_gone_from_search_and_from_the_file() {
    let (t, plan) = rich_store();
    let secret = "Quokkadromedary migration";
    let w = t.store.create_win(plan, &win(secret)).unwrap();
    assert_eq!(t.store.search(plan, "quokkadromedary").unwrap().len(), 1);

    let deleted = t.store.delete_win(w.id).unwrap();
    assert!(t.store.search(plan, "quokkadromedary").unwrap().is_empty(), "a deleted win is not found");
    assert!(!t.store.export_json().unwrap().contains(secret), "nor exported");

    assert_eq!(t.store.purge_trash(Duration::ZERO).unwrap(), 1);
    assert_eq!(t.store.undo_delete(deleted.undo_id).unwrap_err().code(), ErrorCode::Conflict);
    assert!(t.store.search(plan, "quokkadromedary").unwrap().is_empty());

    // Everything written back into the main file, WAL emptied: the words are not in the bytes.
    let conn = Connection::open(t.dir.path().join("cairn.db")).unwrap();
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).unwrap();
    let bytes = std::fs::read(t.dir.path().join("cairn.db")).unwrap();
    assert!(!bytes.windows(secret.len()).any(|w| w == secret.as_bytes()), "the text is still in the file");
}

#[test]
fn deletes_older_than_the_undo_window_are_forgotten_when_the_file_opens() {
    let (t, _) = rich_store();
    let deleted = t.store.delete_win(ids(&t, "win")[0]).unwrap();
    // Reopened within the window: still undoable.
    let again = Store::open_with_clock(t.dir.path().join("cairn.db"), common::clock()).unwrap();
    drop(again);
    // Reopened an hour later: gone.
    let later = cairn_core::FixedClock::new(
        chrono::DateTime::parse_from_rfc3339("2026-11-21T10:30:00Z").unwrap().with_timezone(&chrono::Utc),
    );
    let later = Store::open_with_clock(t.dir.path().join("cairn.db"), std::sync::Arc::new(later)).unwrap();
    assert_eq!(later.undo_delete(deleted.undo_id).unwrap_err().code(), ErrorCode::Conflict);
}
