//! The files a package installs beside the binary: the shell completions and the manual page of `council`,
//! made from the clap definitions, so they say what --help says.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use clap_complete::Shell;

/// The program's name in the completions and the manual page: the command officers type.
const NAME: &str = "council";

/// Writes `council.bash`, `_council` (zsh) and `council.fish` into `dir`, which must exist, and the manual
/// pages into `dir/man1`: `council.1` and one page per subcommand, as its SUBCOMMANDS section names them
/// (`council-regions.1`, `council-regions-list.1`, …), not compressed. Returns the paths written.
pub fn write_package_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for (shell, file) in [
        (Shell::Bash, "council.bash"),
        (Shell::Zsh, "_council"),
        (Shell::Fish, "council.fish"),
    ] {
        let mut text = Vec::new();
        clap_complete::generate(shell, &mut crate::command(), NAME, &mut text);
        let path = dir.join(file);
        fs::write(&path, text)?;
        written.push(path);
    }
    let man_dir = dir.join("man1");
    fs::create_dir_all(&man_dir)?;
    let mut command = crate::command().disable_help_subcommand(true);
    command.build();
    write_pages(command, &man_dir, &mut written)?;
    Ok(written)
}

/// Writes the page of `command` and of each of its subcommands, depth first.
fn write_pages(command: clap::Command, dir: &Path, written: &mut Vec<PathBuf>) -> io::Result<()> {
    for sub in command.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        write_pages(sub.clone(), dir, written)?;
    }
    let page = clap_mangen::Man::new(command).manual("Council Desk");
    written.push(page.generate_to(dir)?);
    Ok(())
}
