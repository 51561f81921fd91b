//! Stretch-assignment and milestone commands through Tauri's IPC layer, without a window.

use crate::common;

use common::{harness, new_plan};
use serde_json::json;

#[test]
fn a_stretch_assignment_with_skills_and_a_milestone_linked_to_it() {
    let h = harness();
    let plan_id = new_plan(&h);
    let skill = json!({ "name": "Ownership", "category": "delivery_ownership", "currentLevel": 2, "targetLevel": 4 });
    let skill_id = h.invoke("create_skill", json!({ "planId": plan_id, "input": skill })).unwrap()["id"].clone();

    let stretch = json!({
        "title": "Lead the checkout migration",
        "status": "in_progress",
        "startDate": "2026-02-01",
        "endDate": "",
        "skillIds": [skill_id]
    });
    let created = h.invoke("create_stretch", json!({ "planId": plan_id, "input": stretch })).unwrap();
    assert_eq!(created["skillIds"], json!([skill_id]));
    assert_eq!(created["endDate"], json!(null));
    let stretch_id = created["id"].clone();

    let milestone = json!({ "title": "Move 50% of checkout traffic", "dueDate": "2026-04-01", "status": "planned", "stretchId": stretch_id });
    let m = h.invoke("create_milestone", json!({ "planId": plan_id, "input": milestone })).unwrap();
    assert_eq!((m["stretchId"].clone(), m["smartHints"].clone()), (stretch_id.clone(), json!([])));

    let done = json!({ "title": "Move 50% of checkout traffic", "dueDate": "2026-04-01", "status": "done", "completedDate": "2026-03-28" });
    let m = h.invoke("update_milestone", json!({ "id": m["id"], "input": done })).unwrap();
    assert_eq!((m["status"].as_str(), m["completedDate"].as_str()), (Some("done"), Some("2026-03-28")));
    assert_eq!(h.invoke("list_milestones", json!({ "planId": plan_id })).unwrap().as_array().unwrap().len(), 1);

    let renamed = json!({ "title": "Lead the checkout migration", "status": "done", "outcome": "Done in 4 months.", "skillIds": [] });
    let s = h.invoke("update_stretch", json!({ "id": stretch_id, "input": renamed })).unwrap();
    assert_eq!(s["skillIds"], json!([]));
    assert_eq!(h.invoke("list_stretches", json!({ "planId": plan_id })).unwrap()[0]["outcome"], "Done in 4 months.");

    h.invoke("delete_milestone", json!({ "id": m["id"] })).unwrap();
    h.invoke("delete_stretch", json!({ "id": stretch_id })).unwrap();
    assert_eq!(h.invoke("list_stretches", json!({ "planId": plan_id })).unwrap(), json!([]));
}

#[test]
fn bad_milestone_and_stretch_input_is_refused_with_its_field() {
    let h = harness();
    let plan_id = new_plan(&h);
    let both = json!({ "title": "Linked twice", "status": "planned", "skillId": 1, "stretchId": 2 });
    let err = h.invoke("create_milestone", json!({ "planId": plan_id, "input": both })).unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("validation"), Some("stretchId")));

    let backwards =
        json!({ "title": "Backwards", "status": "proposed", "startDate": "2026-05-01", "endDate": "2026-04-01" });
    let err = h.invoke("create_stretch", json!({ "planId": plan_id, "input": backwards })).unwrap_err();
    assert_eq!(err["field"], "endDate");
    let err = h.invoke("delete_milestone", json!({ "id": 4040 })).unwrap_err();
    assert_eq!(err["code"], "not_found");
}

#[test]
fn every_entity_can_be_read_back_by_id_and_unknown_ids_are_not_found() {
    let h = harness();
    let plan_id = new_plan(&h);
    let skill = json!({ "name": "Ownership", "category": "delivery_ownership", "currentLevel": 2, "targetLevel": 4 });
    let skill_id = h.invoke("create_skill", json!({ "planId": plan_id, "input": skill })).unwrap()["id"].clone();
    let action = json!({ "title": "Own a launch", "kind": "experience", "status": "planned" });
    let action_id =
        h.invoke("create_learning_action", json!({ "skillId": skill_id, "input": action })).unwrap()["id"].clone();
    let person = json!({ "name": "Noor", "relationship": "peer", "influence": 3, "interest": 3, "stance": "neutral" });
    let person_id = h.invoke("create_stakeholder", json!({ "input": person })).unwrap()["id"].clone();
    let stretch = json!({ "title": "Checkout migration", "status": "proposed" });
    let stretch_id = h.invoke("create_stretch", json!({ "planId": plan_id, "input": stretch })).unwrap()["id"].clone();
    let milestone = json!({ "title": "Ship v1", "status": "planned" });
    let milestone_id =
        h.invoke("create_milestone", json!({ "planId": plan_id, "input": milestone })).unwrap()["id"].clone();
    let win = json!({ "date": "2026-01-10", "title": "Shipped v0" });
    let win_id = h.invoke("create_win", json!({ "planId": plan_id, "input": win })).unwrap()["id"].clone();
    let fb =
        json!({ "date": "2026-01-10", "fromName": "Sam", "kind": "praise", "said": "Nice demo.", "status": "open" });
    let fb_id = h.invoke("create_feedback", json!({ "planId": plan_id, "input": fb })).unwrap()["id"].clone();

    for (cmd, id, field, expected) in [
        ("get_skill", &skill_id, "name", "Ownership"),
        ("get_learning_action", &action_id, "title", "Own a launch"),
        ("get_stakeholder", &person_id, "name", "Noor"),
        ("get_stretch", &stretch_id, "title", "Checkout migration"),
        ("get_milestone", &milestone_id, "title", "Ship v1"),
        ("get_win", &win_id, "title", "Shipped v0"),
        ("get_feedback", &fb_id, "said", "Nice demo."),
    ] {
        assert_eq!(h.invoke(cmd, json!({ "id": id })).unwrap()[field], expected, "{cmd}");
        let err = h.invoke(cmd, json!({ "id": 987_654 })).unwrap_err();
        assert_eq!(err["code"], "not_found", "{cmd}");
    }
}
