//! Native file dialogs, shown from Rust so the webview never gets a file path to read or write of its own
//! choosing: the officer picks the file, the command acts on it.
//!
//! Each dialog runs in a process of its own: this program started again as `council-desk --file-dialog …`,
//! which shows the dialog and prints the chosen path. A file chooser inside the app's process would open and
//! close the files of the folders it shows (to guess their type), and on Unix closing any descriptor of the
//! database file releases every SQLite lock this process holds on it (docs/ARCHITECTURE.md, "Holding the
//! database"). The app waits for the dialog's process on a blocking thread, so neither the UI thread nor the
//! async runtime waits on it.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The first argument that makes this program a file dialog instead of the app.
pub const DIALOG_ARG: &str = "--file-dialog";

/// What a file dialog starts with.
#[derive(Debug, Default)]
pub struct DialogStart {
    /// The folder shown first.
    pub directory: Option<PathBuf>,
    /// The file name proposed (save dialogs).
    pub file_name: Option<String>,
    /// One filter: its name and the extensions it shows.
    pub filter: Option<(String, Vec<&'static str>)>,
}

/// Asks for an existing file; `None` when the officer cancels.
pub async fn pick_file(start: DialogStart) -> Option<PathBuf> {
    run(start, Mode::Open).await
}

/// Asks where to save a file (the dialog itself confirms replacing one); `None` when cancelled.
pub async fn save_file(start: DialogStart) -> Option<PathBuf> {
    run(start, Mode::Save).await
}

/// Asks for a folder to save several files into; `None` when cancelled.
pub async fn pick_folder(start: DialogStart) -> Option<PathBuf> {
    run(start, Mode::Folder).await
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Open,
    Save,
    Folder,
}

impl Mode {
    fn as_str(self) -> &'static str {
        match self {
            Mode::Open => "open",
            Mode::Save => "save",
            Mode::Folder => "folder",
        }
    }
}

async fn run(start: DialogStart, mode: Mode) -> Option<PathBuf> {
    tauri::async_runtime::spawn_blocking(move || ask_in_own_process(&start, mode))
        .await
        .ok()
        .flatten()
}

/// The arguments of the dialog's process: the mode, the folder, the proposed name, the filter's name, then
/// its extensions (an empty argument where there is nothing).
fn dialog_args(start: &DialogStart, mode: Mode) -> Vec<OsString> {
    let mut args: Vec<OsString> = vec![DIALOG_ARG.into(), mode.as_str().into()];
    args.push(
        start
            .directory
            .as_ref()
            .map(|dir| dir.as_os_str().to_owned())
            .unwrap_or_default(),
    );
    args.push(start.file_name.clone().unwrap_or_default().into());
    match &start.filter {
        Some((name, extensions)) => {
            args.push(name.into());
            args.extend(extensions.iter().map(OsString::from));
        }
        None => args.push(OsString::new()),
    }
    args
}

/// This program, to start again as the dialog. On Linux `/proc/self/exe` still works after an update has
/// replaced the file the app was started from.
fn this_program() -> Option<PathBuf> {
    if cfg!(target_os = "linux") {
        return Some(PathBuf::from("/proc/self/exe"));
    }
    std::env::current_exe().ok()
}

fn ask_in_own_process(start: &DialogStart, mode: Mode) -> Option<PathBuf> {
    let output = Command::new(this_program()?)
        .args(dialog_args(start, mode))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .output()
        .ok()?;
    if !output.status.success() || output.stdout.is_empty() {
        return None;
    }
    path_from_bytes(output.stdout)
}

#[cfg(unix)]
#[allow(clippy::unnecessary_wraps)] // the same signature as on other systems, where bytes may not be a path
fn path_from_bytes(bytes: Vec<u8>) -> Option<PathBuf> {
    use std::os::unix::ffi::OsStringExt;
    Some(PathBuf::from(OsString::from_vec(bytes)))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: Vec<u8>) -> Option<PathBuf> {
    String::from_utf8(bytes).ok().map(PathBuf::from)
}

#[cfg(unix)]
fn path_bytes(path: &std::path::Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    path.as_os_str().as_bytes().to_vec()
}

#[cfg(not(unix))]
fn path_bytes(path: &std::path::Path) -> Vec<u8> {
    path.to_string_lossy().into_owned().into_bytes()
}

/// When this program was started as a file dialog (`--file-dialog MODE DIR NAME FILTER EXT…`): shows it,
/// prints the chosen path (nothing when cancelled) and answers the exit status. `None` for the app itself.
#[must_use]
pub fn serve_file_dialog(args: &[OsString]) -> Option<i32> {
    if args.get(1).map(OsString::as_os_str) != Some(OsStr::new(DIALOG_ARG)) {
        return None;
    }
    let text = |index: usize| {
        args.get(index)
            .map(|arg| arg.to_string_lossy().into_owned())
            .filter(|arg| !arg.is_empty())
    };
    let mode = match text(2).as_deref() {
        Some("open") => Mode::Open,
        Some("save") => Mode::Save,
        Some("folder") => Mode::Folder,
        _ => return Some(2),
    };
    let mut dialog = rfd::FileDialog::new();
    if let Some(directory) = args.get(3).filter(|arg| !arg.is_empty()) {
        dialog = dialog.set_directory(directory);
    }
    if let Some(name) = text(4) {
        dialog = dialog.set_file_name(name);
    }
    if let Some(filter) = text(5) {
        let extensions: Vec<String> = (6..args.len()).filter_map(text).collect();
        dialog = dialog.add_filter(filter, &extensions);
    }
    let chosen = match mode {
        Mode::Open => dialog.pick_file(),
        Mode::Save => dialog.save_file(),
        Mode::Folder => dialog.pick_folder(),
    };
    if let Some(path) = chosen {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        if out
            .write_all(&path_bytes(&path))
            .and_then(|()| out.flush())
            .is_err()
        {
            return Some(1);
        }
    }
    Some(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dialog_process_reads_back_what_the_app_asks_for() {
        let start = DialogStart {
            directory: Some(PathBuf::from("/home/officer/Документы")),
            file_name: Some("Повестка 2-е заседание.pdf".to_owned()),
            filter: Some(("PDF".to_owned(), vec!["pdf"])),
        };
        let mut args = vec![OsString::from("council-desk")];
        args.extend(dialog_args(&start, Mode::Save));
        assert_eq!(
            args,
            [
                "council-desk",
                DIALOG_ARG,
                "save",
                "/home/officer/Документы",
                "Повестка 2-е заседание.pdf",
                "PDF",
                "pdf"
            ]
            .map(OsString::from)
        );
        let none = dialog_args(&DialogStart::default(), Mode::Open);
        assert_eq!(none, [DIALOG_ARG, "open", "", "", ""].map(OsString::from));
        assert_eq!(serve_file_dialog(&[OsString::from("council-desk")]), None);
        let unknown_mode = [
            OsString::from("council-desk"),
            OsString::from(DIALOG_ARG),
            OsString::from("print"),
        ];
        assert_eq!(serve_file_dialog(&unknown_mode), Some(2));
    }
}
