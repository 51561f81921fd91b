//! Cairn's desktop shell. It resolves where the data lives, opens the core store, registers the
//! IPC commands and turns core errors into `{code, message, field}`. Nothing else: the domain lives
//! in `cairn-core`, and every command body is a line or two over it.
//!
//! Architecture invariant: this is the only crate that knows Tauri.

// Library code never unwraps: user data must not be able to panic the app. Tests may.
#![warn(clippy::unwrap_used, clippy::expect_used)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used))]

mod commands;
mod data_folder;
mod error;
mod instance;
mod log;
mod reminders;
mod startup;
mod state;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use tauri::{Manager, Runtime};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

pub use commands::app::{AppInfo, FirstScreen, Start};
pub use commands::export::Exported;
pub use commands::framework::FrameworkFilePreview;
pub use error::IpcError;
pub use state::{AppState, BackupFailure};

/// Registers Cairn's commands on a builder. Shared by the real app and the windowless command tests.
pub fn configure<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder.invoke_handler(commands::handler())
}

/// Registers the plugins the app runs with (and nothing else: no shell, fs or http plugin). Shared by
/// the real app and the command tests, so the tests probe the same plugins through the same ACL.
pub fn with_plugins<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    let window_state = tauri_plugin_window_state::Builder::default().with_state_flags(WINDOW_STATE).build();
    builder
        .plugin(window_state)
        .plugin(tauri_plugin_notification::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
}

/// The app's compiled configuration (window, CSP, capabilities), for any runtime.
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!()
}

/// The label of Cairn's one window.
pub const MAIN_WINDOW: &str = "main";

/// Starts the desktop app.
pub fn run() {
    startup::mark_start();
    log::panics_to_log();
    let app = configure(with_plugins(tauri::Builder::default()))
        .on_window_event(|window, event| {
            if matches!(event, tauri::WindowEvent::Moved(_) | tauri::WindowEvent::Resized(_)) {
                save_window_state_soon(window.app_handle());
            }
        })
        .setup(|app| {
            let Some((data_dir, fixed)) = data_folder::resolve() else {
                return Err("there is no home folder to keep Cairn's data in; set CAIRN_DATA_DIR".into());
            };
            // Private from birth (0700, whatever the umask). If it cannot be made, the store's own
            // open says why in the window.
            if let Err(err) = cairn_core::create_private_dir(&data_dir) {
                log::warn(&err.to_string());
            } else {
                log::to_folder(&data_dir);
            }
            match instance::claim(&data_dir) {
                // Before any window exists: the other Cairn comes to the front, this one leaves,
                // through the event loop as a quit does. `process::exit` from inside setup, with
                // GTK's and the async runtime's threads running, crashed (SIGSEGV) once in a
                // fresh-clone test run.
                Ok(instance::Claim::Running) => {
                    app.handle().exit(0);
                    return Ok(());
                }
                Ok(instance::Claim::Busy) => {
                    log::error(&format!(
                        "another Cairn, or cairn-cli replacing the data, holds {} and did not let go; try again \
                         in a moment",
                        data_dir.display()
                    ));
                    app.handle().exit(1);
                    return Ok(());
                }
                Ok(instance::Claim::First(listener)) => {
                    let handle = app.handle().clone();
                    let socket = listener.serve(move || {
                        // A Cairn on its way out lets the new start take over once it has gone.
                        if QUITTING.load(Ordering::SeqCst) {
                            return false;
                        }
                        show_main_window(&handle);
                        true
                    });
                    app.manage(socket);
                }
                // The folder could not even be locked (unwritable): the store's open explains it.
                Err(err) => log::warn(&format!("could not lock {}: {err}", data_dir.display())),
            }
            let blank = startup::blank();
            if !blank {
                app.manage(AppState::open(data_dir).with_fixed_folder(fixed));
                reminders::start(app.handle().clone());
            }
            // The window is declared with `create: false` so that a second start never flashes one.
            let config = app.config().app.windows.iter().find(|w| w.label == MAIN_WINDOW).cloned();
            if let Some(mut config) = config {
                if blank {
                    config.url = tauri::WebviewUrl::App("blank.html".into());
                }
                tauri::WebviewWindowBuilder::from_config(app.handle(), &config)?.build()?;
            }
            // The day's first backup copies the whole file (hundreds of MB after years): made
            // beside the first screen, not before the window (BENCHMARKS.md). A failure is shown
            // on Data & backups and said in a desktop notice.
            if let Some(state) = app.try_state::<AppState>() {
                let handle = app.handle().clone();
                state.start_daily_backup(move |failure| reminders::backup_failed(&handle, failure));
            }
            Ok(())
        })
        .build(context());
    match app {
        Ok(app) => app.run(|app, event| match event {
            tauri::RunEvent::ExitRequested { .. } => QUITTING.store(true, Ordering::SeqCst),
            tauri::RunEvent::Exit => {
                QUITTING.store(true, Ordering::SeqCst);
                if let Some(socket) = app.try_state::<instance::Socket>() {
                    socket.release();
                }
            }
            _ => {}
        }),
        Err(err) => {
            eprintln!("Cairn could not start: {err}");
            std::process::exit(1);
        }
    }
}

/// Size, place and maximised; not visibility, so a window closed while hidden still shows.
const WINDOW_STATE: StateFlags = StateFlags::SIZE.union(StateFlags::POSITION).union(StateFlags::MAXIMIZED);

/// The plugin saves the window's place when Cairn quits normally; saving shortly after the person
/// stops moving or resizing also keeps it when the session ends abruptly (logout, kill, power).
/// The save itself runs on the main thread (windows are not to be touched from others), and not
/// at all once Cairn is quitting.
fn save_window_state_soon<R: Runtime>(app: &tauri::AppHandle<R>) {
    static LATEST: AtomicU64 = AtomicU64::new(0);
    let mine = LATEST.fetch_add(1, Ordering::SeqCst) + 1;
    let app = app.clone();
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(400));
        if LATEST.load(Ordering::SeqCst) != mine || QUITTING.load(Ordering::SeqCst) {
            return;
        }
        let handle = app.clone();
        let _ = app.run_on_main_thread(move || {
            if !QUITTING.load(Ordering::SeqCst) {
                let _ = handle.save_window_state(WINDOW_STATE);
            }
        });
    });
}

/// Set when Cairn starts to quit, so late background work leaves the windows alone.
static QUITTING: AtomicBool = AtomicBool::new(false);

/// Brings the window to the front. Called from the instance socket's thread, so the work is handed
/// to the main thread, the only one that may touch windows.
fn show_main_window<R: Runtime>(app: &tauri::AppHandle<R>) {
    let handle = app.clone();
    let _ = app.run_on_main_thread(move || {
        if let Some(window) = handle.get_webview_window(MAIN_WINDOW) {
            let _ = window.unminimize();
            let _ = window.show();
            let _ = window.set_focus();
        }
    });
}
