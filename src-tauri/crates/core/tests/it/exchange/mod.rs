//! The exchange between sites, store side: changes captured from every write, applied once and in order at
//! the peer, relayed to a third site, merged field by field (the same field: see `owner`).

use council_core::site::{ApplyReport, ChangeEntry};
use council_core::{Country, LocalizedText, Store};
use rusqlite::{Connection, OpenFlags};

use crate::support::{TestStore, pairing};

mod numbers;
mod owner;
mod props;
mod search;
mod writes;

fn named(t: &mut TestStore, en: &str, country: Country) {
    t.store
        .name_site(&council_core::site::SiteInput {
            name: LocalizedText {
                ru: format!("{en} (ru)"),
                uz: format!("{en} (oʻz)"),
                en: en.to_owned(),
            },
            country,
        })
        .unwrap();
}

/// Each site knows the others as peers (what their cards carry).
pub(crate) fn meet(sites: &mut [&mut TestStore]) {
    let known: Vec<_> = sites.iter().map(|t| t.store.site().unwrap()).collect();
    for t in sites.iter_mut() {
        for other in &known {
            if other.id != t.store.site_id() {
                t.store
                    .add_peer(
                        &other.id,
                        &other.name,
                        other.country.unwrap_or(Country::Uz),
                        &"ab".repeat(32),
                    )
                    .unwrap();
            }
        }
    }
}

/// What a package from `from` to `to` carries: its number, receipts and changes.
fn package(from: &Store, to: &Store) -> (i64, council_core::site::Vector, Vec<ChangeEntry>) {
    let plan = from.plan_package(to.site_id()).unwrap();
    let mut entries = Vec::new();
    from.outgoing_changes(to.site_id(), plan.through, |entry| {
        entries.push(entry);
        Ok(())
    })
    .unwrap();
    assert_eq!(plan.entries as usize, entries.len());
    (plan.number, plan.receipts, entries)
}

fn deliver(
    to: &mut Store,
    from: &str,
    (number, receipts, entries): (i64, council_core::site::Vector, Vec<ChangeEntry>),
) -> ApplyReport {
    to.receive_package(from, number, &receipts, false, |receiving| {
        entries
            .into_iter()
            .try_for_each(|entry| receiving.entry(entry))
    })
    .unwrap()
}

/// One package from `from` to `to`, made, recorded as sent and applied.
pub(crate) fn send(from: &mut Store, to: &mut Store) -> ApplyReport {
    let made = package(from, to);
    from.package_sent(to.site_id(), made.0).unwrap();
    let from_id = from.site_id().to_owned();
    deliver(to, &from_id, made)
}

/// Every shared table of a database as sorted text rows, for comparing two sites' registers. The shipped
/// reference rows each site loads itself differ only in when they were loaded.
fn dump(path: &std::path::Path) -> Vec<String> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let tables = [
        "pairings",
        "pairing_sectors",
        "bodies",
        "people",
        "sessions",
        "session_events",
        "session_people",
        "agenda_versions",
        "agenda_items",
        "agenda_item_presenters",
        "agreements",
        "agreement_parties",
        "projects",
        "decisions",
        "decision_revisions",
        "instructions",
        "instruction_co_executors",
        "instruction_extensions",
        "instruction_events",
        "instruction_reminders",
        "execution_reports",
        "attachments",
        "indicators",
        "indicator_values",
    ];
    let mut rows = crate::support::dump_tables(path, &tables);
    let audit: i64 = conn
        .query_row("SELECT count(*) FROM audit_log", [], |row| row.get(0))
        .unwrap();
    rows.push(format!("audit rows: {audit}"));
    rows
}

#[test]
fn a_whole_register_reaches_the_other_site_and_both_hold_the_same() {
    let mut tashkent = TestStore::demo(7);
    let mut moscow = TestStore::new();
    named(&mut tashkent, "Tashkent", Country::Uz);
    named(&mut moscow, "Moscow", Country::Ru);
    meet(&mut [&mut tashkent, &mut moscow]);

    let report = send(&mut tashkent.store, &mut moscow.store);
    assert!(report.applied >= 1);
    assert!(report.created["instruction"] > 10, "{report:?}");
    assert_eq!(report.conflicts, 0);
    assert_eq!(dump(&tashkent.path), dump(&moscow.path));
    // The derived data was rebuilt by the receiver: the control list counts what was sent.
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    assert_eq!(
        moscow
            .store
            .list_instructions(&council_core::control::InstructionFilter::default(), today)
            .unwrap()
            .len(),
        tashkent
            .store
            .list_instructions(&council_core::control::InstructionFilter::default(), today)
            .unwrap()
            .len()
    );
}

#[test]
fn work_done_on_both_sides_meets_and_nothing_is_sent_twice() {
    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    meet(&mut [&mut tashkent, &mut moscow]);
    let ours = tashkent
        .store
        .create_pairing(&pairing("UZ-SA", "RU-SVE"))
        .unwrap();
    let theirs = moscow
        .store
        .create_pairing(&pairing("UZ-BU", "RU-TA"))
        .unwrap();

    send(&mut tashkent.store, &mut moscow.store);
    send(&mut moscow.store, &mut tashkent.store);
    assert_eq!(dump(&tashkent.path), dump(&moscow.path));
    assert!(tashkent.store.pairing(&theirs.id.to_string()).is_ok());
    assert!(moscow.store.pairing(&ours.id.to_string()).is_ok());

    // Moscow's package acknowledged Tashkent's change: nothing is waiting, the next package is empty.
    assert_eq!(
        tashkent
            .store
            .plan_package(moscow.store.site_id())
            .unwrap()
            .entries,
        0
    );
    assert_eq!(tashkent.store.peers().unwrap()[0].waiting, 0);
}

#[test]
fn a_package_received_twice_is_refused_and_its_changes_apply_once() {
    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    meet(&mut [&mut tashkent, &mut moscow]);
    tashkent
        .store
        .create_pairing(&pairing("UZ-SA", "RU-SVE"))
        .unwrap();
    let made = package(&tashkent.store, &moscow.store);
    let from = tashkent.store.site_id().to_owned();
    deliver(&mut moscow.store, &from, made.clone());
    let before = dump(&moscow.path);

    let again = moscow
        .store
        .receive_package(&from, made.0, &made.1, false, |_| Ok(()))
        .unwrap_err();
    assert_eq!(again.code, council_core::ErrorCode::PackageReplayed);

    // The same changes under a new number (the sender never heard back): held already, nothing changes.
    let report = deliver(&mut moscow.store, &from, (made.0 + 1, made.1, made.2));
    assert_eq!((report.applied, report.already_held), (0, 1));
    assert_eq!(dump(&moscow.path), before);
}

#[test]
fn a_package_from_a_site_that_is_not_a_peer_changes_nothing() {
    let mut moscow = TestStore::new();
    let error = moscow
        .store
        .receive_package(
            "0190-not-a-peer",
            1,
            &council_core::site::Vector::default(),
            false,
            |_| Ok(()),
        )
        .unwrap_err();
    assert_eq!(error.code, council_core::ErrorCode::PeerUnknown);
}

#[test]
fn changes_that_arrive_out_of_order_wait_for_the_missing_one() {
    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    meet(&mut [&mut tashkent, &mut moscow]);
    let first = tashkent
        .store
        .create_pairing(&pairing("UZ-SA", "RU-SVE"))
        .unwrap();
    tashkent
        .store
        .create_pairing(&pairing("UZ-BU", "RU-TA"))
        .unwrap();
    let (number, receipts, entries) = package(&tashkent.store, &moscow.store);
    assert_eq!(entries.len(), 2);
    let from = tashkent.store.site_id().to_owned();

    let report = deliver(
        &mut moscow.store,
        &from,
        (number, receipts.clone(), vec![entries[1].clone()]),
    );
    assert_eq!((report.applied, report.waiting), (0, 1));
    assert_eq!(report.missing[&from], 1);
    assert!(moscow.store.pairing(&first.id.to_string()).is_err());

    let report = deliver(
        &mut moscow.store,
        &from,
        (number + 1, receipts, vec![entries[0].clone()]),
    );
    assert_eq!((report.applied, report.waiting), (2, 0));
    assert_eq!(dump(&tashkent.path), dump(&moscow.path));
}

#[test]
fn a_third_site_receives_the_first_sites_work_through_the_second() {
    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    let mut venue = TestStore::new();
    meet(&mut [&mut tashkent, &mut moscow, &mut venue]);
    tashkent
        .store
        .create_pairing(&pairing("UZ-SA", "RU-SVE"))
        .unwrap();
    venue
        .store
        .create_pairing(&pairing("UZ-BU", "RU-TA"))
        .unwrap();

    send(&mut tashkent.store, &mut moscow.store);
    send(&mut venue.store, &mut moscow.store);
    send(&mut moscow.store, &mut venue.store);
    send(&mut moscow.store, &mut tashkent.store);
    assert_eq!(dump(&tashkent.path), dump(&moscow.path));
    assert_eq!(dump(&venue.path), dump(&moscow.path));

    // Tashkent and the venue never met directly, and have nothing left to send each other.
    let report = send(&mut venue.store, &mut tashkent.store);
    assert_eq!(report.applied, 0);
}

/// Tashkent and Moscow, met, both holding a pairing Tashkent made.
fn a_pairing_on_both_sites() -> (TestStore, TestStore, council_core::Pairing) {
    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    meet(&mut [&mut tashkent, &mut moscow]);
    let made = tashkent
        .store
        .create_pairing(&pairing("UZ-SA", "RU-SVE"))
        .unwrap();
    send(&mut tashkent.store, &mut moscow.store);
    (tashkent, moscow, made)
}

#[test]
fn two_sites_changing_different_fields_both_win() {
    let (mut tashkent, mut moscow, made) = a_pairing_on_both_sites();
    let id = made.id.to_string();

    let mut here = made.to_input();
    here.contacts = "Каримов А., +998 71 000-00-00".to_owned();
    tashkent.store.update_pairing(&id, &here).unwrap();
    let mut there = made.to_input();
    there.notes.uz = "Hamkorlik yoʻl xaritasi 2027".to_owned();
    moscow.store.update_pairing(&id, &there).unwrap();

    send(&mut tashkent.store, &mut moscow.store);
    send(&mut moscow.store, &mut tashkent.store);
    for t in [&tashkent, &moscow] {
        let pairing = t.store.pairing(&id).unwrap();
        assert_eq!(pairing.contacts, "Каримов А., +998 71 000-00-00");
        assert_eq!(pairing.notes.uz, "Hamkorlik yoʻl xaritasi 2027");
        assert!(t.store.exchange_conflicts().unwrap().is_empty());
    }
    assert_eq!(dump(&tashkent.path), dump(&moscow.path));
}

#[test]
fn the_history_of_a_record_made_elsewhere_names_its_site() {
    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    meet(&mut [&mut tashkent, &mut moscow]);
    let made = tashkent
        .store
        .create_pairing(&pairing("UZ-SA", "RU-SVE"))
        .unwrap();
    send(&mut tashkent.store, &mut moscow.store);
    let history = moscow
        .store
        .history("pairing", &made.id.to_string())
        .unwrap();
    assert_eq!(history.len(), 1);
    let conn = Connection::open(&moscow.path).unwrap();
    let site: Option<String> = conn
        .query_row("SELECT site FROM audit_log", [], |row| row.get(0))
        .unwrap();
    assert_eq!(site.as_deref(), Some(tashkent.store.site_id()));
}

#[test]
fn a_record_made_elsewhere_says_where_and_one_made_here_says_nothing() {
    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    named(&mut tashkent, "Tashkent", Country::Uz);
    named(&mut moscow, "Moscow", Country::Ru);
    meet(&mut [&mut tashkent, &mut moscow]);
    let made = tashkent
        .store
        .create_pairing(&pairing("UZ-SA", "RU-SVE"))
        .unwrap();
    let id = made.id.to_string();
    assert_eq!(tashkent.store.record_origin("pairing", &id).unwrap(), None);
    send(&mut tashkent.store, &mut moscow.store);
    let origin = moscow
        .store
        .record_origin("pairing", &id.to_uppercase())
        .unwrap()
        .expect("made in Tashkent");
    assert_eq!(origin.site, tashkent.store.site_id());
    assert_eq!(origin.name.map(|n| n.uz), Some("Tashkent (oʻz)".to_owned()));
    // An edit in Moscow does not make the record Moscow's.
    let mut input = made.to_input();
    input.contacts = "Moscow desk".to_owned();
    moscow.store.update_pairing(&id, &input).unwrap();
    assert!(
        moscow
            .store
            .record_origin("pairing", &id)
            .unwrap()
            .is_some()
    );
    let refused = moscow
        .store
        .record_origin("pairing_sector", &id)
        .unwrap_err();
    assert_eq!(refused.code, council_core::ErrorCode::InvalidValue);
}

#[test]
fn a_dry_run_reports_and_changes_nothing() {
    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    meet(&mut [&mut tashkent, &mut moscow]);
    tashkent
        .store
        .create_pairing(&pairing("UZ-SA", "RU-SVE"))
        .unwrap();
    let (number, receipts, entries) = package(&tashkent.store, &moscow.store);
    let before = dump(&moscow.path);
    let from = tashkent.store.site_id().to_owned();
    let report = moscow
        .store
        .receive_package(&from, number, &receipts, true, |receiving| {
            entries.into_iter().try_for_each(|e| receiving.entry(e))
        })
        .unwrap();
    assert_eq!(report.created["pairing"], 1);
    assert_eq!(dump(&moscow.path), before);
    assert_eq!(moscow.store.peer(&from).unwrap().last_received, 0);
}

#[test]
fn a_register_from_before_sites_travels_whole_in_the_first_package() {
    let mut tashkent = TestStore::demo(11);
    // The database as an upgrade from schema 10 finds it: records and history, no site, an empty log.
    drop(tashkent.store);
    {
        let conn = Connection::open(&tashkent.path).unwrap();
        conn.execute_batch(
            "DELETE FROM exchange_log; DELETE FROM record_sites; DELETE FROM field_writers; DELETE FROM site;",
        )
        .unwrap();
    }
    tashkent.store = Store::open(&tashkent.path).unwrap();
    let mut moscow = TestStore::new();
    meet(&mut [&mut tashkent, &mut moscow]);

    let report = send(&mut tashkent.store, &mut moscow.store);
    assert!(report.created["instruction"] > 10, "{report:?}");
    assert_eq!(dump(&tashkent.path), dump(&moscow.path));
    // Opened again, nothing is added twice.
    let held = tashkent.store.held_vector().unwrap();
    tashkent.store = Store::open(&tashkent.path).unwrap();
    assert_eq!(tashkent.store.held_vector().unwrap(), held);
}

#[test]
fn indicator_values_and_targets_travel_and_a_deleted_value_reaches_the_trash_there() {
    use council_core::indicator::IndicatorValueInput;

    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    meet(&mut [&mut tashkent, &mut moscow]);
    let entered = tashkent
        .store
        .add_indicator_value(&IndicatorValueInput {
            indicator_id: "joint_ventures".to_owned(),
            year: 2025,
            quarter: None,
            value: "3 140".to_owned(),
            source: "Investitsiyalar vazirligi maʼlumoti".to_owned(),
            as_of: "2026-02-15".to_owned(),
        })
        .unwrap();
    let target = moscow.store.indicator("trade_turnover").unwrap().indicator;
    moscow
        .store
        .update_indicator(
            "trade_turnover",
            &council_core::indicator::IndicatorInput {
                name: target.name.clone(),
                unit: target.unit,
                measure: target.measure,
                target_kind: target.target_kind,
                target: "32 000".to_owned(),
            },
        )
        .unwrap();

    let report = send(&mut tashkent.store, &mut moscow.store);
    assert_eq!(report.created["indicator_value"], 1, "{report:?}");
    send(&mut moscow.store, &mut tashkent.store);
    assert_eq!(dump(&tashkent.path), dump(&moscow.path));
    let there = moscow.store.indicator("joint_ventures").unwrap();
    assert_eq!(there.current_milli, Some(3_140_000));
    assert_eq!(
        there.values[0].source,
        "Investitsiyalar vazirligi maʼlumoti"
    );
    assert_eq!(
        tashkent
            .store
            .indicator("trade_turnover")
            .unwrap()
            .indicator
            .target_milli,
        Some(32_000_000)
    );

    tashkent
        .store
        .delete_indicator_value(&entered.id.to_string())
        .unwrap();
    send(&mut tashkent.store, &mut moscow.store);
    assert!(
        moscow
            .store
            .indicator("joint_ventures")
            .unwrap()
            .values
            .is_empty()
    );
    assert!(
        moscow
            .store
            .trash()
            .unwrap()
            .iter()
            .any(|e| e.entity == "indicator_value" && e.id == entered.id.to_string())
    );
}

#[test]
fn a_reminder_travels_with_its_instruction_and_each_site_sees_who_sent_it() {
    use council_core::reminder::{ReminderChannel, ReminderRecord, SentLetter};
    let today = crate::support::day("2026-12-07");
    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    named(&mut tashkent, "Tashkent", Country::Uz);
    named(&mut moscow, "Moscow", Country::Ru);
    meet(&mut [&mut tashkent, &mut moscow]);
    let lead = crate::support::ministry(&mut tashkent.store, "Минтранс", Country::Ru);
    let instruction = tashkent
        .store
        .create_instruction(&crate::support::given(&lead, "2026-12-01"), today)
        .unwrap();
    let record = |number: &str| ReminderRecord {
        sent_on: "2026-12-03".to_owned(),
        channel: ReminderChannel::EmailFile,
        letters: vec![SentLetter {
            body_id: lead.id.to_string(),
            letter_number: number.to_owned(),
            instruction_ids: vec![instruction.id.to_string()],
        }],
    };
    tashkent
        .store
        .record_reminders(&record("01-12/1"), today)
        .unwrap();
    send(&mut tashkent.store, &mut moscow.store);

    let key = instruction.id.to_string();
    let history = moscow.store.instruction_history(&key, today).unwrap();
    assert_eq!(history.reminders.len(), 1);
    assert_eq!(history.reminders[0].letter_number, "01-12/1");
    assert_eq!(history.reminders[0].channel, ReminderChannel::EmailFile);
    assert_eq!(
        history.reminders[0].site.as_deref(),
        Some(tashkent.store.site_id())
    );
    assert_eq!(history.instruction.reminder_count, 1);

    // Moscow reminds again; back in Tashkent the instruction counts both, the second one from Moscow.
    moscow
        .store
        .record_reminders(&record("77/2"), today)
        .unwrap();
    send(&mut moscow.store, &mut tashkent.store);
    let history = tashkent.store.instruction_history(&key, today).unwrap();
    assert_eq!(history.instruction.reminder_count, 2);
    let sites: Vec<_> = history.reminders.iter().map(|r| r.site.clone()).collect();
    assert_eq!(sites, [None, Some(moscow.store.site_id().to_owned())]);
    assert_eq!(dump(&tashkent.path), dump(&moscow.path));
}
