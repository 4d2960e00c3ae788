//! The app's binary is also the `council` tool, as the Debian package installs it: through a link named
//! `council`, and as `council-desk cli …`. Neither opens a window.
#![cfg(unix)]

use std::path::Path;
use std::process::{Command, Output};

const APP: &str = env!("CARGO_BIN_EXE_council-desk");

fn run(program: &Path, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .env_remove("COUNCIL_DB")
        .env_remove("COUNCIL_LANG")
        .output()
        .expect("the program starts")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

#[test]
fn the_packaged_link_named_council_is_the_command_line_tool() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("council");
    std::os::unix::fs::symlink(APP, &link).unwrap();
    let db = dir.path().join("council.db");
    let db = db.to_str().unwrap();

    let version = run(&link, &["--version"]);
    assert!(version.status.success());
    assert_eq!(
        text(&version.stdout),
        format!("council {}\n", env!("CARGO_PKG_VERSION"))
    );

    let regions = run(
        &link,
        &[
            "--db",
            db,
            "--lang",
            "en",
            "regions",
            "list",
            "--country",
            "UZ",
        ],
    );
    assert!(regions.status.success(), "{}", text(&regions.stderr));
    assert_eq!(
        text(&regions.stdout).lines().count(),
        14,
        "the 14 Uzbek regions"
    );

    // A refused change: one translated line with the error code, status 1.
    let refused = run(
        &link,
        &[
            "--db", db, "--lang", "ru", "pairings", "add", "UZ-SA", "UZ-TO",
        ],
    );
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        text(&refused.stderr).starts_with("council: "),
        "{}",
        text(&refused.stderr)
    );
}

#[test]
fn council_desk_cli_runs_the_tool_where_there_is_no_link() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("council.db");
    let app = Path::new(APP);

    let version = run(app, &["cli", "--version"]);
    assert_eq!(
        text(&version.stdout),
        format!("council {}\n", env!("CARGO_PKG_VERSION"))
    );

    let regions = run(
        app,
        &[
            "cli",
            "--db",
            db.to_str().unwrap(),
            "regions",
            "list",
            "--country",
            "RU",
        ],
    );
    assert!(regions.status.success(), "{}", text(&regions.stderr));
    assert!(
        text(&regions.stdout).lines().count() > 80,
        "the Russian regions"
    );

    let usage = run(app, &["cli", "no-such-command"]);
    assert_eq!(
        usage.status.code(),
        Some(2),
        "a usage error, as from council itself"
    );
}

#[test]
fn council_desk_version_prints_the_version_without_a_window() {
    let version = run(Path::new(APP), &["--version"]);
    assert!(version.status.success());
    assert_eq!(
        text(&version.stdout),
        format!("council-desk {}\n", env!("CARGO_PKG_VERSION"))
    );
}
