//! The control list's workbook read back by `LibreOffice`: the filter above the table in words, the
//! executors, controller and last report, and the rows where the filtered body is only a co-executor.

use chrono::NaiveDate;
use council_core::body::{Body, BodyInput, BodyKind};
use council_core::control::InstructionFilter;
use council_core::instruction::{InstructionInput, ReportInput};
use council_core::person::PersonInput;
use council_core::{Country, Lang, LocalizedText, Store};
use council_interop::xlsx;

use crate::support::{TestStore, libreoffice_csv, text};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}

fn body(store: &mut Store, name: LocalizedText) -> Body {
    store
        .create_body(&BodyInput {
            country: Country::Uz,
            kind: BodyKind::Ministry,
            name,
            region: None,
        })
        .unwrap()
}

#[test]
fn a_body_filtered_control_list_says_its_filter_and_marks_where_the_body_only_co_executes() {
    let mut test = TestStore::new();
    let store = &mut test.store;
    let energy = body(
        store,
        text("Минэнерго", "Energetika vazirligi", "Ministry of Energy"),
    );
    let transport = body(
        store,
        text("Минтранс", "Transport vazirligi", "Ministry of Transport"),
    );
    let controller = store
        .create_person(&PersonInput {
            full_name: text("Каримова Д.", "Karimova D.", "D. Karimova"),
            position: LocalizedText::default(),
            body_id: None,
            country: Country::Uz,
            phone: String::new(),
            email: String::new(),
        })
        .unwrap();
    let led = store
        .create_instruction(
            &InstructionInput {
                text: text("Подготовить план", "Reja tayyorlash", "Prepare a plan"),
                lead_body_id: energy.id.to_string(),
                controller_person_id: Some(controller.id.to_string()),
                due_on: "2026-11-25".to_owned(),
                ..InstructionInput::default()
            },
            today(),
        )
        .unwrap();
    store
        .add_execution_report(
            &led.number,
            &ReportInput {
                reported_on: Some("2026-11-20".to_owned()),
                text: "Plan approved by the board".to_owned(),
                author: "Energy".to_owned(),
            },
            today(),
        )
        .unwrap();
    store
        .create_instruction(
            &InstructionInput {
                text: text("Провести форум", "Forum oʻtkazish", "Hold a forum"),
                lead_body_id: transport.id.to_string(),
                co_executor_ids: vec![energy.id.to_string()],
                due_on: "2026-11-27".to_owned(),
                ..InstructionInput::default()
            },
            today(),
        )
        .unwrap();
    let filter = InstructionFilter {
        body: Some(energy.id.to_string()),
        open_only: true,
        due_within_days: Some(7),
        ..InstructionFilter::default()
    };
    let file = test.dir.path().join("controls.xlsx");
    std::fs::write(
        &file,
        xlsx::control_list(&test.store, &filter, today(), Lang::En).unwrap(),
    )
    .unwrap();

    let csv = libreoffice_csv(&[file.as_path()], test.dir.path());
    let rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv[0].as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let heading: Vec<(&str, &str)> = rows
        .iter()
        .take_while(|r| r.iter().any(|cell| !cell.is_empty()))
        .map(|r| (r[0].as_str(), r[1].as_str()))
        .collect();
    assert_eq!(
        heading,
        [
            ("Control of instructions", ""),
            ("As of", "2026-11-20"),
            ("Under control only", "yes"),
            ("Executor (lead or co-executor)", "Ministry of Energy"),
            ("Due within", "from 2026-11-20 to 2026-11-27 (7 days)"),
        ],
        "{}",
        csv[0]
    );
    let h = heading.len() + 1;
    assert_eq!(
        rows[h][..6],
        [
            "No.",
            "Instruction",
            "Lead executor",
            "Role of the body",
            "Co-executors",
            "Controller"
        ]
    );
    assert_eq!(
        rows[h][10..],
        [
            "Overdue",
            "Reported on time, awaiting review",
            "Last report",
            "Last report text"
        ]
    );
    assert_eq!(
        rows[h + 1][1..7],
        [
            "Prepare a plan",
            "Ministry of Energy",
            "lead executor",
            "",
            "D. Karimova",
            "2026-11-25"
        ]
    );
    assert_eq!(
        rows[h + 1][10..],
        ["no", "yes", "2026-11-20", "Plan approved by the board"]
    );
    assert_eq!(
        rows[h + 2][1..6],
        [
            "Hold a forum",
            "Ministry of Transport",
            "co-executor",
            "Ministry of Energy",
            ""
        ]
    );
}
