//! The completions and the manual pages the Debian package installs (scripts/deb.sh runs
//! `council-package-files`): made from the clap definitions, so they offer what `council --help` lists.

use std::path::Path;
use std::process::Command;

fn package_files(dir: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_council-package-files"))
        .arg(dir)
        .output()
        .expect("run council-package-files");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
}

/// What bash offers after typing `WORDS` and pressing Tab, with the packaged completion loaded.
fn bash_completes(completion: &Path, words: &[&str]) -> Vec<String> {
    let script = format!(
        "source '{}'; COMP_WORDS=({}); COMP_CWORD={}; COMP_LINE='{}'; COMP_POINT=${{#COMP_LINE}}; \
         _council council \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        completion.display(),
        words
            .iter()
            .map(|w| format!("'{w}'"))
            .collect::<Vec<_>>()
            .join(" "),
        words.len() - 1,
        words.join(" "),
    );
    let output = Command::new("bash")
        .args(["--norc", "-c", &script])
        .output()
        .expect("bash");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn bash_completes_the_subcommands_and_their_options() {
    let dir = tempfile::tempdir().unwrap();
    package_files(dir.path());
    let completion = dir.path().join("council.bash");
    let offered = bash_completes(&completion, &["council", "ins"]);
    assert_eq!(offered, ["instructions"]);
    let offered = bash_completes(&completion, &["council", "regions", "list", "--c"]);
    assert_eq!(offered, ["--country"]);
    let offered = bash_completes(&completion, &["council", "print", ""]);
    for document in ["agenda", "minutes", "controls", "dossier"] {
        assert!(
            offered.iter().any(|w| w == document),
            "{document} in {offered:?}"
        );
    }
}

#[test]
fn zsh_and_fish_completions_know_every_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    package_files(dir.path());
    let zsh = std::fs::read_to_string(dir.path().join("_council")).unwrap();
    let fish = std::fs::read_to_string(dir.path().join("council.fish")).unwrap();
    assert!(zsh.starts_with("#compdef council"));
    for command in [
        "regions",
        "pairings",
        "instructions",
        "print",
        "backup",
        "restore",
        "site",
        "peers",
        "exchange",
    ] {
        assert!(zsh.contains(&format!("'{command}:")), "zsh lacks {command}");
        assert!(
            fish.contains(&format!("-a \"{command}\"")),
            "fish lacks {command}"
        );
    }
}

#[test]
fn every_subcommand_named_in_the_manual_has_a_page_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    package_files(dir.path());
    let man = dir.path().join("man1");
    let page = std::fs::read_to_string(man.join("council.1")).unwrap();
    assert!(page.contains(".TH council 1"), "{page}");
    let named: Vec<&str> = page
        .lines()
        .filter_map(|line| line.strip_suffix("(1)"))
        .filter(|name| name.starts_with("council\\-"))
        .collect();
    assert!(named.len() > 20, "{named:?}");
    for name in named {
        let file = man.join(format!("{}.1", name.replace("\\-", "-")));
        assert!(file.exists(), "{} is named but missing", file.display());
    }
    let page = std::fs::read_to_string(man.join("council-instructions-extend.1")).unwrap();
    assert!(
        page.contains("\\-\\-to"),
        "the options of the subcommand are on its page"
    );
}

#[test]
fn the_exchange_commands_are_completed_and_have_manual_pages() {
    let dir = tempfile::tempdir().unwrap();
    package_files(dir.path());
    let completion = dir.path().join("council.bash");
    let offered = bash_completes(&completion, &["council", "exchange", ""]);
    for command in ["prepare", "receive", "status", "conflicts", "review"] {
        assert!(
            offered.iter().any(|w| w == command),
            "{command} in {offered:?}"
        );
    }
    let offered = bash_completes(&completion, &["council", "exchange", "receive", "--dr"]);
    assert_eq!(offered, ["--dry-run"]);
    let man = dir.path().join("man1");
    for page in [
        "council-site-init.1",
        "council-site-card.1",
        "council-peers-add.1",
    ] {
        assert!(man.join(page).exists(), "{page}");
    }
    let page = std::fs::read_to_string(man.join("council-exchange-prepare.1")).unwrap();
    assert!(
        page.contains("\\-\\-to") && page.contains("\\-\\-out"),
        "{page}"
    );
}
