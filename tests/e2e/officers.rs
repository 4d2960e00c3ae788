//! Officers at one desk: the first account made from the dashboard's notice, the profile pick after
//! Switch officer, and an observer's Delete disabled with its reason (and refused by the core if sent anyway).

use thirtyfour::prelude::*;

use crate::harness::{App, cli_json};

#[tokio::test(flavor = "multi_thread")]
async fn the_first_account_signs_in_and_an_observer_picked_at_start_cannot_delete()
-> WebDriverResult<()> {
    let mut app = App::start(&[&["pairings", "add", "UZ-SA", "RU-SVE"]]).await?;

    // A register without accounts opens as before and asks who keeps it.
    app.click("first-officer-open").await?;
    app.type_into("officer-name-ru", "Каримова Дилноза").await?;
    app.type_into("officer-position-ru", "Руководитель секретариата")
        .await?;
    app.type_into("officer-email", "karimova@example.uz")
        .await?;
    app.click("officer-save").await?;
    app.wait_text("signed-in-name", "Каримова Дилноза").await?;
    app.wait_text("signed-in-role", "Руководитель секретариата")
        .await?;
    app.wait_gone("first-officer-notice").await?;

    // The head adds an observer in Settings → Officers.
    app.click("nav-settings").await?;
    app.click("officer-add").await?;
    app.type_into("officer-name-ru", "Петрова Анна").await?;
    app.select_value("officer-role", "observer").await?;
    app.click("officer-save").await?;
    app.wait_count("officer-row", 2).await?;

    // Switch officer: the pick lists both by name; the head picks herself again (no password), then hands over.
    app.click("switch-officer").await?;
    app.wait_text("profile-pick", "Петрова Анна").await?;
    app.click_css(".pick-list li:nth-child(1) [data-testid='pick-profile']")
        .await?;
    app.wait_text("signed-in-name", "Каримова Дилноза").await?;
    app.click("switch-officer").await?;
    app.wait_visible("profile-pick").await?;
    app.click_css(".pick-list li:nth-child(2) [data-testid='pick-profile']")
        .await?;
    app.wait_text("signed-in-role", "Наблюдатель").await?;

    // The officer at the desk sits at the foot of the navigation, which still fits the window unscrolled.
    let fits = "const nav = document.querySelector('.nav');
        const who = document.querySelector('[data-testid=\"signed-in\"]').getBoundingClientRect();
        return nav.scrollHeight <= nav.clientHeight + 1 && who.bottom <= window.innerHeight;";
    assert_eq!(app.script(fits).await?, true, "the navigation overflows");
    app.screenshot("officer-signed-in").await?;

    // The observer sees Delete disabled, saying why; a click sends nothing.
    app.click("nav-pairings").await?;
    let delete = app.wait_visible("pairing-delete").await?;
    assert_eq!(delete.attr("aria-disabled").await?.as_deref(), Some("true"));
    let reason = delete.attr("title").await?.unwrap_or_default();
    assert!(reason.contains("не наблюдатель"), "{reason}");
    delete.click().await?;
    app.wait_count("pairing-row", 1).await?;

    // Sent anyway, the command is refused by the core with `forbidden`.
    let pairings = cli_json(&app.db, &["pairings", "list", "--json"]);
    let id = pairings[0]["id"].as_str().expect("id").to_owned();
    let refused = app
        .command("delete_pairing", serde_json::json!({ "id": id }))
        .await?;
    let error = refused.expect_err("an observer's delete is refused");
    assert_eq!(error["code"], "forbidden", "{error}");
    app.quit().await?;

    let pairings = cli_json(&app.db, &["pairings", "list", "--json"]);
    assert_eq!(
        pairings.as_array().map(Vec::len),
        Some(1),
        "nothing deleted"
    );
    Ok(())
}
