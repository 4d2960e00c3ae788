//! Two sites on two database files exchange real package files: what one recorded shows on the other,
//! attachments with their content; a package that is replayed, addressed elsewhere, changed by one byte or
//! from a stranger is refused and changes nothing.

use std::path::{Path, PathBuf};

use council_core::attachment::OwnerKind;
use council_core::site::SiteInput;
use council_core::{Country, ErrorCode, LocalizedText, Store};
use council_exchange::{
    add_peer_from_card, prepare_package, receive_package, receive_package_with_progress,
    save_site_card,
};
use tempfile::TempDir;

struct Desk {
    store: Store,
    dir: TempDir,
}

impl Desk {
    fn new(en: &str, uz: &str, country: Country, demo: bool) -> Desk {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("council.db")).unwrap();
        if demo {
            store
                .load_demo(&council_core::demo::DemoOptions {
                    scale: council_core::demo::Scale::Small,
                    seed: 3,
                    today: chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
                })
                .unwrap();
        }
        store
            .name_site(&SiteInput {
                name: LocalizedText {
                    ru: format!("Секретариат ({en})"),
                    uz: uz.to_owned(),
                    en: en.to_owned(),
                },
                country,
            })
            .unwrap();
        Desk { store, dir }
    }

    fn file(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("council.db")
    }
}

/// The two desks exchange their cards.
fn meet(a: &mut Desk, b: &mut Desk) {
    let card_a = a.file("a.card");
    let card_b = b.file("b.card");
    save_site_card(&mut a.store, &card_a).unwrap();
    save_site_card(&mut b.store, &card_b).unwrap();
    add_peer_from_card(&mut a.store, &card_b).unwrap();
    add_peer_from_card(&mut b.store, &card_a).unwrap();
}

fn count(db: &Path, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(sql, [], |row| row.get(0)).unwrap()
}

#[test]
fn a_package_file_carries_the_register_and_attachment_contents_to_the_other_site() {
    let mut tashkent = Desk::new("Tashkent", "Toshkent kotibiyati", Country::Uz, true);
    let mut moscow = Desk::new("Moscow", "Moskva kotibiyati", Country::Ru, false);
    meet(&mut tashkent, &mut moscow);
    let agreement: String = rusqlite::Connection::open(tashkent.db())
        .unwrap()
        .query_row("SELECT id FROM agreements LIMIT 1", [], |row| row.get(0))
        .unwrap();
    let scan = tashkent.file("kelishuv matni.pdf");
    std::fs::write(&scan, "%PDF-1.4 oʻzbekcha matn".as_bytes()).unwrap();
    tashkent
        .store
        .attach_file(OwnerKind::Agreement, &agreement, &scan)
        .unwrap();

    let package = tashkent.file("to-moscow.cdpkg");
    let prepared = prepare_package(&mut tashkent.store, "Moscow", &package).unwrap();
    assert_eq!((prepared.number, prepared.blobs), (1, 1));
    let received = receive_package(&mut moscow.store, &package, false).unwrap();
    assert_eq!(received.number, 1);
    assert!(received.report.created["instruction"] > 10);

    for sql in [
        "SELECT count(*) FROM instructions",
        "SELECT count(*) FROM decisions",
        "SELECT count(*) FROM execution_reports",
        "SELECT count(*) FROM audit_log",
    ] {
        assert_eq!(
            count(&tashkent.db(), sql),
            count(&moscow.db(), sql),
            "{sql}"
        );
    }
    let attached = moscow
        .store
        .attachments(OwnerKind::Agreement, &agreement)
        .unwrap();
    assert_eq!(attached.len(), 1);
    let copy = moscow.file("copy.pdf");
    moscow
        .store
        .export_attachment(&attached[0].id.to_string(), &copy, false)
        .unwrap();
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        "%PDF-1.4 oʻzbekcha matn".as_bytes()
    );

    // The peer's status: Tashkent's next package carries nothing Moscow lacks once Moscow answers.
    let answer = moscow.file("to-tashkent.cdpkg");
    prepare_package(&mut moscow.store, "Tashkent", &answer).unwrap();
    receive_package(&mut tashkent.store, &answer, false).unwrap();
    let peer = &tashkent.store.peers().unwrap()[0];
    assert_eq!(
        (peer.last_sent, peer.last_received, peer.waiting),
        (1, 1, 0)
    );
}

#[test]
fn a_package_received_twice_is_refused_as_replayed() {
    let mut tashkent = Desk::new("Tashkent", "Toshkent", Country::Uz, true);
    let mut moscow = Desk::new("Moscow", "Moskva", Country::Ru, false);
    meet(&mut tashkent, &mut moscow);
    let package = tashkent.file("p1");
    prepare_package(&mut tashkent.store, "moscow", &package).unwrap();
    receive_package(&mut moscow.store, &package, false).unwrap();
    let error = receive_package(&mut moscow.store, &package, false).unwrap_err();
    assert_eq!(error.code, ErrorCode::PackageReplayed);
}

#[test]
fn a_package_changed_by_one_byte_is_refused_and_changes_nothing() {
    let mut tashkent = Desk::new("Tashkent", "Toshkent", Country::Uz, true);
    let mut moscow = Desk::new("Moscow", "Moskva", Country::Ru, false);
    meet(&mut tashkent, &mut moscow);
    let package = tashkent.file("p1");
    prepare_package(&mut tashkent.store, "Moscow", &package).unwrap();
    let mut bytes = std::fs::read(&package).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    std::fs::write(&package, &bytes).unwrap();

    let before = count(&moscow.db(), "SELECT count(*) FROM pairings");
    let error = receive_package(&mut moscow.store, &package, false).unwrap_err();
    assert_eq!(error.code, ErrorCode::PackageDamaged);
    assert_eq!(count(&moscow.db(), "SELECT count(*) FROM pairings"), before);
    assert_eq!(moscow.store.peers().unwrap()[0].last_received, 0);
}

#[test]
fn a_package_for_another_site_or_from_a_stranger_is_refused() {
    let mut tashkent = Desk::new("Tashkent", "Toshkent", Country::Uz, true);
    let mut moscow = Desk::new("Moscow", "Moskva", Country::Ru, false);
    let mut venue = Desk::new("Venue", "Majlis joyi", Country::Uz, false);
    meet(&mut tashkent, &mut moscow);
    meet(&mut tashkent, &mut venue);
    let package = tashkent.file("for-moscow");
    prepare_package(&mut tashkent.store, "Moscow", &package).unwrap();
    let error = receive_package(&mut venue.store, &package, false).unwrap_err();
    assert_eq!(error.code, ErrorCode::PackageForOtherSite);

    // The venue never met Moscow: a package from Moscow is from a stranger.
    let mut stranger = Desk::new("Stranger", "Begona", Country::Ru, false);
    meet(&mut stranger, &mut tashkent);
    let from_stranger = stranger.file("p");
    prepare_package(&mut stranger.store, "Tashkent", &from_stranger).unwrap();
    let error = receive_package(&mut venue.store, &from_stranger, false).unwrap_err();
    assert_eq!(error.code, ErrorCode::PeerUnknown);
}

#[test]
fn a_site_without_a_name_makes_no_card() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("council.db")).unwrap();
    let error = save_site_card(&mut store, &dir.path().join("card")).unwrap_err();
    assert_eq!(error.code, ErrorCode::SiteUnnamed);
}

#[test]
fn a_dry_run_tells_what_would_change_and_changes_nothing() {
    let mut tashkent = Desk::new("Tashkent", "Toshkent", Country::Uz, true);
    let mut moscow = Desk::new("Moscow", "Moskva", Country::Ru, false);
    meet(&mut tashkent, &mut moscow);
    let package = tashkent.file("p1");
    prepare_package(&mut tashkent.store, "Moscow", &package).unwrap();
    let looked = receive_package(&mut moscow.store, &package, true).unwrap();
    assert!(looked.report.created["pairing"] > 0);
    assert_eq!(count(&moscow.db(), "SELECT count(*) FROM pairings"), 0);
    // Then the real thing, same file.
    let received = receive_package(&mut moscow.store, &package, false).unwrap();
    assert_eq!(received.report, looked.report);
}

#[test]
fn receiving_tells_how_many_of_the_package_changes_are_done() {
    let mut tashkent = Desk::new("Tashkent", "Toshkent kotibiyati", Country::Uz, false);
    let mut moscow = Desk::new("Moscow", "Moskva kotibiyati", Country::Ru, false);
    meet(&mut tashkent, &mut moscow);
    for n in 0..3 {
        tashkent
            .store
            .create_body(&council_core::body::BodyInput {
                country: Country::Uz,
                kind: council_core::body::BodyKind::Agency,
                name: LocalizedText {
                    ru: format!("Агентство {n}"),
                    uz: format!("Agentlik {n}"),
                    en: format!("Agency {n}"),
                },
                region: None,
            })
            .unwrap();
    }
    let package = tashkent.file("to-moscow.cdpkg");
    let prepared = prepare_package(&mut tashkent.store, "Moscow", &package).unwrap();
    assert_eq!(prepared.entries, 3);

    let mut told = Vec::new();
    let received = receive_package_with_progress(&mut moscow.store, &package, false, |progress| {
        told.push((progress.done, progress.total));
    })
    .unwrap();
    assert_eq!(received.report.applied, 3);
    assert_eq!(told, [(0, 3), (1, 3), (2, 3), (3, 3)]);
}
