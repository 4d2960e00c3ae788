//! `council mail settings` and `council mail test` through the binary.

use crate::support::Council;

#[test]
fn mail_settings_are_shown_set_and_refused_when_wrong() {
    let council = Council::new();
    let empty = council.ok(&["mail", "settings", "--json"]).json();
    assert_eq!(empty["host"], "");
    let set = council
        .ok(&[
            "mail",
            "settings",
            "--host",
            "mail.kengash.uz",
            "--security",
            "tls",
            "--account",
            "kotibiyat",
            "--from",
            "Hududlar Kengashi kotibiyati <kotibiyat@kengash.uz>",
            "--json",
        ])
        .json();
    assert_eq!(set["port"], 465);
    assert_eq!(set["senderName"], "Hududlar Kengashi kotibiyati");
    assert_eq!(set["senderAddress"], "kotibiyat@kengash.uz");
    let shown = council.ok(&["mail", "settings"]).stdout;
    assert!(shown.contains("host\tmail.kengash.uz"), "{shown}");
    assert!(shown.contains("security\ttls"), "{shown}");

    let refused = council.run(&["mail", "settings", "--from", "kotibiyat"]);
    assert_eq!(refused.code, 1);
    assert!(
        refused
            .stderr
            .contains("“kotibiyat” is not an e-mail address"),
        "{}",
        refused.stderr
    );
    let kept = council.ok(&["mail", "settings", "--json"]).json();
    assert_eq!(kept["senderAddress"], "kotibiyat@kengash.uz");
}

#[test]
fn a_test_message_is_saved_as_an_eml_file_when_asked() {
    let council = Council::new();
    council.ok(&[
        "mail",
        "settings",
        "--from",
        "Kotibiyat <kotibiyat@kengash.uz>",
    ]);
    let folder = council.db.with_file_name("outbox");
    let saved = council
        .ok(&[
            "--lang",
            "uz",
            "mail",
            "test",
            "--to",
            "hokimiyat@viloyat.uz",
            "--eml",
            folder.to_str().unwrap(),
            "--json",
        ])
        .json();
    assert_eq!(saved[0]["status"], "saved");
    let file = std::fs::read_to_string(saved[0]["detail"].as_str().unwrap()).unwrap();
    assert!(file.contains("To: hokimiyat@viloyat.uz"), "{file}");
    assert!(file.contains("Message-ID: <"), "{file}");
}

#[test]
fn a_test_message_to_a_closed_port_fails_with_the_reason() {
    let council = Council::new();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    council.ok(&[
        "mail",
        "settings",
        "--host",
        "127.0.0.1",
        "--port",
        &port.to_string(),
        "--security",
        "none",
        "--account",
        "kotibiyat",
        "--from",
        "kotibiyat@kengash.uz",
    ]);
    let run = council.run_with(
        &["mail", "test", "--to", "hokimiyat@viloyat.uz"],
        &[("COUNCIL_SMTP_PASSWORD", "secret")],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.starts_with("failed\thokimiyat@viloyat.uz"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.contains("The mail server could not be reached"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(&format!("127.0.0.1:{port}")),
        "{}",
        run.stderr
    );
}

#[test]
fn without_a_server_the_test_message_says_how_to_save_it() {
    let council = Council::new();
    council.ok(&["mail", "settings", "--from", "kotibiyat@kengash.uz"]);
    let run = council.run(&["mail", "test", "--to", "hokimiyat@viloyat.uz"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains(".eml"), "{}", run.stderr);
}
