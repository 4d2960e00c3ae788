//! The stream of changes: a desk listening learns of another desk's write.

use std::time::Duration;

use council_hub::Lifetime;
use futures_util::StreamExt;
use reqwest::StatusCode;
use serde_json::Value;

use crate::support::{office, rate};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_listening_desk_hears_of_a_write_made_by_another() {
    let office = office(Lifetime::default()).await;
    let (listener, writer) = (office.client(), office.client());
    let head = office.token(&listener, "head@council.uz").await;
    let events = office.listen(&listener, &head).await;
    assert_eq!(events.status(), StatusCode::OK);
    assert_eq!(events.headers()["content-type"], "text/event-stream");

    let officer = office.token(&writer, "officer@council.uz").await;
    let (status, _) = office
        .call(&writer, Some(&officer), "set_rate", rate())
        .await;
    assert_eq!(status, StatusCode::OK);

    let mut stream = events.bytes_stream();
    let mut text = String::new();
    let change = tokio::time::timeout(Duration::from_secs(20), async {
        loop {
            let chunk = stream.next().await.expect("the stream ended").unwrap();
            text.push_str(&String::from_utf8_lossy(&chunk));
            if let Some(line) = text.lines().find(|line| line.starts_with("data:")) {
                return serde_json::from_str::<Value>(line.trim_start_matches("data:").trim())
                    .unwrap();
            }
        }
    })
    .await
    .expect("no event within 20 s");
    assert!(text.contains("event: change"), "{text}");
    assert_eq!(change["entity"], "exchange_rate");
    assert_eq!(change["recordId"], "RUB/2026-11-30");
    assert_eq!(change["officer"]["en"], "Ирина Петрова");
    assert!(change["seq"].as_i64().unwrap() > 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_desk_that_signed_out_hears_nothing_more() {
    let office = office(Lifetime::default()).await;
    let (listener, writer) = (office.client(), office.client());
    let head = office.token(&listener, "head@council.uz").await;
    let events = office.listen(&listener, &head).await;
    assert_eq!(events.status(), StatusCode::OK);
    let signed_out = listener
        .post(office.url("/sign-out"))
        .bearer_auth(&head)
        .send()
        .await
        .unwrap();
    assert_eq!(signed_out.status(), StatusCode::NO_CONTENT);

    let officer = office.token(&writer, "officer@council.uz").await;
    let (status, _) = office
        .call(&writer, Some(&officer), "set_rate", rate())
        .await;
    assert_eq!(status, StatusCode::OK);

    // The stream ends instead of telling what changed.
    let mut stream = events.bytes_stream();
    let mut text = String::new();
    tokio::time::timeout(Duration::from_secs(20), async {
        while let Some(chunk) = stream.next().await {
            text.push_str(&String::from_utf8_lossy(&chunk.unwrap()));
        }
    })
    .await
    .expect("the stream went on after its session ended");
    assert!(!text.contains("event: change"), "{text}");
}
