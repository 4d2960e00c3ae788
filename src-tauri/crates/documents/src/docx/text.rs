//! Record text from the data file as Word runs: always plain text (docx-rs escapes it), each line of it on a
//! line of its own, a missing translation as the templates' flag.

use std::fmt::Write as _;

use docx_rs::{BreakType, Run};
use serde_json::Value;

use super::labels::label;

/// A string field of the data, "" when absent.
pub(crate) fn string<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key].as_str().unwrap_or("")
}

/// The items of an array field, none when absent.
pub(crate) fn items<'a>(value: &'a Value, key: &str) -> &'a [Value] {
    value[key].as_array().map_or(&[], Vec::as_slice)
}

/// Whether a record text (`{ ru: { text, lang, missing }, … }`) is given in some language.
pub(crate) fn given(text: &Value) -> bool {
    text.as_object().is_some_and(|langs| {
        langs
            .values()
            .any(|shown| !shown["missing"].as_bool().unwrap_or(true))
    })
}

/// The text of a record text in `lang`, none when that translation is missing.
pub(crate) fn own<'a>(text: &'a Value, lang: &str) -> Option<&'a str> {
    let shown = &text[lang];
    (!shown["missing"].as_bool().unwrap_or(true)).then(|| shown["text"].as_str().unwrap_or(""))
}

/// A record text in `lang` as a run: its text, or the "no translation" flag in italics when the core says
/// that translation is missing.
pub(crate) fn record(text: &Value, lang: &str) -> Run {
    match own(text, lang) {
        Some(text) => plain(text),
        None => Run::new()
            .add_text(label("no-translation", lang))
            .italic()
            .color("666666"),
    }
}

/// The record text in `lang` as a string, the flag's words when it is missing.
pub(crate) fn record_string(text: &Value, lang: &str) -> String {
    own(text, lang).map_or_else(|| label("no-translation", lang), printable)
}

/// A plain string as a run, each of its lines on a line of its own.
pub(crate) fn plain(text: &str) -> Run {
    let mut run = Run::new();
    for (n, line) in printable(text).split('\n').enumerate() {
        if n > 0 {
            run = run.add_break(BreakType::TextWrapping);
        }
        run = run.add_text(line);
    }
    run
}

/// `text` with every character XML cannot carry (control characters other than tab and line feed, U+FFFE,
/// U+FFFF) written out as `\u{1b}`, as the command-line tool writes them, and carriage returns dropped.
pub(crate) fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\r' => {}
            '\t' | '\n' => out.push(c),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_xml_cannot_carry_are_written_out() {
        assert_eq!(printable("a\u{1b}b\r\nc\u{7}"), "a\\u{1b}b\nc\\u{7}");
        assert_eq!(printable("Oʻzbekiston maʼlumot"), "Oʻzbekiston maʼlumot");
    }

    #[test]
    fn a_missing_translation_reads_as_missing() {
        let text = serde_json::json!({
            "ru": { "text": "Текст", "lang": "ru", "missing": false },
            "uz": { "text": "Текст", "lang": "ru", "missing": true },
        });
        assert_eq!(own(&text, "uz"), None);
        assert_eq!(record_string(&text, "uz"), "[tarjima yo\u{2BB}q]");
        assert!(given(&text));
    }
}
