//! The daily automatic backup and the record of how it last went, for Settings → Data and a banner.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{OptionalExtension, params};

use super::{Store, remove_if_there, remove_leftovers};
use crate::backup::BackupOutcome;
use crate::error::CoreResult;

/// The settings key holding the outcome of the last daily backup, as JSON.
const LAST_DAILY_BACKUP: &str = "last_daily_backup";

impl Store {
    /// The daily automatic backup: writes `auto-YYYY-MM-DD.council-backup` into `dir` unless today's exists,
    /// then keeps only the newest `keep` automatic backups. Answers the outcome of the backup written, if
    /// any: ok, or with problems (the attachments whose content could not go in). The outcome, or the
    /// failure, is remembered for [`Store::last_daily_backup`].
    ///
    /// Nobody waits for it (the app runs it in the background as it starts), so its copy goes through a
    /// scratch file rather than memory: a second or two slower at ten years of data, but the app does not
    /// hold a second image of the database (400 MB at ten years) while the officer starts work.
    pub fn auto_backup(
        &self,
        dir: &Path,
        keep: usize,
        today: chrono::NaiveDate,
    ) -> CoreResult<Option<BackupOutcome>> {
        let made = self.write_daily_backup(dir, keep, today);
        let outcome = match &made {
            Ok(outcome) => outcome.clone(),
            Err(error) => Some(BackupOutcome::failed(
                error,
                self.language().unwrap_or_default(),
            )),
        };
        if let Some(outcome) = outcome {
            // The backup is what matters; a record that cannot be written (the disk that failed the
            // backup, a busy database) is written again by the next daily backup.
            let _ = self.remember_daily_backup(&outcome);
        }
        made
    }

    fn write_daily_backup(
        &self,
        dir: &Path,
        keep: usize,
        today: chrono::NaiveDate,
    ) -> CoreResult<Option<BackupOutcome>> {
        let path = dir.join(format!("auto-{today}.council-backup"));
        // What an interrupted daily backup left: never a backup, only in the way.
        remove_leftovers(
            dir,
            "auto-",
            &[".council-backup.partial", ".council-backup.db-partial"],
        )?;
        let written = if path.exists() {
            None
        } else {
            let manifest = self.backup_with_memory_limit(&path, 0)?;
            Some(BackupOutcome::written(&path, &manifest))
        };
        let mut autos: Vec<PathBuf> = fs::read_dir(dir)?
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("auto-") && n.ends_with(".council-backup"))
            })
            .collect();
        // The names sort by date.
        autos.sort();
        let excess = autos.len().saturating_sub(keep.max(1));
        for old in &autos[..excess] {
            remove_if_there(old)?;
        }
        Ok(written)
    }

    /// How the last daily backup went (ok, with problems, failed), or `None` before the first one.
    pub fn last_daily_backup(&self) -> CoreResult<Option<BackupOutcome>> {
        let value: Option<String> = self
            .conn
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                params![LAST_DAILY_BACKUP],
                |row| row.get(0),
            )
            .optional()?;
        // A record this version cannot read is no record.
        Ok(value.and_then(|json| serde_json::from_str(&json).ok()))
    }

    /// Remembers the outcome of the daily backup (one statement, its own transaction; not a change of
    /// the register, so no audit row).
    fn remember_daily_backup(&self, outcome: &BackupOutcome) -> CoreResult<()> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![LAST_DAILY_BACKUP, serde_json::to_string(outcome)?],
        )?;
        Ok(())
    }
}
