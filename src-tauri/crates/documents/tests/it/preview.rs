//! The preview images: one PNG per PDF page, A4-shaped, and the two-column mode visibly wider in content.

use council_core::Lang;
use council_documents::{DocLang, Printable, typeset};

use crate::support::{TestStore, session_with_items, today};

/// Width and height of a PNG from its header.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "not a PNG");
    let word = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().unwrap());
    (word(16), word(20))
}

#[test]
fn the_preview_has_one_a4_image_per_pdf_page() {
    let mut test = TestStore::empty();
    let session = session_with_items(&mut test.store, 60);
    let printable = Printable::Agenda { session };
    for mode in [DocLang::One(Lang::Ru), DocLang::RuUz] {
        let document = typeset(&test.store, &printable, mode, today()).unwrap();
        let pdf = document.pdf().unwrap();
        let images = document.png_pages(1.0).unwrap();
        assert_eq!(images.len(), pdf.pages, "{}", mode.code());
        assert_eq!(images.len(), document.pages());
        for image in &images {
            // A4 is 595 × 842 points.
            assert_eq!(png_size(image), (595, 842));
        }
    }
    let english = typeset(&test.store, &printable, DocLang::One(Lang::En), today()).unwrap();
    let sharper = english.png_pages(2.0).unwrap();
    assert_eq!(png_size(&sharper[0]), (1191, 1684));
    // What the window shows: the same pages as data URLs the strict CSP allows (`img-src data:`).
    let preview = english.preview(1.0).unwrap();
    assert_eq!(preview.page_count, english.pages());
    assert_eq!(preview.pages.len(), preview.page_count);
    assert!(
        preview
            .pages
            .iter()
            .all(|page| page.starts_with("data:image/png;base64,iVBORw0KGgo"))
    );
}

#[test]
fn a_printable_is_read_as_the_preview_names_it() {
    let parsed: Printable = serde_json::from_str(r#"{"kind":"dossier","pairing":"p-1"}"#).unwrap();
    assert_eq!(
        parsed,
        Printable::Dossier {
            pairing: "p-1".to_owned()
        }
    );
}

/// A preview used to typeset while holding the store, so every other command waited for it. What is read
/// from the store is now all a document needs: it typesets with the store closed, into the same PDF.
#[test]
fn a_document_read_from_the_store_typesets_without_it() {
    let mut test = TestStore::empty();
    let session = session_with_items(&mut test.store, 12);
    let printable = Printable::Agenda { session };
    let mode = DocLang::One(Lang::Ru);
    let held = typeset(&test.store, &printable, mode, today())
        .unwrap()
        .pdf()
        .unwrap();
    let data = council_documents::document_data(&test.store, &printable, mode, today()).unwrap();
    let TestStore { store, dir } = test;
    drop(store);
    let pdf = data.typeset().unwrap().pdf().unwrap();
    assert_eq!(pdf.bytes, held.bytes);
    drop(dir);
}
