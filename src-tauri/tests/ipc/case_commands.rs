//! The case's commands through Tauri's IPC layer, without a window: the built-in ladder copied,
//! the self-review written and settled, and candidate wins from a repository made here with the
//! git program (the folder dialog is the e2e tests' part).

use std::path::Path;
use std::process::Command;

use crate::common;

use common::harness;
use serde_json::json;

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", "-c", "user.name=Ana"])
        .args(["-c", "user.email=ana@example.com"])
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("the git program runs");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn the_demo_reviews_itself_against_the_built_in_ladder_and_keeps_the_persons_words() {
    let h = harness();
    let plan = h.invoke("load_demo", json!({})).unwrap()["id"].clone();
    let frameworks = h.invoke("list_frameworks", json!({})).unwrap();
    let builtin = frameworks.as_array().unwrap().iter().find(|f| f["builtin"] == true).unwrap();
    let err = h.invoke("delete_framework", json!({ "id": builtin["id"] })).unwrap_err();
    assert_eq!(err["code"], "conflict");
    let copy = h.invoke("copy_framework", json!({ "id": builtin["id"], "name": "Our ladder" })).unwrap();
    assert_eq!(copy["builtin"], false);

    let review = h.invoke("self_review", json!({ "planId": plan })).unwrap();
    assert_eq!(review["framework"], "Cairn ladder: individual contributor, Senior engineer");
    let key = review["sections"][0]["key"].clone();
    assert_eq!(key["by"], "topic");
    let saved = h
        .invoke("save_review_section", json!({ "planId": plan, "key": key, "text": "My own words about depth." }))
        .unwrap();
    assert_eq!(saved["sections"][0]["text"], "My own words about depth.");
    assert_eq!(saved["sections"][0]["words"], 5);
    assert_eq!(saved["sections"][0]["saved"], true);
    let err =
        h.invoke("settle_review_draft", json!({ "planId": plan, "key": review["sections"][6]["key"], "take": true }));
    assert_eq!(err.unwrap_err()["field"], "key");
    let err = h.invoke("set_review_period", json!({ "planId": plan, "from": "2026-10-01", "to": "2026-01-01" }));
    assert_eq!(err.unwrap_err()["field"], "to");
    let back = h.invoke("set_review_period", json!({ "planId": plan, "from": "", "to": "" })).unwrap();
    assert_eq!(back["chosenPeriod"], false);
}

#[test]
fn a_candidate_from_git_history_becomes_a_win_once() {
    let h = harness();
    let plan = h.invoke("load_demo", json!({})).unwrap()["id"].clone();
    let dir = tempfile::tempdir().unwrap();
    git(dir.path(), &["init", "-q"]);
    std::fs::write(dir.path().join("a.rs"), "fn a() {}\n").unwrap();
    git(dir.path(), &["add", "a.rs"]);
    git(dir.path(), &["commit", "-q", "-m", "Retry the payment webhook (#88)", "--date=3.days.ago"]);
    // The folder is chosen in the dialog; here the store adds it, as the dialog's answer would.
    let repo = {
        let state = h.state();
        state.with_store(|s| s.add_git_repo(&dir.path().to_string_lossy())).unwrap()
    };
    let err = h.invoke("scan_git_repo", json!({ "planId": plan, "repoId": repo.id })).unwrap_err();
    assert_eq!(err["field"], "authors");
    h.invoke("set_git_authors", json!({ "emails": ["ana@example.com"] })).unwrap();
    let report = h.invoke("scan_git_repo", json!({ "planId": plan, "repoId": repo.id })).unwrap();
    assert_eq!(report["proposed"], 1);
    let harvest = h.invoke("harvest", json!({ "planId": plan })).unwrap();
    let candidate = harvest["candidates"][0].clone();
    assert_eq!(candidate["title"], "Retry the payment webhook");
    let mut draft = h.invoke("candidate_win_draft", json!({ "id": candidate["id"] })).unwrap();
    draft["myPart"] = json!("I wrote the retry.");
    let win = h.invoke("accept_candidate", json!({ "planId": plan, "id": candidate["id"], "input": draft })).unwrap();
    assert_eq!(win["myPart"], "I wrote the retry.");
    let again = h.invoke("accept_candidate", json!({ "planId": plan, "id": candidate["id"], "input": draft }));
    assert_eq!(again.unwrap_err()["code"], "conflict");
    assert_eq!(h.invoke("harvest", json!({ "planId": plan })).unwrap()["candidates"], json!([]));
    h.invoke("remove_git_repo", json!({ "id": repo.id })).unwrap();
}
