//! Every screen of the demo plan, reached the way a person would (keyboard shortcuts, the timeline,
//! the sidebar), each checked with axe-core and photographed.

use fantoccini::Locator;

use crate::app::App;

async fn press_ctrl(app: &App, key: char) {
    let body = app.wait_for("body").await;
    body.send_keys(&format!("\u{E009}{key}\u{E000}")).await.expect("press the shortcut");
}

#[tokio::test]
async fn the_plan_timeline_leads_to_its_milestones_and_every_screen_passes_axe() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(data.path()).await;
    app.button("Try the demo plan").await.click().await.expect("load the demo");
    app.wait_for_text("#dashboard-heading", "Road to Senior").await;

    // Ctrl+3: the plan, with the overdue milestone drawn as such on the timeline.
    press_ctrl(&app, '3').await;
    app.wait_for_text("#plan-heading", "Road to Senior").await;
    let late = app.wait_for("figure.timeline a[aria-label$='overdue']").await;
    let label = late.attr("aria-label").await.unwrap().unwrap_or_default();
    assert!(label.starts_with("Milestone: Lead 1 incident review"), "{label}");
    app.wait_for("figure.timeline a[aria-label^='Stretch assignment: Lead the search relevance rework']").await;
    app.screenshot("plan").await;
    app.assert_accessible("plan").await;

    // The marker opens the milestone, marked, on the milestones screen; one click marks it done.
    late.find(Locator::Css("rect")).await.unwrap().click().await.expect("open the overdue milestone");
    let card = app.wait_for("article.card.highlighted").await;
    assert!(card.text().await.unwrap().contains("Lead 1 incident review"));
    app.screenshot("milestones").await;
    app.assert_accessible("milestones").await;
    card.find(Locator::XPath(".//button[normalize-space(.)='Mark done']")).await.unwrap().click().await.unwrap();
    app.wait_for_text("[role='status'], .toaster, body", "Done: “Lead 1 incident review").await;
    app.wait_for_text("#group-done + ul", "Lead 1 incident review").await;

    // Back on the plan, the same marker is no longer late.
    press_ctrl(&app, '3').await;
    app.wait_for("figure.timeline a[aria-label^='Milestone: Lead 1 incident review'][aria-label$='done']").await;

    press_ctrl(&app, '5').await;
    app.wait_for_text("#stretch-heading", "Stretch assignments").await;
    let stretch = app.wait_for_text("main", "Lead the search relevance rework").await;
    assert!(stretch.contains("Sponsor: Ines Okafor"), "{stretch}");
    app.screenshot("stretch").await;
    app.assert_accessible("stretch").await;

    press_ctrl(&app, '9').await;
    app.wait_for_text("ul[aria-label='Feedback']", "skip the options you rejected").await;
    app.button("Acting on it").await.click().await.expect("act on the feedback");
    app.wait_for_text("ul[aria-label='Feedback']", "Acting on it").await;
    app.screenshot("feedback").await;
    app.assert_accessible("feedback").await;

    // `?` lists the shortcuts; Escape closes the list.
    app.wait_for("body").await.send_keys("?").await.expect("press ?");
    app.wait_for_text("dialog[open]", "7 Milestones").await;
    app.screenshot("shortcuts").await;
    app.assert_accessible("shortcuts").await;
    let focused = app.client.active_element().await.expect("the focus is in the dialog");
    focused.send_keys("\u{E00C}").await.expect("press Escape");
    let deadline = std::time::Instant::now() + crate::app::PATIENCE;
    while app.client.find(Locator::Css("dialog[open]")).await.is_ok() {
        assert!(std::time::Instant::now() < deadline, "the shortcuts list stayed open");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    app.quit().await;
}

/// Dark mode follows the system: every screen of the demo in GTK's dark theme, checked with axe-core
/// (contrast included) and photographed.
#[tokio::test]
async fn every_screen_in_dark_mode_passes_axe() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch_with(data.path(), &[("GTK_THEME", "Adwaita:dark")]).await;
    app.button("Try the demo plan").await.click().await.expect("load the demo");
    app.wait_for_text("#dashboard-heading", "Road to Senior").await;
    let dark = app.client.execute("return matchMedia('(prefers-color-scheme: dark)').matches", vec![]).await.unwrap();
    assert_eq!(dark, serde_json::json!(true), "the window should follow the dark system theme");

    let screens = [
        ('1', "#dashboard-heading", "dashboard"),
        ('2', "#reflection-heading", "reflection"),
        ('3', "#plan-heading", "plan"),
        ('4', "#skills-heading", "skills"),
        ('5', "#stretch-heading", "stretch"),
        ('6', "#people-heading", "people"),
        ('7', "#milestones-heading", "milestones"),
        ('8', "#wins-heading", "wins"),
        ('9', "#feedback-heading", "feedback"),
        ('0', "#meetings-heading", "meetings"),
        // Past the tenth screen, the sidebar.
        ('r', "#readiness-heading", "readiness"),
        ('m', "#review-heading", "review"),
        ('s', "#settings-heading", "settings"),
        ('t', "#mentoring-heading", "mentoring"),
        ('v', "#visibility-heading", "visibility"),
    ];
    for (key, heading, name) in screens {
        match key {
            'r' => app.wait_for("nav a[href^='#/readiness/']").await.click().await.expect("open readiness"),
            'm' => app.wait_for("nav a[href^='#/review/']").await.click().await.expect("open the review"),
            's' => app.wait_for("nav a[href='#/settings']").await.click().await.expect("open the settings"),
            't' => app.wait_for("nav a[href^='#/mentoring/']").await.click().await.expect("open mentoring"),
            'v' => app.wait_for("nav a[href^='#/visibility/']").await.click().await.expect("open visibility"),
            _ => press_ctrl(&app, key).await,
        }
        app.wait_for(heading).await;
        // Let the data arrive and short transitions finish before the picture and the check.
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        app.screenshot(&format!("dark-{name}")).await;
        app.assert_accessible(&format!("{name} (dark)")).await;
    }
    app.quit().await;
}
