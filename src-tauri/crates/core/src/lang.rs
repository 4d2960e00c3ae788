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

    /// The same text with surrounding white space removed from every variant.
    #[must_use]
    pub fn trimmed(&self) -> LocalizedText {
        LocalizedText {
            ru: self.ru.trim().to_owned(),
            uz: self.uz.trim().to_owned(),
            en: self.en.trim().to_owned(),
        }
    }
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
