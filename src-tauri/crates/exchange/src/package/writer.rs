//! Writing a package as a stream: records go to `NAME.partial` as they come, hashed on the way, and the file
//! takes its name only when the signed end record is written.

use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use council_core::site::ChangeEntry;
use council_core::{CoreError, CoreResult, ErrorCode};
use sha2::{Digest, Sha256, Sha512};

use super::format::{
    KIND_BLOB, KIND_END, KIND_ENTRY, KIND_HEADER, MAGIC, MAX_BLOB_BYTES, MAX_HEADER_BYTES,
    MAX_RECORD_BYTES, PACKAGE_FORMAT, PackageHeader,
};
use crate::hex;
use crate::keys::SiteKeys;

/// A package being written. The header states how many entries and blobs follow, and `finish` refuses
/// anything else. After a failed call the writer only refuses; dropped before `finish` succeeded, it
/// removes its partial file.
#[derive(Debug)]
pub struct PackageWriter<'k> {
    /// The partial file; taken when it is closed.
    out: Option<BufWriter<File>>,
    hasher: Sha512,
    partial: PathBuf,
    path: PathBuf,
    keys: &'k SiteKeys,
    header: PackageHeader,
    entries: u64,
    blobs: u64,
    /// Set by a failed call: the partial file is no longer a package in the making.
    failed: bool,
    finished: bool,
}

fn refused(why: impl Into<String>) -> CoreError {
    CoreError::new(ErrorCode::InvalidValue, why)
}

impl<'k> PackageWriter<'k> {
    /// Starts the package that `path` will hold, signed with `keys`, by writing its magic line and header
    /// to `path` with the extension `partial`.
    pub fn create(
        path: &Path,
        header: PackageHeader,
        keys: &'k SiteKeys,
    ) -> CoreResult<PackageWriter<'k>> {
        if header.format != PACKAGE_FORMAT {
            return Err(refused(format!("package format {}", header.format)));
        }
        let partial = path.with_extension("partial");
        let json = serde_json::to_vec(&header)?;
        if json.len() as u64 > MAX_HEADER_BYTES {
            return Err(refused("a header over 1 MiB"));
        }
        let mut writer = PackageWriter {
            out: Some(BufWriter::with_capacity(64 * 1024, File::create(&partial)?)),
            hasher: Sha512::new(),
            partial,
            path: path.to_owned(),
            keys,
            header,
            entries: 0,
            blobs: 0,
            failed: false,
            finished: false,
        };
        writer.write_hashed(MAGIC)?;
        writer.write_frame(KIND_HEADER, json.len() as u64)?;
        writer.write_hashed(&json)?;
        Ok(writer)
    }

    /// Adds one change.
    pub fn add_entry(&mut self, entry: &ChangeEntry) -> CoreResult<()> {
        self.check_open()?;
        if self.entries == self.header.entries {
            return Err(self.fail(refused("more changes than the header counts")));
        }
        let bytes = super::format::encode_entry(entry);
        if bytes.len() as u64 > MAX_RECORD_BYTES {
            return Err(self.fail(refused(format!("change {} is too large", entry.seq))));
        }
        self.entries += 1;
        let written = self
            .write_frame(KIND_ENTRY, bytes.len() as u64)
            .and_then(|()| self.write_hashed(&bytes));
        written.map_err(|error| self.fail(error))
    }

    /// Adds an attachment's content: `len` bytes read from `content`, whose SHA-256 must be `sha256` (64
    /// lower-case hex digits). A content that is shorter or does not match is refused as
    /// `attachment_missing`; one over 100 MiB as `attachment_too_large`.
    pub fn add_blob(&mut self, sha256: &str, len: u64, content: &mut dyn Read) -> CoreResult<()> {
        self.check_open()?;
        if self.blobs == self.header.blobs {
            return Err(self.fail(refused("more attachments than the header counts")));
        }
        if !hex::is_lower_hex(sha256, 64) {
            return Err(self.fail(refused(format!("checksum {sha256}"))));
        }
        if len > MAX_BLOB_BYTES {
            return Err(self.fail(CoreError::new(
                ErrorCode::AttachmentTooLarge,
                (MAX_BLOB_BYTES / 1024 / 1024).to_string(),
            )));
        }
        self.blobs += 1;
        let copied = self.copy_blob(sha256, len, content);
        copied.map_err(|error| self.fail(error))
    }

    /// Signs what was written, writes the end record and gives the file its name (replacing a file there).
    pub fn finish(mut self) -> CoreResult<()> {
        self.check_open()?;
        if (self.entries, self.blobs) != (self.header.entries, self.header.blobs) {
            return Err(refused(format!(
                "the header counts {} changes and {} attachments, {} and {} were written",
                self.header.entries, self.header.blobs, self.entries, self.blobs
            )));
        }
        let digest = std::mem::take(&mut self.hasher).finalize();
        let signature = self.keys.sign(&digest);
        let mut out = self.out.take().expect("a writer not finished has its file");
        // The end record is not part of what its signature covers.
        out.write_all(&[KIND_END])?;
        out.write_all(&(signature.len() as u32).to_be_bytes())?;
        out.write_all(&signature)?;
        let file = out
            .into_inner()
            .map_err(std::io::IntoInnerError::into_error)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&self.partial, &self.path)?;
        self.finished = true;
        Ok(())
    }

    fn copy_blob(&mut self, sha256: &str, len: u64, content: &mut dyn Read) -> CoreResult<()> {
        self.write_frame(KIND_BLOB, 64 + len)?;
        self.write_hashed(sha256.as_bytes())?;
        let mut checksum = Sha256::new();
        let mut buffer = vec![0u8; 64 * 1024];
        let mut left = len;
        while left > 0 {
            let want = left.min(buffer.len() as u64) as usize;
            let read = content.read(&mut buffer[..want])?;
            if read == 0 {
                break;
            }
            checksum.update(&buffer[..read]);
            self.write_hashed(&buffer[..read])?;
            left -= read as u64;
        }
        if left > 0 || hex::encode(&checksum.finalize()) != sha256 {
            return Err(CoreError::new(ErrorCode::AttachmentMissing, sha256));
        }
        Ok(())
    }

    fn write_frame(&mut self, kind: u8, len: u64) -> CoreResult<()> {
        let len = u32::try_from(len).map_err(|_| refused("a record over 4 GiB"))?;
        self.write_hashed(&[kind])?;
        self.write_hashed(&len.to_be_bytes())
    }

    fn write_hashed(&mut self, bytes: &[u8]) -> CoreResult<()> {
        self.hasher.update(bytes);
        let out = self
            .out
            .as_mut()
            .expect("a writer not finished has its file");
        out.write_all(bytes)?;
        Ok(())
    }

    fn check_open(&self) -> CoreResult<()> {
        if self.failed {
            return Err(refused("the package failed to be written"));
        }
        Ok(())
    }

    fn fail(&mut self, error: CoreError) -> CoreError {
        self.failed = true;
        error
    }
}

impl Drop for PackageWriter<'_> {
    fn drop(&mut self) {
        if !self.finished {
            // Closed first: a file still open cannot be removed everywhere.
            drop(self.out.take());
            let _ = std::fs::remove_file(&self.partial);
        }
    }
}
