//! The first start of a desk: an empty register shows the ways to begin, and the demonstration register
//! opens in a window of its own on a file of its own, leaving the real register empty.

use std::time::{Duration, Instant};

use thirtyfour::prelude::*;

use crate::harness::{App, app_pid, cli_json};

#[tokio::test(flavor = "multi_thread")]
async fn an_empty_register_offers_the_demonstration_in_a_window_of_its_own_and_stays_empty()
-> WebDriverResult<()> {
    let mut app = App::start(&[]).await?;
    app.wait_text("first-start", "Council Desk").await?;
    // The window's first paint (still loading) can linger in a screenshot taken at once.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    app.screenshot_for_docs("first-start").await?;
    app.click("first-demo").await?;
    app.wait_visible("first-demo-opened").await?;

    let demo = app
        .db
        .parent()
        .expect("folder")
        .join("demonstration/council.db");
    let pid = app_pid(&demo);
    let sessions = cli_json(&demo, &["sessions", "list", "--json"]);
    assert!(
        sessions.as_array().is_some_and(|list| !list.is_empty()),
        "the demonstration register has sessions"
    );
    let real = cli_json(&app.db, &["sessions", "list", "--json"]);
    assert_eq!(real, serde_json::json!([]), "the real register stays empty");

    // The demonstration window says what it is; closing it leaves this one as it was.
    let _ = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::path::Path::new(&format!("/proc/{pid}")).exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    app.wait_visible("first-start").await?;
    app.quit().await
}
