//! One-file backups: the database (copied through SQLite's online backup API, so the app may keep working),
//! the content of every attachment, and a manifest with a SHA-256 checksum of every file, in a tar archive. Restoring verifies everything
//! before it touches the live database, keeps the current data as a backup first, then swaps atomically.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The format name written into every manifest.
pub const FORMAT: &str = "council-desk-backup";
/// The manifest format version this build writes; it reads every version up to it. Version 2 added the
/// attachments (`attachments/ab/ab12…`); a version 1 backup has none and restores as it always did.
/// Version 3 added `missing`, the attachments whose content could not go in: an older version, which
/// would restore such a backup as complete, refuses it.
pub const FORMAT_VERSION: u32 = 3;
/// The largest manifest a restore reads (a manifest lists about 150,000 files within it).
pub const MAX_MANIFEST_BYTES: u64 = 32 << 20;
/// Where the content of attachments lies inside a backup, each under `ab/<sha256>`.
pub const ATTACHMENT_PREFIX: &str = "attachments/";
/// The folder name, beside the database, that holds its backups.
pub const BACKUPS_DIR: &str = "backups";
/// The name of the database inside a backup.
pub const DB_ENTRY: &str = "council.db";
/// The name of the manifest inside a backup.
pub const MANIFEST_ENTRY: &str = "manifest.json";

/// A backup the officer chose to restore, as the window knows it: the token and name of the chosen file
/// (as [`crate::paths::ChosenFile`]), and when the backup was made, for the restore question to say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ChosenBackup {
    pub token: String,
    /// The file's name, without its folder.
    pub name: String,
    /// UTC instant the backup was made, as its manifest says; `None` when the file is no readable backup
    /// (the restore then refuses it and says why).
    pub created_at: Option<String>,
}

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
    /// The attachments whose content was missing or damaged when the backup was made, so is not in it;
    /// empty when the backup is complete (and in every backup before format 3).
    #[serde(default)]
    pub missing: Vec<MissingContent>,
}

impl BackupManifest {
    /// True when every attachment's content is in the backup.
    #[must_use]
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }
}

/// What is wrong with the stored content of an attachment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ContentFault {
    /// No file holds the content.
    Missing,
    /// The file's size or SHA-256 differs from the attachment's.
    Damaged,
}

/// An attachment whose content is missing or damaged: found by the full check, left out of a backup,
/// or not there after a restore.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MissingContent {
    pub attachment_id: String,
    /// The attachment's display name.
    pub name: String,
    /// The SHA-256 the attachment names (where its content should be).
    pub sha256: String,
    pub fault: ContentFault,
}

impl MissingContent {
    /// One line for a report: `attachment <id> "<name>": content missing`.
    #[must_use]
    pub fn describe(&self) -> String {
        let fault = match self.fault {
            ContentFault::Missing => "content missing",
            ContentFault::Damaged => "content damaged",
        };
        format!(
            "attachment {} \"{}\": {fault}",
            self.attachment_id,
            self.name.escape_debug()
        )
    }
}

/// How a backup went, for the app to show (Settings → Data, a banner).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupStatus {
    /// Written, with every attachment's content.
    Ok,
    /// Written, but the content of the attachments in `missing` could not go in.
    WithProblems,
    /// Not written; `error` says why.
    Failed,
}

/// The outcome of a backup: the daily one as [`crate::Store::last_daily_backup`] remembers it, or one
/// made by hand ([`BackupOutcome::written`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BackupOutcome {
    pub status: BackupStatus,
    /// UTC instant the backup ran.
    pub at: String,
    /// The backup file, when one was written.
    pub path: Option<String>,
    /// The attachments whose content is not in the backup.
    pub missing: Vec<MissingContent>,
    /// Why the backup failed, translated into the interface language of the time.
    pub error: Option<String>,
}

impl BackupOutcome {
    /// The outcome of a backup written to `path` with `manifest`.
    #[must_use]
    pub fn written(path: &std::path::Path, manifest: &BackupManifest) -> BackupOutcome {
        BackupOutcome {
            status: if manifest.is_complete() {
                BackupStatus::Ok
            } else {
                BackupStatus::WithProblems
            },
            at: manifest.created_at.clone(),
            path: Some(path.display().to_string()),
            missing: manifest.missing.clone(),
            error: None,
        }
    }

    /// The outcome of a backup that failed with `error`.
    #[must_use]
    pub fn failed(error: &crate::CoreError, lang: crate::Lang) -> BackupOutcome {
        BackupOutcome {
            status: BackupStatus::Failed,
            at: crate::time::now_text(),
            path: None,
            missing: Vec::new(),
            error: Some(error.message(lang)),
        }
    }
}

/// What a restore did: the backup's manifest, where the replaced data was kept, and the attachments of
/// the restored data whose content is not there (left out of the backup and not already on this machine).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RestoreOutcome {
    pub manifest: BackupManifest,
    /// The backup (or, for a damaged database, the plain copy) of the data the restore replaced.
    pub safety: Option<String>,
    pub missing: Vec<MissingContent>,
}

/// The result of an integrity check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CheckReport {
    /// True when nothing wrong was found.
    pub ok: bool,
    /// `quick` (at start-up) or `full` (on demand).
    pub mode: String,
    /// What the check reported: `ok`, or the problems it found (one line for each bad attachment too).
    pub messages: Vec<String>,
    /// The full check only: every attachment whose content is missing or damaged.
    pub attachments: Vec<MissingContent>,
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
