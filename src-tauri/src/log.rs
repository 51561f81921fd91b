//! Where the shell says what went wrong away from a click: standard error (for a developer at a
//! terminal) and `cairn.log` in the data folder (for everyone else), through the core's rotating
//! log. Until the data folder is known, standard error only.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use cairn_core::{Clock, LogLevel, SystemClock, append_log};

static FOLDER: OnceLock<PathBuf> = OnceLock::new();

/// From now on, entries also go to the log in `data_dir`.
pub fn to_folder(data_dir: &Path) {
    let _ = FOLDER.set(data_dir.to_owned());
}

pub fn warn(message: &str) {
    write(LogLevel::Warn, message);
}

pub fn error(message: &str) {
    write(LogLevel::Error, message);
}

fn write(level: LogLevel, message: &str) {
    eprintln!("Cairn: {message}");
    if let Some(dir) = FOLDER.get()
        && let Err(err) = append_log(dir, SystemClock.now(), level, message)
    {
        eprintln!("Cairn could not write its log in {}: {err}", dir.display());
    }
}

/// Logs every panic (a bug) with where it happened, before the command boundary turns it into an
/// `internal` error for the window.
pub fn panics_to_log() {
    std::panic::set_hook(Box::new(|info| error(&format!("internal error (a bug in Cairn): {info}"))));
}
