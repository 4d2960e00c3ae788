//! Starting the app under tauri-driver, finding elements by `data-testid`, and reading the database back.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;
use thirtyfour::prelude::*;

const PATIENCE: Duration = Duration::from_secs(20);

/// The target directory holding this test binary (`…/target/debug`).
fn build_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    exe.parent()
        .and_then(Path::parent)
        .expect("target/debug")
        .to_path_buf()
}

fn binary(env: &str, name: &str) -> PathBuf {
    let path = std::env::var_os(env).map_or_else(|| build_dir().join(name), PathBuf::from);
    assert!(
        path.is_file(),
        "{} is missing: build it first (make test does) or set {env}",
        path.display()
    );
    path
}

/// A `council` CLI command on `db`, ready to run.
pub fn cli(db: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(binary("COUNCIL_CLI", "council"));
    command.arg("--db").arg(db).args(args);
    command
}

/// Runs the `council` CLI on `db` and parses its JSON output.
pub fn cli_json(db: &Path, args: &[&str]) -> serde_json::Value {
    let output = cli(db, args).output().expect("run council");
    assert!(
        output.status.success(),
        "council {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("council printed JSON")
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// Names the action and element in an error, so a failure says which step failed.
fn context(action: &'static str, test_id: &str) -> impl FnOnce(WebDriverError) -> WebDriverError {
    let test_id = test_id.to_owned();
    move |error| WebDriverError::RequestFailed(format!("{action} {test_id}: {error}"))
}

/// The process of the app (not a dialog of it) started on the database `db`.
pub fn app_pid(db: &Path) -> u32 {
    let app = binary("COUNCIL_DESK_APP", "council-desk");
    let wanted = format!("COUNCIL_DB={}", db.display()).into_bytes();
    let deadline = Instant::now() + PATIENCE;
    loop {
        for entry in std::fs::read_dir("/proc").expect("/proc") {
            let Ok(entry) = entry else { continue };
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                continue;
            };
            let exe = std::fs::read_link(entry.path().join("exe")).ok();
            let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
            let environ = std::fs::read(entry.path().join("environ")).unwrap_or_default();
            let is_app = exe.as_deref() == Some(app.as_path())
                && !cmdline.windows(13).any(|w| w == b"--file-dialog")
                && environ
                    .split(|b| *b == 0)
                    .any(|var| var == wanted.as_slice());
            if is_app {
                return pid;
            }
        }
        assert!(Instant::now() < deadline, "the app's process was not found");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// tauri-driver, stopped with SIGTERM so that it stops its WebKitWebDriver too.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(self.0.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The running app on a database of its own.
pub struct App {
    pub db: PathBuf,
    driver: Option<WebDriver>,
    _tauri_driver: Driver,
    dir: TempDir,
}

impl App {
    /// Prepares a fresh database with `council` commands, then starts the app on it and waits for its data.
    ///
    /// The app is drawn with WebKit's accelerated compositing here (`COUNCIL_DESK_COMPOSITING=1`): without it,
    /// WebKitWebDriver's screenshot request sometimes never returns (seen with WebKit 2.50 under Xvfb, after
    /// a few steps of a test), and these tests take screenshots. [`App::start_as_shipped`] starts the app as
    /// an officer gets it.
    pub async fn start(seed: &[&[&str]]) -> WebDriverResult<App> {
        App::launch(seed, true).await
    }

    /// Like [`App::start`], drawn as the app ships: without accelerated compositing. Take no screenshots.
    pub async fn start_as_shipped(seed: &[&[&str]]) -> WebDriverResult<App> {
        App::launch(seed, false).await
    }

    async fn launch(seed: &[&[&str]], compositing: bool) -> WebDriverResult<App> {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("council.db");
        for args in seed {
            let status = cli(&db, args)
                .stdout(Stdio::null())
                .status()
                .expect("run council");
            assert!(status.success(), "seeding with {args:?} failed");
        }
        let app = binary("COUNCIL_DESK_APP", "council-desk");
        // The app's own folders (window state, the webview's storage, caches, recent files) are the test's,
        // so a test run never changes the profile of the person running it.
        let profile = dir.path().join("profile");
        let folders = ["data", "config", "cache"].map(|name| profile.join(name));
        for folder in &folders {
            std::fs::create_dir_all(folder).expect("profile folder");
        }
        let port = free_port();
        let native_port = free_port();
        let child = Command::new("tauri-driver")
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .env("COUNCIL_DB", &db)
            .env("XDG_DATA_HOME", &folders[0])
            .env("XDG_CONFIG_HOME", &folders[1])
            .env("XDG_CACHE_HOME", &folders[2])
            .env(
                "COUNCIL_DESK_COMPOSITING",
                if compositing { "1" } else { "0" },
            )
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver on PATH (cargo install tauri-driver --locked)");
        let tauri_driver = Driver(child);

        let mut caps = Capabilities::new();
        caps.set("browserName", "wry")?;
        caps.set("tauri:options", serde_json::json!({ "application": app }))?;
        let url = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + PATIENCE;
        let driver = loop {
            match WebDriver::new(&url, caps.clone()).await {
                Ok(driver) => break driver,
                Err(error) if Instant::now() > deadline => return Err(error),
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        };
        let app = App {
            db,
            driver: Some(driver),
            _tauri_driver: tauri_driver,
            dir,
        };
        app.wait_css("[data-ready='true']").await?;
        Ok(app)
    }

    /// The folder the test gave the app as its home for data, config and cache (`profile/…`).
    pub fn profile(&self) -> PathBuf {
        self.dir.path().join("profile")
    }

    /// The app's process: the one started from the app's binary on this test's database.
    pub fn pid(&self) -> u32 {
        app_pid(&self.db)
    }

    /// Starts the app's command `command` with `args` (its IPC, as the window's scripts call it) and returns
    /// at once; [`App::answer`] waits for what it answered under `key`.
    pub async fn start_command(
        &self,
        key: &str,
        command: &str,
        args: serde_json::Value,
    ) -> WebDriverResult<()> {
        self.driver()
            .execute(
                "const [key, command, args] = arguments;
                 window.__answers = window.__answers || {};
                 window.__answers[key] = null;
                 window.__TAURI_INTERNALS__.invoke(command, args).then(
                   (value) => { window.__answers[key] = { ok: value === undefined ? null : value }; },
                   (error) => { window.__answers[key] = { err: error }; });",
                vec![key.into(), command.into(), args],
            )
            .await?;
        Ok(())
    }

    /// What the command started under `key` answered: `Ok(value)` or `Err(error payload)`.
    pub async fn answer(
        &self,
        key: &str,
        patience: Duration,
    ) -> WebDriverResult<Result<serde_json::Value, serde_json::Value>> {
        let deadline = Instant::now() + patience;
        loop {
            let answer = self
                .driver()
                .execute(
                    "return (window.__answers || {})[arguments[0]] || null;",
                    vec![key.into()],
                )
                .await?;
            let answer = answer.json();
            if let Some(value) = answer.get("ok") {
                return Ok(Ok(value.clone()));
            }
            if let Some(error) = answer.get("err") {
                return Ok(Err(error.clone()));
            }
            if Instant::now() > deadline {
                return Err(WebDriverError::Timeout(format!("{key} never answered")));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Calls the app's command and waits for its answer.
    pub async fn command(
        &self,
        command: &str,
        args: serde_json::Value,
    ) -> WebDriverResult<Result<serde_json::Value, serde_json::Value>> {
        self.start_command(command, command, args).await?;
        self.answer(command, PATIENCE).await
    }

    /// Runs a script in the window and returns what it returns (layout facts a user would see).
    pub async fn script(&self, body: &str) -> WebDriverResult<serde_json::Value> {
        Ok(self.driver().execute(body, vec![]).await?.json().clone())
    }

    fn driver(&self) -> &WebDriver {
        self.driver.as_ref().expect("session open")
    }

    async fn wait_css(&self, css: &str) -> WebDriverResult<WebElement> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(element) = self
                .driver()
                .find_all(By::Css(css))
                .await?
                .into_iter()
                .next()
                && element.is_displayed().await.unwrap_or(false)
            {
                return Ok(element);
            }
            if Instant::now() > deadline {
                return Err(WebDriverError::Timeout(format!(
                    "nothing visible matches {css}"
                )));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The first visible element with this `data-testid`.
    pub async fn wait_visible(&self, test_id: &str) -> WebDriverResult<WebElement> {
        self.wait_css(&format!("[data-testid='{test_id}']")).await
    }

    /// Waits until the element's text contains `needle`; returns the whole text.
    pub async fn wait_text(&self, test_id: &str, needle: &str) -> WebDriverResult<String> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let element = self.wait_visible(test_id).await?;
            let text = element.text().await.unwrap_or_default();
            if text.contains(needle) {
                return Ok(text);
            }
            if Instant::now() > deadline {
                return Err(WebDriverError::Timeout(format!(
                    "{test_id} never showed {needle:?}; it shows {text:?}"
                )));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Steps the calendar from the month it shows to the first that has a session, looking at most `months`
    /// months on. A month's sessions load after its grid shows: each month is watched a moment before the
    /// next is asked for.
    pub async fn calendar_to_a_session(&self, months: usize) -> WebDriverResult<()> {
        self.wait_visible("calendar-period").await?;
        for _ in 0..months {
            for _ in 0..10 {
                if self.count("calendar-session").await? > 0 {
                    return Ok(());
                }
                tokio::time::sleep(std::time::Duration::from_millis(150)).await;
            }
            self.click("calendar-next").await?;
        }
        self.wait_visible("calendar-session").await.map(drop)
    }

    /// How many visible elements have this `data-testid`.
    pub async fn count(&self, test_id: &str) -> WebDriverResult<usize> {
        let mut visible = 0;
        for element in self
            .driver()
            .find_all(By::Css(format!("[data-testid='{test_id}']")))
            .await?
        {
            if element.is_displayed().await.unwrap_or(false) {
                visible += 1;
            }
        }
        Ok(visible)
    }

    /// Waits until exactly `n` visible elements have this `data-testid`.
    pub async fn wait_count(&self, test_id: &str, n: usize) -> WebDriverResult<()> {
        let deadline = Instant::now() + PATIENCE;
        while self.count(test_id).await? != n {
            if Instant::now() > deadline {
                return Err(WebDriverError::Timeout(format!(
                    "{test_id} never counted {n}"
                )));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(())
    }

    /// Waits until no element with this `data-testid` is left.
    pub async fn wait_gone(&self, test_id: &str) -> WebDriverResult<()> {
        let deadline = Instant::now() + PATIENCE;
        while !self
            .driver()
            .find_all(By::Css(format!("[data-testid='{test_id}']")))
            .await?
            .is_empty()
        {
            if Instant::now() > deadline {
                return Err(WebDriverError::Timeout(format!("{test_id} is still there")));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(())
    }

    /// The element, scrolled to the middle of its scrolling box as a user would before using it
    /// (at the edge it may sit under the form's sticky button bar).
    async fn reach(&self, test_id: &str) -> WebDriverResult<WebElement> {
        let element = self.wait_visible(test_id).await?;
        self.driver()
            .execute(
                "arguments[0].scrollIntoView({ block: 'center' });",
                vec![element.to_json()?],
            )
            .await?;
        Ok(element)
    }

    pub async fn click(&self, test_id: &str) -> WebDriverResult<()> {
        self.reach(test_id)
            .await?
            .click()
            .await
            .map_err(context("click", test_id))
    }

    /// Clicks the first element matching a CSS selector (a button inside one row of many).
    pub async fn click_css(&self, css: &str) -> WebDriverResult<()> {
        let element = self.wait_css(css).await?;
        self.driver()
            .execute(
                "arguments[0].scrollIntoView({ block: 'center' });",
                vec![element.to_json()?],
            )
            .await?;
        element.click().await.map_err(context("click", css))
    }

    /// Clicks the first cell of the first row with this `data-testid` (WebDriver cannot click a `<tr>`).
    pub async fn click_row(&self, test_id: &str) -> WebDriverResult<()> {
        let row = self.reach(test_id).await?;
        row.find(By::Css("td"))
            .await?
            .click()
            .await
            .map_err(context("click a row of", test_id))
    }

    pub async fn type_into(&self, test_id: &str, text: &str) -> WebDriverResult<()> {
        let element = self.reach(test_id).await?;
        element.clear().await.map_err(context("clear", test_id))?;
        element
            .send_keys(text)
            .await
            .map_err(context("type into", test_id))
    }

    pub async fn value_of(&self, test_id: &str) -> WebDriverResult<String> {
        Ok(self
            .wait_visible(test_id)
            .await?
            .prop("value")
            .await?
            .unwrap_or_default())
    }

    /// Chooses the option of a `<select>` whose label contains `needle`, as a user clicking it would.
    pub async fn select_option_containing(
        &self,
        test_id: &str,
        needle: &str,
    ) -> WebDriverResult<()> {
        let select = self.wait_visible(test_id).await?;
        for option in select.find_all(By::Tag("option")).await? {
            if option.text().await?.contains(needle) {
                let value = option.prop("value").await?.unwrap_or_default();
                return self.choose(test_id, &value).await;
            }
        }
        Err(WebDriverError::RequestFailed(format!(
            "{test_id} has no option with {needle:?}"
        )))
    }

    /// Chooses the option of a `<select>` with this value.
    pub async fn select_value(&self, test_id: &str, value: &str) -> WebDriverResult<()> {
        self.choose(test_id, value).await
    }

    /// Clicks the option until the select shows it: a click that lands while the page re-renders is lost.
    async fn choose(&self, test_id: &str, value: &str) -> WebDriverResult<()> {
        for _ in 0..5 {
            let select = self.reach(test_id).await?;
            select
                .find(By::Css(format!("option[value='{value}']")))
                .await?
                .click()
                .await
                .map_err(context("choose an option of", test_id))?;
            if self.value_of(test_id).await? == value {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        Err(WebDriverError::RequestFailed(format!(
            "{test_id} would not take {value:?}"
        )))
    }

    /// Saves a screenshot of the window to `tests/e2e/artifacts/NAME.png`.
    pub async fn screenshot(&self, name: &str) -> WebDriverResult<()> {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("artifacts");
        std::fs::create_dir_all(&dir)?;
        self.driver()
            .screenshot(&dir.join(format!("{name}.png")))
            .await
    }

    /// Presses Ctrl with `letter` on whatever has the focus, as an officer's shortcut.
    pub async fn press_ctrl(&self, letter: &str) -> WebDriverResult<()> {
        self.driver()
            .action_chain()
            .key_down(Key::Control)
            .send_keys(letter)
            .key_up(Key::Control)
            .perform()
            .await
    }

    /// Sends keys (`Key::Enter`, `Key::Down`) to the element, without clearing it.
    pub async fn press(&self, test_id: &str, keys: impl Into<TypingData>) -> WebDriverResult<()> {
        self.reach(test_id)
            .await?
            .send_keys(keys)
            .await
            .map_err(context("press keys in", test_id))
    }

    /// Saves a screenshot the README shows: to `docs/screenshots/NAME.png` when `COUNCIL_DOCS_SCREENSHOTS` is
    /// set (to refresh them on purpose), else beside the others in `tests/e2e/artifacts/docs/`.
    pub async fn screenshot_for_docs(&self, name: &str) -> WebDriverResult<()> {
        self.docs_screenshot(name, None).await
    }

    /// A screenshot for the docs with the element `testid` scrolled to the top of the view (a part of a screen
    /// further down, such as the overview's map).
    pub async fn screenshot_for_docs_of(&self, name: &str, testid: &str) -> WebDriverResult<()> {
        self.docs_screenshot(name, Some(testid)).await
    }

    async fn docs_screenshot(&self, name: &str, at: Option<&str>) -> WebDriverResult<()> {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let dir = if std::env::var_os("COUNCIL_DOCS_SCREENSHOTS").is_some() {
            root.join("../../docs/screenshots")
        } else {
            root.join("artifacts/docs")
        };
        std::fs::create_dir_all(&dir)?;
        // A screen is shown from its top, as an officer opens it, or from the part asked for.
        self.driver()
            .execute(
                "for (const e of document.querySelectorAll('*')) { if (e.scrollTop) e.scrollTop = 0; }
                 if (arguments[0]) document.querySelector(`[data-testid='${arguments[0]}']`)
                     .scrollIntoView({ block: 'start' });",
                vec![serde_json::json!(at)],
            )
            .await?;
        // A screenshot right after a change can show the previous paint.
        tokio::time::sleep(Duration::from_millis(400)).await;
        self.driver()
            .screenshot(&dir.join(format!("{name}.png")))
            .await
    }

    /// Ends the session, which closes the app and releases the database.
    pub async fn quit(&mut self) -> WebDriverResult<()> {
        match self.driver.take() {
            Some(driver) => driver.quit().await,
            None => Ok(()),
        }
    }
}
