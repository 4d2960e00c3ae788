//! Calls that go through: the hub answers the desktop's commands as the session's officer.

use council_hub::Lifetime;
use reqwest::StatusCode;
use serde_json::json;

use crate::support::{live_pairings, office, rate};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_signs_in_and_lists_the_pairings() {
    let office = office(Lifetime::default()).await;
    let client = office.client();
    let token = office.token(&client, "officer@council.uz").await;
    let (status, pairings) = office
        .call(&client, Some(&token), "list_pairings", live_pairings())
        .await;
    assert_eq!(status, StatusCode::OK, "{pairings}");
    assert!(!pairings.as_array().unwrap().is_empty(), "{pairings}");

    // An argument of the wrong shape answers the desktop's translated refusal naming it.
    let (status, refused) = office
        .call(
            &client,
            Some(&token),
            "get_pairing",
            json!({ "id": "not-a-uuid" }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused["code"], "invalid_value");
    assert_eq!(refused["field"], "id");
    assert_eq!(refused["message"], "Not an allowed value: “not-a-uuid”.");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_lands_and_its_history_names_the_officer_of_the_session() {
    let office = office(Lifetime::default()).await;
    let client = office.client();
    let token = office.token(&client, "officer@council.uz").await;
    let (status, written) = office.call(&client, Some(&token), "set_rate", rate()).await;
    assert_eq!(status, StatusCode::OK, "{written}");

    let (status, changes) = office
        .call(
            &client,
            Some(&token),
            "recent_changes",
            json!({ "filter": { "limit": 1 } }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{changes}");
    let newest = &changes[0];
    assert_eq!(newest["entity"], "exchange_rate", "{newest}");
    assert_eq!(newest["officer"]["ru"], "Ирина Петрова", "{newest}");

    // Nobody is left acting on the hub's store between calls: the next session's officer is its own.
    let head = office.token(&client, "head@council.uz").await;
    let (_, signed_in) = office
        .call(&client, Some(&head), "signed_in", json!({}))
        .await;
    assert_eq!(signed_in["email"], "head@council.uz");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_mail_settings_are_the_hubs_and_only_the_head_changes_them() {
    let office = office(Lifetime::default()).await;
    let client = office.client();
    let settings = json!({ "settings": {
        "host": "mail.kengash.uz", "port": 0, "security": "starttls", "account": "kotibiyat",
        "senderName": "Hududlar Kengashi kotibiyati", "senderAddress": "kotibiyat@kengash.uz",
    } });
    let officer = office.token(&client, "officer@council.uz").await;
    let (status, _) = office
        .call(
            &client,
            Some(&officer),
            "set_mail_settings",
            settings.clone(),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let head = office.token(&client, "head@council.uz").await;
    let (status, kept) = office
        .call(&client, Some(&head), "set_mail_settings", settings)
        .await;
    assert_eq!(status, StatusCode::OK, "{kept}");
    assert_eq!(kept["port"], 587);

    // Every desk of the office reads the same server; the password is never among the settings.
    let (status, read) = office
        .call(&client, Some(&officer), "mail_settings", json!({}))
        .await;
    assert_eq!(status, StatusCode::OK, "{read}");
    assert_eq!(read, kept);
    assert!(read.get("password").is_none());
    // Sending leaves from the desk that holds the password: the hub does not serve it.
    let (status, _) = office
        .call(
            &client,
            Some(&head),
            "send_test_mail",
            json!({ "to": "a@kengash.uz", "password": null }),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // So do the reminder letters e-mailed: only their record (record_reminders) comes to the hub.
    let (status, _) = office
        .call(
            &client,
            Some(&head),
            "email_reminder_letters",
            json!({ "letters": [], "run": null, "password": null, "toFiles": false }),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
