//! Backup, restore and integrity checks of the database and its attachments.

mod archive;
mod content;
mod daily;

use std::collections::{BTreeSet, HashSet};
use std::ffi::c_int;
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::Backup;
use rusqlite::{Connection, MAIN_DB, OpenFlags};
use sha2::{Digest, Sha256};

use super::Store;
use crate::attachment::{attachments_dir, blob_relative_path};
use crate::backup::{
    BackupManifest, CheckReport, MissingContent, RestoreOutcome, backups_dir, hex,
};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::time::now_text;
use archive::{extract_verified, read_manifest_of, write_archive};
use content::{contents_named_by, verify_contents};

fn invalid(why: impl Into<String>) -> CoreError {
    CoreError::new(ErrorCode::BackupInvalid, why)
}

/// A sibling path of `path` with `suffix` appended to its file name (same directory, so renames are atomic).
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().map(ToOwned::to_owned).unwrap_or_default();
    name.push(suffix);
    path.with_file_name(name)
}

/// Databases up to this size are copied into memory for a backup: the default limit of SQLite's `memdb`.
const IN_MEMORY_LIMIT: u64 = 1 << 30;

/// Reads in large pieces: a database is hundreds of megabytes at ten years.
const IO_BUFFER: usize = 1 << 20;

fn sha256_file(path: &Path) -> CoreResult<(u64, String)> {
    let mut file = io::BufReader::with_capacity(IO_BUFFER, File::open(path)?);
    let mut hasher = Sha256::new();
    let size = io::copy(&mut file, &mut hasher)?;
    Ok((size, hex(&hasher.finalize())))
}

/// Copies the whole main database of `from` into `to` in one step of SQLite's online backup, so the copy is
/// one consistent state even while other connections write (a busy source is retried).
fn copy_whole(from: &Connection, to: &mut Connection) -> CoreResult<()> {
    let backup = Backup::new(from, to)?;
    backup.run_to_completion(c_int::MAX, Duration::from_millis(10), None)?;
    Ok(())
}

/// The database copy that goes into a backup: an image in memory, or a scratch file.
enum DbImage<'a> {
    Bytes(&'a [u8]),
    File(&'a Path),
}

/// Removes a file that may not exist.
fn remove_if_there(path: &Path) -> CoreResult<()> {
    match fs::remove_file(path) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error.into()),
        _ => Ok(()),
    }
}

/// Removes what an interrupted backup or restore left in `dir`: files whose names start with `prefix` and
/// end in one of `suffixes` (`.partial` archives, `.db-partial` scratch copies). Nothing else is touched,
/// so a backup of another kind being written meanwhile (by hand, into the same folder) goes on.
fn remove_leftovers(dir: &Path, prefix: &str, suffixes: &[&str]) -> CoreResult<()> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(error) => return Err(error.into()),
    };
    for entry in entries {
        let entry = entry?;
        let stale = entry.file_name().to_str().is_some_and(|name| {
            name.starts_with(prefix) && suffixes.iter().any(|suffix| name.ends_with(suffix))
        });
        if stale && entry.file_type()?.is_file() {
            remove_if_there(&entry.path())?;
        }
    }
    Ok(())
}

/// The files SQLite keeps beside a database (`-wal`, `-shm`, `-journal`).
const SQLITE_SIDE_FILES: [&str; 3] = ["-wal", "-shm", "-journal"];

/// Makes the renames in `dir` durable where the platform allows it.
fn sync_dir(dir: &Path) -> CoreResult<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

impl Store {
    /// The folder beside the database where its backups go.
    #[must_use]
    pub fn backups_dir(&self) -> PathBuf {
        backups_dir(self.path())
    }

    /// Writes a one-file backup of the open database and every attachment it names (those in the trash
    /// too) to `out`, replacing `out` only once the backup is complete. The app may keep writing meanwhile:
    /// the database copy is one consistent state, and content is never changed once stored.
    ///
    /// Content that is missing or damaged does not stop the backup: everything else goes in, and the
    /// manifest's `missing` names each attachment left out ([`BackupManifest::is_complete`] is false;
    /// [`crate::backup::BackupOutcome::written`] turns it into what the app shows).
    ///
    /// The copy is made in memory (SQLite's `memdb`, one contiguous image as large as the database), hashed
    /// and written into the archive from there: a copy in a scratch file costs a write call per page, and
    /// reading it back twice (checksum, archive) more. Only a database larger than `memdb`'s limit (1 GiB)
    /// goes through a scratch file beside `out`. The live database is read through a memory map meanwhile.
    pub fn backup_to(&self, out: &Path) -> CoreResult<BackupManifest> {
        self.backup_with_memory_limit(out, IN_MEMORY_LIMIT)
    }

    /// What the backup at `backup` says of itself — when it was made, by which version, what it holds —
    /// read before restoring it, so the officer knows which state the data goes back to. Only the manifest
    /// is read; a restore still checks every file. Not a Council Desk backup: [`ErrorCode::BackupInvalid`].
    pub fn read_backup_manifest(backup: &Path) -> CoreResult<BackupManifest> {
        read_manifest_of(backup)
    }

    fn backup_with_memory_limit(
        &self,
        out: &Path,
        in_memory_limit: u64,
    ) -> CoreResult<BackupManifest> {
        if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent)?;
        }
        let size: i64 = self.conn.query_row(
            "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
            [],
            |row| row.get(0),
        )?;
        let schema_version = self.schema_version()?;
        // Pages are then read straight from the mapped file rather than by one read call each; the map goes
        // away again after the copy.
        self.conn.pragma_update(None, "mmap_size", size)?;
        let written = (|| {
            // One read transaction for the list of attachments and the copy, so both are the same state
            // (the online backup reads within the transaction the source connection has open).
            let snapshot = self.conn.unchecked_transaction()?;
            let contents = contents_named_by(&snapshot, &self.attachments_dir())?;
            if u64::try_from(size).unwrap_or(u64::MAX) <= in_memory_limit {
                let mut copy = Connection::open_with_flags(
                    // Without a leading slash, a memdb name is private to this connection.
                    "file:council-backup?vfs=memdb",
                    OpenFlags::SQLITE_OPEN_READ_WRITE
                        | OpenFlags::SQLITE_OPEN_CREATE
                        | OpenFlags::SQLITE_OPEN_URI
                        | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )?;
                copy_whole(&snapshot, &mut copy)?;
                drop(snapshot);
                let (good, missing) = verify_contents(&contents);
                let image = copy.serialize(MAIN_DB)?;
                write_archive(DbImage::Bytes(&image), &good, missing, out, schema_version)
            } else {
                let scratch = sibling(out, ".db-partial");
                remove_if_there(&scratch)?;
                let written = (|| {
                    let mut copy = Connection::open(&scratch)?;
                    // A scratch file, read once into the archive, which is synced itself: a journal and
                    // syncs of its own would only write and flush the whole database a second time.
                    copy.pragma_update(None, "journal_mode", "OFF")?;
                    copy.pragma_update(None, "synchronous", "OFF")?;
                    copy_whole(&snapshot, &mut copy)
                })();
                drop(snapshot);
                let written = written.and_then(|()| {
                    let (good, missing) = verify_contents(&contents);
                    write_archive(DbImage::File(&scratch), &good, missing, out, schema_version)
                });
                remove_if_there(&scratch)?;
                written
            }
        })();
        self.conn.pragma_update(None, "mmap_size", 0)?;
        written
    }

    /// Opens the database and runs the quick check, as the desktop app does at start: a database that
    /// opens but fails the check is refused as `database_damaged`, whose message names the way out
    /// (restoring the latest backup), so nothing goes on writing into a damaged file.
    pub fn open_checked(path: &Path) -> CoreResult<Store> {
        let store = Store::open(path)?;
        passed(&pragma_messages(&store.conn, "PRAGMA quick_check")?)?;
        Ok(store)
    }

    /// The quick check of the database at `path` on a read-only connection of its own, so a store open on
    /// the same file goes on answering meanwhile (the check reads the whole file: about a second at ten
    /// years of data). Like [`Store::open_checked`], a failed check is `database_damaged`, naming the way out.
    pub fn quick_check_file(path: &Path) -> CoreResult<()> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        passed(&pragma_messages(&conn, "PRAGMA quick_check")?)
    }

    /// Checks the database: `quick_check` at start-up; on demand `integrity_check`, foreign keys, the
    /// execution tallies against a recount of the instructions, every attachment name against the
    /// sanitiser, and every attachment's content (there, of its size and SHA-256), each bad one reported.
    pub fn check(&self, full: bool) -> CoreResult<CheckReport> {
        let mut messages = self.database_messages(full)?;
        let mut attachments = Vec::new();
        if full {
            let contents = contents_named_by(&self.conn, &self.attachments_dir())?;
            attachments = verify_contents(&contents).1;
            if !attachments.is_empty() {
                messages.retain(|m| m != "ok");
                messages.extend(attachments.iter().map(MissingContent::describe));
            }
        }
        Ok(CheckReport {
            ok: messages == ["ok"],
            mode: if full { "full" } else { "quick" }.to_owned(),
            messages,
            attachments,
        })
    }

    /// What the check of the database itself finds (the content of attachments aside): `["ok"]` when
    /// sound.
    fn database_messages(&self, full: bool) -> CoreResult<Vec<String>> {
        let pragma = if full {
            "PRAGMA integrity_check"
        } else {
            "PRAGMA quick_check"
        };
        let mut messages = pragma_messages(&self.conn, pragma)?;
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
            let tallies = self.tally_discrepancies()?;
            let names = super::attachments::refused_names(&self.conn)?;
            if !broken.is_empty() || !tallies.is_empty() || !names.is_empty() {
                messages.retain(|m| m != "ok");
                messages.extend(broken);
                messages.extend(tallies);
                messages.extend(names);
            }
        }
        Ok(messages)
    }

    /// Restores `backup` into the database file at `db` and its attachments folder, as
    /// [`Store::restore_from`] does; answers the manifest and where the replaced data was kept.
    pub fn restore_backup(
        backup: &Path,
        db: &Path,
        safety_dir: &Path,
    ) -> CoreResult<(BackupManifest, Option<PathBuf>)> {
        let outcome = Store::restore_from(backup, db, safety_dir)?;
        Ok((outcome.manifest, outcome.safety.map(PathBuf::from)))
    }

    /// Restores `backup` into the database file at `db` and its attachments folder: verifies the backup
    /// completely on a staged copy (every entry a regular file of its declared size and checksum, the
    /// database's schema exactly the one its version has, its integrity, every attachment name), keeps
    /// the current data (if any) as a backup in `safety_dir`, then moves the content of the attachments
    /// into place and swaps the database file atomically. Stored content is named by its checksum, so
    /// content moved in first never disturbs the current data, and a crash at any point leaves a database
    /// whose attachments are all there. A refused backup changes nothing.
    ///
    /// A backup made while content was missing restores everything it holds; the outcome's `missing`
    /// lists the attachments whose content is still not there. Damaged content of the current data never
    /// stops a restore: the safety backup is made without it.
    pub fn restore_from(backup: &Path, db: &Path, safety_dir: &Path) -> CoreResult<RestoreOutcome> {
        let staged = sibling(db, ".restoring");
        let live_dir = attachments_dir(db);
        let staged_dir = sibling(&live_dir, ".restoring");
        // What an earlier restore left if it was interrupted: its staged copy with SQLite's side files
        // (a stale `-wal` would be replayed into the next staged copy) and its staged attachments.
        let cleanup = || -> CoreResult<()> {
            remove_if_there(&staged)?;
            for suffix in SQLITE_SIDE_FILES {
                remove_if_there(&sibling(&staged, suffix))?;
            }
            remove_dir_if_there(&staged_dir)
        };
        cleanup()?;
        remove_leftovers(safety_dir, "before-restore-", &[".partial", ".db-partial"])?;
        let (unpacked, missing) = match verify_staged(backup, &staged, &staged_dir, &live_dir) {
            Ok(verified) => verified,
            Err(error) => {
                cleanup()?;
                return Err(error);
            }
        };
        let safety = match keep_current(db, safety_dir, &now_text().replace([':', '.'], "-")) {
            Ok(safety) => safety,
            Err(error) => {
                cleanup()?;
                return Err(error);
            }
        };
        // With every connection closed, SQLite has folded and removed the write-ahead log; one left behind
        // belongs to a program that still has the database open, or to a damaged database whose plain
        // copy (with the log) is the safety copy.
        if sibling(db, "-wal").exists() {
            if safety.as_ref().is_some_and(|kept| kept.damaged) {
                remove_if_there(&sibling(db, "-wal"))?;
            } else {
                cleanup()?;
                return Err(CoreError::new(
                    ErrorCode::Storage,
                    "the database is open in another program; close Council Desk first",
                ));
            }
        }
        let mut folders = BTreeSet::new();
        let mut made = HashSet::new();
        for (sha256, file) in &unpacked.blobs {
            let target = live_dir.join(blob_relative_path(sha256).unwrap_or_default());
            let folder = target.parent().unwrap_or(&live_dir).to_path_buf();
            if made.insert(folder.clone()) {
                fs::create_dir_all(&folder)?;
            }
            // The staged file is verified content of this checksum: it replaces a damaged file, and an
            // intact one by the same bytes.
            fs::rename(file, &target)?;
            folders.insert(folder);
        }
        // One sync per folder, then the folder of folders, before the database that names the content.
        for folder in &folders {
            sync_dir(folder)?;
        }
        if !folders.is_empty() {
            sync_dir(&live_dir)?;
        }
        remove_if_there(&sibling(db, "-shm"))?;
        fs::rename(&staged, db)?;
        sync_dir(
            db.parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new(".")),
        )?;
        remove_dir_if_there(&staged_dir)?;
        Ok(RestoreOutcome {
            manifest: unpacked.manifest,
            safety: safety.map(|kept| kept.path.display().to_string()),
            missing,
        })
    }
}

/// Unpacks and verifies `backup` into the staged database and attachments folder, compares the staged
/// database's schema with the one its version has, then checks that it opens as a healthy database of a
/// schema this build knows (older ones migrate). Answers what was unpacked and the attachments of the
/// staged database whose content is neither in the backup nor intact in `live_dir`.
fn verify_staged(
    backup: &Path,
    staged: &Path,
    staged_dir: &Path,
    live_dir: &Path,
) -> CoreResult<(archive::Unpacked, Vec<MissingContent>)> {
    let unpacked = extract_verified(backup, staged, staged_dir)?;
    super::migrations::check_schema_objects(staged, unpacked.manifest.schema_version)?;
    let store = match Store::open(staged) {
        Ok(store) => store,
        Err(error) if error.code == ErrorCode::SchemaTooNew => return Err(error),
        Err(error) => return Err(invalid(error.message(crate::Lang::En))),
    };
    let messages = store
        .database_messages(true)
        .map_err(|error| invalid(error.message(crate::Lang::En)))?;
    if messages != ["ok"] {
        return Err(invalid(messages.join("; ")));
    }
    let in_backup: HashSet<&str> = unpacked.blobs.iter().map(|(sha, _)| sha.as_str()).collect();
    let mut elsewhere = contents_named_by(&store.conn, live_dir)?;
    elsewhere.retain(|content| !in_backup.contains(content.sha256.as_str()));
    let missing = verify_contents(&elsewhere).1;
    Ok((unpacked, missing))
}

/// The copy of the current data a restore keeps.
struct Kept {
    path: PathBuf,
    /// A plain copy of a damaged database (with its write-ahead log, if any), not a backup.
    damaged: bool,
}

/// Keeps the current data in `safety_dir` before a restore replaces it: as a backup when the database
/// opens (content that is missing or damaged is left out and listed in it), else (a damaged database) as
/// a copy of the file, so nothing is ever lost by restoring. A write-ahead log left beside the database
/// (a crash) is copied with it before SQLite opens the file, which may discard a log it cannot use. A
/// failure to write the copy (a full disk) stops the restore with that error, not as a damaged database.
fn keep_current(db: &Path, safety_dir: &Path, stamp: &str) -> CoreResult<Option<Kept>> {
    if !db.exists() {
        return Ok(None);
    }
    let path = safety_dir.join(format!("before-restore-{stamp}.council-backup"));
    let copy = safety_dir.join(format!("before-restore-{stamp}-damaged.db"));
    let as_found = if sibling(db, "-wal").exists() {
        Some(copy_as_found(db, &copy)?)
    } else {
        None
    };
    let unreadable = |error: &CoreError| {
        error.code == ErrorCode::DatabaseDamaged
            || (error.code == ErrorCode::Storage && error.io_kind().is_none())
    };
    let backed_up = Store::open(db).and_then(|current| current.backup_to(&path).map(drop));
    match backed_up {
        Ok(()) => {
            if as_found.is_some() {
                remove_copy(&copy);
            }
            Ok(Some(Kept {
                path,
                damaged: false,
            }))
        }
        Err(error) if unreadable(&error) => {
            let copy = match as_found {
                Some(copy) => copy,
                None => copy_as_found(db, &copy)?,
            };
            Ok(Some(Kept {
                path: copy,
                damaged: true,
            }))
        }
        Err(error) => {
            if as_found.is_some() {
                remove_copy(&copy);
            }
            Err(error)
        }
    }
}

/// Copies the database file at `db` as it is, with its write-ahead log if there is one, to `copy`
/// (synced); a copy that cannot be made whole is removed.
fn copy_as_found(db: &Path, copy: &Path) -> CoreResult<PathBuf> {
    if let Some(parent) = copy.parent() {
        fs::create_dir_all(parent)?;
    }
    let copied = (|| -> CoreResult<()> {
        fs::copy(db, copy)?;
        File::open(copy)?.sync_all()?;
        let wal = sibling(db, "-wal");
        if wal.exists() {
            fs::copy(&wal, sibling(copy, "-wal"))?;
            File::open(sibling(copy, "-wal"))?.sync_all()?;
        }
        Ok(())
    })();
    match copied {
        Ok(()) => Ok(copy.to_path_buf()),
        Err(error) => {
            remove_copy(copy);
            Err(error)
        }
    }
}

/// Removes a plain copy and its log, as far as they exist.
fn remove_copy(copy: &Path) {
    let _ = fs::remove_file(copy);
    let _ = fs::remove_file(sibling(copy, "-wal"));
}

/// Removes a folder that may not exist, with everything in it.
fn remove_dir_if_there(path: &Path) -> CoreResult<()> {
    match fs::remove_dir_all(path) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error.into()),
        _ => Ok(()),
    }
}

/// What SQLite's `quick_check` or `integrity_check` says: `["ok"]` for a sound database.
fn pragma_messages(conn: &Connection, pragma: &str) -> CoreResult<Vec<String>> {
    Ok(conn
        .prepare(pragma)?
        .query_map([], |row| row.get(0))?
        .collect::<Result<_, _>>()?)
}

/// A check's messages as a verdict: `database_damaged` with what SQLite found unless it said only "ok".
fn passed(messages: &[String]) -> CoreResult<()> {
    if messages == ["ok"] {
        Ok(())
    } else {
        Err(CoreError::new(
            ErrorCode::DatabaseDamaged,
            messages.join("; "),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row of every table of the database at `path`, as text.
    fn dump(path: &Path) -> Vec<String> {
        let conn = Connection::open(path).unwrap();
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let mut rows = Vec::new();
        for table in tables {
            let mut stmt = conn
                .prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))
                .unwrap();
            let columns = stmt.column_count();
            let mut query = stmt.query([]).unwrap();
            while let Some(row) = query.next().unwrap() {
                let values: Vec<String> = (0..columns)
                    .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                    .collect();
                rows.push(format!("{table}: {}", values.join("|")));
            }
        }
        rows
    }

    #[test]
    fn a_database_over_the_memory_limit_goes_through_a_scratch_file_with_the_same_result() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("council.db");
        let mut store = Store::open(&db).unwrap();
        store
            .load_demo(&crate::demo::DemoOptions {
                scale: crate::demo::Scale::Small,
                seed: 21,
                today: "2026-11-29".parse().unwrap(),
            })
            .unwrap();
        let in_memory = dir.path().join("memory.council-backup");
        let through_file = dir.path().join("file.council-backup");
        let a = store.backup_to(&in_memory).unwrap();
        let b = store.backup_with_memory_limit(&through_file, 0).unwrap();
        assert_eq!(a.files[0].size, b.files[0].size);
        assert!(
            !sibling(&through_file, ".db-partial").exists(),
            "the scratch file is gone"
        );
        let mmap: i64 = store
            .conn
            .query_row("PRAGMA mmap_size", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mmap, 0, "the live database is no longer mapped");
        let expected = dump(&db);
        drop(store);
        for (backup, name) in [
            (&in_memory, "from-memory.db"),
            (&through_file, "from-file.db"),
        ] {
            let restored = dir.path().join(name);
            Store::restore_backup(backup, &restored, &dir.path().join("safety")).unwrap();
            assert_eq!(dump(&restored), expected, "{name}");
        }
    }

    /// A `.partial` file that is a link to `/dev/full`: whatever is written into it meets a full disk.
    #[cfg(target_os = "linux")]
    fn full_disk_at(out: &Path) {
        std::os::unix::fs::symlink("/dev/full", sibling(out, ".partial")).unwrap();
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_full_disk_while_keeping_the_current_data_says_disk_full_and_keeps_no_half_copy() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("council.db");
        drop(Store::open(&db).unwrap());
        let safety = dir.path().join("backups");
        fs::create_dir_all(&safety).unwrap();
        let stamp = "2026-11-29T10-00-00-000Z";
        full_disk_at(&safety.join(format!("before-restore-{stamp}.council-backup")));

        let error = keep_current(&db, &safety, stamp).err().expect("refused");
        assert_eq!(error.code, ErrorCode::DiskFull, "{error}");
        assert!(error.message(crate::Lang::En).contains("disk is full"));
        let kept: Vec<_> = fs::read_dir(&safety)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|name| !name.ends_with(".partial"))
            .collect();
        assert!(
            kept.is_empty(),
            "not taken for a damaged database: {kept:?}"
        );

        // A backup by hand says the same.
        let out = dir.path().join("by-hand.council-backup");
        full_disk_at(&out);
        let error = Store::open(&db).unwrap().backup_to(&out).unwrap_err();
        assert_eq!(error.code, ErrorCode::DiskFull, "{error}");
        assert!(!out.exists());
    }

    /// The restore of 20,000 attachments, timed for docs/PERFORMANCE.md (a measurement, not a test: it
    /// asserts nothing about time). Run it with
    /// `cargo test -p council-core --release --lib -- --ignored --nocapture twenty_thousand`.
    #[test]
    #[ignore = "a measurement for docs/PERFORMANCE.md"]
    fn twenty_thousand_attachments_back_up_and_restore() {
        use std::time::Instant;
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("council.db");
        let store = Store::open(&db).unwrap();
        let blobs = store.attachments_dir();
        let started = Instant::now();
        store.conn.execute_batch("BEGIN").unwrap();
        for i in 0..20_000u32 {
            let bytes = format!("Исполнено, отчёт {i}\n").repeat(40);
            let sha = hex(&Sha256::digest(bytes.as_bytes()));
            let file = blobs.join(&sha[..2]).join(&sha);
            fs::create_dir_all(file.parent().unwrap()).unwrap();
            fs::write(&file, &bytes).unwrap();
            store
                .conn
                .execute(
                    "INSERT INTO attachments (id, owner_kind, owner_id, name, sha256, size, media_type,
                         added_at, added_by)
                     VALUES (?1, 'execution_report', '0192f0c4-0000-7000-8000-000000000001', ?2, ?3,
                         ?4, 'text/plain', '2026-11-29T10:00:00.000Z', 'measure')",
                    rusqlite::params![
                        crate::ids::new_id().to_string(),
                        format!("отчёт {i}.txt"),
                        sha,
                        bytes.len() as i64
                    ],
                )
                .unwrap();
        }
        store.conn.execute_batch("COMMIT").unwrap();
        eprintln!("made 20,000 attachments in {:?}", started.elapsed());
        let backup = dir.path().join("all.council-backup");
        let started = Instant::now();
        store.backup_to(&backup).unwrap();
        eprintln!("backup: {:?}", started.elapsed());
        let elsewhere = tempfile::tempdir().unwrap();
        let started = Instant::now();
        Store::restore_backup(
            &backup,
            &elsewhere.path().join("council.db"),
            &elsewhere.path().join("backups"),
        )
        .unwrap();
        eprintln!("restore into an empty folder: {:?}", started.elapsed());
        drop(store);
        let started = Instant::now();
        Store::restore_backup(&backup, &db, &dir.path().join("backups")).unwrap();
        eprintln!("restore over the same data: {:?}", started.elapsed());
    }
}
