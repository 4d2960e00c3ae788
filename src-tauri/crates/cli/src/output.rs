//! Output: JSON for scripts, aligned columns for people.

use std::io::Write;

use council_core::{CoreResult, Lang};
use serde::Serialize;

/// The variant of a three-language name in `lang`.
pub fn pick<'a>(lang: Lang, ru: &'a str, uz: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Ru => ru,
        Lang::Uz => uz,
        Lang::En => en,
    }
}

/// Pretty JSON of any value, followed by a newline.
pub fn json(out: &mut dyn Write, value: &impl Serialize) -> CoreResult<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}

/// Plain lines.
pub fn lines(out: &mut dyn Write, lines: &[String]) -> CoreResult<()> {
    for line in lines {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// A listing: a JSON array, or one row of columns per item, aligned by character count.
pub fn listing<T: Serialize>(
    out: &mut dyn Write,
    as_json: bool,
    items: &[T],
    columns: impl Fn(&T) -> Vec<String>,
) -> CoreResult<()> {
    if as_json {
        return json(out, &items);
    }
    let rows: Vec<Vec<String>> = items.iter().map(columns).collect();
    let widths: Vec<usize> = (0..rows.first().map_or(0, Vec::len))
        .map(|i| {
            rows.iter()
                .map(|row| row[i].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in rows {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < row.len() {
                let pad = widths[i] - cell.chars().count() + 2;
                line.extend(std::iter::repeat_n(' ', pad));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}
