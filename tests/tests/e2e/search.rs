//! Ctrl+K search, end to end: find a carried-over ask and land on the one-on-ones.

use crate::app::App;

#[tokio::test]
async fn ctrl_k_finds_text_across_the_plan_and_opens_its_screen() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(data.path()).await;
    app.button("Try the demo plan").await.click().await.expect("load the demo");
    app.wait_for_text("#dashboard-heading", "Road to Senior").await;

    // The shortcut opens the palette (the sidebar button is the same for the pointer).
    let body = app.wait_for("body").await;
    body.send_keys("\u{E009}k\u{E000}").await.expect("press Ctrl+K");
    let input = app.wait_for("#search-input").await;
    input.send_keys("promotion committee").await.expect("type the query");
    app.wait_for_text("#search-results", "Ask what the promotion committee looks for at senior").await;
    app.screenshot("search").await;
    app.assert_accessible("search").await;
    input.send_keys("\u{E007}").await.expect("press Enter");
    app.wait_for_text("#meetings-heading", "One-on-ones").await;
    app.quit().await;
}
