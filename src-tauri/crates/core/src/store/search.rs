//! The search index: the SQL functions its triggers call, and the one statement that searches it.
//!
//! The index itself (tables, view, triggers) is schema 3, `migrations/0003_search.sql`.

use chrono::NaiveDate;
use rusqlite::functions::{Context, FunctionFlags};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, params};

use super::Store;
use crate::error::CoreResult;
use crate::lang::LocalizedText;
use crate::search::query::SearchQuery;
use crate::search::rank::{Candidate, Ranking};
use crate::search::{MatchKind, SearchHit, field_and_lang, fold, snippet};

/// More results than this are never returned, whatever the caller asks.
const MAX_LIMIT: u32 = 500;
/// Each tier ranks at most this many matching fields, the most recently written first, so that a common word
/// costs no more than a specific one. Below this many matches the ranking is exact; above, an older record
/// is reached by a more specific query. Each candidate costs a lookup of its entry: at ten years a word in
/// 39,000 fields took 4.5 times as long with 5,000 candidates as with 1,000 (docs/PERFORMANCE.md).
const CANDIDATES_PER_TIER: u32 = 1_000;

/// Registers `search_fold(text)` and `search_skeleton(text)`, which the index triggers call. Every
/// connection that writes records needs them, and the migration that builds the index too.
pub(super) fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8
        | FunctionFlags::SQLITE_DETERMINISTIC
        | FunctionFlags::SQLITE_INNOCUOUS;
    conn.create_scalar_function("search_fold", 1, flags, |ctx| Ok(apply(ctx, fold::fold)))?;
    conn.create_scalar_function("search_skeleton", 1, flags, |ctx| {
        Ok(apply(ctx, fold::skeleton))
    })
}

/// Applies `f` to the text of the only argument; NULL stays NULL, numbers are taken as their text.
fn apply(ctx: &Context, f: fn(&str) -> String) -> Option<String> {
    match ctx.get_raw(0) {
        ValueRef::Null => None,
        ValueRef::Text(bytes) | ValueRef::Blob(bytes) => Some(f(&String::from_utf8_lossy(bytes))),
        ValueRef::Integer(n) => Some(f(&n.to_string())),
        ValueRef::Real(x) => Some(f(&x.to_string())),
    }
}

/// The display label of a hit's record (`b`) as a JSON array `[ru, uz, en]`, like the trash shows it.
const TITLE: &str = "CASE b.entity
    WHEN 'region' THEN (SELECT json_array(name_ru, name_uz, name_en) FROM regions WHERE id = b.record_id)
    WHEN 'pairing' THEN (
        SELECT json_array(u.name_ru || ' — ' || r.name_ru, u.name_uz || ' — ' || r.name_uz,
                          u.name_en || ' — ' || r.name_en)
        FROM pairings p JOIN regions u ON u.id = p.uz_region_id JOIN regions r ON r.id = p.ru_region_id
        WHERE p.id = b.record_id)
    WHEN 'body' THEN (SELECT json_array(name_ru, name_uz, name_en) FROM bodies WHERE id = b.record_id)
    WHEN 'person' THEN (
        SELECT json_array(full_name_ru, full_name_uz, full_name_en) FROM people WHERE id = b.record_id)
    WHEN 'session' THEN (SELECT json_array(title_ru, title_uz, title_en) FROM sessions WHERE id = b.record_id)
    WHEN 'agenda_item' THEN (
        SELECT json_array(title_ru, title_uz, title_en) FROM agenda_items WHERE id = b.record_id)
    WHEN 'decision' THEN (
        SELECT json_array(number || ' ' || substr(text_ru, 1, 80), number || ' ' || substr(text_uz, 1, 80),
                          number || ' ' || substr(text_en, 1, 80))
        FROM decisions WHERE id = b.record_id)
    WHEN 'instruction' THEN (
        SELECT json_array(number || ' ' || substr(text_ru, 1, 80), number || ' ' || substr(text_uz, 1, 80),
                          number || ' ' || substr(text_en, 1, 80))
        FROM instructions WHERE id = b.record_id)
    WHEN 'agreement' THEN (
        SELECT json_array(title_ru, title_uz, title_en) FROM agreements WHERE id = b.record_id)
    WHEN 'project' THEN (SELECT json_array(title_ru, title_uz, title_en) FROM projects WHERE id = b.record_id)
END";

/// What tells apart records of the same title (`b`), as a JSON array `[ru, uz, en, date]`: an agreement's or a
/// project's pairing (its two regions) and its date (signed, or start). NULL for other records.
const CONTEXT: &str = "CASE b.entity
    WHEN 'agreement' THEN (
        SELECT json_array(u.name_ru || ' — ' || r.name_ru, u.name_uz || ' — ' || r.name_uz,
                          u.name_en || ' — ' || r.name_en, a.signed_on)
        FROM agreements a LEFT JOIN pairings p ON p.id = a.pairing_id
        LEFT JOIN regions u ON u.id = p.uz_region_id LEFT JOIN regions r ON r.id = p.ru_region_id
        WHERE a.id = b.record_id)
    WHEN 'project' THEN (
        SELECT json_array(u.name_ru || ' — ' || r.name_ru, u.name_uz || ' — ' || r.name_uz,
                          u.name_en || ' — ' || r.name_en, j.starts_on)
        FROM projects j LEFT JOIN pairings p ON p.id = j.pairing_id
        LEFT JOIN regions u ON u.id = p.uz_region_id LEFT JOIN regions r ON r.id = p.ru_region_id
        WHERE j.id = b.record_id)
END";

/// The matches of one tier (`?1`, an FTS5 expression), the most recently written first, with what ranking
/// needs; the text only when `?2` (whole words: is the field the whole query?).
const CANDIDATES: &str =
    "SELECT m.rowid, e.entity, e.record_id, e.field, m.score, CASE WHEN ?2 THEN e.text END
    FROM (SELECT rowid, bm25(search_index) AS score FROM search_index WHERE search_index MATCH ?1
          ORDER BY rowid DESC LIMIT ?3) m
    JOIN search_entries e ON e.id = m.rowid";

/// Fields that describe a record rather than name it (a region's centre, a session's venue, notes): within
/// a tier, a match in them ranks below a match in a name, title, number or text.
#[cfg(any(test, feature = "bench"))]
const SECONDARY_FIELDS: &str = "'centre_ru', 'centre_uz', 'centre_en', 'basis_title_ru', 'basis_title_uz',
    'basis_title_en', 'basis_number', 'notes_ru', 'notes_uz', 'notes_en', 'contacts', 'position_ru', 'position_uz', 'position_en', 'email',
    'venue_city_ru', 'venue_city_uz', 'venue_city_en', 'venue_place_ru', 'venue_place_uz', 'venue_place_en',
    'description_ru', 'description_uz', 'description_en'";

/// The whole search as one statement, ranking in SQL exactly as [`Ranking`] does in Rust: the benchmarks'
/// raw twin, and the reference the tests compare the store's search with. The matches of each tier (`?1` whole words, `?2` prefixes, `?3` skeletons when
/// `with_skeleton`), scored, the best field of each record, at most `?4` records. Within a tier, a field
/// that names the record beats one that describes it, a field that is the whole query (`?5`, folded) beats
/// one that contains it, then BM25 decides; between equal fields of a record, those matching the GLOB `?6`
/// (Russian ones for a Cyrillic query) are shown.
#[cfg(any(test, feature = "bench"))]
fn statement(with_skeleton: bool) -> String {
    let tier = |n: u8| {
        format!(
            "SELECT * FROM (SELECT rowid, {n}, bm25(search_index) FROM search_index
                            WHERE search_index MATCH ?{param} ORDER BY rowid DESC LIMIT {CANDIDATES_PER_TIER})",
            param = n + 1
        )
    };
    let skeleton = if with_skeleton {
        format!("UNION ALL {}", tier(2))
    } else {
        String::new()
    };
    format!(
        "WITH matched (entry, tier, score) AS (
             {} UNION ALL {} {skeleton}
         ),
         scored AS (
             SELECT e.entity, e.record_id, e.field, e.text, m.tier,
                    m.tier
                        + (CASE WHEN e.field IN ({SECONDARY_FIELDS}) THEN 0.5 ELSE 0.0 END)
                        + (CASE WHEN m.tier = 0 AND search_fold(e.text) = ?5 THEN 0.0 ELSE 0.25 END)
                        + 0.25 / (2.0 - min(m.score, 0.0)) AS rank
             FROM matched m JOIN search_entries e ON e.id = m.entry
         ),
         best AS (
             SELECT *, row_number() OVER (
                        PARTITION BY entity, record_id ORDER BY rank, field GLOB ?6 DESC, field) AS place
             FROM scored
         )
         SELECT b.entity, b.record_id, b.field, b.text, b.tier, b.rank, {TITLE}
         FROM best b WHERE b.place = 1
         ORDER BY b.rank, b.field GLOB ?6 DESC, b.entity, b.record_id
         LIMIT ?4",
        tier(0),
        tier(1)
    )
}

impl Store {
    /// Searches every register for `query`, in either script and any spelling of the apostrophes: the best
    /// `limit` records (at most 500), each with the field that matched best. A query without letters or digits
    /// finds nothing. Records in the trash are never found.
    ///
    /// Whole words are asked first; the prefix and skeleton tiers only when the whole words gave fewer than
    /// `limit` records, since they rank below every whole word (see [`crate::search::rank`]).
    pub fn search(&self, query: &str, limit: u32) -> CoreResult<Vec<SearchHit>> {
        let Some(parsed) = SearchQuery::parse(query) else {
            return Ok(Vec::new());
        };
        let limit = limit.min(MAX_LIMIT) as usize;
        if limit == 0 {
            return Ok(Vec::new());
        }
        let expressions = parsed.expressions();
        let folded = parsed.folded();
        let mut ranking = Ranking::new(parsed.is_cyrillic());
        ranking.add(self.candidates(&expressions.exact, 0, Some(&folded))?);
        if !ranking.is_full(limit) {
            // One-letter terms are whole words in every tier: then the prefix tier is the first one again.
            if expressions.prefix != expressions.exact {
                ranking.add(self.candidates(&expressions.prefix, 1, None)?);
            }
            if let Some(skeleton) = &expressions.skeleton {
                ranking.add(self.candidates(skeleton, 2, None)?);
            }
        }
        let mut shown = self.conn.prepare_cached(&format!(
            "SELECT b.text, {TITLE}, {CONTEXT} FROM search_entries b WHERE b.id = ?1"
        ))?;
        let mut hits = Vec::new();
        for (rank, found) in ranking.top(limit) {
            let (text, title, context) = shown.query_row(params![found.entry], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, Option<String>>(1)?,
                    row.get::<_, Option<String>>(2)?,
                ))
            })?;
            let (context, date) = context
                .as_deref()
                .map(context_from_json)
                .unwrap_or_default();
            let matched = MatchKind::from_tier(i64::from(found.tier));
            let highlights = parsed.highlights(&text, matched == MatchKind::Skeleton);
            let (field, lang) = field_and_lang(&found.field);
            hits.push(SearchHit {
                entity: found.entity,
                record_id: found.record_id,
                title: title.as_deref().map(title_from_json).unwrap_or_default(),
                context,
                date,
                field,
                lang,
                snippet: snippet::segments(&text, &highlights),
                matched,
                rank,
            });
        }
        Ok(hits)
    }

    /// The fields matching `expression` in `tier`, at most [`CANDIDATES_PER_TIER`]; for whole words,
    /// whether each is exactly `whole_query` once folded.
    fn candidates(
        &self,
        expression: &str,
        tier: u8,
        whole_query: Option<&str>,
    ) -> CoreResult<Vec<Candidate>> {
        let mut stmt = self.conn.prepare_cached(CANDIDATES)?;
        let rows = stmt.query_map(
            params![expression, whole_query.is_some(), CANDIDATES_PER_TIER],
            |row| {
                let text: Option<String> = row.get(5)?;
                Ok(Candidate {
                    entry: row.get(0)?,
                    entity: row.get(1)?,
                    record_id: row.get(2)?,
                    field: row.get(3)?,
                    tier,
                    exact: text
                        .zip(whole_query)
                        .is_some_and(|(t, q)| fold::fold(&t) == q),
                    bm25: row.get(4)?,
                })
            },
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// The statement [`Store::search`] runs for `query` and the values it binds, for the benchmarks' raw twin.
#[cfg(feature = "bench")]
pub(super) fn bound_statement(
    query: &str,
    limit: u32,
) -> Option<(String, Vec<rusqlite::types::Value>)> {
    use rusqlite::types::Value;
    let parsed = SearchQuery::parse(query)?;
    let expressions = parsed.expressions();
    let text = |t: Option<String>| t.map_or(Value::Null, Value::Text);
    Some((
        statement(expressions.skeleton.is_some()),
        vec![
            Value::Text(expressions.exact),
            Value::Text(expressions.prefix),
            text(expressions.skeleton),
            Value::Integer(i64::from(limit.min(MAX_LIMIT))),
            Value::Text(parsed.folded()),
            text(parsed.is_cyrillic().then(|| "*_ru".to_owned())),
        ],
    ))
}

/// `[ru, uz, en]` as produced by the statement; anything else is an empty label.
fn title_from_json(json: &str) -> LocalizedText {
    match serde_json::from_str::<[Option<String>; 3]>(json) {
        Ok([ru, uz, en]) => LocalizedText {
            ru: ru.unwrap_or_default(),
            uz: uz.unwrap_or_default(),
            en: en.unwrap_or_default(),
        },
        Err(_) => LocalizedText::default(),
    }
}

/// `[ru, uz, en, date]` as produced by [`CONTEXT`]; anything else is no context.
fn context_from_json(json: &str) -> (LocalizedText, Option<NaiveDate>) {
    match serde_json::from_str::<[Option<String>; 4]>(json) {
        Ok([ru, uz, en, date]) => (
            LocalizedText {
                ru: ru.unwrap_or_default(),
                uz: uz.unwrap_or_default(),
                en: en.unwrap_or_default(),
            },
            date.and_then(|d| d.parse().ok()),
        ),
        Err(_) => (LocalizedText::default(), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::body::{BodyInput, BodyKind};
    use crate::error::{CoreError, ErrorCode};
    use crate::officer::Role;
    use crate::region::Country;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("council.db")).unwrap();
        (dir, store)
    }

    fn found(store: &Store, query: &str, id: &str) -> bool {
        store
            .search(query, 50)
            .unwrap()
            .iter()
            .any(|hit| hit.record_id == id)
    }

    #[test]
    fn a_refused_write_takes_its_index_change_with_it() {
        let (_dir, mut store) = store();
        let body = store
            .create_body(&BodyInput {
                country: Country::Uz,
                kind: BodyKind::Agency,
                name: LocalizedText {
                    ru: "Агентство по туризму".to_owned(),
                    uz: "Turizm agentligi".to_owned(),
                    en: "Tourism agency".to_owned(),
                },
                region: None,
            })
            .unwrap();
        let id = body.id.to_string();
        // The rename is written (and indexed) inside the transaction, then the write is refused.
        let refused = store.write(Role::Officer, |tx, _| {
            tx.execute(
                "UPDATE bodies SET name_ru = 'Комитет по ёлкам' WHERE id = ?1",
                params![id],
            )?;
            Err::<(), _>(CoreError::new(ErrorCode::InvalidValue, "refused"))
        });
        assert!(refused.is_err());
        assert!(found(&store, "туризм", &id));
        assert!(!found(&store, "елкам", &id));
        let entries: i64 = store
            .conn
            .query_row(
                "SELECT count(*) FROM search_entries WHERE record_id = ?1",
                params![id],
                |row| row.get(0),
            )
            .unwrap();
        assert_eq!(entries, 3);
    }

    #[test]
    fn the_index_agrees_with_its_entries_after_creates_updates_and_deletes() {
        let (_dir, mut store) = store();
        let input = BodyInput {
            country: Country::Ru,
            kind: BodyKind::Ministry,
            name: LocalizedText {
                ru: "Министерство энергетики".to_owned(),
                uz: "Energetika vazirligi".to_owned(),
                en: "Ministry of Energy".to_owned(),
            },
            region: None,
        };
        let body = store.create_body(&input).unwrap();
        let id = body.id.to_string();
        let mut renamed = input.clone();
        renamed.name.en = "Ministry of Energy of Russia".to_owned();
        store.update_body(&id, &renamed).unwrap();
        store.delete_body(&id).unwrap();
        store.restore_body(&id).unwrap();
        // FTS5 compares its index with the content table and fails with a corruption error on any difference.
        store
            .conn
            .execute(
                "INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)",
                [],
            )
            .unwrap();
        assert!(store.check(true).unwrap().ok);
    }

    /// What the one-statement search (ranking in SQL) answers: `entity record field rank` lines.
    fn by_one_statement(store: &Store, query: &str, limit: u32) -> Vec<String> {
        let parsed = SearchQuery::parse(query).unwrap();
        let e = parsed.expressions();
        let mut stmt = store
            .conn
            .prepare(&statement(e.skeleton.is_some()))
            .unwrap();
        stmt.query_map(
            params![
                e.exact,
                e.prefix,
                e.skeleton,
                limit,
                parsed.folded(),
                parsed.is_cyrillic().then_some("*_ru")
            ],
            |row| {
                Ok(format!(
                    "{} {} {} {}",
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, f64>(5)?
                ))
            },
        )
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
    }

    #[test]
    fn ranking_in_rust_with_whole_words_first_answers_as_the_one_statement_does() {
        let (_dir, mut store) = store();
        store
            .load_demo(&crate::demo::DemoOptions {
                scale: crate::demo::Scale::Small,
                seed: 5,
                today: "2026-11-29".parse().unwrap(),
            })
            .unwrap();
        let queries = [
            "loyiha",
            "loyihalar",
            "Samarqand",
            "Самарканд",
            "Фергана",
            "ташкент",
            "toshkent",
            "s",
            "т",
            "mi",
            "министерство",
            "vazirligi",
            "sovet",
            "2027",
            "1/2",
            "Fargʻona viloyati",
            "energetika",
            "регион",
            "hamkorlik",
            "туризм",
        ];
        let mut shortcuts = 0;
        for query in queries {
            for limit in [1, 2, 3, 5, 10, 20, 50] {
                let ours: Vec<String> = store
                    .search(query, limit)
                    .unwrap()
                    .iter()
                    .map(|h| {
                        let stored = match h.lang {
                            Some(lang) => format!("{}_{}", h.field, lang.code()),
                            None => h.field.clone(),
                        };
                        format!("{} {} {} {}", h.entity, h.record_id, stored, h.rank)
                    })
                    .collect();
                let reference = by_one_statement(&store, query, limit);
                assert_eq!(ours, reference, "{query:?}, limit {limit}");
                let parsed = SearchQuery::parse(query).unwrap();
                let mut words = Ranking::new(parsed.is_cyrillic());
                words.add(
                    store
                        .candidates(&parsed.expressions().exact, 0, Some(&parsed.folded()))
                        .unwrap(),
                );
                shortcuts += usize::from(words.is_full(limit as usize));
            }
        }
        assert!(
            shortcuts > 20,
            "the whole-word shortcut was taken only {shortcuts} times"
        );
    }

    #[test]
    fn labels_that_are_not_three_texts_are_empty() {
        assert_eq!(title_from_json("nonsense"), LocalizedText::default());
        assert_eq!(
            title_from_json(r#"["а", null, "c"]"#),
            LocalizedText {
                ru: "а".to_owned(),
                uz: String::new(),
                en: "c".to_owned()
            }
        );
    }
}
