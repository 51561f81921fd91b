//! Nothing lost, nothing let in, end to end: a damaged data file is explained and recovered from a
//! backup in the window; backups are made on request; hostile text in every kind of field shows
//! as text and never runs.

use std::path::Path;

use cairn_core::{BackupReason, EvidenceInput, EvidenceKind, ImportMode, PlanLadderInput, Store};
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

#[tokio::test]
async fn a_daily_backup_that_fails_is_shown_on_data_and_backups_and_logged() {
    let data = tempfile::tempdir().unwrap();
    Store::open(data.path().join("cairn.db")).unwrap().load_demo().unwrap();
    // A file where the backups folder should be: the day's first backup cannot be made.
    std::fs::write(data.path().join("backups"), b"in the way").unwrap();
    let app = App::launch(data.path()).await;
    app.wait_for("nav a[href='#/data']").await.click().await.unwrap();
    // The folder cannot be listed either (the same cause): both are said, each in its own words.
    app.wait_for_text("[role='alert'].backup-failed", "automatic backup failed").await;
    app.wait_for_text("[role='alert'].backup-failed", "cairn.log").await;
    app.wait_for_text("[role='alert']:not(.backup-failed)", "Could not list the backups").await;
    app.screenshot("data-backup-failed").await;
    app.assert_accessible("the data screen with a failed backup").await;
    app.quit().await;
    let log = std::fs::read_to_string(data.path().join("cairn.log")).expect("the failure was logged");
    assert!(log.contains("ERROR today's backup failed"), "{log}");
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
const TEXT_COLUMNS: [(&str, usize); 33] = [
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
    ("situation", 4000),
    ("my_part", 4000),
    ("metric", 120),
    ("unit", 20),
    ("impact_note", 1000),
    ("witnesses", 1000),
    ("from_name", 120),
    ("said", 4000),
    ("response", 2000),
    ("with_name", 120),
    ("text", 300),
    ("owner", 120),
    ("topics", 4000),
    ("will_try", 4000),
    ("learned", 4000),
    ("about", 200),
    ("link", 2000),
    ("mentee_name", 120),
    ("person_name", 120),
];

/// A planted value: the payload with a number, so each one can be looked for on the screens.
struct Planted {
    table: String,
    column: &'static str,
    text: String,
}

/// The demo with every free-text value replaced by a payload (numbered, so names stay unique), and
/// a framework whose topics and expectations are payloads too, held by the plan with a win as
/// evidence, so Readiness shows them. Returns every value planted.
fn hostile_demo(data: &Path) -> Vec<Planted> {
    let source = tempfile::tempdir().unwrap();
    let demo = Store::open(source.path().join("cairn.db")).unwrap();
    demo.load_demo().unwrap();
    let mut doc: Value = serde_json::from_str(&demo.export_json().unwrap()).unwrap();
    let mut planted = Vec::new();
    let mut n = 0;
    // Cairn's built-in ladder is Cairn's words: an import puts them back (a test of its own).
    let ids = |table: &str, pick: &dyn Fn(&Value) -> bool| -> Vec<Value> {
        doc["tables"][table].as_array().unwrap().iter().filter(|r| pick(r)).map(|r| r["id"].clone()).collect()
    };
    let builtin = ids("framework", &|r| !r["builtin"].is_null());
    let builtin_topics = ids("framework_topic", &|r| builtin.contains(&r["framework_id"]));
    let ours = |table: &str, row: &Value| match table {
        "framework" => builtin.contains(&row["id"]),
        "framework_level" | "framework_topic" => builtin.contains(&row["framework_id"]),
        "expectation" => builtin_topics.contains(&row["topic_id"]),
        _ => false,
    };
    for (table, rows) in doc["tables"].as_object_mut().unwrap() {
        for row in rows.as_array_mut().unwrap() {
            if ours(table, row) {
                continue;
            }
            for (column, max) in TEXT_COLUMNS {
                // A request's `about` is a word (skill, expectation…), not free text; a weekly
                // reflection's text is private to the Reflection screen, which this walk skips.
                if matches!((table.as_str(), column), ("feedback_request", "about") | ("reflection", "learned")) {
                    continue;
                }
                // A name kept for when the person is gone (feedback's from, a meeting's with) is
                // not shown while the row points at someone on the map: their current name is.
                let fallback_name = matches!(column, "from_name" | "with_name" | "mentee_name" | "person_name")
                    && !row["stakeholder_id"].is_null();
                if let Some(value) = row.get_mut(column).filter(|v| v.is_string()) {
                    n += 1;
                    let text = format!("{} {n}", PAYLOADS[n % PAYLOADS.len()]);
                    let text = if text.chars().count() > max { format!("<b>{n}</b>") } else { text };
                    *value = Value::from(text.clone());
                    if !fallback_name {
                        planted.push(Planted { table: table.clone(), column, text });
                    }
                }
            }
        }
    }
    let store = Store::open(data.join("cairn.db")).unwrap();
    store.import_json(&doc.to_string(), ImportMode::IntoEmpty).unwrap();

    // A framework of payloads: two levels, one topic, an expectation at each.
    let quoted = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let (topic, low, high) =
        (format!("{} T", PAYLOADS[0]), format!("{} E3", PAYLOADS[3]), format!("{} E4", PAYLOADS[4]));
    let csv = format!(
        "topic,level,expectation,example\n{t},L3,{l},\n{t},L4,{h},\n",
        t = quoted(&topic),
        l = quoted(&low),
        h = quoted(&high)
    );
    let draft = cairn_core::parse_framework_file("ladder.csv", csv.as_bytes(), None).unwrap();
    let framework = store.import_framework(&draft, "ladder.csv").unwrap();
    let f = store.get_framework(framework.id).unwrap();
    let plan = store.list_plans().unwrap()[0].id;
    let (l3, l4) = (f.summary.levels[0].id, f.summary.levels[1].id);
    store
        .set_plan_ladder(
            plan,
            &PlanLadderInput { framework_id: framework.id, current_level_id: l3, target_level_id: l4 },
        )
        .unwrap();
    let win = store.list_wins(plan).unwrap()[0].id;
    let expectation_id = f.topics[0].expectations.iter().find(|e| e.text == high).unwrap().id;
    store.link_evidence(plan, &EvidenceInput { expectation_id, kind: EvidenceKind::Win, ref_id: win }).unwrap();
    for text in [topic, high] {
        planted.push(Planted { table: "framework".into(), column: "text", text });
    }
    planted
}

/// Everything the window shows now (all of the document: sidebar, panels, dialogs, toasts, field
/// values, labels), and whether any user text ran or became an element anywhere in it.
async fn harvest(app: &App, seen: &mut String, where_: &str) {
    let found = app
        .client
        .execute(
            "const parts = [document.documentElement.textContent];
             for (const el of document.querySelectorAll('input, textarea, select')) parts.push(el.value);
             for (const el of document.querySelectorAll('[aria-label], [title], [alt]')) {
               parts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '', el.getAttribute('alt') ?? '');
             }
             return {
               pwned: window.__pwned ?? null,
               injected: document.querySelectorAll(
                 'img[src=\"x\"], svg[onload], [onerror], [onload], a[href^=\"javascript\"]'
               ).length,
               scripts: [...document.scripts].filter((s) => s.textContent.includes('__pwned')).length,
               text: parts.join('\\n'),
             };",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(found["pwned"], Value::Null, "{where_}: user text ran as code");
    assert_eq!(found["injected"], 0, "{where_}: user text became elements");
    assert_eq!(found["scripts"], 0, "{where_}: user text became a script");
    let text = found["text"].as_str().unwrap_or_default();
    assert!(!text.contains("}} 49"), "{where_}: a template was evaluated");
    seen.push_str(text);
    seen.push('\n');
}

/// Clicks, in turn, every element matching `css` (by index: their labels are payloads), harvesting
/// what each one opens.
async fn open_each(app: &App, css: &str, seen: &mut String, where_: &str) {
    let count = app.client.execute(&format!("return document.querySelectorAll({css:?}).length"), vec![]).await.unwrap();
    for i in 0..count.as_u64().unwrap_or(0) {
        app.client.execute(&format!("document.querySelectorAll({css:?})[{i}].click()"), vec![]).await.unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        harvest(app, seen, &format!("{where_} #{i}")).await;
    }
}

#[tokio::test]
async fn hostile_text_in_every_field_shows_as_text_and_never_runs() {
    let data = tempfile::tempdir().unwrap();
    let planted = hostile_demo(data.path());
    let app = App::launch(data.path()).await;
    app.wait_for("#dashboard-heading").await;
    let plan_link = app.wait_for("nav a[href^='#/plan/']").await.attr("href").await.unwrap().unwrap();
    let plan_id = plan_link.rsplit('/').next().unwrap().to_owned();
    let mut seen = String::new();

    for screen in [
        "dashboard",
        "plan",
        "skills",
        "stretch",
        "people",
        "milestones",
        "wins",
        "feedback",
        "meetings",
        "readiness",
        "mentoring",
        "visibility",
        "selfreview",
    ] {
        app.client.execute(&format!("location.hash = '#/{screen}/{plan_id}'"), vec![]).await.unwrap();
        app.wait_for(&format!("nav a[href='#/{screen}/{plan_id}'][aria-current='page']")).await;
        app.wait_for_prop("main", "textContent", "<").await;
        harvest(&app, &mut seen, screen).await;
        match screen {
            // Every card's edit panel (notes, why, what they care about show in the form).
            "skills" | "stretch" | "milestones" | "wins" | "visibility" => {
                open_each(&app, "main button[aria-label^='Edit']", &mut seen, screen).await;
            }
            // Received, asked for and given: each tab, and each card's edit panel.
            "feedback" => {
                for tab in 0..3 {
                    app.client
                        .execute(&format!("document.querySelectorAll(\"main [role='tab']\")[{tab}].click()"), vec![])
                        .await
                        .unwrap();
                    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
                    harvest(&app, &mut seen, &format!("feedback tab {tab}")).await;
                    open_each(&app, "main button[aria-label^='Edit']", &mut seen, screen).await;
                }
            }
            // Each session's panel: its agenda, topics and notes.
            "mentoring" => open_each(&app, "main button[aria-label^='Open the session']", &mut seen, "session").await,
            "people" => {
                open_each(&app, "main button[aria-label^='History with']", &mut seen, "history").await;
                open_each(&app, "main button.name", &mut seen, "person").await;
            }
            "meetings" => open_each(&app, "main button.meeting-link", &mut seen, "one-on-one").await,
            _ => {}
        }
    }
    app.client.execute("location.hash = '#/data'", vec![]).await.unwrap();
    app.wait_for("#data-heading").await;
    harvest(&app, &mut seen, "data").await;

    // A toast that names a hostile title, and Undo bringing it back: still text.
    app.client.execute(&format!("location.hash = '#/wins/{plan_id}'"), vec![]).await.unwrap();
    app.wait_for("main button[aria-label^='Delete']").await.click().await.unwrap();
    app.wait_for("main [role='group'][aria-label^='Confirm deleting']").await;
    app.client
        .execute(
            "const group = document.querySelector(\"main [role='group'][aria-label^='Confirm deleting']\");
             [...group.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Delete').click();",
            vec![],
        )
        .await
        .unwrap();
    app.wait_for_text("[role='status']", "Deleted").await;
    harvest(&app, &mut seen, "the delete toast").await;
    app.button("Undo").await.click().await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    harvest(&app, &mut seen, "after Undo").await;

    // Search shows hits with the same text, still inert.
    app.wait_for("button.search-button").await.click().await.unwrap();
    app.fill("search-input", "img").await;
    app.wait_for_prop("[role='dialog']", "textContent", "<img src=x").await;
    harvest(&app, &mut seen, "search").await;
    app.screenshot("hostile-text-search").await;
    app.quit().await;

    let missing: Vec<String> = planted
        .iter()
        .filter(|p| !seen.contains(&p.text))
        .map(|p| format!("{}.{}: {}", p.table, p.column, p.text))
        .collect();
    assert!(missing.is_empty(), "{} planted values never showed literally:\n{}", missing.len(), missing.join("\n"));
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
