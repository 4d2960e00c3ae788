//! Builders of keys, changes and packages, and a reader that takes a package whole.

use std::fmt::Write as _;
use std::path::Path;

use council_core::site::ChangeEntry;
use council_core::{CoreResult, SCHEMA_VERSION};
use council_exchange::{PackageFile, PackageHeader, PackageWriter, Record, SiteKeys};
use sha2::{Digest, Sha256, Sha512};

pub const TASHKENT: &str = "0193b3c2-7a4e-7d1b-9c3e-2f8a6b5d4c31";
pub const MOSCOW: &str = "0193b3c2-7a4e-7d1b-9c3e-2f8a6b5d4c32";

/// The Tashkent desk's keys, the same in every test.
pub fn keys() -> SiteKeys {
    SiteKeys::from_secret(&[7u8; 32]).unwrap()
}

/// Another site's keys.
pub fn other_keys() -> SiteKeys {
    SiteKeys::from_secret(&[9u8; 32]).unwrap()
}

/// A header from Tashkent to Moscow announcing `entries` changes and `blobs` attachments.
pub fn header(entries: u64, blobs: u64) -> PackageHeader {
    PackageHeader {
        format: council_exchange::PACKAGE_FORMAT,
        app_version: "0.1.0".to_owned(),
        schema_version: SCHEMA_VERSION,
        from: TASHKENT.to_owned(),
        to: MOSCOW.to_owned(),
        number: 14,
        created_at: "2026-12-07T09:30:00Z".to_owned(),
        receipts: [(MOSCOW.to_owned(), 41), (TASHKENT.to_owned(), 120)].into(),
        entries,
        blobs,
    }
}

/// Change number `seq` of Tashkent: a changeset holding every byte value (rotated by `seq`) and an audit in
/// three scripts.
pub fn entry(seq: i64) -> ChangeEntry {
    ChangeEntry {
        origin: TASHKENT.to_owned(),
        seq,
        at: format!("2026-12-07T09:{:02}:00Z", seq % 60),
        changeset: (0..=255u8)
            .map(|byte| byte.wrapping_add(seq as u8))
            .collect(),
        audit: format!(
            r#"[{{"seq":{seq},"who":"Gʻulomova Oʻ.","what":"Topshiriq bajarildi — taʼrif","ru":"Поручение исполнено"}}]"#
        ),
        seen: [(MOSCOW.to_owned(), 40 + seq)].into(),
    }
}

/// A small change, for packages whose every byte a test visits.
pub fn small_entry() -> ChangeEntry {
    ChangeEntry {
        origin: TASHKENT.to_owned(),
        seq: 1,
        at: "2026-12-07T09:00:00Z".to_owned(),
        changeset: vec![0, 255, 18],
        audit: "[\"oʻ\"]".to_owned(),
        seen: council_core::site::Vector::new(),
    }
}

/// The SHA-256 of `content`, as hex.
pub fn sha256(content: &[u8]) -> String {
    hex(&Sha256::digest(content))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut text, byte| {
        let _ = write!(text, "{byte:02x}");
        text
    })
}

/// Writes a package of these changes and attachment contents, signed with `keys`.
pub fn write_package(path: &Path, keys: &SiteKeys, entries: &[ChangeEntry], blobs: &[Vec<u8>]) {
    let header = header(entries.len() as u64, blobs.len() as u64);
    let mut writer = PackageWriter::create(path, header, keys).unwrap();
    for entry in entries {
        writer.add_entry(entry).unwrap();
    }
    for blob in blobs {
        writer
            .add_blob(&sha256(blob), blob.len() as u64, &mut blob.as_slice())
            .unwrap();
    }
    writer.finish().unwrap();
}

/// Everything a package holds, as a receiver reads it.
#[derive(Debug, PartialEq)]
pub struct Contents {
    pub header: PackageHeader,
    pub entries: Vec<ChangeEntry>,
    pub blobs: Vec<(String, Vec<u8>)>,
}

/// Opens, verifies against `public_hex` and reads the package at `path` whole.
pub fn read_package(path: &Path, public_hex: &str) -> CoreResult<Contents> {
    let package = PackageFile::open(path)?;
    package.verify(public_hex)?;
    let mut contents = Contents {
        header: package.header().clone(),
        entries: Vec::new(),
        blobs: Vec::new(),
    };
    package.for_each(|record| {
        match record {
            Record::Entry(entry) => contents.entries.push(entry),
            Record::Blob {
                sha256,
                len,
                content,
            } => {
                let mut bytes = Vec::new();
                content.read_to_end(&mut bytes)?;
                assert_eq!(bytes.len() as u64, len);
                contents.blobs.push((sha256, bytes));
            }
        }
        Ok(())
    })?;
    Ok(contents)
}

/// A package's bytes made by hand: the magic line, these records, and an end record signing them with
/// `keys` — for what the writer would never write.
pub fn raw_package(records: &[(u8, Vec<u8>)], keys: &SiteKeys) -> Vec<u8> {
    let mut bytes = b"COUNCIL-DESK-PACKAGE\n".to_vec();
    for (kind, record) in records {
        bytes.push(*kind);
        bytes.extend_from_slice(&(record.len() as u32).to_be_bytes());
        bytes.extend_from_slice(record);
    }
    let signature = keys.sign(&Sha512::digest(&bytes));
    bytes.push(255);
    bytes.extend_from_slice(&64u32.to_be_bytes());
    bytes.extend_from_slice(&signature);
    bytes
}

/// A header record's bytes.
pub fn header_record(header: &serde_json::Value) -> (u8, Vec<u8>) {
    (1, serde_json::to_vec(header).unwrap())
}

/// An entry record's bytes, framed as the format documents (as format 1 wrote it: without what it had seen).
pub fn entry_record(entry: &ChangeEntry) -> (u8, Vec<u8>) {
    let meta = serde_json::json!({"origin": entry.origin, "seq": entry.seq, "at": entry.at});
    let meta = serde_json::to_vec(&meta).unwrap();
    let mut bytes = Vec::new();
    for part in [&meta[..], &entry.changeset, entry.audit.as_bytes()] {
        bytes.extend_from_slice(&(part.len() as u32).to_be_bytes());
        bytes.extend_from_slice(part);
    }
    (2, bytes)
}

/// A blob record's bytes claiming `sha256` for `content`.
pub fn blob_record(sha256: &str, content: &[u8]) -> (u8, Vec<u8>) {
    let mut bytes = sha256.as_bytes().to_vec();
    bytes.extend_from_slice(content);
    (3, bytes)
}
