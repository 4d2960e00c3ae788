//! `council remind --email`: one message per body with its letter attached as a PDF, sent to the loopback
//! SMTP sink or saved as .eml files; only the messages that went are recorded, and a body without an address
//! is reported, not mailed.

use std::io::Write;
use std::process::{Command, Stdio};

use council_mail::sink::Sink;
use serde_json::Value;

use crate::support::Council;

const TODAY: &str = "--today=2026-11-29";

/// Reads a message with Python's `email` package: its subject, recipients and attachments (name, type and
/// the first bytes).
fn read(data: &[u8]) -> Value {
    const SCRIPT: &str = r#"
import email, email.policy, json, sys
m = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
print(json.dumps({
    "subject": str(m["subject"]),
    "to": [str(a) for a in m["to"].addresses],
    "cc": [str(a) for a in m["cc"].addresses] if m["cc"] else [],
    "attachments": [{"name": p.get_filename(), "type": p.get_content_type(),
                     "head": p.get_content()[:5].decode("latin-1")} for p in m.iter_attachments()],
}))
"#;
    let mut python = Command::new("python3")
        .args(["-c", SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 reads the messages");
    python.stdin.take().unwrap().write_all(data).unwrap();
    let output = python.wait_with_output().unwrap();
    assert!(output.status.success(), "python could not read the message");
    serde_json::from_slice(&output.stdout).unwrap()
}

/// The demonstration register with four letters due; the first three bodies get an address each, the
/// fourth none. Answers the letters as `remind --json` lists them.
fn register(council: &Council) -> Vec<Value> {
    council.ok(&["demo", "--scale", "small", "--seed", "3", TODAY]);
    let letters = council.ok(&["remind", "--overdue", "--json", TODAY]).json();
    let letters = letters.as_array().unwrap().clone();
    assert_eq!(letters.len(), 4, "{letters:?}");
    for (letter, email) in letters.iter().zip([
        "hokimiyat@toshkent.test",
        "closed@samarqand.test",
        "pravitelstvo@moskva.test",
    ]) {
        let country = if letter["lang"] == "ru" { "RU" } else { "UZ" };
        council.ok(&[
            "people",
            "add",
            "--country",
            country,
            "--full-name-ru",
            "Исполнитель",
            "--body",
            letter["body_id"].as_str().unwrap(),
            "--email",
            email,
        ]);
    }
    letters
}

fn reminders(council: &Council, instruction: &Value) -> Vec<Value> {
    council
        .ok(&[
            "instructions",
            "show",
            instruction.as_str().unwrap(),
            "--json",
            TODAY,
        ])
        .json()["reminders"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn letters_are_mailed_one_per_body_and_only_those_sent_are_recorded() {
    let council = Council::new();
    let letters = register(&council);
    let sink = Sink::start(&["closed@samarqand.test"]);
    council.ok(&[
        "mail",
        "settings",
        "--host",
        "127.0.0.1",
        "--port",
        &sink.port.to_string(),
        "--security",
        "none",
        "--from",
        "Секретариат Совета регионов <secretariat@council.test>",
    ]);
    let run = council.run(&[
        "remind",
        "--overdue",
        "--number-prefix",
        "01-12/",
        "--date",
        "2026-12-07",
        "--email",
        "--json",
        TODAY,
    ]);
    // The refused message fails the run; the others went all the same.
    assert_eq!(run.code, 1, "{}", run.stderr);
    let emailed: Value = serde_json::from_str(&run.stdout).unwrap();
    let outcomes = emailed["letters"].as_array().unwrap();
    let statuses: Vec<&str> = outcomes
        .iter()
        .map(|l| l["outcome"]["status"].as_str().unwrap_or("no address"))
        .collect();
    assert_eq!(statuses, ["sent", "refused", "sent", "no address"]);
    assert!(
        outcomes[1]["outcome"]["detail"]
            .as_str()
            .unwrap()
            .starts_with("550"),
        "{emailed}"
    );
    assert_eq!(outcomes[3]["to"], serde_json::json!([]));
    assert!(emailed["recorded"].as_u64().unwrap() >= 2, "{emailed}");

    let received = sink.received();
    assert_eq!(received.len(), 2);
    assert_eq!(received[0].recipients, ["hokimiyat@toshkent.test"]);
    let first = read(&received[0].data);
    assert!(
        first["subject"]
            .as_str()
            .unwrap()
            .ends_with("chiqish № 01-12/1, 07.12.2026"),
        "{first}"
    );
    assert!(first["subject"].as_str().unwrap().contains("toʻgʻrisida"));
    // Named like the saved letters.
    assert!(
        first["attachments"][0]["name"]
            .as_str()
            .unwrap()
            .starts_with("Eslatma "),
        "{first}"
    );
    let second = read(&received[1].data);
    assert_eq!(
        second["subject"],
        "Напоминание об исполнении поручений — исх. № 01-12/3 от 07.12.2026"
    );
    for message in [&first, &second] {
        let attachments = message["attachments"].as_array().unwrap();
        assert_eq!(attachments.len(), 1);
        assert_eq!(attachments[0]["type"], "application/pdf");
        assert_eq!(attachments[0]["head"], "%PDF-");
        let name = std::path::Path::new(attachments[0]["name"].as_str().unwrap());
        assert_eq!(name.extension().unwrap(), "pdf", "{message}");
    }

    // Sent: in the history with channel email and the letter's number; refused or no address: nothing.
    let sent = reminders(&council, &letters[0]["instructions"][0]);
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0]["channel"], "email");
    assert_eq!(sent[0]["letter_number"], "01-12/1");
    assert_eq!(
        reminders(&council, &letters[2]["instructions"][0])[0]["letter_number"],
        "01-12/3"
    );
    assert!(reminders(&council, &letters[1]["instructions"][0]).is_empty());
    assert!(reminders(&council, &letters[3]["instructions"][0]).is_empty());

    // Saved as .eml files instead: every body with an address, recorded as e-mail files.
    let outbox = council.db.with_file_name("outbox");
    let saved = council
        .ok(&[
            "remind",
            "--overdue",
            "--number-prefix",
            "01-12/",
            "--first",
            "10",
            "--email",
            "--eml",
            outbox.to_str().unwrap(),
            "--json",
            TODAY,
        ])
        .json();
    let saved = saved["letters"].as_array().unwrap();
    assert_eq!(saved[1]["outcome"]["status"], "saved");
    assert!(saved[3]["outcome"].is_null());
    let file = std::fs::read(saved[1]["outcome"]["detail"].as_str().unwrap()).unwrap();
    let message = read(&file);
    assert_eq!(message["to"], serde_json::json!(["closed@samarqand.test"]));
    assert_eq!(message["attachments"][0]["head"], "%PDF-");
    let refused_before = reminders(&council, &letters[1]["instructions"][0]);
    assert_eq!(refused_before.len(), 1);
    assert_eq!(refused_before[0]["channel"], "email_file");
    assert_eq!(refused_before[0]["letter_number"], "01-12/11");
    assert_eq!(sink.received().len(), 2, "nothing more was sent");
}

#[test]
fn mailing_without_a_server_is_refused_and_records_nothing() {
    let council = Council::new();
    let letters = register(&council);
    let run = council.run(&[
        "remind",
        "--overdue",
        "--number-prefix",
        "01-12/",
        "--email",
        TODAY,
    ]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("mail_not_configured"), "{}", run.stderr);
    assert!(reminders(&council, &letters[0]["instructions"][0]).is_empty());
}
