//! Council Desk, the desktop shell: it opens the store, registers the commands and shows the window.
//! Everything it does is decided in `council-core`.

mod commands;
mod state;

use std::path::PathBuf;

use council_core::paths::{DB_ENV, resolve_db_path};
use tauri::Manager;

/// Starts the desktop app.
///
/// The database is `COUNCIL_DB` when set, else `council.db` in the OS app-data directory of the app.
pub fn run() {
    let result = tauri::Builder::default()
        .setup(|app| {
            let data_dir = app.path().app_data_dir().ok();
            let path = resolve_db_path(None, std::env::var_os(DB_ENV), data_dir.as_deref())
                .unwrap_or_else(|| PathBuf::from(council_core::paths::DB_FILE));
            app.manage(state::Desk::open(&path));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::about,
            commands::set_language,
            commands::list_regions,
            commands::list_sectors,
            commands::list_pairings,
            commands::get_pairing,
            commands::create_pairing,
            commands::update_pairing,
            commands::delete_pairing,
            commands::restore_pairing,
            commands::list_trash,
            commands::history,
            commands::list_bodies,
            commands::create_body,
            commands::update_body,
            commands::delete_body,
            commands::restore_body,
            commands::list_people,
            commands::create_person,
            commands::update_person,
            commands::delete_person,
            commands::restore_person,
            commands::control_summary,
            commands::list_instructions,
            commands::execution_rates,
            commands::instruction_history,
            commands::create_instruction,
            commands::update_instruction,
            commands::extend_instruction,
            commands::add_execution_report,
            commands::move_instruction,
            commands::delete_instruction,
            commands::restore_instruction,
        ])
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("Council Desk could not start: {error}");
        std::process::exit(1);
    }
}
