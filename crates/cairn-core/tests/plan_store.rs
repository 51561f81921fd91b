//! The plan store against a real temp SQLite file: validation at the boundary, persistence,
//! optimistic concurrency, archive.

mod common;

use cairn_core::{Clock, ErrorCode, PlanStatus, Store, Track};
use common::{clock, input, temp_store};

#[test]
fn creates_and_reads_back_a_plan_with_trimmed_fields() {
    let t = temp_store();
    let mut i = input("  Road to Senior  ", "2026-01-05", "2026-10-05");
    i.current_level = " Mid-level ".into();
    let plan = t.store.create_plan(&i).unwrap();
    assert_eq!(plan.title, "Road to Senior");
    assert_eq!(plan.current_level, "Mid-level");
    assert_eq!(plan.revision, 1);
    assert_eq!(plan.created_at, clock().now());
    assert_eq!(t.store.get_plan(plan.id).unwrap(), plan);
}

#[test]
fn five_month_window_is_rejected_on_the_end_date_and_nothing_is_written() {
    let t = temp_store();
    let err = t.store.create_plan(&input("Too short", "2026-01-01", "2026-06-01")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert_eq!(err.field(), Some("endDate"));
    assert!(err.to_string().contains("The window is 5 months"), "{err}");
    assert!(t.store.list_plans().unwrap().is_empty());
}

#[test]
fn thirteen_month_window_is_rejected() {
    let t = temp_store();
    let err = t.store.create_plan(&input("Too long", "2026-01-01", "2027-02-01")).unwrap_err();
    assert_eq!(err.field(), Some("endDate"));
    assert!(err.to_string().contains("13 months"), "{err}");
    assert!(err.to_string().contains("2027-01-01 or earlier"), "{err}");
}

#[test]
fn end_before_start_is_rejected() {
    let t = temp_store();
    let err = t.store.create_plan(&input("Backwards", "2026-09-01", "2026-03-01")).unwrap_err();
    assert_eq!(err.field(), Some("endDate"));
    assert_eq!(err.to_string(), "The end date must be after the start date.");
}

#[test]
fn empty_and_over_long_titles_are_rejected() {
    let t = temp_store();
    let empty = t.store.create_plan(&input("   ", "2026-01-01", "2026-09-01")).unwrap_err();
    assert_eq!((empty.field(), empty.to_string().as_str()), (Some("title"), "The title is required."));

    let long = "x".repeat(201);
    let err = t.store.create_plan(&input(&long, "2026-01-01", "2026-09-01")).unwrap_err();
    assert_eq!(err.field(), Some("title"));
    assert_eq!(err.to_string(), "The title is 201 characters long; keep it to 200 or fewer.");

    // 200 characters of a multi-byte script is fine: the limit counts characters, not bytes.
    let ok = "界".repeat(200);
    assert_eq!(t.store.create_plan(&input(&ok, "2026-01-01", "2026-09-01")).unwrap().title, ok);
}

#[test]
fn levels_are_required() {
    let t = temp_store();
    let mut i = input("Plan", "2026-01-01", "2026-09-01");
    i.target_level = String::new();
    let err = t.store.create_plan(&i).unwrap_err();
    assert_eq!(err.field(), Some("targetLevel"));
}

#[test]
fn invalid_dates_are_validation_errors_on_their_field() {
    let t = temp_store();
    let err = t.store.create_plan(&input("Plan", "2026-02-30", "2026-09-01")).unwrap_err();
    assert_eq!((err.code(), err.field()), (ErrorCode::Validation, Some("startDate")));
    let err = t.store.create_plan(&input("Plan", "2026-02-01", "")).unwrap_err();
    assert_eq!((err.field(), err.to_string().as_str()), (Some("endDate"), "Choose the end date."));
}

#[test]
fn plans_persist_across_reopen() {
    let t = temp_store();
    let path = t.store.path().to_path_buf();
    let created = t.store.create_plan(&input("Keep me", "2026-01-01", "2026-12-31")).unwrap();
    drop(t.store);
    let reopened = Store::open_with_clock(&path, clock()).unwrap();
    assert_eq!(reopened.list_plans().unwrap(), vec![created]);
}

#[test]
fn update_replaces_fields_and_bumps_the_revision() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Draft", "2026-01-01", "2026-09-01")).unwrap();
    let mut edit = input("Road to Staff", "2026-02-01", "2027-01-31");
    edit.track = Track::Hybrid;
    edit.status = PlanStatus::Completed;
    let updated = t.store.update_plan(plan.id, plan.revision, &edit).unwrap();
    assert_eq!(updated.title, "Road to Staff");
    assert_eq!(updated.track, Track::Hybrid);
    assert_eq!(updated.status, PlanStatus::Completed);
    assert_eq!(updated.revision, 2);
    assert_eq!(updated.created_at, plan.created_at);
}

#[test]
fn update_from_a_stale_revision_is_a_conflict_and_writes_nothing() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Original", "2026-01-01", "2026-09-01")).unwrap();
    t.store.update_plan(plan.id, 1, &input("First edit", "2026-01-01", "2026-09-01")).unwrap();
    let err = t.store.update_plan(plan.id, 1, &input("Stale edit", "2026-01-01", "2026-09-01")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Conflict);
    assert!(err.to_string().contains("changed elsewhere"), "{err}");
    assert_eq!(t.store.get_plan(plan.id).unwrap().title, "First edit");
}

#[test]
fn invalid_update_leaves_the_plan_as_it_was() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Original", "2026-01-01", "2026-09-01")).unwrap();
    let err = t.store.update_plan(plan.id, 1, &input("", "2026-01-01", "2026-09-01")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert_eq!(t.store.get_plan(plan.id).unwrap(), plan);
}

#[test]
fn unknown_ids_are_not_found() {
    let t = temp_store();
    assert_eq!(t.store.get_plan(42).unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(t.store.archive_plan(42).unwrap_err().code(), ErrorCode::NotFound);
    let err = t.store.update_plan(42, 1, &input("x", "2026-01-01", "2026-09-01")).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NotFound);
    assert_eq!(err.to_string(), "Plan 42 was not found. It may have been deleted; reload to see the current list.");
}

#[test]
fn archive_keeps_the_plan_and_is_idempotent() {
    let t = temp_store();
    let plan = t.store.create_plan(&input("Done with it", "2026-01-01", "2026-09-01")).unwrap();
    let archived = t.store.archive_plan(plan.id).unwrap();
    assert_eq!((archived.status, archived.revision), (PlanStatus::Archived, 2));
    let again = t.store.archive_plan(plan.id).unwrap();
    assert_eq!(again.revision, 2);
    assert_eq!(t.store.list_plans().unwrap().len(), 1);
}

#[test]
fn list_puts_active_first_then_drafts_completed_archived() {
    let t = temp_store();
    let mk = |title: &str, status: PlanStatus, start: &str, end: &str| {
        let mut i = input(title, start, end);
        i.status = status;
        t.store.create_plan(&i).unwrap()
    };
    mk("old archived", PlanStatus::Archived, "2024-01-01", "2024-09-01");
    mk("draft", PlanStatus::Draft, "2026-01-01", "2026-09-01");
    mk("older active", PlanStatus::Active, "2025-06-01", "2026-01-01");
    mk("newer active", PlanStatus::Active, "2026-02-01", "2026-09-01");
    mk("completed", PlanStatus::Completed, "2025-01-01", "2025-09-01");
    let titles: Vec<_> = t.store.list_plans().unwrap().into_iter().map(|p| p.title).collect();
    assert_eq!(titles, ["newer active", "older active", "draft", "completed", "old archived"]);
}
