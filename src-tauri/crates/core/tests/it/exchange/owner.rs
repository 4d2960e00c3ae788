//! The same field changed on two sites: an informed change wins; of two concurrent changes the value of the
//! record's owning site (the site that made it) wins; the other value stays in the history and on the review
//! list. Delete against edit keeps the edit in the trash copy and is listed.

use rusqlite::Connection;

use super::{a_pairing_on_both_sites, dump, send};
use crate::support::TestStore;

/// Whether the record's history on this site holds `value` in one of its "after" states.
fn history_holds(t: &TestStore, id: &str, value: &str) -> bool {
    t.store.history("pairing", id).unwrap().iter().any(|entry| {
        entry
            .after
            .as_ref()
            .is_some_and(|after| after.to_string().contains(value))
    })
}

#[test]
fn concurrent_changes_of_one_field_keep_the_owning_sites_value_even_when_the_other_came_later() {
    // Tashkent made the pairing; both change its Uzbek note without knowing of the other, Moscow later.
    let (mut tashkent, mut moscow, made) = a_pairing_on_both_sites();
    let id = made.id.to_string();
    let mut here = made.to_input();
    here.notes.uz = "Toshkent yozuvi".to_owned();
    tashkent.store.update_pairing(&id, &here).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    let mut there = made.to_input();
    there.notes.uz = "Moskva yozuvi".to_owned();
    moscow.store.update_pairing(&id, &there).unwrap();

    send(&mut moscow.store, &mut tashkent.store);
    send(&mut tashkent.store, &mut moscow.store);
    for t in [&tashkent, &moscow] {
        assert_eq!(t.store.pairing(&id).unwrap().notes.uz, "Toshkent yozuvi");
        let listed = t.store.exchange_conflicts().unwrap();
        assert_eq!(listed.len(), 1, "{listed:?}");
        assert_eq!(listed[0].kind, "pairing");
        assert_eq!(listed[0].field, "notes_uz");
        assert_eq!(listed[0].kept.as_deref(), Some("\"Toshkent yozuvi\""));
        assert_eq!(listed[0].kept_site, tashkent.store.site_id());
        assert_eq!(listed[0].other.as_deref(), Some("\"Moskva yozuvi\""));
        assert_eq!(listed[0].other_site, moscow.store.site_id());
        // Nothing is silently lost: the other value is in the record's history.
        assert!(history_holds(t, &id, "Moskva yozuvi"));
    }
    assert_eq!(dump(&tashkent.path), dump(&moscow.path));

    // An officer in Moscow swaps: Moscow's value becomes a change made knowing Tashkent's, and travels.
    let conflict = moscow.store.exchange_conflicts().unwrap()[0].id.clone();
    moscow.store.review_conflict(&conflict, true).unwrap();
    assert!(moscow.store.exchange_conflicts().unwrap().is_empty());
    send(&mut moscow.store, &mut tashkent.store);
    for t in [&tashkent, &moscow] {
        assert_eq!(t.store.pairing(&id).unwrap().notes.uz, "Moskva yozuvi");
    }
    assert_eq!(tashkent.store.exchange_conflicts().unwrap().len(), 1);
    assert_eq!(dump(&tashkent.path), dump(&moscow.path));
}

#[test]
fn a_change_made_knowing_the_owners_value_wins_even_against_a_clock_running_ahead() {
    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    super::meet(&mut [&mut tashkent, &mut moscow]);
    let made = tashkent
        .store
        .create_pairing(&crate::support::pairing("UZ-SA", "RU-SVE"))
        .unwrap();
    let id = made.id.to_string();
    // Tashkent's clock runs years ahead: its pairing is stamped 2099.
    let conn = Connection::open(&tashkent.path).unwrap();
    conn.execute_batch(
        "UPDATE exchange_log SET at = '2099-01-01T00:00:00.000Z';
         UPDATE record_sites SET at = '2099-01-01T00:00:00.000Z';",
    )
    .unwrap();
    drop(conn);
    send(&mut tashkent.store, &mut moscow.store);

    // Moscow, holding Tashkent's pairing, changes its note: an informed change, by Moscow's clock earlier.
    let mut there = made.to_input();
    there.notes.uz = "Moskva yozuvi".to_owned();
    moscow.store.update_pairing(&id, &there).unwrap();
    send(&mut moscow.store, &mut tashkent.store);
    send(&mut tashkent.store, &mut moscow.store);
    for t in [&tashkent, &moscow] {
        assert_eq!(t.store.pairing(&id).unwrap().notes.uz, "Moskva yozuvi");
        assert!(t.store.exchange_conflicts().unwrap().is_empty());
    }
    assert_eq!(dump(&tashkent.path), dump(&moscow.path));
}

#[test]
fn a_record_deleted_on_one_side_and_edited_on_the_other_keeps_the_edit_in_the_trash_and_is_listed()
{
    let (mut tashkent, mut moscow, made) = a_pairing_on_both_sites();
    let id = made.id.to_string();

    tashkent.store.delete_pairing(&id).unwrap();
    let mut there = made.to_input();
    there.contacts = "Moscow's contact".to_owned();
    moscow.store.update_pairing(&id, &there).unwrap();
    send(&mut tashkent.store, &mut moscow.store);
    send(&mut moscow.store, &mut tashkent.store);
    for t in [&tashkent, &moscow] {
        let pairing = t.store.pairing(&id).unwrap();
        assert!(pairing.deleted_at.is_some());
        assert_eq!(pairing.contacts, "Moscow's contact");
        let listed = t.store.exchange_conflicts().unwrap();
        assert_eq!(listed.len(), 1, "{listed:?}");
        assert_eq!(listed[0].field, "deleted_at");
        assert_eq!(listed[0].kept_site, tashkent.store.site_id());
        assert_eq!(listed[0].other_site, moscow.store.site_id());
    }
    assert_eq!(dump(&tashkent.path), dump(&moscow.path));

    // Swapping takes the record out of the trash, with the edit.
    let conflict = moscow.store.exchange_conflicts().unwrap()[0].id.clone();
    moscow.store.review_conflict(&conflict, true).unwrap();
    send(&mut moscow.store, &mut tashkent.store);
    for t in [&tashkent, &moscow] {
        let pairing = t.store.pairing(&id).unwrap();
        assert!(pairing.deleted_at.is_none());
        assert_eq!(pairing.contacts, "Moscow's contact");
    }
}

#[test]
fn three_sites_agree_when_a_change_that_knew_the_owners_meets_a_later_one_that_did_not() {
    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    let mut venue = TestStore::new();
    super::meet(&mut [&mut tashkent, &mut moscow, &mut venue]);
    let made = tashkent
        .store
        .create_pairing(&crate::support::pairing("UZ-SA", "RU-SVE"))
        .unwrap();
    let id = made.id.to_string();
    send(&mut tashkent.store, &mut moscow.store);
    send(&mut tashkent.store, &mut venue.store);

    // Tashkent, the owner, changes the note and tells the venue, which changes it again knowing Tashkent's;
    // Moscow, knowing neither, changes it last of all.
    let note = |t: &mut TestStore, text: &str| {
        let mut input = made.to_input();
        input.notes.uz = text.to_owned();
        t.store.update_pairing(&id, &input).unwrap();
    };
    note(&mut tashkent, "Toshkent yozuvi");
    send(&mut tashkent.store, &mut venue.store);
    note(&mut venue, "Sayt yozuvi");
    std::thread::sleep(std::time::Duration::from_millis(5));
    note(&mut moscow, "Moskva yozuvi");

    // Whatever the order: every site keeps the venue's change (it knew the owner's; Moscow's did not).
    send(&mut moscow.store, &mut tashkent.store);
    send(&mut venue.store, &mut moscow.store);
    send(&mut tashkent.store, &mut venue.store);
    send(&mut moscow.store, &mut venue.store);
    send(&mut venue.store, &mut tashkent.store);
    send(&mut tashkent.store, &mut moscow.store);
    for t in [&tashkent, &moscow, &venue] {
        assert_eq!(t.store.pairing(&id).unwrap().notes.uz, "Sayt yozuvi");
        assert!(history_holds(t, &id, "Moskva yozuvi"));
    }
    assert_eq!(dump(&tashkent.path), dump(&moscow.path));
    assert_eq!(dump(&venue.path), dump(&moscow.path));
    let listed: Vec<_> = [&tashkent, &moscow, &venue]
        .iter()
        .flat_map(|t| t.store.exchange_conflicts().unwrap())
        .collect();
    assert!(
        listed
            .iter()
            .any(|c| c.other.as_deref() == Some("\"Moskva yozuvi\""))
    );
}

#[test]
fn a_database_of_schema_12_finds_the_change_that_wrote_each_field() {
    let (mut tashkent, mut moscow, made) = a_pairing_on_both_sites();
    let id = made.id.to_string();
    let mut there = made.to_input();
    there.contacts = "Moscow's contact".to_owned();
    moscow.store.update_pairing(&id, &there).unwrap();
    let moscow_id = moscow.store.site_id().to_owned();
    let edit = moscow.store.held_vector().unwrap()[&moscow_id];
    send(&mut moscow.store, &mut tashkent.store);

    // The database as schema 12 left it: writers by site and instant only (and no officers, schema 14, nor the exchange indexes, schema 15).
    drop(tashkent.store);
    let conn = Connection::open(&tashkent.path).unwrap();
    conn.execute_batch(
        "ALTER TABLE exchange_log DROP COLUMN seen; ALTER TABLE exchange_waiting DROP COLUMN seen;
         ALTER TABLE record_sites DROP COLUMN seq; ALTER TABLE field_writers DROP COLUMN seq;
         ALTER TABLE field_writers DROP COLUMN owner_seen; DROP TABLE officers;
         DROP INDEX agenda_items_by_parent; DROP INDEX decisions_by_agenda_item;
         DROP TABLE indicator_values; DROP TABLE indicators; DROP TABLE instruction_reminders;",
    )
    .unwrap();
    for table in [
        "audit_log",
        "instruction_events",
        "instruction_extensions",
        "instruction_edits",
    ] {
        for column in [
            "officer_id",
            "officer_ru",
            "officer_uz",
            "officer_en",
            "site",
        ] {
            if table != "audit_log" || column != "site" {
                conn.execute_batch(&format!("ALTER TABLE {table} DROP COLUMN {column};"))
                    .unwrap();
            }
        }
    }
    conn.pragma_update(None, "user_version", 12).unwrap();
    drop(conn);
    tashkent.store = council_core::Store::open(&tashkent.path).unwrap();

    let conn = Connection::open(&tashkent.path).unwrap();
    let writers: Vec<(String, i64, i64)> = conn
        .prepare("SELECT site, seq, owner_seen FROM field_writers WHERE record_key = ?1")
        .unwrap()
        .query_map([&id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(!writers.is_empty());
    assert!(
        writers.iter().all(|w| *w == (moscow_id.clone(), edit, 0)),
        "{writers:?}"
    );
    let made_by: i64 = conn
        .query_row(
            "SELECT seq FROM record_sites WHERE tbl = 'pairings' AND record_key = ?1",
            [&id],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(made_by, 1);
}
