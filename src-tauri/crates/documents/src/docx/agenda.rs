//! The agenda as a Word file: the session's heading, then the items in a table (number, time, the item in
//! each language), as `agenda.typ` prints them.

use std::fmt::Write as _;

use docx_rs::{Paragraph, Run};
use serde_json::Value;

use super::blocks::{Block, Cell, centred, heading, per_lang, table};
use super::labels::{label, labels, long_date, ordinal};
use super::text::{given, items, own, plain, record, string};
use super::{TEXT_WIDTH, Written};

/// A text as compared for sameness: lower case, runs of white space made one.
fn normalised(text: &str) -> String {
    text.to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// " (Москва 08:00–09:00)" for each other capital whose clock differs from the venue's.
fn other_times(session: &Value, lang: &str) -> String {
    let mut text = String::new();
    for o in items(session, "others") {
        let _ = write!(
            text,
            " ({} {}–{})",
            label(string(o, "city"), lang),
            string(o, "start"),
            string(o, "end")
        );
    }
    text
}

/// The heading of a session document in one language: council, ordinal, title, the document's name (a
/// Heading 1), when and where.
pub(crate) fn session_heading(session: &Value, lang: &str, doc: &str) -> Vec<Paragraph> {
    let mut paragraphs = vec![centred(vec![
        Run::new().add_text(label("council", lang)).size(18),
    ])];
    let title = own(&session["title"], lang).unwrap_or("");
    let ordinal_heading = session["ordinal"].as_i64().map(|n| ordinal(n, lang));
    if let Some(text) = &ordinal_heading {
        paragraphs.push(centred(vec![Run::new().add_text(text).bold().size(26)]));
    }
    if ordinal_heading
        .as_deref()
        .is_none_or(|h| normalised(h) != normalised(title))
    {
        paragraphs.push(centred(vec![
            record(&session["title"], lang).bold().size(22),
        ]));
    }
    paragraphs.push(heading(
        1,
        vec![Run::new().add_text(label(doc, lang).to_uppercase())],
    ));
    paragraphs.push(centred(vec![Run::new().add_text(format!(
        "{}, {}–{}{}",
        long_date(session["date"].as_str(), lang),
        string(session, "start"),
        string(session, "end"),
        other_times(session, lang)
    ))]));
    let mut venue = vec![record(&session["venue_city"], lang)];
    if let Some(place) = own(&session["venue_place"], lang).filter(|p| !p.is_empty()) {
        venue.push(Run::new().add_text(", "));
        venue.push(plain(place));
    }
    paragraphs.push(centred(venue));
    let mut zone = format!(
        "{} ({}, UTC{})",
        label("zone-note", lang),
        string(session, "zone"),
        string(session, "offset")
    );
    let others = items(session, "others");
    if !others.is_empty() {
        let clocks: Vec<String> = others
            .iter()
            .map(|o| {
                format!(
                    "{} UTC{}",
                    label(string(o, "city"), lang),
                    string(o, "offset")
                )
            })
            .collect();
        let _ = write!(
            zone,
            "; {}: {}",
            label("zone-other", lang),
            clocks.join(", ")
        );
    }
    paragraphs.push(centred(vec![
        Run::new().add_text(zone).size(18).color("404040"),
    ]));
    paragraphs
}

/// An item in one language: its title (bold, a break in italics), description, presenters.
fn item_text(item: &Value, lang: &str) -> Vec<Paragraph> {
    let title = record(&item["title"], lang);
    let title = if string(item, "kind") == "break" {
        title.italic()
    } else {
        title.bold()
    };
    let mut paragraphs = vec![Paragraph::new().add_run(title)];
    if given(&item["description"]) {
        paragraphs.push(Paragraph::new().add_run(record(&item["description"], lang).size(18)));
    }
    for presenter in items(item, "presenters") {
        let mut runs = vec![record(&presenter["name"], lang).bold().size(18)];
        for extra in [&presenter["position"], &presenter["body"]] {
            if given(extra) {
                runs.push(Run::new().add_text(", ").size(18));
                runs.push(record(extra, lang).size(18));
            }
        }
        paragraphs.push(runs.into_iter().fold(Paragraph::new(), Paragraph::add_run));
    }
    paragraphs
}

/// The item's time at the venue, then each other capital's in brackets.
fn slot(item: &Value, lang: &str) -> Cell {
    let mut runs = vec![Run::new().add_text(string(item, "slot")).bold()];
    let others = items(item, "other_slots");
    for other in others {
        let city = if others.len() > 1 {
            format!("{} ", label(string(other, "city"), lang))
        } else {
            String::new()
        };
        runs.push(
            Run::new()
                .add_text(format!(" ({city}{})", string(other, "slot")))
                .size(16)
                .color("404040"),
        );
    }
    Cell::runs(runs)
}

pub(crate) fn write(data: &Value, langs: &[&str]) -> Written {
    let session = &data["session"];
    let mut blocks = per_lang(langs, TEXT_WIDTH, |lang| {
        session_heading(session, lang, "agenda")
    });
    let (number, time) = (800, if langs.len() > 1 { 1_800 } else { 2_500 });
    let text = (TEXT_WIDTH - number - time) / langs.len();
    let mut widths = vec![number, time];
    widths.extend(langs.iter().map(|_| text));
    let mut header = vec![
        Cell::bold(labels("number", langs)),
        Cell::bold(labels("time", langs)),
    ];
    header.extend(langs.iter().map(|lang| Cell::bold(label("item", lang))));
    let rows = items(data, "items")
        .iter()
        .map(|item| {
            let mut cells = vec![
                Cell::runs(vec![Run::new().add_text(string(item, "number")).bold()]),
                slot(item, langs[0]),
            ];
            cells.extend(langs.iter().map(|lang| Cell::new(item_text(item, lang))));
            cells
        })
        .collect();
    blocks.push(Block::table(table(&widths, header, rows)));
    Written {
        title: labels("agenda", langs),
        blocks,
        landscape: false,
    }
}
