//! One-file backups: the database (copied through SQLite's online backup API, so the app may keep working),
//! the content of every attachment, and a manifest with a SHA-256 checksum of every file, in a tar archive. Restoring verifies everything
//! before it touches the live database, keeps the current data as a backup first, then swaps atomically.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The format name written into every manifest.
pub const FORMAT: &str = "council-desk-backup";
/// The manifest format version this build writes; it reads every version up to it. Version 2 added the
/// attachments (`attachments/ab/ab12…`); a version 1 backup has none and restores as it always did.
pub const FORMAT_VERSION: u32 = 2;
/// Where the content of attachments lies inside a backup, each under `ab/<sha256>`.
pub const ATTACHMENT_PREFIX: &str = "attachments/";
/// The folder name, beside the database, that holds its backups.
pub const BACKUPS_DIR: &str = "backups";
/// The name of the database inside a backup.
pub const DB_ENTRY: &str = "council.db";
/// The name of the manifest inside a backup.
pub const MANIFEST_ENTRY: &str = "manifest.json";

/// One file in a backup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupFile {
    pub path: String,
    pub size: u64,
    /// Lowercase hex SHA-256 of the content.
    pub sha256: String,
}

/// What a backup holds, written as `manifest.json` inside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupManifest {
    pub format: String,
    pub format_version: u32,
    pub app_version: String,
    pub schema_version: i64,
    /// UTC instant the backup was made.
    pub created_at: String,
    pub files: Vec<BackupFile>,
}

/// The result of an integrity check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CheckReport {
    /// True when SQLite found nothing wrong.
    pub ok: bool,
    /// `quick` (at start-up) or `full` (on demand).
    pub mode: String,
    /// What SQLite reported: `ok`, or the problems it found.
    pub messages: Vec<String>,
}

/// Where a backup made by hand goes in `dir`: `manual-<UTC time>.council-backup`.
#[must_use]
pub fn manual_backup_path(dir: &std::path::Path) -> std::path::PathBuf {
    dir.join(format!(
        "manual-{}.council-backup",
        crate::time::now_text().replace([':', '.'], "-")
    ))
}

/// The folder holding the backups of the database at `db`.
#[must_use]
pub fn backups_dir(db: &std::path::Path) -> std::path::PathBuf {
    db.parent()
        .unwrap_or(std::path::Path::new("."))
        .join(BACKUPS_DIR)
}

/// Lowercase hex of a digest.
pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
            let _ = write!(out, "{b:02x}");
            out
        })
}
