//! The three languages of the interface and of documents.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An interface or document language. Uzbek is always the Latin script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Russian, the default interface language.
    #[default]
    Ru,
    /// Uzbek (Latin script, oʻ gʻ with U+02BB, tutuq belgisi U+02BC).
    Uz,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order forms show them.
    pub const ALL: [Lang; 3] = [Lang::Ru, Lang::Uz, Lang::En];

    /// The order in which another language's text stands in for a missing translation on a screen: the first
    /// of these that has the text is shown, flagged.
    pub const FALLBACK_ORDER: [Lang; 3] = [Lang::Ru, Lang::Uz, Lang::En];

    /// The two-letter code used in files, settings and the command line.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ru => "ru",
            Lang::Uz => "uz",
            Lang::En => "en",
        }
    }

    /// Parses `ru`, `uz` or `en` (case-insensitive); anything else is `None`.
    #[must_use]
    pub fn parse(text: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(text.trim()))
    }
}

/// A text that exists in Russian, Uzbek and English. An empty variant is a missing translation,
/// which screens and documents flag; it is never silently replaced by another language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LocalizedText {
    pub ru: String,
    pub uz: String,
    pub en: String,
}

impl LocalizedText {
    /// The variant in `lang`, possibly empty.
    #[must_use]
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ru => &self.ru,
            Lang::Uz => &self.uz,
            Lang::En => &self.en,
        }
    }

    /// What is shown of this text in `lang`: its own variant when it has one (not blank); otherwise the first
    /// variant in [`Lang::FALLBACK_ORDER`] that has one, with `missing` set so it is flagged (a document prints
    /// the flag alone; a screen or the command line may show the other language's text beside it). A text
    /// blank in every language shows nothing and is flagged missing in `lang`.
    #[must_use]
    pub fn shown(&self, lang: Lang) -> Shown {
        if !self.get(lang).trim().is_empty() {
            return Shown {
                text: self.get(lang).to_owned(),
                lang,
                missing: false,
            };
        }
        let other = Lang::FALLBACK_ORDER
            .into_iter()
            .find(|other| !self.get(*other).trim().is_empty());
        Shown {
            text: other.map_or_else(String::new, |other| self.get(other).to_owned()),
            lang: other.unwrap_or(lang),
            missing: true,
        }
    }

    /// The languages whose variant is empty while another one is filled in.
    #[must_use]
    pub fn missing(&self) -> Vec<Lang> {
        if Lang::ALL
            .iter()
            .all(|lang| self.get(*lang).trim().is_empty())
        {
            return Vec::new();
        }
        Lang::ALL
            .into_iter()
            .filter(|lang| self.get(*lang).trim().is_empty())
            .collect()
    }

    /// The same text with surrounding white space removed from every variant, and the Uzbek one written with
    /// the letters of the alphabet ([`uzbek_latin`]): the one place every input text passes through.
    #[must_use]
    pub fn trimmed(&self) -> LocalizedText {
        LocalizedText {
            ru: self.ru.trim().to_owned(),
            uz: uzbek_latin(self.uz.trim()),
            en: self.en.trim().to_owned(),
        }
    }
}

/// A text as shown in one wanted language ([`LocalizedText::shown`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Shown {
    /// The text to show: the wanted language's, or another's when that translation is missing.
    pub text: String,
    /// The language `text` is in.
    pub lang: Lang,
    /// Whether the wanted language's translation is missing (flag it).
    pub missing: bool,
}

/// The marks people type for the apostrophes of Uzbek Latin: ASCII, the curly quotes, the backtick and the two
/// modifier letters themselves.
const APOSTROPHES: [char; 6] = ['\'', '\u{2018}', '\u{2019}', '`', '\u{02BC}', '\u{02BB}'];

/// The letter of oʻ and gʻ (U+02BB, modifier letter turned comma).
pub const TURNED_COMMA: char = '\u{02BB}';
/// The tutuq belgisi (U+02BC, modifier letter apostrophe).
pub const TUTUQ: char = '\u{02BC}';

/// Uzbek Latin text as the alphabet writes it: an apostrophe of any kind after `o`, `g`, `O` or `G` becomes
/// U+02BB (`toʻgʻrisida`, `Oʻzbekiston`); any other apostrophe between two letters is the tutuq belgisi and
/// becomes U+02BC (`maʼlumot`, `taʼlim`, `Sanʼat`). Apostrophes that stand apart from letters (quotation
/// marks) are left as typed.
#[must_use]
pub fn uzbek_latin(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if !APOSTROPHES.contains(&c) || i == 0 {
            out.push(c);
            continue;
        }
        let before = chars[i - 1];
        let after = chars.get(i + 1).copied();
        if matches!(before, 'o' | 'g' | 'O' | 'G') {
            out.push(TURNED_COMMA);
        } else if before.is_alphabetic() && after.is_some_and(char::is_alphabetic) {
            out.push(TUTUQ);
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_in_any_case() {
        assert_eq!(Lang::parse("UZ"), Some(Lang::Uz));
        assert_eq!(Lang::parse(" ru "), Some(Lang::Ru));
        assert_eq!(Lang::parse("de"), None);
    }

    #[test]
    fn uzbek_apostrophes_become_the_letters_of_the_alphabet() {
        for typed in [
            "to'g'risida",
            "to\u{2018}g\u{2018}risida",
            "to\u{2019}g\u{2019}risida",
            "to`g`risida",
            "to\u{02BC}g\u{02BC}risida",
            "toʻgʻrisida",
        ] {
            assert_eq!(uzbek_latin(typed), "toʻgʻrisida", "{typed}");
        }
        assert_eq!(uzbek_latin("O'zbekiston G'arbiy"), "Oʻzbekiston Gʻarbiy");
        assert_eq!(
            uzbek_latin("ma'lumot, ta`lim, San\u{2019}at"),
            "maʼlumot, taʼlim, Sanʼat"
        );
        assert_eq!(uzbek_latin("maʻlumot"), "maʼlumot");
        assert_eq!(uzbek_latin("tog'"), "togʻ");
        // Quotation marks apart from letters stay as typed.
        assert_eq!(uzbek_latin("'Navbahor' fermasi"), "'Navbahor' fermasi");
        assert_eq!(uzbek_latin("'Yangi' davr"), "'Yangi' davr");
    }

    #[test]
    fn only_the_uzbek_variant_is_normalised() {
        let text = LocalizedText {
            ru: " Д'Артаньян ".into(),
            uz: " Qo'shma loyiha ".into(),
            en: " Partners' fund ".into(),
        }
        .trimmed();
        assert_eq!(
            (text.ru.as_str(), text.uz.as_str(), text.en.as_str()),
            ("Д'Артаньян", "Qoʻshma loyiha", "Partners' fund")
        );
    }

    #[test]
    fn a_missing_translation_is_shown_in_the_first_language_that_has_it_and_flagged() {
        let text = LocalizedText {
            ru: String::new(),
            uz: "Qoʻshma loyiha".into(),
            en: "Joint project".into(),
        };
        assert_eq!(
            text.shown(Lang::En),
            Shown {
                text: "Joint project".into(),
                lang: Lang::En,
                missing: false
            }
        );
        assert_eq!(
            text.shown(Lang::Ru),
            Shown {
                text: "Qoʻshma loyiha".into(),
                lang: Lang::Uz,
                missing: true
            }
        );
        let blank = LocalizedText {
            ru: "  ".into(),
            ..LocalizedText::default()
        };
        assert_eq!(
            blank.shown(Lang::Uz),
            Shown {
                text: String::new(),
                lang: Lang::Uz,
                missing: true
            }
        );
    }

    #[test]
    fn a_missing_translation_is_flagged_only_when_another_exists() {
        let empty = LocalizedText::default();
        assert!(empty.missing().is_empty());
        let partial = LocalizedText {
            ru: "Энергетика".into(),
            uz: String::new(),
            en: "Energy".into(),
        };
        assert_eq!(partial.missing(), vec![Lang::Uz]);
    }
}
