//! The rest of the rhythm, end to end: a monthly review walked to its end, seen on Readiness as a
//! snapshot; the reminders switched in Settings; a plan closed and continued in a new one.

use fantoccini::Locator;

use crate::app::App;

async fn demo() -> (App, tempfile::TempDir) {
    let data = tempfile::tempdir().unwrap();
    cairn_core::Store::open(data.path().join("cairn.db")).unwrap().load_demo().unwrap();
    let app = App::launch(data.path()).await;
    (app, data)
}

#[tokio::test]
async fn a_monthly_review_walked_to_its_end_leaves_a_snapshot_on_readiness() {
    let (app, _data) = demo().await;
    // The demo's last review was five weeks ago: the next is due.
    app.client.find(Locator::LinkText("Monthly review due")).await.expect("the dashboard asks").click().await.unwrap();
    app.button("Start the monthly review").await.click().await.expect("start");
    app.wait_for_text("#step-heading", "Skills").await;
    let raise = "//ul[@aria-label='Skills']/li[1]//button[starts-with(@aria-label, 'Raise')]";
    app.click_xpath(raise).await;
    app.wait_for_text("[role='status'], body", "is now at level").await;
    app.screenshot("review").await;
    app.assert_accessible("monthly review").await;
    for step in ["Milestones", "People", "Stretch work", "Learning balance", "Summary"] {
        app.button("Next").await.click().await.expect("next step");
        app.wait_for_text("#step-heading", step).await;
    }
    app.fill("review-summary", "Design moved up; the incident review slipped.").await;
    app.button("Finish the review").await.click().await.expect("finish");
    let done = app.wait_for_text("ul[aria-label='Reviews done']", "Design moved up").await;
    // The demo's first skill is "Depth in my area", at level 3.
    assert!(done.contains("Depth in my area: level 3 → 4"), "the change is said: {done}");

    app.wait_for("nav a[href^='#/readiness/']").await.click().await.expect("open readiness");
    app.wait_for_text("ul[aria-label='Self-assessments']", "Monthly review").await;
    let snapshots = "//ul[@aria-label='Self-assessments']/li[contains(., 'Monthly review')]";
    let found = app.client.find_all(Locator::XPath(snapshots)).await.unwrap().len();
    assert_eq!(found, 2, "last month's snapshot and this one");
    app.quit().await;
}

#[tokio::test]
async fn settings_turn_a_reminder_off_and_move_the_weekly_reflection() {
    let (app, _data) = demo().await;
    app.wait_for("nav a[href='#/settings']").await.click().await.expect("open the settings");
    let reflection = "//label[.//span[normalize-space(.)='Weekly reflection']]/input";
    app.click_xpath(reflection).await;
    app.wait_for("#settings-heading").await;
    app.wait_for("#slot-day").await.select_by_label("Thursday").await.unwrap();
    let time = app.wait_for("#slot-time").await;
    time.clear().await.unwrap();
    time.send_keys("16:30").await.unwrap();
    app.button("Save").await.click().await.expect("save the slot");
    app.wait_for_text("body", "due Thursdays at 16:30").await;
    app.screenshot("settings").await;
    app.assert_accessible("settings").await;
    app.quit().await;

    // Kept with the data.
    let store = cairn_core::Store::open(_data.path().join("cairn.db")).unwrap();
    assert!(!store.reminder_settings().unwrap().weekly_reflection);
    assert_eq!(store.reflection_slot().unwrap().time, "16:30");
}

#[tokio::test]
async fn a_closed_plan_is_kept_as_it_was_and_continues_in_a_new_plan() {
    let (app, _data) = demo().await;
    app.wait_for("nav a[href^='#/plan/']").await.click().await.expect("open the plan");
    app.button("Close plan…").await.click().await.expect("open the close panel");
    app.click_xpath("//label[contains(., 'Not yet')]/input").await;
    app.fill("close-worked", "Writing wins down every week.").await;
    app.button("Close the plan").await.click().await.expect("close");
    app.wait_for_text("section[aria-labelledby='closed-heading']", "Not yet").await;
    app.screenshot("plan-closed").await;
    app.assert_accessible("closed plan").await;

    // Elsewhere the plan says it is closed, and a change is refused with a reason.
    app.wait_for("nav a[href^='#/wins/']").await.click().await.expect("open the wins");
    app.wait_for_text(".closed-banner", "This plan is closed").await;
    app.button("Log a win").await.click().await.expect("open the form");
    app.fill("win-title", "Too late").await;
    app.button("Log win").await.click().await.expect("try to save");
    app.wait_for_text("body", "This plan is closed").await;

    app.wait_for("nav a[href^='#/plan/']").await.click().await.expect("back to the plan");
    app.button("Continue in a new plan…").await.click().await.expect("open the continue panel");
    app.fill("continue-title", "Road to Senior, round two").await;
    app.button("Start the new plan").await.click().await.expect("continue");
    app.wait_for_text("#dashboard-heading", "Road to Senior, round two").await;
    app.wait_for("nav a[href^='#/plan/']").await.click().await.expect("open the new plan");
    let lineage = app.wait_for_text(".lineage", "Continues").await;
    assert!(lineage.contains("Road to Senior"), "{lineage}");
    app.wait_for("nav a[href^='#/skills/']").await.click().await.expect("open the skills");
    app.wait_for_text("main", "Depth in my area").await;
    app.quit().await;
}
