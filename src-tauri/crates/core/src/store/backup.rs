//! Backup, restore and integrity checks of the database file.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};
use sha2::{Digest, Sha256};

use super::{SCHEMA_VERSION, Store};
use crate::backup::{
    BackupFile, BackupManifest, CheckReport, DB_ENTRY, FORMAT, FORMAT_VERSION, MANIFEST_ENTRY, hex,
};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::time::now_text;

fn invalid(why: impl Into<String>) -> CoreError {
    CoreError::new(ErrorCode::BackupInvalid, why)
}

/// A sibling path of `path` with `suffix` appended to its file name (same directory, so renames are atomic).
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().map(ToOwned::to_owned).unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

fn sha256_file(path: &Path) -> CoreResult<(u64, String)> {
    let mut file = File::open(path)?;
    let mut hasher = Sha256::new();
    let size = io::copy(&mut file, &mut hasher)?;
    Ok((size, hex(&hasher.finalize())))
}

/// Removes a file that may not exist.
fn remove_if_there(path: &Path) -> CoreResult<()> {
    match fs::remove_file(path) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error.into()),
        _ => Ok(()),
    }
}

impl Store {
    /// Writes a one-file backup of the open database to `out`, replacing `out` only once the backup is
    /// complete. The app may keep writing meanwhile: the copy is one consistent state.
    pub fn backup_to(&self, out: &Path) -> CoreResult<BackupManifest> {
        if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent)?;
        }
        let copy = sibling(out, ".db-partial");
        remove_if_there(&copy)?;
        {
            let mut target = Connection::open(&copy)?;
            // The copy is a scratch file, read once into the archive, which is synced itself: a journal and
            // syncs of its own would only write and flush the whole database a second time.
            target.pragma_update(None, "journal_mode", "OFF")?;
            target.pragma_update(None, "synchronous", "OFF")?;
            let backup = Backup::new(&self.conn, &mut target)?;
            backup.run_to_completion(4096, Duration::ZERO, None)?;
        }
        let result = write_archive(&copy, out, self.schema_version()?);
        remove_if_there(&copy)?;
        result
    }

    /// The daily automatic backup: writes `auto-YYYY-MM-DD.council-backup` into `dir` unless today's exists,
    /// then keeps only the newest `keep` automatic backups. Returns the file written, if any.
    pub fn auto_backup(
        &self,
        dir: &Path,
        keep: usize,
        today: chrono::NaiveDate,
    ) -> CoreResult<Option<PathBuf>> {
        let path = dir.join(format!("auto-{today}.council-backup"));
        let written = if path.exists() {
            None
        } else {
            self.backup_to(&path)?;
            Some(path)
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

    /// Checks the database: `quick_check` at start-up, `integrity_check` and foreign keys on demand.
    pub fn check(&self, full: bool) -> CoreResult<CheckReport> {
        let pragma = if full {
            "PRAGMA integrity_check"
        } else {
            "PRAGMA quick_check"
        };
        let mut messages: Vec<String> = self
            .conn
            .prepare(pragma)?
            .query_map([], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        if full {
            let broken: Vec<String> = self
                .conn
                .prepare("PRAGMA foreign_key_check")?
                .query_map([], |row| {
                    Ok(format!(
                        "foreign key: {} row {} → {}",
                        row.get::<_, String>(0)?,
                        row.get::<_, i64>(1)?,
                        row.get::<_, String>(2)?
                    ))
                })?
                .collect::<Result<_, _>>()?;
            if !broken.is_empty() {
                messages.retain(|m| m != "ok");
                messages.extend(broken);
            }
        }
        Ok(CheckReport {
            ok: messages == ["ok"],
            mode: if full { "full" } else { "quick" }.to_owned(),
            messages,
        })
    }

    /// Restores `backup` into the database file at `db`: verifies the backup completely, keeps the current
    /// database (if any) as a backup in `safety_dir`, then swaps the file atomically. A damaged backup is
    /// refused before anything changes. Returns the manifest and the path of the safety backup.
    pub fn restore_backup(
        backup: &Path,
        db: &Path,
        safety_dir: &Path,
    ) -> CoreResult<(BackupManifest, Option<PathBuf>)> {
        let staged = sibling(db, ".restoring");
        remove_if_there(&staged)?;
        let manifest = match extract_verified(backup, &staged) {
            Ok(manifest) => manifest,
            Err(error) => {
                remove_if_there(&staged)?;
                return Err(error);
            }
        };
        // The staged copy must open as a healthy database of a schema this build knows (older ones migrate).
        let staged_check = Store::open(&staged).and_then(|store| store.check(true));
        match staged_check {
            Ok(report) if report.ok => {}
            Ok(report) => {
                remove_if_there(&staged)?;
                return Err(invalid(report.messages.join("; ")));
            }
            Err(error) => {
                remove_if_there(&staged)?;
                return Err(if error.code == ErrorCode::SchemaTooNew {
                    error
                } else {
                    invalid(error.message(crate::Lang::En))
                });
            }
        }
        let safety = if db.exists() {
            let name = format!(
                "before-restore-{}.council-backup",
                now_text().replace([':', '.'], "-")
            );
            let path = safety_dir.join(name);
            let current = Store::open(db)?;
            current.backup_to(&path)?;
            drop(current);
            Some(path)
        } else {
            None
        };
        // With every connection closed, SQLite has folded and removed the write-ahead log; one left behind
        // belongs to a program that still has the database open.
        if sibling(db, "-wal").exists() {
            remove_if_there(&staged)?;
            return Err(CoreError::new(
                ErrorCode::Storage,
                "the database is open in another program; close Council Desk first",
            ));
        }
        remove_if_there(&sibling(db, "-shm"))?;
        fs::rename(&staged, db)?;
        Ok((manifest, safety))
    }
}

/// Writes the tar archive: the manifest first, then the database copy; `out` appears only when complete.
fn write_archive(copy: &Path, out: &Path, schema_version: i64) -> CoreResult<BackupManifest> {
    let (size, sha256) = sha256_file(copy)?;
    let manifest = BackupManifest {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
        schema_version,
        created_at: now_text(),
        files: vec![BackupFile {
            path: DB_ENTRY.to_owned(),
            size,
            sha256,
        }],
    };
    let partial = sibling(out, ".partial");
    {
        let mut builder = tar::Builder::new(File::create(&partial)?);
        let json = serde_json::to_vec_pretty(&manifest)?;
        let mut header = tar::Header::new_gnu();
        header.set_size(json.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        builder.append_data(&mut header, MANIFEST_ENTRY, json.as_slice())?;
        builder.append_path_with_name(copy, DB_ENTRY)?;
        let mut file = builder.into_inner()?;
        file.flush()?;
        file.sync_all()?;
    }
    fs::rename(&partial, out)?;
    Ok(manifest)
}

/// Reads a backup, checks its manifest and every checksum, and writes its database to `staged`.
fn extract_verified(backup: &Path, staged: &Path) -> CoreResult<BackupManifest> {
    let file = File::open(backup)?;
    let mut archive = tar::Archive::new(file);
    let mut manifest: Option<BackupManifest> = None;
    let mut found_db = false;
    let entries = archive.entries().map_err(|e| invalid(e.to_string()))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| invalid(e.to_string()))?;
        let name = entry
            .path()
            .map_err(|e| invalid(e.to_string()))?
            .to_string_lossy()
            .into_owned();
        match name.as_str() {
            MANIFEST_ENTRY => {
                let mut text = Vec::new();
                entry
                    .read_to_end(&mut text)
                    .map_err(|e| invalid(e.to_string()))?;
                let parsed: BackupManifest =
                    serde_json::from_slice(&text).map_err(|e| invalid(e.to_string()))?;
                if parsed.format != FORMAT || parsed.format_version > FORMAT_VERSION {
                    return Err(invalid(format!(
                        "{} v{}",
                        parsed.format, parsed.format_version
                    )));
                }
                if parsed.schema_version > SCHEMA_VERSION {
                    return Err(CoreError::new(
                        ErrorCode::SchemaTooNew,
                        parsed.schema_version.to_string(),
                    ));
                }
                manifest = Some(parsed);
            }
            DB_ENTRY => {
                let expected = manifest
                    .as_ref()
                    .and_then(|m| m.files.iter().find(|f| f.path == DB_ENTRY))
                    .ok_or_else(|| invalid("no manifest before the database"))?
                    .clone();
                let mut out = File::create(staged)?;
                let mut hasher = Sha256::new();
                let mut buffer = vec![0u8; 1 << 16];
                let mut size = 0u64;
                loop {
                    let read = entry
                        .read(&mut buffer)
                        .map_err(|e| invalid(e.to_string()))?;
                    if read == 0 {
                        break;
                    }
                    hasher.update(&buffer[..read]);
                    out.write_all(&buffer[..read])?;
                    size += read as u64;
                }
                out.sync_all()?;
                if size != expected.size || hex(&hasher.finalize()) != expected.sha256 {
                    return Err(invalid(format!("{DB_ENTRY}: checksum mismatch")));
                }
                found_db = true;
            }
            other => return Err(invalid(format!("unexpected entry {other}"))),
        }
    }
    let manifest = manifest.ok_or_else(|| invalid("no manifest"))?;
    if !found_db {
        return Err(invalid(format!("no {DB_ENTRY}")));
    }
    // Make sure the staged file is at least readable as SQLite before anyone opens it for writing.
    Connection::open_with_flags(staged, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|conn| {
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })
        })
        .map_err(|e| invalid(e.to_string()))?;
    Ok(manifest)
}
