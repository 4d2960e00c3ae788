//! `council serve`: the office hub prints where it listens and the fingerprint desks pin, which
//! `council serve --fingerprint` prints again.

use std::io::{BufRead, BufReader, Lines};
use std::process::{Child, ChildStdout, Command, Stdio};

use crate::support::Council;

/// `council serve` on the test's database, on a port of the system's choice, in English; its output by line.
fn serve(council: &Council) -> (Child, Lines<BufReader<ChildStdout>>) {
    let mut hub = Command::new(env!("CARGO_BIN_EXE_council"))
        .arg("--db")
        .arg(&council.db)
        .args(["serve", "--listen", "127.0.0.1:0"])
        .env("COUNCIL_LANG", "en")
        .env_remove("COUNCIL_DB")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run council serve");
    let lines = BufReader::new(hub.stdout.take().unwrap()).lines();
    (hub, lines)
}

#[test]
fn the_hub_prints_its_address_and_the_fingerprint_that_serve_fingerprint_prints_again() {
    let council = Council::new();
    let (mut hub, mut lines) = serve(&council);
    let listening = lines.next().unwrap().unwrap();
    let fingerprint_line = lines.next().unwrap().unwrap();
    hub.kill().unwrap();
    hub.wait().unwrap();

    assert!(
        listening.starts_with("Council Desk office hub listening on: https://127.0.0.1:"),
        "{listening}"
    );
    let printed = fingerprint_line
        .strip_prefix("Certificate fingerprint (SHA-256): ")
        .unwrap_or_else(|| panic!("{fingerprint_line}"));
    // 32 bytes in hex, colon-separated.
    assert_eq!(printed.len(), 95, "{printed}");
    let again = council.ok(&["serve", "--fingerprint"]);
    assert_eq!(again.stdout.trim(), printed);
    let mut key = council.db.clone().into_os_string();
    key.push(".hub-key.pem");
    let key = std::fs::metadata(&key).expect("the key is kept beside the database");
    #[cfg(unix)]
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&key.permissions()) & 0o777,
        0o600,
        "only the hub's user may read its key"
    );
}

/// `council serve` on a register whose head has a password; answers the running process, its address and
/// the fingerprint it printed.
fn serve_with_a_head(council: &Council) -> (std::process::Child, String, String) {
    council.ok(&[
        "officer",
        "add",
        "--name-en",
        "N. Ivanova",
        "--email",
        "ivanova@council.uz",
    ]);
    let set = council.run_with(
        &["--as", "N. Ivanova", "officer", "password", "N. Ivanova"],
        &[("COUNCIL_NEW_PASSWORD", "Samarqand-2026")],
    );
    assert_eq!(set.code, 0, "{}", set.stderr);
    let (hub, mut lines) = serve(council);
    let listening = lines.next().unwrap().unwrap();
    let fingerprint = lines.next().unwrap().unwrap();
    let address = listening.rsplit("https://").next().unwrap().to_owned();
    let fingerprint = fingerprint.rsplit(": ").next().unwrap().to_owned();
    (hub, address, fingerprint)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_stops_the_hub_cleanly_and_a_write_it_acknowledged_is_kept() {
    let council = Council::new();
    let (mut hub, address, fingerprint) = serve_with_a_head(&council);
    let client = reqwest::Client::builder()
        .use_preconfigured_tls(council_hub::pin::PinnedFingerprint::client_config(
            &fingerprint,
        ))
        .build()
        .unwrap();
    let signed_in: serde_json::Value = client
        .post(format!("https://{address}/sign-in"))
        .json(&serde_json::json!({ "officer": "ivanova@council.uz", "password": "Samarqand-2026" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = signed_in["token"].as_str().unwrap();
    let written = client
        .post(format!("https://{address}/call/set_rate"))
        .bearer_auth(token)
        .json(&serde_json::json!({ "currency": "RUB", "onDate": "2026-11-30", "rate": "81.25" }))
        .send()
        .await
        .unwrap();
    assert_eq!(written.status(), reqwest::StatusCode::OK);

    let sent = Command::new("kill")
        .args(["-TERM", &hub.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let stopped = loop {
        if let Some(status) = hub.try_wait().unwrap() {
            break status;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the hub did not stop on SIGTERM"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert_eq!(stopped.code(), Some(0), "{stopped:?}");

    let rates = council.ok(&["rates", "list", "--json"]).json();
    assert!(
        rates
            .as_array()
            .unwrap()
            .iter()
            .any(|rate| rate["currency"] == "RUB" && rate["on_date"] == "2026-11-30"),
        "{rates}"
    );
}
