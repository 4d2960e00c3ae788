//! The text layer of RFC 5545: escaping, folding at 75 octets, CRLF line ends, and the reverse.

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks (as `\n`).
#[must_use]
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            other => out.push(other),
        }
    }
    out
}

/// Reverses [`escape`]; an unknown escape keeps its character, a lone trailing backslash is dropped.
#[must_use]
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// Writes one content line folded so that no physical line exceeds 75 octets (without its CRLF), never
/// splitting a UTF-8 character; continuation lines start with one space. Ends with CRLF.
pub fn push_folded(out: &mut String, line: &str) {
    const LIMIT: usize = 75;
    let mut used = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if used + width > LIMIT {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += width;
    }
    out.push_str("\r\n");
}

/// Splits a calendar file into logical lines: any line end (CRLF, LF, CR) is accepted, and a line starting with
/// a space or tab continues the previous one. Each line comes with the number of its first physical line.
#[must_use]
pub fn unfold(text: &str) -> Vec<(usize, String)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines: Vec<(usize, String)> = Vec::new();
    let normalized = text.replace("\r\n", "\n").replace('\r', "\n");
    for (index, physical) in normalized.split('\n').enumerate() {
        if let Some(rest) = physical.strip_prefix([' ', '\t'])
            && let Some(last) = lines.last_mut()
        {
            last.1.push_str(rest);
            continue;
        }
        if !physical.is_empty() {
            lines.push((index + 1, physical.to_owned()));
        }
    }
    lines
}

/// One content line: `NAME;PARAM=VALUE;…:value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentLine {
    /// Upper-cased property name.
    pub name: String,
    /// Parameters, names upper-cased, quotes removed.
    pub params: Vec<(String, String)>,
    /// The raw (still escaped) value.
    pub value: String,
    /// The number of the line in the file, from 1.
    pub line: usize,
}

impl ContentLine {
    /// The value of a parameter, if given.
    #[must_use]
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// Parses a logical line; `None` when it has no `:` outside quotes.
#[must_use]
pub fn parse_line(line: usize, text: &str) -> Option<ContentLine> {
    let mut in_quotes = false;
    let mut colon = None;
    for (index, c) in text.char_indices() {
        match c {
            '"' => in_quotes = !in_quotes,
            ':' if !in_quotes => {
                colon = Some(index);
                break;
            }
            _ => {}
        }
    }
    let colon = colon?;
    let (head, value) = (&text[..colon], &text[colon + 1..]);
    let mut parts = split_unquoted(head, ';').into_iter();
    let name = parts.next()?.trim().to_ascii_uppercase();
    if name.is_empty() {
        return None;
    }
    let params = parts
        .filter_map(|part| {
            let (key, value) = part.split_once('=')?;
            Some((
                key.trim().to_ascii_uppercase(),
                value.trim().trim_matches('"').to_owned(),
            ))
        })
        .collect();
    Some(ContentLine {
        name,
        params,
        value: value.to_owned(),
        line,
    })
}

fn split_unquoted(text: &str, separator: char) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut in_quotes = false;
    let mut start = 0;
    for (index, c) in text.char_indices() {
        if c == '"' {
            in_quotes = !in_quotes;
        } else if c == separator && !in_quotes {
            parts.push(&text[start..index]);
            start = index + c.len_utf8();
        }
    }
    parts.push(&text[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_round_trips_commas_semicolons_and_newlines() {
        let text = "Повестка; пункт 1, пункт 2\nOʻzbekiston\\Россия";
        let escaped = escape(text);
        assert_eq!(
            escaped,
            "Повестка\\; пункт 1\\, пункт 2\\nOʻzbekiston\\\\Россия"
        );
        assert_eq!(unescape(&escaped), text);
    }

    #[test]
    fn folding_keeps_lines_within_75_octets_and_characters_whole() {
        let line = format!("SUMMARY:{}", "Заседание Совета регионов ʻ ".repeat(10));
        let mut out = String::new();
        push_folded(&mut out, &line);
        assert!(out.ends_with("\r\n"));
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = unfold(&out);
        assert_eq!(unfolded, vec![(1, line)]);
    }

    #[test]
    fn a_line_splits_into_name_parameters_and_value() {
        let line = parse_line(3, "DTSTART;TZID=\"Asia/Tashkent\";X=a:b:20260527T100000").unwrap();
        assert_eq!(line.name, "DTSTART");
        assert_eq!(line.param("TZID"), Some("Asia/Tashkent"));
        assert_eq!(line.value, "b:20260527T100000");
        assert!(parse_line(1, "no colon here").is_none());
    }
}
