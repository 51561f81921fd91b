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
