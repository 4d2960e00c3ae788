//! Demonstration data: the promised sizes, every instruction state, the same data for the same seed.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use council_core::ErrorCode;
use council_core::control::InstructionFilter;
use council_core::demo::{DemoOptions, Scale};
use rusqlite::Connection;

use crate::support::{TestStore, count_rows};

fn options(seed: u64) -> DemoOptions {
    DemoOptions {
        scale: Scale::Small,
        seed,
        today: NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
    }
}

/// The content of the demo tables that does not depend on the wall clock.
fn fingerprint(t: &TestStore) -> Vec<String> {
    let conn = Connection::open(&t.path).unwrap();
    let mut rows = Vec::new();
    for sql in [
        "SELECT id || name_uz || coalesce(region_id, '') FROM bodies",
        "SELECT id || lead_body_id FROM instructions",
        "SELECT id || uz_region_id || ru_region_id || since FROM pairings",
        "SELECT id || kind || coalesce(ordinal, '') || starts_at || status || title_uz FROM sessions",
        "SELECT id || session_id || coalesce(parent_id, '') || position || title_ru || duration_min FROM agenda_items",
        "SELECT id || number || text_uz FROM decisions",
        "SELECT id || number || due_on || state || coalesce(removed_on, '') FROM instructions",
        "SELECT instruction_id || seq || old_due_on || new_due_on FROM instruction_extensions",
        "SELECT id || value_minor || currency FROM projects",
    ] {
        let mut stmt = conn.prepare(&format!("{sql} ORDER BY 1")).unwrap();
        rows.extend(
            stmt.query_map([], |r| r.get::<_, String>(0))
                .unwrap()
                .map(Result::unwrap),
        );
    }
    rows
}

#[test]
fn the_small_set_is_a_believable_year() {
    let mut t = TestStore::new();
    let counts = t.store.load_demo(&options(1)).unwrap();
    assert_eq!(
        (counts.pairings, counts.sessions, counts.instructions),
        (10, 6, 60)
    );
    assert!(counts.agenda_items >= 36 && counts.decisions > 0);
    let today = options(1).today;
    let all = t
        .store
        .list_instructions(&InstructionFilter::default(), today)
        .unwrap();
    let states: BTreeSet<&str> = all.iter().map(|i| i.state.code()).collect();
    assert_eq!(states.len(), 5, "every state: {states:?}");
    assert!(all.iter().any(|i| i.overdue), "some are overdue");
    assert!(
        all.iter().any(|i| i.extension_count > 0),
        "some were extended"
    );
    let removed = all.iter().filter(|i| i.state.code() == "removed");
    assert!(
        removed
            .clone()
            .all(|i| i.report_count == 1 && i.removed_on.is_some())
    );
    let uz_texts: Vec<&str> = all.iter().map(|i| i.text.uz.as_str()).collect();
    assert!(
        uz_texts
            .iter()
            .all(|text| !text.contains(['\'', '\u{2018}', '\u{2019}']))
    );
    assert!(uz_texts.iter().any(|text| text.contains('\u{02BB}')));
}

#[test]
fn the_same_seed_gives_the_same_data_and_another_seed_other_data() {
    let mut a = TestStore::new();
    let mut b = TestStore::new();
    let mut c = TestStore::new();
    a.store.load_demo(&options(7)).unwrap();
    b.store.load_demo(&options(7)).unwrap();
    c.store.load_demo(&options(8)).unwrap();
    assert_eq!(fingerprint(&a), fingerprint(&b));
    assert_ne!(fingerprint(&a), fingerprint(&c));
}

#[test]
fn demo_data_goes_only_into_an_empty_database() {
    let mut t = TestStore::new();
    t.store
        .create_pairing(&crate::support::pairing("UZ-SA", "RU-SVE"))
        .unwrap();
    let error = t.store.load_demo(&options(1)).unwrap_err();
    assert_eq!(error.code, ErrorCode::DatabaseNotEmpty);
    assert_eq!(count_rows(&t, "sessions"), 0);
}

/// Reported by an officer: the demonstration data had no regional executors, though a regions council's instructions mostly go
/// to them.
#[test]
fn every_paired_region_has_its_administration_and_many_instructions_go_to_them() {
    use council_core::body::BodyKind;
    use council_core::{Country, PairingFilter};
    let t = TestStore::demo(1);
    let bodies = t.store.list_bodies(None, false).unwrap();
    let regional: Vec<_> = bodies
        .iter()
        .filter(|b| b.kind == BodyKind::RegionalAdministration)
        .collect();
    for pairing in t.store.list_pairings(&PairingFilter::default()).unwrap() {
        for (region, country, word) in [
            (pairing.uz_region.id, Country::Uz, "Khokimiyat of "),
            (pairing.ru_region.id, Country::Ru, "Government of "),
        ] {
            let body = regional
                .iter()
                .find(|b| b.region_id == Some(region))
                .unwrap_or_else(|| panic!("no administration of {region}"));
            assert_eq!(body.country, country);
            assert!(body.name.en.starts_with(word), "{}", body.name.en);
            assert!(!body.name.ru.is_empty() && !body.name.uz.is_empty());
        }
    }
    let all = t
        .store
        .list_instructions(&InstructionFilter::default(), options(1).today)
        .unwrap();
    let to_regions = all
        .iter()
        .filter(|i| regional.iter().any(|b| b.id == i.lead_body_id))
        .count();
    assert!(
        to_regions * 2 >= all.len(),
        "{to_regions} of {} instructions go to regional administrations",
        all.len()
    );
}

/// The first start's demonstration register: made once beside the real one, marked, and never made over a
/// register that is not a demonstration.
#[test]
fn the_demonstration_register_is_made_once_marked_and_never_over_real_records() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("council.db");
    let store = council_core::Store::open(&real).unwrap();
    assert!(store.register_is_empty().unwrap());
    assert!(!store.about().unwrap().demonstration);

    let demo = council_core::paths::demonstration_db(&real);
    assert_eq!(demo, dir.path().join("demonstration").join("council.db"));
    council_core::Store::prepare_demonstration(&demo).unwrap();
    let shown = council_core::Store::open(&demo).unwrap();
    assert!(!shown.register_is_empty().unwrap());
    assert!(shown.about().unwrap().demonstration);
    let sessions = shown
        .list_sessions(&council_core::session::SessionFilter::default())
        .unwrap()
        .len();
    drop(shown);
    // A second call keeps what is there.
    council_core::Store::prepare_demonstration(&demo).unwrap();
    let again = council_core::Store::open(&demo).unwrap();
    assert_eq!(
        again
            .list_sessions(&council_core::session::SessionFilter::default())
            .unwrap()
            .len(),
        sessions
    );
    drop(again);
    // The real register is untouched, and a register with real records is never filled.
    assert!(store.register_is_empty().unwrap());
    let mut loaded = council_core::Store::open(&dir.path().join("other.db")).unwrap();
    loaded.load_demo(&options(2)).unwrap();
    drop(loaded);
    let refused =
        council_core::Store::prepare_demonstration(&dir.path().join("other.db")).unwrap_err();
    assert_eq!(refused.code, ErrorCode::DatabaseNotEmpty);
}
