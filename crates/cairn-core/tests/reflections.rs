//! The weekly reflection: one entry per week, pre-filled from the week's facts, its history with
//! the missed weeks, its lines turned into items that remember where they came from.

mod common;

use std::sync::Arc;

use cairn_core::{
    ErrorCode, FactKind, FeedbackInput, FeedbackKind, FeedbackStatus, FixedClock, ImportMode, InteractionInput,
    InteractionKind, LineTarget, MadeKind, MilestoneInput, MilestoneStatus, ReflectionInput, ReflectionLine,
    StakeholderInput, Stance, Store,
};
use chrono::{TimeZone, Utc};
use common::{input, skill_input, temp_store, win_input};
use serde_json::Value;

fn words(moved: &str, focus: &str, confidence: u8) -> ReflectionInput {
    ReflectionInput {
        moved: moved.into(),
        focus: focus.into(),
        confidence: Some(confidence),
        energy: Some(3),
        ..ReflectionInput::default()
    }
}

#[test]
fn a_new_week_opens_with_its_facts_and_a_draft_made_from_them() {
    let t = temp_store(); // today: Saturday 2026-11-21, week 47 (16–22 Nov)
    let s = &t.store;
    let plan = s.create_plan(&input("Senior", "2026-09-01", "2027-06-30")).unwrap();
    s.create_win(plan.id, &win_input("Cut p95 latency by 40%", "2026-11-18")).unwrap();
    s.create_win(plan.id, &win_input("Last week's win", "2026-11-13")).unwrap();
    let milestone = |title: &str, due: &str, status, done: &str| MilestoneInput {
        title: title.into(),
        due_date: due.into(),
        status,
        completed_date: done.into(),
        skill_id: None,
        stretch_id: None,
        evidence: String::new(),
        cycle_date_id: None,
    };
    s.create_milestone(plan.id, &milestone("Run the design review", "2026-11-30", MilestoneStatus::Done, "2026-11-17"))
        .unwrap();
    s.create_milestone(plan.id, &milestone("Publish the RFC", "2026-11-22", MilestoneStatus::Planned, "")).unwrap();
    s.create_feedback(
        plan.id,
        &FeedbackInput {
            date: "2026-11-19".into(),
            stakeholder_id: None,
            from_name: "Dana".into(),
            kind: FeedbackKind::Praise,
            said: "The migration plan was clear.".into(),
            response: String::new(),
            status: FeedbackStatus::Open,
            quotable: false,
        },
    )
    .unwrap();
    let sam = s
        .create_stakeholder(&StakeholderInput {
            name: "Sam".into(),
            role: String::new(),
            relationship: cairn_core::Relationship::Peer,
            influence: 3,
            interest: 3,
            stance: Stance::Neutral,
            cares_about: String::new(),
            cadence_days: None,
        })
        .unwrap();
    s.log_interaction(
        sam.id,
        &InteractionInput { date: "2026-11-16".into(), kind: InteractionKind::CheckIn, notes: String::new() },
    )
    .unwrap();

    let week = s.reflection_week(plan.id, "2026-W47").unwrap();
    assert!(week.is_current);
    assert_eq!(
        (week.week.monday.to_string(), week.week.sunday.to_string()),
        ("2026-11-16".into(), "2026-11-22".into())
    );
    let kinds: Vec<_> = week.facts.iter().map(|f| (f.kind, f.text.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (FactKind::CheckIn, "Sam"),
            (FactKind::MilestoneDone, "Run the design review"),
            (FactKind::Win, "Cut p95 latency by 40%"),
            (FactKind::Feedback, "Dana: The migration plan was clear."),
            (FactKind::MilestoneDue, "Publish the RFC"),
        ]
    );
    assert!(week.reflection.is_none());
    assert_eq!(week.draft.moved, "Check-in with Sam\nDone: Run the design review\nWin: Cut p95 latency by 40%");
    assert_eq!(week.draft.learned, "Feedback: Dana: The migration plan was clear.");

    // Saved, the week opens with what was written, not the draft; saving again replaces it.
    let saved = s.save_reflection(plan.id, "2026-W47", &words("Shipped the cache", "Finish the RFC", 4)).unwrap();
    let again = s.save_reflection(plan.id, "2026-w47", &words("Shipped the cache layer", "Finish the RFC", 4)).unwrap();
    assert_eq!(saved.id, again.id, "one entry per week");
    let week = s.reflection_week(plan.id, "2026-W47").unwrap();
    assert_eq!(week.draft.moved, "Shipped the cache layer");
    assert_eq!(week.reflection.unwrap().confidence, Some(4));
    assert_eq!(s.current_focus(plan.id).unwrap().unwrap().text, "Finish the RFC");
}

#[test]
fn weeks_that_have_not_begun_or_lie_outside_the_plan_are_refused() {
    let t = temp_store();
    let s = &t.store;
    let plan = s.create_plan(&input("Senior", "2026-09-01", "2027-06-30")).unwrap();
    for (week, why) in [("2026-W48", "has not begun"), ("2026-W30", "outside"), ("2026-W99", "not a week")] {
        let err = s.save_reflection(plan.id, week, &words("x", "", 3)).unwrap_err();
        assert_eq!((err.code(), err.field()), (ErrorCode::Validation, Some("week")));
        assert!(err.to_string().contains(why), "{err}");
    }
    let err = s.save_reflection(plan.id, "2026-W47", &ReflectionInput::default()).unwrap_err();
    assert_eq!(err.field(), Some("moved"));
    let err = s.save_reflection(plan.id, "2026-W47", &words("x", "", 6)).unwrap_err();
    assert_eq!(err.field(), Some("confidence"));
    let err = s.save_reflection(plan.id, "2026-W47", &words("x", "one\ntwo", 3)).unwrap_err();
    assert_eq!(err.field(), Some("focus"));
}

#[test]
fn the_history_shows_missed_weeks_across_the_new_year() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(Utc.with_ymd_and_hms(2027, 1, 6, 12, 0, 0).unwrap()));
    let s = Store::open_with_clock(dir.path().join("cairn.db"), clock).unwrap();
    let plan = s.create_plan(&input("Senior", "2026-12-14", "2027-06-30")).unwrap();
    s.save_reflection(plan.id, "2026-W51", &words("a", "Hand over on-call", 2)).unwrap();
    s.save_reflection(plan.id, "2026-W53", &words("b", "", 4)).unwrap();
    let history = s.reflection_history(plan.id).unwrap();
    let weeks: Vec<(&str, bool)> =
        history.weeks.iter().map(|w| (w.week.week.as_str(), w.reflection.is_some())).collect();
    assert_eq!(weeks, [("2027-W01", false), ("2026-W53", true), ("2026-W52", false), ("2026-W51", true)]);
    assert_eq!((history.written, history.missed, history.current_week.as_str()), (2, 2, "2027-W01"));
    // The latest reflection set no focus: there is none now, not an old one.
    assert_eq!(s.current_focus(plan.id).unwrap(), None);
}

#[test]
fn a_line_becomes_an_item_that_remembers_its_reflection_and_survives_its_deletion() {
    let t = temp_store();
    let s = &t.store;
    let plan = s.create_plan(&input("Senior", "2026-09-01", "2027-06-30")).unwrap();
    let skill = s.create_skill(plan.id, &skill_input("System design", 2, 4)).unwrap();
    let r =
        s.save_reflection(plan.id, "2026-W46", &words("- Led the incident review\nPaired with Ana", "", 3)).unwrap();
    let line = |text: &str, target| ReflectionLine {
        reflection_id: r.id,
        text: text.into(),
        target,
        skill_id: None,
        stakeholder_id: None,
        from_name: String::new(),
    };

    let made = s.make_from_reflection_line(&line("- Led the incident review", LineTarget::Win)).unwrap();
    assert_eq!((made.kind, made.title.as_str()), (MadeKind::Win, "Led the incident review"));
    let w = s.get_win(made.id).unwrap();
    assert_eq!(w.date.to_string(), "2026-11-15", "dated on the reflected week's Sunday");
    assert_eq!(w.from_week.as_deref(), Some("2026-W46"));

    let err = s.make_from_reflection_line(&line("Paired with Ana", LineTarget::LearningAction)).unwrap_err();
    assert_eq!(err.field(), Some("skillId"));
    let err = s.make_from_reflection_line(&line("Paired with Ana", LineTarget::Praise)).unwrap_err();
    assert_eq!(err.field(), Some("fromName"), "feedback names who gave it");
    let action = s
        .make_from_reflection_line(&ReflectionLine {
            skill_id: Some(skill.id),
            ..line("Paired with Ana", LineTarget::LearningAction)
        })
        .unwrap();
    assert_eq!(s.get_learning_action(action.id).unwrap().from_week.as_deref(), Some("2026-W46"));
    let m = s.make_from_reflection_line(&line("Write the on-call guide", LineTarget::Milestone)).unwrap();
    assert_eq!(s.get_milestone(m.id).unwrap().from_week.as_deref(), Some("2026-W46"));
    let f = s
        .make_from_reflection_line(&ReflectionLine {
            from_name: "Ana".into(),
            ..line("Ana: great pairing", LineTarget::Praise)
        })
        .unwrap();
    assert_eq!(s.get_feedback(f.id).unwrap().kind, FeedbackKind::Praise);

    let mut kinds: Vec<String> = s.get_reflection(r.id).unwrap().made.iter().map(|m| format!("{:?}", m.kind)).collect();
    kinds.sort();
    assert_eq!(kinds, ["Feedback", "LearningAction", "Milestone", "Win"]);

    // Deleting the reflection keeps the items; Undo puts the link back.
    let deleted = s.delete_reflection(r.id).unwrap();
    assert_eq!(s.get_win(made.id).unwrap().from_week, None);
    s.undo_delete(deleted.undo_id).unwrap();
    assert_eq!(s.get_win(made.id).unwrap().from_week.as_deref(), Some("2026-W46"));
    assert_eq!(s.get_reflection(r.id).unwrap().made.len(), 4);
}

#[test]
fn reflections_are_searchable_and_travel_in_the_export_while_older_exports_still_import() {
    let t = temp_store();
    let s = &t.store;
    let plan = s.create_plan(&input("Senior", "2026-09-01", "2027-06-30")).unwrap();
    let r = s.save_reflection(plan.id, "2026-W47", &words("Untangled the billing retries", "", 3)).unwrap();
    s.make_from_reflection_line(&ReflectionLine {
        reflection_id: r.id,
        text: "Untangled the billing retries".into(),
        target: LineTarget::Win,
        skill_id: None,
        stakeholder_id: None,
        from_name: String::new(),
    })
    .unwrap();
    let hits = s.search(plan.id, "billing retr").unwrap();
    assert!(hits.iter().any(|h| h.kind == "reflection" && h.id == r.id && h.title == "Week 2026-W47"), "{hits:?}");

    let exported = s.export_json().unwrap();
    let target = temp_store();
    target.store.import_json(&exported, ImportMode::IntoEmpty).unwrap();
    assert_eq!(target.store.export_json().unwrap(), exported);
    assert_eq!(target.store.reflection_history(plan.id).unwrap(), s.reflection_history(plan.id).unwrap());

    // The same file as Cairn wrote it before reflections (format 2): no reflection table, no links.
    let mut doc: Value = serde_json::from_str(&exported).unwrap();
    doc["version"] = 2.into();
    doc["tables"].as_object_mut().unwrap().remove("reflection");
    for table in ["win", "feedback", "milestone", "learning_action"] {
        for row in doc["tables"][table].as_array_mut().unwrap() {
            row.as_object_mut().unwrap().remove("reflection_id");
        }
    }
    let older = temp_store();
    older.store.import_json(&doc.to_string(), ImportMode::IntoEmpty).unwrap();
    let wins = older.store.list_wins(plan.id).unwrap();
    assert_eq!((wins.len(), wins[0].from_week.clone()), (1, None));
    // A format-3 file must have the column: missing there, it is a damaged file.
    doc["version"] = 3.into();
    let err = temp_store().store.import_json(&doc.to_string(), ImportMode::IntoEmpty).unwrap_err();
    assert!(err.to_string().contains("reflection_id: missing"), "{err}");
}
