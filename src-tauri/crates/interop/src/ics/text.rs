//! The text layer of RFC 5545: escaping, folding at 75 octets, CRLF line ends, and the reverse.

/// Escapes a TEXT value: backslash, semicolon, comma and line breaks (as `\n`). Other control characters
/// (ESC, NUL, DEL, the C1 range) are dropped: RFC 5545 allows none of them in TEXT, and a calendar program or
/// terminal showing the file must not receive them; a tab is kept, as TEXT allows it.
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
            '\t' => out.push('\t'),
            control if control.is_control() => {}
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

/// The longest logical line (after unfolding) a calendar file may hold: 1 MiB. Real files stay far below (a
/// long description, an inline picture of a signature); past it the file is refused, so that one hostile line
/// cannot take the memory of the machine.
pub const MAX_LINE_OCTETS: usize = 1 << 20;

/// A logical line longer than [`MAX_LINE_OCTETS`], at its first physical line (from 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineTooLong {
    pub line: usize,
}

/// Splits a calendar file into logical lines: any line end (CRLF, LF, CR) is accepted, and a line starting with
/// a space or tab continues the previous one. Each line comes with the number of its first physical line.
/// A logical line longer than [`MAX_LINE_OCTETS`] stops the reading: the file is refused, with the line named.
pub fn unfold(text: &str) -> Result<Vec<(usize, String)>, LineTooLong> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines: Vec<(usize, String)> = Vec::new();
    let mut rest = text;
    let mut number = 0;
    while !rest.is_empty() {
        number += 1;
        let end = rest.find(['\r', '\n']).unwrap_or(rest.len());
        let physical = &rest[..end];
        rest = &rest[end..];
        rest = rest
            .strip_prefix("\r\n")
            .or_else(|| rest.strip_prefix(['\r', '\n']))
            .unwrap_or(rest);
        if let Some(continued) = physical.strip_prefix([' ', '\t'])
            && let Some(last) = lines.last_mut()
        {
            if last.1.len() + continued.len() > MAX_LINE_OCTETS {
                return Err(LineTooLong { line: last.0 });
            }
            last.1.push_str(continued);
            continue;
        }
        if physical.len() > MAX_LINE_OCTETS {
            return Err(LineTooLong { line: number });
        }
        if !physical.is_empty() {
            lines.push((number, physical.to_owned()));
        }
    }
    Ok(lines)
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
        let unfolded = unfold(&out).unwrap();
        assert_eq!(unfolded, vec![(1, line)]);
    }

    #[test]
    fn control_characters_never_reach_the_file() {
        let text = "Повестка\u{1b}[2J\u{1b}]0;title\u{7}\u{0}\u{7f}\u{9b}31m\tконец\r\nOʻzbekiston";
        assert_eq!(
            escape(text),
            "Повестка[2J]0\\;title31m\tконец\\nOʻzbekiston"
        );
    }

    #[test]
    fn every_line_end_is_read_and_lines_are_numbered_as_written() {
        let text = "\u{feff}A:1\r\nB:2\rC:3\n continued\n\r\nD:4";
        assert_eq!(
            unfold(text).unwrap(),
            vec![
                (1, "A:1".to_owned()),
                (2, "B:2".to_owned()),
                (3, "C:3continued".to_owned()),
                (6, "D:4".to_owned()),
            ]
        );
    }

    #[test]
    fn a_line_past_the_limit_is_refused_whether_written_whole_or_folded() {
        let long = format!("A:1\r\nDESCRIPTION:{}\r\n", "x".repeat(MAX_LINE_OCTETS));
        assert_eq!(unfold(&long), Err(LineTooLong { line: 2 }));
        let mut folded = String::from("A:1\r\nDESCRIPTION:");
        for _ in 0..=MAX_LINE_OCTETS / 74 {
            folded.push_str(&"y".repeat(74));
            folded.push_str("\r\n ");
        }
        assert_eq!(unfold(&folded), Err(LineTooLong { line: 2 }));
        let fits = format!("DESCRIPTION:{}", "x".repeat(MAX_LINE_OCTETS - 12));
        assert_eq!(unfold(&fits).unwrap().len(), 1);
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
