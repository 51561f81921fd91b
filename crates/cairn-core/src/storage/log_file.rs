//! Cairn's log: what went wrong away from a click (the daily backup, a reminder, a panic caught at
//! a command), in `cairn.log` in the data folder, so that it is there when the person or a
//! developer looks. Private like everything else (0600), and bounded: at 1 MB the file moves to
//! `cairn.log.1` (and that to `.2`, up to `.3`), so a fault that repeats every hour cannot fill a
//! disk. Lines are one event each: a control character in a message cannot forge another line.

use std::io::Write;
use std::path::Path;

use chrono::{DateTime, Utc};

/// The log file inside the data folder.
pub const LOG_FILE: &str = "cairn.log";
/// Size at which the log moves aside.
pub const LOG_MAX_BYTES: u64 = 1 << 20;
/// How many older logs are kept beside it.
pub const LOG_KEEP: usize = 3;

/// How serious an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogLevel {
    Warn,
    Error,
}

/// Appends one line to the log in `data_dir`, rotating first when it is full.
pub fn append_log(data_dir: &Path, at: DateTime<Utc>, level: LogLevel, message: &str) -> std::io::Result<()> {
    let path = data_dir.join(LOG_FILE);
    if std::fs::metadata(&path).is_ok_and(|m| m.len() >= LOG_MAX_BYTES) {
        for n in (1..LOG_KEEP).rev() {
            let from = data_dir.join(format!("{LOG_FILE}.{n}"));
            if from.exists() {
                std::fs::rename(&from, data_dir.join(format!("{LOG_FILE}.{}", n + 1)))?;
            }
        }
        std::fs::rename(&path, data_dir.join(format!("{LOG_FILE}.1")))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&path)?;
    let level = match level {
        LogLevel::Warn => "WARN",
        LogLevel::Error => "ERROR",
    };
    let one_line: String = message.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    writeln!(file, "{} {level} {one_line}", at.format("%Y-%m-%dT%H:%M:%SZ"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_is_private_one_line_an_event_and_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let at = DateTime::parse_from_rfc3339("2026-12-02T10:00:00Z").unwrap().with_timezone(&Utc);
        append_log(dir.path(), at, LogLevel::Error, "backup failed:\ndisk full").unwrap();
        let text = std::fs::read_to_string(dir.path().join(LOG_FILE)).unwrap();
        assert_eq!(text, "2026-12-02T10:00:00Z ERROR backup failed: disk full\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(LOG_FILE)).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }

        let long = "x".repeat(100_000);
        for _ in 0..60 {
            append_log(dir.path(), at, LogLevel::Warn, &long).unwrap();
        }
        let files = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(files, 1 + LOG_KEEP, "the log and {LOG_KEEP} older ones, no more");
        for entry in std::fs::read_dir(dir.path()).unwrap() {
            assert!(entry.unwrap().metadata().unwrap().len() <= LOG_MAX_BYTES + 100_100);
        }
    }
}
