//! An office: a register with demonstration data and four accounts (head, officer and observer with
//! passwords, one officer without), and its hub on 127.0.0.1 at a port of the system's choice.

use council_core::demo::{DemoOptions, Scale};
use council_core::officer::{OfficerInput, Role};
use council_core::{LocalizedText, Store};
use council_hub::pin::PinnedFingerprint;
use council_hub::{Hub, HubConfig, Lifetime};
use reqwest::{Client, Response, StatusCode};
use serde_json::{Value, json};

pub const PASSWORD: &str = "kotibiyat-2026";

pub struct Office {
    pub hub: Hub,
    pub db: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

fn account(name: &str, email: &str, role: Role) -> OfficerInput {
    OfficerInput {
        name: LocalizedText {
            ru: name.to_owned(),
            uz: name.to_owned(),
            en: name.to_owned(),
        },
        position: LocalizedText::default(),
        email: email.to_owned(),
        phone: String::new(),
        role,
        person_id: None,
        active: true,
    }
}

pub async fn office(lifetime: Lifetime) -> Office {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("council.db");
    {
        let mut store = Store::open(&db).unwrap();
        store
            .load_demo(&DemoOptions {
                scale: Scale::Small,
                seed: 5,
                today: "2026-11-29".parse().unwrap(),
            })
            .unwrap();
        // The first account is the head and is signed in: it makes the others.
        for (name, email, role, password) in [
            ("Нодира Каримова", "head@council.uz", Role::Head, true),
            ("Ирина Петрова", "officer@council.uz", Role::Officer, true),
            ("Алишер Юсупов", "observer@council.uz", Role::Observer, true),
            ("Без Пароля", "nopassword@council.uz", Role::Officer, false),
        ] {
            let made = store.create_officer(&account(name, email, role)).unwrap();
            if password {
                store.set_officer_password(made.id, Some(PASSWORD)).unwrap();
            }
        }
        store.set_language(council_core::Lang::En).unwrap();
    }
    let hub = Hub::start(HubConfig {
        db: db.clone(),
        listen: "127.0.0.1:0".parse().unwrap(),
        lifetime,
    })
    .await
    .unwrap();
    Office { hub, db, _dir: dir }
}

/// A client that trusts only the certificate of `fingerprint`.
pub fn client(fingerprint: &str) -> Client {
    Client::builder()
        .use_preconfigured_tls(PinnedFingerprint::client_config(fingerprint))
        .build()
        .unwrap()
}

impl Office {
    pub fn url(&self, path: &str) -> String {
        format!("https://{}{path}", self.hub.address)
    }

    pub fn client(&self) -> Client {
        client(&self.hub.fingerprint)
    }

    pub async fn sign_in_as(&self, client: &Client, email: &str, password: &str) -> Response {
        client
            .post(self.url("/sign-in"))
            .json(&json!({ "officer": email, "password": password }))
            .send()
            .await
            .unwrap()
    }

    /// The token of a session of the account `email`.
    pub async fn token(&self, client: &Client, email: &str) -> String {
        let answer = self.sign_in_as(client, email, PASSWORD).await;
        assert_eq!(answer.status(), StatusCode::OK);
        let answer: Value = answer.json().await.unwrap();
        answer["token"].as_str().unwrap().to_owned()
    }

    /// The stream of changes, opened with the session `token`.
    pub async fn listen(&self, client: &Client, token: &str) -> Response {
        client
            .get(self.url("/events"))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
    }

    pub async fn call(
        &self,
        client: &Client,
        token: Option<&str>,
        command: &str,
        arguments: Value,
    ) -> (StatusCode, Value) {
        let mut request = client
            .post(self.url(&format!("/call/{command}")))
            .json(&arguments);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let answer = request.send().await.unwrap();
        let status = answer.status();
        (status, answer.json().await.unwrap())
    }
}

pub fn live_pairings() -> Value {
    json!({ "filter": { "status": null, "region": null, "deleted": false } })
}

pub fn rate() -> Value {
    json!({ "currency": "RUB", "onDate": "2026-11-30", "rate": "81.25" })
}
