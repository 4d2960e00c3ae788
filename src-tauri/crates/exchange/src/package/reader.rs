//! Reading a package: its header first, then the whole file against the sender's key, then its records.

use std::cell::Cell;
use std::fmt;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use council_core::site::ChangeEntry;
use council_core::{CoreError, CoreResult, ErrorCode, SCHEMA_VERSION};
use ed25519_dalek::Signature;
use sha2::{Digest, Sha256};

use super::format::{
    KIND_BLOB, KIND_END, KIND_ENTRY, KIND_HEADER, OLDEST_PACKAGE_FORMAT, PACKAGE_FORMAT,
    PackageHeader, SHA256_HEX_LEN, damaged, decode_entry,
};
use super::stream::Stream;
use crate::{hex, keys};

/// A package file opened for reading. Its header is read and checked on [`PackageFile::open`]; nothing else
/// of it is trusted before [`PackageFile::verify`] has checked the whole file against the sender's key.
#[derive(Debug)]
pub struct PackageFile {
    path: PathBuf,
    header: PackageHeader,
    /// The SHA-512 that `verify` found signed, which `for_each` finds again.
    verified: Cell<Option<[u8; 64]>>,
}

/// One record of a package after its header, in the order written.
pub enum Record<'a> {
    /// A change made on some site.
    Entry(ChangeEntry),
    /// The content of an attachment, to be read from `content` (at most `len` bytes). Whatever the callback
    /// leaves unread is skipped; the content's SHA-256 is checked once all of it has gone by.
    Blob {
        /// SHA-256 of the content, 64 lower-case hex digits.
        sha256: String,
        len: u64,
        content: &'a mut dyn Read,
    },
}

impl fmt::Debug for Record<'_> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Record::Entry(entry) => formatter.debug_tuple("Entry").field(entry).finish(),
            Record::Blob { sha256, len, .. } => formatter
                .debug_struct("Blob")
                .field("sha256", sha256)
                .field("len", len)
                .finish_non_exhaustive(),
        }
    }
}

impl PackageFile {
    /// Opens the package at `path` and reads its header. Refuses a file that is not a package
    /// (`package_damaged`) and one made by a newer Council Desk: a newer package format or a newer database
    /// schema (`package_too_new`, naming the version that made it).
    pub fn open(path: &Path) -> CoreResult<PackageFile> {
        let mut stream = Stream::open(path)?;
        let header = read_header(&mut stream)?;
        Ok(PackageFile {
            path: path.to_owned(),
            header,
            verified: Cell::new(None),
        })
    }

    /// What the package says about itself (not yet checked against a signature before `verify`).
    #[must_use]
    pub fn header(&self) -> &PackageHeader {
        &self.header
    }

    /// Reads the whole file and checks it is the package the holder of `public_hex` signed: the signature
    /// of the end record, the counts of entries and blobs the header states, and that nothing follows the end
    /// record. Any difference — one byte changed, a file cut short or grown — is `package_damaged`.
    pub fn verify(&self, public_hex: &str) -> CoreResult<()> {
        let key = keys::verifying_key(public_hex)?;
        let mut stream = Stream::open(&self.path)?;
        if read_header(&mut stream)? != self.header {
            return Err(damaged("the header changed since the package was opened"));
        }
        let (mut entries, mut blobs) = (0u64, 0u64);
        loop {
            let (kind, len) = stream.frame()?;
            match kind {
                KIND_ENTRY => entries += 1,
                KIND_BLOB => blobs += 1,
                KIND_END => break,
                _ => return Err(damaged("a second header")),
            }
            stream.skip(len)?;
        }
        let end = stream.end()?;
        key.verify_strict(&end.digest, &Signature::from_bytes(&end.signature))
            .map_err(|_| damaged("the signature does not match the package"))?;
        if (entries, blobs) != (self.header.entries, self.header.blobs) {
            return Err(damaged(format!(
                "the header counts {} changes and {} attachments, the package holds {entries} and {blobs}",
                self.header.entries, self.header.blobs
            )));
        }
        self.verified.set(Some(end.digest));
        Ok(())
    }

    /// Reads the records after the header in order, after [`PackageFile::verify`], handing each to `each`.
    /// The file is read again and checked again as it goes: when it changed since it was verified, or an
    /// entry's framing or a blob's checksum is wrong, `for_each` fails (`package_damaged`) — possibly after
    /// some records were handed over, so what `each` did stands only when `for_each` returns `Ok`.
    pub fn for_each(&self, mut each: impl FnMut(Record<'_>) -> CoreResult<()>) -> CoreResult<()> {
        let verified = self
            .verified
            .get()
            .ok_or_else(|| damaged("the package was read before it was verified"))?;
        let mut stream = Stream::open(&self.path)?;
        let (_, len) = stream.frame()?;
        stream.skip(len)?;
        loop {
            let (kind, len) = stream.frame()?;
            match kind {
                KIND_ENTRY => each(Record::Entry(decode_entry(&stream.bytes(len)?)?))?,
                KIND_BLOB => read_blob(&mut stream, len, &mut each)?,
                KIND_END => break,
                _ => return Err(damaged("a second header")),
            }
        }
        if stream.end()?.digest != verified {
            return Err(damaged("the file changed since it was verified"));
        }
        Ok(())
    }
}

/// Reads the header record (the first) and refuses a package this version cannot read.
fn read_header(stream: &mut Stream) -> CoreResult<PackageHeader> {
    let (kind, len) = stream.frame()?;
    if kind != KIND_HEADER {
        return Err(damaged("the package does not start with its header"));
    }
    let bytes = stream.bytes(len)?;
    let value: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|_| damaged("the header is not readable"))?;
    let too_new = || {
        let version = value
            .get("app_version")
            .and_then(|v| v.as_str())
            .unwrap_or("?");
        CoreError::new(
            ErrorCode::PackageTooNew,
            version.chars().take(40).collect::<String>(),
        )
    };
    match value.get("format").and_then(serde_json::Value::as_u64) {
        Some(format) if format > u64::from(PACKAGE_FORMAT) => return Err(too_new()),
        Some(format) if format >= u64::from(OLDEST_PACKAGE_FORMAT) => {}
        _ => return Err(damaged("the header has no known format")),
    }
    if value
        .get("schema_version")
        .and_then(serde_json::Value::as_i64)
        .is_some_and(|schema| schema > SCHEMA_VERSION)
    {
        return Err(too_new());
    }
    serde_json::from_value(value).map_err(|_| damaged("the header is not readable"))
}

/// Hands a blob record to `each`, then skips what it left and checks the content's checksum.
fn read_blob(
    stream: &mut Stream,
    len: u64,
    each: &mut impl FnMut(Record<'_>) -> CoreResult<()>,
) -> CoreResult<()> {
    let sha256 = String::from_utf8(stream.bytes(SHA256_HEX_LEN)?)
        .ok()
        .filter(|text| hex::is_lower_hex(text, SHA256_HEX_LEN as usize))
        .ok_or_else(|| damaged("an attachment's checksum is not hex"))?;
    let mut content = BlobContent {
        stream,
        left: len - SHA256_HEX_LEN,
        hasher: Sha256::new(),
    };
    each(Record::Blob {
        sha256: sha256.clone(),
        len: len - SHA256_HEX_LEN,
        content: &mut content,
    })?;
    let mut rest = vec![0u8; content.left.min(64 * 1024) as usize];
    while content.left > 0 {
        match content.read(&mut rest) {
            Ok(_) => {}
            Err(error) if error.kind() == io::ErrorKind::UnexpectedEof => {
                return Err(damaged("the file is cut short"));
            }
            Err(error) => return Err(error.into()),
        }
    }
    if hex::encode(&content.hasher.finalize()) != sha256 {
        return Err(damaged(format!(
            "the content of attachment {sha256} does not match its checksum"
        )));
    }
    Ok(())
}

/// A blob's content as the callback reads it: at most what is left of the record, hashed on the way.
struct BlobContent<'s> {
    stream: &'s mut Stream,
    left: u64,
    hasher: Sha256,
}

impl Read for BlobContent<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        let want = buffer
            .len()
            .min(usize::try_from(self.left).unwrap_or(usize::MAX));
        if want == 0 {
            return Ok(0);
        }
        let read = self.stream.read_some(&mut buffer[..want])?;
        if read == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        self.hasher.update(&buffer[..read]);
        self.left -= read as u64;
        Ok(read)
    }
}
