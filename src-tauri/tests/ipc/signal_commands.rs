//! The senior signals' commands (mentoring, visibility, feedback requests and given) through
//! Tauri's IPC layer, without a window: what a screen sends, what it gets back, and the errors it
//! shows next to a field.

use crate::common;

use chrono::{Days, Local};
use common::{harness, plan_input};
use serde_json::json;

fn running_plan(h: &common::Harness) -> i64 {
    let today = Local::now().date_naive();
    let input = plan_input("Now", &(today - Days::new(60)).to_string(), &(today + Days::new(200)).to_string());
    h.invoke("create_plan", json!({ "input": input })).unwrap()["id"].as_i64().unwrap()
}

fn mentee(h: &common::Harness, name: &str) -> serde_json::Value {
    let person = json!({ "name": name, "role": "Junior engineer", "relationship": "mentee", "influence": 1,
                         "interest": 3, "stance": "supporter", "caresAbout": "", "cadenceDays": 14 });
    h.invoke("create_stakeholder", json!({ "input": person })).unwrap()["id"].clone()
}

#[test]
fn a_mentee_gets_goals_and_a_session_whose_agenda_starts_from_them() {
    let h = harness();
    let plan = running_plan(&h);
    let sam = mentee(&h, "Sam Okafor");
    let today = Local::now().date_naive().to_string();
    let goal = h
        .invoke(
            "create_mentee_goal",
            json!({ "planId": plan, "stakeholderId": sam, "input": { "text": "Lead a design review", "status": "open" } }),
        )
        .unwrap();
    let session = h
        .invoke("create_mentoring_session", json!({ "planId": plan, "input": { "stakeholderId": sam, "date": today } }))
        .unwrap();
    assert_eq!(session["agenda"][0]["text"], "Goal: Lead a design review");
    assert_eq!(session["agenda"][0]["goalId"], goal["id"]);
    let item =
        h.invoke("add_mentoring_item", json!({ "sessionId": session["id"], "text": "On-call worries" })).unwrap();
    h.invoke("set_mentoring_item_done", json!({ "id": item["id"], "done": true })).unwrap();
    let err = h
        .invoke(
            "update_mentoring_session",
            json!({ "id": session["id"], "input": { "date": "someday", "topics": "x" } }),
        )
        .unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("validation"), Some("date")));
    h.invoke(
        "update_mentoring_session",
        json!({ "id": session["id"], "input": { "date": today, "topics": "Reviews", "willTry": "Draft the agenda" } }),
    )
    .unwrap();

    let mentees = h.invoke("list_mentees", json!({ "planId": plan })).unwrap();
    assert_eq!(mentees[0]["person"]["name"], "Sam Okafor");
    assert_eq!(mentees[0]["sessions"][0]["agenda"][1]["done"], true);
    assert_eq!(mentees[0]["checkIn"]["lastInteraction"].as_str(), Some(today.as_str()), "a session is contact");
    let dashboard = h.invoke("dashboard", json!({ "planId": plan })).unwrap();
    assert_eq!(dashboard["mentoring"]["sessionsThisQuarter"], 1);

    let deleted = h.invoke("delete_mentoring_session", json!({ "id": session["id"] })).unwrap();
    h.invoke("undo_delete", json!({ "undoId": deleted["undoId"] })).unwrap();
    assert_eq!(
        h.invoke("list_mentees", json!({ "planId": plan })).unwrap()[0]["sessions"][0]["agenda"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn visibility_records_are_listed_spread_and_checked() {
    let h = harness();
    let plan = running_plan(&h);
    let today = Local::now().date_naive().to_string();
    let talk = json!({ "kind": "talk", "title": "All-hands talk", "date": today, "audience": "company", "audienceSize": 200,
                       "link": "https://wiki.example.com/talk", "outcome": "Two teams followed up", "skillIds": [] });
    let created = h.invoke("create_visibility", json!({ "planId": plan, "input": talk })).unwrap();
    assert_eq!((created["audience"].as_str(), created["audienceSize"].as_u64()), (Some("company"), Some(200)));
    let spread = h.invoke("visibility_spread", json!({ "planId": plan })).unwrap();
    assert_eq!(spread["total"]["company"], 1);
    let mut bad = talk.clone();
    bad["audience"] = json!("galaxy");
    let err = h.invoke("create_visibility", json!({ "planId": plan, "input": bad })).unwrap_err();
    assert!(
        err.as_str().is_some_and(|e| e.contains("unknown variant `galaxy`")),
        "Tauri refuses it before the core: {err}"
    );
    let mut bad = talk;
    bad["audienceSize"] = json!(0);
    assert_eq!(
        h.invoke("create_visibility", json!({ "planId": plan, "input": bad })).unwrap_err()["field"],
        "audienceSize"
    );
}

#[test]
fn a_request_is_answered_in_one_step_and_feedback_given_is_logged() {
    let h = harness();
    let plan = running_plan(&h);
    let dev = mentee(&h, "Dev Patel");
    let today = Local::now().date_naive().to_string();
    let request = h
        .invoke(
            "create_feedback_request",
            json!({ "planId": plan, "input": { "stakeholderId": dev, "about": "question",
                    "question": "How did my RFC land?", "status": "asked" } }),
        )
        .unwrap();
    assert_eq!(request["topic"], "How did my RFC land?");
    let answered = h
        .invoke(
            "answer_feedback_request",
            json!({ "id": request["id"], "answer": { "date": today, "stakeholderId": dev, "kind": "praise",
                    "said": "Clear and short.", "status": "resolved" } }),
        )
        .unwrap();
    assert_eq!(answered["request"]["status"], "answered");
    assert_eq!(answered["feedback"]["answers"], "How did my RFC land?");
    let listed = h.invoke("list_feedback_requests", json!({ "planId": plan })).unwrap();
    assert_eq!(listed["counts"]["answered"], 1);

    let given = h
        .invoke(
            "create_feedback_given",
            json!({ "planId": plan, "input": { "date": today, "personName": "Sam", "context": "code_review",
                    "kind": "constructive", "about": "Name the failure modes", "notes": "Private" } }),
        )
        .unwrap();
    assert_eq!(given["to"], "Sam");
    assert_eq!(h.invoke("list_feedback_given", json!({ "planId": plan })).unwrap().as_array().unwrap().len(), 1);
    let err = h
        .invoke(
            "create_feedback_given",
            json!({ "planId": plan, "input": { "date": today, "context": "code_review", "kind": "praise", "about": "x" } }),
        )
        .unwrap_err();
    assert_eq!(err["field"], "personName");
}
