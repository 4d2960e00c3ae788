//! Council Desk, the desktop shell: it opens the store, registers the commands and shows the window.
//! Everything it does is decided in `council-core`.

mod cache;
mod commands;
mod dialogs;
pub mod launch;
mod state;

pub use dialogs::serve_file_dialog;

use std::path::PathBuf;

use council_core::paths::{DB_ENV, resolve_db_path};
use tauri::Manager;

/// Asks WebKit to draw the page without accelerated compositing, unless `COUNCIL_DESK_COMPOSITING=1` (or the
/// officer set `WEBKIT_DISABLE_COMPOSITING_MODE` themselves).
///
/// Council Desk shows forms and tables: no animation, video or 3D that compositing layers would speed up,
/// while they cost the web process memory (~90 MB of the ~230 MB it holds after start) and, on a machine
/// without a working GPU driver, run on software GL (docs/PERFORMANCE.md). Mail clients built on the same
/// engine make the same choice. WebKit's own variable is read when its first web view is made, so the
/// window never sets up GL at all: set on the view once it exists, the same choice came after WebKit had
/// prepared GL for it, and the window showed its data ~35 ms later. Programs this app starts (an attachment's
/// viewer) inherit the variable.
#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
fn draw_without_compositing() {
    const WEBKIT: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
    let keep = std::env::var_os("COUNCIL_DESK_COMPOSITING").is_some_and(|value| value == "1");
    if keep || std::env::var_os(WEBKIT).is_some() {
        return;
    }
    // SAFETY: `run` calls this first, before Tauri, GTK or anything else of this process has started a thread,
    // so nothing can read the environment while it changes (the workspace's one exception to `unsafe_code`).
    unsafe { std::env::set_var(WEBKIT, "1") };
}

/// Starts the desktop app.
///
/// The database is `COUNCIL_DB` when set, else `council.db` in the OS app-data directory of the app.
pub fn run() {
    let _ = commands::startup::STARTED.set(std::time::Instant::now());
    #[cfg(target_os = "linux")]
    draw_without_compositing();
    let result = tauri::Builder::default()
        // The window opens where and as large as the officer left it.
        .plugin(tauri_plugin_window_state::Builder::default().build())
        // Opening files with their default application, used from Rust commands only: the capability grants
        // the webview none of its permissions. File dialogs run in a process of their own (`dialogs`).
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            let data_dir = app.path().app_data_dir().ok();
            let path = resolve_db_path(None, std::env::var_os(DB_ENV), data_dir.as_deref())
                .unwrap_or_else(|| PathBuf::from(council_core::paths::DB_FILE));
            app.manage(state::Desk::opening(&path));
            // The window and its page load while the database opens; the first command waits for it.
            let handle = app.handle().clone();
            std::thread::spawn(move || handle.state::<state::Desk>().finish_opening());
            cache::clean_in_background(app.handle());
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::registry::reference,
            commands::registry::set_language,
            commands::registry::list_pairings,
            commands::registry::get_pairing,
            commands::registry::create_pairing,
            commands::registry::update_pairing,
            commands::registry::delete_pairing,
            commands::registry::restore_pairing,
            commands::registry::list_trash,
            commands::registry::history,
            commands::records::pairing_sessions,
            commands::records::pairing_decisions,
            commands::records::pairing_portfolio,
            commands::records::recent_changes,
            commands::records::session_of,
            commands::registry::list_bodies,
            commands::registry::create_body,
            commands::registry::update_body,
            commands::registry::delete_body,
            commands::registry::restore_body,
            commands::registry::list_people,
            commands::registry::create_person,
            commands::registry::update_person,
            commands::registry::delete_person,
            commands::registry::restore_person,
            commands::control::dashboard,
            commands::control::list_instructions,
            commands::control::instruction_history,
            commands::control::create_instruction,
            commands::control::update_instruction,
            commands::control::extend_instruction,
            commands::control::add_execution_report,
            commands::control::move_instruction,
            commands::control::delete_instruction,
            commands::control::restore_instruction,
            commands::portfolio::list_agreements,
            commands::portfolio::create_agreement,
            commands::portfolio::update_agreement,
            commands::portfolio::delete_agreement,
            commands::portfolio::list_projects,
            commands::portfolio::create_project,
            commands::portfolio::update_project,
            commands::portfolio::delete_project,
            commands::portfolio::project_portfolio,
            commands::portfolio::list_rates,
            commands::portfolio::set_rate,
            commands::sessions::list_sessions,
            commands::sessions::get_session,
            commands::sessions::create_session,
            commands::sessions::update_session,
            commands::sessions::change_session_status,
            commands::sessions::session_events,
            commands::sessions::delete_session,
            commands::scheduling::session_conflicts,
            commands::scheduling::preview_series,
            commands::scheduling::create_series,
            commands::sessions::get_agenda,
            commands::sessions::agenda_versions,
            commands::sessions::add_agenda_item,
            commands::sessions::update_agenda_item,
            commands::sessions::move_agenda_item,
            commands::sessions::delete_agenda_item,
            commands::sessions::approve_agenda,
            commands::sessions::revise_agenda,
            commands::sessions::add_standing_items,
            commands::sessions::list_decisions,
            commands::sessions::adopt_decision,
            commands::sessions::amend_decision,
            commands::sessions::rescind_decision,
            commands::sessions::delete_decision,
            commands::sessions::open_before_session,
            commands::data::restore_from_trash,
            commands::data::backup_now,
            commands::data::last_daily_backup,
            commands::data::startup_check,
            commands::data::check_database,
            commands::data::search,
            commands::data::choose_backup_file,
            commands::data::restore_backup,
            commands::data::set_backups_keep,
            commands::attachments::list_attachments,
            commands::attachments::attach_file,
            commands::attachments::open_attachment,
            commands::attachments::export_attachment,
            commands::attachments::delete_attachment,
            commands::interop::export_sessions_ics,
            commands::interop::choose_ics_file,
            commands::interop::import_sessions_ics,
            commands::interop::export_control_xlsx,
            commands::documents::preview_document,
            commands::documents::save_document_pdf,
            commands::documents::print_document,
            commands::startup::mark_ready,
        ])
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("Council Desk could not start: {error}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    /// Every `#[tauri::command]` in `src/commands/` is registered in the handler, listed in build.rs (so it
    /// needs a permission) and granted to the main window by its capability; nothing else is granted.
    #[test]
    fn every_command_is_registered_listed_and_granted() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut defined = BTreeSet::new();
        for entry in std::fs::read_dir(root.join("src/commands")).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let mut lines = text.lines();
            while let Some(line) = lines.next() {
                if line.trim() == "#[tauri::command]" {
                    let signature = lines.find(|l| l.contains("pub async fn ")).unwrap();
                    let name = signature
                        .split("pub async fn ")
                        .nth(1)
                        .unwrap()
                        .split('(')
                        .next()
                        .unwrap();
                    defined.insert(name.to_owned());
                }
            }
        }
        let lib = std::fs::read_to_string(root.join("src/lib.rs")).unwrap();
        let build = std::fs::read_to_string(root.join("build.rs")).unwrap();
        let capability: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(root.join("capabilities/main.json")).unwrap(),
        )
        .unwrap();
        let granted: BTreeSet<String> = capability["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap())
            .map(|p| p.trim_start_matches("allow-").replace('-', "_"))
            .collect();
        assert_eq!(capability["windows"], serde_json::json!(["main"]));
        assert_eq!(granted, defined, "capability grants exactly the commands");
        for name in &defined {
            assert!(
                lib.contains(&format!("::{name},")),
                "{name} is not in the handler"
            );
            assert!(
                build.contains(&format!("\"{name}\"")),
                "{name} is not in build.rs"
            );
        }
    }
}
