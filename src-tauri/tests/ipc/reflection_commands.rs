//! Weekly-reflection and review-cycle commands through Tauri's IPC layer, without a window.

use crate::common;

use chrono::{Datelike, Days, Local};
use common::{harness, plan_input};
use serde_json::json;

#[test]
fn this_weeks_reflection_opens_prefilled_saves_and_turns_a_line_into_a_win() {
    let h = harness();
    let today = Local::now().date_naive();
    let input = plan_input("Now", &(today - Days::new(60)).to_string(), &(today + Days::new(200)).to_string());
    let plan_id = h.invoke("create_plan", json!({ "input": input })).unwrap()["id"].as_i64().unwrap();
    let week = format!("{}-W{:02}", today.iso_week().year(), today.iso_week().week());
    h.invoke(
        "create_win",
        json!({ "planId": plan_id, "input": { "date": today.to_string(), "title": "Shipped search" } }),
    )
    .unwrap();

    let opened = h.invoke("reflection_week", json!({ "planId": plan_id, "week": week })).unwrap();
    assert_eq!(opened["isCurrent"], true);
    assert_eq!(opened["reflection"], serde_json::Value::Null);
    assert_eq!(opened["draft"]["moved"], "Win: Shipped search");
    assert_eq!(opened["facts"][0]["kind"], "win");

    let saved = h
        .invoke(
            "save_reflection",
            json!({ "planId": plan_id, "week": week,
                    "input": { "moved": "Paired on the indexer", "focus": "Write the RFC", "confidence": 4 } }),
        )
        .unwrap();
    assert_eq!((saved["week"]["week"].as_str(), saved["energy"].is_null()), (Some(week.as_str()), true));

    let made = h
        .invoke(
            "make_from_reflection_line",
            json!({ "line": { "reflectionId": saved["id"], "text": "Paired on the indexer", "target": "win" } }),
        )
        .unwrap();
    assert_eq!(made["kind"], "win");
    let win = h.invoke("get_win", json!({ "id": made["id"] })).unwrap();
    assert_eq!(win["fromWeek"].as_str(), Some(week.as_str()));

    let history = h.invoke("reflection_history", json!({ "planId": plan_id })).unwrap();
    assert_eq!(history["weeks"][0]["reflection"]["made"][0]["title"], "Paired on the indexer");
    assert!(history["missed"].as_u64().unwrap() >= 8, "{}", history["missed"]);
    let dashboard = h.invoke("dashboard", json!({ "planId": plan_id })).unwrap();
    assert_eq!(
        (dashboard["focus"]["text"].as_str(), dashboard["reflectionDue"].as_bool()),
        (Some("Write the RFC"), Some(false))
    );

    let next_week = (today + Days::new(7)).iso_week();
    let err = h
        .invoke(
            "save_reflection",
            json!({ "planId": plan_id, "week": format!("{}-W{:02}", next_week.year(), next_week.week()),
                    "input": { "moved": "x" } }),
        )
        .unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("validation"), Some("week")));

    let deleted = h.invoke("delete_reflection", json!({ "id": saved["id"] })).unwrap();
    assert!(deleted["undoId"].is_number());
    assert_eq!(h.invoke("get_win", json!({ "id": made["id"] })).unwrap()["fromWeek"], serde_json::Value::Null);
}

#[test]
fn review_cycle_dates_count_down_and_a_milestone_ties_to_one() {
    let h = harness();
    let today = Local::now().date_naive();
    let input = plan_input("Now", &(today - Days::new(60)).to_string(), &(today + Days::new(200)).to_string());
    let plan_id = h.invoke("create_plan", json!({ "input": input })).unwrap()["id"].as_i64().unwrap();
    let day = (today + Days::new(12)).to_string();
    let created = h
        .invoke("create_cycle_date", json!({ "planId": plan_id, "input": { "kind": "self_review", "date": day } }))
        .unwrap();
    assert_eq!((created["name"].as_str(), created["daysUntil"].as_i64()), (Some("Self-review due"), Some(12)));
    let tied = h
        .invoke(
            "create_milestone",
            json!({ "planId": plan_id, "input": { "title": "Draft the self-review", "status": "planned",
                                                   "cycleDateId": created["id"] } }),
        )
        .unwrap();
    assert_eq!(tied["cycleDateId"], created["id"]);
    let dashboard = h.invoke("dashboard", json!({ "planId": plan_id })).unwrap();
    assert_eq!(dashboard["reviewCycle"][0]["daysUntil"], 12);

    let renamed = h
        .invoke(
            "update_cycle_date",
            json!({ "id": created["id"], "input": { "kind": "self_review", "name": "Self-review draft", "date": day } }),
        )
        .unwrap();
    assert_eq!(renamed["name"], "Self-review draft");
    let bad = h
        .invoke("create_cycle_date", json!({ "planId": plan_id, "input": { "kind": "decision", "date": "someday" } }))
        .unwrap_err();
    assert_eq!(bad["field"], "date");
    h.invoke("delete_cycle_date", json!({ "id": created["id"] })).unwrap();
    assert_eq!(h.invoke("list_cycle_dates", json!({ "planId": plan_id })).unwrap(), json!([]));
}
