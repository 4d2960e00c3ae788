//! The pairing dossier as a Word file: the pairing's facts, its agreements, the sessions with their decisions,
//! and its instructions, as `dossier.typ` prints them.

use docx_rs::{Paragraph, Run};
use serde_json::Value;

use super::blocks::{Block, Cell, as_of_line, centred, heading, paragraph, record_title, table};
use super::controls::{due, executors, names, number, state};
use super::labels::{codes, labels, long_date, ordinal, short_date, short_dates};
use super::text::{given, items, plain, record, string};
use super::{TEXT_WIDTH, Written};

/// A record text in every language, one line each.
fn each_lang(text: &Value, langs: &[&str]) -> Vec<Paragraph> {
    langs
        .iter()
        .map(|lang| paragraph(vec![record(text, lang)]))
        .collect()
}

/// The basis document in one language: title, number, date.
fn basis_line(basis: &Value, lang: &str) -> Paragraph {
    let mut runs = vec![record(&basis["title"], lang)];
    let number = string(basis, "number").trim();
    if !number.is_empty() {
        runs.push(Run::new().add_text(", № "));
        runs.push(plain(number));
    }
    if let Some(date) = basis["date"].as_str() {
        runs.push(Run::new().add_text(format!(", {}", short_date(Some(date), lang))));
    }
    paragraph(runs)
}

fn section(key: &str, langs: &[&str]) -> Block {
    Block::paragraph(heading(2, vec![Run::new().add_text(labels(key, langs))]))
}

fn nothing(langs: &[&str]) -> Block {
    Block::paragraph(paragraph(vec![
        Run::new().add_text(labels("nothing", langs)),
    ]))
}

pub(crate) fn write(data: &Value, langs: &[&str]) -> Written {
    let pairing = &data["pairing"];
    let mut blocks = record_title("dossier", langs);
    for lang in langs {
        blocks.push(Block::paragraph(centred(vec![
            record(&pairing["name"], lang).bold().size(26),
        ])));
    }
    blocks.push(as_of_line(data["printed_on"].as_str(), langs, Some(18)));

    let since = pairing["since"].as_str().map_or_else(
        || "—".to_owned(),
        |d| {
            langs
                .iter()
                .map(|lang| long_date(Some(d), lang))
                .collect::<Vec<_>>()
                .join(" / ")
        },
    );
    let basis = if pairing["basis"].is_object() {
        langs
            .iter()
            .map(|lang| basis_line(&pairing["basis"], lang))
            .collect()
    } else {
        vec![paragraph(vec![Run::new().add_text("—")])]
    };
    let sectors = items(pairing, "sectors");
    let sectors = if sectors.is_empty() {
        vec![paragraph(vec![Run::new().add_text("—")])]
    } else {
        langs
            .iter()
            .map(|lang| {
                let mut runs = Vec::new();
                for (n, sector) in sectors.iter().enumerate() {
                    if n > 0 {
                        runs.push(Run::new().add_text(", "));
                    }
                    runs.push(record(sector, lang));
                }
                paragraph(runs)
            })
            .collect()
    };
    let facts = vec![
        vec![
            Cell::bold(labels("status", langs)),
            Cell::text(codes(string(pairing, "status"), langs)),
        ],
        vec![Cell::bold(labels("since", langs)), Cell::text(since)],
        vec![Cell::bold(labels("basis", langs)), Cell::new(basis)],
        vec![Cell::bold(labels("sectors", langs)), Cell::new(sectors)],
    ];
    let mut facts = facts.into_iter();
    if let Some(first) = facts.next() {
        blocks.push(Block::table(table(
            &[2_400, TEXT_WIDTH - 2_400],
            first,
            facts.collect(),
        )));
    }
    if given(&pairing["notes"]) {
        blocks.extend(
            each_lang(&pairing["notes"], langs)
                .into_iter()
                .map(Block::paragraph),
        );
    }

    blocks.push(section("agreements", langs));
    let agreements = items(data, "agreements");
    if agreements.is_empty() {
        blocks.push(nothing(langs));
    } else {
        let header = ["number", "text", "status", "signed"]
            .iter()
            .map(|key| Cell::bold(labels(key, langs)))
            .collect();
        let rows = agreements
            .iter()
            .map(|a| {
                vec![
                    Cell::runs(vec![plain(string(a, "number"))]),
                    Cell::new(each_lang(&a["title"], langs)),
                    Cell::text(codes(string(a, "status"), langs)),
                    Cell::text(short_dates(a["signed_on"].as_str(), langs)),
                ]
            })
            .collect();
        blocks.push(Block::table(table(
            &[1_500, TEXT_WIDTH - 4_600, 1_600, 1_500],
            header,
            rows,
        )));
    }

    blocks.push(section("sessions", langs));
    let sessions = items(data, "sessions");
    if sessions.is_empty() {
        blocks.push(nothing(langs));
    }
    for s in sessions {
        let mut runs =
            vec![Run::new().add_text(format!("{} — ", short_dates(s["date"].as_str(), langs)))];
        for (n, lang) in langs.iter().enumerate() {
            if n > 0 {
                runs.push(Run::new().add_text(" / "));
            }
            if let Some(ordinal_number) = s["ordinal"].as_i64() {
                runs.push(Run::new().add_text(format!("{}: ", ordinal(ordinal_number, lang))));
            }
            runs.push(record(&s["title"], lang));
        }
        blocks.push(Block::paragraph(heading(3, runs)));
        let mut place = names(&s["city"], langs);
        place.push(Run::new().add_text(format!("; {}", codes(string(s, "status"), langs))));
        blocks.push(Block::paragraph(paragraph(place)));
        for d in items(s, "decisions") {
            let mut head = vec![
                Run::new()
                    .add_text(format!("{} ", labels("decision", langs)))
                    .bold(),
                plain(string(d, "number")).bold(),
            ];
            let status = string(d, "status");
            if status != "in_force" {
                head.push(Run::new().add_text(format!(" ({})", codes(status, langs))));
            }
            blocks.push(Block::paragraph(
                paragraph(head)
                    .indent(Some(340), None, None, None)
                    .keep_next(true),
            ));
            for text in each_lang(&d["text"], langs) {
                blocks.push(Block::paragraph(text.indent(Some(340), None, None, None)));
            }
        }
    }

    blocks.push(section("instructions", langs));
    let instructions = items(data, "instructions");
    blocks.push(Block::paragraph(paragraph(vec![Run::new().add_text(
        format!(
            "{}: {}; {}: {}",
            labels("total", langs),
            instructions.len(),
            labels("overdue", langs),
            data["overdue_count"].as_u64().unwrap_or(0)
        ),
    )])));
    if !instructions.is_empty() {
        let header = ["number", "text", "executors", "due", "state"]
            .iter()
            .map(|key| Cell::bold(labels(key, langs)))
            .collect();
        let rows = instructions
            .iter()
            .map(|row| {
                let overdue = row["overdue"].as_bool().unwrap_or(false);
                vec![
                    number(row),
                    Cell::new(each_lang(&row["text"], langs)),
                    Cell::new(executors(row, langs)),
                    Cell::new(due(row, langs, false)),
                    Cell::new(state(row, langs, false)),
                ]
                .into_iter()
                .map(|cell| cell.shaded(overdue))
                .collect()
            })
            .collect();
        blocks.push(Block::table(table(
            &[1_600, TEXT_WIDTH - 6_900, 2_300, 1_500, 1_500],
            header,
            rows,
        )));
    }
    Written {
        title: labels("dossier", langs),
        blocks,
        landscape: false,
    }
}
