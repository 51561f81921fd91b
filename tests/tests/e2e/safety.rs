//! Nothing lost, nothing let in, end to end: a damaged data file is explained and recovered from a
//! backup in the window; backups are made on request; hostile text in every kind of field shows
//! as text and never runs.

use std::path::Path;

use cairn_core::{BackupReason, ImportMode, Store};
use serde_json::Value;

use crate::app::App;

/// A demo data folder with one backup made of it; returns the backup's name.
fn demo_with_backup(data: &Path) -> String {
    let store = Store::open(data.join("cairn.db")).unwrap();
    store.load_demo().unwrap();
    store.back_up(BackupReason::Manual).unwrap().name
}

#[tokio::test]
async fn a_damaged_data_file_is_explained_and_a_backup_brings_the_plan_back() {
    let data = tempfile::tempdir().unwrap();
    let backup = demo_with_backup(data.path());
    let garbage = b"SQLite format 3\0 but then a power cut scrambled the rest".repeat(200);
    std::fs::write(data.path().join("cairn.db"), &garbage).unwrap();
    let _ = std::fs::remove_file(data.path().join("cairn.db-wal"));

    let app = App::launch(data.path()).await;
    app.wait_for_text("[role='alert']", "Cairn could not open your data").await;
    app.wait_for_text("[role='alert']", "Your file has not been changed").await;
    app.wait_for_text("ul[aria-label='Backups']", "Made by you").await;
    app.screenshot("data-damaged").await;
    app.assert_accessible("the damaged-data screen").await;

    app.wait_for("button[aria-label^='Restore the backup from']").await.click().await.unwrap();
    app.button("Restore").await.click().await.expect("confirm the restore");
    app.wait_for_text("#dashboard-heading", "Road to Senior").await;
    app.wait_for_text("[role='status']", "damaged file was moved aside").await;
    app.quit().await;

    // The damaged file was kept, byte for byte, next to the backups; the restored one is whole.
    let kept: Vec<_> = std::fs::read_dir(data.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with("-damaged.db"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(std::fs::read(&kept[0]).unwrap(), garbage);
    assert!(data.path().join("backups").join(&backup).exists(), "the restored backup is still there");
    let store = Store::open(data.path().join("cairn.db")).unwrap();
    assert_eq!(store.list_plans().unwrap()[0].title, "Road to Senior");
}

#[tokio::test]
async fn a_backup_made_on_request_is_listed_with_the_daily_one() {
    let data = tempfile::tempdir().unwrap();
    Store::open(data.path().join("cairn.db")).unwrap().load_demo().unwrap();
    let app = App::launch(data.path()).await;
    app.wait_for("nav a[href='#/data']").await.click().await.unwrap();
    // The first start of the day made the daily backup.
    app.wait_for_text("ul[aria-label='Backups']", "Daily").await;
    app.button("Back up now").await.click().await.unwrap();
    app.wait_for_text("ul[aria-label='Backups']", "Made by you").await;
    app.wait_for_text("[role='status']", "Backed up").await;
    app.screenshot("data-backups").await;
    app.assert_accessible("the data screen").await;
    app.quit().await;
    assert_eq!(cairn_core::list_backups(&data.path().join("cairn.db")).unwrap().len(), 2);
}

/// Text that would run if any screen put user text into the page as HTML, a URL or a template.
const PAYLOADS: [&str; 6] = [
    "<img src=x onerror=\"window.__pwned='img'\">",
    "<script>window.__pwned='script'</script>",
    "javascript:window.__pwned='url'",
    "<a href=\"javascript:window.__pwned='link'\">click</a>",
    "<svg onload=\"window.__pwned='svg'\"></svg>",
    "{{constructor.constructor('window.__pwned=1')()}} ${7*7}",
];

/// Free-text columns of the export (docs/backup-format.md) and the room each has.
const TEXT_COLUMNS: [(&str, usize); 24] = [
    ("title", 200),
    ("goal", 2000),
    ("current_level", 80),
    ("target_level", 80),
    ("name", 120),
    ("why", 1000),
    ("notes", 4000),
    ("role", 120),
    ("cares_about", 1000),
    ("description", 4000),
    ("risks", 2000),
    ("outcome", 4000),
    ("evidence", 2000),
    ("what_happened", 4000),
    ("metric", 120),
    ("unit", 20),
    ("impact_note", 1000),
    ("witnesses", 1000),
    ("from_name", 120),
    ("said", 4000),
    ("response", 2000),
    ("with_name", 120),
    ("text", 500),
    ("owner", 120),
];

/// The demo with every free-text value replaced by a payload (numbered, so names stay unique).
fn hostile_demo(data: &Path) {
    let source = tempfile::tempdir().unwrap();
    let demo = Store::open(source.path().join("cairn.db")).unwrap();
    demo.load_demo().unwrap();
    let mut doc: Value = serde_json::from_str(&demo.export_json().unwrap()).unwrap();
    let mut n = 0;
    for rows in doc["tables"].as_object_mut().unwrap().values_mut() {
        for row in rows.as_array_mut().unwrap() {
            for (column, max) in TEXT_COLUMNS {
                if let Some(value) = row.get_mut(column).filter(|v| v.is_string()) {
                    n += 1;
                    let text = format!("{} {n}", PAYLOADS[n % PAYLOADS.len()]);
                    *value = Value::from(if text.chars().count() > max { format!("<b>{n}</b>") } else { text });
                }
            }
        }
    }
    let store = Store::open(data.join("cairn.db")).unwrap();
    store.import_json(&doc.to_string(), ImportMode::IntoEmpty).unwrap();
}

#[tokio::test]
async fn hostile_text_in_every_field_shows_as_text_and_never_runs() {
    let data = tempfile::tempdir().unwrap();
    hostile_demo(data.path());
    let app = App::launch(data.path()).await;
    app.wait_for("#dashboard-heading").await;
    let plan_link = app.wait_for("nav a[href^='#/plan/']").await.attr("href").await.unwrap().unwrap();
    let plan_id = plan_link.rsplit('/').next().unwrap().to_owned();

    for screen in ["dashboard", "plan", "skills", "stretch", "people", "milestones", "wins", "feedback", "meetings"] {
        app.client.execute(&format!("location.hash = '#/{screen}/{plan_id}'"), vec![]).await.unwrap();
        app.wait_for(&format!("nav a[href='#/{screen}/{plan_id}'][aria-current='page']")).await;
        app.wait_for_prop("main", "textContent", "<").await;
        let found = app
            .client
            .execute(
                "return {
                   pwned: window.__pwned ?? null,
                   injected: document.querySelectorAll(
                     'main img[src=\"x\"], main script, main svg[onload], main a[href^=\"javascript\"], main [onerror]'
                   ).length,
                   text: document.querySelector('main').textContent,
                 };",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(found["pwned"], Value::Null, "{screen}: user text ran as code");
        assert_eq!(found["injected"], 0, "{screen}: user text became elements");
        let text = found["text"].as_str().unwrap_or_default();
        assert!(
            PAYLOADS.iter().any(|p| text.contains(p)),
            "{screen}: the text should show literally, the screen says: {}",
            &text[..text.len().min(400)]
        );
        assert!(!text.contains("}} 49"), "{screen}: a template was evaluated");
    }
    // Search shows hits with the same text, still inert.
    app.wait_for("button.search-button").await.click().await.unwrap();
    app.fill("search-input", "img").await;
    app.wait_for_prop("[role='dialog']", "textContent", "<img src=x").await;
    let pwned = app.client.execute("return window.__pwned ?? null", vec![]).await.unwrap();
    assert_eq!(pwned, Value::Null, "search results ran user text");
    app.screenshot("hostile-text-search").await;
    app.quit().await;
}

#[tokio::test]
async fn a_read_only_data_folder_is_explained_without_touching_the_file() {
    let data = tempfile::tempdir().unwrap();
    Store::open(data.path().join("cairn.db")).unwrap().load_demo().unwrap();
    let before = std::fs::read(data.path().join("cairn.db")).unwrap();
    let app = App::launch_read_only(data.path()).await;
    app.wait_for_text("[role='alert']", "cannot be written to").await;
    app.wait_for_text("[role='alert']", "make this one writable").await;
    app.screenshot("data-read-only").await;
    app.assert_accessible("the read-only data screen").await;
    app.quit().await;
    assert_eq!(std::fs::read(data.path().join("cairn.db")).unwrap(), before, "the file is as it was");
}
