//! Stakeholder and interaction commands through Tauri's IPC layer, without a window.

use crate::common;

use common::harness;
use serde_json::{Value, json};

fn person(name: &str, influence: i64, interest: i64) -> Value {
    json!({
        "name": name,
        "role": "Staff engineer, platform",
        "relationship": "peer",
        "influence": influence,
        "interest": interest,
        "stance": "supporter",
        "caresAbout": "Fewer pages at night",
        "cadenceDays": 21
    })
}

#[test]
fn stakeholders_move_across_the_grid_and_log_interactions() {
    let h = harness();
    let created = h.invoke("create_stakeholder", json!({ "input": person("Noor", 2, 4) })).unwrap();
    assert_eq!(created["quadrant"], "keep_informed");
    assert_eq!(created["checkIn"]["state"], "due_soon");
    let id = created["id"].clone();

    let moved = h.invoke("update_stakeholder", json!({ "id": id, "input": person("Noor", 5, 5) })).unwrap();
    assert_eq!(moved["quadrant"], "manage_closely");

    let today = chrono::Local::now().date_naive().to_string();
    let logged = h
        .invoke(
            "log_interaction",
            json!({ "stakeholderId": id, "input": { "date": today, "kind": "one_on_one", "notes": "" } }),
        )
        .unwrap();
    let after = h.invoke("list_stakeholders", json!({})).unwrap();
    assert_eq!(after[0]["checkIn"]["state"], "ok");
    assert_eq!(after[0]["checkIn"]["daysUntilDue"], 21);
    assert_eq!(h.invoke("list_interactions", json!({ "stakeholderId": id })).unwrap().as_array().unwrap().len(), 1);

    h.invoke("delete_interaction", json!({ "id": logged["id"] })).unwrap();
    h.invoke("delete_stakeholder", json!({ "id": id })).unwrap();
    assert_eq!(h.invoke("list_stakeholders", json!({})).unwrap(), json!([]));
}

#[test]
fn bad_stakeholder_input_is_refused_with_its_field() {
    let h = harness();
    let mut input = person("Noor", 2, 4);
    input["cadenceDays"] = json!(400);
    let err = h.invoke("create_stakeholder", json!({ "input": input })).unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("validation"), Some("cadenceDays")));
    let err = h
        .invoke("log_interaction", json!({ "stakeholderId": 77, "input": { "date": "2026-01-01", "kind": "message" } }))
        .unwrap_err();
    assert_eq!(err["code"], "not_found");
}
