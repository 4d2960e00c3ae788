//! What a user typed, turned into FTS5 match expressions that cannot be anything but quoted words.
//!
//! The query is split into terms at white space and at a few punctuation marks (`,` `;` brackets, quotes);
//! each term is folded into words (see [`super::fold`]), and the words of one term must stand together
//! (`3/2.1` is the phrase `3 2 1`, `savdo-iqtisodiy` the phrase `savdo iktisodiy`). Every term must match.
//! User text never reaches FTS5 syntax: only folded words, which are letters and digits, each inside quotes.

use super::fold::{self, Word};

/// Terms beyond this many are ignored: a search box, not a document.
const MAX_TERMS: usize = 12;
/// Words of one term beyond this many are ignored.
const MAX_WORDS_PER_TERM: usize = 8;
/// A folded word is cut to this many chars (and then matches as a prefix).
const MAX_WORD_CHARS: usize = 48;
/// A term takes part in the skeleton tier only when its skeleton has at least this many letters; shorter
/// skeletons would match nearly everything.
const MIN_SKELETON_CHARS: usize = 2;
/// A term matches word beginnings only when it was typed with at least this many letters or digits. One
/// letter begins a third of all the words the registers hold: ranking them would cost as much as reading the
/// whole index and tell the officer nothing, so a one-letter term (the first key pressed in the search box)
/// finds only that letter standing as a word, like `5` in `3/5`.
const MIN_PREFIX_CHARS: usize = 2;

/// A parsed, sanitised query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    terms: Vec<Vec<Word>>,
    cyrillic: bool,
}

/// The three match expressions of a query, from the most to the least exact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchExpressions {
    /// Every term as whole folded words.
    pub exact: String,
    /// Every term as folded words, the last word of each term as a prefix.
    pub prefix: String,
    /// Terms by their consonant skeleton (as a prefix); `None` when no term has a usable skeleton.
    pub skeleton: Option<String>,
}

impl SearchQuery {
    /// Parses `text`; `None` when it has no letters or digits at all.
    #[must_use]
    pub fn parse(text: &str) -> Option<SearchQuery> {
        let terms: Vec<Vec<Word>> = text
            .split(|c: char| c.is_whitespace() || ",;()[]{}<>\"«»„“”!?|".contains(c))
            .map(|term| {
                fold::words(term)
                    .into_iter()
                    .take(MAX_WORDS_PER_TERM)
                    .map(truncated)
                    .collect::<Vec<Word>>()
            })
            .filter(|words| !words.is_empty())
            .take(MAX_TERMS)
            .collect();
        let cyrillic = text.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}'));
        (!terms.is_empty()).then_some(SearchQuery { terms, cyrillic })
    }

    /// Every folded word of the query, separated by single spaces: a field folded to exactly this is the
    /// query itself.
    #[must_use]
    pub fn folded(&self) -> String {
        self.terms
            .iter()
            .flatten()
            .map(|w| w.folded.as_str())
            .collect::<Vec<&str>>()
            .join(" ")
    }

    /// Whether the query was typed in Cyrillic, so that Russian fields are the ones to show.
    #[must_use]
    pub fn is_cyrillic(&self) -> bool {
        self.cyrillic
    }

    /// The FTS5 expressions of the three tiers.
    #[must_use]
    pub fn expressions(&self) -> MatchExpressions {
        let exact =
            self.join(|words| phrase("folded", words.iter().map(|w| w.folded.as_str()), false));
        let prefix = self.join(|words| {
            phrase(
                "folded",
                words.iter().map(|w| w.folded.as_str()),
                prefix_usable(words),
            )
        });
        let uses_skeleton = self.terms.iter().any(|words| skeleton_usable(words));
        let skeleton = uses_skeleton.then(|| {
            self.join(|words| {
                if skeleton_usable(words) {
                    phrase(
                        "skeleton",
                        words
                            .iter()
                            .map(|w| w.skeleton.as_str())
                            .filter(|s| !s.is_empty()),
                        true,
                    )
                } else {
                    phrase(
                        "folded",
                        words.iter().map(|w| w.folded.as_str()),
                        prefix_usable(words),
                    )
                }
            })
        });
        MatchExpressions {
            exact,
            prefix,
            skeleton,
        }
    }

    fn join(&self, term: impl Fn(&[Word]) -> String) -> String {
        self.terms
            .iter()
            .map(|words| term(words))
            .collect::<Vec<String>>()
            .join(" AND ")
    }

    /// The char ranges of `text` that the query matches, sorted and without overlaps. `by_skeleton` also
    /// marks words that match only by their skeleton. Matches joined only by punctuation are one range
    /// (`3/2.1`, `Savdo-iqtisodiy`).
    #[must_use]
    pub fn highlights(&self, text: &str, by_skeleton: bool) -> Vec<(usize, usize)> {
        let chars: Vec<char> = text.chars().collect();
        let mut ranges: Vec<(usize, usize)> = Vec::new();
        // Each query word, and whether its term matches beginnings of words (see `MIN_PREFIX_CHARS`).
        let wanted_words: Vec<(&Word, bool)> = self
            .terms
            .iter()
            .flat_map(|term| {
                let as_prefix = prefix_usable(term);
                term.iter().map(move |w| (w, as_prefix))
            })
            .collect();
        for word in fold::words(text) {
            let mut best: Option<(usize, usize)> = None;
            for &(wanted, as_prefix) in &wanted_words {
                let matches = if as_prefix {
                    word.folded.starts_with(&wanted.folded)
                } else {
                    word.folded == wanted.folded
                };
                let span = if matches {
                    Some(word.prefix_span(wanted.len()))
                } else if by_skeleton
                    && wanted.skeleton.chars().count() >= MIN_SKELETON_CHARS
                    && word.skeleton.starts_with(&wanted.skeleton)
                {
                    Some(word.span())
                } else {
                    None
                };
                if let Some(span) = span {
                    best = Some(best.map_or(span, |b| (b.0.min(span.0), b.1.max(span.1))));
                }
            }
            let Some(span) = best else { continue };
            match ranges.last_mut() {
                Some(last)
                    if chars.get(last.1..span.0).is_some_and(|gap| {
                        gap.iter()
                            .all(|c| !c.is_alphanumeric() && !c.is_whitespace())
                    }) =>
                {
                    last.1 = span.1;
                }
                _ => ranges.push(span),
            }
        }
        ranges
    }
}

/// Whether a term was typed long enough to match as the beginning of words (see [`MIN_PREFIX_CHARS`]).
fn prefix_usable(words: &[Word]) -> bool {
    words
        .iter()
        .map(|w| {
            let (start, end) = w.span();
            end - start
        })
        .sum::<usize>()
        >= MIN_PREFIX_CHARS
}

/// Whether a term is matched by its skeleton in the skeleton tier: typed long enough to be a beginning, with
/// enough consonants.
fn skeleton_usable(words: &[Word]) -> bool {
    prefix_usable(words)
        && words
            .iter()
            .map(|w| w.skeleton.chars().count())
            .sum::<usize>()
            >= MIN_SKELETON_CHARS
}

/// A word cut to [`MAX_WORD_CHARS`] folded chars.
fn truncated(mut word: Word) -> Word {
    word.truncate(MAX_WORD_CHARS);
    word
}

/// `column : "w1 w2"` (with `*` for a prefix). The words are letters and digits only; quotes are doubled
/// all the same, so nothing a word holds can end the string.
fn phrase<'a>(column: &str, words: impl Iterator<Item = &'a str>, prefix: bool) -> String {
    let text = words.collect::<Vec<&str>>().join(" ").replace('"', "\"\"");
    format!("{column} : \"{text}\"{}", if prefix { "*" } else { "" })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expressions(text: &str) -> MatchExpressions {
        SearchQuery::parse(text).unwrap().expressions()
    }

    #[test]
    fn terms_become_quoted_phrases_of_folded_words() {
        let e = expressions("Фергана 3/2.1");
        assert_eq!(e.exact, r#"folded : "fergana" AND folded : "3 2 1""#);
        assert_eq!(e.prefix, r#"folded : "fergana"* AND folded : "3 2 1"*"#);
        assert_eq!(
            e.skeleton.as_deref(),
            Some(r#"skeleton : "frgn"* AND skeleton : "3 2 1"*"#)
        );
    }

    #[test]
    fn operators_and_quotes_are_only_words() {
        let e = expressions(r#"NEAR(a b) OR "x* ^y -z col:w"#);
        assert_eq!(
            e.prefix,
            r#"folded : "near"* AND folded : "a" AND folded : "b" AND folded : "or"* AND folded : "h" AND folded : "y" AND folded : "z" AND folded : "col w"*"#
        );
    }

    #[test]
    fn short_skeletons_fall_back_to_the_folded_prefix() {
        let e = expressions("ya Toshkent");
        assert_eq!(
            e.skeleton.as_deref(),
            Some(r#"folded : "ya"* AND skeleton : "tshknt"*"#)
        );
        assert_eq!(expressions("ai").skeleton, None);
    }

    #[test]
    fn one_typed_letter_is_a_whole_word_not_a_beginning() {
        // Typed as one letter, even where it folds to two (я → ya, ш → sh).
        for (text, folded) in [
            ("т", "t"),
            ("я", "ya"),
            ("Ш", "sh"),
            ("5", "5"),
            ("oʻ", "o"),
        ] {
            let e = expressions(text);
            assert_eq!(e.prefix, format!("folded : \"{folded}\""), "{text}");
            assert_eq!(e.skeleton, None, "{text}");
        }
        // Two letters, or a one-letter term beside a longer one, still match beginnings where they are long
        // enough; the one letter stays whole.
        assert_eq!(expressions("та").prefix, r#"folded : "ta"*"#);
        assert_eq!(
            expressions("т Фергана").prefix,
            r#"folded : "t" AND folded : "fergana"*"#
        );
        assert_eq!(expressions("3/5").prefix, r#"folded : "3 5"*"#);
        let query = SearchQuery::parse("т").unwrap();
        assert_eq!(
            query.highlights("Т Ташкент т.", false),
            vec![(0, 1), (10, 11)]
        );
    }

    #[test]
    fn nothing_to_search_is_none() {
        for text in ["", "   ", "!!! ... ---", "\"", "ʻʼ'", "🇺🇿🙂"] {
            assert_eq!(SearchQuery::parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn long_queries_are_cut() {
        let text = "слово ".repeat(5_000);
        let e = expressions(&text);
        assert_eq!(e.exact.matches(" AND ").count(), MAX_TERMS - 1);
        let word = "Ж".repeat(10_000);
        let e = expressions(&word);
        assert_eq!(
            e.exact,
            format!("folded : \"{}\"", "j".repeat(MAX_WORD_CHARS))
        );
    }

    #[test]
    fn the_whole_query_folds_to_one_key_and_knows_its_script() {
        let query = SearchQuery::parse("Farg'ona, 3/2.1").unwrap();
        assert_eq!(query.folded(), "fargona 3 2 1");
        assert!(!query.is_cyrillic());
        assert!(SearchQuery::parse("Фергана").unwrap().is_cyrillic());
    }

    #[test]
    fn highlights_cover_the_matched_prefix_or_the_whole_sounding_word() {
        let query = SearchQuery::parse("Фарг").unwrap();
        assert_eq!(query.highlights("Fargʻona viloyati", false), vec![(0, 4)]);
        let query = SearchQuery::parse("Фергана").unwrap();
        assert_eq!(query.highlights("Fargʻona viloyati", false), vec![]);
        assert_eq!(query.highlights("Fargʻona viloyati", true), vec![(0, 8)]);
        let query = SearchQuery::parse("3/2.1 savdo").unwrap();
        assert_eq!(
            query.highlights("№ 3/2.1: Savdo-iqtisodiy 3 2", false),
            vec![(2, 7), (9, 14), (25, 26), (27, 28)]
        );
    }
}
