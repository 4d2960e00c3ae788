//! Upgrades: a database of every schema version ever written opens with this build, migrates, and keeps
//! its data. The fixtures are described in `tests/fixtures/README.md`.

use council_core::control::InstructionFilter;
use council_core::{PairingFilter, SCHEMA_VERSION, Store};

/// A copy of a fixture in a temporary directory (the fixture itself is never written).
fn copy_of(name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../tests/fixtures")
        .join(name);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("council.db");
    std::fs::copy(&fixture, &path).unwrap();
    (dir, path)
}

#[test]
fn schema_1_upgrades_with_its_pairings_trash_and_region_edits() {
    let (_dir, path) = copy_of("schema-1.db");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert!(store.check(true).unwrap().ok);
    let live = store.list_pairings(&PairingFilter::default()).unwrap();
    assert_eq!(live.len(), 1);
    assert_eq!(live[0].uz_region.iso_code.as_deref(), Some("UZ-SA"));
    assert_eq!(live[0].sectors, ["culture", "tourism"]);
    assert_eq!(
        live[0].notes.uz,
        "Qo\u{02BB}shma loyihalar va ta\u{02BC}lim"
    );
    let trash = store.trash().unwrap();
    assert_eq!(trash.len(), 1);
    assert!(trash[0].label.ru.contains("Ташкент"));
    assert_eq!(store.region("UZ-TK").unwrap().name.en, "Tashkent (capital)");
    assert!(
        store
            .list_regions(&council_core::RegionFilter::default())
            .unwrap()
            .iter()
            .any(|r| r.name.en == "Baikonur")
    );
}

#[test]
fn schema_2_upgrades_with_its_sessions_and_execution_control() {
    let (_dir, path) = copy_of("schema-2.db");
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert!(store.check(true).unwrap().ok);
    let today = "2026-11-29".parse().unwrap();
    let all = store
        .list_instructions(&InstructionFilter::default(), today)
        .unwrap();
    assert_eq!(all.len(), 59, "60 demo instructions, one in the trash");
    store.restore_instruction("1/3.4", today).unwrap();
    let restored = store.instruction("1/3.4", today).unwrap();
    assert_eq!(restored.due_on.to_string(), "2027-05-01");
    assert_eq!(restored.extension_count, 1);
    let sessions = store
        .list_sessions(&council_core::session::SessionFilter::default())
        .unwrap();
    assert_eq!(sessions.len(), 6);
    let council = sessions.iter().find(|s| s.ordinal == Some(1)).unwrap();
    assert!(
        !store
            .agenda(&council.id.to_string(), None)
            .unwrap()
            .entries
            .is_empty()
    );
}

#[test]
fn schema_3_upgrades_with_its_search_index_and_trashed_decision() {
    let (_dir, path) = copy_of("schema-3.db");
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert!(store.check(true).unwrap().ok);
    let hits = store.search("Фаргона", 20).unwrap();
    assert!(
        hits.iter().any(|h| h.title.en.contains("Fergana")),
        "the search index of schema 3 still answers across scripts"
    );
    let trash = store.trash().unwrap();
    assert_eq!(trash.len(), 1);
    assert!(trash[0].label.ru.starts_with("1/4 "));
    store
        .restore_from_trash(
            &trash[0].entity,
            &trash[0].id,
            "2026-11-29".parse().unwrap(),
        )
        .unwrap();
    assert!(store.trash().unwrap().is_empty());
}

#[test]
fn schema_4_upgrades_with_its_attachments_and_backup_setting() {
    let (_dir, path) = copy_of("schema-4.db");
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    // The fixture is the database file alone: the full check finds it sound and names the content
    // files it does not come with.
    let report = store.check(true).unwrap();
    assert!(!report.attachments.is_empty());
    assert_eq!(
        report.messages.len(),
        report.attachments.len(),
        "{report:?}"
    );
    assert!(store.check(false).unwrap().ok);
    let decision = "019f0d07-2581-77ea-a75f-b84e840a03ab";
    let live = store
        .attachments(council_core::attachment::OwnerKind::Decision, decision)
        .unwrap();
    assert_eq!(live.len(), 1);
    assert_eq!(live[0].name, "Qaror loyihasi.txt");
    assert_eq!(live[0].size, 42);
    assert_eq!(store.backups_keep().unwrap(), 12);
    let trash = store.trash().unwrap();
    assert_eq!(trash.len(), 1);
    assert_eq!(trash[0].entity, "attachment");
    store
        .restore_from_trash("attachment", &trash[0].id, "2026-11-29".parse().unwrap())
        .unwrap();
    let restored = store
        .attachments(council_core::attachment::OwnerKind::Decision, decision)
        .unwrap();
    assert_eq!(restored.len(), 2);
}

#[test]
fn schema_5_upgrades_with_its_series_and_holidays() {
    let (_dir, path) = copy_of("schema-5.db");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert!(store.check(true).unwrap().ok);
    let series = store.list_series().unwrap();
    assert_eq!(series.len(), 1);
    assert_eq!(
        series[0].template.title.uz,
        "Transport bo\u{02BB}yicha ishchi guruh"
    );
    assert_eq!(series[0].exceptions, ["2027-02-09".parse().unwrap()]);
    let dates: Vec<String> = store
        .series(&series[0].id.to_string())
        .unwrap()
        .occurrences
        .iter()
        .map(|o| o.date.to_string())
        .collect();
    assert_eq!(
        dates,
        [
            "2027-01-12",
            "2027-01-26",
            "2027-02-23",
            "2027-03-09",
            "2027-03-23"
        ]
    );
    let holidays = store
        .list_holidays(&council_core::holiday::HolidayFilter {
            year: Some(2027),
            country: Some(council_core::region::Country::Uz),
            deleted: false,
        })
        .unwrap();
    let extra = holidays.iter().find(|h| h.date == "2027-01-04").unwrap();
    assert_eq!(extra.name.uz, "Qo\u{02BB}shimcha dam olish kuni");
}

#[test]
fn schema_6_upgrades_with_the_same_execution_rates() {
    let (_dir, path) = copy_of("schema-6.db");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    // The full check includes the execution tallies the upgrade filled, against a recount.
    assert!(store.check(true).unwrap().ok);
    let today = "2026-11-29".parse().unwrap();
    let totals = |rates: &[council_core::control::ExecutionRate]| {
        rates.iter().fold((0, 0, 0, 0), |t, r| {
            (
                t.0 + r.counted,
                t.1 + r.on_time,
                t.2 + r.late,
                t.3 + r.overdue,
            )
        })
    };
    // The figures the schema-6 build printed for this file (tests/fixtures/README.md), but for one overdue
    // instruction that was reported on time: it now awaits review and is no longer counted overdue.
    let by_body = store
        .execution_rates(council_core::control::RateBy::Body, today)
        .unwrap();
    assert_eq!(by_body.len(), 21);
    assert_eq!(totals(&by_body), (24, 16, 4, 3));
    assert_eq!(by_body[0].label.ru, "Госкорпорация «Росатом»");
    assert_eq!(
        (
            by_body[0].counted,
            by_body[0].on_time,
            by_body[0].late,
            by_body[0].overdue
        ),
        (2, 0, 0, 1)
    );
    let by_pairing = store
        .execution_rates(council_core::control::RateBy::Pairing, today)
        .unwrap();
    assert_eq!(by_pairing.len(), 4);
    assert_eq!(totals(&by_pairing), (24, 16, 4, 3));
    assert_eq!(
        by_pairing[0].label.uz,
        "Farg\u{02BB}ona viloyati — Tatariston Respublikasi"
    );
    assert_eq!(
        (
            by_pairing[0].counted,
            by_pairing[0].on_time,
            by_pairing[0].late,
            by_pairing[0].overdue
        ),
        (3, 1, 1, 1)
    );
    let summary = store.control_summary(today).unwrap();
    // One of the four past due was reported on time: it awaits review and is not overdue.
    assert_eq!(
        (
            summary.open,
            summary.overdue,
            summary.due_within_7_days,
            summary.awaiting_review
        ),
        (31, 3, 1, 9)
    );
}

#[test]
fn an_old_databases_basis_title_becomes_its_russian_title_and_the_others_are_missing() {
    let (_dir, path) = copy_of("schema-1.db");
    let store = Store::open(&path).unwrap();
    assert!(store.check(true).unwrap().ok);
    let live = store.list_pairings(&PairingFilter::default()).unwrap();
    let title = &live[0].basis.title;
    assert_eq!(title.ru, "Соглашение о побратимских связях");
    assert_eq!((title.uz.as_str(), title.en.as_str()), ("", ""));
    // The search index was rebuilt from the new columns: the title still finds its pairing, in Russian.
    let hits = store.search("побратимских", 20).unwrap();
    let hit = hits
        .iter()
        .find(|h| h.record_id == live[0].id.to_string())
        .expect("the basis title finds the pairing");
    assert_eq!(
        (hit.field.as_str(), hit.lang),
        ("basis_title", Some(council_core::Lang::Ru))
    );
}
