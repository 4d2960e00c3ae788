//! Folding a text to one Latin key per word, so that a query in either script and any spelling of the
//! apostrophes meets the same words.
//!
//! Rules, applied to each lowercased character:
//! - Cyrillic (Russian and Uzbek) is transliterated: ш→sh, ч→ch, щ→sh, ж→j, х→h, ц→ts, ю→yu, я→ya, ё/е/э→e,
//!   й→y, ы→i, қ→k, ғ→g, ў→o, ҳ→h; ъ and ь are dropped.
//! - Latin: q→k, x→h; letters with diacritics lose them (ş→sh, ç→ch, ğ→g); then kh→h, zh→j and dj→j, so that
//!   English "Khorezm", Uzbek "Xorazm" and Russian "Хорезм" agree.
//! - Apostrophes of every kind (ʻ ʼ ' ‘ ’, the grave and acute accents), combining marks, soft hyphens and
//!   zero-width joiners are dropped without ending the word, so "Fargʻona", "Farg'ona" and "Fargona" are
//!   one word `fargona`.
//! - Any other letter or digit is kept (lowercased); everything else separates words.
//!
//! The skeleton of a word is its folded form without vowels, y and w, with doubled letters once: Фергана and
//! Fargʻona both give `frgn`, Ташкент and Toshkent both give `tshknt`.

/// One word of a text, folded, with the characters of the original it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The Latin key of the word: lowercase, transliterated, without apostrophes.
    pub folded: String,
    /// The consonants of `folded`: vowels, y and w removed, doubled letters once. May be empty.
    pub skeleton: String,
    /// For each char of `folded`, the range of char offsets in the original text it came from.
    spans: Vec<(usize, usize)>,
}

impl Word {
    /// The char offsets in the original text of the whole word.
    #[must_use]
    pub fn span(&self) -> (usize, usize) {
        self.prefix_span(self.spans.len())
    }

    /// The char offsets in the original text that the first `chars` folded chars came from.
    #[must_use]
    pub fn prefix_span(&self, chars: usize) -> (usize, usize) {
        let start = self.spans.first().map_or(0, |span| span.0);
        let end = self
            .spans
            .get(chars.clamp(1, self.spans.len().max(1)) - 1)
            .map_or(start, |span| span.1);
        (start, end)
    }

    /// How many chars the folded form has.
    #[must_use]
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Cuts the folded form to its first `chars` chars (the skeleton follows).
    pub fn truncate(&mut self, chars: usize) {
        if chars < self.spans.len() {
            self.spans.truncate(chars);
            self.folded = self.folded.chars().take(chars).collect();
            self.skeleton = skeleton_of(&self.folded);
        }
    }

    /// Whether the folded form is empty (never, for words that [`words`] returns).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

/// What a character is to folding.
enum Class {
    /// Part of a word; these chars go into the key (possibly none, for ъ and ь).
    Letter(&'static str),
    /// A letter or digit without a rule of its own: kept as it is (lowercased).
    Keep,
    /// An apostrophe or combining mark: inside a word, dropped.
    Glue,
    /// Ends a word.
    Separator,
}

/// Transliteration of one lowercase character.
fn class(c: char) -> Class {
    let latin = match c {
        'а' | 'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ғ' | 'ґ' | 'ğ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' | 'є' | 'è' | 'é' | 'ê' | 'ë' | 'ә' => "e",
        'ж' => "j",
        'з' => "z",
        'и' | 'ы' | 'і' | 'ї' | 'ì' | 'í' | 'î' | 'ï' | 'ı' => "i",
        'й' | 'ý' | 'ÿ' => "y",
        'к' | 'қ' | 'q' => "k",
        'л' => "l",
        'м' => "m",
        'н' | 'ң' | 'ñ' => "n",
        'о' | 'ў' | 'ө' | 'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ү' | 'ù' | 'ú' | 'û' | 'ü' => "u",
        'ф' => "f",
        'х' | 'ҳ' | 'һ' | 'x' => "h",
        'ц' => "ts",
        'ч' | 'ç' => "ch",
        'ш' | 'щ' | 'ş' => "sh",
        'ъ' | 'ь' => "",
        'ю' => "yu",
        'я' => "ya",
        _ if is_glue(c) => return Class::Glue,
        'a'..='z' | '0'..='9' => return Class::Keep,
        _ if c.is_alphanumeric() => return Class::Keep,
        _ => return Class::Separator,
    };
    Class::Letter(latin)
}

/// Apostrophes of every kind, combining marks, the soft hyphen and the zero-width joiners that pasted text
/// carries: inside a word, dropped.
fn is_glue(c: char) -> bool {
    const APOSTROPHES: [char; 10] = ['\'', '`', '´', 'ʹ', 'ʻ', 'ʼ', 'ʽ', '‘', '’', '′'];
    APOSTROPHES.contains(&c)
        || matches!(c, '\u{0300}'..='\u{036F}' | '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// The words of `text`, folded, in order. Words whose key would be empty (a lone ь) are left out.
#[must_use]
pub fn words(text: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut chars: Vec<(char, (usize, usize))> = Vec::new();
    for (index, original) in text.chars().enumerate() {
        let span = (index, index + 1);
        for c in original.to_lowercase() {
            match class(c) {
                Class::Letter(latin) => chars.extend(latin.chars().map(|l| (l, span))),
                Class::Keep => chars.push((c, span)),
                Class::Glue => {}
                Class::Separator => finish(&mut chars, &mut words),
            }
        }
    }
    finish(&mut chars, &mut words);
    words
}

/// Turns the chars gathered for one word into a [`Word`] (when there are any) and clears them.
fn finish(chars: &mut Vec<(char, (usize, usize))>, words: &mut Vec<Word>) {
    if chars.is_empty() {
        return;
    }
    let merged = merge_pairs(
        &merge_pairs(chars, &[('k', 'h', 'h'), ('z', 'h', 'j')]),
        &[('d', 'j', 'j')],
    );
    chars.clear();
    let folded: String = merged.iter().map(|(c, _)| *c).collect();
    let skeleton = skeleton_of(&folded);
    words.push(Word {
        folded,
        skeleton,
        spans: merged.into_iter().map(|(_, span)| span).collect(),
    });
}

/// Replaces each pair of chars `(first, second)` by `into`, the span covering both.
fn merge_pairs(
    chars: &[(char, (usize, usize))],
    rules: &[(char, char, char)],
) -> Vec<(char, (usize, usize))> {
    let mut out: Vec<(char, (usize, usize))> = Vec::with_capacity(chars.len());
    for &(c, span) in chars {
        if let Some(&(previous, previous_span)) = out.last()
            && let Some(&(_, _, into)) = rules.iter().find(|(a, b, _)| *a == previous && *b == c)
        {
            out.pop();
            out.push((into, (previous_span.0, span.1)));
            continue;
        }
        out.push((c, span));
    }
    out
}

/// The consonant skeleton of a folded word.
fn skeleton_of(folded: &str) -> String {
    let mut skeleton = String::with_capacity(folded.len());
    for c in folded.chars() {
        if matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w') || skeleton.ends_with(c) {
            continue;
        }
        skeleton.push(c);
    }
    skeleton
}

/// The folded words of `text`, separated by single spaces: what the search index stores.
#[must_use]
pub fn fold(text: &str) -> String {
    join(words(text).iter().map(|w| w.folded.as_str()))
}

/// The non-empty skeletons of the words of `text`, separated by single spaces.
#[must_use]
pub fn skeleton(text: &str) -> String {
    join(words(text).iter().map(|w| w.skeleton.as_str()))
}

fn join<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for part in parts.filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cyrillic_and_uzbek_latin_meet_in_one_key_or_skeleton() {
        assert_eq!(fold("Самарканд"), "samarkand");
        assert_eq!(fold("Samarqand"), "samarkand");
        assert_eq!(skeleton("Фергана"), skeleton("Fargʻona"));
        assert_eq!(skeleton("Ташкент"), skeleton("Toshkent"));
        assert_eq!(skeleton("Ташкент"), "tshknt");
        assert_eq!(fold("Хорезм"), "horezm");
        assert_eq!(fold("Khorezm"), "horezm");
        assert_eq!(fold("Jizzakh"), fold("Jizzax"));
        assert_eq!(fold("Джизак"), "jizak");
    }

    #[test]
    fn every_apostrophe_is_optional_inside_a_word() {
        for spelling in [
            "Fargʻona",
            "Farg'ona",
            "Farg‘ona",
            "Farg’ona",
            "Farg`ona",
            "Fargona",
        ] {
            assert_eq!(fold(spelling), "fargona", "{spelling}");
        }
        assert_eq!(fold("taʼlim"), fold("ta'lim"));
        assert_eq!(fold("taʼlim"), "talim");
        assert_eq!(
            fold("Самар\u{00AD}канд Farg\u{200D}ona"),
            "samarkand fargona"
        );
    }

    #[test]
    fn case_and_yo_do_not_matter() {
        assert_eq!(fold("ЁЛКА"), fold("елка"));
        assert_eq!(fold("ЁЛКА"), "elka");
        assert_eq!(fold("Щука объём"), "shuka obem");
    }

    #[test]
    fn punctuation_separates_words_and_spans_point_at_the_original() {
        let found = words("№ 3/2.1 — «Fargʻona viloyati»");
        let keys: Vec<&str> = found.iter().map(|w| w.folded.as_str()).collect();
        assert_eq!(keys, ["3", "2", "1", "fargona", "viloyati"]);
        let fargona = &found[3];
        let text: Vec<char> = "№ 3/2.1 — «Fargʻona viloyati»".chars().collect();
        let (start, end) = fargona.span();
        assert_eq!(text[start..end].iter().collect::<String>(), "Fargʻona");
        let (start, end) = fargona.prefix_span(5);
        assert_eq!(text[start..end].iter().collect::<String>(), "Fargʻo");
    }

    #[test]
    fn letters_of_other_scripts_are_kept_and_symbols_dropped() {
        assert_eq!(fold("Ελλάδα 🇺🇿 東京"), "ελλάδα 東京");
        assert_eq!(fold("ъ ь '"), "");
        assert!(words("").is_empty());
    }
}
