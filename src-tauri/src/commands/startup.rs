//! The start-up marker: the first screen has painted its data. `bench/startup.sh` waits for this line on
//! stderr to measure the time from launch to data on screen; it costs one IPC call per start.

use std::sync::OnceLock;
use std::time::Instant;

use super::Answer;

/// When the app's `run` began.
pub static STARTED: OnceLock<Instant> = OnceLock::new();

/// Prints `council-desk: dashboard ready after N ms` (N since `run` began) on stderr.
#[tauri::command]
pub async fn mark_ready() -> Answer<()> {
    let ms = STARTED
        .get()
        .map_or(0, |started| started.elapsed().as_millis());
    eprintln!("council-desk: dashboard ready after {ms} ms");
    Ok(())
}
