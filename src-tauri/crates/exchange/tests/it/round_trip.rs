//! A package written by one desk reads back, whole and equal, on the other.

use council_exchange::{PackageFile, PackageWriter, Record};

use crate::support::{
    Contents, entry, entry_record, header, header_record, keys, raw_package, read_package, sha256,
    small_entry, write_package,
};

#[test]
fn a_package_of_the_first_format_is_read_with_its_changes_having_seen_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("from-an-older-desk.cdpkg");
    let mut old = serde_json::to_value(header(2, 0)).unwrap();
    old["format"] = serde_json::json!(1);
    let records = [
        header_record(&old),
        entry_record(&entry(1)),
        entry_record(&entry(2)),
    ];
    std::fs::write(&path, raw_package(&records, &keys())).unwrap();

    let read = read_package(&path, &keys().public_hex()).unwrap();
    assert_eq!(read.entries.len(), 2);
    assert!(read.entries.iter().all(|e| e.seen.is_empty()));
    assert_eq!(read.entries[1].changeset, entry(2).changeset);
}

#[test]
fn a_package_reads_back_as_it_was_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("to-moscow-14.cdpkg");
    let entries: Vec<_> = (1..=5).map(entry).collect();
    let blobs = vec![
        "Протокол заседания: Oʻzbekiston — Россия"
            .as_bytes()
            .to_vec(),
        (0..200_000u32).map(|n| (n % 251) as u8).collect(),
    ];
    write_package(&path, &keys(), &entries, &blobs);

    let read = read_package(&path, &keys().public_hex()).unwrap();
    assert_eq!(
        read,
        Contents {
            header: header(5, 2),
            entries,
            blobs: blobs
                .iter()
                .map(|blob| (sha256(blob), blob.clone()))
                .collect(),
        }
    );
    assert!(read.entries[0].audit.contains("Gʻulomova Oʻ."));
    assert!(read.entries[0].audit.contains("taʼrif"));
    assert!(!dir.path().join("to-moscow-14.partial").exists());
}

#[test]
fn an_empty_package_carries_only_its_receipts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("receipts.cdpkg");
    write_package(&path, &keys(), &[], &[]);
    let read = read_package(&path, &keys().public_hex()).unwrap();
    assert_eq!(read.header, header(0, 0));
    assert!(read.entries.is_empty() && read.blobs.is_empty());
}

#[test]
fn the_header_is_read_without_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.cdpkg");
    write_package(&path, &keys(), &[small_entry()], &[]);
    let package = PackageFile::open(&path).unwrap();
    assert_eq!(package.header(), &header(1, 0));
}

#[test]
fn content_a_receiver_leaves_unread_is_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.cdpkg");
    let blobs = vec![vec![1u8; 100_000], b"second".to_vec()];
    write_package(&path, &keys(), &[small_entry()], &blobs);
    let package = PackageFile::open(&path).unwrap();
    package.verify(&keys().public_hex()).unwrap();
    let mut seen = Vec::new();
    package
        .for_each(|record| {
            if let Record::Blob { content, len, .. } = record {
                let mut first = [0u8; 3];
                content.read_exact(&mut first).unwrap();
                seen.push((len, first));
            }
            Ok(())
        })
        .unwrap();
    assert_eq!(seen, vec![(100_000, [1, 1, 1]), (6, *b"sec")]);
}

#[test]
fn a_write_cut_short_leaves_no_package() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.cdpkg");
    let partial = dir.path().join("p.partial");
    let keys = keys();
    let mut writer = PackageWriter::create(&path, header(2, 0), &keys).unwrap();
    writer.add_entry(&entry(1)).unwrap();
    assert!(partial.exists() && !path.exists());
    drop(writer);
    assert!(!partial.exists() && !path.exists());
}
