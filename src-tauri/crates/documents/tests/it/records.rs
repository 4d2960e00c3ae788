//! Minutes, control list, dossier and progress report on the demonstration year, in every language mode.

use chrono::NaiveDate;
use council_core::control::InstructionFilter;
use council_core::session::SessionFilter;
use council_core::{Lang, PairingFilter};
use council_documents::{DocLang, controls_pdf, dossier_pdf, minutes_pdf, report_pdf};

use crate::support::{TestStore, assert_contains_all, assert_uzbek_letters, check, today};

/// Labels that show which language(s) a document is printed in.
fn language_marks(mode: DocLang) -> Vec<&'static str> {
    mode.langs()
        .iter()
        .map(|l| match *l {
            "ru" => "Совет регионов",
            "uz" => "Hududlar Kengashi",
            _ => "Council of Regions",
        })
        .collect()
}

#[test]
fn minutes_name_items_decisions_instructions_and_co_chairs() {
    let test = TestStore::demo();
    let store = &test.store;
    let sessions = store.list_sessions(&SessionFilter::default()).unwrap();
    let session = sessions
        .iter()
        .find(|s| {
            !store
                .list_decisions(&s.id.to_string(), false)
                .unwrap()
                .is_empty()
        })
        .expect("a session with decisions in the demonstration year");
    let id = session.id.to_string();
    let decision = &store.list_decisions(&id, false).unwrap()[0];
    let instructions = store
        .list_instructions(
            &InstructionFilter {
                session: Some(id.clone()),
                ..InstructionFilter::default()
            },
            today(),
        )
        .unwrap();
    for mode in DocLang::ALL {
        let pdf = minutes_pdf(store, &id, mode, today()).unwrap();
        let checked = check(&pdf, &test.path(&format!("minutes-{}.pdf", mode.code())));
        assert_contains_all(&checked, &language_marks(mode));
        assert_contains_all(&checked, &[&decision.number]);
        for instruction in &instructions {
            assert_contains_all(&checked, &[&instruction.number]);
        }
        for lang in mode.langs() {
            let (title, co_chairs, sign) = match lang {
                "ru" => ("ПРОТОКОЛ", "Сопредседатели", "Подпись"),
                "uz" => ("BAYONNOMA", "Hamraislar", "Imzo"),
                _ => ("MINUTES", "Co-chairs", "Signature"),
            };
            assert_contains_all(&checked, &[title, co_chairs, sign]);
        }
        for chair in &session.co_chairs {
            let person = store.person(&chair.to_string()).unwrap();
            let lang = Lang::parse(mode.langs()[0]).unwrap();
            assert_contains_all(&checked, &[person.full_name.get(lang)]);
        }
        if mode.langs().contains(&"uz") {
            assert_uzbek_letters(&checked);
        }
    }
}

#[test]
fn the_control_list_marks_overdue_rows_in_words() {
    let test = TestStore::demo();
    let store = &test.store;
    let filter = InstructionFilter {
        overdue: true,
        ..InstructionFilter::default()
    };
    let overdue = store.list_instructions(&filter, today()).unwrap();
    assert!(!overdue.is_empty());
    for mode in DocLang::ALL {
        let pdf = controls_pdf(store, &filter, mode, today()).unwrap();
        let checked = check(&pdf, &test.path(&format!("controls-{}.pdf", mode.code())));
        assert_contains_all(&checked, &language_marks(mode));
        for instruction in &overdue {
            assert_contains_all(&checked, &[&instruction.number]);
        }
        for lang in mode.langs() {
            let mark = match lang {
                "ru" => "ПРОСРОЧЕНО",
                "uz" => "MUDDATI OʻTGAN",
                _ => "OVERDUE",
            };
            // Once per row and once in the filter line and the total.
            assert!(
                checked.text.matches(mark).count() > overdue.len(),
                "{mark} rows"
            );
        }
        if mode.langs().contains(&"uz") {
            assert_uzbek_letters(&checked);
        }
    }
    // Without the filter the list is longer and still marks only the overdue rows.
    let all = controls_pdf(
        store,
        &InstructionFilter::default(),
        DocLang::One(Lang::En),
        today(),
    )
    .unwrap();
    let checked = check(&all, &test.path("controls-all.pdf"));
    assert_eq!(checked.text.matches("OVERDUE").count(), overdue.len() + 1);
}

#[test]
fn the_dossier_gathers_a_pairing_its_agreements_and_instructions() {
    let test = TestStore::demo();
    let store = &test.store;
    let pairings = store.list_pairings(&PairingFilter::default()).unwrap();
    let pairing = pairings
        .iter()
        .find(|p| {
            !store
                .list_instructions(
                    &InstructionFilter {
                        pairing: Some(p.id.to_string()),
                        ..InstructionFilter::default()
                    },
                    today(),
                )
                .unwrap()
                .is_empty()
        })
        .expect("a pairing with instructions");
    let id = pairing.id.to_string();
    let instructions = store
        .list_instructions(
            &InstructionFilter {
                pairing: Some(id.clone()),
                ..InstructionFilter::default()
            },
            today(),
        )
        .unwrap();
    for mode in DocLang::ALL {
        let pdf = dossier_pdf(store, &id, mode, today()).unwrap();
        let checked = check(&pdf, &test.path(&format!("dossier-{}.pdf", mode.code())));
        assert_contains_all(&checked, &language_marks(mode));
        for instruction in &instructions {
            assert_contains_all(&checked, &[&instruction.number]);
        }
        for lang in mode.langs() {
            let (uz, ru) = match lang {
                "ru" => (&pairing.uz_region.name.ru, &pairing.ru_region.name.ru),
                "uz" => (&pairing.uz_region.name.uz, &pairing.ru_region.name.uz),
                _ => (&pairing.uz_region.name.en, &pairing.ru_region.name.en),
            };
            assert_contains_all(&checked, &[uz, ru]);
        }
        if mode.langs().contains(&"uz") {
            assert_uzbek_letters(&checked);
        }
    }
}

/// A due date in a table cell as `lang` writes it.
fn written(date: NaiveDate, lang: &str) -> String {
    match lang {
        "en" => date.format("%-d %b %Y").to_string(),
        _ => date.format("%d.%m.%Y").to_string(),
    }
}

/// Officers read 01.03.2027 on every screen; the printed control list and minutes showed 2027-03-01.
#[test]
fn printed_due_dates_read_as_each_language_writes_them() {
    let test = TestStore::demo();
    let store = &test.store;
    let filter = InstructionFilter {
        overdue: true,
        ..InstructionFilter::default()
    };
    let overdue = store.list_instructions(&filter, today()).unwrap();
    let with_instructions = store
        .list_sessions(&SessionFilter::default())
        .unwrap()
        .into_iter()
        .map(|s| s.id.to_string())
        .find(|id| {
            let filter = InstructionFilter {
                session: Some(id.clone()),
                ..InstructionFilter::default()
            };
            !store
                .list_instructions(&filter, today())
                .unwrap()
                .is_empty()
        })
        .expect("a session with instructions in the demonstration year");
    let of_session = store
        .list_instructions(
            &InstructionFilter {
                session: Some(with_instructions.clone()),
                ..InstructionFilter::default()
            },
            today(),
        )
        .unwrap();
    for mode in DocLang::ALL {
        let controls = check(
            &controls_pdf(store, &filter, mode, today()).unwrap(),
            &test.path(&format!("dates-controls-{}.pdf", mode.code())),
        );
        let minutes = check(
            &minutes_pdf(store, &with_instructions, mode, today()).unwrap(),
            &test.path(&format!("dates-minutes-{}.pdf", mode.code())),
        );
        for (checked, instructions) in [(&controls, &overdue), (&minutes, &of_session)] {
            for instruction in instructions {
                for lang in mode.langs() {
                    assert_contains_all(checked, &[&written(instruction.due_on, lang)]);
                }
                let iso = instruction.due_on.to_string();
                assert!(
                    !checked.text.contains(&iso),
                    "{iso} printed in:\n{}",
                    checked.text
                );
            }
        }
    }
}

/// The basis document was one Russian text, printed in the Uzbek and English dossiers too.
#[test]
fn the_dossier_prints_the_basis_title_in_its_language_and_flags_a_missing_one() {
    let mut test = TestStore::empty();
    let pairing = test
        .store
        .create_pairing(&council_core::PairingInput {
            region_a: "UZ-SA".to_owned(),
            region_b: "RU-SVE".to_owned(),
            status: council_core::PairingStatus::Active,
            since: None,
            basis_title: crate::support::text(
                "Соглашение о побратимстве",
                "Birodarlik toʻgʻrisidagi kelishuv",
                "",
            ),
            basis_number: "17".to_owned(),
            basis_date: Some("2024-05-27".to_owned()),
            sectors: Vec::new(),
            notes: council_core::LocalizedText::default(),
            contacts: String::new(),
        })
        .unwrap()
        .id
        .to_string();
    for (mode, expected, absent) in [
        (
            DocLang::One(Lang::Uz),
            "Birodarlik toʻgʻrisidagi kelishuv, № 17, 27.05.2024",
            "Соглашение",
        ),
        (
            DocLang::One(Lang::En),
            "[no translation], № 17, 27 May 2024",
            "Соглашение",
        ),
        (
            DocLang::One(Lang::Ru),
            "Соглашение о побратимстве, № 17, 27.05.2024",
            "Birodarlik",
        ),
    ] {
        let pdf = dossier_pdf(&test.store, &pairing, mode, today()).unwrap();
        let checked = check(&pdf, &test.path(&format!("basis-{}.pdf", mode.code())));
        assert_contains_all(&checked, &[expected]);
        assert!(
            !checked.text.contains(absent),
            "{}:\n{}",
            mode.code(),
            checked.text
        );
    }
}

#[test]
fn the_progress_report_prints_each_target_its_years_and_the_open_instructions() {
    let test = TestStore::demo();
    let store = &test.store;
    let overview = store.council_overview(today()).unwrap();
    let open = store
        .list_instructions(
            &InstructionFilter {
                open_only: true,
                ..InstructionFilter::default()
            },
            today(),
        )
        .unwrap();
    for mode in DocLang::ALL {
        let pdf = report_pdf(store, mode, today()).unwrap();
        let checked = check(&pdf, &test.path(&format!("report-{}.pdf", mode.code())));
        assert_contains_all(&checked, &language_marks(mode));
        for lang in mode.langs() {
            let (title, turnover, target) = match lang {
                "ru" => ("ОТЧЁТ О ХОДЕ", "Товарооборот", "30 000 млн долл. США"),
                "uz" => (
                    "MAQSADLI KOʻRSATKICHLARGA",
                    "Tovar aylanmasi",
                    "30 000 mln AQSh dollari",
                ),
                _ => ("PROGRESS REPORT", "Trade turnover", "30 000 USD million"),
            };
            assert_contains_all(&checked, &[title, turnover, target]);
        }
        // Every year of every series is written out beside its bar.
        for point in &overview.indicators[0].years {
            assert_contains_all(&checked, &[&point.year.to_string()]);
        }
        assert!(
            open.iter()
                .take(5)
                .all(|i| checked.text.contains(&i.number))
        );
        if mode.langs().contains(&"uz") {
            assert_uzbek_letters(&checked);
        }
    }
}
