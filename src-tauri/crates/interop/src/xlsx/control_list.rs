//! The control list as a workbook: above the table, the filter that made it in words (the same filter as
//! the control screen's) and the date it was made at; in the table, executors, controller and last report;
//! with a body filter, each row's role of that body (lead or co-executor), as the core answers it.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};
use council_core::control::InstructionFilter;
use council_core::instruction::{ExecutorRole, Instruction};
use council_core::{CoreResult, Lang, LocalizedText, Store};
use uuid::Uuid;

use super::{
    Cell, Column, HeadingLine, column, localized, state_name, table_with_heading, text, yes_no,
};

/// One of three words, in the workbook's language.
fn pick(lang: Lang, [ru, uz, en]: [&str; 3]) -> String {
    match lang {
        Lang::Ru => ru,
        Lang::Uz => uz,
        Lang::En => en,
    }
    .to_owned()
}

const NUMBER: Column = column("№", "№", "No.", 12.0);
const TEXT: Column = column("Поручение", "Topshiriq", "Instruction", 60.0);
const LEAD: Column = column(
    "Ответственный исполнитель",
    "Masʼul ijrochi",
    "Lead executor",
    36.0,
);
/// Only with a body filter: how that body takes part.
const ROLE: Column = column("Роль органа", "Tashkilot roli", "Role of the body", 18.0);
const CO: Column = column("Соисполнители", "Hamijrochilar", "Co-executors", 40.0);
const CONTROLLER: Column = column("Контролирующее лицо", "Nazoratchi", "Controller", 28.0);
const REST: [Column; 8] = [
    column("Срок", "Muddat", "Due", 12.0),
    column(
        "Первоначальный срок",
        "Dastlabki muddat",
        "First due date",
        14.0,
    ),
    column("Продлений", "Uzaytirishlar", "Extensions", 10.0),
    column("Состояние", "Holati", "State", 20.0),
    column("Просрочено", "Muddati oʻtgan", "Overdue", 11.0),
    column(
        "Отчёт в срок, ждёт рассмотрения",
        "Hisobot muddatida, koʻrib chiqish kutilmoqda",
        "Reported on time, awaiting review",
        16.0,
    ),
    column("Последний отчёт", "Oxirgi hisobot", "Last report", 14.0),
    column(
        "Текст последнего отчёта",
        "Oxirgi hisobot matni",
        "Last report text",
        50.0,
    ),
];

fn role_name(role: ExecutorRole, lang: Lang) -> String {
    match role {
        ExecutorRole::Lead => pick(
            lang,
            [
                "ответственный исполнитель",
                "masʼul ijrochi",
                "lead executor",
            ],
        ),
        ExecutorRole::CoExecutor => pick(lang, ["соисполнитель", "hamijrochi", "co-executor"]),
    }
}

/// The filter in words, one line per filter in use, after the title and the date of "today".
fn heading(
    store: &Store,
    filter: &InstructionFilter,
    today: NaiveDate,
    lang: Lang,
) -> CoreResult<Vec<HeadingLine>> {
    let line = |label: [&str; 3], value: Cell| HeadingLine {
        label: pick(lang, label),
        value,
    };
    let words = |value: String| Cell::Text(value);
    let mut lines = vec![
        line(
            [
                "Контроль исполнения поручений",
                "Topshiriqlar ijrosi nazorati",
                "Control of instructions",
            ],
            Cell::Empty,
        ),
        line(
            ["По состоянию на", "Holat sanasi", "As of"],
            Cell::Date(today),
        ),
    ];
    let before = lines.len();
    if !filter.states.is_empty() {
        let names: Vec<&str> = filter.states.iter().map(|s| state_name(*s, lang)).collect();
        lines.push(line(
            ["Состояние", "Holati", "State"],
            words(names.join(", ")),
        ));
    }
    if filter.open_only {
        lines.push(line(
            [
                "Только на контроле",
                "Faqat nazoratdagilar",
                "Under control only",
            ],
            yes_no(true, lang),
        ));
    }
    if let Some(body) = &filter.body {
        let name = store.body(body)?.name;
        lines.push(line(
            [
                "Исполнитель (ответственный или соисполнитель)",
                "Ijrochi (masʼul yoki hamijrochi)",
                "Executor (lead or co-executor)",
            ],
            localized(&name, lang),
        ));
    }
    if let Some(pairing) = &filter.pairing {
        let p = store.pairing(pairing)?;
        let (uz, ru) = (&p.uz_region, &p.ru_region);
        let name = format!("{} — {}", uz.name.get(lang), ru.name.get(lang));
        lines.push(line(["Партнёрство", "Hamkorlik", "Pairing"], words(name)));
    }
    if let Some(session) = &filter.session {
        let title = store.session(session)?.title;
        lines.push(line(
            ["Заседание", "Majlis", "Session"],
            localized(&title, lang),
        ));
    }
    if filter.overdue {
        lines.push(line(
            [
                "Только просроченные",
                "Faqat muddati oʻtganlar",
                "Overdue only",
            ],
            yes_no(true, lang),
        ));
    }
    if let Some(days) = filter.due_within_days {
        let until = today
            .checked_add_days(Days::new(u64::from(days)))
            .unwrap_or(NaiveDate::MAX);
        let window = match lang {
            Lang::Ru => format!("с {today} по {until} ({days} дн.)"),
            Lang::Uz => format!("{today} dan {until} gacha ({days} kun)"),
            Lang::En => format!("from {today} to {until} ({days} days)"),
        };
        lines.push(line(
            ["Срок наступает", "Muddati keladi", "Due within"],
            words(window),
        ));
    }
    if let Some(limit) = filter.limit {
        let first = u64::from(filter.offset) + 1;
        let rows = match lang {
            Lang::Ru => format!("с {first}-й, не более {limit}"),
            Lang::Uz => format!("{first}-dan, koʻpi bilan {limit}"),
            Lang::En => format!("from no. {first}, at most {limit}"),
        };
        lines.push(line(["Строки", "Qatorlar", "Rows"], words(rows)));
    }
    if lines.len() == before {
        lines.push(line(
            ["Фильтр", "Filtr", "Filter"],
            words(pick(
                lang,
                ["все поручения", "barcha topshiriqlar", "all instructions"],
            )),
        ));
    }
    Ok(lines)
}

/// Names of bodies and people, each asked of the store once.
#[derive(Default)]
struct Names {
    bodies: HashMap<Uuid, LocalizedText>,
    people: HashMap<Uuid, LocalizedText>,
}

impl Names {
    fn body(&mut self, store: &Store, id: Uuid) -> CoreResult<LocalizedText> {
        if let Some(name) = self.bodies.get(&id) {
            return Ok(name.clone());
        }
        let name = store.body(&id.to_string())?.name;
        self.bodies.insert(id, name.clone());
        Ok(name)
    }

    fn person(&mut self, store: &Store, id: Uuid) -> CoreResult<LocalizedText> {
        if let Some(name) = self.people.get(&id) {
            return Ok(name.clone());
        }
        let name = store.person(&id.to_string())?.full_name;
        self.people.insert(id, name.clone());
        Ok(name)
    }
}

fn row(
    store: &Store,
    names: &mut Names,
    i: &Instruction,
    with_role: bool,
    lang: Lang,
) -> CoreResult<Vec<Cell>> {
    let mut co = Vec::with_capacity(i.co_executor_ids.len());
    for id in &i.co_executor_ids {
        co.push(names.body(store, *id)?.get(lang).to_owned());
    }
    co.sort();
    let controller = match i.controller_person_id {
        Some(id) => localized(&names.person(store, id)?, lang),
        None => Cell::Empty,
    };
    let last = store.last_report(i.id)?;
    let mut cells = vec![
        Cell::Text(i.number.clone()),
        localized(&i.text, lang),
        localized(&i.lead_body, lang),
    ];
    if with_role {
        cells.push(
            i.body_role
                .map_or(Cell::Empty, |role| Cell::Text(role_name(role, lang))),
        );
    }
    cells.extend([
        text(&co.join("; ")),
        controller,
        Cell::Date(i.due_on),
        Cell::Date(i.original_due_on),
        Cell::Number(f64::from(i.extension_count)),
        Cell::Text(state_name(i.state, lang).to_owned()),
        yes_no(i.overdue, lang),
        yes_no(i.awaiting_review, lang),
        i.last_report_on.map_or(Cell::Empty, Cell::Date),
        last.map_or(Cell::Empty, |report| text(&report.text)),
    ]);
    Ok(cells)
}

/// The control list with the same filter as the control screen, as of `today`.
pub fn control_list(
    store: &Store,
    filter: &InstructionFilter,
    today: NaiveDate,
    lang: Lang,
) -> CoreResult<Vec<u8>> {
    let with_role = filter.body.is_some();
    let mut columns = vec![NUMBER, TEXT, LEAD];
    if with_role {
        columns.push(ROLE);
    }
    columns.extend([CO, CONTROLLER]);
    columns.extend(REST);
    let mut names = Names::default();
    let mut rows = Vec::new();
    for instruction in store.list_instructions(filter, today)? {
        rows.push(row(store, &mut names, &instruction, with_role, lang)?);
    }
    table_with_heading(
        "Control",
        &heading(store, filter, today, lang)?,
        &columns,
        &rows,
        lang,
    )
}
