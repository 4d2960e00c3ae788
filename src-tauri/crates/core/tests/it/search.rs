//! One search over every register: either script, any apostrophe, the trash and edits, and queries that try
//! to break it.

use chrono::NaiveDate;
use council_core::body::{BodyInput, BodyKind};
use council_core::control::InstructionFilter;
use council_core::{Country, Lang, LocalizedText, MatchKind, SearchHit, Store};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use rusqlite::Connection;

use crate::support::{TestStore, pairing};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

fn demo() -> TestStore {
    TestStore::demo(3)
}

/// Hits as `entity id field` lines, for failure messages.
fn show(hits: &[SearchHit]) -> String {
    hits.iter()
        .map(|h| {
            let snippet: String = h
                .snippet
                .iter()
                .map(|s| {
                    if s.hit {
                        format!("[{}]", s.text)
                    } else {
                        s.text.clone()
                    }
                })
                .collect();
            format!(
                "{} {} {} {:?} {:.3} {snippet}",
                h.entity, h.record_id, h.field, h.matched, h.rank
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn finds(store: &Store, query: &str, id: &str) -> bool {
    store
        .search(query, 100)
        .unwrap()
        .iter()
        .any(|hit| hit.record_id == id)
}

/// The highlighted parts of a hit's snippet.
fn highlighted(hit: &SearchHit) -> Vec<&str> {
    hit.snippet
        .iter()
        .filter(|s| s.hit)
        .map(|s| s.text.as_str())
        .collect()
}

fn body_input(ru: &str, uz: &str, en: &str) -> BodyInput {
    BodyInput {
        country: Country::Uz,
        kind: BodyKind::Agency,
        name: LocalizedText {
            ru: ru.to_owned(),
            uz: uz.to_owned(),
            en: en.to_owned(),
        },
        region: None,
    }
}

/// Region queries in Cyrillic, Uzbek Latin with every apostrophe and English, and the regions they must
/// find first among the regions (in any order).
const REGION_QUERIES: &[(&str, &[&str])] = &[
    ("Самарканд", &["UZ-SA"]),
    ("самарканд", &["UZ-SA"]),
    ("samarqand", &["UZ-SA"]),
    ("Samarkand", &["UZ-SA"]),
    ("Фергана", &["UZ-FA"]),
    ("fargona", &["UZ-FA"]),
    ("farg'ona", &["UZ-FA"]),
    ("farg‘ona", &["UZ-FA"]),
    ("fargʻona", &["UZ-FA"]),
    ("FARG`ONA", &["UZ-FA"]),
    ("Fergana", &["UZ-FA"]),
    ("Фаргона", &["UZ-FA"]),
    ("Ташкент", &["UZ-TK", "UZ-TO"]),
    ("toshkent", &["UZ-TK", "UZ-TO"]),
    ("Tashkent", &["UZ-TK", "UZ-TO"]),
    ("Тошкент", &["UZ-TK", "UZ-TO"]),
    ("Хорезм", &["UZ-XO"]),
    ("Xorazm", &["UZ-XO"]),
    ("Khorezm", &["UZ-XO"]),
    ("Бухара", &["UZ-BU"]),
    ("buxoro", &["UZ-BU"]),
    ("Джизак", &["UZ-JI"]),
    ("Jizzax", &["UZ-JI"]),
    ("qoraqalpogʻiston", &["UZ-QR"]),
    ("Свердловская", &["RU-SVE"]),
    ("Sverdlovsk", &["RU-SVE"]),
    ("uz-sa", &["UZ-SA"]),
];

#[test]
fn regions_are_found_in_either_script_with_any_apostrophe() {
    let t = demo();
    for (query, codes) in REGION_QUERIES {
        let hits = t.store.search(query, 50).unwrap();
        let expected: Vec<String> = codes
            .iter()
            .map(|code| t.store.region(code).unwrap().id.to_string())
            .collect();
        let regions: Vec<&str> = hits
            .iter()
            .filter(|h| h.entity == "region")
            .map(|h| h.record_id.as_str())
            .take(codes.len())
            .collect();
        let mut wanted: Vec<&str> = expected.iter().map(String::as_str).collect();
        let mut got = regions.clone();
        wanted.sort_unstable();
        got.sort_unstable();
        assert_eq!(got, wanted, "{query}:\n{}", show(&hits));
        assert!(
            expected.contains(&hits[0].record_id),
            "{query}: a region comes first:\n{}",
            show(&hits)
        );
    }
}

#[test]
fn the_matching_field_is_named_and_highlighted_as_text() {
    let t = demo();
    let hits = t.store.search("Ферг", 5).unwrap();
    let fargona = &hits[0];
    assert_eq!(fargona.entity, "region");
    assert_eq!(fargona.title.uz, "Fargʻona viloyati");
    assert_eq!(fargona.matched, MatchKind::Prefix);
    // A Cyrillic query shows the Russian name when it matches as well as another.
    assert_eq!(
        (fargona.field.as_str(), fargona.lang),
        ("name", Some(Lang::Ru))
    );
    assert_eq!(highlighted(fargona), ["Ферг"]);
    let hits = t.store.search("Farg", 5).unwrap();
    assert_eq!(
        (hits[0].field.as_str(), hits[0].lang),
        ("name", Some(Lang::Uz)),
        "{}",
        show(&hits)
    );
    assert_eq!(highlighted(&hits[0]), ["Farg"]);

    // A misspelling that only sounds like the name finds it, the whole sounding word highlighted.
    let hits = t.store.search("Фаргана", 20).unwrap();
    let by_sound = &hits[0];
    assert_eq!(by_sound.matched, MatchKind::Skeleton, "{}", show(&hits));
    assert_eq!(by_sound.title.en, "Fergana Region");
    assert_eq!(highlighted(by_sound), ["Ферганская"], "{}", show(&hits));
    // Hits come in rank order, better tiers first.
    assert!(hits.windows(2).all(|w| w[0].rank <= w[1].rank));
    assert!(hits.windows(2).all(|w| w[0].matched <= w[1].matched));
}

#[test]
fn yo_and_ye_and_case_do_not_matter() {
    let mut t = TestStore::new();
    let body = t
        .store
        .create_body(&body_input(
            "Комитет «ЁЛКА»",
            "«Yolka» qoʻmitasi",
            "Fir Tree Committee",
        ))
        .unwrap();
    let id = body.id.to_string();
    for query in [
        "ЁЛКА",
        "елка",
        "ёлка",
        "Елка",
        "ЕЛК",
        "yolka",
        "Ёлка комитет",
    ] {
        assert!(finds(&t.store, query, &id), "{query}");
    }
    let hit = &t.store.search("елка", 1).unwrap()[0];
    assert_eq!(highlighted(hit), ["ЁЛКА"]);
}

#[test]
fn a_body_is_found_by_a_word_of_its_name_in_each_language_and_script() {
    let mut t = demo();
    let body = t
        .store
        .create_body(&body_input(
            "Агентство по развитию пчеловодства",
            "Asalarichilikni rivojlantirish agentligi",
            "Beekeeping Development Agency",
        ))
        .unwrap();
    let id = body.id.to_string();
    for (query, lang) in [
        ("пчеловодства", Lang::Ru),
        ("ПЧЕЛОВОД", Lang::Ru),
        ("asalarichilik", Lang::Uz),
        ("Асаларичилик", Lang::Uz),
        ("beekeeping", Lang::En),
    ] {
        let hits = t.store.search(query, 10).unwrap();
        assert_eq!(hits[0].record_id, id, "{query}:\n{}", show(&hits));
        assert_eq!(hits[0].lang, Some(lang), "{query}");
        assert_eq!(hits[0].title.en, "Beekeeping Development Agency");
    }
    // A demonstration body, by one word of each of its names.
    let energy = t
        .store
        .list_bodies(Some(Country::Uz), false)
        .unwrap()
        .into_iter()
        .find(|b| b.name.en == "Ministry of Energy of Uzbekistan")
        .unwrap();
    for query in [
        "энергетики узбекистан",
        "Energetika vazirligi",
        "energy uzbekistan",
    ] {
        assert!(finds(&t.store, query, &energy.id.to_string()), "{query}");
    }
}

#[test]
fn instructions_and_decisions_are_found_by_their_numbers() {
    let t = demo();
    let instructions = t
        .store
        .list_instructions(&InstructionFilter::default(), today())
        .unwrap();
    for instruction in instructions.iter().step_by(7) {
        let hits = t.store.search(&instruction.number, 5).unwrap();
        assert_eq!(
            hits[0].record_id,
            instruction.id.to_string(),
            "{}:\n{}",
            instruction.number,
            show(&hits)
        );
        assert_eq!(hits[0].field, "number");
        assert_eq!(hits[0].matched, MatchKind::Word);
        assert!(hits[0].title.ru.starts_with(&instruction.number));
    }
    let conn = Connection::open(&t.path).unwrap();
    let (decision, number): (String, String) = conn
        .query_row(
            "SELECT id, number FROM decisions ORDER BY number LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let hits = t.store.search(&number, 5).unwrap();
    assert_eq!(hits[0].record_id, decision, "{number}:\n{}", show(&hits));
    assert_eq!(hits[0].entity, "decision");
}

#[test]
fn every_kind_of_record_is_searched() {
    let t = demo();
    for (query, entity) in [
        ("Hududlar Kengashining", "session"),
        ("заседание Совета регионов", "session"),
        ("Перерыв", "agenda_item"),
        ("Tanaffus", "agenda_item"),
        ("Гулноза", "person"),
        ("Gʻafurov", "person"),
        ("Гафуров", "person"),
        ("Совместный проект", "project"),
        ("Qoʻshma loyiha", "project"),
        ("Uzbekneftegaz", "body"),
        ("Узбекнефтегаз", "body"),
    ] {
        let hits = t.store.search(query, 10).unwrap();
        assert!(
            hits.iter().any(|h| h.entity == entity),
            "{query} finds a {entity}:\n{}",
            show(&hits)
        );
    }
    let conn = Connection::open(&t.path).unwrap();
    for (table, entity) in [
        ("decisions", "decision"),
        ("agreements", "agreement"),
        ("instructions", "instruction"),
    ] {
        let column = if table == "agreements" {
            "title_uz"
        } else {
            "text_uz"
        };
        let (id, text): (String, String) = conn
            .query_row(
                &format!("SELECT id, {column} FROM {table} LIMIT 1"),
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        let hits = t.store.search(&text, 100).unwrap();
        assert!(
            hits.iter().any(|h| h.record_id == id && h.entity == entity),
            "{text}:\n{}",
            show(&hits)
        );
    }
}

#[test]
fn the_trash_is_not_searched_until_restored() {
    let mut t = TestStore::new();
    let created = t.store.create_pairing(&pairing("UZ-FA", "RU-SVE")).unwrap();
    let pairing_id = created.id.to_string();
    let body = t
        .store
        .create_body(&body_input(
            "Хлопковый кластер",
            "Paxta klasteri",
            "Cotton cluster",
        ))
        .unwrap();
    let body_id = body.id.to_string();
    assert!(finds(&t.store, "Фергана Свердловская", &pairing_id));
    assert!(finds(&t.store, "paxta", &body_id));

    t.store.delete_pairing(&pairing_id).unwrap();
    t.store.delete_body(&body_id).unwrap();
    assert!(!finds(&t.store, "Фергана Свердловская", &pairing_id));
    assert!(!finds(&t.store, "Sverdlovsk", &pairing_id));
    assert!(t.store.search("paxta", 10).unwrap().is_empty());

    t.store.restore_pairing(&pairing_id).unwrap();
    t.store.restore_body(&body_id).unwrap();
    assert!(finds(&t.store, "Fargʻona Sverdlovsk", &pairing_id));
    assert!(finds(&t.store, "хлопковый", &body_id));
}

#[test]
fn an_edit_is_found_by_its_new_text_and_not_by_the_old() {
    let mut t = TestStore::new();
    let body = t
        .store
        .create_body(&body_input(
            "Комитет по туризму",
            "Turizm qoʻmitasi",
            "Tourism Committee",
        ))
        .unwrap();
    let id = body.id.to_string();
    t.store
        .update_body(
            &id,
            &body_input(
                "Комитет по паломничеству",
                "Ziyorat qoʻmitasi",
                "Pilgrimage Committee",
            ),
        )
        .unwrap();
    assert!(finds(&t.store, "паломничеству", &id));
    assert!(finds(&t.store, "ziyorat", &id));
    assert!(!finds(&t.store, "туризму", &id));
    assert!(!finds(&t.store, "turizm", &id));

    // A renamed region renames the pairings that join it.
    let created = t.store.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap();
    let region = t.store.region("RU-SVE").unwrap();
    let mut input = council_core::RegionInput {
        country: "RU".to_owned(),
        kind: "region".to_owned(),
        name: council_core::LocalizedText {
            ru: "Уральская область".to_owned(),
            uz: "Ural viloyati".to_owned(),
            en: "Ural Region".to_owned(),
        },
        centre: region.centre.clone(),
        time_zone: region.time_zone.clone(),
    };
    t.store.update_region("RU-SVE", &input).unwrap();
    let pairing_id = created.id.to_string();
    assert!(finds(&t.store, "Samarqand Ural", &pairing_id));
    assert!(!finds(&t.store, "Samarqand Sverdlovsk", &pairing_id));
    input.name.uz = "Sverdlovsk viloyati".to_owned();
    t.store.update_region("RU-SVE", &input).unwrap();
    assert!(finds(&t.store, "Samarqand Sverdlovsk", &pairing_id));
}

#[test]
fn a_database_of_schema_2_gets_its_index_when_it_upgrades() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("council.db");
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../../migrations/0001_regions_pairings.sql"))
            .unwrap();
        conn.execute_batch(include_str!("../../migrations/0002_council_work.sql"))
            .unwrap();
        conn.execute_batch(
            "INSERT INTO bodies (id, country, kind, name_ru, name_uz, name_en, created_at, updated_at, deleted_at)
             VALUES ('0190a000-0000-7000-8000-000000000001', 'UZ', 'agency', 'Агентство шелководства',
                     'Ipakchilik agentligi', 'Silk Agency', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z',
                     NULL),
                    ('0190a000-0000-7000-8000-000000000002', 'UZ', 'agency', 'Агентство хлопководства',
                     'Paxtachilik agentligi', 'Cotton Agency', '2025-01-01T00:00:00.000Z',
                     '2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z');
             PRAGMA user_version = 2;",
        )
        .unwrap();
    }
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        council_core::SCHEMA_VERSION
    );
    let hits = store.search("Ипакчилик", 5).unwrap();
    assert_eq!(hits[0].record_id, "0190a000-0000-7000-8000-000000000001");
    assert!(
        store.search("cotton", 5).unwrap().is_empty(),
        "trashed before the upgrade"
    );
    assert!(!store.search("Самарканд", 5).unwrap().is_empty());
}

#[test]
fn one_letter_finds_that_letter_as_a_word_and_two_find_beginnings() {
    let mut t = demo();
    let lettered = t
        .store
        .create_body(&body_input(
            "Группа «Т» по туризму",
            "«T» guruhi",
            "Group T",
        ))
        .unwrap();
    let worded = t
        .store
        .create_body(&body_input(
            "Тюльпановый фонд",
            "Tulpor jamgʻarmasi",
            "Tulip Fund",
        ))
        .unwrap();
    let (lettered, worded) = (lettered.id.to_string(), worded.id.to_string());
    // The first key pressed: only the letter standing as a word, not every word that begins with it.
    for query in ["т", "T", " т "] {
        let hits = t.store.search(query, 500).unwrap();
        assert!(
            hits.iter().any(|h| h.record_id == lettered),
            "{query}:\n{}",
            show(&hits)
        );
        assert!(
            !hits.iter().any(|h| h.record_id == worded),
            "{query}:\n{}",
            show(&hits)
        );
        assert!(
            hits.iter().all(|h| h.matched == MatchKind::Word),
            "{query}:\n{}",
            show(&hits)
        );
    }
    // The second key: beginnings of words again.
    assert!(finds(&t.store, "тю", &worded));
    assert!(finds(&t.store, "tu", &worded));
}

#[test]
fn empty_and_punctuation_only_queries_find_nothing() {
    let t = TestStore::new();
    for query in [
        "",
        "   ",
        "\"\"",
        "***",
        "()",
        "ʻ",
        "— … —",
        "🙂🙂",
        "\u{0}",
    ] {
        assert_eq!(t.store.search(query, 10).unwrap(), Vec::new(), "{query:?}");
    }
    assert!(t.store.search("Самарканд", 0).unwrap().is_empty());
    assert_eq!(t.store.search("viloyati", 3).unwrap().len(), 3);
}

#[test]
fn fts_syntax_in_a_query_is_only_text() {
    let t = TestStore::new();
    for query in [
        "\"Samarqand",
        "Samarqand\"",
        "NEAR(Samarqand viloyati, 2)",
        "Samarqand OR Buxoro",
        "Samarqand AND",
        "NOT Samarqand",
        "name_uz:Samarqand",
        "{folded skeleton}: samarqand",
        "samarq*",
        "^samarqand",
        "((((samarqand",
        "samarqand))))",
        "- + * : ^ $ @ # % & = ~ \\ / |",
    ] {
        t.store
            .search(query, 10)
            .unwrap_or_else(|e| panic!("{query}: {e:?}"));
    }
    let long = "Самарканд ".repeat(1_000) + &"ʻ\"(*".repeat(2_000);
    assert!(long.chars().count() >= 10_000);
    assert!(!t.store.search(&long, 10).unwrap().is_empty());
}

#[test]
fn any_text_is_a_query_that_neither_panics_nor_fails() {
    let t = TestStore::new();
    let piece = prop_oneof![
        any::<String>(),
        "\\PC{0,12}",
        Just("\"".to_owned()),
        Just("*".to_owned()),
        Just("NEAR".to_owned()),
        Just("(".to_owned()),
        Just(")".to_owned()),
        Just("AND".to_owned()),
        Just("OR".to_owned()),
        Just("NOT".to_owned()),
        Just(":".to_owned()),
        Just("^".to_owned()),
        Just("ʻ".to_owned()),
        Just("🙂".to_owned()),
        Just("Samarqand".to_owned()),
        Just("Фергана".to_owned()),
        Just("\u{0301}".to_owned()),
    ];
    let query = prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat());
    let mut runner = TestRunner::new(Config {
        cases: 400,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&query, |query| {
            t.store
                .search(&query, 20)
                .map_err(|e| TestCaseError::fail(format!("{query:?}: {e:?}")))?;
            Ok(())
        })
        .unwrap();
}

/// Eight results read "Agreement on trade and economic cooperation" alike; each now says whose and when.
#[test]
fn agreements_of_the_same_title_are_told_apart_by_pairing_and_date() {
    let mut t = TestStore::new();
    let samarkand = t.store.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap();
    let fergana = t.store.create_pairing(&pairing("UZ-FA", "RU-OMS")).unwrap();
    let first = t
        .store
        .create_agreement(&crate::support::agreement(&samarkand.id.to_string()))
        .unwrap();
    let mut later = crate::support::agreement(&fergana.id.to_string());
    later.signed_on = Some("2026-09-14".to_owned());
    let second = t.store.create_agreement(&later).unwrap();
    let hits = t.store.search("торгово-экономическом", 20).unwrap();
    let of = |id: String| {
        hits.iter()
            .find(|h| h.entity == "agreement" && h.record_id == id)
            .unwrap_or_else(|| panic!("agreement {id} not found in:\n{}", show(&hits)))
    };
    let (a, b) = (of(first.id.to_string()), of(second.id.to_string()));
    assert_eq!(a.title, b.title);
    assert!(a.context.ru.contains("Самарканд"), "{:?}", a.context);
    assert!(b.context.ru.contains("Ферган"), "{:?}", b.context);
    assert_eq!(a.date, Some(NaiveDate::from_ymd_opt(2026, 5, 27).unwrap()));
    assert_eq!(b.date, Some(NaiveDate::from_ymd_opt(2026, 9, 14).unwrap()));
    // A pairing found by the same words has no context of its own: its title names it.
    let pairing_hit = hits.iter().find(|h| h.entity == "pairing").unwrap();
    assert_eq!(pairing_hit.context, LocalizedText::default());
    assert_eq!(pairing_hit.date, None);
}
