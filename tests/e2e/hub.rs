//! Two desks on one office hub: `council serve` on loopback, two real app windows connected to it through
//! Settings → Office hub. Irina schedules a session and Nodira's open calendar shows it without a reload;
//! Nodira's save over Irina's later change to the same pairing is refused with Irina's name; signed in
//! again as an observer, Delete is disabled and the command, sent anyway, refused by the hub, while printing
//! the pairing's dossier works from the data the hub sends.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;
use thirtyfour::prelude::*;

use crate::harness::{App, cli, cli_json, free_port};

const PASSWORD: &str = "kotibiyat-2026";

/// `council serve`, stopped with SIGTERM when the test ends.
struct Serving(Child);

impl Drop for Serving {
    fn drop(&mut self) {
        if let Ok(Some(_)) = self.0.try_wait() {
            return;
        }
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.0.id().to_string())
            .status();
        let _ = self.0.wait();
    }
}

/// Runs `council` on `db` as `officer` (none: as the register allows), with `password` as the new one.
fn council(db: &Path, officer: Option<&str>, new_password: Option<&str>, args: &[&str]) {
    let mut command = cli(db, args);
    if let Some(officer) = officer {
        command.arg("--as").arg(officer);
    }
    if let Some(password) = new_password {
        command.env("COUNCIL_NEW_PASSWORD", password);
    }
    let output = command.output().expect("run council");
    assert!(
        output.status.success(),
        "council {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The office: one pairing, a head, an officer and an observer with passwords, and its hub on loopback.
/// Answers the hub's database, address and fingerprint.
fn office(dir: &Path) -> (PathBuf, String, String, Serving) {
    let db = dir.join("hub.db");
    let pairing = [
        "pairings",
        "add",
        "UZ-SA",
        "RU-SVE",
        "--since",
        "2019-10-19",
        "--basis-number",
        "14",
    ];
    council(&db, None, None, &pairing);
    let head = "head@council.uz";
    for (role, name, email) in [
        ("head", "Каримова Нодира", head),
        ("officer", "Петрова Ирина", "officer@council.uz"),
        ("observer", "Юсупов Алишер", "observer@council.uz"),
    ] {
        let add = [
            "officer",
            "add",
            "--role",
            role,
            "--name-ru",
            name,
            "--email",
            email,
        ];
        council(&db, (role != "head").then_some(head), None, &add);
    }
    for email in ["officer@council.uz", "observer@council.uz", head] {
        council(
            &db,
            Some(head),
            Some(PASSWORD),
            &["officer", "password", email],
        );
    }
    let fingerprint = String::from_utf8(
        cli(&db, &["serve", "--fingerprint"])
            .output()
            .expect("council serve --fingerprint")
            .stdout,
    )
    .expect("UTF-8")
    .trim()
    .to_owned();
    let address = format!("127.0.0.1:{}", free_port());
    let serving = serve(&db, &address);
    (db, address, fingerprint, serving)
}

/// A desk of its own (an empty register), connected through Settings → Office hub → Connect: the window
/// reloads on the hub's register, signed in as `name`.
async fn desk(address: &str, fingerprint: &str, login: &str, name: &str) -> WebDriverResult<App> {
    let app = App::start(&[]).await?;
    app.click("nav-settings").await?;
    app.click("hub-connect-start").await?;
    app.type_into("hub-address", address).await?;
    // Typed as one reads it out: in pairs, with spaces.
    app.type_into("hub-fingerprint", &fingerprint.replace(':', " "))
        .await?;
    app.type_into("hub-login", login).await?;
    app.type_into("hub-password", PASSWORD).await?;
    app.click("hub-connect").await?;
    app.wait_text("signed-in-name", name).await?;
    app.wait_text("hub-shown-address", address).await?;
    Ok(app)
}

#[tokio::test(flavor = "multi_thread")]
async fn two_desks_on_one_hub_see_each_others_work_and_never_overwrite_it_unseen()
-> WebDriverResult<()> {
    let dir = tempfile::tempdir().expect("temp dir");
    let (hub_db, address, fingerprint, _serving) = office(dir.path());

    let mut irina = desk(
        &address,
        &fingerprint,
        "officer@council.uz",
        "Петрова Ирина",
    )
    .await?;
    let mut nodira = desk(&address, &fingerprint, "head@council.uz", "Каримова Нодира").await?;

    // Nodira's calendar is open on this month; Irina schedules a session in it.
    nodira.click("nav-calendar").await?;
    nodira.wait_visible("session-new").await?;
    assert_eq!(nodira.count("calendar-session").await?, 0);
    let month = irina
        .script("return new Date().toISOString().slice(0, 8);")
        .await?;
    let start = format!("{}15 10:00", month.as_str().expect("a date"));
    irina.click("nav-calendar").await?;
    irina.click("session-new").await?;
    irina
        .type_into("session-title-ru", "Рабочая группа по туризму")
        .await?;
    irina
        .type_into("session-title-uz", "Turizm boʻyicha ishchi guruh")
        .await?;
    irina
        .type_into("session-title-en", "Tourism working group")
        .await?;
    irina.type_into("session-start", &start).await?;
    irina.click("session-save").await?;
    // A weekend or a holiday on the 15th is warned about; the session is scheduled anyway.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if irina.count("session-page").await? > 0 {
            break;
        }
        if irina.count("schedule-anyway").await? > 0 {
            irina.click("schedule-anyway").await?;
        }
        assert!(Instant::now() < deadline, "the session was not saved");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    nodira.wait_count("calendar-session", 1).await?;
    let chip = nodira
        .script("return document.querySelector('[data-testid=\"calendar-session\"]').textContent;")
        .await?;
    assert!(
        chip.as_str()
            .is_some_and(|text| text.contains("Рабочая группа по туризму")),
        "{chip}"
    );
    nodira.screenshot("hub-colleagues-session").await?;

    // Nodira opens the pairing to edit it; meanwhile Irina changes its basis number.
    nodira.click("nav-pairings").await?;
    nodira.click("pairing-edit").await?;
    nodira.wait_visible("pairing-form").await?;
    irina.click("nav-pairings").await?;
    irina.click("pairing-edit").await?;
    irina.type_into("pairing-basis-number", "27").await?;
    irina.click("pairing-save").await?;
    irina.wait_text("pairings-table", "27").await?;
    // Nodira's list shows Irina's number; her open form keeps what she types, and its save is refused.
    nodira.wait_text("pairings-table", "27").await?;
    nodira.type_into("pairing-basis-number", "31").await?;
    nodira.click("pairing-save").await?;
    let refused = nodira.wait_text("form-error", "Петрова Ирина").await?;
    assert!(refused.contains("Ничего не сохранено"), "{refused}");
    assert_eq!(nodira.value_of("pairing-basis-number").await?, "31");
    let pairings = cli_json(&hub_db, &["pairings", "list", "--json"]);
    assert_eq!(pairings[0]["basis"]["number"], "27", "{pairings}");
    nodira.click("pairing-cancel").await?;

    // Signed in again as the observer: Delete is disabled, and refused by the hub if sent anyway.
    nodira.click("switch-officer").await?;
    nodira.wait_visible("hub-sign-in").await?;
    nodira.type_into("hub-login", "observer@council.uz").await?;
    nodira.type_into("hub-password", PASSWORD).await?;
    nodira.click("hub-connect").await?;
    nodira.wait_gone("hub-sign-in").await?;
    nodira.wait_text("signed-in-role", "Наблюдатель").await?;
    let delete = nodira.wait_visible("pairing-delete").await?;
    assert_eq!(delete.attr("aria-disabled").await?.as_deref(), Some("true"));
    let id = pairings[0]["id"].as_str().expect("id").to_owned();
    let refused = nodira
        .command("delete_pairing", json!({ "id": id }))
        .await?
        .expect_err("an observer's delete is refused");
    assert_eq!(refused["code"], "forbidden", "{refused}");
    let pairings = cli_json(&hub_db, &["pairings", "list", "--json"]);
    assert_eq!(
        pairings.as_array().map(Vec::len),
        Some(1),
        "nothing deleted"
    );

    // Printing is reading: the desk typesets the dossier from the data the hub sends.
    nodira.click("pairing-open").await?;
    nodira.click("pairing-print").await?;
    nodira.wait_visible("print-preview").await?;
    let deadline = Instant::now() + Duration::from_secs(120);
    while nodira.count("print-page").await? == 0 {
        assert!(Instant::now() < deadline, "the dossier was never typeset");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    nodira.wait_text("print-page-count", "Страниц:").await?;

    // Each desk's own register was left as it was.
    for app in [&irina, &nodira] {
        let own = cli_json(&app.db, &["sessions", "list", "--json"]);
        assert_eq!(own, json!([]));
    }
    irina.quit().await?;
    nodira.quit().await
}

/// Starts `council serve` on `db` at `address` again and waits until it listens.
fn serve(db: &Path, address: &str) -> Serving {
    let child = cli(db, &["serve", "--listen", address])
        .stdout(Stdio::null())
        .spawn()
        .expect("council serve");
    let serving = Serving(child);
    let deadline = Instant::now() + Duration::from_secs(60);
    while TcpStream::connect(address).is_err() {
        assert!(Instant::now() < deadline, "the hub never listened");
        std::thread::sleep(Duration::from_millis(100));
    }
    serving
}

#[tokio::test(flavor = "multi_thread")]
async fn what_was_typed_while_the_hub_was_down_is_saved_once_it_is_back() -> WebDriverResult<()> {
    let dir = tempfile::tempdir().expect("temp dir");
    let (hub_db, address, fingerprint, mut serving) = office(dir.path());
    let mut irina = desk(
        &address,
        &fingerprint,
        "officer@council.uz",
        "Петрова Ирина",
    )
    .await?;
    irina.click("nav-pairings").await?;
    irina.click("pairing-edit").await?;
    irina.type_into("pairing-basis-number", "42").await?;

    // The hub's machine goes down hard: the save says so at once and keeps what was typed.
    serving.0.kill().expect("kill -9 the hub");
    serving.0.wait().expect("the hub stopped");
    irina.click("pairing-save").await?;
    irina.wait_text("form-error", "не отвечает").await?;
    irina.wait_visible("hub-unreachable").await?;
    assert_eq!(irina.value_of("pairing-basis-number").await?, "42");

    // Back, it has forgotten its sessions: the desk asks to sign in again over the open form.
    let _serving = serve(&hub_db, &address);
    irina.wait_gone("hub-unreachable").await?;
    irina.wait_visible("hub-sign-in").await?;
    irina.type_into("hub-password", PASSWORD).await?;
    irina.click("hub-connect").await?;
    irina.wait_gone("hub-sign-in").await?;
    assert_eq!(irina.value_of("pairing-basis-number").await?, "42");
    irina.click("pairing-save").await?;
    irina.wait_text("pairings-table", "42").await?;
    let pairings = cli_json(&hub_db, &["pairings", "list", "--json"]);
    assert_eq!(pairings[0]["basis"]["number"], "42", "{pairings}");
    let check = cli(&hub_db, &["check", "--full"]).output().expect("check");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    irina.quit().await
}
