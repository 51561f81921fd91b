//! One-on-one, dashboard and search commands through Tauri's IPC layer, without a window.

use crate::common;

use common::{harness, new_plan};
use serde_json::json;

fn today() -> String {
    chrono::Local::now().date_naive().to_string()
}

fn person(h: &common::Harness, name: &str) -> serde_json::Value {
    let input =
        json!({ "name": name, "relationship": "manager", "influence": 5, "interest": 5, "stance": "supporter" });
    h.invoke("create_stakeholder", json!({ "input": input })).unwrap()["id"].clone()
}

#[test]
fn a_one_on_one_with_items_and_the_next_one_carries_over() {
    let h = harness();
    let plan_id = new_plan(&h);
    let priya = person(&h, "Priya");
    let first = h
        .invoke(
            "create_one_on_one",
            json!({ "planId": plan_id, "input": { "stakeholderId": priya, "date": "2026-03-02" } }),
        )
        .unwrap();
    let id = first["id"].clone();
    let ask = h
        .invoke("add_agenda_item", json!({ "oneOnOneId": id, "input": { "text": "Ask for a stretch project" } }))
        .unwrap();
    let topic = h.invoke("add_agenda_item", json!({ "oneOnOneId": id, "input": { "text": "Offsite" } })).unwrap();
    h.invoke("update_agenda_item", json!({ "id": topic["id"], "input": { "text": "Offsite", "done": true } })).unwrap();
    let action = json!({ "text": "Draft the proposal", "owner": "me", "status": "open", "dueDate": "2026-03-09" });
    let added = h.invoke("add_action_item", json!({ "oneOnOneId": id, "input": action })).unwrap();
    h.invoke("update_one_on_one", json!({ "id": id, "input": { "date": "2026-03-02", "notes": "Good talk." } }))
        .unwrap();

    let second = h
        .invoke(
            "create_one_on_one",
            json!({ "planId": plan_id, "input": { "stakeholderId": priya, "date": "2026-03-16" } }),
        )
        .unwrap();
    assert_eq!(second["agenda"][0]["source"], "carried_over");
    assert_eq!(second["agenda"][0]["carriedFrom"], ask["id"]);
    assert_eq!(second["actions"][0]["carriedFrom"], added["id"]);

    let fetched = h.invoke("get_one_on_one", json!({ "id": id })).unwrap();
    assert_eq!(fetched["notes"], "Good talk.");
    assert_eq!(h.invoke("list_one_on_ones", json!({ "planId": plan_id })).unwrap().as_array().unwrap().len(), 2);

    let done = json!({ "text": "Draft the proposal", "owner": "me", "status": "done", "dueDate": "" });
    h.invoke("update_action_item", json!({ "id": added["id"], "input": done })).unwrap();
    h.invoke("delete_action_item", json!({ "id": added["id"] })).unwrap();
    h.invoke("delete_agenda_item", json!({ "id": topic["id"] })).unwrap();
    h.invoke("delete_one_on_one", json!({ "id": id })).unwrap();

    let err = h
        .invoke("create_one_on_one", json!({ "planId": plan_id, "input": { "stakeholderId": 999, "date": today() } }))
        .unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("validation"), Some("stakeholderId")));
}

#[test]
fn dashboard_and_search_answer_for_a_plan() {
    let h = harness();
    let plan_id = new_plan(&h);
    let milestone = json!({ "title": "Publish the on-call runbook", "dueDate": "", "status": "planned" });
    h.invoke("create_milestone", json!({ "planId": plan_id, "input": milestone })).unwrap();

    let d = h.invoke("dashboard", json!({ "planId": plan_id })).unwrap();
    assert_eq!((d["milestonesTotal"].as_i64(), d["milestonesDone"].as_i64()), (Some(1), Some(0)));
    assert_eq!(d["today"], today());

    let hits = h.invoke("search", json!({ "planId": plan_id, "query": "runbook" })).unwrap();
    assert_eq!(hits[0]["kind"], "milestone");
    let err = h.invoke("search", json!({ "planId": plan_id, "query": "x".repeat(300) })).unwrap_err();
    assert_eq!(err["field"], "query");
    assert_eq!(h.invoke("dashboard", json!({ "planId": 9999 })).unwrap_err()["code"], "not_found");
}
