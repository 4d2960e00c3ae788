//! The smallest window an officer works in (1024×700): a side panel slides over the list instead of pushing
//! it about, the list keeps its place and its filters when the panel closes, and a real pointer's first click
//! in a form lands on what it was aimed at.

use std::process::{Command, Stdio};
use std::time::Duration;

use thirtyfour::prelude::*;

use crate::harness::App;

fn xdotool(args: &[&str]) -> String {
    let output = Command::new("xdotool")
        .args(args)
        .stderr(Stdio::null())
        .output()
        .expect("xdotool (make test installs it)");
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

/// The app's visible window, sized as the officer's small screen.
fn small_window(app: &App) -> (i64, i64) {
    let found = xdotool(&["search", "--onlyvisible", "--pid", &app.pid().to_string()]);
    let window = found.lines().last().expect("the app's window").to_owned();
    xdotool(&["windowsize", "--sync", &window, "1024", "700"]);
    xdotool(&["windowmove", "--sync", &window, "0", "0"]);
    std::thread::sleep(Duration::from_millis(700));
    let geometry = xdotool(&["getwindowgeometry", "--shell", &window]);
    let value = |key: &str| -> i64 {
        geometry
            .lines()
            .find_map(|line| line.strip_prefix(&format!("{key}=")))
            .and_then(|v| v.parse().ok())
            .expect("window geometry")
    };
    (value("X"), value("Y"))
}

const SCROLL: &str = "return Math.round(window.scrollY);";

#[tokio::test(flavor = "multi_thread")]
async fn in_a_small_window_a_panel_leaves_the_list_in_place_and_a_first_click_in_the_form_lands()
-> WebDriverResult<()> {
    let mut app = App::start(&[&["demo"]]).await?;
    let (left, top) = small_window(&app);
    assert_eq!(app.script("return window.innerWidth;").await?, 1024);
    app.click("nav-control").await?;
    app.wait_visible("control-table").await?;
    let fits = "const w = document.querySelector('.table-wrap'); return w.scrollWidth <= w.clientWidth + 1;";
    assert_eq!(
        app.script(fits).await?,
        true,
        "the control list scrolls sideways"
    );

    // Scroll the list a little, open an instruction, close it: the list has not moved.
    app.script("window.scrollTo(0, 120);").await?;
    let before = app.script(SCROLL).await?;
    app.script("document.querySelectorAll('[data-testid=\"control-row\"]')[1].querySelector('td').click();")
        .await?;
    app.wait_visible("instruction-panel").await?;
    assert_eq!(
        app.script(SCROLL).await?,
        before,
        "opening the panel moved the list"
    );
    assert_eq!(
        app.script(fits).await?,
        true,
        "with the panel open the list scrolls sideways"
    );
    app.script("document.querySelector('[data-testid=\"instruction-close\"]').click();")
        .await?;
    app.wait_gone("instruction-panel").await?;
    assert_eq!(
        app.script(SCROLL).await?,
        before,
        "closing the panel moved the list"
    );

    // A new instruction: tick the co-executor just above the form's buttons with the pointer.
    app.press_ctrl("n").await?;
    app.wait_visible("instruction-form").await?;
    std::thread::sleep(Duration::from_millis(500));
    let target = app
        .script(
            "const bar = document.querySelector('.panel .actions').getBoundingClientRect();
             const boxes = [...document.querySelectorAll('[data-testid^=\"instruction-co-\"]')]
               .filter((b) => !b.disabled && b.getBoundingClientRect().bottom < bar.top - 2
                 && b.getBoundingClientRect().top > 0);
             const box = boxes[boxes.length - 1];
             const r = box.getBoundingClientRect();
             return { id: box.dataset.testid, x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };",
        )
        .await?;
    let id = target["id"].as_str().expect("a co-executor box").to_owned();
    let x = left + target["x"].as_i64().expect("x");
    let y = top + target["y"].as_i64().expect("y");
    xdotool(&[
        "mousemove",
        "--sync",
        &x.to_string(),
        &y.to_string(),
        "click",
        "1",
    ]);
    std::thread::sleep(Duration::from_millis(500));
    let checked = app
        .script(&format!(
            "return document.querySelector('[data-testid=\"{id}\"]').checked;"
        ))
        .await?;
    assert_eq!(
        checked, true,
        "the first click on a co-executor did not tick it"
    );
    app.quit().await
}
