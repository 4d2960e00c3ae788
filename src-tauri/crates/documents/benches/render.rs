//! How long printing takes: a 60-item ru+uz agenda cold (typst's caches emptied) and warm (the same agenda
//! again), and a 500-row control list. Run with `cargo bench -p council-documents`.

use std::hint::black_box;
use std::time::Instant;

use chrono::NaiveDate;
use council_core::agenda::{
    AgendaItemInput, AgendaItemKind, AgendaPlace, PresenterInput, PresenterKind,
};
use council_core::control::InstructionFilter;
use council_core::demo::{DemoOptions, Scale};
use council_core::instruction::InstructionInput;
use council_core::person::PersonInput;
use council_core::session::{SessionInput, SessionKind};
use council_core::{Country, LocalizedText, Store};
use council_documents::{DocLang, agenda_pdf, controls_pdf, evict_caches};
use criterion::{Criterion, criterion_group, criterion_main};

fn text(ru: &str, uz: &str, en: &str) -> LocalizedText {
    LocalizedText {
        ru: ru.to_owned(),
        uz: uz.to_owned(),
        en: en.to_owned(),
    }
}

/// The demonstration year plus a 60-item session and enough standalone instructions for 500 rows.
fn data(dir: &std::path::Path, today: NaiveDate) -> (Store, String) {
    let mut store = Store::open(&dir.join("council.db")).unwrap();
    store
        .load_demo(&DemoOptions {
            scale: Scale::Small,
            seed: 3,
            today,
        })
        .unwrap();
    let person = store
        .create_person(&PersonInput {
            full_name: text(
                "Гуломов Ботир",
                "Gʻulomov Botir Oʻktamovich",
                "Botir Gulomov",
            ),
            position: text("Хоким области", "Viloyat hokimi", "Governor"),
            body_id: None,
            country: Country::Uz,
            phone: String::new(),
            email: String::new(),
        })
        .unwrap();
    let session = store
        .create_session(&SessionInput {
            kind: SessionKind::CouncilSession,
            title: text(
                "Заседание Совета регионов",
                "Hududlar Kengashining majlisi",
                "Council session",
            ),
            starts_at: "2026-12-10 10:00".to_owned(),
            ends_at: None,
            time_zone: "Asia/Tashkent".to_owned(),
            venue_city: text("Ташкент", "Toshkent", "Tashkent"),
            venue_place: LocalizedText::default(),
            co_chairs: Vec::new(),
            participants: Vec::new(),
            pairings: Vec::new(),
            sectors: Vec::new(),
        })
        .unwrap()
        .id
        .to_string();
    for n in 1..=60 {
        let item = AgendaItemInput {
            kind: AgendaItemKind::Report,
            title: text(
                &format!("О сотрудничестве регионов в области энергетики, вопрос {n}"),
                &format!("Energetika sohasida hududlar hamkorligi toʻgʻrisida, {n}-masala"),
                &format!("On energy cooperation of regions, item {n}"),
            ),
            description: LocalizedText::default(),
            duration_min: 10,
            fixed_start: None,
            presenters: vec![PresenterInput {
                kind: PresenterKind::Person,
                id: person.id.to_string(),
            }],
            pairing_id: None,
            sector_code: None,
        };
        store
            .add_agenda_item(&session, &item, &AgendaPlace::default())
            .unwrap();
    }
    let bodies = store.list_bodies(None, false).unwrap();
    let existing = store
        .list_instructions(&InstructionFilter::default(), today)
        .unwrap()
        .len();
    for n in existing..500 {
        let input = InstructionInput {
            decision_id: None,
            parent_id: None,
            text: text(
                &format!("Подготовить предложения по логистике, поручение {n}"),
                &format!("Logistika boʻyicha takliflar tayyorlash, {n}-topshiriq"),
                &format!("Prepare logistics proposals, instruction {n}"),
            ),
            lead_body_id: bodies[n % bodies.len()].id.to_string(),
            co_executor_ids: vec![bodies[(n + 1) % bodies.len()].id.to_string()],
            controller_person_id: None,
            pairing_id: None,
            due_on: format!("2026-{:02}-15", 1 + n % 12),
        };
        store.create_instruction(&input, today).unwrap();
    }
    (store, session)
}

fn render(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (store, session) = data(dir.path(), today);
    let first = Instant::now();
    let pdf = agenda_pdf(&store, &session, None, DocLang::RuUz, today).unwrap();
    eprintln!(
        "first agenda in this process (fonts and library loaded too): {:?}, {} pages",
        first.elapsed(),
        pdf.pages
    );
    let all = InstructionFilter::default();
    let list = controls_pdf(&store, &all, DocLang::RuUz, today).unwrap();
    eprintln!(
        "control list: {} rows, {} pages",
        store.list_instructions(&all, today).unwrap().len(),
        list.pages
    );

    let mut group = c.benchmark_group("render");
    group.sample_size(10);
    group.bench_function("agenda 60 items ru+uz cold", |b| {
        b.iter(|| {
            evict_caches();
            black_box(agenda_pdf(&store, &session, None, DocLang::RuUz, today).unwrap())
        });
    });
    group.bench_function("agenda 60 items ru+uz warm", |b| {
        b.iter(|| black_box(agenda_pdf(&store, &session, None, DocLang::RuUz, today).unwrap()));
    });
    group.bench_function("control list 500 rows ru+uz warm", |b| {
        b.iter(|| black_box(controls_pdf(&store, &all, DocLang::RuUz, today).unwrap()));
    });
    group.finish();
}

criterion_group!(benches, render);
criterion_main!(benches);
