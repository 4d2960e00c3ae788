//! Every app command is listed here, so each needs a permission (see `capabilities/`) before a window may call it.

/// The commands of `src/commands/`; a test checks this list, the handler and the capability agree.
const COMMANDS: &[&str] = &[
    "about",
    "set_language",
    "list_regions",
    "list_sectors",
    "list_pairings",
    "get_pairing",
    "create_pairing",
    "update_pairing",
    "delete_pairing",
    "restore_pairing",
    "list_trash",
    "history",
    "list_bodies",
    "create_body",
    "update_body",
    "delete_body",
    "restore_body",
    "list_people",
    "create_person",
    "update_person",
    "delete_person",
    "restore_person",
    "control_summary",
    "list_instructions",
    "execution_rates",
    "instruction_history",
    "create_instruction",
    "update_instruction",
    "extend_instruction",
    "add_execution_report",
    "move_instruction",
    "delete_instruction",
    "restore_instruction",
    "list_agreements",
    "create_agreement",
    "update_agreement",
    "delete_agreement",
    "list_projects",
    "create_project",
    "update_project",
    "delete_project",
    "project_portfolio",
    "list_rates",
    "set_rate",
    "restore_from_trash",
    "backup_now",
    "check_database",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri-build failed: {error:#}");
    }
}
