//! `council search QUERY`: one search over every register, in either script.

use std::io::Write;

use council_core::{CoreResult, Lang, SearchHit, Store};

use crate::output;

pub fn run(
    query: &str,
    limit: u32,
    json: bool,
    store: &Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    let hits = store.search(query, limit)?;
    output::listing(out, json, &hits, |hit| {
        vec![
            hit.entity.clone(),
            hit.record_id.clone(),
            hit.title.get(lang).to_owned(),
            matched_field(hit),
        ]
    })
}

/// `name_uz: [Fargʻona] viloyati`: the field that matched, the matches in brackets.
fn matched_field(hit: &SearchHit) -> String {
    let field = match hit.lang {
        Some(lang) => format!("{}_{}", hit.field, lang.code()),
        None => hit.field.clone(),
    };
    let snippet: String = hit
        .snippet
        .iter()
        .map(|segment| {
            if segment.hit {
                format!("[{}]", segment.text)
            } else {
                segment.text.clone()
            }
        })
        .collect();
    // A listing row is one line.
    format!("{field}: {}", snippet.replace(['\n', '\r', '\t'], " "))
}
