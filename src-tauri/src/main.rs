// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // Started again by the app to show one file dialog in a process of its own (src/dialogs.rs).
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some(status) = council_desk_lib::serve_file_dialog(&args) {
        std::process::exit(status);
    }
    council_desk_lib::run();
}
