//! Promotion readiness, end to end: a company ladder comes in through the real GTK open dialog
//! (typed into with xdotool, as a person would), the plan is held against it, a win is linked as
//! evidence, a gap becomes a planned milestone, a self-assessment is charted, and a changed file
//! shows what it changes before it is applied.

use std::process::Command;
use std::time::Duration;

use fantoccini::Locator;

use crate::app::App;

const LADDER: &str = "topic,level,expectation,example\n\
    Delivery,L3,Ships well-defined features on time,\n\
    Delivery,L4,Leads a project of several people end to end,\"Led the billing migration, on time\"\n\
    Mentoring,L4,Mentors at least one engineer,\n";

/// Types `path` into the open dialog's location field and presses Enter.
fn pick_in_open_dialog(path: &str) {
    let found = Command::new("timeout")
        .args([
            "30",
            "xdotool",
            "search",
            "--sync",
            "--onlyvisible",
            "--name",
            "Import a career framework",
            "windowfocus",
            "--sync",
            "%1",
        ])
        .status()
        .expect("xdotool is installed (./dev test installs it)");
    assert!(found.success(), "the open dialog never appeared");
    std::thread::sleep(Duration::from_millis(600));
    for args in [vec!["key", "ctrl+l"], vec!["type", "--delay", "15", path], vec!["key", "Return"]] {
        assert!(Command::new("xdotool").args(&args).status().unwrap().success(), "xdotool {args:?}");
        std::thread::sleep(Duration::from_millis(300));
    }
}

#[tokio::test]
async fn a_company_ladder_comes_in_and_the_plan_shows_its_evidence_and_gaps() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let ladder = home.path().join("Acme ladder.csv");
    std::fs::write(&ladder, LADDER).unwrap();
    let home_str = home.path().to_str().unwrap().to_owned();
    let app = App::launch_with(&data, &[("HOME", &home_str)]).await;
    app.button("Try the demo plan").await.click().await.expect("load the demo");
    app.wait_for_text("#dashboard-heading", "Road to Senior").await;
    app.wait_for("nav a[href^='#/readiness/']").await.click().await.expect("open readiness");
    // The demo starts on Cairn's own ladder, marked built in: copyable, not deletable.
    app.wait_for_text("#summary-heading", "Ready for Senior engineer").await;
    let frameworks = app.wait_for_text("section.frameworks", "Cairn ladder: individual contributor").await;
    assert!(frameworks.contains("Built in"), "{frameworks}");
    app.assert_accessible("readiness on the built-in ladder").await;

    // Import: the file is read and previewed; nothing is written until Import.
    app.button("Import framework…").await.click().await.expect("import");
    let path = ladder.to_str().unwrap().to_owned();
    tokio::task::spawn_blocking(move || pick_in_open_dialog(&path)).await.unwrap();
    let preview = app.wait_for_text("aside", "Acme ladder").await;
    assert!(preview.contains("2 levels, 2 topics, 3 expectations."), "{preview}");
    app.button("Import").await.click().await.expect("apply the import");
    app.wait_for_text("body", "Imported “Acme ladder”: 2 levels, 3 expectations.").await;

    // The plan's levels on the ladder.
    app.wait_for_text("#ladder-form-heading", "Framework for this plan").await;
    app.wait_for("#ladder-targetLevelId").await.select_by_label("L4").await.unwrap();
    app.button("Use this framework").await.click().await.expect("save the levels");
    app.wait_for_text("#summary-heading", "Ready for L4: 0 of 2 (0%)").await;

    // A demo win becomes evidence for leading a project.
    app.click_labelled("Link evidence for: Leads a project of several people end to end").await;
    let first_win = "//ul[@aria-label='Things you can link']//button[starts-with(@aria-label, 'Link win ')]";
    let win_button = app.client.wait().for_element(Locator::XPath(first_win)).await.expect("a win to link");
    let win_label = win_button.attr("aria-label").await.unwrap().unwrap();
    let win_title = win_label.trim_start_matches("Link win ").to_owned();
    win_button.click().await.expect("link the win");
    app.wait_for_text("#summary-heading", "1 of 2 (50%)").await;
    app.button("Done").await.click().await.expect("close the picker");
    app.wait_for_text("main", &format!("Win: {win_title}")).await;

    // The mentoring gap becomes a milestone; it counts once done.
    app.click_labelled("Plan a milestone for: Mentors at least one engineer").await;
    app.wait_for_text("main", "planned, counts when done").await;
    app.wait_for_text("#summary-heading", "1 of 2 (50%)").await;

    // A self-assessment, charted.
    app.button("Rate yourself…").await.click().await.expect("open the self-assessment");
    let delivery = "//aside//label[normalize-space(.)='Delivery']/following-sibling::select";
    app.client.find(Locator::XPath(delivery)).await.unwrap().select_by_label("L4").await.unwrap();
    app.button("Save snapshot").await.click().await.expect("save the snapshot");
    // The form starts from the last snapshot (the demo's monthly review rated the five skills).
    app.wait_for_text("ul[aria-label='Self-assessments']", "6 ratings").await;
    app.wait_for("svg[aria-label^='Self-assessment over time']").await;
    app.screenshot("readiness").await;
    app.assert_accessible("readiness").await;

    // The ladder changes: the preview lists it, and the evidence of what stays is kept.
    std::fs::write(&ladder, format!("{LADDER}Delivery,L4,Runs the incident review,\n")).unwrap();
    app.button("Import framework…").await.click().await.expect("import again");
    let path = ladder.to_str().unwrap().to_owned();
    tokio::task::spawn_blocking(move || pick_in_open_dialog(&path)).await.unwrap();
    let changes = app.wait_for_text("aside", "This file changes it").await;
    assert!(changes.contains("Runs the incident review"), "{changes}");
    app.screenshot("readiness-import-changes").await;
    app.button("Apply changes").await.click().await.expect("apply the changes");
    app.wait_for_text("#summary-heading", "Ready for L4: 1 of 3 (33%)").await;
    app.wait_for_text("main", &format!("Win: {win_title}")).await;

    // After a relaunch everything is still there.
    app.quit().await;
    let app = App::launch_with(&data, &[("HOME", &home_str)]).await;
    app.wait_for_text("#dashboard-heading", "Road to Senior").await;
    app.wait_for("nav a[href^='#/readiness/']").await.click().await.expect("open readiness");
    app.wait_for_text("#summary-heading", "Ready for L4: 1 of 3 (33%)").await;
    app.quit().await;
}
