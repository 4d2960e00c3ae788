//! The pairing page, the search box and the change history, in the real app on the demonstration data.

use thirtyfour::prelude::*;

use crate::harness::{App, cli_json};

/// The pairing of the demonstration data with the most instructions, and how many it has.
fn busiest_pairing(app: &App) -> (String, usize) {
    let pairings = cli_json(&app.db, &["pairings", "list", "--json"]);
    pairings
        .as_array()
        .expect("pairings")
        .iter()
        .map(|p| {
            let id = p["id"].as_str().expect("id").to_owned();
            let n = cli_json(
                &app.db,
                &["instructions", "list", "--pairing", &id, "--json"],
            )
            .as_array()
            .map_or(0, Vec::len);
            (id, n)
        })
        .max_by_key(|(_, n)| *n)
        .expect("a pairing")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_pairing_page_shows_its_agreements_projects_and_instructions_and_opens_a_session()
-> WebDriverResult<()> {
    let mut app = App::start(&[&["demo", "--seed", "4"]]).await?;
    let (id, instructions) = busiest_pairing(&app);
    assert!(
        instructions > 0,
        "the demonstration data gives pairings instructions"
    );
    let agreements = cli_json(&app.db, &["agreements", "list", "--pairing", &id, "--json"]);
    let agreements = agreements.as_array().expect("agreements").len();

    app.click("nav-pairings").await?;
    app.wait_visible("pairings-table").await?;
    let css = format!("[data-testid='pairing-row'][data-id='{id}'] [data-testid='pairing-open']");
    app.click_css(&css).await?;
    app.wait_visible("pairing-page").await?;
    app.wait_visible("pairing-details").await?;
    app.wait_count("pairing-instruction", instructions).await?;
    app.wait_count("pairing-agreement", agreements).await?;
    let pairing = cli_json(&app.db, &["pairings", "show", &id, "--json"]);
    let uz_region = pairing["uz_region"]["name_ru"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    app.wait_text("pairing-title", &uz_region).await?;

    // A session of the pairing opens on its page; Back returns to the pairing.
    if app.count("pairing-session").await? > 0 {
        app.click("pairing-session").await?;
        app.wait_visible("session-page").await?;
        app.click("session-back").await?;
        app.wait_visible("pairing-page").await?;
    }
    // An instruction opens on the control screen.
    app.click("pairing-instruction").await?;
    app.wait_visible("instruction-panel").await?;
    app.quit().await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn ctrl_k_finds_a_latin_named_record_typed_in_cyrillic_and_opens_it() -> WebDriverResult<()> {
    let seed: &[&[&str]] = &[
        &["demo", "--seed", "4"],
        &[
            "bodies",
            "add",
            "--country",
            "UZ",
            "--kind",
            "company",
            "--name-uz",
            "Navoiy kon-metallurgiya kombinati",
        ],
    ];
    let mut app = App::start(seed).await?;
    app.click("nav-dashboard").await?;
    app.press_ctrl("k").await?;
    app.type_into("search-input", "навоий комбинат").await?;
    let first = app
        .wait_text("search-hit", "Navoiy kon-metallurgiya kombinati")
        .await?;
    assert!(first.contains("Navoiy"), "{first}");
    // The match is marked from the core's segments, as text.
    app.wait_text("search-match", "Navoi").await?;
    app.screenshot("search-palette").await?;
    app.press("search-input", Key::Enter).await?;
    app.wait_gone("search-palette").await?;
    app.wait_text("bodies-table", "Navoiy kon-metallurgiya kombinati")
        .await?;
    app.quit().await?;

    // The CLI finds the same record first for the same Cyrillic words.
    let hits = cli_json(&app.db, &["search", "навоий", "комбинат", "--json"]);
    assert_eq!(hits[0]["entity"], "body");
    assert_eq!(hits[0]["title"]["uz"], "Navoiy kon-metallurgiya kombinati");
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_change_made_in_the_form_shows_in_the_record_history_field_by_field()
-> WebDriverResult<()> {
    let seed: &[&[&str]] = &[&[
        "pairings",
        "add",
        "UZ-SA",
        "RU-SVE",
        "--since",
        "2019-10-19",
        "--sector",
        "tourism",
        "--basis-title",
        "Соглашение о сотрудничестве",
        "--basis-number",
        "14",
    ]];
    let mut app = App::start(seed).await?;
    app.click("nav-pairings").await?;
    app.click("pairing-edit").await?;
    app.type_into("pairing-basis-number", "27").await?;
    app.click("pairing-save").await?;
    app.wait_text("pairings-table", "27").await?;

    app.click("pairing-open").await?;
    app.click("pairing-history").await?;
    app.wait_count("audit-entry", 2).await?;
    let change = app.wait_text("audit-diff", "27").await?;
    assert!(change.contains("14"), "{change}");
    assert!(change.contains("Номер"), "{change}");
    app.screenshot("history-record").await?;

    // The list of recent changes shows it too, newest first.
    app.click("nav-history").await?;
    app.wait_text("audit-entry", "27").await?;
    app.quit().await?;

    let pairings = cli_json(&app.db, &["pairings", "list", "--json"]);
    let id = pairings[0]["id"].as_str().expect("id").to_owned();
    assert_eq!(pairings[0]["basis"]["number"], "27");
    let history = cli_json(&app.db, &["history", "pairing", &id, "--json"]);
    let history = history.as_array().expect("history");
    assert_eq!(history.len(), 2);
    assert_eq!(history[1]["before"]["basis"]["number"], "14");
    assert_eq!(history[1]["after"]["basis"]["number"], "27");
    Ok(())
}
