//! The start: the marker that the first screen has painted its data (`bench/startup.sh` waits for this line
//! on stderr to measure the time from launch to data on screen; it costs one IPC call per start), and the
//! demonstration register the first-start screen offers.

use std::fmt::Write as _;
use std::sync::OnceLock;
use std::time::Instant;

use council_core::Store;
use tauri::{AppHandle, State};

use super::Answer;
use council_surface::Desk;

/// When the app's `run` began.
pub static STARTED: OnceLock<Instant> = OnceLock::new();

/// Prints `council-desk: dashboard ready after N ms` (N since `run` began) on stderr, followed by the page's
/// steps (`name` at ms since the page began loading), so a slow start shows where its time went.
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

/// Opens the demonstration register offered by the first-start screen in a window of its own: the app
/// started again on a database of its own (made at the first call, kept after), so the officer's real
/// register stays empty and closing that window is the way back.
pub async fn open_demonstration(_desktop: AppHandle, desk: State<'_, Desk>) -> Answer<()> {
    let real = desk.with(|store| Ok(store.path().to_path_buf()))?;
    let path = council_core::paths::demonstration_db(&real);
    let lang = desk.lang();
    let started = Store::prepare_demonstration(&path).and_then(|()| {
        let mut child = std::process::Command::new(std::env::current_exe()?)
            .env(council_core::paths::DB_ENV, &path)
            .spawn()?;
        // Reaped when it ends, so it does not linger as a zombie while this window stays open.
        std::thread::spawn(move || child.wait());
        Ok(())
    });
    started.map_err(|error| error.payload(lang))
}
