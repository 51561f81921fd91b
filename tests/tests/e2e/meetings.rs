//! One-on-ones, end to end: start one with the manager and find last time's open item carried over.

use crate::app::App;

#[tokio::test]
async fn starting_a_one_on_one_carries_over_what_was_left_open() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(data.path()).await;
    app.button("Try the demo plan").await.click().await.expect("load the demo");
    app.wait_for_text("#dashboard-heading", "Road to Senior").await;

    app.wait_for("nav a[href^='#/meetings/']").await.click().await.expect("open the one-on-ones");
    app.button("Start a one-on-one").await.click().await.expect("open the start form");
    let with = app.wait_for("#start-with").await;
    assert!(with.text().await.unwrap().contains("Priya Raman"), "the manager is offered");
    app.button("Start").await.click().await.expect("start");

    let agenda = app.wait_for_text("#meeting-heading", "Priya Raman").await;
    assert!(!agenda.is_empty());
    let items = app.wait_for_text("article[aria-labelledby='meeting-heading']", "Carried over").await;
    assert!(items.contains("Ask what the promotion committee looks for at senior"), "{items}");
    assert!(items.contains("Share the relevance rollout plan with Marcus"), "the open action item came along: {items}");
    assert!(items.contains("Overdue: Lead 1 incident review to its root cause"), "{items}");

    let carried = "//label[contains(., 'promotion committee')]";
    app.client.find(fantoccini::Locator::XPath(carried)).await.unwrap().click().await.unwrap();
    app.fill("new-agenda-item", "Ask Priya to sponsor the guild talk").await;
    app.button("Add").await.click().await.unwrap();
    app.wait_for_text("article[aria-labelledby='meeting-heading']", "Ask Priya to sponsor the guild talk").await;
    app.screenshot("one-on-one").await;
    app.assert_accessible("one-on-one").await;
    app.quit().await;
}
