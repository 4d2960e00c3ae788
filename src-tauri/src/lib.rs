//! Council Desk, the desktop shell: it opens the store, registers the commands and shows the window.
//! Everything it does is decided in `council-core`.

mod cache;
mod commands;
mod dialogs;
mod hub;
pub mod launch;
mod mail_password;
pub mod surface;

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
        // Desktop notifications, sent from a Rust command only (`commands::notices`): no webview permission.
        .plugin(tauri_plugin_notification::init())
        .setup(|app| {
            let data_dir = app.path().app_data_dir().ok();
            let path = resolve_db_path(None, std::env::var_os(DB_ENV), data_dir.as_deref())
                .unwrap_or_else(|| PathBuf::from(council_core::paths::DB_FILE));
            app.manage(council_surface::Desk::opening(&path));
            app.manage(hub::HubLink::load(&path, council_core::Lang::Ru));
            app.manage(mail_password::MailPasswords::default());
            app.state::<hub::HubLink>().start(app.handle());
            // The window and its page load while the database opens; the first command waits for it.
            let handle = app.handle().clone();
            std::thread::spawn(move || handle.state::<council_surface::Desk>().finish_opening());
            cache::clean_in_background(app.handle());
            Ok(())
        })
        .invoke_handler({
            // Connected to the office hub, the hub answers what it serves; the desk answers the rest.
            let desk = surface::handler();
            move |invoke| hub::forward(invoke).is_none_or(&desk)
        })
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("Council Desk could not start: {error}");
        std::process::exit(1);
    }
}
