//! Skill and learning-action commands through Tauri's IPC layer, without a window.

use crate::common;

use common::{harness, new_plan};
use serde_json::{Value, json};

fn skill(name: &str, current: i64, target: i64) -> Value {
    json!({
        "name": name,
        "category": "communication_influence",
        "currentLevel": current,
        "targetLevel": target,
        "why": "Decisions above my team need my trade-offs explained well.",
        "notes": ""
    })
}

#[test]
fn the_proficiency_scale_has_five_labelled_levels() {
    let h = harness();
    let scale = h.invoke("proficiency_scale", json!({})).unwrap();
    let labels: Vec<_> = scale.as_array().unwrap().iter().map(|l| l["label"].as_str().unwrap().to_owned()).collect();
    assert_eq!(labels, ["Aware", "Learning", "Practitioner", "Advanced", "Expert"]);
}

#[test]
fn skills_are_created_listed_updated_and_deleted() {
    let h = harness();
    let plan_id = new_plan(&h);
    let created = h.invoke("create_skill", json!({ "planId": plan_id, "input": skill("Presenting", 2, 4) })).unwrap();
    assert_eq!(
        (created["baselineLevel"].as_i64(), created["category"].as_str()),
        (Some(2), Some("communication_influence"))
    );
    let id = created["id"].clone();

    let updated =
        h.invoke("update_skill", json!({ "id": id, "input": skill("Presenting to leadership", 3, 4) })).unwrap();
    assert_eq!(updated["currentLevel"], 3);
    let list = h.invoke("list_skills", json!({ "planId": plan_id })).unwrap();
    assert_eq!(list[0]["name"], "Presenting to leadership");

    h.invoke("delete_skill", json!({ "id": id })).unwrap();
    assert_eq!(h.invoke("list_skills", json!({ "planId": plan_id })).unwrap(), json!([]));
}

#[test]
fn a_level_off_the_scale_is_a_validation_error_on_its_field() {
    let h = harness();
    let plan_id = new_plan(&h);
    let err = h.invoke("create_skill", json!({ "planId": plan_id, "input": skill("Presenting", 2, 9) })).unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("validation"), Some("targetLevel")));
    let err = h.invoke("list_skills", json!({ "planId": 4242 })).unwrap_err();
    assert_eq!(err["code"], "not_found");
}

#[test]
fn learning_actions_feed_the_balance() {
    let h = harness();
    let plan_id = new_plan(&h);
    let skill_id = h.invoke("create_skill", json!({ "planId": plan_id, "input": skill("Presenting", 2, 4) })).unwrap()
        ["id"]
        .clone();
    for (title, kind) in [
        ("Present at the all-hands", "experience"),
        ("Rehearse with my mentor", "people"),
        ("Read a book on talks", "courses"),
    ] {
        let action = json!({ "title": title, "kind": kind, "dueDate": "2026-04-01", "status": "planned" });
        h.invoke("create_learning_action", json!({ "skillId": skill_id, "input": action })).unwrap();
    }
    let actions = h.invoke("list_learning_actions", json!({ "planId": plan_id })).unwrap();
    assert_eq!(actions.as_array().unwrap().len(), 3);
    let first = actions[0]["id"].clone();
    let done = json!({ "title": "Present at the all-hands", "kind": "experience", "dueDate": "", "status": "done" });
    let updated = h.invoke("update_learning_action", json!({ "id": first, "input": done })).unwrap();
    assert_eq!((updated["status"].as_str(), &updated["dueDate"]), (Some("done"), &Value::Null));

    let balance = h.invoke("learning_balance", json!({ "planId": plan_id })).unwrap();
    assert_eq!(balance["total"], 3);
    assert_eq!(balance["experiencePercent"], 34);

    h.invoke("delete_learning_action", json!({ "id": first })).unwrap();
    let bad = json!({ "title": "", "kind": "people", "dueDate": "", "status": "planned" });
    let err = h.invoke("create_learning_action", json!({ "skillId": skill_id, "input": bad })).unwrap_err();
    assert_eq!(err["field"], "title");
}
