//! First run: start from a template or the demo, and land on a dashboard that says what needs you.

use crate::app::App;

#[tokio::test]
async fn the_demo_opens_on_a_dashboard_of_what_needs_attention() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(data.path()).await;
    app.wait_for_text("main", "Start your first growth plan").await;
    app.screenshot("first-run").await;
    app.assert_accessible("first run").await;
    app.button("Try the demo plan").await.click().await.expect("load the demo");

    app.wait_for_text("#dashboard-heading", "Road to Senior").await;
    let week = app.wait_for_text("article[aria-labelledby='week-heading']", "Overdue").await;
    assert!(week.contains("Lead 1 incident review to its root cause"), "{week}");
    let check_ins = app.wait_for_text("article[aria-labelledby='checkins-heading']", "Marcus Feld").await;
    assert!(check_ins.contains("Overdue by"), "{check_ins}");
    let next = app.wait_for_text("article[aria-labelledby='next-heading']", "Priya Raman").await;
    assert!(next.contains("in 2 days"), "{next}");
    let wins = app.wait_for_text("article[aria-labelledby='wins-heading']", "3 this quarter").await;
    assert!(wins.contains("420 → 252 ms (−40%)"), "{wins}");
    app.screenshot("dashboard").await;
    app.assert_accessible("dashboard").await;
    app.quit().await;
}

#[tokio::test]
async fn a_template_creates_a_plan_and_the_switcher_moves_between_plans() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(data.path()).await;
    app.wait_for("button.template").await;
    let xpath = "//button[contains(@class,'template')][contains(., 'Tech lead (hybrid)')]";
    app.client.find(fantoccini::Locator::XPath(xpath)).await.unwrap().click().await.unwrap();
    app.wait_for_text("#dashboard-heading", "Road to tech lead").await;
    app.wait_for_text("article[aria-labelledby='progress-heading']", "0 of 4").await;

    // A second plan from scratch, then switch back with the sidebar's plan switcher.
    app.wait_for("nav a[href='#/plans']").await.click().await.unwrap();
    app.button("New plan").await.click().await.unwrap();
    app.fill("plan-title", "Side quest").await;
    app.fill("plan-current", "Senior").await;
    app.fill("plan-target", "Staff").await;
    app.button("Create plan").await.click().await.unwrap();
    app.wait_for_text("ul[aria-label='Plans']", "Side quest").await;
    app.client
        .find(fantoccini::Locator::XPath("//button[normalize-space(.)='Side quest']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_for_text("#dashboard-heading", "Side quest").await;

    let switcher = app.wait_for("#plan-switcher").await;
    switcher.select_by_label("Road to tech lead").await.expect("switch plans");
    app.wait_for_text("#dashboard-heading", "Road to tech lead").await;
    app.quit().await;
}
