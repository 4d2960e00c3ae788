//! End-to-end tests of the real Council Desk app: the built binary in a real window (under Xvfb in CI),
//! driven through WebDriver (tauri-driver + WebKitWebDriver), checked afterwards through the `council` CLI
//! on the same database file.
//!
//! Needs: the debug build of `council-desk` and `council` next to this test binary's target directory (or
//! `COUNCIL_DESK_APP` / `COUNCIL_CLI`), `tauri-driver` on PATH, `WebKitWebDriver`, and a display.
//! `make test` arranges all of it.

mod exchange;
mod first_start;
mod harness;
mod holding;
mod hub;
mod layout;
mod mailing;
mod officers;
mod printing;
mod records;
mod scheduling;
mod screenshots;

use harness::{App, cli_json};
use thirtyfour::prelude::*;

#[tokio::test(flavor = "multi_thread")]
async fn a_pairing_created_in_the_form_is_listed_and_read_back_by_the_cli() -> WebDriverResult<()> {
    let mut app = App::start(&[]).await?;
    app.click("nav-pairings").await?;
    app.click("pairing-new").await?;
    app.wait_visible("pairing-form").await?;
    app.select_option_containing("pairing-region-uz", "UZ-SA")
        .await?;
    app.select_option_containing("pairing-region-ru", "RU-SVE")
        .await?;
    app.select_value("pairing-status", "active").await?;
    app.type_into("pairing-since", "2024-05-27").await?;
    app.type_into("pairing-basis-title-ru", "Соглашение о сотрудничестве")
        .await?;
    app.type_into("pairing-basis-number", "12").await?;
    app.click("pairing-sector-energy").await?;
    app.click("pairing-sector-tourism").await?;
    app.type_into(
        "pairing-notes-uz",
        "Qo\u{02BB}shma loyihalar va ta\u{02BC}lim",
    )
    .await?;
    app.click("pairing-save").await?;

    let row = app.wait_text("pairings-table", "Самаркандская").await?;
    assert!(row.contains("Свердловская"), "{row}");
    app.screenshot("pairings").await?;
    app.quit().await?;

    let pairings = cli_json(&app.db, &["pairings", "list", "--json"]);
    let pairings = pairings.as_array().expect("array");
    assert_eq!(pairings.len(), 1);
    let p = &pairings[0];
    assert_eq!(p["uz_region"]["iso_code"], "UZ-SA");
    assert_eq!(p["ru_region"]["iso_code"], "RU-SVE");
    assert_eq!(p["status"], "active");
    assert_eq!(p["since"], "2024-05-27");
    assert_eq!(p["sectors"], serde_json::json!(["energy", "tourism"]));
    assert_eq!(
        p["notes"]["uz"],
        "Qo\u{02BB}shma loyihalar va ta\u{02BC}lim"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_pairing_shows_a_translated_error_and_changes_nothing() -> WebDriverResult<()> {
    let mut app = App::start(&[&["pairings", "add", "UZ-SA", "RU-SVE"]]).await?;
    app.click("nav-pairings").await?;
    app.wait_text("pairings-table", "Самаркандская").await?;
    app.click("pairing-new").await?;
    app.select_option_containing("pairing-region-uz", "UZ-SA")
        .await?;
    app.select_option_containing("pairing-region-ru", "RU-SVE")
        .await?;
    app.select_value("pairing-status", "active").await?;
    app.click("pairing-save").await?;
    let error = app
        .wait_text("error-status", "действующее партнёрство")
        .await?;
    assert!(error.contains("уже есть"), "{error}");
    // What the officer typed is still there.
    assert!(app.value_of("pairing-region-uz").await?.len() > 10);
    app.screenshot("pairing-refused").await?;
    app.quit().await?;
    let pairings = cli_json(&app.db, &["pairings", "list", "--json"]);
    assert_eq!(pairings.as_array().expect("array").len(), 1);
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn delete_goes_to_the_trash_and_undo_brings_the_pairing_back() -> WebDriverResult<()> {
    let mut app = App::start(&[&["pairings", "add", "UZ-AN", "RU-TA"]]).await?;
    app.click("nav-pairings").await?;
    app.wait_text("pairings-table", "Андижанская").await?;
    app.click("pairing-delete").await?;
    app.wait_visible("toast").await?;
    app.wait_gone("pairing-row").await?;
    assert_eq!(
        cli_json(&app.db, &["trash", "list", "--json"])
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    app.click("toast-undo").await?;
    app.wait_text("pairings-table", "Андижанская").await?;
    app.quit().await?;
    assert_eq!(
        cli_json(&app.db, &["trash", "list", "--json"])
            .as_array()
            .map(Vec::len),
        Some(0)
    );
    assert_eq!(
        cli_json(&app.db, &["pairings", "list", "--json"])
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_interface_switches_to_uzbek_and_back_and_remembers_it() -> WebDriverResult<()> {
    let mut app = App::start(&[]).await?;
    app.select_value("lang-select", "uz").await?;
    app.wait_text("nav-pairings", "Hamkorliklar").await?;
    app.click("nav-regions").await?;
    app.type_into("regions-filter", "farg\u{02BB}").await?;
    let table = app
        .wait_text("regions-table", "Farg\u{02BB}ona viloyati")
        .await?;
    assert!(
        !table.contains("Samarqand"),
        "the filter left other regions: {table}"
    );
    app.screenshot("regions-uz").await?;
    assert_eq!(cli_json(&app.db, &["info", "--json"])["language"], "uz");
    app.select_value("lang-select", "ru").await?;
    app.wait_text("nav-pairings", "Партнёрства").await?;
    app.quit().await?;
    assert_eq!(cli_json(&app.db, &["info", "--json"])["language"], "ru");
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_renders_a_populated_register() -> WebDriverResult<()> {
    let seed: &[&[&str]] = &[
        &[
            "pairings",
            "add",
            "UZ-SA",
            "RU-SVE",
            "--since",
            "2019-10-19",
            "--sector",
            "tourism",
            "--sector",
            "culture",
            "--basis-title",
            "Соглашение о торгово-экономическом сотрудничестве",
            "--basis-number",
            "14",
        ],
        &[
            "pairings",
            "add",
            "UZ-TK",
            "RU-MOW",
            "--since",
            "2017-04-05",
            "--sector",
            "digitalization_ai",
            "--sector",
            "transport_logistics",
            "--basis-title",
            "Программа сотрудничества",
            "--basis-number",
            "2",
        ],
        &[
            "pairings",
            "add",
            "UZ-FA",
            "RU-TA",
            "--since",
            "2021-06-11",
            "--sector",
            "petrochemistry",
            "--basis-title",
            "Дорожная карта",
            "--basis-number",
            "5",
        ],
        &[
            "pairings",
            "add",
            "UZ-QR",
            "RU-BA",
            "--status",
            "proposed",
            "--sector",
            "agriculture",
        ],
        &[
            "pairings",
            "add",
            "UZ-NG",
            "RU-NVS",
            "--status",
            "suspended",
            "--since",
            "2020-02-01",
            "--sector",
            "science",
        ],
    ];
    let mut app = App::start(seed).await?;
    app.click("nav-pairings").await?;
    app.wait_text("pairings-table", "Каракалпакстан").await?;
    app.screenshot("screen-pairings").await?;
    app.click("nav-regions").await?;
    app.wait_text("regions-table", "UZ-TK").await?;
    app.screenshot("screen-regions").await?;
    app.click("nav-settings").await?;
    let db_path = app.wait_visible("about-db-path").await?.text().await?;
    assert_eq!(db_path, app.db.display().to_string());
    app.screenshot("screen-settings").await?;
    app.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn an_instruction_is_extended_reported_and_removed_from_control_on_the_control_screen()
-> WebDriverResult<()> {
    let mut app = App::start(&[&["demo", "--seed", "4"]]).await?;
    app.click("nav-control").await?;
    app.select_value("filter-state", "assigned").await?;
    let row = app.wait_visible("control-row").await?;
    let number = row.attr("data-number").await?.unwrap_or_default();
    app.click_row("control-row").await?;
    app.wait_visible("instruction-panel").await?;

    // Removal without an execution report is refused, in the officer's language, and nothing changes.
    app.click("action-remove").await?;
    // The step asks once more, naming what follows.
    app.click("remove-go").await?;
    app.wait_text("action-error", "отчёта об исполнении")
        .await?;

    app.click("action-start").await?;
    app.wait_gone("action-start").await?;
    app.click("action-extend").await?;
    app.type_into("extend-date", "2027-06-30").await?;
    app.type_into("extend-reason", "Ожидается ответ российской стороны")
        .await?;
    app.click("extend-save").await?;
    app.wait_text("instruction-history", "Ожидается ответ российской стороны")
        .await?;
    app.click("action-report").await?;
    app.type_into("report-text", "Дорожная карта подписана сторонами")
        .await?;
    app.click("report-save").await?;
    app.wait_text("instruction-history", "Дорожная карта подписана сторонами")
        .await?;
    app.screenshot("screen-control").await?;
    app.click("action-remove").await?;
    // The step asks once more, naming what follows.
    app.click("remove-go").await?;
    app.wait_gone("action-remove").await?;
    app.quit().await?;

    let shown = cli_json(&app.db, &["instructions", "show", &number, "--json"]);
    assert_eq!(shown["instruction"]["state"], "removed");
    assert_eq!(shown["instruction"]["due_on"], "2027-06-30");
    assert_eq!(
        shown["extensions"][0]["reason"],
        "Ожидается ответ российской стороны"
    );
    assert_eq!(
        shown["reports"][0]["text"],
        "Дорожная карта подписана сторонами"
    );
    let states: Vec<&str> = shown["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .filter_map(|c| c["to_state"].as_str())
        .collect();
    assert_eq!(states, ["assigned", "in_progress", "reported", "removed"]);
    Ok(())
}

/// Opens the dashboard (the app reopens the screen last used; the dashboard is where a new day starts) and waits
/// for the overdue count the CLI reports, and for the rates.
async fn dashboard_shows_the_cli_counts(app: &App) -> WebDriverResult<()> {
    app.click("nav-dashboard").await?;
    let summary = cli_json(&app.db, &["report", "summary", "--json"]);
    let overdue = summary["overdue"].as_u64().expect("a count").to_string();
    app.wait_text("dash-overdue", &overdue).await?;
    app.wait_visible("dash-rates").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn as_shipped_without_compositing_the_dashboard_shows_its_counts_and_the_screens_change()
-> WebDriverResult<()> {
    let mut app = App::start_as_shipped(&[&["demo", "--seed", "2"]]).await?;
    dashboard_shows_the_cli_counts(&app).await?;
    app.click("nav-bodies").await?;
    app.wait_visible("bodies-table").await?;
    app.press_ctrl("k").await?;
    app.type_into("search-input", "самарканд").await?;
    app.wait_visible("search-hit").await?;
    app.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_dashboard_opens_on_the_demonstration_year_with_its_counts() -> WebDriverResult<()> {
    let mut app = App::start(&[&["demo", "--seed", "2"]]).await?;
    dashboard_shows_the_cli_counts(&app).await?;
    app.screenshot("screen-dashboard").await?;
    app.click("nav-bodies").await?;
    app.wait_visible("bodies-table").await?;
    app.screenshot("screen-bodies").await?;
    app.click("nav-trash").await?;
    app.screenshot("screen-trash").await?;
    app.click("nav-calendar").await?;
    // Demonstration sessions are two months apart: step to the next month that has one.
    app.calendar_to_a_session(3).await?;
    app.screenshot("screen-calendar").await?;
    app.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_session_is_scheduled_its_agenda_built_and_reordered_and_its_instruction_controlled()
-> WebDriverResult<()> {
    let seed: &[&[&str]] = &[&[
        "bodies",
        "add",
        "--country",
        "UZ",
        "--kind",
        "ministry",
        "--name-ru",
        "Министерство экономики",
        "--name-uz",
        "Iqtisodiyot vazirligi",
        "--name-en",
        "Ministry of Economy",
    ]];
    let mut app = App::start(seed).await?;
    app.click("nav-calendar").await?;
    app.click("session-new").await?;
    app.type_into("session-title-ru", "Пятое заседание Совета регионов")
        .await?;
    app.type_into(
        "session-title-uz",
        "Hududlar Kengashining beshinchi majlisi",
    )
    .await?;
    app.type_into(
        "session-title-en",
        "Fifth session of the Council of Regions",
    )
    .await?;
    // A session already held (a report cannot be dated before its session).
    app.type_into("session-start", "2026-11-16 10:00").await?;
    app.select_value("session-zone", "Europe/Moscow").await?;
    app.click("session-save").await?;
    app.wait_visible("session-page").await?;
    // 10:00 in Moscow is 12:00 in Tashkent: both clocks are shown.
    app.wait_text("session-clocks", "12:00").await?;

    for n in 1..=5 {
        app.click("agenda-add").await?;
        app.type_into("agenda-item-title-ru", &format!("Пункт {n}"))
            .await?;
        app.type_into("agenda-item-duration", "15").await?;
        app.click("agenda-item-save").await?;
        app.wait_count("agenda-row", n).await?;
    }
    // The first item goes one down: "Пункт 2" becomes item 1.
    app.click("agenda-down").await?;
    app.wait_text("agenda-row", "Пункт 2").await?;
    app.screenshot("screen-session").await?;

    app.click("agenda-decide").await?;
    app.type_into("decision-text-ru", "Одобрить дорожную карту")
        .await?;
    app.click("decision-save").await?;
    app.wait_visible("decision-row").await?;
    app.click("decision-instruct").await?;
    app.type_into("instruction-text-ru", "Представить дорожную карту")
        .await?;
    app.select_option_containing("instruction-lead", "Министерство экономики")
        .await?;
    app.type_into("instruction-due", "2027-04-15").await?;
    app.click("instruction-save").await?;
    app.wait_visible("session-instruction").await?;

    // The instruction is now under control: extended, reported on, removed from control.
    app.click("nav-control").await?;
    app.click_row("control-row").await?;
    app.click("action-extend").await?;
    app.type_into("extend-date", "2027-05-15").await?;
    app.type_into("extend-reason", "Перенос рабочей группы")
        .await?;
    app.click("extend-save").await?;
    app.wait_text("instruction-history", "Перенос рабочей группы")
        .await?;
    app.click("action-report").await?;
    app.type_into("report-text", "Дорожная карта представлена")
        .await?;
    app.click("report-save").await?;
    app.wait_text("instruction-history", "Дорожная карта представлена")
        .await?;
    app.click("action-remove").await?;
    // The step asks once more, naming what follows.
    app.click("remove-go").await?;
    app.wait_gone("action-remove").await?;

    app.select_value("lang-select", "uz").await?;
    app.wait_text("nav-control", "Topshiriqlar").await?;
    app.select_value("lang-select", "ru").await?;
    app.wait_text("nav-control", "Контроль").await?;
    app.quit().await?;

    let sessions = cli_json(&app.db, &["sessions", "list", "--json"]);
    let session = &sessions[0];
    assert_eq!(
        session["title"]["uz"],
        "Hududlar Kengashining beshinchi majlisi"
    );
    assert_eq!(session["time_zone"], "Europe/Moscow");
    let id = session["id"].as_str().expect("id").to_owned();
    let agenda = cli_json(&app.db, &["agenda", "show", &id, "--json"]);
    let titles: Vec<&str> = agenda["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .filter_map(|e| e["item"]["title"]["ru"].as_str())
        .collect();
    assert_eq!(
        titles,
        ["Пункт 2", "Пункт 1", "Пункт 3", "Пункт 4", "Пункт 5"]
    );
    let decisions = cli_json(&app.db, &["decisions", "list", &id, "--json"]);
    assert_eq!(decisions[0]["text"]["ru"], "Одобрить дорожную карту");
    let instructions = cli_json(
        &app.db,
        &["instructions", "list", "--session", &id, "--json"],
    );
    assert_eq!(instructions[0]["original_due_on"], "2027-04-15");
    assert_eq!(instructions[0]["due_on"], "2027-05-15");
    assert_eq!(instructions[0]["state"], "removed");
    assert_eq!(instructions[0]["report_count"], 1);
    assert_eq!(
        instructions[0]["number"],
        format!("{}.1", decisions[0]["number"].as_str().unwrap_or_default())
    );
    Ok(())
}

/// Settings → Data through the real app: the full check, the number of daily backups kept (read back by the
/// CLI) and the folder the daily backup went into at start. Backing up and restoring go through native file
/// dialogs, which WebDriver cannot drive; the core and CLI tests cover them.
#[tokio::test(flavor = "multi_thread")]
async fn settings_checks_the_database_and_keeps_the_chosen_number_of_daily_backups()
-> WebDriverResult<()> {
    let mut app = App::start(&[&["demo", "--seed", "3"]]).await?;
    app.click("nav-settings").await?;
    let backups = app.db.with_file_name("backups");
    let folder = app.wait_visible("data-folder").await?.text().await?;
    assert_eq!(folder, backups.display().to_string());

    app.click("data-check").await?;
    app.wait_text("check-result", "проблем не найдено").await?;

    assert_eq!(app.value_of("data-keep").await?, "7");
    app.type_into("data-keep", "0").await?;
    app.click("data-keep-save").await?;
    app.wait_text("data-keep-error", "«0»").await?;
    app.type_into("data-keep", "12").await?;
    app.click("data-keep-save").await?;
    app.wait_visible("data-keep-saved").await?;
    app.screenshot("settings-data").await?;
    app.quit().await?;

    let about = cli_json(&app.db, &["info", "--json"]);
    assert_eq!(about["backups_keep"], 12);
    // The daily backup was made at start, in the folder Settings shows.
    let daily = std::fs::read_dir(&backups)
        .expect("a backups folder")
        .filter_map(Result::ok)
        .any(|entry| entry.file_name().to_string_lossy().starts_with("auto-"));
    assert!(daily, "a daily backup in {}", backups.display());
    Ok(())
}

/// A file attached to an execution report shows under the report; Delete and Undo go through the trash.
/// Attaching itself opens a native file dialog, which WebDriver cannot drive: the CLI attaches the file.
#[tokio::test(flavor = "multi_thread")]
async fn an_execution_report_lists_its_attachment_and_undoes_its_deletion() -> WebDriverResult<()> {
    let mut app = App::start(&[&["demo", "--seed", "5"]]).await?;
    app.click("nav-control").await?;
    app.select_value("filter-state", "reported").await?;
    let row = app.wait_visible("control-row").await?;
    let number = row.attr("data-number").await?.unwrap_or_default();
    let shown = cli_json(&app.db, &["instructions", "show", &number, "--json"]);
    let report = shown["reports"][0]["id"]
        .as_str()
        .expect("a report")
        .to_owned();
    let file = app.db.with_file_name("Протокол встречи.pdf");
    std::fs::write(&file, b"%PDF-1.7 minutes").expect("write the file");
    let attached = cli_json(
        &app.db,
        &[
            "attachments",
            "add",
            "execution_report",
            &report,
            file.to_str().expect("a UTF-8 path"),
            "--json",
        ],
    );

    app.click_row("control-row").await?;
    app.wait_text("attachments", "Протокол встречи.pdf").await?;
    app.screenshot("report-attachments").await?;
    app.click("attachment-delete").await?;
    app.wait_visible("attachments-empty").await?;
    app.click("toast-undo").await?;
    app.wait_text("attachment-name", "Протокол встречи.pdf")
        .await?;
    app.quit().await?;

    let listed = cli_json(
        &app.db,
        &["attachments", "list", "execution_report", &report, "--json"],
    );
    assert_eq!(listed[0]["id"], attached["id"]);
    let history = cli_json(
        &app.db,
        &[
            "history",
            "attachment",
            attached["id"].as_str().expect("an id"),
            "--json",
        ],
    );
    let actions: Vec<&str> = history
        .as_array()
        .expect("history")
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    assert_eq!(actions, ["create", "delete", "restore"]);
    Ok(())
}
