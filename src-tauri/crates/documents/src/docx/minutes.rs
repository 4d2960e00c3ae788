//! The minutes as a Word file: the session's heading, co-chairs and participants, each agenda item with its
//! decisions, the instructions in a table under each decision, and the co-chairs' signatures, as
//! `minutes.typ` prints them.

use docx_rs::{Paragraph, Run};
use serde_json::Value;

use super::agenda::session_heading;
use super::blocks::{Block, Cell, heading, paragraph, per_lang, table};
use super::labels::{code, label, labels, short_dates};
use super::text::{given, items, plain, record, string};
use super::{TEXT_WIDTH, Written};

/// A person in one language: name in bold, then position and body.
fn person(p: &Value, lang: &str) -> Paragraph {
    let mut runs = vec![record(&p["name"], lang).bold()];
    let extra: Vec<&Value> = [&p["position"], &p["body"]]
        .into_iter()
        .filter(|t| given(t))
        .collect();
    for (n, text) in extra.into_iter().enumerate() {
        runs.push(Run::new().add_text(if n == 0 { " — " } else { ", " }));
        runs.push(record(text, lang));
    }
    paragraph(runs)
}

/// A decision in one language: "Решение 2/1" in bold (with its status unless in force), then its text.
fn decision(d: &Value, lang: &str) -> Vec<Paragraph> {
    let mut head = vec![
        Run::new()
            .add_text(format!("{} ", label("decision", lang)))
            .bold(),
        plain(string(d, "number")).bold(),
    ];
    let status = string(d, "status");
    if status != "in_force" {
        head.push(Run::new().add_text(format!(" ({})", code(status, lang))));
    }
    vec![
        paragraph(head).keep_next(true),
        paragraph(vec![record(&d["text"], lang)]),
    ]
}

/// The people under a heading, or "none".
fn people(key: &str, list: &[Value], lang: &str) -> Vec<Paragraph> {
    let mut paragraphs = vec![heading(3, vec![Run::new().add_text(label(key, lang))])];
    if list.is_empty() {
        paragraphs.push(paragraph(vec![Run::new().add_text(label("nothing", lang))]));
    }
    paragraphs.extend(list.iter().map(|p| person(p, lang)));
    paragraphs
}

/// One language's names joined by " / ".
fn joined(text: &Value, langs: &[&str]) -> Vec<Run> {
    let mut runs = Vec::new();
    for (n, lang) in langs.iter().enumerate() {
        if n > 0 {
            runs.push(Run::new().add_text(" / "));
        }
        runs.push(record(text, lang));
    }
    runs
}

/// An instruction as a table row: number, text per language, executors, due date.
fn instruction_row(i: &Value, langs: &[&str]) -> Vec<Cell> {
    let mut cells = vec![Cell::runs(vec![plain(string(i, "number")).bold()])];
    cells.extend(
        langs
            .iter()
            .map(|lang| Cell::runs(vec![record(&i["text"], lang)])),
    );
    let mut executors = vec![paragraph(
        joined(&i["lead"], langs)
            .into_iter()
            .map(Run::bold)
            .collect(),
    )];
    executors.extend(items(i, "co").iter().map(|c| paragraph(joined(c, langs))));
    cells.push(Cell::new(executors));
    let mut due = vec![paragraph(vec![
        Run::new().add_text(short_dates(i["due_on"].as_str(), langs)),
    ])];
    if i["extensions"].as_u64().unwrap_or(0) > 0 {
        due.push(paragraph(vec![
            Run::new()
                .add_text(format!(
                    "({} {})",
                    labels("originally", langs),
                    short_dates(i["original_due_on"].as_str(), langs)
                ))
                .size(16),
        ]));
    }
    cells.push(Cell::new(due));
    cells
}

pub(crate) fn write(data: &Value, langs: &[&str]) -> Written {
    let session = &data["session"];
    let mut blocks = per_lang(langs, TEXT_WIDTH, |lang| {
        session_heading(session, lang, "minutes")
    });
    blocks.extend(per_lang(langs, TEXT_WIDTH, |lang| {
        let mut paragraphs = people("co-chairs", items(data, "co_chairs"), lang);
        paragraphs.extend(people("participants", items(data, "participants"), lang));
        paragraphs
    }));
    for item in items(data, "items") {
        blocks.extend(per_lang(langs, TEXT_WIDTH, |lang| {
            let mut paragraphs = vec![heading(
                2,
                vec![
                    plain(&format!("{}. ", string(item, "number"))),
                    record(&item["title"], lang),
                ],
            )];
            for d in items(item, "decisions") {
                paragraphs.extend(decision(d, lang));
            }
            paragraphs
        }));
    }
    let other = items(data, "other_decisions");
    if !other.is_empty() {
        blocks.extend(per_lang(langs, TEXT_WIDTH, |lang| {
            let mut paragraphs = vec![heading(
                2,
                vec![Run::new().add_text(label("other-decisions", lang))],
            )];
            for d in other {
                paragraphs.extend(decision(d, lang));
            }
            paragraphs
        }));
    }
    let groups = items(data, "instructions");
    if !groups.is_empty() {
        blocks.push(Block::paragraph(heading(
            2,
            vec![Run::new().add_text(labels("instructions", langs))],
        )));
        let (number, executors, due) = (1_600, 2_300, 1_400);
        let text = (TEXT_WIDTH - number - executors - due) / langs.len();
        let mut widths = vec![number];
        widths.extend(langs.iter().map(|_| text));
        widths.extend([executors, due]);
        for group in groups {
            let title = match group["decision"].as_str() {
                Some(number) => format!("{} {}", labels("decision", langs), number),
                None => labels("other-instructions", langs),
            };
            blocks.push(Block::paragraph(heading(3, vec![plain(&title)])));
            let mut header = vec![Cell::bold(labels("number", langs))];
            header.extend(langs.iter().map(|lang| Cell::bold(label("text", lang))));
            header.extend([
                Cell::bold(labels("executors", langs)),
                Cell::bold(labels("due", langs)),
            ]);
            let rows = items(group, "instructions")
                .iter()
                .map(|i| instruction_row(i, langs))
                .collect();
            blocks.push(Block::table(table(&widths, header, rows)));
        }
    }
    blocks.push(Block::paragraph(Paragraph::new()));
    for chair in items(data, "co_chairs") {
        blocks.push(Block::paragraph(
            paragraph(
                joined(&chair["name"], langs)
                    .into_iter()
                    .map(Run::bold)
                    .collect(),
            )
            .keep_next(true),
        ));
        blocks.push(Block::paragraph(
            paragraph(
                joined(&chair["position"], langs)
                    .into_iter()
                    .map(|r| r.size(16))
                    .collect(),
            )
            .keep_next(true),
        ));
        blocks.push(Block::paragraph(
            paragraph(vec![plain(&format!(
                "\u{a0}\n______________________________  {}",
                labels("signature", langs)
            ))])
            .keep_lines(true),
        ));
    }
    Written {
        title: labels("minutes", langs),
        blocks,
        landscape: false,
    }
}
