// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // Private from birth, including what the webview and plugins create on Cairn's behalf.
    cairn_core::keep_new_files_private();
    cairn_app::run();
}
