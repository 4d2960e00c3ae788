//! The records of a CSV text, each with the line it starts on, read in one pass.
//!
//! Quoting follows RFC 4180 with the leniency of spreadsheet exports: a quote opens a quoted cell only at the
//! start of a cell, `""` inside it is one quote, text after the closing quote is kept, a quote inside an
//! unquoted cell is an ordinary character. Lines end with LF, CRLF or CR.
//!
//! Two faults are reported at the cell they concern instead of spoiling the rest of the file:
//! - a quote that is never closed: the cell ends at the end of the line the quote is on, and reading goes on
//!   with the next line (otherwise every row after it would become part of that one cell). A quote is taken
//!   as never closed when the file ends inside its cell, or when its cell runs over a line end and the quote
//!   that would close it is followed by more text (`"Ministry…` on one line, `…;"Government";RU-SVE` on a
//!   later one), which no spreadsheet writes. A cell that runs over lines and closes cleanly is valid CSV and
//!   read as such;
//! - a cell longer than [`MAX_CELL_CHARS`]: its text is dropped as it is read, so memory stays bounded.
//!
//! The time is linear in the text. Each byte is read once, except the lines between an unclosed quote and
//! the quote that ended its cell, which are read once more after the cut: between those two quotes every run
//! of quotes has an even length (an odd one would have ended the cell), so a cell opened there closes within
//! its own run and that second reading cannot be cut again before it passes the first one's end.

use council_core::{CoreError, ErrorCode};

/// The most characters one cell may hold: Excel's limit for a cell, so whatever a spreadsheet exports fits.
pub const MAX_CELL_CHARS: usize = 32_767;

/// A fault of one cell, found while reading.
#[derive(Debug)]
pub(crate) struct Fault {
    /// The cell's position in its record, from 0.
    pub field: usize,
    pub error: CoreError,
}

/// One record: the line it starts on (from 1), its cells, and the faults found in them.
#[derive(Debug)]
pub(crate) struct Record {
    pub line: usize,
    pub fields: Vec<String>,
    pub faults: Vec<Fault>,
}

/// The cell being read, counting its characters and dropping its text past the limit.
#[derive(Default)]
struct Cell {
    bytes: Vec<u8>,
    chars: usize,
    too_long: bool,
}

impl Cell {
    fn push(&mut self, byte: u8) {
        if self.too_long {
            return;
        }
        // A UTF-8 continuation byte is part of the character before it.
        if byte & 0xC0 != 0x80 {
            self.chars += 1;
            if self.chars > MAX_CELL_CHARS {
                self.too_long = true;
                self.bytes = Vec::new();
                return;
            }
        }
        self.bytes.push(byte);
    }

    /// The cell's text, or a fault when it was too long (the text is then empty).
    fn finish(self, field: usize, faults: &mut Vec<Fault>) -> String {
        if self.too_long {
            faults.push(Fault {
                field,
                error: CoreError::new(ErrorCode::CellTooLong, MAX_CELL_CHARS.to_string()),
            });
            return String::new();
        }
        // Only ASCII bytes (quotes) were left out of valid UTF-8, so the rest is valid UTF-8.
        String::from_utf8(self.bytes).unwrap_or_default()
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Nothing of the cell read yet.
    Start,
    Unquoted,
    Quoted,
    /// After the closing quote of a quoted cell.
    Closed,
}

/// Reads records one after another.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    separator: u8,
    pos: usize,
    /// The line `pos` is on, from 1.
    line: usize,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str, separator: u8) -> Reader<'a> {
        Reader {
            bytes: text.as_bytes(),
            separator,
            pos: 0,
            line: 1,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// Steps over the line end whose first byte was just read.
    fn line_end(&mut self, byte: u8) {
        if byte == b'\r' && self.peek() == Some(b'\n') {
            self.pos += 1;
        }
        self.line += 1;
    }

    /// The record whose quote at `quote` (on line `quote_line`) is never closed: the cell ends at the end of
    /// that line, and reading goes on with the next one.
    fn cut_at_unclosed_quote(
        &mut self,
        quote: usize,
        quote_line: usize,
        mut record: Record,
    ) -> Record {
        let rest = &self.bytes[quote + 1..];
        let end = rest
            .iter()
            .position(|b| matches!(b, b'\r' | b'\n'))
            .map_or(self.bytes.len(), |at| quote + 1 + at);
        let mut cell = Cell::default();
        for &byte in &self.bytes[quote + 1..end] {
            cell.push(byte);
        }
        let field = record.fields.len();
        record.faults.push(Fault {
            field,
            error: CoreError::new(ErrorCode::UnclosedQuote, quote_line.to_string()),
        });
        record.fields.push(cell.finish(field, &mut record.faults));
        self.pos = end;
        self.line = quote_line;
        if let Some(byte) = self.peek() {
            self.pos += 1;
            self.line_end(byte);
        }
        record
    }
}

impl Iterator for Reader<'_> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        if self.pos >= self.bytes.len() {
            return None;
        }
        let mut record = Record {
            line: self.line,
            fields: Vec::new(),
            faults: Vec::new(),
        };
        let mut cell = Cell::default();
        let mut state = State::Start;
        // Where the open quote of the current cell is, and its line.
        let mut quote = (0, 0);
        while let Some(byte) = self.peek() {
            self.pos += 1;
            if state == State::Quoted {
                match byte {
                    b'"' if self.peek() == Some(b'"') => {
                        self.pos += 1;
                        cell.push(b'"');
                    }
                    // A closing quote followed by more text, in a cell that ran over a line end: the quote
                    // that opened it was never closed (see the module's comment).
                    b'"' if quote.1 != self.line
                        && self.peek().is_some_and(|next| {
                            !matches!(next, b'\r' | b'\n') && next != self.separator
                        }) =>
                    {
                        return Some(self.cut_at_unclosed_quote(quote.0, quote.1, record));
                    }
                    b'"' => state = State::Closed,
                    b'\n' | b'\r' => {
                        cell.push(byte);
                        if byte == b'\r' && self.peek() == Some(b'\n') {
                            self.pos += 1;
                            cell.push(b'\n');
                        }
                        self.line += 1;
                    }
                    _ => cell.push(byte),
                }
                continue;
            }
            match byte {
                _ if byte == self.separator => {
                    let field = record.fields.len();
                    let text = std::mem::take(&mut cell).finish(field, &mut record.faults);
                    record.fields.push(text);
                    state = State::Start;
                }
                b'\n' | b'\r' => {
                    self.line_end(byte);
                    let field = record.fields.len();
                    record.fields.push(cell.finish(field, &mut record.faults));
                    return Some(record);
                }
                b'"' if state == State::Start => {
                    state = State::Quoted;
                    quote = (self.pos - 1, self.line);
                }
                _ => {
                    cell.push(byte);
                    state = State::Unquoted;
                }
            }
        }
        if state == State::Quoted {
            return Some(self.cut_at_unclosed_quote(quote.0, quote.1, record));
        }
        let field = record.fields.len();
        record.fields.push(cell.finish(field, &mut record.faults));
        Some(record)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record as the tests compare it: its line, its cells, and its faults as (cell, code).
    type Read = (usize, Vec<String>, Vec<(usize, &'static str)>);

    fn read(text: &str) -> Vec<Read> {
        Reader::new(text, b';')
            .map(|r| {
                let faults = r
                    .faults
                    .iter()
                    .map(|f| (f.field, f.error.code.as_str()))
                    .collect();
                (r.line, r.fields, faults)
            })
            .collect()
    }

    fn cells(list: &[&str]) -> Vec<String> {
        list.iter().map(|&s| s.to_owned()).collect()
    }

    #[test]
    fn quoted_cells_hold_separators_quotes_and_line_ends() {
        let text = "a;\"b;\"\"c\"\"\r\nd\";e\r\nf;\"g\"h;i\"j\rk\n";
        assert_eq!(
            read(text),
            [
                (1, cells(&["a", "b;\"c\"\r\nd", "e"]), vec![]),
                (3, cells(&["f", "gh", "i\"j"]), vec![]),
                (4, cells(&["k"]), vec![]),
            ]
        );
    }

    #[test]
    fn an_unclosed_quote_ends_its_cell_at_the_end_of_its_line() {
        let text = "a;b\nc;\"d;e\nf;\"g\";h\n\"i;\"\"j\"\"\"\n\"k\n";
        assert_eq!(
            read(text),
            [
                (1, cells(&["a", "b"]), vec![]),
                // The quote before `g` would close the cell opened on line 2, but text follows it.
                (2, cells(&["c", "d;e"]), vec![(1, "unclosed_quote")]),
                (3, cells(&["f", "g", "h"]), vec![]),
                (4, cells(&["i;\"j\""]), vec![]),
                // The file ends inside the cell opened on line 5.
                (5, cells(&["k"]), vec![(0, "unclosed_quote")]),
            ]
        );
        assert_eq!(
            read("\"a\nb\";c\n\"d\ne\""),
            [
                (1, cells(&["a\nb", "c"]), vec![]),
                (3, cells(&["d\ne"]), vec![])
            ],
            "cells over several lines that close cleanly are kept whole"
        );
    }

    #[test]
    fn a_cell_past_the_limit_is_dropped_and_reported() {
        let long = "я".repeat(MAX_CELL_CHARS + 1);
        let fits = "я".repeat(MAX_CELL_CHARS);
        let text = format!("{long};x\n\"{fits}\";\"{long}\"\n");
        assert_eq!(
            read(&text),
            [
                (1, cells(&["", "x"]), vec![(0, "cell_too_long")]),
                (2, cells(&[&fits, ""]), vec![(1, "cell_too_long")]),
            ]
        );
    }

    /// Cells as a careful writer quotes them: when they hold a separator, a quote or a line end.
    fn write(records: &[Vec<String>]) -> (String, Vec<usize>) {
        let (mut text, mut lines) = (String::new(), Vec::new());
        for record in records {
            lines.push(
                1 + text.matches('\n').count() + text.matches('\r').count()
                    - text.matches("\r\n").count(),
            );
            let cells: Vec<String> = record
                .iter()
                .map(|cell| {
                    if cell.contains([';', '"', '\r', '\n']) {
                        format!("\"{}\"", cell.replace('"', "\"\""))
                    } else {
                        cell.clone()
                    }
                })
                .collect();
            text.push_str(&cells.join(";"));
            text.push_str("\r\n");
        }
        (text, lines)
    }

    proptest::proptest! {
        #[test]
        fn what_a_careful_writer_wrote_is_read_back_cell_for_cell_on_its_line(
            records in proptest::collection::vec(
                proptest::collection::vec("[aя\";,\r\n ]{0,6}", 1..4),
                0..8,
            )
        ) {
            let (text, lines) = write(&records);
            let read: Vec<Record> = Reader::new(&text, b';').collect();
            proptest::prop_assert_eq!(read.len(), records.len(), "{:?}", text);
            for ((record, expected), line) in read.iter().zip(&records).zip(lines) {
                proptest::prop_assert!(record.faults.is_empty(), "{:?}", record.faults);
                proptest::prop_assert_eq!(&record.fields, expected);
                proptest::prop_assert_eq!(record.line, line);
            }
        }
    }
}
