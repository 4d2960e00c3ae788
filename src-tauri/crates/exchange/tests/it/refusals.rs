//! Every way a package file can be wrong is refused with its own code, never accepted.

use std::path::Path;

use council_core::{ErrorCode, Lang, SCHEMA_VERSION};
use council_exchange::{PackageFile, PackageWriter};
use serde_json::json;

use crate::support::{
    blob_record, entry, entry_record, header, header_record, keys, other_keys, raw_package,
    read_package, sha256, small_entry, write_package,
};

/// A small package (one change, one attachment) as bytes.
fn small_package(dir: &Path) -> Vec<u8> {
    let path = dir.join("small.cdpkg");
    write_package(&path, &keys(), &[small_entry()], &[b"akt".to_vec()]);
    std::fs::read(path).unwrap()
}

/// The code a package with these bytes is refused with, or `None` when it is read whole.
fn refusal(dir: &Path, bytes: &[u8]) -> Option<ErrorCode> {
    let path = dir.join("received.cdpkg");
    std::fs::write(&path, bytes).unwrap();
    read_package(&path, &keys().public_hex())
        .err()
        .map(|error| error.code)
}

fn header_json(entries: u64, blobs: u64) -> serde_json::Value {
    serde_json::to_value(header(entries, blobs)).unwrap()
}

#[test]
fn one_byte_changed_anywhere_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let good = small_package(dir.path());
    assert_eq!(refusal(dir.path(), &good), None);
    let header_end = 21 + 5 + serde_json::to_vec(&header(1, 1)).unwrap().len();
    for position in 0..good.len() {
        for flip in [0x01, 0x80] {
            let mut bad = good.clone();
            bad[position] ^= flip;
            let code = refusal(dir.path(), &bad);
            // A header edited to claim a newer version is refused as such, before its signature is checked.
            let allowed = code == Some(ErrorCode::PackageDamaged)
                || (position < header_end && code == Some(ErrorCode::PackageTooNew));
            assert!(allowed, "byte {position} ^ {flip:#x}: {code:?}");
        }
    }
}

#[test]
fn a_package_cut_short_anywhere_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let good = small_package(dir.path());
    for len in 0..good.len() {
        assert_eq!(
            refusal(dir.path(), &good[..len]),
            Some(ErrorCode::PackageDamaged),
            "cut at {len}"
        );
    }
}

#[test]
fn a_package_signed_by_another_key_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.cdpkg");
    write_package(&path, &other_keys(), &[entry(1)], &[]);
    let error = read_package(&path, &keys().public_hex()).unwrap_err();
    assert_eq!(error.code, ErrorCode::PackageDamaged);
    assert!(error.message(Lang::Ru).contains("Пакет изменён"));
    assert!(error.message(Lang::Uz).contains("oʻzgartirilgan"));
}

#[test]
fn a_package_of_a_newer_format_or_schema_names_the_version_that_made_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.cdpkg");
    let mut newer_format = header_json(0, 0);
    newer_format["format"] = json!(council_exchange::PACKAGE_FORMAT + 1);
    newer_format["app_version"] = json!("3.1.0");
    newer_format["something_new"] = json!(true);
    let mut newer_schema = header_json(0, 0);
    newer_schema["schema_version"] = json!(SCHEMA_VERSION + 1);
    newer_schema["app_version"] = json!("3.1.0");
    for header in [newer_format, newer_schema] {
        std::fs::write(&path, raw_package(&[header_record(&header)], &keys())).unwrap();
        let error = PackageFile::open(&path).unwrap_err();
        assert_eq!(error.code, ErrorCode::PackageTooNew, "{header}");
        assert!(error.message(Lang::En).contains("(3.1.0)"));
    }
}

#[test]
fn a_file_that_is_not_a_package_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let garbage: Vec<u8> = (0..5000u32).map(|n| (n * 7919 % 256) as u8).collect();
    for bytes in [
        Vec::new(),
        b"COUNCIL-DESK-PACKAGE".to_vec(),
        b"COUNCIL-DESK-PACKAGE\n".to_vec(),
        b"%PDF-1.7\n".to_vec(),
        garbage,
    ] {
        assert_eq!(refusal(dir.path(), &bytes), Some(ErrorCode::PackageDamaged));
    }
}

#[test]
fn counts_that_lie_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let entry = entry_record(&small_entry());
    let blob = blob_record(&sha256(b"akt"), b"akt");
    for (entries, blobs) in [(2, 1), (0, 1), (1, 0), (1, 2)] {
        let records = [
            header_record(&header_json(entries, blobs)),
            entry.clone(),
            blob.clone(),
        ];
        let bytes = raw_package(&records, &keys());
        assert_eq!(refusal(dir.path(), &bytes), Some(ErrorCode::PackageDamaged));
    }
    let records = [header_record(&header_json(1, 1)), entry, blob];
    assert_eq!(refusal(dir.path(), &raw_package(&records, &keys())), None);
}

#[test]
fn bytes_after_the_end_record_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let good = small_package(dir.path());
    for tail in [&[0u8][..], b"\n", &good[..40]] {
        let bad = [&good[..], tail].concat();
        assert_eq!(refusal(dir.path(), &bad), Some(ErrorCode::PackageDamaged));
    }
}

#[test]
fn an_attachment_whose_content_is_not_its_checksum_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let records = [
        header_record(&header_json(0, 1)),
        blob_record(&sha256(b"akt"), b"aKt"),
    ];
    let error_code = refusal(dir.path(), &raw_package(&records, &keys()));
    assert_eq!(error_code, Some(ErrorCode::PackageDamaged));
}

#[test]
fn records_the_writer_never_writes_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let head = header_record(&header_json(0, 0));
    let cases = [
        vec![],
        vec![entry_record(&small_entry())],
        vec![head.clone(), head.clone()],
        vec![head.clone(), (7, b"unknown".to_vec())],
        vec![head.clone(), (2, b"\0\0\0\x05{}".to_vec())],
        vec![head.clone(), blob_record("AKT", b"")],
        vec![(1, b"{\"format\": 1".to_vec())],
    ];
    for records in cases {
        let bytes = raw_package(&records, &keys());
        assert_eq!(
            refusal(dir.path(), &bytes),
            Some(ErrorCode::PackageDamaged),
            "{records:?}"
        );
    }
}

#[test]
fn a_record_longer_than_any_allowed_is_refused_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = raw_package(&[header_record(&header_json(1, 0))], &keys());
    let end = bytes.len() - 69;
    // An entry claiming 4 GiB − 1, then one claiming a little more than the file holds.
    for len in [u32::MAX, 600] {
        bytes.truncate(end);
        bytes.push(2);
        bytes.extend_from_slice(&len.to_be_bytes());
        bytes.extend_from_slice(&[0u8; 500]);
        assert_eq!(refusal(dir.path(), &bytes), Some(ErrorCode::PackageDamaged));
    }
}

#[test]
fn records_are_not_handed_over_before_the_package_is_verified() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.cdpkg");
    write_package(&path, &keys(), &[small_entry()], &[]);
    let package = PackageFile::open(&path).unwrap();
    let error = package.for_each(|_| Ok(())).unwrap_err();
    assert_eq!(error.code, ErrorCode::PackageDamaged);
}

#[test]
fn a_file_changed_after_it_was_verified_is_refused_while_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.cdpkg");
    write_package(&path, &keys(), &[small_entry()], &[]);
    let package = PackageFile::open(&path).unwrap();
    package.verify(&keys().public_hex()).unwrap();
    write_package(&path, &keys(), &[entry(2)], &[]);
    let error = package.for_each(|_| Ok(())).unwrap_err();
    assert_eq!(error.code, ErrorCode::PackageDamaged);
}

#[test]
fn the_writer_refuses_content_that_is_not_its_checksum_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.cdpkg");
    let keys = keys();
    let mut writer = PackageWriter::create(&path, header(0, 1), &keys).unwrap();
    let error = writer
        .add_blob(&sha256(b"akt"), 3, &mut &b"aKt"[..])
        .unwrap_err();
    assert_eq!(error.code, ErrorCode::AttachmentMissing);
    assert!(writer.finish().is_err());
    assert!(!path.exists() && !dir.path().join("p.partial").exists());
}

#[test]
fn the_writer_refuses_counts_other_than_its_header() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.cdpkg");
    let keys = keys();
    let writer = PackageWriter::create(&path, header(1, 0), &keys).unwrap();
    assert!(writer.finish().is_err());
    let mut writer = PackageWriter::create(&path, header(0, 0), &keys).unwrap();
    assert!(writer.add_entry(&small_entry()).is_err());
    drop(writer);
    assert!(!path.exists());
}
