//! A window showing one line of HTML; it prints the same start-up marker as Council Desk once painted.

use std::sync::OnceLock;
use std::time::Instant;

static STARTED: OnceLock<Instant> = OnceLock::new();

/// Prints `council-desk-floor: dashboard ready after N ms` on stderr.
#[tauri::command]
fn mark_ready() {
    let ms = STARTED.get().map_or(0, |started| started.elapsed().as_millis());
    eprintln!("council-desk-floor: dashboard ready after {ms} ms");
}

fn main() {
    let _ = STARTED.set(Instant::now());
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![mark_ready])
        .run(tauri::generate_context!())
        .expect("the floor window runs");
}
