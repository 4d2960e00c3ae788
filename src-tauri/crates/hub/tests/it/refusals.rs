//! What the hub refuses, and how it says so: each refusal is the core's translated payload with a status.

use std::time::Duration;

use council_core::Lang;
use council_core::officer::{Role, forbidden};
use council_hub::Lifetime;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{PASSWORD, client, live_pairings, office, rate};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_observers_write_is_refused_403_naming_the_role_and_changes_nothing() {
    let office = office(Lifetime::default()).await;
    let client = office.client();
    let token = office.token(&client, "observer@council.uz").await;
    let (_, before) = office
        .call(&client, Some(&token), "list_rates", json!({}))
        .await;
    let (status, refused) = office.call(&client, Some(&token), "set_rate", rate()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(refused["code"], "forbidden");
    assert_eq!(
        refused["message"],
        forbidden(Role::Officer).message(Lang::En)
    );
    let (_, after) = office
        .call(&client, Some(&token), "list_rates", json!({}))
        .await;
    assert_eq!(before, after);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_command_is_reachable_without_a_live_session() {
    let office = office(Lifetime::default()).await;
    let client = office.client();
    for token in [None, Some("not-a-token"), Some(&"0".repeat(64)[..])] {
        let (status, refused) = office
            .call(&client, token, "list_pairings", live_pairings())
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{token:?}");
        assert_eq!(refused["code"], "sign_in_required");
        assert_eq!(refused["message"], "Sign in with your account first.");
    }
    let events = client.get(office.url("/events")).send().await.unwrap();
    assert_eq!(events.status(), StatusCode::UNAUTHORIZED);

    // Signed out, the token opens nothing.
    let token = office.token(&client, "officer@council.uz").await;
    let signed_out = client
        .post(office.url("/sign-out"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(signed_out.status(), StatusCode::NO_CONTENT);
    let (status, _) = office
        .call(&client, Some(&token), "list_pairings", live_pairings())
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_the_hub_does_not_serve_answer_404() {
    let office = office(Lifetime::default()).await;
    let client = office.client();
    let token = office.token(&client, "head@council.uz").await;
    // Not a command at all, and the desktop's own (a dialog, a document).
    for command in ["drop_everything", "backup_now", "preview_document"] {
        let (status, refused) = office.call(&client, Some(&token), command, json!({})).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{command}");
        assert_eq!(refused["code"], "not_found");
        assert_eq!(refused["field"], "command");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_password_is_refused_and_repeated_failures_lock_the_account() {
    let office = office(Lifetime::default()).await;
    let client = office.client();
    let refused = office
        .sign_in_as(&client, "officer@council.uz", "guess")
        .await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    let refused: Value = refused.json().await.unwrap();
    assert_eq!(refused["code"], "wrong_password");
    assert!(refused.get("token").is_none());
    for _ in 0..4 {
        office
            .sign_in_as(&client, "officer@council.uz", "guess")
            .await;
    }
    // Locked: even the right password is refused for a while.
    let locked = office
        .sign_in_as(&client, "officer@council.uz", PASSWORD)
        .await;
    assert_eq!(locked.status(), StatusCode::FORBIDDEN);
    let locked: Value = locked.json().await.unwrap();
    assert_eq!(locked["code"], "account_locked");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_account_without_a_password_cannot_sign_in_to_the_hub() {
    let office = office(Lifetime::default()).await;
    let client = office.client();
    for password in ["", "anything"] {
        let refused = office
            .sign_in_as(&client, "nopassword@council.uz", password)
            .await;
        assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
        let refused: Value = refused.json().await.unwrap();
        assert_eq!(refused["code"], "password_required");
        assert_eq!(
            refused["message"],
            "This account has no password, and the office hub admits no one without one. The head of \
             the secretariat sets it."
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_expires_when_idle_and_at_its_maximum() {
    let idle = office(Lifetime {
        idle: Duration::from_millis(400),
        max: Duration::from_secs(3600),
    })
    .await;
    let client = idle.client();
    let token = idle.token(&client, "officer@council.uz").await;
    let (status, _) = idle
        .call(&client, Some(&token), "list_pairings", live_pairings())
        .await;
    assert_eq!(status, StatusCode::OK);
    tokio::time::sleep(Duration::from_millis(800)).await;
    let (status, refused) = idle
        .call(&client, Some(&token), "list_pairings", live_pairings())
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(refused["code"], "sign_in_required");

    // Busy all along, it still ends at its maximum.
    let busy = office(Lifetime {
        idle: Duration::from_secs(3600),
        max: Duration::from_millis(1200),
    })
    .await;
    let client = busy.client();
    let token = busy.token(&client, "officer@council.uz").await;
    let started = std::time::Instant::now();
    let mut last = StatusCode::OK;
    while started.elapsed() < Duration::from_secs(2) {
        last = busy
            .call(&client, Some(&token), "list_trash", json!({}))
            .await
            .0;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(last, StatusCode::UNAUTHORIZED);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_pinning_another_fingerprint_never_gets_past_the_handshake() {
    let office = office(Lifetime::default()).await;
    let wrong = office
        .hub
        .fingerprint
        .chars()
        .map(|c| {
            if c == ':' {
                c
            } else if c == 'A' {
                'B'
            } else {
                'A'
            }
        })
        .collect::<String>();
    let stranger = client(&wrong);
    let failed = stranger
        .post(office.url("/sign-in"))
        .json(&json!({ "officer": "officer@council.uz", "password": PASSWORD }))
        .send()
        .await
        .expect_err("a certificate of another fingerprint was accepted");
    assert!(failed.is_connect(), "{failed:?}");

    // The pinned one is the hub's, and stays so across starts.
    assert_eq!(
        council_hub::fingerprint(&office.db).unwrap(),
        office.hub.fingerprint
    );
    let answer = office
        .sign_in_as(&office.client(), "officer@council.uz", PASSWORD)
        .await;
    assert_eq!(answer.status(), StatusCode::OK);
}
