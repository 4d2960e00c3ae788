//! Record text as a document receives it: for every language, what the core shows of it
//! ([`LocalizedText::shown`]) with its missing flag, so a template only prints what it is given (the text, or
//! the "no translation" flag when `missing`) and never decides which language stands in for which.

use council_core::{Lang, LocalizedText};
use serde::ser::{Serialize, SerializeMap, Serializer};

/// A record text in a document's data: `{ "ru": Shown, "uz": Shown, "en": Shown }`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Printed(LocalizedText);

impl From<LocalizedText> for Printed {
    fn from(text: LocalizedText) -> Printed {
        Printed(text)
    }
}

impl From<&LocalizedText> for Printed {
    fn from(text: &LocalizedText) -> Printed {
        Printed(text.clone())
    }
}

impl Serialize for Printed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(Lang::ALL.len()))?;
        for lang in Lang::ALL {
            map.serialize_entry(lang.code(), &self.0.shown(lang))?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_carries_the_cores_choice_and_its_flag() {
        let printed = Printed::from(LocalizedText {
            ru: "Самарканд".into(),
            uz: String::new(),
            en: "Samarkand".into(),
        });
        assert_eq!(
            serde_json::to_value(&printed).unwrap(),
            serde_json::json!({
                "ru": { "text": "Самарканд", "lang": "ru", "missing": false },
                "uz": { "text": "Самарканд", "lang": "ru", "missing": true },
                "en": { "text": "Samarkand", "lang": "en", "missing": false },
            })
        );
    }
}
