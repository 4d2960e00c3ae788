//! XLSX workbooks opened by `LibreOffice` (converted to CSV) and their sheet XML read from the zip.

use chrono::NaiveDate;
use council_core::body::{BodyInput, BodyKind};
use council_core::control::InstructionFilter;
use council_core::instruction::InstructionInput;
use council_core::session::SessionKind;
use council_core::{Country, Lang, PairingFilter, PairingInput, PairingStatus};
use council_interop::xlsx;

use crate::support::{TestStore, agenda_item, libreoffice_csv, session_input, sheet_xml, text};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}

#[test]
fn libreoffice_reads_the_control_list_pairings_and_agenda_with_real_dates() {
    let mut test = TestStore::new();
    let store = &mut test.store;
    let ministry = store
        .create_body(&BodyInput {
            country: Country::Uz,
            kind: BodyKind::Ministry,
            name: text(
                "Министерство энергетики",
                "Energetika vazirligi",
                "Ministry of Energy",
            ),
            region: None,
        })
        .unwrap();
    for (due, words) in [
        ("2026-11-01", "Подготовить, согласовать; представить"),
        ("2026-12-15", "Провести форум"),
    ] {
        store
            .create_instruction(
                &InstructionInput {
                    text: text(words, "Oʻtkazish", "Hold"),
                    lead_body_id: ministry.id.to_string(),
                    due_on: due.to_owned(),
                    ..InstructionInput::default()
                },
                today(),
            )
            .unwrap();
    }
    store
        .create_pairing(&PairingInput {
            region_a: "UZ-SA".to_owned(),
            region_b: "RU-SVE".to_owned(),
            status: PairingStatus::Active,
            since: Some("2024-05-27".to_owned()),
            basis_title: text(
                "Соглашение о сотрудничестве",
                "Hamkorlik toʻgʻrisidagi kelishuv",
                "Cooperation agreement",
            ),
            basis_number: "17".to_owned(),
            basis_date: Some("2024-05-27".to_owned()),
            sectors: vec!["energy".to_owned()],
            notes: text("", "", ""),
            contacts: String::new(),
        })
        .unwrap();
    let session = store
        .create_session(&session_input(
            SessionKind::CouncilSession,
            "2026-05-27 10:00",
            "2026-05-27 13:00",
            "Asia/Tashkent",
        ))
        .unwrap()
        .id
        .to_string();
    agenda_item(
        store,
        &session,
        text("Открытие", "Ochilish", "Opening"),
        30,
        None,
    );
    agenda_item(
        store,
        &session,
        text("Доклад, обсуждение", "Maʼruza", "Report"),
        45,
        None,
    );

    let dir = test.dir.path();
    let files = [
        dir.join("controls.xlsx"),
        dir.join("pairings.xlsx"),
        dir.join("agenda.xlsx"),
    ];
    let filter = InstructionFilter::default();
    std::fs::write(
        &files[0],
        xlsx::control_list(&test.store, &filter, today(), Lang::Ru).unwrap(),
    )
    .unwrap();
    std::fs::write(
        &files[1],
        xlsx::pairings_register(&test.store, &PairingFilter::default(), Lang::Uz).unwrap(),
    )
    .unwrap();
    std::fs::write(
        &files[2],
        xlsx::agenda(&test.store, &session, Lang::Ru).unwrap(),
    )
    .unwrap();

    let csv = libreoffice_csv(
        &files
            .iter()
            .map(std::path::PathBuf::as_path)
            .collect::<Vec<_>>(),
        dir,
    );
    let cells = |text: &str| -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect()
    };
    let controls = cells(&csv[0]);
    // The heading block (title, date, filter), an empty row, then the table.
    assert_eq!(
        controls[1][..2],
        ["По состоянию на", "2026-11-20"],
        "{}",
        csv[0]
    );
    assert_eq!(controls[2][..2], ["Фильтр", "все поручения"]);
    let h = 4;
    assert_eq!(controls.len(), h + 3, "{}", csv[0]);
    assert_eq!(
        controls[h][..6],
        [
            "№",
            "Поручение",
            "Ответственный исполнитель",
            "Соисполнители",
            "Контролирующее лицо",
            "Срок"
        ]
    );
    assert_eq!(
        controls[h + 1][1..],
        [
            "Подготовить, согласовать; представить",
            "Министерство энергетики",
            "",
            "",
            "2026-11-01",
            "2026-11-01",
            "0",
            "Назначено",
            "да",
            "нет",
            "",
            ""
        ]
    );
    assert_eq!(controls[h + 2][5], "2026-12-15");
    assert_eq!(controls[h + 2][9], "нет");
    let pairings = cells(&csv[1]);
    assert_eq!(pairings[0][..2], ["Oʻzbekiston hududi", "Rossiya hududi"]);
    assert_eq!(
        pairings[1][2..6],
        [
            "active",
            "2024-05-27",
            "Hamkorlik toʻgʻrisidagi kelishuv",
            "17"
        ]
    );
    let agenda = cells(&csv[2]);
    assert_eq!(
        agenda[1],
        [
            "1",
            "Открытие",
            "2026-05-27 10:00",
            "2026-05-27 10:30",
            "30",
            ""
        ]
    );
    assert_eq!(
        agenda[2],
        [
            "2",
            "Доклад, обсуждение",
            "2026-05-27 10:30",
            "2026-05-27 11:15",
            "45",
            ""
        ]
    );

    let sheet = sheet_xml(&files[0]);
    assert!(
        sheet.contains("state=\"frozen\"") && sheet.contains("ySplit=\"5\""),
        "the table's header stays in view: {sheet}"
    );
    assert!(sheet.contains("<autoFilter ref=\"A5:M7\""), "{sheet}");
    assert!(sheet.contains("<col "), "column widths: {sheet}");
    // The due date is a number with a date style, not text.
    let due = sheet
        .split("<c r=\"F6\"")
        .nth(1)
        .unwrap()
        .split("</c>")
        .next()
        .unwrap();
    assert!(
        due.contains(" s=\"") && !due.contains("t=\"s\"") && due.contains("<v>46327</v>"),
        "{due}"
    );
}

#[test]
fn a_text_over_the_cell_limit_is_cut_with_a_mark_and_the_control_list_still_exports() {
    let mut test = TestStore::new();
    let store = &mut test.store;
    let ministry = store
        .create_body(&BodyInput {
            country: Country::Uz,
            kind: BodyKind::Ministry,
            name: text("Министерство энергетики", "", ""),
            region: None,
        })
        .unwrap();
    // A long text pasted from a report: 40,000 characters, over Excel's 32,767.
    let long = format!("Начало поручения.{}", " Подготовить план.".repeat(2_222));
    assert_eq!(long.chars().count(), 40_013);
    store
        .create_instruction(
            &InstructionInput {
                text: text(&long, "", ""),
                lead_body_id: ministry.id.to_string(),
                due_on: "2026-12-01".to_owned(),
                ..InstructionInput::default()
            },
            today(),
        )
        .unwrap();
    let file = test.dir.path().join("controls.xlsx");
    let workbook = xlsx::control_list(
        &test.store,
        &InstructionFilter::default(),
        today(),
        Lang::Ru,
    )
    .unwrap();
    std::fs::write(&file, workbook).unwrap();

    let csv = libreoffice_csv(&[file.as_path()], test.dir.path());
    let rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv[0].as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let cell = &rows[5][1];
    assert_eq!(cell.chars().count(), 32_767, "as much as a cell holds");
    assert!(cell.starts_with("Начало поручения. Подготовить план."));
    assert!(
        cell.ends_with(" … [текст обрезан, полностью 40013 знаков]"),
        "{}",
        cell.chars().skip(32_700).collect::<String>()
    );
    assert_eq!(
        rows[5][2], "Министерство энергетики",
        "the rest of the row is intact"
    );
}

#[test]
fn libreoffice_reads_the_indicators_with_their_targets_periods_and_sources() {
    let mut test = TestStore::new();
    for (quarter, value) in [(None, "12 500"), (Some(1), "3 100,25")] {
        test.store
            .add_indicator_value(&council_core::indicator::IndicatorValueInput {
                indicator_id: "trade_turnover".to_owned(),
                year: if quarter.is_some() { 2026 } else { 2025 },
                quarter,
                value: value.to_owned(),
                source: "Oʻzbekiston statistika agentligi".to_owned(),
                as_of: "2026-04-30".to_owned(),
            })
            .unwrap();
    }
    let dir = test.dir.path();
    let file = dir.join("indicators.xlsx");
    std::fs::write(&file, xlsx::indicators(&test.store, Lang::Uz).unwrap()).unwrap();
    let csv = libreoffice_csv(&[file.as_path()], dir);
    let rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv[0].as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    assert_eq!(rows[0][0], "Koʻrsatkich");
    assert_eq!(
        rows[1],
        [
            "Tovar aylanmasi",
            "mln AQSh dollari",
            "30000",
            "2025",
            "",
            "12500",
            "0.416666666666667",
            "Oʻzbekiston statistika agentligi",
            "2026-04-30"
        ],
        "{}",
        csv[0]
    );
    assert_eq!(rows[2][3..6], ["2026", "1", "3100.25"]);
    // The indicators without values are listed too, so the workbook shows every target.
    assert_eq!(rows.len(), 1 + 2 + 3, "{}", csv[0]);
    assert_eq!(rows[3][0], "Qoʻshma korxonalar");
}
