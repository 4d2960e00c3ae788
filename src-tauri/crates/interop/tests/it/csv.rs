//! CSV import: Windows-1251 and UTF-8 with a BOM, `;` and `,`, names resolved, and a file with errors that
//! changes nothing.

use chrono::NaiveDate;
use council_core::Lang;
use council_core::control::InstructionFilter;
use council_interop::Outcome;
use council_interop::csv_import::{CsvImportOptions, CsvKind, import_csv};

use crate::support::TestStore;

fn options(dry_run: bool) -> CsvImportOptions {
    CsvImportOptions {
        lang: Lang::En,
        dry_run,
        today: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
    }
}

fn windows_1251(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

const BODIES: &str = "country;kind;name_ru;name_en;region\r\n\
UZ;ministry;Министерство энергетики Республики Узбекистан;Ministry of Energy;\r\n\
RU;regional_administration;Правительство Свердловской области;\"Government of Sverdlovsk Oblast; Yekaterinburg\";RU-SVE\r\n";

#[test]
fn a_windows_1251_file_with_semicolons_is_imported_intact() {
    let mut test = TestStore::new();
    let report = import_csv(
        &mut test.store,
        CsvKind::Bodies,
        &windows_1251(BODIES),
        &options(false),
    )
    .unwrap();
    assert!(report.applied, "{report:?}");
    assert_eq!((report.taken, report.refused), (2, 0));
    assert_eq!(
        report.rows.iter().map(|r| r.row).collect::<Vec<_>>(),
        [2, 3]
    );
    let bodies = test.store.list_bodies(None, false).unwrap();
    let names: Vec<&str> = bodies.iter().map(|b| b.name.ru.as_str()).collect();
    assert_eq!(
        names,
        [
            "Министерство энергетики Республики Узбекистан",
            "Правительство Свердловской области"
        ]
    );
    assert_eq!(
        bodies[1].name.en,
        "Government of Sverdlovsk Oblast; Yekaterinburg"
    );
    assert!(bodies[1].region_id.is_some());
    assert_eq!(report.rows[0].record_id, Some(bodies[0].id.to_string()));
}

#[test]
fn a_utf8_file_with_a_bom_and_commas_names_bodies_by_name() {
    let mut test = TestStore::new();
    import_csv(
        &mut test.store,
        CsvKind::Bodies,
        &windows_1251(BODIES),
        &options(false),
    )
    .unwrap();
    let people = "\u{feff}full_name_ru,full_name_uz,body,country,email\n\
Каримов Алишер,Karimov Alisher Gʻulomovich,ministry of energy,UZ,a.karimov@minenergy.uz\n\
\"Иванова, Мария\",,Правительство Свердловской области,RU,\n";
    let report = import_csv(
        &mut test.store,
        CsvKind::People,
        people.as_bytes(),
        &options(false),
    )
    .unwrap();
    assert!(report.applied, "{report:?}");
    let people = test.store.list_people(None, false).unwrap();
    assert_eq!(people.len(), 2);
    let karimov = people
        .iter()
        .find(|p| p.full_name.ru == "Каримов Алишер")
        .unwrap();
    assert_eq!(karimov.full_name.uz, "Karimov Alisher Gʻulomovich");
    let energy = test.store.list_bodies(None, false).unwrap()[0].id;
    assert_eq!(karimov.body_id, Some(energy));
    assert!(people.iter().any(|p| p.full_name.ru == "Иванова, Мария"));

    let instructions = "text_ru;lead_body;co_executors;controller;due_on\n\
Подготовить дорожную карту;Ministry of Energy;Правительство Свердловской области;Каримов Алишер;31.12.2026\n";
    let report = import_csv(
        &mut test.store,
        CsvKind::Instructions,
        instructions.as_bytes(),
        &options(false),
    )
    .unwrap();
    assert!(report.applied, "{report:?}");
    let list = test
        .store
        .list_instructions(&InstructionFilter::default(), options(false).today)
        .unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].due_on.to_string(), "2026-12-31");
    assert_eq!(list[0].lead_body_id, energy);
    assert_eq!(list[0].co_executor_ids.len(), 1);
    assert_eq!(
        report.rows[0].record_id.as_deref(),
        Some(list[0].number.as_str())
    );
}

#[test]
fn a_file_with_errors_lists_each_by_row_and_column_and_changes_nothing() {
    let test = TestStore::new();
    // Closed once, so what a fresh open would write is already in the file before the snapshot.
    let TestStore { store, path, dir } = test;
    drop(store);
    let before = std::fs::read(&path).unwrap();
    let mut test = TestStore {
        store: council_core::Store::open(&path).unwrap(),
        path,
        dir,
    };
    let bad = "country;kind;name_ru;region\n\
UZ;ministry;Министерство туризма;\n\
XX;ministry;Неизвестная страна;\n\
RU;kingdom;;\n\
RU;regional_administration;Администрация без региона;\n\
RU;regional_administration;Администрация;RU-ZZZ\n";
    let history_before = test.store.list_bodies(None, false).unwrap().len();
    for dry_run in [true, false] {
        let report = import_csv(
            &mut test.store,
            CsvKind::Bodies,
            bad.as_bytes(),
            &options(dry_run),
        )
        .unwrap();
        assert!(!report.applied);
        let problems: Vec<(usize, Option<&str>, &str)> = report
            .rows
            .iter()
            .flat_map(|r| {
                r.problems
                    .iter()
                    .map(move |p| (r.row, p.column.as_deref(), p.code.as_str()))
            })
            .collect();
        assert_eq!(
            problems,
            [
                (3, Some("country"), "invalid_value"),
                (4, Some("kind"), "invalid_value"),
                (5, Some("region"), "required"),
                (6, Some("region"), "region_not_found"),
            ]
        );
        assert_eq!(
            report.rows[0].outcome,
            Outcome::Taken,
            "the good row would be taken"
        );
        assert_eq!((report.taken, report.refused), (1, 4));
        assert!(report.rows[1].problems[0].message.contains("XX"));
    }
    assert_eq!(
        test.store.list_bodies(None, false).unwrap().len(),
        history_before
    );
    drop(test.store);
    assert_eq!(
        std::fs::read(&test.path).unwrap(),
        before,
        "the database file is byte-identical"
    );
}

#[test]
fn unknown_and_missing_columns_refuse_the_file() {
    let mut test = TestStore::new();
    let report = import_csv(
        &mut test.store,
        CsvKind::Bodies,
        b"country,name_ru,colour\nUZ,X,red\n",
        &options(false),
    )
    .unwrap();
    assert!(!report.applied);
    let columns: Vec<_> = report
        .file_problems
        .iter()
        .map(|p| (p.column.as_deref(), p.code.as_str()))
        .collect();
    assert_eq!(
        columns,
        [
            (Some("colour"), "invalid_value"),
            (Some("kind"), "required")
        ]
    );
    assert!(test.store.list_bodies(None, false).unwrap().is_empty());
    let empty = import_csv(&mut test.store, CsvKind::People, b"", &options(false)).unwrap();
    assert!(empty.has_problems() && !empty.applied);
}

/// Problems of a report as (row, column, code).
fn problems(report: &council_interop::ImportReport) -> Vec<(usize, Option<&str>, &str)> {
    report
        .rows
        .iter()
        .flat_map(|r| {
            r.problems
                .iter()
                .map(move |p| (r.row, p.column.as_deref(), p.code.as_str()))
        })
        .collect()
}

#[test]
fn an_unclosed_quote_is_reported_at_its_row_and_column_and_the_rows_after_it_are_read() {
    let mut test = TestStore::new();
    let file = "country;kind;name_ru;name_en;region\n\
UZ;ministry;Министерство энергетики;Ministry of Energy;\n\
RU;regional_administration;Правительство Свердловской области;\"Government of Sverdlovsk Oblast;RU-SVE\n\
RU;regional_administration;Правительство Москвы;\"Government of Moscow\";RU-MOW\n\
UZ;ministry;Министерство туризма;Ministry of Tourism;\n\
UZ;ministry;\"Министерство культуры;Ministry of Culture;\n";
    for dry_run in [true, false] {
        let report = import_csv(
            &mut test.store,
            CsvKind::Bodies,
            file.as_bytes(),
            &options(dry_run),
        )
        .unwrap();
        assert!(!report.applied);
        let rows: Vec<(usize, &str)> = report
            .rows
            .iter()
            .map(|r| (r.row, r.label.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                (2, "Министерство энергетики"),
                (3, "Правительство Свердловской области"),
                (4, "Правительство Москвы"),
                (5, "Министерство туризма"),
                // The file ends inside this row's quote.
                (6, "Министерство культуры;Ministry of Culture;"),
            ]
        );
        assert_eq!(
            problems(&report),
            [
                (3, Some("name_en"), "unclosed_quote"),
                (6, Some("name_ru"), "unclosed_quote"),
            ]
        );
        assert_eq!((report.taken, report.refused), (3, 2));
        assert!(
            report.rows[1].problems[0].message.contains("line 3"),
            "{}",
            report.rows[1].problems[0].message
        );
    }
    assert!(test.store.list_bodies(None, false).unwrap().is_empty());
}

#[test]
fn a_cell_over_the_limit_refuses_its_row_and_a_file_over_the_limit_is_refused_whole() {
    let mut test = TestStore::new();
    let long = "Министерство ".repeat(3_000);
    assert!(long.chars().count() > council_interop::csv_import::MAX_CELL_CHARS);
    let file = format!(
        "country;kind;name_ru\nUZ;ministry;Министерство энергетики\nUZ;ministry;\"{long}\"\nRU;ministry;Министерство финансов\n"
    );
    let report = import_csv(
        &mut test.store,
        CsvKind::Bodies,
        file.as_bytes(),
        &options(false),
    )
    .unwrap();
    assert!(!report.applied);
    assert_eq!(
        report.rows.iter().map(|r| r.row).collect::<Vec<_>>(),
        [2, 3, 4]
    );
    assert_eq!(problems(&report), [(3, Some("name_ru"), "cell_too_long")]);
    assert_eq!(
        report.rows[1].problems[0].message,
        "The cell holds more than 32767 characters, the limit for one cell."
    );

    let mut big = b"country;kind;name_ru\n".to_vec();
    big.resize(
        usize::try_from(council_interop::csv_import::MAX_FILE_BYTES).unwrap() + 1,
        b' ',
    );
    let error = import_csv(&mut test.store, CsvKind::Bodies, &big, &options(false)).unwrap_err();
    assert_eq!(error.code.as_str(), "import_file_too_large");
    assert_eq!(
        error.message(Lang::En),
        "The file is larger than 32 MB, the limit for an import. Nothing was changed."
    );
    assert!(test.store.list_bodies(None, false).unwrap().is_empty());
}
