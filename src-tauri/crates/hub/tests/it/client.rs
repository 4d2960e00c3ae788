//! The desks' client of the hub (`council_hub::client`), against a real hub: signing in, calling with the
//! window's JSON, the basis of a write, the stream of changes, and each way the hub can fail a desk.

use std::time::Duration;

use council_core::ErrorCode;
use council_core::Lang;
use council_documents::{DocumentData, Printable};
use council_hub::Lifetime;
use council_hub::client::{HUB_SESSION, HubClient};
use serde_json::json;

use crate::stale::with_since;
use crate::support::{Office, PASSWORD, live_pairings, office, rate};

async fn signed_in(office: &Office, email: &str) -> HubClient {
    let client = HubClient::new(
        &office.hub.address.to_string(),
        &office.hub.fingerprint.replace(':', " ").to_lowercase(),
        Lang::En,
    )
    .unwrap();
    let officer = client.sign_in(email, PASSWORD).await.unwrap();
    assert_eq!(officer.email, email);
    assert!(client.signed_in());
    client
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_in_desk_calls_with_the_windows_arguments_and_learns_the_registers_version() {
    let office = office(Lifetime::default()).await;
    let desk = signed_in(&office, "officer@council.uz").await;
    assert_eq!(desk.version(), None, "no answer yet");
    let pairings = desk
        .call("list_pairings", &live_pairings(), None)
        .await
        .unwrap();
    assert!(!pairings.as_array().unwrap().is_empty());
    let before = desk.version().expect("the answer named the version");
    desk.call("set_rate", &rate(), None).await.unwrap();
    assert!(
        desk.version().unwrap() > before,
        "a write moves the version on"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_begun_before_a_colleagues_change_is_refused_naming_them() {
    let office = office(Lifetime::default()).await;
    let (mine, colleague) = (
        signed_in(&office, "officer@council.uz").await,
        signed_in(&office, "head@council.uz").await,
    );
    let pairings = mine
        .call("list_pairings", &live_pairings(), None)
        .await
        .unwrap();
    let pairing = pairings[0].clone();
    let opened_at = mine.version();
    colleague
        .call("update_pairing", &with_since(&pairing, "2019-03-01"), None)
        .await
        .unwrap();
    let refused = mine
        .call(
            "update_pairing",
            &with_since(&pairing, "2018-05-01"),
            opened_at,
        )
        .await
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::Stale);
    assert!(
        refused.message.contains("Нодира Каримова"),
        "{}",
        refused.message
    );
    // Reloaded, the same write goes through.
    mine.call("list_pairings", &live_pairings(), None)
        .await
        .unwrap();
    let saved = mine
        .call(
            "update_pairing",
            &with_since(&pairing, "2018-05-01"),
            mine.version(),
        )
        .await
        .unwrap();
    assert_eq!(saved["since"], "2018-05-01");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_say_what_went_wrong_in_the_desks_terms() {
    let office = office(Lifetime::default()).await;
    let address = office.hub.address.to_string();

    // A wrong password is the hub's refusal, with no field of the session.
    let desk = HubClient::new(&address, &office.hub.fingerprint, Lang::En).unwrap();
    let refused = desk
        .sign_in("officer@council.uz", "wrong")
        .await
        .unwrap_err();
    assert_eq!(
        (refused.code, refused.field),
        (ErrorCode::WrongPassword, None)
    );

    // Without a session, or once it ended, the window is told to sign in to the hub.
    let refused = desk
        .call("list_pairings", &live_pairings(), None)
        .await
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::SignInRequired);
    assert_eq!(refused.field.as_deref(), Some(HUB_SESSION));
    let desk = signed_in(&office, "officer@council.uz").await;
    desk.sign_out().await;
    assert!(!desk.signed_in());
    let refused = desk
        .call("list_pairings", &live_pairings(), None)
        .await
        .unwrap_err();
    assert_eq!(refused.field.as_deref(), Some(HUB_SESSION));

    // Another certificate than the pinned one: nothing is sent.
    let stranger = HubClient::new(&address, &"AB".repeat(32), Lang::En).unwrap();
    let refused = stranger
        .sign_in("officer@council.uz", PASSWORD)
        .await
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::HubCertificate);
    assert!(refused.message.contains(&address), "{}", refused.message);

    // A hub that is not there.
    let gone = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let nowhere = gone.local_addr().unwrap().to_string();
    drop(gone);
    let absent = HubClient::new(&nowhere, &office.hub.fingerprint, Lang::Ru).unwrap();
    let refused = absent
        .sign_in("officer@council.uz", PASSWORD)
        .await
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::HubUnreachable);
    assert!(
        refused.message.contains("не отвечает"),
        "{}",
        refused.message
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_listening_desk_hears_a_colleagues_write() {
    let office = office(Lifetime::default()).await;
    let listener = std::sync::Arc::new(signed_in(&office, "observer@council.uz").await);
    let writer = signed_in(&office, "officer@council.uz").await;
    let (opened_tx, opened_rx) = tokio::sync::oneshot::channel();
    let (heard_tx, mut heard_rx) = tokio::sync::mpsc::unbounded_channel();
    let listening = std::sync::Arc::clone(&listener);
    tokio::spawn(async move {
        let _ = listening
            .listen(
                move || {
                    let _ = opened_tx.send(());
                },
                move |change| {
                    let _ = heard_tx.send(change);
                },
            )
            .await;
    });
    tokio::time::timeout(Duration::from_secs(20), opened_rx)
        .await
        .expect("the stream opened")
        .unwrap();
    writer.call("set_rate", &rate(), None).await.unwrap();
    let change = tokio::time::timeout(Duration::from_secs(20), heard_rx.recv())
        .await
        .expect("a change within 20 s")
        .unwrap();
    assert_eq!(change.entity, "exchange_rate");
    assert_eq!(change.officer.unwrap().en, "Ирина Петрова");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_desk_typesets_the_document_the_hub_sends_and_refuses_a_parcel_of_another_template() {
    let office = office(Lifetime::default()).await;
    let desk = signed_in(&office, "observer@council.uz").await;
    let pairings = desk
        .call("list_pairings", &live_pairings(), None)
        .await
        .unwrap();
    let pairing = pairings[0]["id"].as_str().unwrap().to_owned();
    let dossier = Printable::Dossier { pairing };
    let parcel = desk.document(&dossier, "ru+uz").await.unwrap();
    let extension = std::path::Path::new(&parcel.file_name).extension();
    assert!(
        extension.is_some_and(|extension| extension.eq_ignore_ascii_case("pdf")),
        "{}",
        parcel.file_name
    );
    let region = pairings[0]["uz_region"]["name"]["ru"].as_str().unwrap();
    assert!(
        parcel.data.to_string().contains(region),
        "the data names {region}"
    );

    let mut elsewhere = parcel.clone();
    elsewhere.template = "/common.typ".to_owned();
    let refused = DocumentData::from_parcel(elsewhere).unwrap_err();
    assert_eq!(refused.code, ErrorCode::DocumentFailed);

    let typeset = DocumentData::from_parcel(parcel)
        .unwrap()
        .typeset()
        .unwrap();
    assert!(typeset.pages() >= 1);
    assert!(typeset.pdf().unwrap().bytes.starts_with(b"%PDF-"));

    desk.sign_out().await;
    let refused = desk.document(&dossier, "ru").await.unwrap_err();
    assert_eq!(refused.field.as_deref(), Some(HUB_SESSION));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_desk_saves_the_calendar_the_workbook_and_an_attachment_the_hub_sends() {
    let office = office(Lifetime::default()).await;
    // An agreement's scanned text, attached on the hub's machine.
    let scan = office.db.with_file_name("Соглашение oʻzaro hamkorlik.pdf");
    std::fs::write(&scan, b"%PDF-1.4 the signed text").unwrap();
    let attachment = {
        let mut store = council_core::Store::open(&office.db).unwrap();
        let head = store.find_officer("head@council.uz").unwrap();
        store.sign_in(head.id, Some(PASSWORD)).unwrap();
        let agreement = store
            .list_agreements(&council_core::agreement::AgreementFilter::default())
            .unwrap()
            .remove(0);
        store
            .attach_file(
                council_core::attachment::OwnerKind::Agreement,
                &agreement.id.to_string(),
                &scan,
            )
            .unwrap()
    };

    let desk = signed_in(&office, "observer@council.uz").await;
    let filter = serde_json::to_value(council_core::session::SessionFilter::default()).unwrap();
    let (calendar, _) = desk
        .download(
            "sessions_ics",
            &json!({ "sessionId": null, "filter": filter, "lang": "uz" }),
        )
        .await
        .unwrap();
    assert!(calendar.starts_with(b"BEGIN:VCALENDAR"));
    let filter = serde_json::to_value(council_core::control::InstructionFilter::default()).unwrap();
    let (workbook, _) = desk
        .download("control_xlsx", &json!({ "filter": filter, "lang": "ru" }))
        .await
        .unwrap();
    assert!(workbook.starts_with(b"PK"), "an .xlsx is a zip");
    let (content, name) = desk
        .download("attachment", &json!({ "id": attachment.id }))
        .await
        .unwrap();
    assert_eq!(content, b"%PDF-1.4 the signed text");
    assert_eq!(name.as_deref(), Some("Соглашение oʻzaro hamkorlik.pdf"));

    let refused = desk.download("database", &json!({})).await.unwrap_err();
    assert_eq!(refused.code, ErrorCode::NotFound);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_chosen_on_a_desk_is_attached_on_the_hub_and_an_observer_sends_none() {
    let office = office(Lifetime::default()).await;
    let desk = signed_in(&office, "officer@council.uz").await;
    let agreements = desk
        .call(
            "list_agreements",
            &json!({ "filter": council_core::agreement::AgreementFilter::default() }),
            None,
        )
        .await
        .unwrap();
    let agreement = agreements[0]["id"].as_str().unwrap().to_owned();
    let chosen = desk
        .upload("Протокол oʻzaro kelishuv.pdf", b"%PDF-1.4 minutes".to_vec())
        .await
        .unwrap();
    assert_eq!(chosen.name, "Протокол oʻzaro kelishuv.pdf");
    let asked = json!({ "ownerKind": "agreement", "ownerId": agreement, "file": chosen.token });
    let attached = desk.call("attach_chosen", &asked, None).await.unwrap();
    assert_eq!(attached["name"], "Протокол oʻzaro kelishuv.pdf");
    let (content, _) = desk
        .download("attachment", &json!({ "id": attached["id"] }))
        .await
        .unwrap();
    assert_eq!(content, b"%PDF-1.4 minutes");

    let observer = signed_in(&office, "observer@council.uz").await;
    let refused = observer.upload("x.pdf", b"x".to_vec()).await.unwrap_err();
    assert_eq!(refused.code, ErrorCode::Forbidden);
    let refused = desk
        .call(
            "attach_chosen",
            &json!({ "ownerKind": "agreement", "ownerId": agreement, "file": "999" }),
            None,
        )
        .await
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::NotFound);
}
