//! The brag log, end to end: log a win with its numbers, linked to a skill, and find it by skill.

use crate::app::App;

#[tokio::test]
async fn logging_a_win_linked_to_a_skill_shows_its_impact() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(data.path()).await;
    app.button("Try the demo plan").await.click().await.expect("load the demo");
    app.wait_for_text("#dashboard-heading", "Road to Senior").await;

    app.wait_for("nav a[href^='#/wins/']").await.click().await.expect("open the wins");
    app.wait_for_text("ul[aria-label='Wins']", "Cut search p95 latency").await;
    app.button("Log a win").await.click().await.expect("open the form");
    app.fill("win-title", "Cut the nightly build time").await;
    app.fill("win-metric", "Nightly build time").await;
    app.fill("win-baseline", "48").await;
    app.fill("win-result", "30").await;
    app.fill("win-unit", "min").await;
    let skill = "//label[contains(@class,'check')][contains(., 'Owning outcomes end to end')]/input";
    app.client.find(fantoccini::Locator::XPath(skill)).await.unwrap().click().await.unwrap();
    app.fill("win-witnesses", "Platform team").await;
    app.screenshot("wins-form").await;
    app.assert_accessible("win form").await;
    app.button("Log win").await.click().await.expect("save");

    let list = app.wait_for_text("ul[aria-label='Wins']", "Cut the nightly build time").await;
    assert!(list.contains("Nightly build time: 48 → 30 min (−37.5%)"), "{list}");
    app.wait_for("#win-skill-filter").await.select_by_label("Owning outcomes end to end").await.unwrap();
    let filtered = app.wait_for_text("main", "1 of 4").await;
    assert!(
        filtered.contains("Cut the nightly build time") && !filtered.contains("Cut search p95 latency"),
        "{filtered}"
    );
    app.screenshot("wins").await;
    app.assert_accessible("wins").await;
    app.quit().await;
}

/// The demo plus 120 older wins, the oldest of them named so that search finds it alone.
fn long_brag_log(data: &std::path::Path) {
    let store = cairn_core::Store::open(data.join("cairn.db")).unwrap();
    store.load_demo().unwrap();
    let plan = store.list_plans().unwrap()[0].id;
    let today = store.clock().today();
    for i in 0..120u64 {
        let title =
            if i == 119 { "Zeppelin rollout retrospective".to_owned() } else { format!("Reviewed pull request #{i}") };
        let input = cairn_core::WinInput {
            date: today.checked_sub_days(chrono::Days::new(30 + i)).unwrap().to_string(),
            title,
            situation: String::new(),
            my_part: String::new(),
            what_happened: String::new(),
            metric: String::new(),
            baseline: None,
            result: None,
            unit: String::new(),
            impact_note: String::new(),
            witnesses: String::new(),
            skill_ids: vec![],
        };
        store.create_win(plan, &input).unwrap();
    }
}

async fn cards(app: &App) -> u64 {
    let n = app
        .client
        .execute("return document.querySelectorAll(\"ul[aria-label='Wins'] article\").length", vec![])
        .await
        .unwrap();
    n.as_u64().unwrap()
}

#[tokio::test]
async fn a_long_brag_log_shows_a_page_at_a_time_and_search_reaches_its_oldest_win() {
    let data = tempfile::tempdir().unwrap();
    long_brag_log(data.path());
    let app = App::launch(data.path()).await;
    app.wait_for("nav a[href^='#/wins/']").await.click().await.expect("open the wins");
    app.wait_for_text("main", "Showing 50 of 123 wins").await;
    assert_eq!(cards(&app).await, 50);
    let more = app.button("Show 50 more").await;
    app.client
        .execute("arguments[0].scrollIntoView({ block: 'end' })", vec![serde_json::to_value(&more).unwrap()])
        .await
        .unwrap();
    app.screenshot("wins-show-more").await;
    more.click().await.expect("show more");
    app.wait_for_text("main", "Showing 100 of 123 wins").await;
    assert_eq!(cards(&app).await, 100);
    // The keyboard goes on from the first card that arrived (the 51st), not past the new ones.
    let focused = app
        .client
        .execute(
            "const a = document.activeElement; const all = [...document.querySelectorAll(\"ul[aria-label='Wins'] article\")];
             return all.indexOf(a);",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(focused.as_i64(), Some(50), "focus is on the first new card");
    app.button("Show the last 23").await.click().await.expect("show the rest");
    app.wait_for_text("main", "Showing 123 of 123 wins").await;
    app.screenshot("wins-long").await;
    app.assert_accessible("a long brag log").await;

    // From search, the oldest win opens where it is, marked, with the page stretched to reach it.
    app.wait_for("nav a[href='#/plans']").await.click().await.expect("leave the wins");
    let body = app.wait_for("body").await;
    body.send_keys("\u{E009}k\u{E000}").await.expect("press Ctrl+K");
    let input = app.wait_for("#search-input").await;
    input.send_keys("Zeppelin").await.expect("type the query");
    app.wait_for_text("#search-results", "Zeppelin rollout retrospective").await;
    input.send_keys("\u{E007}").await.expect("press Enter");
    let marked = app.wait_for_text("article.highlighted", "Zeppelin rollout retrospective").await;
    assert!(marked.contains("Zeppelin"), "{marked}");
    assert_eq!(cards(&app).await, 123);
    app.quit().await;
}
