//! Output: JSON for scripts, aligned columns for people. Everything the command prints goes through here, so
//! no control character of a record (an escape sequence from an imported calendar, a carriage return that
//! would overwrite the line) reaches the terminal raw: people see it written out (`\u{1b}`), and JSON carries
//! it escaped (`\u001b`).

use std::borrow::Cow;
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

/// Pretty JSON of any value, followed by a newline. `serde_json` escapes C0 controls itself; DEL and the C1
/// controls (U+0080–U+009F, which some terminals obey) are escaped too.
pub fn json(out: &mut dyn Write, value: &impl Serialize) -> CoreResult<()> {
    let mut serializer =
        serde_json::Serializer::with_formatter(&mut *out, EscapingFormatter::default());
    value.serialize(&mut serializer)?;
    writeln!(out)?;
    Ok(())
}

/// The pretty formatter, writing DEL and C1 controls inside strings as `\u00XX`.
#[derive(Default)]
struct EscapingFormatter(serde_json::ser::PrettyFormatter<'static>);

impl serde_json::ser::Formatter for EscapingFormatter {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let mut rest = fragment;
        while let Some(at) = rest.find(is_unescaped_control) {
            writer.write_all(&rest.as_bytes()[..at])?;
            let c = rest[at..].chars().next().unwrap_or_default();
            write!(writer, "\\u{:04x}", u32::from(c))?;
            rest = &rest[at + c.len_utf8()..];
        }
        writer.write_all(rest.as_bytes())
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// The controls `serde_json` leaves raw: DEL and C1.
fn is_unescaped_control(c: char) -> bool {
    ('\u{7f}'..='\u{9f}').contains(&c)
}

/// `text` as it may reach a terminal: every control character written out as `\u{..}`, except the line
/// breaks and tabs of a multi-line text (a CRLF becomes a line break).
pub fn printable(text: &str) -> Cow<'_, str> {
    let kept = |c: char| matches!(c, '\n' | '\t');
    if !text.chars().any(|c| c.is_control() && !kept(c)) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if c.is_control() && !kept(c) {
            shown.extend(c.escape_unicode());
        } else {
            shown.push(c);
        }
    }
    Cow::Owned(shown)
}

/// One cell of a listing: as [`printable`], with line breaks and tabs as spaces so the row stays one line.
fn cell(text: &str) -> Cow<'_, str> {
    match printable(text) {
        Cow::Borrowed(text) if !text.contains(['\n', '\t']) => Cow::Borrowed(text),
        text => Cow::Owned(text.replace(['\n', '\t'], " ")),
    }
}

/// One line on stderr (a warning, the error), printable like the rest.
pub fn stderr_line(line: &str) {
    eprintln!("{}", printable(line));
}

/// Plain lines.
pub fn lines(out: &mut dyn Write, lines: &[String]) -> CoreResult<()> {
    for line in lines {
        writeln!(out, "{}", printable(line))?;
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
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|item| {
            columns(item)
                .into_iter()
                .map(|text| cell(&text).into_owned())
                .collect()
        })
        .collect();
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

/// A number people cite as a listing shows it: the number, or "number pending" while the site that numbers
/// the record has not given it yet.
pub fn cited(number: &str, pending: bool, lang: Lang) -> String {
    if pending {
        pick(
            lang,
            "номер ожидается",
            "raqam kutilmoqda",
            "number pending",
        )
        .to_owned()
    } else {
        number.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_written_out_and_line_breaks_kept_where_they_belong() {
        let text = "a\u{1b}[31mb\r\nc\td\re\u{9b}f\u{7f}";
        assert_eq!(printable(text), "a\\u{1b}[31mb\nc\td\\u{d}e\\u{9b}f\\u{7f}");
        assert_eq!(cell(text), "a\\u{1b}[31mb c d\\u{d}e\\u{9b}f\\u{7f}");
        assert!(matches!(printable("Oʻzbekiston\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn json_escapes_every_control_and_stays_json() {
        let text = "a\u{1b}[31mb\u{9b}c\u{7f}d\u{85}";
        let mut out = Vec::new();
        json(&mut out, &serde_json::json!({ "name": text })).unwrap();
        let printed = String::from_utf8(out).unwrap();
        assert!(
            !printed.chars().any(|c| c.is_control() && c != '\n'),
            "{printed}"
        );
        assert!(
            printed.contains(r"a\u001b[31mb\u009bc\u007fd\u0085"),
            "{printed}"
        );
        let back: serde_json::Value = serde_json::from_str(&printed).unwrap();
        assert_eq!(back["name"], text);
    }
}
