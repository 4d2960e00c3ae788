//! The control list as a Word file, on a page turned sideways: the filter and totals, then one table row per
//! instruction, the overdue ones shaded and marked, as `controls.typ` prints them.

use docx_rs::{Paragraph, Run};
use serde_json::Value;

use super::blocks::{Block, Cell, as_of_line, paragraph, record_title, table};
use super::labels::{code, codes, label, labels, short_dates};
use super::text::{items, plain, record, record_string, string};
use super::{LANDSCAPE_WIDTH, Written};

/// The label each filter key is named by (as in `controls.typ`).
fn filter_label(key: &str) -> &'static str {
    match key {
        "body" => "body",
        "pairing" => "pairing",
        "session" => "session",
        "due_within" => "due",
        _ => "state",
    }
}

fn filter_text(filter: &Value, langs: &[&str]) -> String {
    let key = string(filter, "key");
    if key == "overdue" {
        return labels("overdue", langs).to_uppercase();
    }
    let name = labels(filter_label(key), langs);
    if key == "open" {
        let open: Vec<String> = ["assigned", "in_progress", "reported"]
            .iter()
            .map(|c| codes(c, langs))
            .collect();
        return format!("{name}: {}", open.join(", "));
    }
    let value = if filter["text"].is_object() {
        langs
            .iter()
            .map(|lang| record_string(&filter["text"], lang))
            .collect::<Vec<_>>()
            .join(" / ")
    } else if let Some(states) = filter["codes"].as_array() {
        states
            .iter()
            .filter_map(Value::as_str)
            .map(|c| codes(c, langs))
            .collect::<Vec<_>>()
            .join(", ")
    } else {
        string(filter, "value").to_owned()
    };
    format!("{name}: {value}")
}

/// A body's name in every language of the document, joined by " / ".
pub(crate) fn names(text: &Value, langs: &[&str]) -> Vec<Run> {
    let mut runs = Vec::new();
    for (n, lang) in langs.iter().enumerate() {
        if n > 0 {
            runs.push(Run::new().add_text(" / "));
        }
        runs.push(record(text, lang));
    }
    runs
}

/// The executors cell: the lead in bold, each co-executor on a line of its own.
pub(crate) fn executors(row: &Value, langs: &[&str]) -> Vec<Paragraph> {
    let mut paragraphs = vec![paragraph(
        names(&row["lead"], langs)
            .into_iter()
            .map(Run::bold)
            .collect(),
    )];
    paragraphs.extend(items(row, "co").iter().map(|c| paragraph(names(c, langs))));
    paragraphs
}

/// The number cell: "! " before an overdue one.
pub(crate) fn number(row: &Value) -> Cell {
    let mut runs = Vec::new();
    if row["overdue"].as_bool().unwrap_or(false) {
        runs.push(Run::new().add_text("! ").bold());
    }
    runs.push(plain(string(row, "number")).bold());
    Cell::runs(runs)
}

/// The state cell: the state in each language, then OVERDUE or "awaiting review" when so.
pub(crate) fn state(row: &Value, langs: &[&str], awaiting: bool) -> Vec<Paragraph> {
    let mut paragraphs: Vec<Paragraph> = langs
        .iter()
        .map(|lang| paragraph(vec![Run::new().add_text(code(string(row, "state"), lang))]))
        .collect();
    if row["overdue"].as_bool().unwrap_or(false) {
        paragraphs.extend(
            langs
                .iter()
                .map(|lang| paragraph(vec![Run::new().add_text(label("overdue", lang)).bold()])),
        );
    }
    if awaiting && row["awaiting_review"].as_bool().unwrap_or(false) {
        paragraphs.extend(langs.iter().map(|lang| {
            paragraph(vec![
                Run::new().add_text(label("awaiting-review", lang)).italic(),
            ])
        }));
    }
    paragraphs
}

/// The due cell: the date (bold when overdue), the extensions and the first date.
pub(crate) fn due(row: &Value, langs: &[&str], count: bool) -> Vec<Paragraph> {
    let date = Run::new().add_text(short_dates(row["due_on"].as_str(), langs));
    let date = if row["overdue"].as_bool().unwrap_or(false) {
        date.bold()
    } else {
        date
    };
    let mut paragraphs = vec![paragraph(vec![date])];
    let extensions = row["extensions"].as_u64().unwrap_or(0);
    if extensions > 0 {
        let first = format!(
            "{} {}",
            labels("originally", langs),
            short_dates(row["original_due_on"].as_str(), langs)
        );
        let text = if count {
            format!("{} ×{extensions}; {first}", labels("extended", langs))
        } else {
            first
        };
        paragraphs.push(paragraph(vec![Run::new().add_text(text).size(15)]));
    }
    paragraphs
}

pub(crate) fn write(data: &Value, langs: &[&str]) -> Written {
    let mut blocks = record_title("controls", langs);
    blocks.push(as_of_line(data["printed_on"].as_str(), langs, None));
    let filters = items(data, "filters");
    if !filters.is_empty() {
        let text: Vec<String> = filters.iter().map(|f| filter_text(f, langs)).collect();
        blocks.push(Block::paragraph(paragraph(vec![
            Run::new()
                .add_text(format!("{}: ", labels("filters", langs)))
                .bold(),
            plain(&text.join("; ")),
        ])));
    }
    let count = |key: &str| data[key].as_u64().unwrap_or(0);
    blocks.push(Block::paragraph(paragraph(vec![
        Run::new()
            .add_text(format!("{}: {}", labels("total", langs), count("total")))
            .bold(),
        Run::new().add_text(format!(
            "; {}: {}; {}: {}",
            labels("overdue", langs),
            count("overdue_count"),
            labels("awaiting-review", langs),
            count("awaiting_count")
        )),
    ])));
    let co_mark = |lang: &str| match lang {
        "uz" => "(hamijrochi)",
        "en" => "(co-executor)",
        _ => "(соисполнитель)",
    };
    let widths = [1_900, 4_850, 3_300, 1_700, 1_800, 1_300];
    let header = ["number", "text", "executors", "due", "state", "last-report"]
        .iter()
        .map(|key| Cell::bold(labels(key, langs)))
        .collect();
    let rows = items(data, "rows")
        .iter()
        .map(|row| {
            let overdue = row["overdue"].as_bool().unwrap_or(false);
            let mut who = executors(row, langs);
            if string(row, "role") == "co_executor" {
                let mark: Vec<&str> = langs.iter().map(|lang| co_mark(lang)).collect();
                who.push(paragraph(vec![
                    Run::new().add_text(mark.join(" / ")).size(15),
                ]));
            }
            vec![
                number(row),
                Cell::new(
                    langs
                        .iter()
                        .map(|lang| paragraph(vec![record(&row["text"], lang)]))
                        .collect(),
                ),
                Cell::new(who),
                Cell::new(due(row, langs, true)),
                Cell::new(state(row, langs, true)),
                Cell::text(short_dates(row["last_report_on"].as_str(), langs)),
            ]
            .into_iter()
            .map(|cell| cell.shaded(overdue))
            .collect()
        })
        .collect();
    blocks.push(Block::table(table(&widths, header, rows)));
    debug_assert_eq!(widths.iter().sum::<usize>(), LANDSCAPE_WIDTH);
    Written {
        title: labels("controls", langs),
        blocks,
        landscape: true,
    }
}
