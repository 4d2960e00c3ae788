//! Reminder letters by e-mail from the control screen: sent from the desk to an SMTP sink on loopback, one
//! message per body with its letter as a PDF, and the control list marks the instructions reminded.

use council_mail::sink::Sink;
use thirtyfour::prelude::*;

use crate::harness::{App, cli, cli_json};

#[tokio::test(flavor = "multi_thread")]
async fn reminder_letters_are_emailed_from_the_control_screen_and_marked_reminded()
-> WebDriverResult<()> {
    let sink = Sink::start(&[]);
    let port = sink.port.to_string();
    let seed: &[&[&str]] = &[
        &["demo", "--scale", "small", "--seed", "3"],
        // No account: the server takes mail without signing in, so no password is asked for.
        &[
            "mail",
            "settings",
            "--host",
            "127.0.0.1",
            "--port",
            &port,
            "--security",
            "none",
            "--from",
            "Секретариат Совета регионов <secretariat@council.test>",
        ],
    ];
    let mut app = App::start(seed).await?;
    // Every body a letter goes to gets an address.
    let letters = cli_json(&app.db, &["remind", "--overdue", "--json"]);
    let letters = letters.as_array().expect("letters").clone();
    assert!(
        !letters.is_empty(),
        "the demonstration has overdue instructions"
    );
    for (n, letter) in letters.iter().enumerate() {
        let country = if letter["lang"] == "ru" { "RU" } else { "UZ" };
        let email = format!("body{n}@executor.test");
        let added = cli(
            &app.db,
            &[
                "people",
                "add",
                "--country",
                country,
                "--full-name-ru",
                "Исполнитель",
                "--body",
                letter["body_id"].as_str().unwrap(),
                "--email",
                &email,
            ],
        )
        .output()
        .expect("council runs");
        assert!(added.status.success(), "{added:?}");
    }

    app.click("nav-control").await?;
    app.click("control-remind").await?;
    app.wait_visible("remind-dialog").await?;
    app.click("remind-within-on").await?;
    app.type_into("remind-prefix", "01-12/").await?;
    app.click("remind-show").await?;
    app.wait_count("remind-letter", letters.len()).await?;
    app.click("remind-email").await?;
    // Each letter is typeset before its message leaves: give a debug build its time.
    let mut waited = app.wait_count("remind-outcome", letters.len()).await;
    for _ in 0..5 {
        if waited.is_ok() {
            break;
        }
        waited = app.wait_count("remind-outcome", letters.len()).await;
    }
    waited?;
    let sent = app
        .script(
            "return document.querySelectorAll(\"[data-testid='remind-outcome'][data-status='sent']\").length",
        )
        .await?;
    assert_eq!(sent, serde_json::json!(letters.len()));
    app.click("remind-close").await?;
    app.wait_gone("remind-dialog").await?;
    app.wait_visible("reminded-mark").await?;

    let received = sink.received();
    assert_eq!(received.len(), letters.len());
    for (n, message) in received.iter().enumerate() {
        assert_eq!(message.recipients, [format!("body{n}@executor.test")]);
        let text = String::from_utf8_lossy(&message.data);
        assert!(text.contains("Content-Type: application/pdf"), "{text}");
        // The PDF's first bytes, "%PDF-", in base64.
        assert!(text.contains("JVBERi0"), "no PDF attached");
    }
    let shown = cli_json(
        &app.db,
        &[
            "instructions",
            "show",
            letters[0]["instructions"][0].as_str().unwrap(),
            "--json",
        ],
    );
    assert_eq!(shown["reminders"][0]["channel"], "email");
    assert_eq!(shown["reminders"][0]["letter_number"], "01-12/1");
    app.quit().await?;
    Ok(())
}
