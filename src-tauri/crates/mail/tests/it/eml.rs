//! Messages saved as .eml files: standard files any mail reader opens.

use council_mail::{DeliveryStatus, compose, write_eml};

use crate::reader::read;
use crate::support::{SENDER_NAME, SUBJECT_RU, SUBJECT_UZ, december_third, letter_pdf, message};

#[test]
fn eml_files_parse_with_their_subject_and_attachment_intact() {
    let folder = tempfile::tempdir().unwrap();
    let messages = [
        message(
            SUBJECT_RU,
            &["minek@region.test"],
            &["control@council.test"],
        ),
        message(SUBJECT_UZ, &["hokimiyat@viloyat.test"], &[]),
    ]
    .map(|m| {
        compose(
            SENDER_NAME,
            "secretariat@council.test",
            &m,
            december_third(),
        )
        .unwrap()
    });

    let outcomes = write_eml(folder.path(), &messages).unwrap();
    assert_eq!(outcomes.len(), 2);
    for (outcome, subject) in outcomes.iter().zip([SUBJECT_RU, SUBJECT_UZ]) {
        assert_eq!(outcome.status, DeliveryStatus::Saved);
        let path = std::path::Path::new(&outcome.detail);
        assert_eq!(path.parent(), Some(folder.path()));
        assert_eq!(path.extension().and_then(|e| e.to_str()), Some("eml"));
        let read = read(&std::fs::read(path).unwrap());
        assert_eq!(read.subject, subject);
        assert_eq!(read.message_id, format!("<{}>", outcome.message_id));
        assert_eq!(read.attachments.len(), 1);
        assert_eq!(read.attachments[0].name, letter_pdf().name);
        assert!(read.attachments[0].bytes == letter_pdf().bytes);
        assert!(read.defects.is_empty(), "{:?}", read.defects);
    }
}

#[test]
fn saving_again_into_the_same_folder_replaces_no_file() {
    let folder = tempfile::tempdir().unwrap();
    let messages = [message(SUBJECT_RU, &["minek@region.test"], &[])].map(|m| {
        compose(
            SENDER_NAME,
            "secretariat@council.test",
            &m,
            december_third(),
        )
        .unwrap()
    });
    let first = write_eml(folder.path(), &messages).unwrap();
    let second = write_eml(folder.path(), &messages).unwrap();
    assert_ne!(first[0].detail, second[0].detail);
    assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 2);
}
