//! The rhythm's commands (weekly reflection, review cycle, monthly review, settings, closing a
//! plan) through Tauri's IPC layer, without a window.

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

#[test]
fn a_monthly_review_resumes_and_finishes_through_the_commands() {
    let h = harness();
    let today = Local::now().date_naive();
    let input = plan_input("Now", &(today - Days::new(60)).to_string(), &(today + Days::new(200)).to_string());
    let plan_id = h.invoke("create_plan", json!({ "input": input })).unwrap()["id"].as_i64().unwrap();
    let status = h.invoke("review_status", json!({ "planId": plan_id })).unwrap();
    assert_eq!(status["due"], true, "a month after the start has passed");
    let review = h.invoke("start_monthly_review", json!({ "planId": plan_id })).unwrap();
    h.invoke("save_monthly_review_progress", json!({ "id": review["id"], "step": 2, "summary": "draft" })).unwrap();
    let again = h.invoke("start_monthly_review", json!({ "planId": plan_id })).unwrap();
    assert_eq!((again["id"].clone(), again["step"].clone()), (review["id"].clone(), json!(2)));
    let items = h.invoke("review_items", json!({ "planId": plan_id })).unwrap();
    assert!(items["skills"].as_array().unwrap().is_empty());
    let err = h.invoke("finish_monthly_review", json!({ "id": review["id"], "summary": "" })).unwrap_err();
    assert_eq!(err["field"], "summary");
    let done = h.invoke("finish_monthly_review", json!({ "id": review["id"], "summary": "Quiet." })).unwrap();
    assert_eq!(done["completedOn"], today.to_string());
}

#[test]
fn settings_and_closing_a_plan_through_the_commands() {
    let h = harness();
    let slot = h.invoke("get_reflection_slot", json!({})).unwrap();
    assert_eq!(slot, json!({ "day": "friday", "time": "15:00" }));
    let bad = h.invoke("set_reflection_slot", json!({ "slot": { "day": "monday", "time": "25:99" } })).unwrap_err();
    assert_eq!(bad["field"], "time");
    let mut reminders = h.invoke("get_reminder_settings", json!({})).unwrap();
    reminders["selfAssessment"] = json!(false);
    let saved = h.invoke("set_reminder_settings", json!({ "settings": reminders })).unwrap();
    assert_eq!(saved["selfAssessment"], false);

    let today = Local::now().date_naive();
    let input = plan_input("Old", &(today - Days::new(250)).to_string(), &(today - Days::new(10)).to_string());
    let old = h.invoke("create_plan", json!({ "input": input })).unwrap()["id"].as_i64().unwrap();
    let closed = h
        .invoke(
            "close_plan",
            json!({ "id": old, "input": { "outcome": "promoted", "retrospective": { "worked": "Wins log" } } }),
        )
        .unwrap();
    assert_eq!((closed["outcome"].as_str(), closed["status"].as_str()), (Some("promoted"), Some("completed")));
    let refused = h
        .invoke("create_win", json!({ "planId": old, "input": { "date": today.to_string(), "title": "Late" } }))
        .unwrap_err();
    assert_eq!(refused["code"], "conflict");
    let next_input = plan_input("Next", &today.to_string(), &(today + Days::new(270)).to_string());
    let next = h.invoke("continue_plan", json!({ "id": old, "input": { "plan": next_input } })).unwrap();
    assert_eq!(next["continuedFrom"], old);
    let reopened = h.invoke("reopen_plan", json!({ "id": old })).unwrap();
    assert_eq!(reopened["closedOn"], serde_json::Value::Null);
    assert_eq!(reopened["continuedBy"], next["id"]);
}
