//! Work typed in the app survives its file dialogs, a `council` process working on the same file beside it,
//! and a kill of either side: every acknowledged write is in the database afterwards.
//!
//! SQLite's locks on Unix belong to the process, and closing any descriptor of the database file releases
//! them all. A file chooser inside the app's process, showing the database's folder, opened and closed the
//! database to guess its type; the next `council` process then deleted the write-ahead log under the app,
//! and what the app wrote afterwards was gone once it closed.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use thirtyfour::prelude::*;

use crate::harness::{App, cli, cli_json};

/// A new body as the registry form sends it, with the same name in every language.
fn new_body(name: &str) -> Value {
    json!({ "input": {
        "country": "UZ", "kind": "agency", "name": { "ru": name, "uz": name, "en": name }, "region": null
    } })
}

/// Every native file dialog of the app, as the window asks for it: (command, its arguments).
fn every_dialog(decision: &str, attachment: &str) -> Vec<(&'static str, Value)> {
    let sessions =
        json!({ "from": null, "to": null, "kind": null, "status": null, "deleted": false });
    let instructions = json!({
        "states": [], "open_only": false, "body": null, "pairing": null, "session": null,
        "overdue": false, "due_within_days": null, "limit": null, "offset": 0
    });
    vec![
        ("backup_now", json!({})),
        ("choose_backup_file", json!({})),
        (
            "save_document_pdf",
            json!({ "document": { "kind": "controls", "filter": instructions }, "lang": "ru" }),
        ),
        (
            "save_document_docx",
            json!({ "document": { "kind": "controls", "filter": instructions }, "lang": "uz" }),
        ),
        (
            "attach_file",
            json!({ "ownerKind": "decision", "ownerId": decision }),
        ),
        ("export_attachment", json!({ "id": attachment })),
        ("choose_ics_file", json!({})),
        (
            "export_sessions_ics",
            json!({ "sessionId": null, "filter": sessions, "lang": "ru", "fileName": "sessions.ics" }),
        ),
        (
            "export_control_xlsx",
            json!({ "filter": instructions, "lang": "ru", "fileName": "control.xlsx" }),
        ),
    ]
}

pub(crate) fn xdotool(args: &[&str]) -> Option<String> {
    let output = Command::new("xdotool")
        .args(args)
        .stderr(Stdio::null())
        .output()
        .expect("xdotool (make test installs it)");
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// The window of the file dialog on screen (GTK's "Open File" or "Save File").
pub(crate) fn dialog_window() -> Option<String> {
    xdotool(&[
        "search",
        "--onlyvisible",
        "--name",
        "^(Open File|Save File)$",
    ])
    .and_then(|found| found.lines().next().map(str::to_owned))
}

/// As an officer would: in the open file dialog, goes to `folder` (typed into the location, as clicking
/// through the path bar gets there), lets the dialog list it, then cancels.
fn show_folder_then_cancel(folder: &Path, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    let window = loop {
        if let Some(window) = dialog_window() {
            break window;
        }
        assert!(Instant::now() < deadline, "{what}: no file dialog showed");
        std::thread::sleep(Duration::from_millis(100));
    };
    // The dialog draws and takes the keyboard.
    std::thread::sleep(Duration::from_millis(700));
    xdotool(&["windowfocus", "--sync", &window]);
    let location = format!("{}/", folder.display());
    xdotool(&["key", "--clearmodifiers", "ctrl+l"]);
    xdotool(&["key", "--clearmodifiers", "ctrl+a"]);
    xdotool(&["type", "--delay", "5", &location]);
    xdotool(&["key", "Return"]);
    // The folder is listed, with the type of each file.
    std::thread::sleep(Duration::from_millis(1500));
    // Escape closes the completion list of the location first, then the dialog.
    while dialog_window().is_some() {
        assert!(
            Instant::now() < deadline,
            "{what}: the file dialog did not close"
        );
        xdotool(&["key", "Escape"]);
        std::thread::sleep(Duration::from_millis(400));
    }
}

/// Whether process `pid` holds a POSIX lock on `file` (read from the kernel's table of locks).
fn holds_lock(pid: u32, file: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(inode) = std::fs::metadata(file).map(|meta| meta.ino()) else {
        return false;
    };
    let table = std::fs::read_to_string("/proc/locks").expect("/proc/locks");
    table.lines().any(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        fields.get(1) == Some(&"POSIX")
            && fields.get(4) == Some(&pid.to_string().as_str())
            && fields
                .get(5)
                .and_then(|place| place.rsplit(':').next())
                .and_then(|ino| ino.parse::<u64>().ok())
                == Some(inode)
    })
}

fn with_suffix(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn wait_for_exit(pid: u32) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Path::new(&format!("/proc/{pid}")).exists() {
        assert!(Instant::now() < deadline, "the app did not exit");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The names of the bodies in the database, read by a fresh `council` process.
fn body_names(db: &Path) -> Vec<String> {
    cli_json(db, &["bodies", "list", "--json"])
        .as_array()
        .expect("bodies")
        .iter()
        .filter_map(|body| body["name"]["ru"].as_str().map(str::to_owned))
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn work_survives_every_file_dialog_shown_on_the_database_folder_and_a_council_process_beside_it()
-> WebDriverResult<()> {
    let mut app = App::start_as_shipped(&[&["demo", "--seed", "5"]]).await?;
    let db = app.db.clone();
    let folder = db.parent().expect("the database's folder").to_path_buf();
    let pid = app.pid();
    let decision = cli_json(&db, &["decisions", "list", "1", "--json"])[0]["id"]
        .as_str()
        .expect("a decision of the first session")
        .to_owned();
    let scan = folder.join("scan.pdf");
    std::fs::write(&scan, b"%PDF-1.7 scan").expect("write the file");
    let attachment = cli_json(
        &db,
        &[
            "attachments",
            "add",
            "decision",
            &decision,
            scan.to_str().expect("UTF-8"),
            "--json",
        ],
    )["id"]
        .as_str()
        .expect("an attachment")
        .to_owned();

    let before = app
        .command("create_body", new_body("Before the dialogs"))
        .await?;
    assert!(before.is_ok(), "{before:?}");

    let mut lost_lock_after = Vec::new();
    for (command, args) in every_dialog(&decision, &attachment) {
        app.start_command(command, command, args).await?;
        show_folder_then_cancel(&folder, command);
        let answer = app.answer(command, Duration::from_secs(20)).await?;
        assert_eq!(answer, Ok(Value::Null), "{command} after Cancel");
        if !holds_lock(pid, &db) || !holds_lock(pid, &with_suffix(&db, "-shm")) {
            lost_lock_after.push(command);
        }
    }

    // A `council` process reads, writes and closes while the app is open.
    for args in [
        &["sessions", "list"][..],
        &[
            "bodies",
            "add",
            "--country",
            "RU",
            "--kind",
            "agency",
            "--name-ru",
            "Written by council",
            "--name-en",
            "Written by council",
        ],
    ] {
        let status = cli(&db, args)
            .stdout(Stdio::null())
            .status()
            .expect("run council");
        assert!(status.success(), "council {args:?}");
    }
    let after = app
        .command("create_body", new_body("After the dialogs"))
        .await?;
    assert!(after.is_ok(), "{after:?}");
    app.quit().await?;
    wait_for_exit(pid);

    let names = body_names(&db);
    for name in [
        "Before the dialogs",
        "Written by council",
        "After the dialogs",
    ] {
        assert!(
            names.iter().any(|n| n == name),
            "{name:?} is not in the database"
        );
    }
    assert!(
        lost_lock_after.is_empty(),
        "the app lost its lock on the database after {lost_lock_after:?}"
    );
    let check = cli_json(&db, &["check", "--full", "--json"]);
    assert_eq!(check["ok"], true, "{check}");
    // The app kept its window state and the webview's storage in the test's own folders.
    let kept: Vec<_> = std::fs::read_dir(app.profile().join("data"))
        .expect("the test's data folder")
        .collect();
    assert!(
        !kept.is_empty(),
        "the app wrote nothing to the test's data folder"
    );
    Ok(())
}

/// A small generator for the moments things happen; the seed is printed so a failure can be replayed.
struct Dice(u64);

impl Dice {
    fn from_clock() -> Dice {
        let seed = std::env::var("COUNCIL_STRESS_SEED")
            .ok()
            .and_then(|seed| seed.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(7, |now| now.as_nanos() as u64)
            });
        eprintln!("stress seed: COUNCIL_STRESS_SEED={seed}");
        Dice(seed | 1)
    }

    /// A number below `n` (xorshift).
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

/// What the `council` side acknowledged: names of bodies written by a command that exited 0.
type Acknowledged = Arc<Mutex<Vec<String>>>;

/// One `council` worker: until `until`, runs reads, writes, backups, checks, prints and imports in turn;
/// now and then starts a write and kills it (`kill -9`) at a random moment.
fn council_worker(db: &Path, worker: u32, until: Instant, seed: u64, acknowledged: &Acknowledged) {
    let mut dice = Dice(seed | 1);
    let scratch = db.with_file_name(format!("worker-{worker}"));
    std::fs::create_dir_all(&scratch).expect("scratch folder");
    let mut round = 0;
    while Instant::now() < until {
        round += 1;
        let name = format!("council {worker}-{round}");
        let out = |file: &str| scratch.join(file).display().to_string();
        let (args, writes): (Vec<String>, Vec<String>) = match dice.below(8) {
            0 => (vec!["sessions".into(), "list".into()], vec![]),
            1 => (vec!["search".into(), "Самарканд".into()], vec![]),
            2 => (
                vec!["backup".into(), "--out".into(), out("copy.council-backup")],
                vec![],
            ),
            3 => (vec!["check".into(), "--full".into()], vec![]),
            4 => (
                vec![
                    "print".into(),
                    "controls".into(),
                    "--lang".into(),
                    "ru".into(),
                    "--out".into(),
                    out("controls.pdf"),
                ],
                vec![],
            ),
            5 => {
                let file = scratch.join("bodies.csv");
                let rows: Vec<String> = (0..3).map(|n| format!("{name} csv {n}")).collect();
                let mut csv = String::from("country,kind,name_ru,name_uz,name_en,region\n");
                for row in &rows {
                    writeln!(csv, "RU,company,{row},{row},{row},").expect("a string takes it");
                }
                std::fs::write(&file, csv).expect("write the CSV");
                (
                    vec![
                        "import".into(),
                        "csv".into(),
                        "bodies".into(),
                        file.display().to_string(),
                    ],
                    rows,
                )
            }
            _ => (
                vec![
                    "bodies".into(),
                    "add".into(),
                    "--country".into(),
                    "RU".into(),
                    "--kind".into(),
                    "company".into(),
                    "--name-ru".into(),
                    name.clone(),
                    "--name-en".into(),
                    name.clone(),
                ],
                vec![name.clone()],
            ),
        };
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut child = cli(db, &args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("run council");
        if !writes.is_empty() && dice.below(5) == 0 {
            // Killed at a random moment: whatever it did is not acknowledged, and must harm nothing.
            std::thread::sleep(Duration::from_millis(dice.below(60)));
            let _ = child.kill();
            let _ = child.wait();
            continue;
        }
        let status = child.wait().expect("council ran");
        if status.success() {
            acknowledged.lock().expect("list").extend(writes);
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn acknowledged_writes_survive_concurrent_work_and_a_kill_of_either_side()
-> WebDriverResult<()> {
    let mut app = App::start_as_shipped(&[&["demo", "--seed", "3"]]).await?;
    let db = app.db.clone();
    let pid = app.pid();
    let mut dice = Dice::from_clock();
    let acknowledged: Acknowledged = Arc::default();
    let until = Instant::now() + Duration::from_secs(20);
    let workers: Vec<_> = (0..2)
        .map(|worker| {
            let (db, acknowledged, seed) = (db.clone(), acknowledged.clone(), dice.below(1 << 40));
            std::thread::spawn(move || council_worker(&db, worker, until, seed, &acknowledged))
        })
        .collect();

    // The app writes all the while, and is killed at a random moment of the last third.
    let kill_at = until
        .checked_sub(Duration::from_millis(dice.below(6_000)))
        .expect("a moment after the start");
    let mut app_acknowledged = Vec::new();
    let mut refused = Vec::new();
    let mut n = 0;
    while Instant::now() < kill_at {
        n += 1;
        let name = format!("app {n}");
        match app.command("create_body", new_body(&name)).await? {
            Ok(_) => app_acknowledged.push(name),
            Err(error) => refused.push(error),
        }
        if n % 10 == 0 {
            let checked = app
                .command("check_database", json!({ "full": false }))
                .await?;
            assert!(checked.is_ok(), "{checked:?}");
        }
    }
    // One more write on its way when the app dies: not acknowledged, and it must harm nothing.
    app.start_command("last", "create_body", new_body("app last"))
        .await?;
    let _ = Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status();
    wait_for_exit(pid);
    let _ = app.quit().await;
    for worker in workers {
        worker.join().expect("a council worker panicked");
    }

    assert!(
        refused.is_empty(),
        "the app refused writes while council worked beside it: {refused:?}"
    );
    assert!(
        app_acknowledged.len() >= 10,
        "the app wrote too little to say anything: {}",
        app_acknowledged.len()
    );
    let check = cli_json(&db, &["check", "--full", "--json"]);
    assert_eq!(check["ok"], true, "{check}");
    let names = body_names(&db);
    let council_acknowledged = acknowledged.lock().expect("list").clone();
    assert!(
        !council_acknowledged.is_empty(),
        "council wrote nothing to check"
    );
    let missing: Vec<&String> = app_acknowledged
        .iter()
        .chain(&council_acknowledged)
        .filter(|name| !names.contains(name))
        .collect();
    assert!(
        missing.is_empty(),
        "acknowledged writes are missing: {missing:?}"
    );
    Ok(())
}
