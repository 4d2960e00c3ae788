//! Every screen on the demonstration data, captured for the README (see `App::screenshot_for_docs`), in
//! Russian, with the screens an Uzbek reader checks most also in Uzbek.

use thirtyfour::prelude::*;

use crate::harness::{App, cli_json};

/// The demonstration pairing with the most instructions.
fn busiest_pairing(app: &App) -> String {
    let pairings = cli_json(&app.db, &["pairings", "list", "--json"]);
    let ids: Vec<String> = pairings
        .as_array()
        .expect("pairings")
        .iter()
        .filter_map(|p| p["id"].as_str().map(str::to_owned))
        .collect();
    ids.into_iter()
        .max_by_key(|id| {
            cli_json(
                &app.db,
                &["instructions", "list", "--pairing", id, "--json"],
            )
            .as_array()
            .map_or(0, Vec::len)
        })
        .expect("a pairing")
}

async fn in_uzbek(app: &App, name: &str, wait_for: &str) -> WebDriverResult<()> {
    app.select_value("lang-select", "uz").await?;
    app.wait_text("nav-control", "Topshiriqlar").await?;
    app.wait_visible(wait_for).await?;
    app.screenshot_for_docs(&format!("{name}-uz")).await?;
    app.select_value("lang-select", "ru").await?;
    app.wait_text("nav-control", "Контроль").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_is_captured_on_the_demonstration_data() -> WebDriverResult<()> {
    let mut app = App::start(&[&["demo", "--seed", "4"]]).await?;
    let pairing = busiest_pairing(&app);
    // The demonstration data is loaded without history; one change gives the history screens something to show.
    cli_json(
        &app.db,
        &[
            "pairings",
            "update",
            &pairing,
            "--basis-number",
            "12/2026",
            "--contacts",
            "Рахимов А., +998 71 200-00-00",
            "--json",
        ],
    );

    app.click("nav-dashboard").await?;
    app.wait_visible("dash-rates").await?;
    // The register's first-start questions (naming the site, the first account) are put off: the screen as an
    // officer sees it every day.
    for notice in ["name-site", "first-officer"] {
        if app.count(&format!("{notice}-notice")).await? > 0 {
            app.click(&format!("{notice}-not-now")).await?;
            app.wait_gone(&format!("{notice}-notice")).await?;
        }
    }
    // The day's deadline notice (the demonstration year has overdue instructions), then put away.
    app.wait_visible("deadline-notice").await?;
    // The notice comes after the start-up check, while the put-off questions repaint: let the window settle.
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    app.screenshot_for_docs("deadline-notice").await?;
    app.click("deadline-notice-dismiss").await?;
    app.wait_gone("deadline-notice").await?;
    app.screenshot_for_docs("dashboard").await?;
    in_uzbek(&app, "dashboard", "dash-rates").await?;

    // The Council's targets against the record.
    app.click("nav-overview").await?;
    app.wait_visible("overview-target").await?;
    app.screenshot_for_docs("overview").await?;
    in_uzbek(&app, "overview", "overview-target").await?;
    // The pairings on the map: the whole of both countries in Russian, Uzbekistan zoomed in Uzbek.
    app.wait_visible("map-line").await?;
    app.screenshot_for_docs_of("map", "pairing-map").await?;
    app.select_value("lang-select", "uz").await?;
    app.wait_text("nav-control", "Topshiriqlar").await?;
    app.click("map-zoom-in").await?;
    app.click("map-zoom-in").await?;
    app.screenshot_for_docs_of("map-uz", "pairing-map").await?;
    app.click("map-zoom-reset").await?;
    app.select_value("lang-select", "ru").await?;
    app.wait_text("nav-control", "Контроль").await?;

    app.click("nav-calendar").await?;
    // Demonstration sessions are two months apart: step to the next month that has one.
    app.calendar_to_a_session(3).await?;
    app.screenshot_for_docs("calendar").await?;

    // The pairing page, its sessions and the session page with its agenda.
    app.click("nav-pairings").await?;
    app.wait_visible("pairings-table").await?;
    app.screenshot_for_docs("pairings").await?;
    let open =
        format!("[data-testid='pairing-row'][data-id='{pairing}'] [data-testid='pairing-open']");
    app.click_css(&open).await?;
    app.wait_visible("pairing-instruction").await?;
    app.screenshot_for_docs("pairing-page").await?;
    in_uzbek(&app, "pairing-page", "pairing-instruction").await?;
    app.click("pairing-history").await?;
    app.wait_visible("audit-entry").await?;
    app.screenshot_for_docs("history-record").await?;
    app.click("history-back").await?;
    app.wait_visible("pairing-page").await?;
    if app.count("pairing-session").await? > 0 {
        app.click("pairing-session").await?;
    } else {
        app.click("nav-calendar").await?;
        app.click("calendar-session").await?;
    }
    app.wait_visible("agenda-row").await?;
    app.screenshot_for_docs("session-agenda").await?;
    in_uzbek(&app, "session-agenda", "agenda-row").await?;

    app.click("nav-control").await?;
    // The week's reminder letters, one per lead body, before they are saved or sent.
    app.click("control-remind").await?;
    app.wait_visible("remind-dialog").await?;
    app.click("remind-show").await?;
    app.wait_visible("remind-letter").await?;
    app.screenshot_for_docs("reminders").await?;
    app.click("remind-close").await?;
    app.wait_gone("remind-dialog").await?;
    app.click_row("control-row").await?;
    app.wait_visible("instruction-history").await?;
    app.screenshot_for_docs("control").await?;
    in_uzbek(&app, "control", "instruction-history").await?;

    app.click("nav-history").await?;
    app.wait_visible("audit-entry").await?;
    app.screenshot_for_docs("history").await?;

    app.press_ctrl("k").await?;
    app.type_into("search-input", "самарканд").await?;
    app.wait_visible("search-match").await?;
    app.screenshot_for_docs("search").await?;
    app.press("search-input", Key::Escape).await?;
    app.wait_gone("search-palette").await?;

    app.click("nav-bodies").await?;
    app.wait_visible("bodies-table").await?;
    app.screenshot_for_docs("bodies").await?;
    app.click("nav-regions").await?;
    app.wait_text("regions-table", "UZ-TK").await?;
    in_uzbek(&app, "regions", "regions-table").await?;
    app.click("nav-trash").await?;
    app.screenshot_for_docs("trash").await?;
    app.click("nav-settings").await?;
    app.wait_visible("about-db-path").await?;
    app.screenshot_for_docs("settings").await?;
    app.quit().await?;
    Ok(())
}
