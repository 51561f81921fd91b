//! Desktop integration, end to end: the window comes back at the size it was left, and a second
//! start on the same data hands over to the running Cairn instead of opening a second window.

use std::process::Command;
use std::time::{Duration, Instant};

use crate::app::{App, app_binary};

#[tokio::test]
async fn the_window_comes_back_at_the_size_it_was_left() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(data.path()).await;
    app.client.set_window_size(1040, 720).await.expect("resize the window");
    // Let the move/resize settle and be written (the app saves shortly after the last change).
    tokio::time::sleep(Duration::from_millis(1200)).await;
    app.quit().await;

    let again = App::launch(data.path()).await;
    let (_, _, width, height) = again.client.get_window_rect().await.expect("the window's rectangle");
    assert!(width.abs_diff(1040) <= 2 && height.abs_diff(720) <= 40, "came back at {width}×{height}");
    again.quit().await;
}

#[tokio::test]
async fn a_second_start_on_the_same_data_leaves_the_first_window_in_charge() {
    let data = tempfile::tempdir().unwrap();
    let app = App::launch(data.path()).await;
    app.button("Start from scratch").await;

    let mut second = Command::new(app_binary())
        .env("CAIRN_DATA_DIR", data.path())
        .env("XDG_CONFIG_HOME", data.path().join("config"))
        .spawn()
        .expect("start Cairn a second time");
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = second.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = second.kill();
            panic!("the second Cairn kept running next to the first");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(status.success(), "the second start should hand over quietly, got {status}");

    // The first window is still there and working.
    app.button("Start from scratch").await;
    app.quit().await;
}
