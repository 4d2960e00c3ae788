//! Two secretariats exchange their work through the real app: two apps on two databases meet by their site
//! cards, Moscow records an execution report and prepares a package, and Tashkent receives it through
//! Settings → Exchange; the instruction's state and report then show in Tashkent. The files go through the
//! native dialogs, answered as an officer would (the path typed into GTK's file chooser).

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::json;
use thirtyfour::prelude::*;

use crate::harness::{App, cli_json};
use crate::holding::{dialog_window, xdotool};

/// Answers the file dialog that is about to show with `file`: typed into the name of a save dialog, or into
/// the location of an open dialog.
fn answer_dialog(file: &Path, save: bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    let window = loop {
        if let Some(window) = dialog_window() {
            break window;
        }
        assert!(
            Instant::now() < deadline,
            "no file dialog showed for {}",
            file.display()
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    // The dialog draws and takes the keyboard.
    std::thread::sleep(Duration::from_millis(700));
    xdotool(&["windowfocus", "--sync", &window]);
    if !save {
        xdotool(&["key", "--clearmodifiers", "ctrl+l"]);
    }
    xdotool(&["key", "--clearmodifiers", "ctrl+a"]);
    xdotool(&["type", "--delay", "5", &file.display().to_string()]);
    std::thread::sleep(Duration::from_millis(300));
    xdotool(&["key", "Return"]);
    // On a loaded machine the first Return can land in the location bar's completion instead of the
    // dialog's button (the dialog then stays open with the right path typed): press it again now and then.
    let mut next_return = Instant::now() + Duration::from_secs(2);
    while let Some(window) = dialog_window() {
        if Instant::now() >= next_return {
            xdotool(&["windowfocus", "--sync", &window]);
            xdotool(&["key", "Return"]);
            next_return = Instant::now() + Duration::from_secs(2);
        }
        if Instant::now() >= deadline {
            let _ = std::process::Command::new("import")
                .args(["-window", "root", "/tmp/desk-dialog.png"])
                .status();
        }
        assert!(
            Instant::now() < deadline,
            "the dialog for {} stayed open",
            file.display()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Waits (longer than for a form: a debug build applies a whole register) until `test_id` shows, failing
/// with the message the section shows when the exchange refuses.
async fn wait_for_package(app: &App, test_id: &str) -> WebDriverResult<()> {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if app.count(test_id).await? > 0 {
            return Ok(());
        }
        if app.count("exchange-error").await? > 0 {
            let error = app.wait_visible("exchange-error").await?.text().await?;
            panic!("the exchange refused: {error}");
        }
        if Instant::now() >= deadline {
            // What the window shows instead, for whoever reads the failure.
            let _ = app.screenshot(&format!("{test_id}-never-showed")).await;
            panic!("{test_id} never showed");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Prepares the next package for the one peer into `file` through the save dialog. The dialog is driven by
/// typing into it; twice in CI runs on a loaded machine it closed without the window showing a package or an
/// error (as when the dialog is cancelled), so a preparation that shows nothing for half a minute is asked
/// once more, with a screenshot of the first attempt. A second silence, or a refusal, fails the test.
async fn prepare_package(app: &App, file: &Path) -> WebDriverResult<()> {
    app.click("exchange-prepare").await?;
    answer_dialog(file, true);
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if app.count("exchange-message").await? > 0 || app.count("exchange-error").await? > 0 {
            return wait_for_package(app, "exchange-message").await;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let _ = app.screenshot("exchange-prepare-silent").await;
    app.click("exchange-prepare").await?;
    answer_dialog(file, true);
    wait_for_package(app, "exchange-message").await
}

/// Names the app's site in Settings → Exchange, as the officer does the first time.
async fn name_site(app: &App, name: [&str; 3], country: &str) -> WebDriverResult<()> {
    app.click("nav-settings").await?;
    app.wait_visible("site-form").await?;
    for (lang, text) in ["ru", "uz", "en"].into_iter().zip(name) {
        app.type_into(&format!("site-name-{lang}"), text).await?;
    }
    app.select_value("site-country", country).await?;
    app.click("site-save").await?;
    app.wait_text("site-name", name[0]).await?;
    Ok(())
}

/// Saves the app's site card to `card` through the save dialog.
async fn save_card(app: &App, card: &Path) -> WebDriverResult<()> {
    app.click("exchange-save-card").await?;
    answer_dialog(card, true);
    app.wait_text("exchange-message", "Карточка сохранена")
        .await?;
    assert!(card.is_file(), "the card was written to {}", card.display());
    Ok(())
}

/// Adds the peer whose card is `card` through the open dialog.
async fn add_peer(app: &App, card: &Path, name: &str) -> WebDriverResult<()> {
    app.click("exchange-add-peer").await?;
    answer_dialog(card, false);
    app.wait_text("peer-name", name).await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_report_recorded_in_moscow_shows_in_tashkent_once_its_package_is_received()
-> WebDriverResult<()> {
    let mut moscow = App::start(&[&["demo", "--seed", "6"]]).await?;
    let mut tashkent = App::start(&[]).await?;
    let files = tempfile::tempdir()?;
    let moscow_card = files.path().join("moscow.council-card");
    let tashkent_card = files.path().join("tashkent.council-card");
    // Names that begin with letters no other file here begins with: the dialog completes typed names.
    let package = files.path().join("first.council-package");
    let second = files.path().join("second.council-package");

    name_site(
        &moscow,
        [
            "Российский секретариат",
            "Rossiya kotibiyati",
            "Russian secretariat",
        ],
        "RU",
    )
    .await?;
    name_site(
        &tashkent,
        [
            "Узбекский секретариат",
            "O\u{02BB}zbekiston kotibiyati",
            "Uzbek secretariat",
        ],
        "UZ",
    )
    .await?;
    save_card(&moscow, &moscow_card).await?;
    save_card(&tashkent, &tashkent_card).await?;
    add_peer(&tashkent, &moscow_card, "Российский секретариат").await?;
    add_peer(&moscow, &tashkent_card, "Узбекский секретариат").await?;
    // The officer reads the fingerprint aloud: Tashkent's copy of Moscow's key is Moscow's own.
    let moscow_fingerprint = moscow
        .wait_visible("site-fingerprint")
        .await?
        .text()
        .await?;
    let heard = tashkent
        .wait_visible("peer-fingerprint")
        .await?
        .text()
        .await?;
    assert_eq!(
        heard.split_whitespace().collect::<Vec<_>>(),
        moscow_fingerprint.split_whitespace().collect::<Vec<_>>()
    );

    // Moscow records an execution report on an open instruction and prepares a package for Tashkent.
    let listed = cli_json(&moscow.db, &["instructions", "list", "--json"]);
    let number = listed
        .as_array()
        .expect("instructions")
        .iter()
        .find(|i| i["state"] == "assigned")
        .and_then(|i| i["number"].as_str())
        .expect("an assigned instruction")
        .to_owned();
    let text = "Отчёт Минэкономразвития России: совместная ярмарка проведена";
    let reported = moscow
        .command(
            "add_execution_report",
            json!({ "id": number, "report": { "reported_on": null, "text": text, "author": "Иванова" } }),
        )
        .await?;
    assert!(reported.is_ok(), "{reported:?}");
    prepare_package(&moscow, &package).await?;
    moscow.wait_text("exchange-message", "Пакет № 1").await?;

    // Tashkent looks at the package, then receives it.
    tashkent.click("exchange-receive").await?;
    answer_dialog(&package, false);
    // The dry run applies the whole register and rolls it back: seconds in a debug build on a busy machine.
    wait_for_package(&tashkent, "package-preview").await?;
    tashkent
        .wait_text("package-preview", "Пакет № 1 от «Российский секретариат»")
        .await?;
    tashkent.wait_text("package-created", "Поручение").await?;
    tashkent.click("package-apply").await?;
    wait_for_package(&tashkent, "package-result").await?;
    tashkent.wait_text("package-result", "принят").await?;
    tashkent.wait_text("peer-received", "№ 1").await?;
    tashkent
        .script("document.getElementById('exchange-heading').scrollIntoView(); return null;")
        .await?;
    tashkent.screenshot("settings-exchange").await?;

    tashkent.click("nav-history").await?;
    tashkent
        .wait_text("audit-site", "из «Российский секретариат»")
        .await?;

    tashkent.click("nav-control").await?;
    tashkent.select_value("filter-state", "reported").await?;
    tashkent
        .click_css(&format!(
            "[data-testid='control-row'][data-number='{number}'] td"
        ))
        .await?;
    tashkent.wait_text("instruction-history", text).await?;
    // The instruction was made in Moscow (the demonstration register is Moscow's): its panel says so.
    tashkent
        .wait_text("record-origin", "Российский секретариат")
        .await?;
    tashkent.screenshot("exchange-received-report").await?;

    // Both sites rename the same body, neither knowing of the other's edit, Tashkent last by the clock: the
    // body was made in Moscow, so Moscow's name wins when its next package arrives (the owning site's, not the
    // later), and Tashkent's own waits on the To review list, where the officer swaps it back in.
    let bodies = moscow
        .command("list_bodies", json!({ "country": null, "deleted": false }))
        .await?
        .expect("bodies");
    let body = &bodies[0];
    let id = body["id"].as_str().expect("a body id").to_owned();
    let renamed = |ru: &str| {
        let mut name = body["name"].clone();
        name["ru"] = json!(ru);
        json!({ "id": id, "input": {
            "country": body["country"], "kind": body["kind"], "name": name, "region": body["region_id"]
        } })
    };
    let ours = "Министерство (правка Ташкента)";
    assert!(
        moscow
            .command("update_body", renamed("Министерство (правка Москвы)"))
            .await?
            .is_ok()
    );
    assert!(
        tashkent
            .command("update_body", renamed(ours))
            .await?
            .is_ok()
    );
    prepare_package(&moscow, &second).await?;
    moscow.wait_text("exchange-message", "Пакет № 2").await?;
    tashkent.click("nav-settings").await?;
    tashkent.click("exchange-receive").await?;
    answer_dialog(&second, false);
    wait_for_package(&tashkent, "package-preview").await?;
    tashkent.wait_text("package-conflicts", "1").await?;
    tashkent.click("package-apply").await?;
    wait_for_package(&tashkent, "package-result").await?;
    tashkent.wait_text("nav-review-count", "1").await?;
    tashkent.click("nav-review").await?;
    tashkent.wait_text("conflict-kept", "правка Москвы").await?;
    tashkent
        .wait_text("conflict-kept-site", "из «Российский секретариат»")
        .await?;
    tashkent
        .wait_text("conflict-other", "правка Ташкента")
        .await?;
    tashkent.screenshot("to-review").await?;
    tashkent.click("conflict-swap").await?;
    tashkent.wait_visible("review-empty").await?;
    tashkent.quit().await?;
    moscow.quit().await?;

    let shown = cli_json(&tashkent.db, &["instructions", "show", &number, "--json"]);
    assert_eq!(shown["instruction"]["state"], "reported");
    assert_eq!(shown["reports"][0]["text"], text);
    let bodies = cli_json(&tashkent.db, &["bodies", "list", "--json"]);
    let renamed = bodies
        .as_array()
        .expect("bodies")
        .iter()
        .find(|b| b["id"] == id.as_str())
        .expect("the renamed body");
    assert_eq!(renamed["name"]["ru"], ours);
    Ok(())
}
