//! The reminder letter as a Word file, as `reminder.typ` prints it: the secretariat's letterhead, the
//! outgoing number and date beside the addressee, the salutation and text (Russian and Uzbek side by side
//! for `ru+uz`), the table of instructions, the signatory and the copies.

use docx_rs::{AlignmentType, Run};
use serde_json::Value;

use super::blocks::{Block, Cell, centred, heading, paragraph, per_lang, table};
use super::labels::{label, labels, long_date, ordinal, short_date, short_dates};
use super::text::{items, own, plain, record, string};
use super::{TEXT_WIDTH, Written};

/// A record text in every language of the letter, each different text once, joined by " / ".
fn names(text: &Value, langs: &[&str]) -> Vec<Run> {
    let mut runs = Vec::new();
    let mut shown: Vec<String> = Vec::new();
    for lang in langs {
        let key = own(text, lang).unwrap_or("").to_owned();
        if !shown.is_empty() && shown.contains(&key) {
            continue;
        }
        if !shown.is_empty() {
            runs.push(Run::new().add_text(" / "));
        }
        shown.push(key);
        runs.push(record(text, lang));
    }
    runs
}

/// The decision and session an instruction follows from, in `lang`.
fn source(row: &Value, lang: &str) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(decision) = row["decision"].as_str() {
        parts.push(format!("{} {decision}", label("decision", lang)));
    }
    let session = &row["session"];
    if session.is_object() {
        match session["ordinal"].as_i64() {
            Some(n) => parts.push(ordinal(n, lang)),
            None => parts.push(own(&session["title"], lang).unwrap_or("").to_owned()),
        }
        if let Some(on) = session["on"].as_str() {
            parts.push(short_date(Some(on), lang));
        }
    }
    parts.retain(|part| !part.is_empty());
    (!parts.is_empty()).then(|| parts.join(", "))
}

fn text_cell(row: &Value, langs: &[&str]) -> Cell {
    let mut paragraphs: Vec<_> = langs
        .iter()
        .map(|lang| paragraph(vec![record(&row["text"], lang)]))
        .collect();
    let mut sources: Vec<String> = Vec::new();
    for lang in langs {
        if let Some(text) = source(row, lang).filter(|text| !sources.contains(text)) {
            sources.push(text);
        }
    }
    for text in sources {
        paragraphs.push(paragraph(vec![
            Run::new().add_text(text).size(16).color("404040"),
        ]));
    }
    if row["controller"].is_object() {
        let mut runs = vec![Run::new().add_text(format!("{}: ", labels("controller", langs)))];
        runs.extend(names(&row["controller"], langs));
        paragraphs.push(paragraph(runs.into_iter().map(|r| r.size(16)).collect()));
    }
    Cell::new(paragraphs)
}

fn due_cell(row: &Value, langs: &[&str]) -> Cell {
    let overdue = row["overdue"].as_bool().unwrap_or(false);
    let date = Run::new().add_text(short_dates(row["due_on"].as_str(), langs));
    let mut paragraphs = vec![paragraph(vec![if overdue { date.bold() } else { date }])];
    if overdue {
        paragraphs.push(paragraph(vec![
            Run::new()
                .add_text(labels("overdue", langs))
                .bold()
                .size(16),
        ]));
    }
    for earlier in items(row, "earlier") {
        paragraphs.push(paragraph(vec![
            Run::new()
                .add_text(format!(
                    "{}: {}",
                    labels("earlier-due", langs),
                    short_dates(earlier.as_str(), langs)
                ))
                .size(16),
        ]));
    }
    for reminded in items(row, "reminded") {
        paragraphs.push(paragraph(vec![
            Run::new()
                .add_text(format!(
                    "* {}: {} (",
                    labels("reminded-before", langs),
                    short_dates(reminded["sent_on"].as_str(), langs)
                ))
                .size(16),
            plain(string(reminded, "number")).size(16),
            Run::new().add_text(")").size(16),
        ]));
    }
    Cell::new(paragraphs)
}

pub(crate) fn write(data: &Value, langs: &[&str]) -> Written {
    let repeated = data["repeated"].as_bool().unwrap_or(false);
    let title_key = if repeated {
        "reminder-repeated"
    } else {
        "reminder"
    };
    let mut blocks: Vec<Block> = langs
        .iter()
        .map(|lang| {
            Block::paragraph(centred(vec![
                Run::new().add_text(label("council", lang)).size(18),
            ]))
        })
        .collect();
    let secretariat: Vec<String> = langs
        .iter()
        .map(|lang| label("secretariat", lang).to_uppercase())
        .collect();
    blocks.push(Block::paragraph(centred(vec![
        Run::new().add_text(secretariat.join(" / ")).bold().size(24),
    ])));
    let dates: Vec<String> = langs
        .iter()
        .map(|lang| long_date(data["printed_on"].as_str(), lang))
        .collect();
    blocks.push(Block::paragraph(paragraph(vec![
        Run::new().add_text(format!("{} ", labels("outgoing", langs))),
        plain(string(data, "number")).bold(),
    ])));
    blocks.push(Block::paragraph(paragraph(vec![
        Run::new().add_text(dates.join(" / ")),
    ])));
    for lang in langs {
        blocks.push(Block::paragraph(
            paragraph(vec![record(&data["addressee"], lang).bold()]).align(AlignmentType::Right),
        ));
    }
    let title: Vec<String> = langs.iter().map(|lang| label(title_key, lang)).collect();
    blocks.push(Block::paragraph(heading(
        1,
        vec![Run::new().add_text(title.join(" / "))],
    )));
    blocks.extend(per_lang(langs, TEXT_WIDTH, |lang| {
        let mut text = vec![
            centred(vec![Run::new().add_text(label("salutation", lang))]),
            paragraph(vec![Run::new().add_text(label("reminder-text", lang))])
                .align(AlignmentType::Both),
        ];
        if repeated {
            text.push(
                paragraph(vec![Run::new().add_text(label("reminder-again", lang))])
                    .align(AlignmentType::Both),
            );
        }
        text
    }));
    let widths = [1_700, 6_100, 2_120];
    let header = ["number", "text", "due"]
        .iter()
        .map(|key| Cell::bold(labels(key, langs)))
        .collect();
    let rows = items(data, "items")
        .iter()
        .map(|row| {
            let mut number = Vec::new();
            if !items(row, "reminded").is_empty() {
                number.push(Run::new().add_text("* ").bold());
            }
            number.push(plain(string(row, "number")).bold());
            vec![
                Cell::runs(number),
                text_cell(row, langs),
                due_cell(row, langs),
            ]
        })
        .collect();
    blocks.push(Block::table(table(&widths, header, rows)));
    debug_assert_eq!(widths.iter().sum::<usize>(), TEXT_WIDTH);
    blocks.push(Block::paragraph(paragraph(Vec::new())));
    blocks.extend(per_lang(langs, TEXT_WIDTH, |lang| {
        vec![paragraph(vec![Run::new().add_text(label("regards", lang))])]
    }));
    let signatory = &data["signatory"];
    if signatory.is_object() {
        let position = names(&signatory["position"], langs);
        if super::text::given(&signatory["position"]) {
            blocks.push(Block::paragraph(paragraph(position)));
        }
        blocks.push(Block::paragraph(
            paragraph(
                names(&signatory["name"], langs)
                    .into_iter()
                    .map(Run::bold)
                    .collect(),
            )
            .align(AlignmentType::Right),
        ));
    }
    let copies = items(data, "copies");
    if !copies.is_empty() {
        blocks.push(Block::paragraph(paragraph(Vec::new())));
        let mut runs = vec![Run::new().add_text(format!("{}: ", labels("copy-to", langs)))];
        for (n, copy) in copies.iter().enumerate() {
            if n > 0 {
                runs.push(Run::new().add_text("; "));
            }
            runs.extend(names(copy, langs));
        }
        blocks.push(Block::paragraph(paragraph(
            runs.into_iter().map(|r| r.size(17)).collect(),
        )));
    }
    Written {
        title: labels(title_key, langs),
        blocks,
        landscape: false,
    }
}
