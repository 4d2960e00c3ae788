//! The start-up marker: the first screen has painted its data. `bench/startup.sh` waits for this line on
//! stderr to measure the time from launch to data on screen; it costs one IPC call per start.

use std::fmt::Write as _;
use std::sync::OnceLock;
use std::time::Instant;

use super::Answer;

/// When the app's `run` began.
pub static STARTED: OnceLock<Instant> = OnceLock::new();

/// Prints `council-desk: dashboard ready after N ms` (N since `run` began) on stderr, followed by the page's
/// steps (`name` at ms since the page began loading), so a slow start shows where its time went.
#[tauri::command]
pub async fn mark_ready(steps: Vec<(String, f64)>) -> Answer<()> {
    let ms = STARTED
        .get()
        .map_or(0, |started| started.elapsed().as_millis());
    let mut line = format!("council-desk: dashboard ready after {ms} ms");
    if !steps.is_empty() {
        line.push_str(" (page:");
        for (name, at) in steps.iter().take(16) {
            // Names come from the page; only letters and dashes are printed.
            let name: String = name
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                .take(24)
                .collect();
            let _ = write!(line, " {name} {at:.0}");
        }
        line.push_str(" ms)");
    }
    eprintln!("{line}");
    Ok(())
}
