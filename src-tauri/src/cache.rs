//! The app's cache folders: copies of attachments written for the system's viewer to open, and PDFs written
//! for it to print. Other programs read them, so they cannot be removed as soon as they are handed over;
//! those older than a day are removed when the app starts.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use tauri::{AppHandle, Manager};

/// What a cache folder holds.
#[derive(Debug, Clone, Copy)]
pub enum Copies {
    /// Attachments written to be opened.
    Open,
    /// Documents written to be printed.
    Print,
}

impl Copies {
    const ALL: [Copies; 2] = [Copies::Open, Copies::Print];

    fn folder_name(self) -> &'static str {
        match self {
            Copies::Open => "open",
            Copies::Print => "print",
        }
    }
}

/// How long a copy is left for the program it was handed to.
const KEPT_FOR: Duration = Duration::from_secs(24 * 60 * 60);

/// The cache folder for `copies` (under the OS cache directory of the app, else the temporary folder).
pub fn folder(app: &AppHandle, copies: Copies) -> PathBuf {
    app.path()
        .app_cache_dir()
        .unwrap_or_else(|_| std::env::temp_dir().join(council_core::paths::APP_ID))
        .join(copies.folder_name())
}

/// Removes, on a thread of its own, the copies older than a day from every cache folder.
pub fn clean_in_background(app: &AppHandle) {
    let folders: Vec<PathBuf> = Copies::ALL.iter().map(|c| folder(app, *c)).collect();
    std::thread::spawn(move || {
        let now = SystemTime::now();
        for dir in folders {
            remove_older(&dir, now, KEPT_FOR);
        }
    });
}

/// Removes the files below `dir` last changed more than `kept_for` before `now`, and the folders left
/// empty. Answers how many files went. Nothing it cannot read or remove stops it.
fn remove_older(dir: &Path, now: SystemTime, kept_for: Duration) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        // A link is removed as itself, never followed.
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            removed += remove_older(&path, now, kept_for);
            // Only an empty folder goes.
            let _ = std::fs::remove_dir(&path);
            continue;
        }
        let old = meta
            .modified()
            .ok()
            .and_then(|changed| now.duration_since(changed).ok())
            .is_some_and(|age| age > kept_for);
        if old && std::fs::remove_file(&path).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use std::fs::File;

    use super::*;

    #[test]
    fn copies_older_than_a_day_go_and_newer_ones_stay() {
        let dir = tempfile::tempdir().unwrap();
        let now = SystemTime::now();
        let old = dir.path().join("0192a/Протокол.pdf");
        let fresh = dir.path().join("0192b/report.docx");
        for file in [&old, &fresh] {
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(file, b"copy").unwrap();
        }
        File::options()
            .write(true)
            .open(&old)
            .unwrap()
            .set_modified(now - Duration::from_secs(25 * 60 * 60))
            .unwrap();

        assert_eq!(remove_older(dir.path(), now, KEPT_FOR), 1);
        assert!(!old.exists());
        assert!(
            !old.parent().unwrap().exists(),
            "the emptied folder went too"
        );
        assert!(fresh.exists());
        assert_eq!(remove_older(&dir.path().join("missing"), now, KEPT_FOR), 0);
    }
}
