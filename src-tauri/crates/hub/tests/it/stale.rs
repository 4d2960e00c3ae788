//! Two desks on one hub: a write carrying the version its desk loaded is refused (409) when a colleague changed
//! the record since, naming the colleague; with the version of a fresh answer it goes through.

use council_hub::Lifetime;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::{Office, live_pairings, office};

/// Sends `command` with the session `token`, carrying `basis`; the status, the answer and its version.
async fn call_with_basis(
    office: &Office,
    client: &reqwest::Client,
    token: &str,
    basis: Option<i64>,
    command: &str,
    arguments: Value,
) -> (StatusCode, Value, Option<i64>) {
    let mut request = client
        .post(office.url(&format!("/call/{command}")))
        .bearer_auth(token)
        .json(&arguments);
    if let Some(basis) = basis {
        request = request.header("Council-Basis", basis.to_string());
    }
    let answer = request.send().await.unwrap();
    let status = answer.status();
    let version = answer
        .headers()
        .get("Council-Version")
        .and_then(|value| value.to_str().ok())
        .and_then(|text| text.parse().ok());
    (status, answer.json().await.unwrap(), version)
}

/// The pairing's input with another start date.
pub fn with_since(pairing: &Value, since: &str) -> Value {
    json!({
        "id": pairing["id"],
        "input": {
            "region_a": pairing["uz_region"]["id"],
            "region_b": pairing["ru_region"]["id"],
            "status": pairing["status"],
            "since": since,
            "basis_title": pairing["basis"]["title"],
            "basis_number": pairing["basis"]["number"],
            "basis_date": pairing["basis"]["date"],
            "sectors": pairing["sectors"],
            "notes": pairing["notes"],
            "contacts": pairing["contacts"],
        }
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_over_a_colleagues_later_change_is_refused_409_naming_them() {
    let office = office(Lifetime::default()).await;
    let (first, second) = (office.client(), office.client());
    let head = office.token(&first, "head@council.uz").await;
    let officer = office.token(&second, "officer@council.uz").await;

    // Both desks load the pairings; the second keeps the version of its answer.
    let (status, pairings, loaded) = call_with_basis(
        &office,
        &second,
        &officer,
        None,
        "list_pairings",
        live_pairings(),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{pairings}");
    let loaded = loaded.expect("every answer names the register's version");
    let pairing = pairings[0].clone();

    let (status, changed, _) = call_with_basis(
        &office,
        &first,
        &head,
        Some(loaded),
        "update_pairing",
        with_since(&pairing, "2023-01-10"),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{changed}");

    let (status, refused, _) = call_with_basis(
        &office,
        &second,
        &officer,
        Some(loaded),
        "update_pairing",
        with_since(&pairing, "2025-09-01"),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{refused}");
    assert_eq!(refused["code"], "stale");
    let message = refused["message"].as_str().unwrap();
    assert!(
        message.starts_with("Changed by Нодира Каримова at "),
        "{message}"
    );
    assert!(message.contains("reload"), "{message}");

    // Nothing changed; reloaded, the second desk's write goes through.
    let (_, now, fresh) = call_with_basis(
        &office,
        &second,
        &officer,
        None,
        "get_pairing",
        json!({ "id": pairing["id"] }),
    )
    .await;
    assert_eq!(now["since"], "2023-01-10", "{now}");
    let (status, saved, _) = call_with_basis(
        &office,
        &second,
        &officer,
        fresh,
        "update_pairing",
        with_since(&pairing, "2025-09-01"),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["since"], "2025-09-01", "{saved}");
}
