//! Cairn's desktop shell. It resolves where the data lives, opens the core store, registers the
//! IPC commands and turns core errors into `{code, message, field}`. Nothing else: the domain lives
//! in `cairn-core`, and every command body is a line or two over it.
//!
//! Architecture invariant: this is the only crate that knows Tauri.

// Library code never unwraps: user data must not be able to panic the app. Tests may.
#![warn(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod commands;
mod error;
mod state;

use std::path::PathBuf;

use tauri::{Manager, Runtime};

pub use commands::app::AppInfo;
pub use error::IpcError;
pub use state::AppState;

/// Environment variable that overrides the data folder (tests, portable installs, a second profile).
pub const DATA_DIR_ENV: &str = "CAIRN_DATA_DIR";

/// Registers Cairn's commands on a builder. Shared by the real app and the windowless command tests.
pub fn configure<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(commands::handler())
}

/// The app's compiled configuration (window, CSP, capabilities), for any runtime.
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// Starts the desktop app.
pub fn run() {
    let app = configure(tauri::Builder::default())
        .setup(|app| {
            let data_dir = resolve_data_dir(app.handle())?;
            app.manage(AppState::open(data_dir));
            Ok(())
        })
        .build(context());
    match app {
        Ok(app) => app.run(|_, _| {}),
        Err(err) => {
            eprintln!("Cairn could not start: {err}");
            std::process::exit(1);
        }
    }
}

/// `$CAIRN_DATA_DIR` if set, else the platform's app data folder (e.g. `~/.local/share/app.cairn.planner`).
fn resolve_data_dir<R: Runtime>(app: &tauri::AppHandle<R>) -> tauri::Result<PathBuf> {
    match std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
        Some(dir) => Ok(PathBuf::from(dir)),
        None => app.path().app_data_dir(),
    }
}
