//! The reference document chosen in Settings: kept as a copy beside the database, used by the Word files
//! made afterwards even when the original is gone, refused (keeping the one in use) when it is no Word file.

use std::path::Path;

use council_core::{ErrorCode, Lang};
use council_documents::{
    DocLang, Printable, document_data, forget_reference, keep_reference, kept_reference,
    read_kept_reference, reference_folder,
};

use crate::readers::python;
use crate::support::{TestStore, session_with_items, today};

/// A letterhead made by python-docx (an independent writer), its page header saying `header`.
fn letterhead(path: &Path, header: &str) {
    let script = "
import sys, docx
document = docx.Document()
document.sections[0].header.paragraphs[0].text = sys.argv[2]
document.save(sys.argv[1])
";
    python(script, &[path.to_str().unwrap(), header]);
}

/// The text of every page header of a Word file, as its XML holds it.
fn headers(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("made.docx");
    std::fs::write(&file, bytes).unwrap();
    let script = "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nfor n in z.namelist():\n    if n.startswith('word/header'): sys.stdout.buffer.write(z.read(n))";
    python(script, &[file.to_str().unwrap()])
}

#[test]
fn a_chosen_reference_is_kept_beside_the_database_and_serves_after_the_original_is_gone() {
    let mut test = TestStore::empty();
    let session = session_with_items(&mut test.store, 1);
    let db = test.path("council.db");
    let chosen = test.path("Kotibiyat blankasi oʻzbekcha.docx");
    letterhead(&chosen, "Hududlar Kengashi kotibiyati · Oʻzbekiston");
    assert!(kept_reference(&db).is_none());

    let kept = keep_reference(&db, &chosen).unwrap();
    assert_eq!(
        kept.name, "Kotibiyat blankasi oʻzbekcha.docx",
        "U+02BB kept byte for byte"
    );
    assert_eq!(kept.size, std::fs::metadata(&chosen).unwrap().len());
    std::fs::remove_file(&chosen).unwrap();

    let (shown, path) = kept_reference(&db).unwrap();
    assert_eq!(shown, kept);
    assert_eq!(path.parent().unwrap(), reference_folder(&db));
    assert_eq!(reference_folder(&db), test.path("council.word-reference"));
    let reference = read_kept_reference(&db).unwrap().expect("the kept copy");
    let word = document_data(
        &test.store,
        &Printable::Minutes { session },
        DocLang::One(Lang::Uz),
        today(),
    )
    .unwrap()
    .docx(Some(&reference))
    .unwrap();
    assert!(
        headers(&word.bytes).contains("Hududlar Kengashi kotibiyati · Oʻzbekiston"),
        "the letterhead is not in the Word file's page header"
    );

    forget_reference(&db).unwrap();
    assert!(kept_reference(&db).is_none());
    assert!(read_kept_reference(&db).unwrap().is_none());
    assert!(!reference_folder(&db).exists());
}

#[test]
fn choosing_another_reference_replaces_the_one_kept() {
    let test = TestStore::empty();
    let db = test.path("council.db");
    let first = test.path("first.docx");
    let second = test.path("second.docx");
    letterhead(&first, "Первый бланк");
    letterhead(&second, "Второй бланк");
    keep_reference(&db, &first).unwrap();
    keep_reference(&db, &second).unwrap();
    assert_eq!(kept_reference(&db).unwrap().0.name, "second.docx");
    let files = std::fs::read_dir(reference_folder(&db)).unwrap().count();
    assert_eq!(files, 1, "only the reference in use is kept");
}

#[test]
fn a_file_that_is_no_word_document_or_is_the_database_is_refused_and_the_reference_in_use_stays() {
    let test = TestStore::empty();
    let db = test.path("council.db");
    let good = test.path("blank.docx");
    letterhead(&good, "Секретариат Совета регионов");
    keep_reference(&db, &good).unwrap();

    let not_word = test.path("scan.docx");
    std::fs::write(&not_word, b"%PDF-1.7 a scan, renamed").unwrap();
    for refused in [
        not_word.as_path(),
        db.as_path(),
        test.path("missing.docx").as_path(),
    ] {
        let error = keep_reference(&db, refused).unwrap_err();
        assert_eq!(error.code, ErrorCode::InvalidValue, "{}", refused.display());
        assert_eq!(error.field, Some("reference"));
        let name = refused.file_name().unwrap().to_string_lossy();
        assert!(error.message(Lang::Ru).contains(name.as_ref()));
        assert_eq!(kept_reference(&db).unwrap().0.name, "blank.docx");
    }
}

/// The database's files are refused by their path before anything reads them (reading and closing the live
/// database in the app's process would release its SQLite locks), even when the file would pass as a Word
/// document and when it is chosen through a link.
#[test]
fn the_database_and_its_sqlite_files_are_refused_by_their_path_before_being_read() {
    let test = TestStore::empty();
    let db = test.path("register.db");
    letterhead(&db, "A Word file named like a database");
    let wal = test.path("register.db-wal");
    letterhead(&wal, "Another");
    let link = test.path("letterhead.docx");
    std::os::unix::fs::symlink(&db, &link).unwrap();
    for chosen in [&db, &wal, &link] {
        let error = keep_reference(&db, chosen).unwrap_err();
        assert_eq!(error.field, Some("reference"), "{}", chosen.display());
    }
    assert!(kept_reference(&db).is_none());
    let elsewhere = test.path("copy.docx");
    std::fs::copy(&db, &elsewhere).unwrap();
    assert!(
        keep_reference(&db, &elsewhere).is_ok(),
        "the same bytes elsewhere are a Word file"
    );
}
