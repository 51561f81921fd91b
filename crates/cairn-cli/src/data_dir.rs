//! The same data folder as the app: `$CAIRN_DATA_DIR`, else `--data-dir`, else the platform's app
//! data folder for the identifier `app.cairn.planner` (where Tauri puts it).

use std::path::PathBuf;

const IDENTIFIER: &str = "app.cairn.planner";

pub fn resolve(flag: Option<PathBuf>) -> Option<PathBuf> {
    if let Some(dir) = flag {
        return Some(dir);
    }
    if let Some(dir) = std::env::var_os("CAIRN_DATA_DIR").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    platform_data_dir().map(|d| d.join(IDENTIFIER))
}

#[cfg(target_os = "linux")]
fn platform_data_dir() -> Option<PathBuf> {
    std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
}

#[cfg(target_os = "macos")]
fn platform_data_dir() -> Option<PathBuf> {
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join("Library/Application Support"))
}

#[cfg(target_os = "windows")]
fn platform_data_dir() -> Option<PathBuf> {
    std::env::var_os("APPDATA").map(PathBuf::from)
}

#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
fn platform_data_dir() -> Option<PathBuf> {
    None
}
