//! How `council-desk` was started, decided from its arguments before anything of the app is set up: as the
//! desktop app, as the `council` tool (one binary is both, so a package ships Typst and the fonts once), or
//! to print its version.

use std::ffi::{OsStr, OsString};
use std::path::Path;
use std::process::ExitCode;

/// What the program does with its arguments.
#[derive(Debug, PartialEq, Eq)]
pub enum Launch {
    /// The desktop app (or its file-dialog process, `dialogs`).
    App,
    /// The `council` tool with these arguments, the first being its name: started as `council` (the link the
    /// package installs to this binary) or as `council-desk cli …` where links are not to be had.
    Cli(Vec<OsString>),
    /// `council-desk --version`.
    Version,
}

/// Decides what `args` (as `std::env::args_os` gives them) start.
#[must_use]
pub fn launch(args: &[OsString]) -> Launch {
    let name = args.first().and_then(|arg0| Path::new(arg0).file_name());
    if name.is_some_and(|name| name == "council" || name.eq_ignore_ascii_case("council.exe")) {
        return Launch::Cli(args.to_vec());
    }
    match args.get(1).map(OsString::as_os_str) {
        Some(arg) if arg == OsStr::new("cli") => Launch::Cli(
            std::iter::once(OsString::from("council"))
                .chain(args[2..].iter().cloned())
                .collect(),
        ),
        Some(arg) if arg == OsStr::new("--version") || arg == OsStr::new("-V") => Launch::Version,
        _ => Launch::App,
    }
}

/// Prints `council-desk VERSION`, as `council --version` prints its own.
#[must_use]
pub fn print_version() -> ExitCode {
    println!("council-desk {}", env!("CARGO_PKG_VERSION"));
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_link_named_council_runs_the_tool_with_every_argument() {
        let started = args(&["/usr/bin/council", "regions", "list", "--country", "UZ"]);
        assert_eq!(launch(&started), Launch::Cli(started.clone()));
        assert_eq!(launch(&args(&["council"])), Launch::Cli(args(&["council"])));
    }

    #[test]
    fn council_desk_cli_runs_the_tool_without_the_word_cli() {
        assert_eq!(
            launch(&args(&[
                "/usr/bin/council-desk",
                "cli",
                "--db",
                "x.db",
                "info"
            ])),
            Launch::Cli(args(&["council", "--db", "x.db", "info"]))
        );
    }

    #[test]
    fn council_desk_alone_or_with_other_arguments_is_the_app() {
        assert_eq!(launch(&args(&["/usr/bin/council-desk"])), Launch::App);
        assert_eq!(
            launch(&args(&["council-desk", "--file-dialog", "open"])),
            Launch::App
        );
        // Only the program's own name counts, not a folder called council.
        assert_eq!(launch(&args(&["/opt/council/council-desk"])), Launch::App);
        assert_eq!(
            launch(&args(&["council-desk", "regions", "cli"])),
            Launch::App
        );
        assert_eq!(launch(&[]), Launch::App);
    }

    #[test]
    fn council_desk_version_prints_the_version_instead_of_opening_a_window() {
        assert_eq!(
            launch(&args(&["council-desk", "--version"])),
            Launch::Version
        );
        assert_eq!(launch(&args(&["council-desk", "-V"])), Launch::Version);
    }
}
