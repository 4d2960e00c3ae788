//! `council projects`.

use super::{add_body, history, id_of, refused};
use crate::support::Council;

#[test]
fn projects_add_list_show_update_delete_restore() {
    let council = Council::new();
    let pairing = id_of(&council.ok(&["pairings", "add", "UZ-SA", "RU-SVE", "--json"]));
    let lead = add_body(&council, "UZ", "Ministry of Energy");
    let created = council
        .ok(&[
            "projects",
            "add",
            "--title-ru",
            "Солнечная электростанция",
            "--title-uz",
            "Quyosh elektr stansiyasi",
            "--title-en",
            "Solar power plant",
            "--sector",
            "energy",
            "--pairing",
            &pairing,
            "--lead-body",
            &lead,
            "--value",
            "5 000 000",
            "--currency",
            "USD",
            "--status",
            "agreed",
            "--starts-on",
            "2026-03-01",
            "--ends-on",
            "2027-12-31",
            "--json",
        ])
        .json();
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(created["lead_bodies"][0], lead.as_str());
    assert_eq!(created["value"]["minor"], 500_000_000);
    council.ok(&[
        "projects",
        "add",
        "--title-en",
        "Hotel in Bukhara",
        "--sector",
        "tourism",
        "--region",
        "UZ-BU",
        "--region",
        "RU-TA",
    ]);

    let tourism = council
        .ok(&["projects", "list", "--sector", "tourism", "--json"])
        .json();
    assert_eq!(tourism.as_array().unwrap().len(), 1);
    assert_eq!(tourism[0]["regions"].as_array().unwrap().len(), 2);
    let agreed = council
        .ok(&["projects", "list", "--status", "agreed", "--json"])
        .json();
    assert_eq!(agreed[0]["id"], id.as_str());
    let text = council
        .ok(&["--lang", "uz", "projects", "show", &id])
        .stdout;
    assert!(
        text.contains("Quyosh elektr stansiyasi") && text.contains("5 000 000.00 USD"),
        "{text}"
    );
    assert!(text.contains("2026-03-01 – 2027-12-31"), "{text}");

    let updated = council
        .ok(&[
            "projects",
            "update",
            &id,
            "--status",
            "under_way",
            "--region",
            "UZ-SA",
            "--json",
        ])
        .json();
    assert_eq!(updated["status"], "under_way");
    assert_eq!(updated["regions"].as_array().unwrap().len(), 1);
    assert_eq!(updated["sector"], "energy");

    council.ok(&["projects", "delete", &id]);
    let live = council.ok(&["projects", "list", "--json"]).json();
    assert_eq!(live.as_array().unwrap().len(), 1);
    let trash = council
        .ok(&["projects", "list", "--trash", "--json"])
        .json();
    assert_eq!(trash[0]["id"], id.as_str());
    council.ok(&["projects", "restore", &id]);
    assert_eq!(
        history(&council, "project", &id),
        ["create", "update", "delete", "restore"]
    );
}

#[test]
fn refused_project_changes_leave_the_file_as_it_was() {
    let council = Council::new();
    let pairing = id_of(&council.ok(&["pairings", "add", "UZ-SA", "RU-SVE", "--json"]));
    let id = id_of(&council.ok(&[
        "projects",
        "add",
        "--title-en",
        "Technology park",
        "--pairing",
        &pairing,
        "--starts-on",
        "2026-06-01",
        "--json",
    ]));
    let run = refused(
        &council,
        &["projects", "update", &id, "--ends-on", "2026-05-31"],
        "[end_before_start, ends_on]",
    );
    assert!(
        run.stderr.contains("The end is before the start"),
        "{}",
        run.stderr
    );
    refused(
        &council,
        &["projects", "update", &id, "--sector", "astrology"],
        "[sector_not_found, sector]",
    );
    refused(
        &council,
        &["projects", "update", &id, "--value", "1 000"],
        "[required, currency]",
    );
    refused(
        &council,
        &["projects", "add", "--title-en", "Nowhere"],
        "[required, pairing_id]",
    );
    assert_eq!(
        council.ok(&["projects", "show", &id, "--json"]).json()["ends_on"],
        serde_json::Value::Null
    );
}
