//! `council pairings`: the whole life of a pairing, and refusals that leave the file as it was.

use crate::support::Council;

#[test]
fn add_list_show_update_delete_restore() {
    let council = Council::new();
    let created = council
        .ok(&[
            "pairings",
            "add",
            "RU-SVE",
            "UZ-SA",
            "--since",
            "2024-05-27",
            "--sector",
            "energy",
            "--sector",
            "tourism",
            "--basis-title",
            "Соглашение",
            "--basis-title-uz",
            "Kelishuv",
            "--basis-number",
            "7",
            "--notes-uz",
            "Qoʻshma loyihalar va taʼlim",
            "--json",
        ])
        .json();
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(created["uz_region"]["iso_code"], "UZ-SA");
    // The basis title in each language; --basis-title is the Russian one, the English one is missing.
    assert_eq!(
        created["basis"]["title"],
        serde_json::json!({ "ru": "Соглашение", "uz": "Kelishuv", "en": "" })
    );
    assert_eq!(
        created["notes"]["uz"],
        "Qo\u{02BB}shma loyihalar va ta\u{02BC}lim"
    );

    let listed = council.ok(&["pairings", "list", "--json"]).json();
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["id"], id.as_str());
    let text = council.ok(&["pairings", "list"]).stdout;
    assert!(
        text.contains("Samarqand viloyati") || text.contains("Samarkand"),
        "{text}"
    );

    let updated = council
        .ok(&[
            "pairings",
            "update",
            &id,
            "--status",
            "suspended",
            "--clear-sectors",
            "--sector",
            "culture",
            "--json",
        ])
        .json();
    assert_eq!(updated["status"], "suspended");
    assert_eq!(updated["sectors"], serde_json::json!(["culture"]));
    assert_eq!(updated["basis"]["number"], "7");

    council.ok(&["pairings", "delete", &id]);
    assert_eq!(
        council.ok(&["pairings", "list", "--json"]).json(),
        serde_json::json!([])
    );
    let trash = council.ok(&["trash", "list", "--json"]).json();
    assert_eq!(trash[0]["id"], id.as_str());
    assert_eq!(
        council
            .ok(&["pairings", "list", "--trash", "--json"])
            .json()[0]["id"],
        id.as_str()
    );

    council.ok(&["pairings", "restore", &id]);
    assert_eq!(
        council.ok(&["pairings", "show", &id, "--json"]).json()["deleted_at"],
        serde_json::Value::Null
    );
    let history = council.ok(&["history", "pairing", &id, "--json"]).json();
    let actions: Vec<&str> = history
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["create", "update", "delete", "restore"]);
}

#[test]
fn a_pairing_of_two_uzbek_regions_is_refused_and_the_file_is_unchanged() {
    let council = Council::new();
    council.ok(&["pairings", "add", "UZ-AN", "RU-TA"]);
    let before = std::fs::read(&council.db).unwrap();

    let run = council.run(&["pairings", "add", "UZ-SA", "UZ-BU", "--since", "2024-01-01"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty());
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("one region of Uzbekistan and one region of Russia"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("pairing_countries"));

    assert_eq!(
        std::fs::read(&council.db).unwrap(),
        before,
        "the database file changed"
    );
    assert_eq!(
        council
            .ok(&["pairings", "list", "--json"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn refusals_name_the_rule_in_the_chosen_language() {
    let council = Council::new();
    council.ok(&["pairings", "add", "UZ-SA", "RU-SVE"]);
    let duplicate = council.run(&["--lang", "uz", "pairings", "add", "UZ-SA", "RU-SVE"]);
    assert_eq!(duplicate.code, 1);
    assert!(
        duplicate.stderr.contains("amaldagi hamkorlik"),
        "{}",
        duplicate.stderr
    );

    let bad_date = council.run(&[
        "pairings",
        "add",
        "UZ-BU",
        "RU-SVE",
        "--since",
        "2023-02-29",
    ]);
    assert!(
        bad_date.stderr.contains("“2023-02-29” is not a real date"),
        "{}",
        bad_date.stderr
    );

    let unknown = council.run(&["pairings", "add", "UZ-ZZ", "RU-SVE"]);
    assert!(
        unknown.stderr.contains("Region “UZ-ZZ” was not found"),
        "{}",
        unknown.stderr
    );

    let status = council.run(&["pairings", "add", "UZ-BU", "RU-SVE", "--status", "frozen"]);
    assert!(status.stderr.contains("invalid_value"), "{}", status.stderr);

    let missing = council.run(&["pairings", "show", "01234567-89ab-7def-8123-456789abcdef"]);
    assert!(missing.stderr.contains("not_found"), "{}", missing.stderr);
    assert_eq!(
        council
            .ok(&["pairings", "list", "--json"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
}
