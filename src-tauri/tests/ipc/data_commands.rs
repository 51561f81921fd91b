//! Backups and restore through IPC, as the data-safety screen and the damaged-file screen use them.

use crate::common;

use common::{harness, harness_in, new_plan};
use serde_json::json;

#[test]
fn a_backup_made_now_is_listed_and_restoring_it_brings_its_data_back() {
    let h = harness();
    new_plan(&h);
    let made = h.invoke("back_up_now", json!({})).unwrap();
    assert_eq!(made["reason"], "manual");
    let listed = h.invoke("list_backups", json!({})).unwrap();
    assert_eq!(listed[0]["name"], made["name"]);

    new_plan(&h);
    assert_eq!(h.invoke("list_plans", json!({})).unwrap().as_array().unwrap().len(), 2);
    let kept = h.invoke("restore_backup", json!({ "name": made["name"] })).unwrap();
    assert_eq!(kept["reason"], "before_restore");
    // The same window goes on working, on the restored data.
    assert_eq!(h.invoke("list_plans", json!({})).unwrap().as_array().unwrap().len(), 1);
    new_plan(&h);
}

#[test]
fn a_restore_that_cannot_happen_says_why_and_leaves_the_data_open() {
    let h = harness();
    new_plan(&h);
    let err = h.invoke("restore_backup", json!({ "name": "../../etc/passwd" })).unwrap_err();
    assert_eq!(err["code"], "validation");
    assert!(err["message"].as_str().unwrap().contains("no backup called"), "{err}");
    assert_eq!(h.invoke("list_plans", json!({})).unwrap().as_array().unwrap().len(), 1);
}

#[test]
fn a_damaged_data_file_is_explained_and_can_be_restored_from_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let name = {
        let store = cairn_core::Store::open(dir.path().join("cairn.db")).unwrap();
        store.load_demo().unwrap();
        store.back_up(cairn_core::BackupReason::Manual).unwrap().name
    };
    std::fs::write(dir.path().join("cairn.db"), vec![0x5a; 20_000]).unwrap();
    let h = harness_in(dir);

    let info = h.invoke("app_info", json!({})).unwrap();
    assert_eq!(info["openError"]["code"], "not_a_database");
    // The first screen's one question answers with the reason and no plans, not an error.
    let start = h.invoke("start", json!({})).unwrap();
    assert_eq!(start["info"]["openError"]["code"], "not_a_database");
    assert_eq!((start["plans"].as_array().unwrap().len(), &start["first"]), (0, &serde_json::Value::Null));
    let err = h.invoke("list_plans", json!({})).unwrap_err();
    assert_eq!(err["code"], "not_a_database");
    // The backups are there to choose from even though the data file does not open.
    assert_eq!(h.invoke("list_backups", json!({})).unwrap()[0]["name"], name.as_str());

    let kept = h.invoke("restore_backup", json!({ "name": name })).unwrap();
    assert_eq!(kept["reason"], "damaged");
    assert_eq!(h.invoke("app_info", json!({})).unwrap()["openError"], serde_json::Value::Null);
    assert_eq!(h.invoke("list_plans", json!({})).unwrap()[0]["title"], "Road to Senior");
}

#[test]
fn the_ui_saying_it_is_ready_does_nothing_unless_a_benchmark_asked() {
    let h = harness();
    // Without CAIRN_STARTUP_PROBE the app neither writes a figure nor quits.
    assert_eq!(h.invoke("ui_ready", json!({})).unwrap(), serde_json::Value::Null);
    assert!(h.invoke("list_plans", json!({})).is_ok());
}

#[test]
fn the_first_screen_comes_in_one_answer_with_the_first_open_plan() {
    let dir = tempfile::tempdir().unwrap();
    cairn_core::Store::open(dir.path().join("cairn.db")).unwrap().load_demo().unwrap();
    let h = harness_in(dir);
    let start = h.invoke("start", json!({})).unwrap();
    assert_eq!(start["info"]["openError"], serde_json::Value::Null);
    let plans = start["plans"].as_array().unwrap();
    assert_eq!(plans[0]["title"], "Road to Senior");
    assert_eq!(start["first"]["plan"]["id"], plans[0]["id"]);
    // The same summary the dashboard command gives.
    let dashboard = h.invoke("dashboard", json!({ "planId": plans[0]["id"] })).unwrap();
    assert_eq!(start["first"]["summary"], dashboard);

    // Archived plans are not opened at start; without another, there is no first screen.
    h.invoke("archive_plan", json!({ "id": plans[0]["id"] })).unwrap();
    let start = h.invoke("start", json!({})).unwrap();
    assert_eq!((start["plans"].as_array().unwrap().len(), &start["first"]), (1, &serde_json::Value::Null));

    let empty = harness();
    let start = empty.invoke("start", json!({})).unwrap();
    assert_eq!((start["plans"].as_array().unwrap().len(), &start["first"]), (0, &serde_json::Value::Null));
}
