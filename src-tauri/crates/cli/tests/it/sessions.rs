//! `council sessions`, `council agenda` and `council decisions`: the main flows end to end, and refusals that
//! leave the data as it was.

use serde_json::Value;

use crate::support::Council;

/// Adds a council session starting 23:30 in Moscow (01:30 the next day in Tashkent); its id. The date is
/// Qurbon hayit in Uzbekistan, so it is confirmed over that warning.
fn late_moscow_session(council: &Council) -> String {
    let created = council
        .ok(&[
            "sessions",
            "add",
            "--start",
            "2026-05-27 23:30",
            "--zone",
            "Europe/Moscow",
            "--end",
            "2026-05-28 02:00",
            "--title-ru",
            "Заседание Совета регионов",
            "--title-uz",
            "Hududlar Kengashining majlisi",
            "--title-en",
            "Session of the Council of Regions",
            "--city-uz",
            "Moskva",
            "--sector",
            "energy",
            "--confirm",
            "--json",
        ])
        .json();
    assert_eq!(created["ordinal"], 1);
    assert_eq!(created["status"], "draft");
    created["id"].as_str().unwrap().to_owned()
}

#[test]
fn a_session_goes_through_its_statuses_and_shows_both_capitals_clocks() {
    let council = Council::new();
    let id = late_moscow_session(&council);

    let shown = council.ok(&["sessions", "show", "1"]).stdout;
    assert!(
        shown.contains("Tashkent  2026-05-28 01:30–04:00 (+05:00)"),
        "{shown}"
    );
    assert!(
        shown.contains("Moscow    2026-05-27 23:30 – 2026-05-28 02:00"),
        "{shown}"
    );
    let json = council.ok(&["sessions", "show", &id, "--json"]).json();
    assert_eq!(json["start"]["tashkent"]["date"], "2026-05-28");
    assert_eq!(json["start"]["moscow"]["time"], "23:30");
    assert_eq!(
        json["next_statuses"],
        serde_json::json!(["scheduled", "cancelled"])
    );

    council.ok(&["sessions", "schedule", &id]);
    // A refused transition: a scheduled session cannot be held before it is confirmed.
    let before = council.ok(&["sessions", "show", &id, "--json"]).json();
    let refused = council.run(&["sessions", "hold", &id]);
    assert_eq!(refused.code, 1);
    assert!(
        refused.stderr.contains("scheduled → held"),
        "{}",
        refused.stderr
    );
    assert!(
        refused.stderr.contains("[invalid_transition"),
        "{}",
        refused.stderr
    );
    assert_eq!(
        council.ok(&["sessions", "show", &id, "--json"]).json(),
        before
    );

    council.ok(&["sessions", "confirm", &id]);
    let postponed = council
        .ok(&[
            "sessions",
            "postpone",
            &id,
            "--reason",
            "По просьбе сторон",
            "--json",
        ])
        .json();
    assert_eq!(postponed["status"], "postponed");
    assert_eq!(postponed["status_reason"], "По просьбе сторон");
    let no_date = council.run(&["sessions", "schedule", &id]);
    assert!(
        no_date.stderr.contains("[required, new_start]"),
        "{}",
        no_date.stderr
    );
    let rescheduled = council
        .ok(&[
            "sessions",
            "schedule",
            &id,
            "--start",
            "2026-06-10 11:00",
            "--json",
        ])
        .json();
    assert_eq!(rescheduled["status"], "scheduled");
    assert_eq!(rescheduled["start"]["venue"]["date"], "2026-06-10");
    assert_eq!(rescheduled["end"]["venue"]["time"], "13:30");
    let history = council.ok(&["sessions", "show", &id]).stdout;
    assert!(history.contains("confirmed → postponed"), "{history}");
    assert!(
        history.contains("start 2026-05-27 23:30 → 2026-06-10 11:00"),
        "{history}"
    );

    let no_reason = council.run(&["sessions", "cancel", &id, "--reason", " "]);
    assert!(
        no_reason.stderr.contains("[required, reason]"),
        "{}",
        no_reason.stderr
    );
    council.ok(&["sessions", "cancel", &id, "--reason", "Форс-мажор"]);
    let audit = council.ok(&["history", "session", &id, "--json"]).json();
    assert_eq!(audit.as_array().unwrap().len(), 6);
}

#[test]
fn listings_filter_and_numbers_are_never_reused() {
    let council = Council::new();
    let first = late_moscow_session(&council);
    council.ok(&[
        "sessions",
        "add",
        "--kind",
        "working_group",
        "--start",
        "2026-07-01 10:00",
        "--zone",
        "Asia/Tashkent",
        "--title-en",
        "Energy working group",
    ]);
    let list = |args: &[&str]| -> Vec<Value> {
        let mut all = vec!["sessions", "list", "--json"];
        all.extend_from_slice(args);
        council.ok(&all).json().as_array().unwrap().clone()
    };
    assert_eq!(list(&[]).len(), 2);
    assert_eq!(
        list(&["--kind", "working_group"])[0]["ordinal"],
        Value::Null
    );
    assert_eq!(list(&["--from", "2026-05-28"]).len(), 1);
    assert_eq!(list(&["--to", "2026-05-27"])[0]["id"], first.as_str());
    assert!(list(&["--status", "scheduled"]).is_empty());
    let text = council.ok(&["sessions", "list"]).stdout;
    assert!(text.contains("Tashkent 2026-05-28 01:30"), "{text}");
    let bad = council.run(&["sessions", "list", "--status", "finished"]);
    assert!(
        bad.stderr.contains("[invalid_value, status]"),
        "{}",
        bad.stderr
    );

    council.ok(&["sessions", "delete", &first]);
    assert_eq!(list(&["--trash"]).len(), 1);
    let second = council
        .ok(&[
            "sessions",
            "add",
            "--start",
            "2026-09-02 10:00",
            "--zone",
            "Asia/Tashkent",
            "--title-en",
            "Next",
            "--json",
        ])
        .json();
    assert_eq!(second["ordinal"], 2);
    council.ok(&["sessions", "restore", &first]);
    let updated = council
        .ok(&[
            "sessions",
            "update",
            "1",
            "--title-en",
            "Renamed",
            "--clear-sectors",
            "--json",
        ])
        .json();
    assert_eq!(updated["title"]["en"], "Renamed");
    assert_eq!(updated["title"]["uz"], "Hududlar Kengashining majlisi");
    assert_eq!(updated["sectors"], serde_json::json!([]));
}

fn item_id(run: &Value) -> String {
    run["item"]["id"].as_str().unwrap().to_owned()
}

#[test]
fn an_agenda_is_built_approved_locked_and_revised() {
    let council = Council::new();
    let session = late_moscow_session(&council);
    let standing = council.ok(&["agenda", "standing", "1", "--json"]).json();
    assert_eq!(standing["entries"].as_array().unwrap().len(), 3);
    assert_eq!(
        standing["entries"][1]["item"]["kind"],
        "instructions_review"
    );

    let energy = item_id(
        &council
            .ok(&[
                "agenda",
                "add",
                "1",
                "--duration",
                "30",
                "--title-en",
                "Energy",
                "--position",
                "3",
                "--json",
            ])
            .json(),
    );
    let grid = council
        .ok(&[
            "agenda",
            "add",
            "1",
            "--duration",
            "15",
            "--title-en",
            "Grid",
            "--under",
            &energy,
            "--json",
        ])
        .json();
    assert_eq!(grid["number"], "3.1");
    // 23:30 + 10 + 20 + 30 minutes of Energy's own time: the sub-item starts at 00:30 in Moscow.
    assert_eq!(grid["start"]["moscow"]["time"], "00:30");
    assert_eq!(grid["start"]["tashkent"]["time"], "02:30");
    assert_eq!(grid["start"]["moscow"]["date"], "2026-05-28");

    let shown = council.ok(&["agenda", "show", &session]).stdout;
    assert!(shown.contains("3.1"), "{shown}");
    assert!(shown.contains("Tashkent 02:30–02:45"), "{shown}");
    assert!(shown.contains("Moscow 00:30–00:45"), "{shown}");

    let moved = council
        .ok(&["agenda", "move", &energy, "--position", "1", "--json"])
        .json();
    assert_eq!(moved["number"], "1");
    council.ok(&["agenda", "delete", &energy]);
    let numbers: Vec<String> = council
        .ok(&["agenda", "list", "1", "--json"])
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["number"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(numbers, vec!["1", "2", "3"]);
    assert_eq!(
        council
            .ok(&["agenda", "list", "1", "--trash", "--json"])
            .json()[0]["id"],
        energy.as_str()
    );
    let restored = council.ok(&["agenda", "restore", &energy, "--json"]).json();
    assert_eq!(restored["number"], "1");

    council.ok(&["agenda", "approve", "1"]);
    let before = council.ok(&["agenda", "show", "1", "--json"]).json();
    let locked = council.run(&[
        "agenda",
        "add",
        "1",
        "--duration",
        "5",
        "--title-en",
        "Late",
    ]);
    assert_eq!(locked.code, 1);
    assert!(
        locked.stderr.contains("[agenda_locked]"),
        "{}",
        locked.stderr
    );
    assert_eq!(
        council.ok(&["agenda", "show", "1", "--json"]).json(),
        before
    );

    let draft = council.ok(&["agenda", "revise", "1", "--json"]).json();
    assert_eq!(draft["version"], 2);
    council.ok(&[
        "agenda",
        "update",
        &energy,
        "--title-en",
        "Energy and oil",
        "--duration",
        "45",
    ]);
    let first = council
        .ok(&["agenda", "show", "1", "--version", "1", "--json"])
        .json();
    assert_eq!(first["entries"][0]["item"]["title"]["en"], "Energy");
    assert_eq!(first["current"], false);
    let versions = council.ok(&["agenda", "versions", "1", "--json"]).json();
    assert_eq!(versions.as_array().unwrap().len(), 2);
    let text = council
        .ok(&["agenda", "show", "1", "--version", "1"])
        .stdout;
    assert!(text.contains("superseded"), "{text}");

    // The comparison with the current version names the item by its new title and says what changed.
    let compared = council.ok(&["agenda", "compare", "1", "1"]).stdout;
    assert!(
        compared.starts_with("Agenda: version 1 → version 2"),
        "{compared}"
    );
    assert!(
        compared.contains(
            "Energy and oil — retimed: 23:30–00:15, 30 min → 23:30–00:30, 45 min; retitled, was «Energy»"
        ),
        "{compared}"
    );
    let russian = council
        .ok(&["--lang", "ru", "agenda", "compare", "1", "1", "2"])
        .stdout;
    assert!(
        russian.contains("переименован, было «[no ru] Energy»"),
        "{russian}"
    );
    let json = council
        .ok(&["agenda", "compare", "1", "1", "--json"])
        .json();
    assert_eq!(
        json["items"][0]["changes"],
        serde_json::json!(["retimed", "retitled"])
    );
}

#[test]
fn decisions_are_numbered_amended_and_rescinded() {
    let council = Council::new();
    let session = late_moscow_session(&council);
    let add = |ru: &str| -> Value {
        council
            .ok(&[
                "decisions",
                "add",
                &session,
                "--text-ru",
                ru,
                "--text-uz",
                "Qoʻshma ishchi guruh tuzilsin",
                "--json",
            ])
            .json()
    };
    let first = add("Создать рабочую группу");
    let second = add("Одобрить дорожную карту");
    assert_eq!(
        (first["number"].as_str(), second["number"].as_str()),
        (Some("1/1"), Some("1/2"))
    );
    assert_eq!(first["adopted_on"], "2026-05-27");
    let id = first["id"].as_str().unwrap().to_owned();

    let amended = council
        .ok(&[
            "decisions",
            "amend",
            &id,
            "--text-ru",
            "Создать две рабочие группы",
            "--reason",
            "Уточнение",
            "--json",
        ])
        .json();
    assert_eq!(amended["status"], "amended");
    assert_eq!(
        amended["text"]["uz"],
        "Qo\u{02BB}shma ishchi guruh tuzilsin"
    );
    assert_eq!(
        amended["revisions"][0]["old_text"]["ru"],
        "Создать рабочую группу"
    );
    council.ok(&["decisions", "rescind", &id, "--reason", "Утратило силу"]);
    let before = council.ok(&["decisions", "show", &id, "--json"]).json();
    let refused = council.run(&[
        "decisions",
        "amend",
        &id,
        "--text-ru",
        "Ещё",
        "--reason",
        "Нет",
    ]);
    assert!(
        refused.stderr.contains("rescinded → amended"),
        "{}",
        refused.stderr
    );
    assert_eq!(
        council.ok(&["decisions", "show", &id, "--json"]).json(),
        before
    );
    let shown = council.ok(&["decisions", "show", &id]).stdout;
    assert!(shown.contains("rescinded: Утратило силу"), "{shown}");

    let other = second["id"].as_str().unwrap();
    council.ok(&["decisions", "delete", other]);
    assert_eq!(add("Третье")["number"], "1/3");
    let listed = council.ok(&["decisions", "list", &session]).stdout;
    assert!(listed.contains("1/3"), "{listed}");
    assert!(!listed.contains("1/2"), "{listed}");
    council.ok(&["decisions", "restore", other]);
    assert_eq!(
        council
            .ok(&["decisions", "list", "1", "--json"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        3
    );
}
