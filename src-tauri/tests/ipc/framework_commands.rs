//! Framework, readiness and self-assessment commands through Tauri's IPC layer, without a window.
//! The file dialog is the person's; here the framework is put in the folder's store first.

use crate::common;

use common::{harness_in, new_plan};
use serde_json::json;

fn with_ladder() -> common::Harness {
    let dir = tempfile::tempdir().unwrap();
    let store = cairn_core::Store::open(dir.path().join(cairn_core::DATA_FILE)).unwrap();
    let csv = "topic,level,expectation,example\nDelivery,L3,Ships on time,\nDelivery,L4,Leads a project,\n";
    let draft = cairn_core::parse_framework_file("Acme.csv", csv.as_bytes(), None).unwrap();
    store.import_framework(&draft, "Acme.csv").unwrap();
    drop(store);
    harness_in(dir)
}

#[test]
fn a_plan_is_held_against_a_framework_and_its_evidence_counts() {
    let h = with_ladder();
    let plan_id = new_plan(&h);
    let frameworks = h.invoke("list_frameworks", json!({})).unwrap();
    // Cairn's own ladders come first; the imported one after them.
    let fw = frameworks.as_array().unwrap().iter().find(|f| f["builtin"] == false).unwrap();
    assert_eq!(fw["name"], "Acme");
    let (l3, l4) = (fw["levels"][0]["id"].clone(), fw["levels"][1]["id"].clone());
    assert_eq!(h.invoke("readiness", json!({ "planId": plan_id })).unwrap(), json!(null));

    let err = h
        .invoke(
            "set_plan_ladder",
            json!({ "planId": plan_id, "input": { "frameworkId": fw["id"], "currentLevelId": l4, "targetLevelId": l3 } }),
        )
        .unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("validation"), Some("targetLevelId")));
    let ladder = h
        .invoke(
            "set_plan_ladder",
            json!({ "planId": plan_id, "input": { "frameworkId": fw["id"], "currentLevelId": l3, "targetLevelId": l4 } }),
        )
        .unwrap();
    assert_eq!(ladder["targetLevel"]["name"], "L4");
    assert_eq!(h.invoke("plan_ladder", json!({ "planId": plan_id })).unwrap(), ladder);

    let readiness = h.invoke("readiness", json!({ "planId": plan_id })).unwrap();
    let lead = readiness["topics"][0]["expectations"][0]["id"].clone();
    let milestone = h.invoke("milestone_for_gap", json!({ "planId": plan_id, "expectationId": lead })).unwrap();
    assert_eq!(milestone["title"], "Show: Leads a project");
    let readiness = h.invoke("readiness", json!({ "planId": plan_id })).unwrap();
    let evidence = &readiness["topics"][0]["expectations"][0]["evidence"][0];
    assert_eq!((evidence["kind"].as_str(), evidence["counts"].as_bool()), (Some("milestone"), Some(false)));
    h.invoke("unlink_evidence", json!({ "id": evidence["id"] })).unwrap();
    let err = h.invoke(
        "link_evidence",
        json!({ "planId": plan_id, "input": { "expectationId": lead, "kind": "win", "refId": 999 } }),
    );
    assert_eq!(err.unwrap_err()["field"], "refId");

    let framework = h.invoke("get_framework", json!({ "id": fw["id"] })).unwrap();
    let topic = framework["topics"][0]["id"].clone();
    let snapshot = h
        .invoke(
            "record_assessment",
            json!({ "planId": plan_id, "input": { "date": "2026-01-05", "ratings": [{ "topicId": topic, "skillId": null, "rating": 2 }] } }),
        )
        .unwrap();
    assert_eq!(h.invoke("list_assessments", json!({ "planId": plan_id })).unwrap().as_array().unwrap().len(), 1);
    h.invoke("delete_assessment", json!({ "id": snapshot["id"] })).unwrap();
    h.invoke("clear_plan_ladder", json!({ "planId": plan_id })).unwrap();
    h.invoke("delete_framework", json!({ "id": fw["id"] })).unwrap();
    let left = h.invoke("list_frameworks", json!({})).unwrap();
    assert!(left.as_array().unwrap().iter().all(|f| f["builtin"] == true), "only Cairn's own ladder is left");
}

#[test]
fn applying_an_import_needs_a_preview_first() {
    let h = with_ladder();
    let err = h.invoke("apply_framework_import", json!({})).unwrap_err();
    assert_eq!(err["code"], "conflict");
    assert!(err["message"].as_str().unwrap().contains("Choose the framework file again"), "{err}");
}
