//! One search over every register, in either script and any spelling of the apostrophes.
//!
//! Every searchable text is kept in the index as a Latin key and a consonant skeleton ([`fold`]); a query is
//! folded the same way ([`query`]) and matched in three tiers: whole words, word beginnings, then the
//! skeleton (Фергана finds Fargʻona). The store keeps the index in step with every write, in the same
//! transaction, through triggers.

pub mod fold;
pub(crate) mod query;
pub(crate) mod rank;
pub(crate) mod snippet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::lang::{Lang, LocalizedText};

/// How a result matched the query, from the most to the least exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// Every word of the query is a whole word of the field (after folding).
    Word,
    /// Every word of the query begins a word of the field.
    Prefix,
    /// The field sounds like the query: the same consonants (Фергана, Fargʻona).
    Skeleton,
}

impl MatchKind {
    /// The tier number the store ranks by (0 is the best).
    #[must_use]
    pub fn from_tier(tier: i64) -> MatchKind {
        match tier {
            0 => MatchKind::Word,
            1 => MatchKind::Prefix,
            _ => MatchKind::Skeleton,
        }
    }
}

/// A piece of a snippet: plain text, or text the query matched. The UI renders both as text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SnippetSegment {
    pub text: String,
    pub hit: bool,
}

/// One record the search found, with the field that matched best.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SearchHit {
    /// Record type, as in the trash: `region`, `pairing`, `body`, `person`, `session`, `agenda_item`,
    /// `decision`, `instruction`, `agreement`, `project`.
    pub entity: String,
    /// The record's id.
    pub record_id: String,
    /// The record's display label in Russian, Uzbek and English.
    pub title: LocalizedText,
    /// What tells apart records of the same title: the pairing of an agreement or project (its two
    /// regions); empty for other records.
    pub context: LocalizedText,
    /// The date of an agreement (signed) or a project (start), when it has one.
    pub date: Option<NaiveDate>,
    /// The field that matched: `name`, `centre`, `iso_code`, `regions` (a pairing's two regions),
    /// `basis_title`, `basis_number`, `notes`, `contacts`, `full_name`, `position`, `email`, `title`,
    /// `venue_city`, `venue_place`, `description`, `number`, `text`.
    pub field: String,
    /// The language of the matched field, for fields kept in three languages.
    pub lang: Option<Lang>,
    /// The matched field (or a window of it), split at the matches.
    pub snippet: Vec<SnippetSegment>,
    /// How the record matched.
    pub matched: MatchKind,
    /// Order of relevance, lower first. The whole part is the tier of `matched` (0, 1 or 2); the fraction adds
    /// 0.5 when the field describes rather than names the record (a centre, a venue, notes), 0.25 unless the
    /// field is the whole query, and up to 0.125 from the full-text relevance (BM25).
    pub rank: f64,
}

/// Splits a stored field name (`name_uz`, `iso_code`) into the field and its language.
#[must_use]
pub fn field_and_lang(stored: &str) -> (String, Option<Lang>) {
    match stored.rsplit_once('_') {
        Some((field, code)) if !field.is_empty() => match Lang::parse(code) {
            Some(lang) if code.len() == 2 => (field.to_owned(), Some(lang)),
            _ => (stored.to_owned(), None),
        },
        _ => (stored.to_owned(), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_field_names_split_into_field_and_language() {
        assert_eq!(
            field_and_lang("name_uz"),
            ("name".to_owned(), Some(Lang::Uz))
        );
        assert_eq!(
            field_and_lang("venue_city_ru"),
            ("venue_city".to_owned(), Some(Lang::Ru))
        );
        assert_eq!(field_and_lang("iso_code"), ("iso_code".to_owned(), None));
        assert_eq!(field_and_lang("number"), ("number".to_owned(), None));
    }

    #[test]
    fn a_hit_crosses_the_boundary_as_plain_json() {
        let hit = SearchHit {
            entity: "region".to_owned(),
            record_id: "id".to_owned(),
            title: LocalizedText::default(),
            context: LocalizedText::default(),
            date: None,
            field: "name".to_owned(),
            lang: Some(Lang::Uz),
            snippet: vec![SnippetSegment {
                text: "Samarqand".to_owned(),
                hit: true,
            }],
            matched: MatchKind::Prefix,
            rank: 1.25,
        };
        let json = serde_json::to_value(&hit).unwrap();
        assert_eq!(json["matched"], "prefix");
        assert_eq!(json["lang"], "uz");
        assert_eq!(json["snippet"][0]["hit"], true);
    }
}
