//! What reaches the terminal: control characters of records (escape sequences in an imported file) are
//! written out, never sent raw, in text and in JSON.

use crate::support::{Council, Run};

/// Clears the screen, sets the window title, turns text red (7-bit and 8-bit forms), rubs out the line.
const HOSTILE: &str = "\u{1b}[2J\u{1b}]0;owned\u{7}\r\u{9b}31m";

fn assert_printable(run: &Run, what: &str) {
    for (stream, text) in [("stdout", &run.stdout), ("stderr", &run.stderr)] {
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{what}: a control character on {stream}: {text:?}"
        );
    }
}

#[test]
fn control_characters_of_imported_records_never_reach_the_terminal_raw() {
    let council = Council::new();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bodies.csv");
    std::fs::write(
        &file,
        format!(
            "country;kind;name_ru;name_en\n\
             UZ;ministry;\"Министерство{HOSTILE} энергетики\";\"Ministry of Energy{HOSTILE}\"\n"
        ),
    )
    .unwrap();
    let import = council.ok(&["import", "csv", "bodies", file.to_str().unwrap()]);
    assert_printable(&import, "import");
    assert!(
        import
            .stdout
            .contains(r"Министерство\u{1b}[2J\u{1b}]0;owned\u{7}\u{d}\u{9b}31m энергетики"),
        "the characters are shown written out: {}",
        import.stdout
    );

    let listed = council.ok(&["bodies", "list"]);
    assert_printable(&listed, "bodies list");
    assert!(
        listed.stdout.contains(r"Ministry of Energy\u{1b}[2J"),
        "{}",
        listed.stdout
    );
    let id = council.ok(&["bodies", "list", "--json"]).json()[0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    for args in [
        vec!["bodies", "show", id.as_str()],
        vec!["search", "энергетики"],
        vec!["--lang", "ru", "bodies", "list"],
    ] {
        let run = council.ok(&args);
        assert_printable(&run, &args.join(" "));
        assert!(
            run.stdout.contains(r"\u{1b}[2J"),
            "{args:?}: {}",
            run.stdout
        );
    }

    let json = council.ok(&["bodies", "show", &id, "--json"]);
    assert_printable(&json, "bodies show --json");
    assert_eq!(
        json.json()["name"]["en"],
        format!("Ministry of Energy{HOSTILE}"),
        "JSON carries the text exactly, escaped"
    );

    let missing = council.run(&["bodies", "show", &format!("{id}{HOSTILE}")]);
    assert_ne!(missing.code, 0);
    assert_printable(&missing, "an error quoting the input");
}
