//! `council agreements`.

use super::{add_body, history, id_of, refused};
use crate::support::Council;

#[test]
fn agreements_add_list_show_update_delete_restore() {
    let council = Council::new();
    let pairing = id_of(&council.ok(&["pairings", "add", "UZ-SA", "RU-SVE", "--json"]));
    let created = council
        .ok(&[
            "agreements",
            "add",
            "--status",
            "signed",
            "--signed-on",
            "2026-05-27",
            "--pairing",
            &pairing,
            "--number",
            "17/2026",
            "--title-ru",
            "Соглашение о сотрудничестве",
            "--title-uz",
            "Hamkorlik toʻgʻrisida kelishuv",
            "--title-en",
            "Cooperation agreement",
            "--value",
            "1 250 000,50",
            "--currency",
            "rub",
            "--json",
        ])
        .json();
    let id = created["id"].as_str().unwrap().to_owned();
    assert_eq!(
        created["value"],
        serde_json::json!({ "minor": 125_000_050, "currency": "RUB" })
    );
    assert_eq!(created["pairing_id"], pairing.as_str());

    let uz = add_body(&council, "UZ", "Ministry of Investment");
    let ru = add_body(&council, "RU", "Ministry of Economic Development");
    council.ok(&[
        "agreements",
        "add",
        "--title-en",
        "Memorandum on investment",
        "--party",
        &uz,
        "--party",
        &ru,
    ]);

    let signed_2026 = council
        .ok(&["agreements", "list", "--year", "2026", "--json"])
        .json();
    assert_eq!(signed_2026.as_array().unwrap().len(), 1);
    assert_eq!(signed_2026[0]["id"], id.as_str());
    let drafts = council
        .ok(&["agreements", "list", "--status", "draft", "--json"])
        .json();
    assert_eq!(drafts[0]["parties"].as_array().unwrap().len(), 2);
    let of_pairing = council
        .ok(&["agreements", "list", "--pairing", &pairing, "--json"])
        .json();
    assert_eq!(of_pairing.as_array().unwrap().len(), 1);
    let text = council.ok(&["agreements", "show", &id]).stdout;
    assert!(
        text.contains("1 250 000.50 RUB") && text.contains("17/2026"),
        "{text}"
    );

    let updated = council
        .ok(&[
            "agreements",
            "update",
            &id,
            "--status",
            "in_force",
            "--json",
        ])
        .json();
    assert_eq!(updated["status"], "in_force");
    assert_eq!(updated["number"], "17/2026");

    council.ok(&["agreements", "delete", &id]);
    let trash = council
        .ok(&["agreements", "list", "--trash", "--json"])
        .json();
    assert_eq!(trash[0]["id"], id.as_str());
    council.ok(&["agreements", "restore", &id]);
    assert_eq!(
        history(&council, "agreement", &id),
        ["create", "update", "delete", "restore"]
    );
}

#[test]
fn refused_agreement_changes_leave_the_file_as_it_was() {
    let council = Council::new();
    let pairing = id_of(&council.ok(&["pairings", "add", "UZ-SA", "RU-SVE", "--json"]));
    let id = id_of(&council.ok(&[
        "agreements",
        "add",
        "--title-en",
        "Cooperation agreement",
        "--pairing",
        &pairing,
        "--json",
    ]));
    let run = refused(
        &council,
        &["agreements", "update", &id, "--status", "signed"],
        "[required, signed_on]",
    );
    assert!(run.stderr.contains("signed_on"), "{}", run.stderr);
    refused(
        &council,
        &[
            "agreements",
            "update",
            &id,
            "--value",
            "-5",
            "--currency",
            "USD",
        ],
        "[invalid_value, value]",
    );
    refused(
        &council,
        &[
            "agreements",
            "update",
            &id,
            "--session",
            "0190bbbb-0000-7000-8000-000000000000",
        ],
        "[not_found, session_id]",
    );
    let uz = add_body(&council, "UZ", "Ministry of Investment");
    refused(
        &council,
        &[
            "agreements",
            "add",
            "--title-en",
            "One-sided",
            "--party",
            &uz,
        ],
        "[required, parties]",
    );
    refused(
        &council,
        &["agreements", "list", "--year", "last"],
        "[invalid_value, year]",
    );
    assert_eq!(
        council.ok(&["agreements", "show", &id, "--json"]).json()["status"],
        "draft"
    );
}
