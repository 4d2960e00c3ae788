//! The print preview on the demonstration data: Ctrl+P on a session page typesets its agenda, shown as page
//! images; another language mode typesets it again.

use std::time::{Duration, Instant};

use thirtyfour::prelude::*;

use crate::harness::App;

/// Typesetting takes seconds in a debug build; the preview waits for it longer than for a screen.
const TYPESETTING: Duration = Duration::from_secs(120);

/// The `src` of the first preview page once one is shown and differs from `before`.
async fn first_page_other_than(app: &App, before: Option<&str>) -> WebDriverResult<String> {
    let deadline = Instant::now() + TYPESETTING;
    loop {
        if app.count("print-rendering").await? == 0 && app.count("print-page").await? > 0 {
            let src = app
                .wait_visible("print-page")
                .await?
                .attr("src")
                .await?
                .unwrap_or_default();
            if src.starts_with("data:image/png;base64,") && Some(src.as_str()) != before {
                return Ok(src);
            }
        }
        if Instant::now() > deadline {
            return Err(WebDriverError::Timeout(
                "the print preview never showed its pages".to_owned(),
            ));
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn ctrl_p_on_a_session_previews_its_agenda_in_each_language_mode() -> WebDriverResult<()> {
    let mut app = App::start(&[&["demo", "--seed", "4"]]).await?;
    app.click("nav-calendar").await?;
    app.calendar_to_a_session(24).await?;
    app.click("calendar-session").await?;
    app.wait_visible("agenda-row").await?;

    app.press_ctrl("p").await?;
    app.wait_visible("print-preview").await?;
    let russian = first_page_other_than(&app, None).await?;
    let pages = app.count("print-page").await?;
    app.wait_text("print-page-count", &format!("Страниц: {pages}"))
        .await?;
    let first = app.wait_visible("print-page").await?;
    assert_eq!(
        first.attr("alt").await?.unwrap_or_default(),
        format!("страница 1 из {pages}")
    );
    app.screenshot("print-preview-ru").await?;

    app.select_value("print-lang", "ru+uz").await?;
    first_page_other_than(&app, Some(&russian)).await?;
    let both = app.count("print-page").await?;
    assert!(both >= pages, "two columns never take fewer pages");
    app.wait_text("print-page-count", &format!("Страниц: {both}"))
        .await?;
    app.screenshot("print-preview-ru-uz").await?;

    app.press("print-close", Key::Escape).await?;
    app.wait_gone("print-preview").await?;
    app.quit().await?;
    Ok(())
}
