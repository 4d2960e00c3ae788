//! The same data prints the same bytes.

use council_core::Lang;
use council_documents::{DocLang, agenda_pdf, controls_pdf};

use crate::support::{TestStore, session_with_items, today};

#[test]
fn the_same_data_renders_to_identical_pdfs() {
    let mut test = TestStore::demo();
    let session = session_with_items(&mut test.store, 12);
    let first = agenda_pdf(&test.store, &session, None, DocLang::RuUz, today()).unwrap();
    let second = agenda_pdf(&test.store, &session, None, DocLang::RuUz, today()).unwrap();
    assert!(
        first.bytes == second.bytes,
        "two renders of one agenda differ"
    );
    let filter = council_core::control::InstructionFilter::default();
    let a = controls_pdf(&test.store, &filter, DocLang::One(Lang::Uz), today()).unwrap();
    let b = controls_pdf(&test.store, &filter, DocLang::One(Lang::Uz), today()).unwrap();
    assert!(a.bytes == b.bytes, "two renders of one control list differ");
}
