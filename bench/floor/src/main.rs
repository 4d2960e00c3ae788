//! A window showing one line of HTML; it prints the same start-up marker as Council Desk once painted.

use std::sync::OnceLock;
use std::time::Instant;

static STARTED: OnceLock<Instant> = OnceLock::new();

/// Prints `council-desk-floor: dashboard ready after N ms` on stderr, with the page's steps as the app does.
#[tauri::command]
fn mark_ready(steps: Vec<(String, f64)>) {
    let ms = STARTED.get().map_or(0, |started| started.elapsed().as_millis());
    let steps: Vec<String> = steps.iter().map(|(name, at)| format!("{name} {at:.0}")).collect();
    eprintln!("council-desk-floor: dashboard ready after {ms} ms (page: {} ms)", steps.join(" "));
}

fn main() {
    let _ = STARTED.set(Instant::now());
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![mark_ready])
        .run(tauri::generate_context!())
        .expect("the floor window runs");
}
