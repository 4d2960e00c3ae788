//! The progress report for a Council session as a Word file, with the content `report.typ` prints: each
//! target with its progress, the pairings' and sectors' share of the portfolio, agreements by year, execution
//! and the open instructions.
//!
//! The PDF draws each target's years as grey bars with their values beside them; here they are a table of
//! the values (a year not over marked as such). A drawn chart in a Word file is either a picture, which the
//! officer cannot edit, or a `DrawingML` chart with its own embedded workbook, which docx-rs does not write:
//! the figures themselves are what the co-chairs' offices edit and quote.

use std::fmt::Write as _;

use docx_rs::Run;
use serde_json::Value;

use super::blocks::{Block, Cell, as_of_line, heading, paragraph, record_title, table};
use super::controls::{names, number};
use super::labels::{label, labels, short_dates};
use super::text::{items, record, string};
use super::{TEXT_WIDTH, Written};

/// A figure with the language's decimal mark (a comma but in English), as `report.typ`'s `num`.
fn num(value: &str, lang: &str) -> String {
    if lang == "en" {
        value.to_owned()
    } else {
        value.replace('.', ",")
    }
}

/// A figure with its unit in one language.
fn amount(value: &str, unit: &str, lang: &str) -> String {
    format!("{} {}", num(value, lang), label(unit, lang))
        .trim()
        .to_owned()
}

/// A figure with its unit in every language of the document, each form once.
fn amounts(value: &str, unit: &str, langs: &[&str]) -> String {
    let mut shown: Vec<String> = Vec::new();
    for lang in langs {
        let text = amount(value, unit, lang);
        if !shown.contains(&text) {
            shown.push(text);
        }
    }
    shown.join(" / ")
}

fn section(key: &str, langs: &[&str]) -> Block {
    Block::paragraph(heading(2, vec![Run::new().add_text(labels(key, langs))]))
}

fn line(text: impl Into<String>) -> Block {
    Block::paragraph(paragraph(vec![Run::new().add_text(text)]))
}

fn nothing(langs: &[&str]) -> Block {
    line(labels("nothing", langs))
}

/// One target: its name, the goal, what was reached, and its years as a table of values.
fn indicator(i: &Value, langs: &[&str], blocks: &mut Vec<Block>) {
    blocks.push(Block::paragraph(heading(3, names(&i["name"], langs))));
    let unit = string(i, "unit");
    if let Some(target) = i["target"].as_str() {
        let mut goals: Vec<String> = Vec::new();
        for lang in langs {
            let goal = format!(
                "{} {}",
                label(string(i, "target_kind"), lang),
                amount(target, unit, lang)
            )
            .trim()
            .to_owned();
            if !goals.contains(&goal) {
                goals.push(goal);
            }
        }
        blocks.push(line(format!(
            "{}: {}",
            labels("target", langs),
            goals.join(" / ")
        )));
    }
    let Some(current) = i["current"].as_str() else {
        blocks.push(line(labels("no-values", langs)));
        return;
    };
    let mut reached = vec![
        Run::new().add_text(format!(
            "{} ({}): ",
            labels("reached", langs),
            string(i, "period")
        )),
        Run::new().add_text(amounts(current, unit, langs)).bold(),
    ];
    if let Some(percent) = i["percent"].as_i64() {
        reached.push(Run::new().add_text(format!(" — {percent} % {}", labels("of-target", langs))));
    }
    blocks.push(Block::paragraph(paragraph(reached)));
    let years = items(i, "years");
    let mut rows = years.iter().map(|y| {
        let mut value = num(string(y, "value"), langs[0]);
        if y["partial"].as_bool().unwrap_or(false) {
            value = format!("{value} ({})", labels("so-far", langs));
        }
        vec![Cell::text(string(y, "label")), Cell::text(value)]
    });
    let header = vec![
        Cell::bold(labels("year", langs)),
        Cell::bold(format!(
            "{}, {}",
            labels("value", langs),
            labels(unit, langs)
        )),
    ];
    if let Some(first) = rows.next() {
        let mut all = vec![first];
        all.extend(rows);
        blocks.push(Block::table(table(&[1_600, 4_400], header, all)));
    }
}

/// The pairings' or sectors' share of the portfolio.
fn portfolio(rows: &[Value], name_key: &str, langs: &[&str], blocks: &mut Vec<Block>) {
    if rows.is_empty() {
        blocks.push(nothing(langs));
        return;
    }
    let header = vec![
        Cell::bold(labels(name_key, langs)),
        Cell::bold(format!(
            "{}, {}",
            labels("value", langs),
            labels("usd_million", langs)
        )),
        Cell::bold(labels("share", langs)),
        Cell::bold(labels("projects", langs)),
    ];
    let rows = rows
        .iter()
        .map(|p| {
            vec![
                Cell::runs(names(&p["name"], langs)),
                Cell::text(num(string(p, "value"), langs[0])),
                Cell::text(format!("{} %", p["percent"].as_i64().unwrap_or(0))),
                Cell::text(p["projects"].as_i64().unwrap_or(0).to_string()),
            ]
        })
        .collect();
    blocks.push(Block::table(table(
        &[TEXT_WIDTH - 4_800, 2_000, 1_400, 1_400],
        header,
        rows,
    )));
}

pub(crate) fn write(data: &Value, langs: &[&str]) -> Written {
    let mut blocks = record_title("report", langs);
    blocks.push(as_of_line(data["printed_on"].as_str(), langs, Some(18)));

    blocks.push(section("targets", langs));
    for i in items(data, "indicators") {
        indicator(i, langs, &mut blocks);
    }

    blocks.push(section("by-pairing", langs));
    blocks.push(line(format!(
        "{}: {}",
        labels("portfolio-total", langs),
        amounts(string(data, "portfolio_total"), "usd_million", langs)
    )));
    portfolio(items(data, "pairings"), "pairing", langs, &mut blocks);

    blocks.push(section("by-sector", langs));
    portfolio(items(data, "sectors"), "sectors", langs, &mut blocks);

    blocks.push(section("agreements-by-year", langs));
    let agreements = items(data, "agreements");
    if agreements.is_empty() {
        blocks.push(nothing(langs));
    } else {
        let rows = agreements
            .iter()
            .map(|a| {
                let year = a["year"]
                    .as_str()
                    .map_or_else(|| a["year"].to_string(), str::to_owned);
                vec![
                    Cell::text(year),
                    Cell::text(a["count"].as_i64().unwrap_or(0).to_string()),
                ]
            })
            .collect();
        let header = vec![
            Cell::bold(labels("year", langs)),
            Cell::bold(labels("total", langs)),
        ];
        blocks.push(Block::table(table(&[1_600, 1_600], header, rows)));
    }

    blocks.push(section("execution", langs));
    let execution = &data["execution"];
    let mut said = String::new();
    if let Some(percent) = execution["percent"].as_i64() {
        said = format!(
            "{percent} % {} ({} / {}); ",
            labels("on-time", langs),
            execution["on_time"].as_i64().unwrap_or(0),
            execution["counted"].as_i64().unwrap_or(0)
        );
    }
    let _ = write!(
        said,
        "{}: {}",
        labels("overdue", langs),
        execution["overdue"].as_i64().unwrap_or(0)
    );
    blocks.push(line(said));

    blocks.push(section("open-instructions", langs));
    let open = items(data, "open");
    let open_count = data["open_count"].as_i64().unwrap_or(0);
    let mut total = format!("{}: {open_count}", labels("total", langs));
    if open_count > open.len() as i64 {
        let _ = write!(total, "; {}: {}", labels("listed-first", langs), open.len());
    }
    blocks.push(line(total));
    if !open.is_empty() {
        let header = vec![
            Cell::bold(labels("number", langs)),
            Cell::bold(labels("text", langs)),
            Cell::bold(labels("executors", langs)),
            Cell::bold(labels("due", langs)),
        ];
        let rows = open
            .iter()
            .map(|r| {
                let overdue = r["overdue"].as_bool().unwrap_or(false);
                let due = Run::new().add_text(short_dates(r["due_on"].as_str(), langs));
                vec![
                    number(r).shaded(overdue),
                    Cell::new(
                        langs
                            .iter()
                            .map(|lang| paragraph(vec![record(&r["text"], lang)]))
                            .collect(),
                    )
                    .shaded(overdue),
                    Cell::runs(
                        names(&r["lead"], langs)
                            .into_iter()
                            .map(Run::bold)
                            .collect(),
                    )
                    .shaded(overdue),
                    Cell::runs(vec![if overdue { due.bold() } else { due }]).shaded(overdue),
                ]
            })
            .collect();
        blocks.push(Block::table(table(
            &[1_100, TEXT_WIDTH - 5_100, 2_500, 1_500],
            header,
            rows,
        )));
    }

    Written {
        title: labels("report", langs),
        blocks,
        landscape: false,
    }
}
