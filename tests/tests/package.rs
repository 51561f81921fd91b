//! The installed package's first screen, run by `./dev package --check` only (not by the test
//! command: it needs the .deb installed). The check installs the package, loads the demo into a
//! folder with the installed `cairn-cli`, and points this test at both through
//! `CAIRN_APP_BIN=/usr/bin/cairn` and `CAIRN_PACKAGE_DATA`; without them it fails, it never skips.

#[path = "e2e/app.rs"]
#[allow(dead_code)]
mod app;

use std::path::PathBuf;

use app::App;

#[tokio::test]
async fn the_installed_app_opens_on_the_folder_the_installed_cli_filled() {
    let data = PathBuf::from(
        std::env::var_os("CAIRN_PACKAGE_DATA").expect("CAIRN_PACKAGE_DATA: ./dev package --check sets it"),
    );
    let bin = app::app_binary();
    assert!(
        std::env::var_os("CAIRN_APP_BIN").is_some() && bin.starts_with("/usr"),
        "not the installed app: {}",
        bin.display()
    );

    let app = App::launch(&data).await;
    // The first screen: the dashboard of the plan cairn-cli loaded.
    app.wait_for_text("#dashboard-heading", "Road to Senior").await;
    app.screenshot("installed-dashboard").await;
    // The About line reads the workspace's version, as the package does.
    app.wait_for("nav a[href='#/data']").await.click().await.unwrap();
    app.wait_for_prop("[data-testid='app-version']", "textContent", &format!("Cairn {}", env!("CARGO_PKG_VERSION")))
        .await;
    app.quit().await;
}
