//! The backup archive on disk: writing it (manifest first) and reading it back with every checksum verified.

use std::collections::{HashMap, HashSet};
use std::fs::{self, File};
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;

use rusqlite::{Connection, OpenFlags};

use super::super::SCHEMA_VERSION;
use sha2::{Digest, Sha256};

use super::content::GoodContent;
use super::{DbImage, IO_BUFFER, invalid, sha256_file, sibling};
use crate::attachment::blob::write_hashing;
use crate::attachment::{MAX_ATTACHMENT_BYTES, blob_relative_path};
use crate::backup::hex;
use crate::backup::{
    ATTACHMENT_PREFIX, BackupFile, BackupManifest, DB_ENTRY, FORMAT, FORMAT_VERSION,
    MANIFEST_ENTRY, MAX_MANIFEST_BYTES, MissingContent,
};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::time::now_text;

/// Writes the tar archive: the manifest, the database copy, then every verified content file; `out`
/// appears only when complete. The manifest lists in `missing` the attachments whose content is not in
/// it, so a backup never hides what it lacks.
///
/// The checksum of a database copy in memory is computed on a second core while the archive is written:
/// the manifest goes first with zeros in the checksum's place (a checksum is always 64 hex digits, so the
/// manifest keeps its length) and is written again over them before the archive is synced.
pub(super) fn write_archive(
    copy: DbImage,
    blobs: &[GoodContent],
    missing: Vec<MissingContent>,
    out: &Path,
    schema_version: i64,
) -> CoreResult<BackupManifest> {
    let (size, known_sha256) = match copy {
        DbImage::Bytes(bytes) => (bytes.len() as u64, None),
        DbImage::File(path) => {
            let (size, sha256) = sha256_file(path)?;
            (size, Some(sha256))
        }
    };
    let mut files = vec![BackupFile {
        path: DB_ENTRY.to_owned(),
        size,
        sha256: known_sha256.unwrap_or_else(|| "0".repeat(64)),
    }];
    for (sha256, _, size) in blobs {
        files.push(BackupFile {
            path: format!("{ATTACHMENT_PREFIX}{}/{sha256}", &sha256[..2]),
            size: *size,
            sha256: sha256.clone(),
        });
    }
    let mut manifest = BackupManifest {
        format: FORMAT.to_owned(),
        format_version: FORMAT_VERSION,
        app_version: env!("CARGO_PKG_VERSION").to_owned(),
        schema_version,
        created_at: now_text(),
        files,
        missing,
    };
    let partial = sibling(out, ".partial");
    let written = thread::scope(|scope| -> CoreResult<()> {
        let hashing = match copy {
            DbImage::Bytes(bytes) => Some(scope.spawn(move || hex(&Sha256::digest(bytes)))),
            DbImage::File(_) => None,
        };
        let file = File::create(&partial)?;
        let (ask, asked) = mpsc::sync_channel::<()>(1);
        let syncing = file.try_clone()?;
        scope.spawn(move || {
            for () in asked {
                // A failure shows again in the final sync, which reports it.
                if syncing.sync_data().is_err() {
                    break;
                }
            }
        });
        let mut builder = tar::Builder::new(BufWriter::with_capacity(
            IO_BUFFER,
            SyncingWriter {
                file,
                unsynced: 0,
                ask,
            },
        ));
        let first = serde_json::to_vec_pretty(&manifest)?;
        let mut header = tar::Header::new_gnu();
        header.set_size(first.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        builder.append_data(&mut header, MANIFEST_ENTRY, first.as_slice())?;
        // The entry's content ends at the next 512-byte block.
        let manifest_at =
            builder.get_mut().stream_position()? - (first.len() as u64).next_multiple_of(512);
        match copy {
            DbImage::Bytes(bytes) => {
                let mut header = tar::Header::new_gnu();
                header.set_size(bytes.len() as u64);
                header.set_mode(0o644);
                header.set_cksum();
                builder.append_data(&mut header, DB_ENTRY, bytes)?;
            }
            DbImage::File(path) => builder.append_path_with_name(path, DB_ENTRY)?,
        }
        for ((_, path, _), entry) in blobs.iter().zip(&manifest.files[1..]) {
            builder.append_path_with_name(path, &entry.path)?;
        }
        let SyncingWriter { mut file, .. } = builder
            .into_inner()?
            .into_inner()
            .map_err(io::IntoInnerError::into_error)?;
        if let Some(hashing) = hashing {
            manifest.files[0].sha256 = hashing
                .join()
                .map_err(|_| io::Error::other("the checksum of the database copy failed"))?;
            let last = serde_json::to_vec_pretty(&manifest)?;
            if last.len() != first.len() {
                return Err(io::Error::other("the manifest changed its length").into());
            }
            file.seek(SeekFrom::Start(manifest_at))?;
            file.write_all(&last)?;
        }
        file.sync_all()?;
        Ok(())
    });
    if let Err(error) = written {
        let _ = fs::remove_file(&partial);
        return Err(error);
    }
    fs::rename(&partial, out)?;
    Ok(manifest)
}

/// How much of the archive is written between two requests to put it on disk.
const SYNC_EVERY: u64 = 64 << 20;

/// The archive file, written through; every `SYNC_EVERY` bytes it asks a thread of its own to put what is
/// written so far on disk, so the disk works while the rest is written and the final sync has little left.
/// Dropping it ends that thread's work.
struct SyncingWriter {
    file: File,
    unsynced: u64,
    ask: mpsc::SyncSender<()>,
}

impl Write for SyncingWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let written = self.file.write(buf)?;
        self.unsynced += written as u64;
        if self.unsynced >= SYNC_EVERY {
            self.unsynced = 0;
            // A sync already asked for covers these bytes too when it starts later.
            let _ = self.ask.try_send(());
        }
        Ok(written)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}

impl Seek for SyncingWriter {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        self.file.seek(pos)
    }
}

/// Where a verified backup was unpacked: its manifest and the content of its attachments by SHA-256.
#[derive(Debug)]
pub(super) struct Unpacked {
    pub manifest: BackupManifest,
    /// `(sha256, staged file)` of every attachment in the backup.
    pub blobs: Vec<(String, PathBuf)>,
}

/// The largest database a backup may declare (SQLite's own limit is far higher; a register of many
/// decades is a few gigabytes).
const MAX_DB_BYTES: u64 = 64 << 30;

/// Reads a backup, checks its manifest and every checksum, and writes its database to `staged_db` and its
/// attachments under `staged_dir`. Any entry the manifest does not list, any entry missing, any checksum
/// that differs refuses the whole backup. Nothing is read or written past what the manifest declares: the
/// manifest is at most [`MAX_MANIFEST_BYTES`], each entry a regular file (no link, device, FIFO, folder or
/// sparse file) whose size in the archive is the size the manifest gives, checked before it is written;
/// the database is not empty and at most 64 GiB, an attachment at most the attachment limit.
pub(super) fn extract_verified(
    backup: &Path,
    staged_db: &Path,
    staged_dir: &Path,
) -> CoreResult<Unpacked> {
    let file = File::open(backup)?;
    let mut archive = tar::Archive::new(file);
    let mut manifest: Option<BackupManifest> = None;
    let mut expected: HashMap<String, BackupFile> = HashMap::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut folders: HashSet<PathBuf> = HashSet::new();
    let mut blobs = Vec::new();
    let mut unsynced = Vec::new();
    let entries = archive.entries().map_err(|e| invalid(e.to_string()))?;
    for entry in entries {
        let mut entry = entry.map_err(|e| invalid(e.to_string()))?;
        let name = entry
            .path()
            .map_err(|e| invalid(e.to_string()))?
            .to_string_lossy()
            .into_owned();
        regular_file(&mut entry, &name)?;
        // The size the entry's content has in the archive (a PAX record may override the header's).
        let declared = entry.size();
        if name == MANIFEST_ENTRY {
            if manifest.is_some() {
                return Err(invalid(format!("{name} twice")));
            }
            if declared > MAX_MANIFEST_BYTES {
                return Err(invalid(format!(
                    "{name}: larger than {MAX_MANIFEST_BYTES} bytes"
                )));
            }
            let read = read_manifest(&mut entry)?;
            expected = expected_files(&read)?;
            manifest = Some(read);
            continue;
        }
        if manifest.is_none() {
            return Err(invalid("no manifest before the files"));
        }
        let wanted = expected
            .get(&name)
            .ok_or_else(|| invalid(format!("unexpected entry {name}")))?;
        if !seen.insert(name.clone()) {
            return Err(invalid(format!("{name} twice")));
        }
        if declared != wanted.size {
            return Err(invalid(format!(
                "{name}: {declared} bytes where the manifest says {}",
                wanted.size
            )));
        }
        let target = if name == DB_ENTRY {
            staged_db.to_path_buf()
        } else {
            let path = staged_dir.join(blob_relative_path(&wanted.sha256).unwrap_or_default());
            let folder = path.parent().unwrap_or(staged_dir).to_path_buf();
            if !folders.contains(&folder) {
                fs::create_dir_all(&folder)?;
                folders.insert(folder);
            }
            blobs.push((wanted.sha256.clone(), path.clone()));
            path
        };
        let (_, (sha256, size)) =
            write_hashing(ReadMapped(&mut (&mut entry).take(wanted.size)), &target).map_err(
                |error| {
                    if error.io_kind() == Some(io::ErrorKind::InvalidData) {
                        invalid(error.to_string())
                    } else {
                        error
                    }
                },
            )?;
        unsynced.push(target);
        if size != wanted.size || sha256 != wanted.sha256 {
            return Err(invalid(format!("{name}: checksum mismatch")));
        }
    }
    let manifest = manifest.ok_or_else(|| invalid("no manifest"))?;
    if let Some(absent) = manifest.files.iter().find(|f| !seen.contains(&f.path)) {
        return Err(invalid(format!("no {}", absent.path)));
    }
    sync_all(&unsynced)?;
    // Make sure the staged file is at least readable as SQLite before anyone opens it for writing.
    Connection::open_with_flags(staged_db, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|conn| {
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
                r.get::<_, i64>(0)
            })
        })
        .map_err(|e| invalid(e.to_string()))?;
    Ok(Unpacked { manifest, blobs })
}

/// How many files are put on disk at once: each sync waits for the disk, and the file system commits the
/// syncs that wait together in one go.
const SYNCING_THREADS: usize = 8;

/// Puts every file of `files` on disk, several at once (one by one, 20,000 attachments took 30 s). Each
/// is opened again for it, so no more than a few files are open at a time.
fn sync_all(files: &[PathBuf]) -> CoreResult<()> {
    let share = files.len().div_ceil(SYNCING_THREADS).max(1);
    let sync = |path: &PathBuf| fs::OpenOptions::new().write(true).open(path)?.sync_all();
    thread::scope(|scope| {
        let syncing: Vec<_> = files
            .chunks(share)
            .map(|chunk| scope.spawn(move || chunk.iter().try_for_each(sync)))
            .collect();
        for handle in syncing {
            handle
                .join()
                .map_err(|_| io::Error::other("a sync of the staged files failed"))??;
        }
        Ok(())
    })
}

/// Refuses an entry that is not a plain regular file: a link (hard or symbolic), a device, a FIFO, a
/// folder, or a sparse file (GNU's own type or its PAX form), none of which a backup ever holds.
fn regular_file<R: Read>(entry: &mut tar::Entry<'_, R>, name: &str) -> CoreResult<()> {
    let kind = entry.header().entry_type();
    if !kind.is_file() {
        return Err(invalid(format!("{name}: not a regular file ({kind:?})")));
    }
    if let Some(extensions) = entry.pax_extensions().map_err(|e| invalid(e.to_string()))? {
        for extension in extensions {
            let extension = extension.map_err(|e| invalid(e.to_string()))?;
            if extension.key_bytes().starts_with(b"GNU.sparse") {
                return Err(invalid(format!("{name}: a sparse file")));
            }
        }
    }
    Ok(())
}

/// The files a manifest lists, by name: each name once, the database among them and not empty, every
/// other one an attachment entry named by its own checksum, no size past its limit.
fn expected_files(manifest: &BackupManifest) -> CoreResult<HashMap<String, BackupFile>> {
    let mut files = HashMap::with_capacity(manifest.files.len());
    for file in &manifest.files {
        let limit = if file.path == DB_ENTRY {
            if file.size == 0 {
                return Err(invalid(format!("{DB_ENTRY} is empty")));
            }
            MAX_DB_BYTES
        } else {
            if attachment_sha(&file.path) != Some(file.sha256.as_str()) {
                return Err(invalid(format!("unexpected entry {}", file.path)));
            }
            MAX_ATTACHMENT_BYTES
        };
        if file.size > limit {
            return Err(invalid(format!("{}: larger than {limit} bytes", file.path)));
        }
        if blob_relative_path(&file.sha256).is_none() {
            return Err(invalid(format!("{}: not a checksum", file.path)));
        }
        if files.insert(file.path.clone(), file.clone()).is_some() {
            return Err(invalid(format!("{} twice", file.path)));
        }
    }
    if !files.contains_key(DB_ENTRY) {
        return Err(invalid(format!("no {DB_ENTRY}")));
    }
    Ok(files)
}

/// The manifest of the backup at `backup`, read from its first entry without unpacking anything else: what
/// the backup says of itself (when it was made, what it holds). Its files are not checked here.
pub(super) fn read_manifest_of(backup: &Path) -> CoreResult<BackupManifest> {
    let mut archive = tar::Archive::new(File::open(backup)?);
    let mut entries = archive.entries().map_err(|e| invalid(e.to_string()))?;
    let mut first = entries
        .next()
        .ok_or_else(|| invalid("no manifest before the files"))?
        .map_err(|e| invalid(e.to_string()))?;
    let name = first
        .path()
        .map_err(|e| invalid(e.to_string()))?
        .to_string_lossy()
        .into_owned();
    if name != MANIFEST_ENTRY {
        return Err(invalid("no manifest before the files"));
    }
    regular_file(&mut first, &name)?;
    read_manifest(&mut first)
}

fn read_manifest(entry: &mut impl Read) -> CoreResult<BackupManifest> {
    let mut text = Vec::new();
    entry
        .take(MAX_MANIFEST_BYTES)
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
    Ok(parsed)
}

/// The SHA-256 an attachment entry `attachments/ab/ab12…` names, when it is exactly of that form.
fn attachment_sha(name: &str) -> Option<&str> {
    let rest = name.strip_prefix(ATTACHMENT_PREFIX)?;
    let (prefix, sha) = rest.split_once('/')?;
    let expected = blob_relative_path(sha)?;
    (Path::new(prefix).join(sha) == expected).then_some(sha)
}

/// Marks every error reading the archive as invalid data: a damaged backup, not a failing disk.
struct ReadMapped<'a, R: Read>(&'a mut R);

impl<R: Read> Read for ReadMapped<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0
            .read(buf)
            .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error))
    }
}
