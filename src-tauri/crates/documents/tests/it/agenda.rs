//! The agenda in every language mode: strings, time slots, DRAFT mark, page count of a 60-item agenda.

use council_core::Lang;
use council_documents::{DocLang, agenda_pdf};

use crate::support::{
    TestStore, assert_contains_all, assert_uzbek_letters, check, session_with_items, today,
};

#[test]
fn a_sixty_item_agenda_prints_in_every_language_mode() {
    let mut test = TestStore::empty();
    let session = session_with_items(&mut test.store, 60);
    // Expected pages per mode, pinned so that a layout change that wastes or loses pages is noticed.
    let modes = [
        (DocLang::One(Lang::Ru), 3),
        (DocLang::One(Lang::Uz), 3),
        (DocLang::One(Lang::En), 3),
        (DocLang::RuUz, 5),
    ];
    let (mut printed, mut expected) = (Vec::new(), Vec::new());
    for (mode, pages) in modes {
        let pdf = agenda_pdf(&test.store, &session, None, mode, today()).unwrap();
        let checked = check(&pdf, &test.path(&format!("agenda-{}.pdf", mode.code())));
        assert_eq!(checked.pages, pdf.pages, "{}", mode.code());
        printed.push((mode.code(), pdf.pages));
        expected.push((mode.code(), pages));
        // Samarkand keeps Tashkent's clock, so Moscow's time is shown beside each slot.
        assert_contains_all(
            &checked,
            &["10:00–10:10", "08:00–08:10", "19:50–20:00", "17:50–18:00"],
        );
        let total = pdf.pages;
        let footer = match mode {
            DocLang::One(Lang::Ru) => format!("Страница 1 из {total}"),
            DocLang::One(Lang::Uz) => format!("Sahifa 1 / {total}"),
            DocLang::One(Lang::En) => format!("Page 1 of {total}"),
            DocLang::RuUz => format!("Страница 1 из {total} / Sahifa 1 / {total}"),
        };
        assert_contains_all(&checked, &[&footer]);
        if mode.langs().contains(&"ru") {
            assert_contains_all(
                &checked,
                &[
                    "ПОВЕСТКА ДНЯ",
                    "ПРОЕКТ",
                    "вопрос 1",
                    "вопрос 60",
                    "Гуломов Ботир",
                    "Хоким области",
                ],
            );
        }
        if mode.langs().contains(&"uz") {
            assert_contains_all(
                &checked,
                &[
                    "KUN TARTIBI",
                    "LOYIHA",
                    "hamkorligi toʻgʻrisida, 1-",
                    "hamkorligi toʻgʻrisida, 60-",
                    "Gʻulomov Botir Oʻktamovich",
                ],
            );
            assert_uzbek_letters(&checked);
        }
        if mode == DocLang::One(Lang::En) {
            assert_contains_all(
                &checked,
                &[
                    "AGENDA",
                    "DRAFT",
                    "item 1",
                    "item 60",
                    "Botir Gulomov",
                    "Governor",
                ],
            );
        }
    }
    assert_eq!(
        printed, expected,
        "pages of the 60-item agenda per language mode"
    );
}

#[test]
fn an_approved_agenda_has_no_draft_mark() {
    let mut test = TestStore::empty();
    let session = session_with_items(&mut test.store, 3);
    let draft = agenda_pdf(&test.store, &session, None, DocLang::One(Lang::En), today()).unwrap();
    assert!(
        check(&draft, &test.path("draft.pdf"))
            .text
            .contains("DRAFT")
    );
    test.store.approve_agenda(&session).unwrap();
    let approved =
        agenda_pdf(&test.store, &session, None, DocLang::One(Lang::En), today()).unwrap();
    let checked = check(&approved, &test.path("approved.pdf"));
    assert!(!checked.text.contains("DRAFT"), "{}", checked.text);
    assert_contains_all(&checked, &["AGENDA", "item 3"]);
}
