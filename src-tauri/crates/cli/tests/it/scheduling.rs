//! `council sessions … --confirm`, `council holidays` and `council series`: warnings refuse a change until the
//! officer confirms, and a refused change leaves the database as it was.

use serde_json::Value;

use crate::support::Council;

fn sessions(council: &Council) -> Vec<Value> {
    council
        .ok(&["sessions", "list", "--json"])
        .json()
        .as_array()
        .unwrap()
        .clone()
}

fn add_on(council: &Council, start: &str, confirm: bool) -> crate::support::Run {
    let mut args = vec![
        "sessions",
        "add",
        "--kind",
        "working_group",
        "--start",
        start,
        "--zone",
        "Asia/Tashkent",
        "--title-en",
        "Energy working group",
        "--place-en",
        "Congress Centre",
        "--json",
    ];
    if confirm {
        args.push("--confirm");
    }
    council.run(&args)
}

#[test]
fn a_session_on_a_holiday_is_refused_without_confirm_and_saved_with_it() {
    let council = Council::new();
    let refused = add_on(&council, "2026-09-01 10:00", false);
    assert_ne!(refused.code, 0);
    assert!(
        refused.stderr.contains(
            "warning: 2026-09-01 is a public holiday in Uzbekistan: Independence Day of Uzbekistan."
        ),
        "{}",
        refused.stderr
    );
    assert!(
        refused.stderr.contains("[schedule_conflicts]"),
        "{}",
        refused.stderr
    );
    assert!(refused.stdout.is_empty());
    assert!(sessions(&council).is_empty(), "nothing was written");
    // The core's refusal names no flag; the command line adds how to confirm.
    let refusal = refused
        .stderr
        .lines()
        .find(|l| l.starts_with("council:"))
        .unwrap();
    assert!(!refusal.contains("--confirm"), "{refusal}");
    assert!(
        refused
            .stderr
            .contains("hint: to schedule anyway, run the command again with --confirm"),
        "{}",
        refused.stderr
    );

    let saved = add_on(&council, "2026-09-01 10:00", true);
    assert_eq!(saved.code, 0, "{}", saved.stderr);
    assert!(
        saved.stderr.contains("warning: 2026-09-01"),
        "the warning is still shown"
    );
    assert_eq!(saved.json()["start"]["venue"]["date"], "2026-09-01");
    assert_eq!(sessions(&council).len(), 1);
}

#[test]
fn the_warnings_speak_the_language_asked() {
    let council = Council::new();
    let refused = council.run(&[
        "--lang",
        "uz",
        "sessions",
        "add",
        "--start",
        "2026-06-12 10:00",
        "--zone",
        "Europe/Moscow",
        "--title-uz",
        "Majlis",
    ]);
    assert_ne!(refused.code, 0);
    assert!(
        refused
            .stderr
            .contains("Rossiyada bayram kuni: Rossiya kuni."),
        "{}",
        refused.stderr
    );
    assert!(
        refused.stderr.contains("Hech narsa saqlanmadi"),
        "{}",
        refused.stderr
    );
}

#[test]
fn moving_a_session_onto_a_taken_venue_needs_confirm_and_changes_nothing_without_it() {
    let council = Council::new();
    add_on(&council, "2026-06-16 10:00", false).json();
    let second = add_on(&council, "2026-06-17 10:00", false).json();
    let id = second["id"].as_str().unwrap();

    let refused = council.run(&["sessions", "update", id, "--start", "2026-06-16 10:30"]);
    assert_ne!(refused.code, 0);
    assert!(
        refused
            .stderr
            .contains("The venue is taken: “Energy working group”, 2026-06-16 10:00"),
        "{}",
        refused.stderr
    );
    let refused = council.run(&["sessions", "schedule", id, "--start", "2026-06-16 10:30"]);
    assert_ne!(refused.code, 0);
    let unchanged = council.ok(&["sessions", "show", id, "--json"]).json();
    assert_eq!(unchanged["start"]["venue"]["date"], "2026-06-17");
    assert_eq!(unchanged["status"], "draft");

    council.ok(&[
        "sessions",
        "schedule",
        id,
        "--start",
        "2026-06-16 10:30",
        "--confirm",
    ]);
    let moved = council.ok(&["sessions", "show", id, "--json"]).json();
    assert_eq!(moved["start"]["venue"]["time"], "10:30");
    assert_eq!(moved["status"], "scheduled");
    // Renaming it afterwards asks nothing again.
    council.ok(&["sessions", "update", id, "--title-en", "Renamed"]);
}

#[test]
fn holidays_are_listed_corrected_and_trashed() {
    let council = Council::new();
    let listed = council
        .ok(&["holidays", "list", "--year", "2027", "--country", "UZ"])
        .stdout;
    assert!(listed.contains("2027-03-21  UZ  -"), "{listed}");
    assert!(listed.contains("2027-03-10  UZ  decree"), "{listed}");
    let hayit: Vec<Value> = council
        .ok(&[
            "holidays",
            "list",
            "--year",
            "2027",
            "--country",
            "UZ",
            "--json",
        ])
        .json()
        .as_array()
        .unwrap()
        .iter()
        .filter(|h| h["by_decree"] == true && h["name"]["uz"] == "Ramazon hayiti")
        .cloned()
        .collect();
    let id = hayit[0]["id"].as_str().unwrap();
    let corrected = council
        .ok(&[
            "holidays",
            "update",
            id,
            "--date",
            "2027-03-09",
            "--confirmed",
            "--json",
        ])
        .json();
    assert_eq!(corrected["date"], "2027-03-09");
    assert_eq!(corrected["by_decree"], false);
    assert_eq!(corrected["user_edited"], true);

    let added = council
        .ok(&[
            "holidays",
            "add",
            "--country",
            "RU",
            "--date",
            "2027-01-11",
            "--name-ru",
            "Перенесённый выходной",
            "--name-en",
            "Transferred day off",
            "--by-decree",
            "--json",
        ])
        .json();
    let added_id = added["id"].as_str().unwrap();
    let bad = council.run(&[
        "holidays",
        "add",
        "--country",
        "RU",
        "--date",
        "2027-02-30",
        "--name-en",
        "x",
    ]);
    assert!(
        bad.stderr.contains("[invalid_date, date]"),
        "{}",
        bad.stderr
    );
    council.ok(&["holidays", "delete", added_id]);
    let trash = council.ok(&["holidays", "list", "--trash"]).stdout;
    assert!(trash.contains("2027-01-11  RU  decree"), "{trash}");
    council.ok(&["holidays", "restore", added_id]);
    assert!(
        council
            .ok(&["holidays", "list", "--trash"])
            .stdout
            .is_empty()
    );
}

#[test]
fn a_series_is_previewed_refused_over_a_holiday_then_created_and_a_date_skipped() {
    let council = Council::new();
    let series = |extra: &[&str]| {
        let mut args = vec![
            "series",
            "add",
            "--start",
            "2026-12-01 15:00",
            "--zone",
            "Asia/Tashkent",
            "--title-en",
            "Transport working group",
            "--weekday",
            "tue",
            "--until",
            "2026-12-22",
        ];
        args.extend_from_slice(extra);
        council.run(&args)
    };
    let preview = series(&["--preview"]);
    assert_eq!(preview.code, 0, "{}", preview.stderr);
    assert_eq!(
        preview.stdout,
        "2026-12-01\n2026-12-08\n2026-12-15\n2026-12-22\n"
    );
    assert!(
        preview
            .stderr
            .contains("warning: 2026-12-08: 2026-12-08 is a public holiday in Uzbekistan"),
        "{}",
        preview.stderr
    );

    let refused = series(&[]);
    assert_ne!(refused.code, 0);
    assert!(sessions(&council).is_empty());
    assert!(council.ok(&["series", "list"]).stdout.is_empty());

    let skipping = series(&["--skip", "2026-12-08", "--json"]);
    assert_eq!(skipping.code, 0, "{}", skipping.stderr);
    let created = skipping.json();
    assert_eq!(created["occurrences"].as_array().unwrap().len(), 3);
    let id = created["id"].as_str().unwrap();
    let skipped = council
        .ok(&[
            "series",
            "skip",
            id,
            "--date",
            "2026-12-15",
            "--reason",
            "Visit of the delegation",
            "--json",
        ])
        .json();
    assert_eq!(
        skipped["exceptions"],
        serde_json::json!(["2026-12-08", "2026-12-15"])
    );
    assert_eq!(skipped["occurrences"][1]["session"]["status"], "cancelled");
    let shown = council.ok(&["series", "show", id]).stdout;
    assert!(
        shown.contains("2026-12-22  2026-12-22 15:00  draft"),
        "{shown}"
    );
}

#[test]
fn a_new_rule_drops_future_untouched_meetings_and_adds_the_new_dates() {
    let council = Council::new();
    // Far enough ahead that every meeting lies after today whenever the test runs.
    let created = council
        .ok(&[
            "series",
            "add",
            "--start",
            "2090-03-07 15:00",
            "--zone",
            "Asia/Tashkent",
            "--title-en",
            "Working group",
            "--weekday",
            "tue",
            "--count",
            "4",
            "--confirm",
            "--json",
        ])
        .json();
    let id = created["id"].as_str().unwrap();
    let dates = |series: &Value| -> Vec<String> {
        series["occurrences"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["date"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        dates(&created),
        ["2090-03-07", "2090-03-14", "2090-03-21", "2090-03-28"]
    );
    let second = created["occurrences"][1]["session"]["id"].as_str().unwrap();
    council.ok(&["sessions", "schedule", second]);

    let changed = council
        .ok(&[
            "series",
            "rule",
            id,
            "--weekday",
            "tue",
            "--every",
            "2",
            "--count",
            "3",
            "--json",
        ])
        .json();
    // The new rule gives the 7th, 21st and 4 April. The scheduled 14th stays although the rule no longer
    // gives it; the untouched 28th goes; 4 April is new.
    assert_eq!(
        dates(&changed),
        ["2090-03-07", "2090-03-14", "2090-03-21", "2090-04-04"]
    );
}
