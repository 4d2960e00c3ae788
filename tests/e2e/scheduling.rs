//! Scheduling in the window: a session on a public holiday is warned about and saved only when confirmed.

use thirtyfour::prelude::*;

use crate::harness::{App, cli_json};

#[tokio::test(flavor = "multi_thread")]
async fn a_session_on_a_holiday_is_warned_about_and_saved_with_schedule_anyway()
-> WebDriverResult<()> {
    let mut app = App::start(&[]).await?;
    app.click("nav-calendar").await?;
    app.click("session-new").await?;
    app.type_into("session-title-ru", "Рабочая группа по энергетике")
        .await?;
    app.type_into("session-title-uz", "Energetika boʻyicha ishchi guruh")
        .await?;
    app.type_into("session-title-en", "Energy working group")
        .await?;
    // 1 September is Independence Day in Uzbekistan.
    app.type_into("session-start", "2026-09-01 10:00").await?;
    app.click("session-save").await?;
    app.wait_text("schedule-warnings", "Узбекистане").await?;
    app.screenshot("screen-schedule-warning").await?;
    let before = cli_json(&app.db, &["sessions", "list", "--json"]);
    assert_eq!(
        before,
        serde_json::json!([]),
        "nothing is saved before confirming"
    );

    app.click("schedule-anyway").await?;
    app.wait_visible("session-page").await?;
    let sessions = cli_json(&app.db, &["sessions", "list", "--json"]);
    assert_eq!(sessions.as_array().map(Vec::len), Some(1));
    assert_eq!(sessions[0]["start"]["venue"]["date"], "2026-09-01");
    assert_eq!(sessions[0]["title"]["en"], "Energy working group");
    app.quit().await
}
