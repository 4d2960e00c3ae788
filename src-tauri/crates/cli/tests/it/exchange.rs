//! Two desks on two database files exchange their work through `council site`, `council peers` and
//! `council exchange`, with real card and package files.

use std::path::PathBuf;

use serde_json::Value;

use crate::support::Council;

/// A desk: its database and a folder for the files it hands the other.
struct Desk {
    council: Council,
    files: tempfile::TempDir,
}

impl Desk {
    /// Prepares a package for `peer` into the file `name` of this desk's folder.
    fn prepare(&self, peer: &str, name: &str) -> PathBuf {
        let package = self.file(name);
        self.council
            .ok(&["exchange", "prepare", "--to", peer, "--out", path(&package)]);
        package
    }

    fn named(en: &str, uz: &str, country: &str) -> Desk {
        let council = Council::new();
        council.ok(&[
            "site",
            "init",
            "--name-ru",
            &format!("Секретариат ({en})"),
            "--name-uz",
            uz,
            "--name-en",
            en,
            "--country",
            country,
        ]);
        Desk {
            council,
            files: tempfile::tempdir().unwrap(),
        }
    }

    fn file(&self, name: &str) -> PathBuf {
        self.files.path().join(name)
    }

    fn ok(&self, args: &[&str]) -> Value {
        self.council.ok(args).json()
    }
}

fn path(file: &std::path::Path) -> &str {
    file.to_str().unwrap()
}

/// The desks exchange their cards, each checking the fingerprint `peers add` prints against the one the
/// other's `site card` printed (read aloud over the phone).
fn meet(tashkent: &Desk, moscow: &Desk) {
    let (card_t, card_m) = (tashkent.file("tashkent.card"), moscow.file("moscow.card"));
    let read_t = tashkent.ok(&["site", "card", "--out", path(&card_t), "--json"]);
    let read_m = moscow.ok(&["site", "card", "--out", path(&card_m), "--json"]);
    let added_m = tashkent.ok(&["peers", "add", path(&card_m), "--json"]);
    let added_t = moscow.ok(&["peers", "add", path(&card_t), "--json"]);
    // What each side reads aloud over the phone is what the other sees when adding the card.
    assert_eq!(added_m["fingerprint"], read_m["fingerprint"]);
    assert_eq!(added_t["fingerprint"], read_t["fingerprint"]);
    assert_eq!(added_m["name"]["en"], "Moscow");
}

fn pairings(desk: &Desk) -> usize {
    desk.ok(&["pairings", "list", "--json"])
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn a_package_prepared_on_one_desk_brings_its_register_to_the_other() {
    let tashkent = Desk::named("Tashkent", "Toshkent kotibiyati", "UZ");
    let moscow = Desk::named("Moscow", "Moskva kotibiyati", "RU");
    meet(&tashkent, &moscow);
    tashkent.council.ok(&["demo", "--today", "2026-11-29"]);
    let demo_pairings = pairings(&tashkent);
    assert!(demo_pairings > 0);

    let package = tashkent.file("to-moscow.cdpkg");
    let prepared = tashkent.ok(&[
        "exchange",
        "prepare",
        "--to",
        "moscow",
        "--out",
        path(&package),
        "--json",
    ]);
    assert_eq!(prepared["number"], 1);
    assert!(prepared["entries"].as_u64().unwrap() > 0);
    assert_eq!(
        prepared["bytes"].as_u64().unwrap(),
        std::fs::metadata(&package).unwrap().len()
    );

    // A dry run tells what would come and changes nothing.
    let looked = moscow.ok(&["exchange", "receive", path(&package), "--dry-run", "--json"]);
    assert_eq!(looked["dry_run"], true);
    assert_eq!(
        looked["report"]["created"]["pairing"].as_u64().unwrap() as usize,
        demo_pairings
    );
    assert_eq!(pairings(&moscow), 0);
    assert_eq!(
        moscow.ok(&["peers", "list", "--json"])[0]["last_received"],
        0
    );

    let received = moscow.ok(&["exchange", "receive", path(&package), "--json"]);
    assert_eq!(received["number"], 1);
    assert_eq!(received["peer"]["name"]["en"], "Tashkent");
    assert!(
        received["report"]["created"]["instruction"]
            .as_u64()
            .unwrap()
            > 10
    );
    assert_eq!(pairings(&moscow), demo_pairings);
    assert_eq!(
        moscow.ok(&["instructions", "list", "--json"]),
        tashkent.ok(&["instructions", "list", "--json"])
    );

    // Each side's status: what was sent, what was received, nothing to review.
    let status = tashkent.ok(&["exchange", "status", "--json"]);
    assert_eq!(status["site"]["name"]["en"], "Tashkent");
    assert_eq!(status["peers"][0]["last_sent"], 1);
    assert_eq!(status["conflicts"], 0);
    let status = moscow.ok(&["exchange", "status", "--json"]);
    assert_eq!(status["peers"][0]["last_received"], 1);
    assert!(status["peers"][0]["last_received_at"].is_string());
    let shown = moscow.council.ok(&["exchange", "status"]).stdout;
    assert!(shown.contains("Moscow (RU)"), "{shown}");
    assert!(shown.contains("received: 1 ("), "{shown}");

    // The same file again is refused, with its code and a failure status.
    let replayed = moscow.council.run(&["exchange", "receive", path(&package)]);
    assert_eq!(replayed.code, 1);
    assert!(
        replayed
            .stderr
            .contains("Package 1 from this site was already received")
            && replayed.stderr.contains("[package_replayed]"),
        "{}",
        replayed.stderr
    );
    assert_eq!(pairings(&moscow), demo_pairings);
}

#[test]
fn a_package_changed_by_one_byte_is_refused_and_changes_nothing() {
    let tashkent = Desk::named("Tashkent", "Toshkent", "UZ");
    let moscow = Desk::named("Moscow", "Moskva", "RU");
    meet(&tashkent, &moscow);
    tashkent.council.ok(&["demo", "--today", "2026-11-29"]);
    let package = tashkent.prepare("Moscow", "p1");
    let mut bytes = std::fs::read(&package).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    std::fs::write(&package, &bytes).unwrap();

    for dry_run in [true, false] {
        let mut args = vec!["exchange", "receive", path(&package)];
        args.extend(dry_run.then_some("--dry-run"));
        let refused = moscow.council.run(&args);
        assert_eq!(refused.code, 1);
        assert!(refused.stdout.is_empty(), "{}", refused.stdout);
        assert!(
            refused.stderr.contains("[package_damaged]"),
            "{}",
            refused.stderr
        );
    }
    assert_eq!(pairings(&moscow), 0);
    assert_eq!(
        moscow.ok(&["peers", "list", "--json"])[0]["last_received"],
        0
    );
}

#[test]
fn naming_the_site_again_renames_it_and_keeps_its_id() {
    let desk = Council::new();
    let unnamed = desk.ok(&["site", "show", "--json"]).json();
    assert_eq!(unnamed["named"], false);
    assert!(unnamed["fingerprint"].is_null());
    // An unnamed site has no card.
    let dir = tempfile::tempdir().unwrap();
    let card = dir.path().join("card");
    let refused = desk.run(&["site", "card", "--out", path(&card)]);
    assert_eq!(refused.code, 1);
    assert!(
        refused.stderr.contains("[site_unnamed]"),
        "{}",
        refused.stderr
    );

    desk.ok(&[
        "site",
        "init",
        "--name-en",
        "Venue laptop",
        "--country",
        "UZ",
    ]);
    let printed = desk.ok(&["site", "card", "--out", path(&card)]).stdout;
    assert!(printed.contains("read aloud over the phone"), "{printed}");
    desk.ok(&["site", "init", "--name-uz", "Majlis joyi noutbuki"]);
    let renamed = desk.ok(&["site", "show", "--json"]).json();
    assert_eq!(renamed["id"], unnamed["id"]);
    assert_eq!(renamed["named"], true);
    assert_eq!(renamed["name"]["en"], "Venue laptop");
    assert_eq!(renamed["name"]["uz"], "Majlis joyi noutbuki");
    assert_eq!(renamed["country"], "UZ");
    // The fingerprint shown is the one the card printed.
    let fingerprint = renamed["fingerprint"].as_str().unwrap();
    assert!(printed.contains(fingerprint), "{printed}");
    let shown = desk.ok(&["--lang", "uz", "site", "show"]).stdout;
    assert!(shown.contains("Majlis joyi noutbuki (UZ)"), "{shown}");
    assert!(
        shown.contains(&format!("kalit izi: {fingerprint}")),
        "{shown}"
    );
}

#[test]
fn the_same_field_changed_on_both_desks_is_listed_for_review_and_can_be_swapped() {
    let tashkent = Desk::named("Tashkent", "Toshkent", "UZ");
    let moscow = Desk::named("Moscow", "Moskva", "RU");
    meet(&tashkent, &moscow);
    let pairing = tashkent.ok(&["pairings", "add", "UZ-SA", "RU-KDA", "--json"])["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let first = tashkent.prepare("Moscow", "1");
    moscow.council.ok(&["exchange", "receive", path(&first)]);

    tashkent.council.ok(&[
        "pairings",
        "update",
        &pairing,
        "--contacts",
        "Tashkent desk",
    ]);
    moscow
        .council
        .ok(&["pairings", "update", &pairing, "--contacts", "Moscow desk"]);
    let answer = moscow.prepare("Tashkent", "answer");
    let received = tashkent.ok(&["exchange", "receive", path(&answer), "--json"]);
    assert_eq!(received["report"]["conflicts"], 1);
    assert_eq!(received["review"][0]["field"], "contacts");

    let conflicts = tashkent.ok(&["exchange", "conflicts", "--json"]);
    assert_eq!(conflicts.as_array().unwrap().len(), 1);
    let listed = tashkent.council.ok(&["exchange", "conflicts"]).stdout;
    assert!(
        listed.contains("(Moscow)") && listed.contains("(Tashkent)"),
        "{listed}"
    );
    let kept = tashkent.ok(&["pairings", "show", &pairing, "--json"])["contacts"].clone();
    let id = conflicts[0]["id"].as_str().unwrap();
    let no_choice = tashkent.council.run(&["exchange", "review", id]);
    assert_eq!(no_choice.code, 2);
    tashkent.council.ok(&["exchange", "review", id, "--swap"]);
    let now = tashkent.ok(&["pairings", "show", &pairing, "--json"])["contacts"].clone();
    assert_ne!(now, kept);
    assert!(["Tashkent desk", "Moscow desk"].contains(&now.as_str().unwrap()));
    assert_eq!(
        tashkent.ok(&["exchange", "status", "--json"])["conflicts"],
        0
    );
}

#[test]
fn a_package_for_a_peer_nobody_added_is_not_written() {
    let tashkent = Desk::named("Tashkent", "Toshkent", "UZ");
    let package = tashkent.file("p");
    let refused = tashkent.council.run(&[
        "exchange",
        "prepare",
        "--to",
        "Moscow",
        "--out",
        path(&package),
    ]);
    assert_eq!(refused.code, 1);
    assert!(
        refused.stderr.contains("[not_found, peer]"),
        "{}",
        refused.stderr
    );
    assert!(!package.exists());
}

#[test]
fn a_package_that_never_arrived_is_named_and_the_next_one_brings_its_changes() {
    let tashkent = Desk::named("Tashkent", "Toshkent", "UZ");
    let moscow = Desk::named("Moscow", "Moskva", "RU");
    meet(&tashkent, &moscow);
    tashkent.council.ok(&["pairings", "add", "UZ-SA", "RU-KDA"]);
    let lost = tashkent.prepare("Moscow", "lost");
    tashkent.council.ok(&["pairings", "add", "UZ-AN", "RU-TA"]);
    let second = tashkent.prepare("Moscow", "second");

    let looked = moscow
        .council
        .ok(&["exchange", "receive", path(&second), "--dry-run"])
        .stdout;
    assert!(
        looked
            .contains("Package 2 from Tashkent: what it would do (dry run, nothing was changed).")
            && looked.contains("created:\n  Pairing  2\n"),
        "{looked}"
    );
    assert_eq!(pairings(&moscow), 0);
    let received = moscow
        .council
        .ok(&["exchange", "receive", path(&second)])
        .stdout;
    assert!(
        received.contains("Package 2 from Tashkent received.")
            && received
                .contains("Package 1 from Tashkent never arrived; its changes came in this one."),
        "{received}"
    );
    assert_eq!(pairings(&moscow), 2);
    // The lost one, found later, brings nothing new and is refused.
    let late = moscow.council.run(&["exchange", "receive", path(&lost)]);
    assert_eq!(late.code, 1);
    assert!(
        late.stderr.contains("[package_replayed]"),
        "{}",
        late.stderr
    );
}

#[test]
fn a_session_handed_over_is_numbered_by_the_other_desk_and_shows_number_pending_here() {
    let tashkent = Desk::named("Tashkent", "Toshkent kotibiyati", "UZ");
    let moscow = Desk::named("Moscow", "Moskva kotibiyati", "RU");
    meet(&tashkent, &moscow);
    tashkent.council.ok(&["demo", "--today", "2026-11-29"]);
    let package = tashkent.prepare("moscow", "first.cdpkg");
    moscow.council.ok(&["exchange", "receive", path(&package)]);

    // Only the desk that numbers the session may hand it over.
    let refused =
        moscow
            .council
            .run(&["exchange", "hand-over", "--session", "1", "--to", "moscow"]);
    assert_ne!(refused.code, 0);
    assert!(
        refused.stderr.contains("only that site can hand"),
        "{}",
        refused.stderr
    );

    let handed = tashkent.ok(&[
        "exchange",
        "hand-over",
        "--session",
        "1",
        "--to",
        "Moscow",
        "--json",
    ]);
    let moscow_id = moscow.ok(&["site", "show", "--json"])["id"].clone();
    assert_eq!(handed["numbering_site"], moscow_id);

    let add = [
        "decisions",
        "add",
        "1",
        "--text-ru",
        "Принять к сведению",
        "--json",
    ];
    let waiting = tashkent.ok(&add);
    assert_eq!(waiting["number_pending"], true);
    assert_eq!(waiting["number"], "");
    let listed = tashkent.council.ok(&["decisions", "list", "1"]).stdout;
    assert!(listed.contains("number pending"), "{listed}");

    // Moscow gives it the next number when it receives it, and the number comes back.
    let package = tashkent.prepare("moscow", "second.cdpkg");
    moscow.council.ok(&["exchange", "receive", path(&package)]);
    let package = moscow.prepare("tashkent", "back.cdpkg");
    tashkent
        .council
        .ok(&["exchange", "receive", path(&package)]);
    let id = waiting["id"].as_str().unwrap();
    let numbered = tashkent.ok(&["decisions", "show", id, "--json"]);
    assert_eq!(numbered["number_pending"], false);
    assert!(numbered["number"].as_str().unwrap().starts_with("1/"));
    assert!(
        !tashkent
            .council
            .ok(&["decisions", "list", "1"])
            .stdout
            .contains("number pending")
    );
}
