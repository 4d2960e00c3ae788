//! The content of attachments on disk: one file per distinct content, named by its SHA-256, written whole
//! (temporary file, fsync, rename) and never overwritten.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::{MAX_ATTACHMENT_BYTES, blob_relative_path};
use crate::backup::hex;
use crate::error::{CoreError, CoreResult, ErrorCode};

/// Copies `source` into the store at `dir` and answers its SHA-256 and size. Content already there is not
/// written again. A file over [`MAX_ATTACHMENT_BYTES`] (even one that grows while read) is refused and
/// leaves nothing behind.
pub(crate) fn store_blob(dir: &Path, source: &Path) -> CoreResult<(String, u64)> {
    let not_a_file = || CoreError::new(ErrorCode::NotAFile, source.display().to_string());
    let metadata = fs::metadata(source).map_err(|_| not_a_file())?;
    if !metadata.is_file() {
        return Err(not_a_file());
    }
    if metadata.len() > MAX_ATTACHMENT_BYTES {
        return Err(too_large());
    }
    let input = File::open(source).map_err(|_| not_a_file())?;
    fs::create_dir_all(dir)?;
    let temp = dir.join(format!(".incoming-{}", crate::ids::new_id()));
    let copied = copy_hashing(input.take(MAX_ATTACHMENT_BYTES + 1), &temp);
    let (sha256, size) = match copied {
        Ok(done) if done.1 <= MAX_ATTACHMENT_BYTES => done,
        Ok(_) => {
            let _ = fs::remove_file(&temp);
            return Err(too_large());
        }
        Err(error) => {
            let _ = fs::remove_file(&temp);
            return Err(error);
        }
    };
    let relative = blob_relative_path(&sha256).expect("a SHA-256 in hex");
    let target = dir.join(relative);
    if target.exists() {
        // The same content is stored once.
        fs::remove_file(&temp)?;
    } else {
        let parent = target.parent().unwrap_or(dir);
        fs::create_dir_all(parent)?;
        fs::rename(&temp, &target)?;
        sync_dir(parent);
    }
    Ok((sha256, size))
}

/// Copies the content `sha256` out of the store at `dir` into `out`, checking it on the way; `out` appears
/// only when complete. With `overwrite` false an existing `out` is refused.
pub(crate) fn copy_blob_out(
    dir: &Path,
    sha256: &str,
    label: &str,
    out: &Path,
    overwrite: bool,
) -> CoreResult<PathBuf> {
    if !overwrite && out.exists() {
        return Err(CoreError::new(
            ErrorCode::FileExists,
            out.display().to_string(),
        ));
    }
    let missing = || CoreError::new(ErrorCode::AttachmentMissing, label);
    let source = blob_path(dir, sha256).ok_or_else(missing)?;
    let input = File::open(&source).map_err(|_| missing())?;
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent)?;
    }
    let mut partial_name = out.file_name().map(ToOwned::to_owned).unwrap_or_default();
    partial_name.push(".partial");
    let partial = out.with_file_name(partial_name);
    match copy_hashing(input, &partial) {
        Ok((found, _)) if found == sha256 => {}
        Ok(_) => {
            let _ = fs::remove_file(&partial);
            return Err(missing());
        }
        Err(error) => {
            let _ = fs::remove_file(&partial);
            return Err(error);
        }
    }
    if !overwrite && out.exists() {
        let _ = fs::remove_file(&partial);
        return Err(CoreError::new(
            ErrorCode::FileExists,
            out.display().to_string(),
        ));
    }
    fs::rename(&partial, out)?;
    Ok(out.to_path_buf())
}

/// The file holding content `sha256` in the store at `dir`.
/// The content stored under `sha256`, read whole and checked against it; `attachment_missing` (naming
/// `label`) when it is gone or damaged.
pub(crate) fn read_blob(dir: &Path, sha256: &str, label: &str) -> CoreResult<Vec<u8>> {
    let missing = || CoreError::new(ErrorCode::AttachmentMissing, label);
    let source = blob_path(dir, sha256).ok_or_else(missing)?;
    let bytes = fs::read(&source).map_err(|_| missing())?;
    if hex(&Sha256::digest(&bytes)) == sha256 {
        Ok(bytes)
    } else {
        Err(missing())
    }
}

pub(crate) fn blob_path(dir: &Path, sha256: &str) -> Option<PathBuf> {
    blob_relative_path(sha256).map(|relative| dir.join(relative))
}

/// Writes `input` to a new file `out` (fsynced) and answers the SHA-256 and size of what was written.
pub(crate) fn copy_hashing(input: impl Read, out: &Path) -> CoreResult<(String, u64)> {
    let (file, written) = write_hashing(input, out)?;
    file.sync_all()?;
    Ok(written)
}

/// Writes `input` to a new file `out` and answers the file (not yet synced: the caller syncs many files
/// at once) with the SHA-256 and size of what was written.
pub(crate) fn write_hashing(mut input: impl Read, out: &Path) -> CoreResult<(File, (String, u64))> {
    let mut file = File::create(out)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 1 << 16];
    let mut size = 0u64;
    loop {
        let read = match input.read(&mut buffer) {
            Ok(0) => break,
            Ok(read) => read,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error.into()),
        };
        hasher.update(&buffer[..read]);
        file.write_all(&buffer[..read])?;
        size += read as u64;
    }
    Ok((file, (hex(&hasher.finalize()), size)))
}

/// Makes a rename in `dir` durable where the platform allows it.
fn sync_dir(dir: &Path) {
    if let Ok(handle) = File::open(dir) {
        let _ = handle.sync_all();
    }
}

fn too_large() -> CoreError {
    CoreError::new(
        ErrorCode::AttachmentTooLarge,
        (MAX_ATTACHMENT_BYTES / (1024 * 1024)).to_string(),
    )
}
