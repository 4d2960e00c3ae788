//! The part of a matched field a result shows, split into plain and highlighted segments (never markup).

use super::SnippetSegment;

/// A field longer than this many chars is shown as a window around its first highlight.
const WINDOW_CHARS: usize = 160;
/// How much of the window goes before the first highlight.
const LEAD_CHARS: usize = 40;
/// Marks text left out at either end of a window.
const ELLIPSIS: &str = "…";

/// Splits `text` into segments at the char ranges `highlights` (sorted, not overlapping), showing a window
/// around the first highlight when the text is long.
#[must_use]
pub fn segments(text: &str, highlights: &[(usize, usize)]) -> Vec<SnippetSegment> {
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = window(&chars, highlights.first().map_or(0, |h| h.0));
    let mut out: Vec<SnippetSegment> = Vec::new();
    if start > 0 {
        push(&mut out, ELLIPSIS, false);
    }
    let mut at = start;
    for &(from, to) in highlights {
        let (from, to) = (from.clamp(at, end), to.clamp(at, end));
        if from >= to {
            continue;
        }
        push(&mut out, &collect(&chars[at..from]), false);
        push(&mut out, &collect(&chars[from..to]), true);
        at = to;
    }
    push(&mut out, &collect(&chars[at..end]), false);
    if end < chars.len() {
        push(&mut out, ELLIPSIS, false);
    }
    out
}

/// The char range shown: all of a short text, else about [`WINDOW_CHARS`] chars from a little before
/// `focus`, widened to whole words.
fn window(chars: &[char], focus: usize) -> (usize, usize) {
    if chars.len() <= WINDOW_CHARS {
        return (0, chars.len());
    }
    let mut start = focus
        .saturating_sub(LEAD_CHARS)
        .min(chars.len() - WINDOW_CHARS);
    while start > 0 && !chars[start - 1].is_whitespace() {
        start -= 1;
    }
    let mut end = (start + WINDOW_CHARS).min(chars.len());
    while end < chars.len() && !chars[end].is_whitespace() {
        end += 1;
    }
    // Leave out the white space at the cuts.
    while start < end && chars[start].is_whitespace() {
        start += 1;
    }
    while end > start && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    (start, end)
}

fn collect(chars: &[char]) -> String {
    chars.iter().collect()
}

/// Appends a segment, joining it to the last one when both are (not) hits; empty text is skipped.
fn push(out: &mut Vec<SnippetSegment>, text: &str, hit: bool) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(last) if last.hit == hit => last.text.push_str(text),
        _ => out.push(SnippetSegment {
            text: text.to_owned(),
            hit,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(segments: &[SnippetSegment]) -> String {
        segments
            .iter()
            .map(|s| {
                if s.hit {
                    format!("[{}]", s.text)
                } else {
                    s.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn a_short_text_is_shown_whole_with_its_highlights() {
        let s = segments("Samarqand viloyati", &[(0, 9)]);
        assert_eq!(show(&s), "[Samarqand] viloyati");
        let s = segments("Fargʻona va Toshkent", &[(0, 8), (12, 20)]);
        assert_eq!(show(&s), "[Fargʻona] va [Toshkent]");
        assert_eq!(show(&segments("", &[])), "");
    }

    #[test]
    fn a_long_text_is_cut_around_the_first_highlight_at_word_boundaries() {
        let text = format!("{} Ташкент {}", "слово ".repeat(60), "конец ".repeat(60));
        let at = text.chars().position(|c| c == 'Т').unwrap();
        let s = segments(&text, &[(at, at + 7)]);
        let shown = show(&s);
        assert!(shown.starts_with("…слово"), "{shown}");
        assert!(shown.ends_with("конец…"), "{shown}");
        assert!(shown.contains("[Ташкент]"));
        assert!(shown.chars().count() < 200);
    }

    #[test]
    fn highlights_outside_the_text_are_ignored() {
        let s = segments("abc", &[(2, 10), (50, 60)]);
        assert_eq!(show(&s), "ab[c]");
    }
}
