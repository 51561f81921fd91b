//! End-to-end tests: the real Cairn binary in a real window (under Xvfb), driven through
//! tauri-driver + WebKitWebDriver the way a person would use it. Run by `./dev test`.

mod app;
mod case;
mod desktop;
mod export;
mod first_run;
mod meetings;
mod offline;
mod people;
mod plans;
mod readiness;
mod reflection;
mod rhythm;
mod safety;
mod search;
mod signals;
mod skills;
mod tour;
mod wins;
