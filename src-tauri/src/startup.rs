//! Startup and memory figures for BENCHMARKS.md, measured on the real binary (`./dev bench`).
//!
//! The UI says when the first plan data is on screen (`ui_ready`, once per start). Normally that
//! does nothing; with `CAIRN_STARTUP_PROBE=FILE` Cairn appends the milliseconds since its `main`
//! began to FILE and quits (or stays, with `CAIRN_STARTUP_PROBE_STAY=1`, for a memory reading).
//! `CAIRN_BLANK_WINDOW=1` opens a blank page instead of Cairn (no data file, no reminders) whose
//! script calls `ui_ready` on its first frame: the baseline of a bare Tauri window, measured by
//! the same binary in the same run.

use std::io::Write;
use std::sync::OnceLock;
use std::time::Instant;

use tauri::{AppHandle, Runtime};

pub const PROBE_ENV: &str = "CAIRN_STARTUP_PROBE";
pub const STAY_ENV: &str = "CAIRN_STARTUP_PROBE_STAY";
pub const BLANK_ENV: &str = "CAIRN_BLANK_WINDOW";

static STARTED: OnceLock<Instant> = OnceLock::new();

/// Called first thing in `run()`.
pub fn mark_start() {
    STARTED.get_or_init(Instant::now);
}

/// Whether this start is the blank-window baseline.
pub fn blank() -> bool {
    std::env::var_os(BLANK_ENV).is_some_and(|v| v == "1")
}

/// Records the UI's `ui_ready` call (see `commands::app::ui_ready`): a no-op unless probing.
pub fn ui_ready<R: Runtime>(app: &AppHandle<R>, marks: Option<Vec<(String, f64)>>, now: Option<f64>) {
    let Some(path) = std::env::var_os(PROBE_ENV) else { return };
    let elapsed = STARTED.get().map_or(0.0, |t| t.elapsed().as_secs_f64() * 1000.0);
    let mut line = format!("{elapsed:.1}");
    if let Some(now) = now.filter(|n| n.is_finite()) {
        let page = elapsed - now;
        line.push_str(&format!(" page={page:.0}"));
        for (name, at) in marks.unwrap_or_default().iter().filter(|(n, t)| t.is_finite() && is_word(n)) {
            line.push_str(&format!(" {name}={:.0}", page + at));
        }
    }
    line.push('\n');
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    // Like every file Cairn creates: private from birth, whatever the umask.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let written = options.open(&path).and_then(|mut f| f.write_all(line.as_bytes()));
    if let Err(err) = written {
        eprintln!("Cairn could not write the startup figure to {}: {err}", path.to_string_lossy());
    }
    if std::env::var_os(STAY_ENV).is_none() {
        app.exit(0);
    }
}

/// A mark's name as the probe line can carry it (the UI's own names: letters and dashes).
fn is_word(name: &str) -> bool {
    !name.is_empty() && name.len() <= 40 && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}
