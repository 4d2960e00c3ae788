//! `council serve`: the office hub prints where it listens and the fingerprint desks pin, which
//! `council serve --fingerprint` prints again.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use crate::support::Council;

#[test]
fn the_hub_prints_its_address_and_the_fingerprint_that_serve_fingerprint_prints_again() {
    let council = Council::new();
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
    let mut lines = BufReader::new(hub.stdout.take().unwrap()).lines();
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
