//! Ranking the fields a search matched, and keeping the best field of each record.
//!
//! The store fetches the matching fields of each tier (whole words, prefixes, skeletons) from the full-text
//! index; this module orders them. A field's rank is its tier (0, 1, 2) plus 0.5 when the field describes
//! the record rather than names it, plus 0.25 unless the field is the whole query, plus up to 0.125 from
//! BM25. So every whole-word rank is below 1 and every other rank is 1 or more: when the whole-word tier alone
//! gives enough records, the other tiers cannot change the answer ([`Ranking::is_full`]).

use std::cmp::Ordering;
use std::collections::HashMap;

/// Fields that describe a record rather than name it (a region's centre, a session's venue, notes): within a
/// tier, a match in them ranks below a match in a name, title, number or text.
const SECONDARY_FIELDS: [&str; 24] = [
    "centre_ru",
    "centre_uz",
    "centre_en",
    "basis_title_ru",
    "basis_title_uz",
    "basis_title_en",
    "basis_number",
    "notes_ru",
    "notes_uz",
    "notes_en",
    "contacts",
    "position_ru",
    "position_uz",
    "position_en",
    "email",
    "venue_city_ru",
    "venue_city_uz",
    "venue_city_en",
    "venue_place_ru",
    "venue_place_uz",
    "venue_place_en",
    "description_ru",
    "description_uz",
    "description_en",
];

/// One indexed field that matched the query.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The entry's id in the index.
    pub entry: i64,
    pub entity: String,
    pub record_id: String,
    /// The stored field name (`name_uz`, `number`).
    pub field: String,
    /// 0 whole words, 1 prefixes, 2 skeleton.
    pub tier: u8,
    /// Whether the field, folded, is exactly the folded query (only asked of whole-word matches).
    pub exact: bool,
    /// FTS5's BM25 score (negative; lower is more relevant).
    pub bm25: f64,
}

impl Candidate {
    /// The field's rank: lower first (see the module's documentation).
    #[must_use]
    pub fn rank(&self) -> f64 {
        let secondary = if SECONDARY_FIELDS.contains(&self.field.as_str()) {
            0.5
        } else {
            0.0
        };
        let not_whole = if self.tier == 0 && self.exact {
            0.0
        } else {
            0.25
        };
        f64::from(self.tier) + secondary + not_whole + 0.25 / (2.0 - self.bm25.min(0.0))
    }
}

/// The best field of each record among the candidates seen so far.
#[derive(Debug)]
pub struct Ranking {
    /// Between fields of equal rank, those whose name ends in `_ru` are preferred (a Cyrillic query).
    prefer_russian: bool,
    best: HashMap<(String, String), (f64, Candidate)>,
}

impl Ranking {
    #[must_use]
    pub fn new(prefer_russian: bool) -> Ranking {
        Ranking {
            prefer_russian,
            best: HashMap::new(),
        }
    }

    /// Takes in the matches of one tier.
    pub fn add(&mut self, candidates: impl IntoIterator<Item = Candidate>) {
        for candidate in candidates {
            let rank = candidate.rank();
            let key = (candidate.entity.clone(), candidate.record_id.clone());
            match self.best.get(&key) {
                Some((kept_rank, kept))
                    if self.field_order(*kept_rank, kept, rank, &candidate)
                        != Ordering::Greater => {}
                _ => {
                    self.best.insert(key, (rank, candidate));
                }
            }
        }
    }

    /// Whether `limit` records already rank below 1 (whole words): then no later tier can enter the first
    /// `limit`.
    #[must_use]
    pub fn is_full(&self, limit: usize) -> bool {
        self.best.values().filter(|(rank, _)| *rank < 1.0).count() >= limit
    }

    /// The best `limit` records, best first, each with its rank.
    #[must_use]
    pub fn top(self, limit: usize) -> Vec<(f64, Candidate)> {
        let prefer_russian = self.prefer_russian;
        let mut all: Vec<(f64, Candidate)> = self.best.into_values().collect();
        all.sort_by(|(a_rank, a), (b_rank, b)| {
            a_rank
                .total_cmp(b_rank)
                .then_with(|| russian(prefer_russian, b).cmp(&russian(prefer_russian, a)))
                .then_with(|| a.entity.cmp(&b.entity))
                .then_with(|| a.record_id.cmp(&b.record_id))
        });
        all.truncate(limit);
        all
    }

    /// How two fields of one record compare: rank, then a Russian field first for a Cyrillic query, then the
    /// field's name.
    fn field_order(&self, a_rank: f64, a: &Candidate, b_rank: f64, b: &Candidate) -> Ordering {
        a_rank
            .total_cmp(&b_rank)
            .then_with(|| russian(self.prefer_russian, b).cmp(&russian(self.prefer_russian, a)))
            .then_with(|| a.field.cmp(&b.field))
    }
}

fn russian(prefer: bool, candidate: &Candidate) -> bool {
    prefer && candidate.field.ends_with("_ru")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(record: &str, field: &str, tier: u8, exact: bool, bm25: f64) -> Candidate {
        Candidate {
            entry: 0,
            entity: "body".to_owned(),
            record_id: record.to_owned(),
            field: field.to_owned(),
            tier,
            exact,
            bm25,
        }
    }

    #[test]
    fn a_whole_word_always_ranks_above_a_prefix_or_a_skeleton() {
        let worst_word = candidate("a", "notes_ru", 0, false, 0.0).rank();
        let best_prefix = candidate("b", "name_ru", 1, true, -1e9).rank();
        assert!(worst_word < 1.0 && best_prefix >= 1.0);
        assert!((candidate("c", "name_uz", 0, true, -2.0).rank() - 0.0625).abs() < 1e-12);
    }

    #[test]
    fn each_record_keeps_its_best_field_and_a_russian_one_on_a_tie_for_a_cyrillic_query() {
        let mut ranking = Ranking::new(true);
        ranking.add([
            candidate("a", "name_uz", 1, false, -1.0),
            candidate("a", "name_ru", 1, false, -1.0),
            candidate("b", "notes_ru", 0, false, -1.0),
        ]);
        ranking.add([candidate("b", "name_en", 0, true, -1.0)]);
        let top = ranking.top(10);
        let fields: Vec<(&str, &str)> = top
            .iter()
            .map(|(_, c)| (c.record_id.as_str(), c.field.as_str()))
            .collect();
        assert_eq!(fields, [("b", "name_en"), ("a", "name_ru")]);
    }

    #[test]
    fn full_means_enough_whole_word_records() {
        let mut ranking = Ranking::new(false);
        ranking.add([
            candidate("a", "name_ru", 0, false, -1.0),
            candidate("a", "name_uz", 0, false, -1.0),
            candidate("b", "name_ru", 1, false, -1.0),
        ]);
        assert!(ranking.is_full(1));
        assert!(
            !ranking.is_full(2),
            "two fields of one record are one record; a prefix does not count"
        );
    }
}
