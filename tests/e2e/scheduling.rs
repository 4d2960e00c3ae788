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

#[tokio::test(flavor = "multi_thread")]
async fn a_weekly_working_group_is_previewed_then_created_as_real_sessions() -> WebDriverResult<()>
{
    let mut app = App::start(&[]).await?;
    app.click("nav-calendar").await?;
    app.click("session-new").await?;
    app.select_value("session-kind", "working_group").await?;
    app.type_into("session-title-en", "Transport working group")
        .await?;
    app.type_into("session-start", "2027-01-05 15:00").await?;
    app.click("repeat-on").await?;
    app.type_into("repeat-until", "2027-01-26").await?;
    app.click("session-save").await?;
    app.wait_count("series-date", 4).await?;
    assert_eq!(
        cli_json(&app.db, &["sessions", "list", "--json"]),
        serde_json::json!([]),
        "nothing is created before confirming"
    );

    app.click("series-confirm").await?;
    app.wait_visible("session-page").await?;
    let sessions = cli_json(&app.db, &["sessions", "list", "--json"]);
    let starts: Vec<&str> = sessions
        .as_array()
        .map(|all| {
            all.iter()
                .filter_map(|s| s["start"]["venue"]["date"].as_str())
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        starts,
        ["2027-01-05", "2027-01-12", "2027-01-19", "2027-01-26"]
    );
    let series = cli_json(&app.db, &["series", "list", "--json"]);
    assert_eq!(series.as_array().map(Vec::len), Some(1));
    app.quit().await
}
