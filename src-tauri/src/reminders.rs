//! Desktop notifications for what became due (check-ins, milestones, learning actions, action
//! items, the weekly reflection, the monthly review, review dates, a self-assessment): shortly
//! after start, then every hour while Cairn runs (the core remembers what it announced, so each
//! item is announced once per due date, however often Cairn looks). What to say is decided by
//! cairn-core; this only shows it.

use std::time::Duration;

use cairn_core::Notice;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;

use crate::AppState;

/// How often a running Cairn looks for what became due.
const EVERY: Duration = Duration::from_secs(60 * 60);

/// The first look waits until the window has drawn its first screen: at ten years of data it
/// reads thousands of rows, and at start it competed with the first screen's own reads for the
/// store and the CPU (BENCHMARKS.md). Ten seconds later the notice is no less timely.
const FIRST_LOOK: Duration = Duration::from_secs(10);

/// Looks shortly after start, then every hour, on a thread of its own.
pub fn start<R: Runtime>(app: AppHandle<R>) {
    std::thread::spawn(move || {
        std::thread::sleep(FIRST_LOOK);
        loop {
            if let Some(state) = app.try_state::<AppState>() {
                remind(&state, |notice| {
                    app.notification().builder().title(&notice.title).body(notice.body_markup()).show().is_ok()
                });
            }
            std::thread::sleep(EVERY);
        }
    });
}

/// Says in a desktop notice that a backup made out of sight failed (Data & backups says more).
pub fn backup_failed<R: Runtime>(app: &AppHandle<R>, failure: &crate::BackupFailure) {
    let body = cairn_core::markup_escaped(&format!("{} Open Data & backups to make one now.", failure.message));
    if let Err(err) = app.notification().builder().title("Cairn could not back up your data").body(body).show() {
        crate::log::warn(&format!("could not show the backup notice: {err}"));
    }
}

/// Shows one notice for whatever became due and, if it was shown, remembers that. Without a
/// notification service (a bare X session), nothing is marked and the next look tries again.
pub fn remind(state: &AppState, show: impl FnOnce(&Notice) -> bool) {
    let due = match state.with_store(|store| store.due_reminders()) {
        Ok(due) => due,
        Err(err) => return crate::log::error(&format!("could not look for reminders: {}", err.message)),
    };
    if let Some(notice) = cairn_core::notice(&due)
        && show(&notice)
        && let Err(err) = state.with_store(|store| store.mark_reminded(&due))
    {
        crate::log::error(&format!("could not remember the reminder it showed: {}", err.message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shown_notice_is_not_shown_again_and_a_failed_one_is_retried() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::open(dir.path());
        state.with_store(|s| s.load_demo().map(|_| ())).unwrap();

        let mut failed = None;
        remind(&state, |n| {
            failed = Some(n.clone());
            false
        });
        let failed = failed.expect("the demo has check-ins and a milestone due");
        assert!(failed.body.contains("Check in with") && failed.body.contains("Due: "), "{failed:?}");
        assert_eq!(failed.body.matches("Share the relevance rollout plan").count(), 1, "a carried-over item once");

        let mut shown = None;
        remind(&state, |n| {
            shown = Some(n.clone());
            true
        });
        assert_eq!(shown.as_ref(), Some(&failed), "a notice that could not be shown is tried again");

        remind(&state, |n| panic!("already announced: {n:?}"));
    }
}
