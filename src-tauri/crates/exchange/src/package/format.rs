//! The package format's constants, its header, and how a change entry is framed inside its record.
//!
//! An entry record's bytes are three parts, each `[length: u32 BE][bytes]`:
//! 1. the JSON object `{"origin": …, "seq": …, "at": …, "seen": {site: change number, …}}` (`seen`: what the
//!    change's site held of the others when it was made; format 1 has none, read as having seen nothing);
//! 2. the changeset, as SQLite's session extension made it;
//! 3. the audit rows, a JSON array in UTF-8.
//!
//! Nothing may follow the third part.

use council_core::site::{ChangeEntry, Vector};
use council_core::{CoreError, CoreResult, ErrorCode};
use serde::{Deserialize, Serialize};

/// The first bytes of every package.
pub const MAGIC: &[u8] = b"COUNCIL-DESK-PACKAGE\n";

/// The format number this version writes, and the newest it reads. Format 2 added what each change had
/// seen; format 1 packages are still read, their changes as having seen nothing (then the owner's value wins
/// wherever they changed a field another site changed too).
pub const PACKAGE_FORMAT: u32 = 2;

/// The oldest format this version reads.
pub const OLDEST_PACKAGE_FORMAT: u32 = 1;

pub(crate) const KIND_HEADER: u8 = 1;
pub(crate) const KIND_ENTRY: u8 = 2;
pub(crate) const KIND_BLOB: u8 = 3;
pub(crate) const KIND_END: u8 = 255;

/// No record is longer: a longer length is damage, whatever the file's size.
pub const MAX_RECORD_BYTES: u64 = 512 * 1024 * 1024;

/// The largest attachment content a blob carries (the limit of an attachment).
pub const MAX_BLOB_BYTES: u64 = 100 * 1024 * 1024;

/// The largest header record: a header is a few hundred bytes, plus one receipt per site.
pub(crate) const MAX_HEADER_BYTES: u64 = 1024 * 1024;

/// Length of a blob's checksum (SHA-256 as hex) and of the end record's signature.
pub(crate) const SHA256_HEX_LEN: u64 = 64;
pub(crate) const SIGNATURE_LEN: u64 = 64;

/// What a package says about itself; the first record, read before anything else.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageHeader {
    /// The package format ([`PACKAGE_FORMAT`]); a newer one is refused as `package_too_new`.
    pub format: u32,
    /// The version of Council Desk that made the package, named when it is too new.
    pub app_version: String,
    /// The schema of the sender's database; one above this desk's is refused as `package_too_new`.
    pub schema_version: i64,
    /// The sending site's id.
    pub from: String,
    /// The receiving site's id.
    pub to: String,
    /// The package's number in the sender's series for this receiver: 1, 2, 3, …
    pub number: i64,
    /// UTC instant the package was made.
    pub created_at: String,
    /// How far the sender holds the receiver's changes (and others'): the receiver's acknowledgement.
    pub receipts: Vector,
    /// How many entry records follow.
    pub entries: u64,
    /// How many blob records follow.
    pub blobs: u64,
}

/// The `package_damaged` error, with the reason in the argument.
pub(crate) fn damaged(why: impl Into<String>) -> CoreError {
    CoreError::new(ErrorCode::PackageDamaged, why)
}

/// The first part of an entry record.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntryMeta {
    origin: String,
    seq: i64,
    at: String,
    #[serde(default)]
    seen: Vector,
}

/// An entry's record bytes.
pub(crate) fn encode_entry(entry: &ChangeEntry) -> Vec<u8> {
    let meta = serde_json::to_vec(&EntryMeta {
        origin: entry.origin.clone(),
        seq: entry.seq,
        at: entry.at.clone(),
        seen: entry.seen.clone(),
    })
    .expect("strings and numbers serialize to JSON");
    let mut bytes = Vec::with_capacity(12 + meta.len() + entry.changeset.len() + entry.audit.len());
    for part in [&meta[..], &entry.changeset, entry.audit.as_bytes()] {
        bytes.extend_from_slice(&(part.len() as u32).to_be_bytes());
        bytes.extend_from_slice(part);
    }
    bytes
}

/// The entry in a record's bytes, refused as damaged when its framing or parts are not what
/// [`encode_entry`] writes.
pub(crate) fn decode_entry(bytes: &[u8]) -> CoreResult<ChangeEntry> {
    let mut rest = bytes;
    let meta = take_part(&mut rest)?;
    let changeset = take_part(&mut rest)?;
    let audit = take_part(&mut rest)?;
    if !rest.is_empty() {
        return Err(damaged("bytes after a change's parts"));
    }
    let meta: EntryMeta =
        serde_json::from_slice(meta).map_err(|_| damaged("a change's origin is not readable"))?;
    let audit = std::str::from_utf8(audit).map_err(|_| damaged("a change's audit is not UTF-8"))?;
    Ok(ChangeEntry {
        origin: meta.origin,
        seq: meta.seq,
        at: meta.at,
        changeset: changeset.to_vec(),
        audit: audit.to_owned(),
        seen: meta.seen,
    })
}

/// The next `[length: u32 BE][bytes]` part of `rest`, checked against what is left.
fn take_part<'a>(rest: &mut &'a [u8]) -> CoreResult<&'a [u8]> {
    let cut = || damaged("a change's parts are cut short");
    let (len, tail) = rest.split_first_chunk::<4>().ok_or_else(cut)?;
    let len = u32::from_be_bytes(*len) as usize;
    if len > tail.len() {
        return Err(cut());
    }
    let (part, tail) = tail.split_at(len);
    *rest = tail;
    Ok(part)
}
