// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use council_desk_lib::launch::{Launch, launch, print_version};

fn main() -> std::process::ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // First, before any of the app's set-up: started as `council` (the package's link to this binary) or as
    // `council-desk cli …`, this is the command-line tool (src/launch.rs).
    match launch(&args) {
        Launch::Cli(cli_args) => return council_cli::run(cli_args),
        Launch::Version => return print_version(),
        Launch::App => {}
    }
    // Started again by the app to show one file dialog in a process of its own (src/dialogs.rs).
    if let Some(status) = council_desk_lib::serve_file_dialog(&args) {
        std::process::exit(status);
    }
    council_desk_lib::run();
    std::process::ExitCode::SUCCESS
}
