//! Export, end to end: the plan's Export panel, the real GTK save dialog (answered with the keyboard
//! through xdotool, as a person pressing Enter on the suggested name would), and the PDF on disk.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::app::App;

/// Presses Enter in the save dialog once it is on screen. Only a mapped window can take the
/// focus: without `--onlyvisible` the search can find the dialog before GTK has mapped it, and
/// X refuses the focus (BadMatch), which failed a fresh-clone run of the test command once.
pub fn accept_save_dialog() {
    accept_dialog_titled("Save the PDF");
}

/// Presses Enter in the save dialog titled `title` once it is on screen. A dialog that never
/// opens fails the test within 30 s (xdotool's `--sync` alone would wait for ever).
pub fn accept_dialog_titled(title: &str) {
    let found = Command::new("timeout")
        .args(["30", "xdotool", "search", "--sync", "--onlyvisible", "--name", title, "windowfocus", "--sync", "%1"])
        .status()
        .expect("xdotool is installed (./dev test installs it)");
    assert!(found.success(), "the save dialog never appeared");
    std::thread::sleep(Duration::from_millis(600));
    let pressed = Command::new("xdotool").args(["key", "Return"]).status().unwrap();
    assert!(pressed.success());
}

#[tokio::test]
async fn the_plan_is_exported_through_the_save_dialog_without_private_sections() {
    let home = tempfile::tempdir().unwrap();
    let data = home.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let home_str = home.path().to_str().unwrap().to_owned();
    let app = App::launch_with(&data, &[("HOME", &home_str)]).await;
    app.button("Try the demo plan").await.click().await.expect("load the demo");
    app.wait_for_text("#dashboard-heading", "Road to Senior").await;
    app.wait_for("nav a[href^='#/plan/']").await.click().await.expect("open the plan");
    app.button("Export…").await.click().await.expect("open the export panel");

    let panel = app.wait_for_text("#export-heading + *, aside", "Stakeholder grid").await;
    assert!(panel.contains("Each person's stance and what they care about"), "{panel}");
    app.screenshot("export-panel").await;
    app.assert_accessible("export panel").await;

    app.button("Save PDF…").await.click().await.expect("save");
    tokio::task::spawn_blocking(accept_save_dialog).await.unwrap();
    app.wait_for_text("body", "Saved ~/Road to Senior.pdf").await;

    let file = home.path().join("Road to Senior.pdf");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !file.exists() {
        assert!(Instant::now() < deadline, "{} was not written", file.display());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let text = Command::new("pdftotext").arg(&file).arg("-").output().expect("pdftotext");
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Road to Senior") && text.contains("Depth in my area"), "{text}");
    assert!(!text.contains("Predictable delivery"), "what people care about stays out unless chosen:\n{text}");
    app.quit().await;
}
