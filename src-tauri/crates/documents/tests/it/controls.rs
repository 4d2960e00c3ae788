//! The printed control list filtered by a body marks the rows where that body is only a co-executor.

use council_core::body::{BodyInput, BodyKind};
use council_core::control::InstructionFilter;
use council_core::instruction::InstructionInput;
use council_core::{Country, LocalizedText, Store};
use council_documents::{DocLang, controls_pdf};

use crate::support::{TestStore, check, text, today};

fn body(store: &mut Store, name: LocalizedText) -> String {
    store
        .create_body(&BodyInput {
            country: Country::Uz,
            kind: BodyKind::Ministry,
            name,
            region: None,
        })
        .unwrap()
        .id
        .to_string()
}

fn give(store: &mut Store, number_text: &str, lead: &str, co: &[&str]) {
    store
        .create_instruction(
            &InstructionInput {
                text: text(number_text, number_text, number_text),
                lead_body_id: lead.to_owned(),
                co_executor_ids: co.iter().map(|id| (*id).to_owned()).collect(),
                due_on: "2026-12-15".to_owned(),
                ..InstructionInput::default()
            },
            today(),
        )
        .unwrap();
}

#[test]
fn a_body_filtered_control_list_marks_the_rows_the_body_only_co_executes() {
    let mut test = TestStore::empty();
    let store = &mut test.store;
    let energy = body(
        store,
        text("Минэнерго", "Energetika vazirligi", "Ministry of Energy"),
    );
    let transport = body(
        store,
        text("Минтранс", "Transport vazirligi", "Ministry of Transport"),
    );
    give(store, "Plan A", &energy, &[]);
    give(store, "Plan B", &transport, &[&energy]);
    give(store, "Plan C", &transport, &[]);
    let by_energy = InstructionFilter {
        body: Some(energy.clone()),
        ..InstructionFilter::default()
    };
    for mode in DocLang::ALL {
        let pdf = controls_pdf(&test.store, &by_energy, mode, today()).unwrap();
        let checked = check(&pdf, &test.path(&format!("co-{}.pdf", mode.code())));
        assert!(!checked.text.contains("Plan C"), "{}", checked.text);
        for lang in mode.langs() {
            let mark = match lang {
                "ru" => "(соисполнитель)",
                "uz" => "(hamijrochi)",
                _ => "(co-executor)",
            };
            assert_eq!(
                checked.text.matches(mark).count(),
                1,
                "only the row of Plan B: {}",
                checked.text
            );
        }
    }
    // Without a body filter no row has a role to mark.
    let all = controls_pdf(
        &test.store,
        &InstructionFilter::default(),
        DocLang::One(council_core::Lang::En),
        today(),
    )
    .unwrap();
    let checked = check(&all, &test.path("co-all.pdf"));
    assert!(checked.text.contains("Plan C"));
    assert!(!checked.text.contains("(co-executor)"), "{}", checked.text);
}

/// Reported by an officer: rows whose report came in on time counted as overdue in the print.
#[test]
fn a_report_in_on_time_is_counted_and_marked_apart_from_the_overdue() {
    let mut test = TestStore::empty();
    let store = &mut test.store;
    let energy = body(
        store,
        text("Минэнерго", "Energetika vazirligi", "Ministry of Energy"),
    );
    give(store, "Reported", &energy, &[]);
    give(store, "Silent", &energy, &[]);
    let reported = store
        .list_instructions(&InstructionFilter::default(), today())
        .unwrap()
        .into_iter()
        .find(|i| i.text.en == "Reported")
        .unwrap();
    store
        .add_execution_report(
            &reported.id.to_string(),
            &council_core::instruction::ReportInput {
                reported_on: Some("2026-12-10".to_owned()),
                text: "Done".to_owned(),
                author: String::new(),
            },
            today(),
        )
        .unwrap();
    // A month after the due date: one row is late, the other waits for review.
    let later = chrono::NaiveDate::from_ymd_opt(2027, 1, 15).unwrap();
    let pdf = controls_pdf(
        &test.store,
        &InstructionFilter::default(),
        DocLang::One(council_core::Lang::En),
        later,
    )
    .unwrap();
    let checked = check(&pdf, &test.path("awaiting.pdf"));
    let flat = checked
        .text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(flat.contains("OVERDUE: 1"), "{flat}");
    assert!(
        flat.contains("reported on time, awaiting review: 1"),
        "{flat}"
    );
    assert_eq!(
        flat.matches("reported on time, awaiting review").count(),
        2,
        "the count and the row: {flat}"
    );
}
