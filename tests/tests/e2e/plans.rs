//! The plans screen, end to end: create, persist across a relaunch, refuse an invalid window.

use crate::app::App;

/// Opens the form from the empty state and fills a valid plan (today + the default nine months).
async fn fill_valid_plan(app: &App, title: &str) {
    app.button("Start from scratch").await.click().await.expect("open the form");
    app.fill("plan-title", title).await;
    app.fill("plan-current", "Mid-level").await;
    app.fill("plan-target", "Senior").await;
}

#[tokio::test]
async fn creating_a_plan_through_the_form_lists_it() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(data.path()).await;
    app.wait_for_text("main", "Start your first growth plan").await;
    app.screenshot("plans-empty").await;

    fill_valid_plan(&app, "Road to Senior").await;
    app.fill("plan-goal", "Lead the search relevance rework and be promoted in the spring cycle.").await;

    // Pick the end date from the calendar: the first day of the month it opens on.
    let end = app.wait_for("#plan-end").await;
    let default_end = end.prop("value").await.unwrap().unwrap_or_default();
    let first_of_month = format!("{}-01", &default_end[..7]);
    app.wait_for("button[aria-label='Choose the end date from a calendar']").await.click().await.unwrap();
    app.wait_for(&format!("#plan-end-calendar [data-day='{first_of_month}']")).await.click().await.unwrap();
    assert_eq!(end.prop("value").await.unwrap().as_deref(), Some(first_of_month.as_str()));
    app.wait_for("button[aria-label='Choose the start date from a calendar']").await.click().await.unwrap();
    app.wait_for("#plan-start-calendar").await;
    app.screenshot("plans-calendar").await;
    app.assert_accessible("calendar").await;
    app.wait_for("button[aria-label='Choose the start date from a calendar']").await.click().await.unwrap();
    app.screenshot("plans-form").await;
    app.assert_accessible("plan form").await;
    app.button("Create plan").await.click().await.expect("submit");

    let card = app.wait_for_text("ul[aria-label='Plans']", "Road to Senior").await;
    assert!(card.contains("Mid-level"), "{card}");
    assert!(card.contains("Senior"), "{card}");
    assert!(card.contains("Individual contributor"), "{card}");
    // Today + 9 months moved back to the 1st: 8 months and some days (9 months when today is the 1st).
    let expected = if default_end.ends_with("-01") { "9 months" } else { "8 months" };
    assert!(card.contains(expected), "the picked end date shows in the window ({expected}): {card}");
    assert!(card.contains("Active"), "{card}");
    app.wait_for_text("[role='status']", "Created “Road to Senior”.").await;
    app.screenshot("plans-list").await;
    app.assert_accessible("plan list").await;
    app.quit().await;
}

#[tokio::test]
async fn a_plan_is_still_there_after_quitting_and_relaunching() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(data.path()).await;
    fill_valid_plan(&app, "Staff by summer").await;
    app.fill("plan-goal", "Own the platform migration end to end and mentor two engineers through it.").await;
    app.wait_for("input[name='track'][value='hybrid']").await.click().await.unwrap();
    app.button("Create plan").await.click().await.expect("submit");
    app.wait_for_text("ul[aria-label='Plans']", "Staff by summer").await;

    app.button("New plan").await.click().await.expect("open the form again");
    app.fill("plan-title", "Road to Senior").await;
    app.fill("plan-current", "Software Engineer II").await;
    app.fill("plan-target", "Senior Software Engineer").await;
    app.wait_for("select#plan-status option[value='draft']").await.click().await.unwrap();
    app.button("Create plan").await.click().await.expect("submit");
    app.wait_for_text("ul[aria-label='Plans']", "Road to Senior").await;
    app.quit().await;

    assert!(data.path().join("cairn.db").exists(), "the data file lives in CAIRN_DATA_DIR");

    // A relaunch opens the active plan's dashboard; the list is one click away in the sidebar.
    let again = App::launch(data.path()).await;
    again.wait_for_text("#dashboard-heading", "Staff by summer").await;
    again.wait_for("nav a[href='#/plans']").await.click().await.expect("open the plan list");
    let list = again.wait_for_text("ul[aria-label='Plans']", "Staff by summer").await;
    assert!(list.contains("Tech lead (hybrid)"), "{list}");
    assert!(list.contains("Road to Senior"), "{list}");
    assert!(list.contains("Draft"), "{list}");
    // Active plans come before drafts.
    assert!(list.find("Staff by summer") < list.find("Road to Senior"), "{list}");
    again.screenshot("plans-relaunched").await;
    again.quit().await;
}

#[tokio::test]
async fn an_end_date_before_the_start_shows_the_error_and_creates_nothing() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(data.path()).await;
    fill_valid_plan(&app, "Backwards").await;
    app.fill("plan-start", "2026-09-01").await;
    app.fill("plan-end", "2026-03-01").await;
    app.button("Create plan").await.click().await.expect("submit");

    let error = app.wait_for_text("#endDate-error", "must be after the start date").await;
    assert!(error.contains("The end date must be after the start date."), "{error}");
    let described_by = app.wait_for("#plan-end").await.attr("aria-describedby").await.unwrap().unwrap_or_default();
    assert!(described_by.contains("endDate-error"), "the message is tied to the field: {described_by}");
    app.screenshot("plans-form-error").await;
    app.assert_accessible("plan form with an error").await;

    app.button("Cancel").await.click().await.expect("cancel");
    app.wait_for_text("main", "Start your first growth plan").await;
    app.quit().await;

    // Nothing was written: a fresh launch on the same data still has no plan.
    let again = App::launch(data.path()).await;
    again.wait_for_text("main", "Start your first growth plan").await;
    again.quit().await;
}
