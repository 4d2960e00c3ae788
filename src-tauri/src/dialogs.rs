//! Native file dialogs, shown from Rust so the webview never gets a file path to read or write of its own
//! choosing: the officer picks the file, the command acts on it. Each dialog runs on a blocking thread, so
//! neither the UI thread nor the async runtime waits on it.

use std::path::PathBuf;

use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

/// What a file dialog starts with.
#[derive(Debug, Default)]
pub struct DialogStart {
    /// The folder shown first.
    pub directory: Option<PathBuf>,
    /// The file name proposed (save dialogs).
    pub file_name: Option<String>,
    /// One filter: its name and the extensions it shows.
    pub filter: Option<(String, Vec<&'static str>)>,
}

/// Asks for an existing file; `None` when the officer cancels.
pub async fn pick_file(app: &AppHandle, start: DialogStart) -> Option<PathBuf> {
    run(app, start, false).await
}

/// Asks where to save a file (the dialog itself confirms replacing one); `None` when cancelled.
pub async fn save_file(app: &AppHandle, start: DialogStart) -> Option<PathBuf> {
    run(app, start, true).await
}

async fn run(app: &AppHandle, start: DialogStart, save: bool) -> Option<PathBuf> {
    let app = app.clone();
    let chosen = tauri::async_runtime::spawn_blocking(move || {
        let mut builder = app.dialog().file();
        if let Some(directory) = start.directory {
            builder = builder.set_directory(directory);
        }
        if let Some(name) = start.file_name {
            builder = builder.set_file_name(name);
        }
        if let Some((name, extensions)) = start.filter {
            builder = builder.add_filter(name, &extensions);
        }
        if save {
            builder.blocking_save_file()
        } else {
            builder.blocking_pick_file()
        }
    })
    .await
    .ok()
    .flatten()?;
    chosen.into_path().ok()
}
