//! The weekly reflection, end to end: the dashboard asks for this week, the entry opens pre-filled
//! from the week's facts, a line becomes a win that the Wins screen shows with its origin, and the
//! dashboard then shows the new focus.

use crate::app::App;
use fantoccini::Locator;

/// The demo, plus a win logged today so this week has a fact to pre-fill.
fn demo_with_a_win_today(data: &std::path::Path) {
    let store = cairn_core::Store::open(data.join("cairn.db")).unwrap();
    store.load_demo().unwrap();
    let plan = store.list_plans().unwrap()[0].id;
    let input = cairn_core::WinInput {
        date: store.clock().today().to_string(),
        title: "Paired with Lee on the indexer".into(),
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

#[tokio::test]
async fn this_weeks_reflection_starts_from_the_facts_and_a_line_becomes_a_win() {
    let data = tempfile::tempdir().unwrap();
    demo_with_a_win_today(data.path());
    let app = App::launch(data.path()).await;
    // The demo's last reflection set a focus; this week is not written yet.
    app.wait_for_text(".focus-strip", "Mentor Lee on the indexer").await;
    app.client
        .find(Locator::LinkText("Reflect on this week"))
        .await
        .expect("the dashboard asks for this week")
        .click()
        .await
        .unwrap();

    app.wait_for_text("section[aria-labelledby='facts-heading']", "Paired with Lee on the indexer").await;
    app.screenshot("reflection-prefilled").await;
    let moved = app.wait_for("#reflection-moved").await;
    // The draft is the week's facts: today's win, and whatever else of the demo falls in this
    // week (a mentoring session on some weekdays), each a line.
    let draft = moved.prop("value").await.unwrap().unwrap_or_default();
    assert!(draft.lines().any(|l| l == "Win: Paired with Lee on the indexer"), "{draft}");
    moved.send_keys("\u{E007}Ran the incident review for the outage").await.unwrap();
    app.fill("reflection-blocked", "Two days of interviews").await;
    app.fill("reflection-focus", "Ship the ranking RFC").await;
    let four = "//fieldset[@data-field='confidence']//label[.//span[normalize-space(.)='4']]";
    app.client.find(Locator::XPath(four)).await.unwrap().click().await.unwrap();
    let three = "//fieldset[@data-field='energy']//label[.//span[normalize-space(.)='3']]";
    app.client.find(Locator::XPath(three)).await.unwrap().click().await.unwrap();
    app.button("Save reflection").await.click().await.expect("save");
    app.wait_for_text("section[aria-labelledby='lines-heading']", "Ran the incident review for the outage").await;
    app.screenshot("reflection").await;
    app.assert_accessible("weekly reflection").await;

    // The line about the incident review becomes a win in one click.
    let line = "//section[@aria-labelledby='lines-heading']//li[contains(., 'Ran the incident review')]//button[normalize-space(.)='Make into…']";
    app.client.find(Locator::XPath(line)).await.unwrap().click().await.unwrap();
    let win = "//section[@aria-labelledby='lines-heading']//div[@role='group']//button[normalize-space(.)='Win']";
    app.client.find(Locator::XPath(win)).await.unwrap().click().await.unwrap();
    app.wait_for_text("section[aria-labelledby='made-heading']", "Ran the incident review for the outage").await;
    app.screenshot("reflection-made").await;

    app.wait_for("nav a[href^='#/wins/']").await.click().await.expect("open the wins");
    let wins = app.wait_for_text("ul[aria-label='Wins']", "Ran the incident review for the outage").await;
    assert!(wins.contains("From my reflection on week"), "{wins}");

    app.wait_for("nav a[href^='#/dashboard/']").await.click().await.expect("back to the dashboard");
    let strip = app.wait_for_text(".focus-strip", "Ship the ranking RFC").await;
    assert!(strip.contains("This week's reflection is written"), "{strip}");
    app.quit().await;
}

#[tokio::test]
async fn the_history_shows_missed_weeks_and_the_trend_opens_an_earlier_week() {
    let data = tempfile::tempdir().unwrap();
    cairn_core::Store::open(data.path().join("cairn.db")).unwrap().load_demo().unwrap();
    let app = App::launch(data.path()).await;
    app.wait_for("nav a[href^='#/reflection/']").await.click().await.expect("open the reflection");
    // Two weeks were missed, and this week is not written yet.
    app.wait_for_prop("aside[aria-label='Your weeks']", "innerText", "11 written · 3 not").await;
    let missed = "//aside//button[contains(., 'No entry')]";
    assert_eq!(app.client.find_all(Locator::XPath(missed)).await.unwrap().len(), 3);
    // The trend says the same for a screen reader.
    app.wait_for_prop("aside table", "textContent", "Week").await;
    let earlier = "//aside//button[contains(., 'Met Ana and Marcus about search')]";
    app.client.find(Locator::XPath(earlier)).await.unwrap().click().await.unwrap();
    let moved = app.wait_for("#reflection-moved").await;
    assert_eq!(moved.prop("value").await.unwrap().as_deref(), Some("Met Ana and Marcus about search"));
    app.screenshot("reflection-history").await;
    app.quit().await;
}

#[tokio::test]
async fn a_review_cycle_set_on_the_plan_counts_down_on_the_dashboard_and_a_milestone_leads_up_to_it() {
    let data = tempfile::tempdir().unwrap();
    cairn_core::Store::open(data.path().join("cairn.db")).unwrap().load_demo().unwrap();
    let app = App::launch(data.path()).await;
    // The demo starts with a typical calendar at the end of its window.
    app.wait_for_text("article[aria-labelledby='cycle-heading']", "Self-review due").await;

    app.wait_for("nav a[href^='#/plan/']").await.click().await.expect("open the plan");
    app.button("Add a date").await.click().await.expect("open the form");
    app.wait_for("#cycle-kind").await.select_by_label("Calibration").await.unwrap();
    let in_twelve_days = (chrono::Local::now().date_naive() + chrono::Days::new(12)).to_string();
    app.fill("cycle-date", &in_twelve_days).await;
    app.button("Add date").await.click().await.expect("add the date");
    // The demo's calendar has a calibration already, months away: wait for the new one.
    let list = app.wait_for_text("ul[aria-label='Review cycle dates']", "in 12 days").await;
    assert!(list.contains("Calibration"), "{list}");
    app.screenshot("review-cycle").await;
    app.assert_accessible("review cycle").await;

    app.wait_for("nav a[href^='#/milestones/']").await.click().await.expect("open the milestones");
    app.button("Add a milestone").await.click().await.expect("open the form");
    app.fill("milestone-title", "Send my promotion case to Priya").await;
    app.wait_for("#milestone-cycleDateId").await;
    let option = "//select[@id='milestone-cycleDateId']/option[starts-with(normalize-space(.), 'Calibration')]";
    app.client.find(Locator::XPath(option)).await.unwrap().click().await.unwrap();
    app.button("Add milestone").await.click().await.expect("save");
    app.wait_for_text("main", "Leads up to Calibration").await;

    app.wait_for("nav a[href^='#/dashboard/']").await.click().await.expect("back to the dashboard");
    let tile = app.wait_for_text("article[aria-labelledby='cycle-heading']", "in 12 days").await;
    // Soonest first: the new calibration comes before the demo's self-review.
    let at = |needle: &str| tile.find(needle).unwrap_or(usize::MAX);
    assert!(at("Calibration") < at("Self-review due"), "{tile}");
    app.quit().await;
}

#[tokio::test]
async fn the_calendar_is_saved_through_the_dialog_and_reads_back_in_a_calendar_parser() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    cairn_core::Store::open(data.join("cairn.db")).unwrap().load_demo().unwrap();
    let home_str = home.path().to_str().unwrap().to_owned();
    let app = App::launch_with(&data, &[("HOME", &home_str)]).await;
    app.wait_for("nav a[href^='#/meetings/']").await.click().await.expect("open the one-on-ones");
    // The demo's next one-on-one has a time, so the calendar places it in the day.
    app.wait_for_text("nav[aria-label='One-on-ones']", "10:30").await;
    let upcoming = "//nav[@aria-label='One-on-ones']//button[contains(., '10:30')]";
    app.client
        .find(Locator::XPath(upcoming))
        .await
        .expect("the upcoming meeting shows its time")
        .click()
        .await
        .unwrap();
    app.wait_for_prop("#meeting-time", "value", "10:30").await;

    app.wait_for("nav a[href^='#/plan/']").await.click().await.expect("open the plan");
    app.button("Export calendar…").await.click().await.expect("export the calendar");
    tokio::task::spawn_blocking(|| crate::export::accept_dialog_titled("Save the calendar")).await.unwrap();
    app.wait_for_text("body", "Saved ~/Road to Senior calendar.ics").await;

    let file = home.path().join("Road to Senior calendar.ics");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while !file.exists() {
        assert!(std::time::Instant::now() < deadline, "{} was not written", file.display());
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let text = std::fs::read_to_string(&file).unwrap();
    let calendar: icalendar::Calendar = text.parse().expect("a calendar program can read it");
    use icalendar::Component;
    let summaries: Vec<&str> = calendar.events().filter_map(|e| e.get_summary()).collect();
    for expected in ["Self-review due", "One-on-one with Priya Raman", "Weekly reflection: Road to Senior"] {
        assert!(summaries.contains(&expected), "{expected} missing from {summaries:?}");
    }
    assert!(summaries.iter().any(|s| s.starts_with("Milestone: ")), "{summaries:?}");
    assert!(summaries.iter().any(|s| s.starts_with("Check in with ")), "{summaries:?}");
    assert!(!text.contains("Predictable delivery"), "what people care about stays out");
    app.quit().await;
}
