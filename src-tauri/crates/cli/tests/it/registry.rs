//! `council bodies`, `people`, `agreements`, `projects`, `rates` and `portfolio` through the real binary.

mod agreements;
mod portfolio;
mod projects;

use crate::support::{Council, Run};

/// The id of a record a command printed as JSON.
pub fn id_of(run: &Run) -> String {
    run.json()["id"].as_str().unwrap().to_owned()
}

/// Runs a change that must be refused with `code`, and checks the database file did not change.
pub fn refused(council: &Council, args: &[&str], code: &str) -> Run {
    let before = std::fs::read(&council.db).unwrap();
    let run = council.run(args);
    assert_eq!(run.code, 1, "{args:?} was not refused");
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains(code), "{}", run.stderr);
    assert_eq!(
        std::fs::read(&council.db).unwrap(),
        before,
        "the database file changed"
    );
    run
}

/// The actions of a record's history.
pub fn history(council: &Council, entity: &str, id: &str) -> Vec<String> {
    council
        .ok(&["history", entity, id, "--json"])
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_owned())
        .collect()
}

/// A body of `country` made through the CLI, as its id.
pub fn add_body(council: &Council, country: &str, name_en: &str) -> String {
    id_of(&council.ok(&[
        "bodies",
        "add",
        "--country",
        country,
        "--kind",
        "ministry",
        "--name-ru",
        "Министерство",
        "--name-uz",
        "Vazirlik",
        "--name-en",
        name_en,
        "--json",
    ]))
}

#[test]
fn bodies_add_list_show_update_delete_restore() {
    let council = Council::new();
    let ministry = add_body(&council, "UZ", "Ministry of Energy");
    let administration = council
        .ok(&[
            "bodies",
            "add",
            "--country",
            "RU",
            "--kind",
            "regional_administration",
            "--name-ru",
            "Правительство Свердловской области",
            "--name-uz",
            "Sverdlovsk viloyati hukumati",
            "--name-en",
            "Government of Sverdlovsk Oblast",
            "--region",
            "RU-SVE",
            "--json",
        ])
        .json();
    let administration_id = administration["id"].as_str().unwrap();
    assert_eq!(administration["kind"], "regional_administration");

    let russian = council
        .ok(&["bodies", "list", "--country", "RU", "--json"])
        .json();
    assert_eq!(russian.as_array().unwrap().len(), 1);
    assert_eq!(russian[0]["id"], administration_id);
    let shown = council
        .ok(&["--lang", "uz", "bodies", "show", administration_id])
        .stdout;
    assert!(shown.contains("Sverdlovsk viloyati hukumati"), "{shown}");
    assert!(shown.contains("RU-SVE"), "{shown}");

    let updated = council
        .ok(&[
            "bodies",
            "update",
            &ministry,
            "--kind",
            "agency",
            "--name-uz",
            "Energetika agentligi, Oʻzbekiston",
            "--json",
        ])
        .json();
    assert_eq!(updated["kind"], "agency");
    assert_eq!(
        updated["name"]["uz"],
        "Energetika agentligi, O\u{02BB}zbekiston"
    );
    assert_eq!(updated["name"]["en"], "Ministry of Energy");

    council.ok(&["bodies", "delete", &ministry]);
    let live = council.ok(&["bodies", "list", "--json"]).json();
    assert_eq!(live.as_array().unwrap().len(), 1);
    let trash = council.ok(&["bodies", "list", "--trash", "--json"]).json();
    assert_eq!(trash[0]["id"], ministry.as_str());
    council.ok(&["bodies", "restore", &ministry]);
    assert_eq!(
        history(&council, "body", &ministry),
        ["create", "update", "delete", "restore"]
    );
}

#[test]
fn a_regional_administration_without_its_region_is_refused() {
    let council = Council::new();
    add_body(&council, "UZ", "Ministry of Energy");
    let run = refused(
        &council,
        &[
            "bodies",
            "add",
            "--country",
            "UZ",
            "--kind",
            "regional_administration",
            "--name-en",
            "Samarkand hokimiyat",
        ],
        "[required, region]",
    );
    assert!(run.stderr.contains("Fill in “region”"), "{}", run.stderr);
    refused(
        &council,
        &[
            "bodies",
            "add",
            "--country",
            "UZ",
            "--kind",
            "regional_administration",
            "--name-en",
            "Samarkand hokimiyat",
            "--region",
            "RU-SVE",
        ],
        "[invalid_value, region]",
    );
}

#[test]
fn people_add_list_show_update_delete_restore() {
    let council = Council::new();
    let ministry = add_body(&council, "UZ", "Ministry of Foreign Affairs");
    let person = council
        .ok(&[
            "people",
            "add",
            "--country",
            "UZ",
            "--full-name-ru",
            "Каримов Алишер",
            "--full-name-uz",
            "Karimov Alisher Gʻulomovich",
            "--full-name-en",
            "Alisher Karimov",
            "--position-en",
            "Deputy minister",
            "--body",
            &ministry,
            "--phone",
            "+998 71 000-00-00",
            "--email",
            "a.karimov@mfa.uz",
            "--json",
        ])
        .json();
    let id = person["id"].as_str().unwrap().to_owned();
    assert_eq!(person["body_id"], ministry.as_str());
    council.ok(&[
        "people",
        "add",
        "--country",
        "RU",
        "--full-name-en",
        "Ivan Petrov",
    ]);

    let of_ministry = council
        .ok(&["people", "list", "--body", &ministry, "--json"])
        .json();
    assert_eq!(of_ministry.as_array().unwrap().len(), 1);
    let shown = council.ok(&["people", "show", &id]).stdout;
    assert!(shown.contains("Alisher Karimov") && shown.contains("a.karimov@mfa.uz"));

    refused(
        &council,
        &["people", "update", &id, "--email", "karimov(at)mfa.uz"],
        "[invalid_value, email]",
    );
    refused(
        &council,
        &[
            "people",
            "update",
            &id,
            "--body",
            "0190aaaa-0000-7000-8000-000000000000",
        ],
        "[not_found, body_id]",
    );
    let updated = council
        .ok(&[
            "people",
            "update",
            &id,
            "--position-ru",
            "Министр",
            "--json",
        ])
        .json();
    assert_eq!(updated["position"]["ru"], "Министр");
    assert_eq!(updated["email"], "a.karimov@mfa.uz");

    council.ok(&["people", "delete", &id]);
    assert_eq!(
        council
            .ok(&["people", "list", "--json"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    council.ok(&["people", "restore", &id]);
    let again = council.run(&["people", "restore", &id]);
    assert!(again.stderr.contains("not_in_trash"), "{}", again.stderr);
    assert_eq!(
        history(&council, "person", &id),
        ["create", "update", "delete", "restore"]
    );
}
