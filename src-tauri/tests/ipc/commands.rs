//! Plan and app commands through Tauri's IPC layer, without a window.

use crate::common;

use common::{harness, harness_in, plan_input};
use serde_json::{Value, json};

#[test]
fn create_then_list_returns_the_plan_in_camel_case() {
    let h = harness();
    let created =
        h.invoke("create_plan", json!({ "input": plan_input("Road to Senior", "2026-01-05", "2026-10-05") })).unwrap();
    assert_eq!(created["title"], "Road to Senior");
    assert_eq!(created["startDate"], "2026-01-05");
    assert_eq!(created["targetLevel"], "Senior");
    assert_eq!(created["track"], "ic");
    let list = h.invoke("list_plans", json!({})).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["id"], created["id"]);
}

#[test]
fn validation_errors_cross_ipc_as_code_message_and_field() {
    let h = harness();
    let err =
        h.invoke("create_plan", json!({ "input": plan_input("Backwards", "2026-09-01", "2026-03-01") })).unwrap_err();
    assert_eq!(
        err,
        json!({
            "code": "validation",
            "message": "The end date must be after the start date.",
            "field": "endDate"
        })
    );
    assert_eq!(h.invoke("list_plans", json!({})).unwrap(), json!([]));
}

#[test]
fn unknown_plan_is_not_found_with_a_readable_message() {
    let h = harness();
    let err = h.invoke("get_plan", json!({ "id": 999 })).unwrap_err();
    assert_eq!(err["code"], "not_found");
    assert_eq!(err["field"], Value::Null);
    assert!(err["message"].as_str().unwrap().starts_with("Plan 999 was not found."));
}

#[test]
fn update_and_archive_round_trip_with_revisions() {
    let h = harness();
    let plan = h.invoke("create_plan", json!({ "input": plan_input("Draft", "2026-01-05", "2026-10-05") })).unwrap();
    let id = plan["id"].clone();
    let updated = h
        .invoke(
            "update_plan",
            json!({ "id": id, "revision": 1, "input": plan_input("Renamed", "2026-01-05", "2026-12-05") }),
        )
        .unwrap();
    assert_eq!((updated["title"].as_str(), updated["revision"].as_i64()), (Some("Renamed"), Some(2)));

    let stale = h
        .invoke(
            "update_plan",
            json!({ "id": id, "revision": 1, "input": plan_input("Stale", "2026-01-05", "2026-12-05") }),
        )
        .unwrap_err();
    assert_eq!(stale["code"], "conflict");

    let archived = h.invoke("archive_plan", json!({ "id": id })).unwrap();
    assert_eq!(archived["status"], "archived");
}

#[test]
fn app_info_names_the_data_folder_and_reports_no_error() {
    let dir = tempfile::tempdir().unwrap();
    let expected = dir.path().display().to_string();
    let h = harness_in(dir);
    let info = h.invoke("app_info", json!({})).unwrap();
    assert_eq!(info["dataDir"], expected);
    assert!(info["databaseFile"].as_str().unwrap().ends_with("cairn.db"));
    assert_eq!(info["openError"], Value::Null);
}

#[test]
fn a_data_file_that_cannot_be_opened_is_reported_by_every_command() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cairn.db"), vec![0xA5u8; 4096]).unwrap();
    let h = harness_in(dir);
    let info = h.invoke("app_info", json!({})).unwrap();
    assert_eq!(info["openError"]["code"], "not_a_database");
    let err = h.invoke("list_plans", json!({})).unwrap_err();
    assert_eq!(err["code"], "not_a_database");
}

#[test]
fn the_page_can_reach_none_of_the_plugins_the_app_registers() {
    let h = harness();
    // Each of these plugins is registered (the harness uses the app's own `with_plugins`), so a
    // refusal here is the access control list at work, not a missing plugin: the message says
    // "not allowed", where an unregistered plugin would say it was not found.
    for (command, args) in [
        ("plugin:dialog|open", json!({ "options": {} })),
        ("plugin:dialog|save", json!({ "options": {} })),
        ("plugin:dialog|message", json!({ "message": "hi" })),
        ("plugin:opener|open_url", json!({ "url": "https://example.com" })),
        ("plugin:opener|open_path", json!({ "path": "/etc/passwd" })),
        ("plugin:opener|reveal_item_in_dir", json!({ "paths": ["/etc/passwd"] })),
        ("plugin:notification|notify", json!({ "options": { "title": "x" } })),
        ("plugin:notification|request_permission", json!({})),
        ("plugin:window-state|save_window_state", json!({ "flags": 1 })),
        ("plugin:window-state|restore_state", json!({ "label": "main", "flags": 1 })),
    ] {
        let err = h.invoke(command, args).expect_err(command).to_string();
        assert!(err.contains("not allowed"), "{command}: {err}");
    }
    // A plugin that is not there at all is refused too.
    assert!(h.invoke("plugin:fs|read_file", json!({ "path": "/etc/passwd" })).is_err());
}

#[test]
fn a_remote_page_cannot_call_cairn_commands() {
    let h = harness();
    let err = h.invoke_from("https://example.com", "list_plans", json!({})).unwrap_err();
    assert!(err.to_string().contains("not allowed"), "{err}");
}

#[test]
fn templates_are_listed_and_build_a_plan_and_the_demo_loads() {
    let h = harness();
    let templates = h.invoke("list_templates", json!({})).unwrap();
    let ids: Vec<_> = templates.as_array().unwrap().iter().map(|t| t["id"].as_str().unwrap().to_owned()).collect();
    assert_eq!(ids, ["senior_ic", "engineering_manager", "tech_lead"]);

    let plan =
        h.invoke("create_plan_from_template", json!({ "template": "tech_lead", "startDate": "2026-12-01" })).unwrap();
    assert_eq!((plan["track"].as_str(), plan["endDate"].as_str()), (Some("hybrid"), Some("2027-09-01")));
    let skills = h.invoke("list_skills", json!({ "planId": plan["id"] })).unwrap();
    assert_eq!(skills.as_array().unwrap().len(), 4);

    let err = h.invoke("create_plan_from_template", json!({ "template": "tech_lead", "startDate": "" })).unwrap_err();
    assert_eq!(err["field"], "startDate");

    let demo = h.invoke("load_demo", json!({})).unwrap();
    assert_eq!(demo["title"], "Road to Senior");
    assert_eq!(h.invoke("list_plans", json!({})).unwrap().as_array().unwrap().len(), 2);
}
