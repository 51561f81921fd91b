//! Export commands through Tauri's IPC layer, without a window: the paper setting and the previews
//! the export panel shows before anything is written. (Writing goes through the native save dialog;
//! `commands::export`'s own tests cover the write, the e2e suite covers the dialog.)

use crate::common;

use common::harness;
use serde_json::json;

#[test]
fn the_paper_is_a4_until_chosen_and_kept() {
    let h = harness();
    assert_eq!(h.invoke("get_paper", json!({})).unwrap(), "a4");
    h.invoke("set_paper", json!({ "paper": "us_letter" })).unwrap();
    assert_eq!(h.invoke("get_paper", json!({})).unwrap(), "us_letter");
    let err = h.invoke("set_paper", json!({ "paper": "tabloid" })).unwrap_err();
    assert!(err.to_string().contains("tabloid"), "{err}");
}

#[test]
fn previews_say_what_each_section_holds_and_which_are_private() {
    let h = harness();
    let plan = h.invoke("load_demo", json!({})).unwrap();
    let people = h.invoke("list_stakeholders", json!({})).unwrap();
    let priya = people.as_array().unwrap().iter().find(|p| p["name"] == "Priya Raman").unwrap()["id"].clone();
    let date = chrono::Local::now().date_naive().to_string();

    let brief = h
        .invoke("brief_preview", json!({ "request": { "planId": plan["id"], "date": date, "stakeholderId": priya } }))
        .unwrap();
    let sections = brief.as_array().unwrap();
    assert_eq!(sections.len(), 11);
    let private: Vec<_> = sections.iter().filter(|s| s["private"] == true).map(|s| s["section"].clone()).collect();
    assert_eq!(private, vec![json!("focus"), json!("notes"), json!("mentee_names")]);
    let skills = sections.iter().find(|s| s["section"] == "skills").unwrap();
    assert_eq!((skills["private"].clone(), skills["summary"].clone()), (json!(false), json!("5 skills")));

    let whole = h.invoke("plan_preview", json!({ "planId": plan["id"] })).unwrap();
    let private: Vec<_> =
        whole.as_array().unwrap().iter().filter(|s| s["private"] == true).map(|s| s["section"].clone()).collect();
    assert_eq!(
        private,
        vec![
            json!("people_details"),
            json!("skill_notes"),
            json!("reflections"),
            json!("retrospective"),
            json!("signal_notes"),
            json!("mentee_names")
        ]
    );
    let mentoring = whole.as_array().unwrap().iter().find(|s| s["section"] == "mentoring").unwrap();
    assert_eq!(mentoring["summary"], "2 mentees, 5 sessions");

    let unknown = h.invoke("plan_preview", json!({ "planId": 999 })).unwrap_err();
    assert_eq!(unknown["code"], "not_found");
}
