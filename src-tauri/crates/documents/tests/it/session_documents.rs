//! What a reader of an agenda or minutes notices: a title printed once, times in brackets as the note says,
//! instructions under their decision in the order of their numbers, rows whole on a page, and a file name
//! that says what the document is.

use council_core::body::{BodyInput, BodyKind};
use council_core::decision::DecisionInput;
use council_core::instruction::InstructionInput;
use council_core::{Country, Lang, Store};
use council_documents::{DocLang, Printable, agenda_pdf, minutes_pdf};

use crate::support::{TestStore, check, session_with_items, text, today};

/// A council session (the first, so "1-е заседание Совета регионов") whose title says just that, in other
/// case and spacing.
fn session_titled_like_its_heading(store: &mut Store) -> String {
    let id = session_with_items(store, 2);
    let mut input = store.session(&id).unwrap().to_input();
    input.title = text(
        "1-е  заседание совета регионов",
        "hududlar kengashining 1-majlisi ",
        "1st Session",
    );
    store.update_session(&id, &input).unwrap();
    id
}

#[test]
fn a_title_that_repeats_the_heading_is_printed_once() {
    let mut test = TestStore::empty();
    let session = session_titled_like_its_heading(&mut test.store);
    for (mode, heading) in [
        (DocLang::One(Lang::Ru), "1-е заседание Совета регионов"),
        (DocLang::One(Lang::Uz), "Hududlar Kengashining 1-majlisi"),
        (DocLang::One(Lang::En), "1st session"),
    ] {
        let agenda = agenda_pdf(&test.store, &session, None, mode, today()).unwrap();
        let minutes = minutes_pdf(&test.store, &session, mode, today()).unwrap();
        for (name, pdf) in [("agenda", agenda), ("minutes", minutes)] {
            let checked = check(
                &pdf,
                &test.path(&format!("{name}-title-{}.pdf", mode.code())),
            );
            let folded = checked
                .text
                .to_lowercase()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let times = folded.matches(&heading.to_lowercase()).count();
            assert_eq!(times, 1, "{name} {}:\n{}", mode.code(), checked.text);
        }
    }
}

#[test]
fn a_title_of_its_own_is_printed_under_the_heading() {
    let mut test = TestStore::empty();
    let session = session_with_items(&mut test.store, 2);
    let pdf = agenda_pdf(&test.store, &session, None, DocLang::One(Lang::Ru), today()).unwrap();
    let checked = check(&pdf, &test.path("agenda-own-title.pdf"));
    let lines: Vec<&str> = checked.text.lines().map(str::trim).collect();
    assert!(
        lines.contains(&"1-е заседание Совета регионов"),
        "{}",
        checked.text
    );
    assert!(
        lines.contains(&"Заседание Совета регионов"),
        "{}",
        checked.text
    );
}

/// The note said the other capital's time is in brackets while it stood on a line of its own, unbracketed.
#[test]
fn moscow_times_stand_in_brackets_as_the_note_says() {
    let mut test = TestStore::empty();
    let session = session_with_items(&mut test.store, 3);
    let checks = [
        (
            DocLang::One(Lang::Ru),
            "в скобках — время другой столицы: Москва UTC+03:00",
        ),
        (
            DocLang::One(Lang::Uz),
            "qavs ichida — boshqa poytaxt vaqti: Moskva UTC+03:00",
        ),
        (
            DocLang::One(Lang::En),
            "the other capital's time in brackets: Moscow UTC+03:00",
        ),
    ];
    for (mode, note) in checks {
        let pdf = agenda_pdf(&test.store, &session, None, mode, today()).unwrap();
        let checked = check(&pdf, &test.path(&format!("brackets-{}.pdf", mode.code())));
        let flat = checked
            .text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(flat.contains(note), "{}:\n{}", mode.code(), checked.text);
        // Each slot: Samarkand's time, then Moscow's in brackets on the same line.
        for slot in ["10:00–10:10 (08:00–08:10)", "10:20–10:30 (08:20–08:30)"] {
            assert!(
                checked.text.lines().any(|l| l.contains(slot)),
                "{} {slot}:\n{}",
                mode.code(),
                checked.text
            );
        }
        assert!(flat.contains("10:00–10:30 ("), "the heading's time: {flat}");
    }
    // Side by side the time column is narrow: Moscow's time goes under the venue's, still in brackets.
    let pdf = agenda_pdf(&test.store, &session, None, DocLang::RuUz, today()).unwrap();
    let checked = check(&pdf, &test.path("brackets-ru-uz.pdf"));
    let lines: Vec<&str> = checked.text.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.contains("10:00–10:10"))
        .expect("the first slot");
    assert!(
        lines[first + 1].contains("(08:00–08:10)"),
        "{}",
        checked.text
    );
    let minutes = minutes_pdf(&test.store, &session, DocLang::One(Lang::Ru), today()).unwrap();
    let checked = check(&minutes, &test.path("brackets-minutes.pdf"));
    let flat = checked
        .text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(flat.contains("10:00–10:30 (Москва 08:00–08:30)"), "{flat}");
}

/// A session with two decisions: the first gives one instruction due last, the second ten, later numbers
/// due earlier, each with a text long enough that rows reach across page ends.
fn session_with_instructions(test: &mut TestStore) -> String {
    let session = session_with_items(&mut test.store, 1);
    let lead = test
        .store
        .create_body(&BodyInput {
            country: Country::Ru,
            kind: BodyKind::Ministry,
            name: text(
                "Минэкономразвития",
                "Iqtisodiy rivojlanish vazirligi",
                "Ministry of Economy",
            ),
            region: None,
        })
        .unwrap()
        .id
        .to_string();
    let decide = |store: &mut Store| {
        let input = DecisionInput {
            agenda_item_id: None,
            text: text("Одобрить план", "Rejani maʼqullash", "Approve the plan"),
            adopted_on: None,
        };
        store
            .adopt_decision(&session, &input)
            .unwrap()
            .id
            .to_string()
    };
    let (first, second) = (decide(&mut test.store), decide(&mut test.store));
    let words =
        "Подготовить и согласовать с регионами предложения по развитию сотрудничества ".repeat(14);
    let mut give = |decision: &str, due: String, end: String| {
        let body = format!("{words}{end}");
        let input = InstructionInput {
            decision_id: Some(decision.to_owned()),
            text: text(&body, &body, &body),
            lead_body_id: lead.clone(),
            due_on: due,
            ..InstructionInput::default()
        };
        test.store.create_instruction(&input, today()).unwrap();
    };
    give(&first, "2027-12-01".to_owned(), "конец_1_1".to_owned());
    for n in 1..=10 {
        give(
            &second,
            format!("2027-03-{:02}", 21 - n),
            format!("конец_2_{n}"),
        );
    }
    session
}

/// The minutes printed every instruction in one table by due date (1/2.2 above 1/1.1, 1/2.10 above
/// 1/2.9) with rows split across pages.
#[test]
fn minutes_list_instructions_under_their_decision_by_number_with_rows_whole() {
    let mut test = TestStore::empty();
    let session = session_with_instructions(&mut test);
    let pdf = minutes_pdf(&test.store, &session, DocLang::One(Lang::Ru), today()).unwrap();
    let checked = check(&pdf, &test.path("minutes-grouped.pdf"));
    let printed = &checked.text;
    let section = printed
        .lines()
        .skip_while(|line| line.trim() != "Поручения")
        .skip(1);
    let mut order = Vec::new();
    for line in section {
        let mut tokens = line.split_whitespace();
        match tokens.next() {
            Some("Решение") => {
                order.push(format!("Решение {}", tokens.next().unwrap_or("")));
            }
            Some(t) if t.starts_with("1/") && t.contains('.') => order.push(t.to_owned()),
            _ => {}
        }
    }
    let mut expected = vec![
        "Решение 1/1".to_owned(),
        "1/1.1".to_owned(),
        "Решение 1/2".to_owned(),
    ];
    expected.extend((1..=10).map(|n| format!("1/2.{n}")));
    assert_eq!(order, expected, "{printed}");

    // A row is never split: each instruction's number and the end of its text are on the same page.
    let pages: Vec<&str> = printed.split('\u{c}').collect();
    assert!(
        pages.len() > 2,
        "the instructions run over pages: {}",
        pages.len()
    );
    let page_of = |needle: &str| {
        pages
            .iter()
            .position(|p| p.lines().any(|l| l.split_whitespace().any(|w| w == needle)))
            .unwrap_or_else(|| panic!("{needle} not printed"))
    };
    for (number, end) in std::iter::once(("1/1.1".to_owned(), "конец_1_1".to_owned()))
        .chain((1..=10).map(|n| (format!("1/2.{n}"), format!("конец_2_{n}"))))
    {
        assert_eq!(
            page_of(&number),
            page_of(&end),
            "{number} is split across pages"
        );
    }
}

#[test]
fn documents_are_offered_under_their_name_and_the_sessions_in_the_documents_language() {
    let mut test = TestStore::empty();
    let session = session_with_items(&mut test.store, 1);
    let agenda = Printable::Agenda {
        session: session.clone(),
    };
    let minutes = Printable::Minutes { session };
    let name = |p: &Printable, mode| p.file_name(&test.store, mode, today()).unwrap();
    assert_eq!(
        name(&agenda, DocLang::One(Lang::Ru)),
        "Повестка 1-е заседание 2026-12-10.pdf"
    );
    assert_eq!(
        name(&agenda, DocLang::One(Lang::Uz)),
        "Kun tartibi 1-majlis 2026-12-10.pdf"
    );
    assert_eq!(
        name(&agenda, DocLang::One(Lang::En)),
        "Agenda 1st session 2026-12-10.pdf"
    );
    assert_eq!(
        name(&minutes, DocLang::One(Lang::En)),
        "Minutes 1st session 2026-12-10.pdf"
    );
    assert_eq!(
        name(&minutes, DocLang::RuUz),
        "Протокол 1-е заседание 2026-12-10.pdf"
    );
}
