//! Win and feedback commands through Tauri's IPC layer, without a window.

use crate::common;

use common::{harness, new_plan};
use serde_json::json;

fn yesterday() -> String {
    (chrono::Local::now().date_naive() - chrono::Days::new(1)).to_string()
}

#[test]
fn wins_carry_their_impact_summary() {
    let h = harness();
    let plan_id = new_plan(&h);
    let win = json!({
        "date": yesterday(),
        "title": "Halved the CI time",
        "metric": "CI build time",
        "baseline": 18,
        "result": 9,
        "unit": "min",
        "witnesses": "Platform team"
    });
    let created = h.invoke("create_win", json!({ "planId": plan_id, "input": win })).unwrap();
    assert_eq!(created["impactSummary"], "CI build time: 18 → 9 min (−50%)");
    let mut edited = win.clone();
    edited["title"] = json!("Halved the CI build time");
    let updated = h.invoke("update_win", json!({ "id": created["id"], "input": edited })).unwrap();
    assert_eq!(updated["title"], "Halved the CI build time");
    assert_eq!(h.invoke("list_wins", json!({ "planId": plan_id })).unwrap().as_array().unwrap().len(), 1);
    h.invoke("delete_win", json!({ "id": created["id"] })).unwrap();

    let no_metric = json!({ "date": yesterday(), "title": "Figures without a metric", "baseline": 1, "result": 2 });
    let err = h.invoke("create_win", json!({ "planId": plan_id, "input": no_metric })).unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("validation"), Some("metric")));
}

#[test]
fn feedback_from_a_free_name_round_trips_and_needs_words() {
    let h = harness();
    let plan_id = new_plan(&h);
    let fb = json!({
        "date": yesterday(),
        "fromName": "Guild reviewer",
        "kind": "praise",
        "said": "The migration guide was the clearest we have had.",
        "status": "open"
    });
    let created = h.invoke("create_feedback", json!({ "planId": plan_id, "input": fb })).unwrap();
    assert_eq!((created["from"].as_str(), created["kind"].as_str()), (Some("Guild reviewer"), Some("praise")));
    let mut resolved = fb.clone();
    resolved["status"] = json!("resolved");
    assert_eq!(
        h.invoke("update_feedback", json!({ "id": created["id"], "input": resolved })).unwrap()["status"],
        "resolved"
    );
    assert_eq!(h.invoke("list_feedback", json!({ "planId": plan_id })).unwrap().as_array().unwrap().len(), 1);
    h.invoke("delete_feedback", json!({ "id": created["id"] })).unwrap();

    let mut silent = fb.clone();
    silent["said"] = json!("");
    let err = h.invoke("create_feedback", json!({ "planId": plan_id, "input": silent })).unwrap_err();
    assert_eq!(err["field"], "said");
}

#[test]
fn the_wins_and_feedback_screens_read_a_page_with_its_counts() {
    let h = harness();
    let plan_id = new_plan(&h);
    for i in 0..7 {
        let win = json!({ "date": yesterday(), "title": format!("Win {i}") });
        h.invoke("create_win", json!({ "planId": plan_id, "input": win })).unwrap();
        let fb = json!({ "date": yesterday(), "fromName": "Sam", "kind": "praise", "said": format!("Note {i}"),
                         "status": if i < 2 { "open" } else { "resolved" } });
        h.invoke("create_feedback", json!({ "planId": plan_id, "input": fb })).unwrap();
    }
    let page = h
        .invoke("list_wins_page", json!({ "planId": plan_id, "skillId": null, "page": { "offset": 0, "limit": 5 } }))
        .unwrap();
    assert_eq!((page["wins"].as_array().unwrap().len(), &page["matching"], &page["total"]), (5, &json!(7), &json!(7)));
    assert_eq!(page["wins"][0]["title"], "Win 6");

    let open =
        h.invoke("list_feedback_page", json!({ "planId": plan_id, "status": "open", "page": { "limit": 5 } })).unwrap();
    assert_eq!(open["items"].as_array().unwrap().len(), 2);
    assert_eq!(open["counts"], json!({ "all": 7, "open": 2, "acting": 0, "resolved": 5 }));

    let err = h
        .invoke("list_wins_page", json!({ "planId": plan_id, "skillId": null, "page": { "offset": 0, "limit": 0 } }))
        .unwrap_err();
    assert_eq!((err["code"].as_str(), err["field"].as_str()), (Some("validation"), Some("limit")));
}
