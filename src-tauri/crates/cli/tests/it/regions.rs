//! `council regions` and the global options.

use crate::support::Council;

#[test]
fn lists_all_regions_as_json_with_the_documented_keys() {
    let council = Council::new();
    let all = council.ok(&["regions", "list", "--json"]).json();
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 97);
    for region in all {
        for key in ["iso_code", "country"] {
            assert!(region[key].is_string(), "{key} missing in {region}");
        }
        for lang in ["ru", "uz", "en"] {
            assert!(
                region["name"][lang].is_string(),
                "name.{lang} missing in {region}"
            );
            assert!(
                region["centre"][lang].is_string(),
                "centre.{lang} missing in {region}"
            );
        }
    }
    let uz = council
        .ok(&["regions", "list", "--country", "UZ", "--json"])
        .json();
    assert_eq!(uz.as_array().unwrap().len(), 14);
    assert!(uz.as_array().unwrap().iter().all(|r| r["country"] == "UZ"));
    let ru = council
        .ok(&["regions", "list", "--country", "ru", "--json"])
        .json();
    assert_eq!(ru.as_array().unwrap().len(), 83);
}

#[test]
fn a_bad_country_is_a_translated_error() {
    let council = Council::new();
    let run = council.run(&["regions", "list", "--country", "KZ"]);
    assert_ne!(run.code, 0);
    assert_eq!(run.stderr.lines().count(), 1);
    assert!(
        run.stderr.contains("Not an allowed value: “KZ”"),
        "{}",
        run.stderr
    );
    let run = council.run(&["--lang", "ru", "regions", "list", "--country", "KZ"]);
    assert!(
        run.stderr.contains("Недопустимое значение"),
        "{}",
        run.stderr
    );
}

#[test]
fn shows_and_edits_a_region_and_the_edit_survives() {
    let council = Council::new();
    let shown = council.ok(&["regions", "show", "UZ-TK", "--json"]).json();
    assert_eq!(shown["name"]["uz"], "Toshkent shahri");
    council.ok(&[
        "regions",
        "update",
        "UZ-TK",
        "--name-en",
        "Tashkent (capital)",
    ]);
    let again = council.ok(&["regions", "show", "uz-tk", "--json"]).json();
    assert_eq!(again["name"]["en"], "Tashkent (capital)");
    assert_eq!(again["user_edited"], true);
    let added = council
        .ok(&[
            "regions",
            "add",
            "--country",
            "UZ",
            "--kind",
            "city",
            "--name-ru",
            "Янгиюль",
            "--name-uz",
            "Yangiyoʻl",
            "--name-en",
            "Yangiyul",
            "--json",
        ])
        .json();
    assert!(added["iso_code"].is_null());
    assert_eq!(
        council
            .ok(&["regions", "list", "--json"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        98
    );
}

#[test]
fn help_is_everywhere() {
    let council = Council::new();
    for args in [
        &["--help"][..],
        &["regions", "--help"],
        &["regions", "list", "--help"],
        &["pairings", "add", "--help"],
        &["pairings", "update", "--help"],
        &["trash", "list", "--help"],
    ] {
        let run = council.run(args);
        assert_eq!(run.code, 0, "{args:?}");
        assert!(run.stdout.contains("Usage:"), "{args:?}");
    }
}

#[test]
fn the_database_comes_from_council_db_when_no_flag_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("from-env.db");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_council"))
        .args(["info", "--json"])
        .env("COUNCIL_DB", &db)
        .output()
        .unwrap();
    assert!(output.status.success());
    let info: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(info["db_path"], db.display().to_string());
    assert!(db.exists());
}
