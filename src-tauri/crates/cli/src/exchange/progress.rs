//! The line `council exchange receive` keeps up to date on a terminal while a package applies ("1 200 of
//! 15 000 changes"), so a receive that takes more than a moment shows it is working. Written on standard
//! error, and only when that is a terminal: a script, a pipe or a file gets nothing.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

use council_core::Lang;
use council_exchange::ReceiveProgress;

/// A receive shorter than this shows no progress at all.
const MOMENT: Duration = Duration::from_millis(300);
/// The line is written again at most this often (and once more when every change is done).
const STEP: Duration = Duration::from_millis(100);

/// The progress line of one receive.
pub struct ProgressLine {
    lang: Lang,
    started: Instant,
    written: Option<Instant>,
}

impl ProgressLine {
    /// A progress line on standard error when it is a terminal; `None` otherwise.
    pub fn on_terminal(lang: Lang) -> Option<ProgressLine> {
        std::io::stderr().is_terminal().then(|| ProgressLine {
            lang,
            started: Instant::now(),
            written: None,
        })
    }

    /// Writes the line again, if the receive has taken more than a moment and the line is not fresh.
    pub fn show(&mut self, progress: ReceiveProgress) {
        let now = Instant::now();
        let last = progress.done >= progress.total;
        let fresh = self.written.is_some_and(|at| now.duration_since(at) < STEP);
        if now.duration_since(self.started) < MOMENT || (fresh && !last) {
            return;
        }
        let mut err = std::io::stderr().lock();
        // Carriage return, the line, then "erase to the end of the line" (a shorter line replaces a longer).
        let _ = write!(err, "\r{}\u{1b}[K", line(self.lang, progress));
        let _ = err.flush();
        self.written = Some(now);
    }

    /// Rubs the line out, so the report that follows starts on a clean line.
    pub fn clear(&self) {
        if self.written.is_some() {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\u{1b}[K");
            let _ = err.flush();
        }
    }
}

/// The progress as people read it, in `lang`.
fn line(lang: Lang, progress: ReceiveProgress) -> String {
    let (done, total) = (grouped(progress.done), grouped(progress.total));
    match lang {
        Lang::Ru => format!("Изменения: {done} из {total}"),
        Lang::Uz => format!("Oʻzgarishlar: {done} / {total}"),
        Lang::En => format!("{done} of {total} changes"),
    }
}

/// A number with its thousands apart, by no-break spaces: `15 000`.
fn grouped(number: u64) -> String {
    let digits = number.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(done: u64, total: u64) -> ReceiveProgress {
        ReceiveProgress { done, total }
    }

    #[test]
    fn the_line_says_how_many_changes_of_all_in_each_language() {
        assert_eq!(
            line(Lang::En, at(1_200, 15_000)),
            "1\u{a0}200 of 15\u{a0}000 changes"
        );
        assert_eq!(
            line(Lang::Ru, at(1_200, 15_000)),
            "Изменения: 1\u{a0}200 из 15\u{a0}000"
        );
        assert_eq!(
            line(Lang::Uz, at(7, 1_000_000)),
            "Oʻzgarishlar: 7 / 1\u{a0}000\u{a0}000"
        );
    }

    #[test]
    fn a_receive_of_a_moment_shows_nothing() {
        let mut line = ProgressLine {
            lang: Lang::En,
            started: Instant::now(),
            written: None,
        };
        line.show(at(1, 1));
        assert!(line.written.is_none());
    }
}
