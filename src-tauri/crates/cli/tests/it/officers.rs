//! `council` acts as a named officer: --as, the default chosen by `council officer use`, and the refusal of a
//! change when the register has accounts and nobody is named.

use crate::support::Council;

/// A register whose first account is the head N. Ivanova, with the observer A. Karimov.
fn with_accounts() -> Council {
    let council = Council::new();
    council.ok(&[
        "officer",
        "add",
        "--name-en",
        "N. Ivanova",
        "--name-ru",
        "Н. Иванова",
    ]);
    council.ok(&[
        "--as",
        "N. Ivanova",
        "officer",
        "add",
        "--role",
        "observer",
        "--name-en",
        "A. Karimov",
        "--email",
        "karimov@mfa.uz",
    ]);
    council
}

#[test]
fn a_change_with_accounts_and_no_officer_named_is_refused_with_the_way_out() {
    let council = with_accounts();
    let refused = council.run(&["pairings", "add", "UZ-SA", "RU-SVE"]);
    assert_eq!(refused.code, 1);
    assert!(
        refused.stderr.contains("[sign_in_required]"),
        "{}",
        refused.stderr
    );
    assert!(refused.stderr.contains("--as"), "{}", refused.stderr);
    // Reads need nobody.
    council.ok(&["pairings", "list"]);
    let uz = council.run(&["--lang", "uz", "pairings", "add", "UZ-SA", "RU-SVE"]);
    assert!(uz.stderr.contains("Xodimni koʻrsating"), "{}", uz.stderr);
}

#[test]
fn as_names_the_officer_whose_role_decides_and_whose_name_the_history_shows() {
    let council = with_accounts();
    let observer = council.run(&[
        "--as",
        "karimov@mfa.uz",
        "pairings",
        "add",
        "UZ-SA",
        "RU-SVE",
    ]);
    assert_eq!(observer.code, 1);
    assert!(
        observer.stderr.contains("[forbidden]"),
        "{}",
        observer.stderr
    );
    assert!(
        observer.stderr.contains("observer reads"),
        "{}",
        observer.stderr
    );

    let made = council
        .ok(&[
            "--as",
            "n. ivanova",
            "pairings",
            "add",
            "UZ-SA",
            "RU-SVE",
            "--json",
        ])
        .json();
    let id = made["id"].as_str().unwrap();
    let history = council.ok(&["--lang", "ru", "history", "pairing", id]);
    assert!(history.stdout.contains("Н. Иванова"), "{}", history.stdout);
    let json = council.ok(&["history", "pairing", id, "--json"]).json();
    assert_eq!(json[0]["officer"]["en"], "N. Ivanova");

    let unknown = council.run(&["--as", "Nobody", "pairings", "list"]);
    assert_eq!(unknown.code, 1);
    assert!(
        unknown.stderr.contains("[not_found, officer]"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn officer_use_makes_the_default_and_a_password_is_asked_of_it() {
    let council = with_accounts();
    council.ok(&["officer", "use", "N. Ivanova"]);
    let list = council.ok(&["officer", "list"]);
    assert!(
        list.stdout
            .lines()
            .any(|l| l.starts_with('*') && l.contains("N. Ivanova")),
        "{}",
        list.stdout
    );
    council.ok(&["pairings", "add", "UZ-SA", "RU-SVE"]);

    let set = council.run_with(
        &["officer", "password", "N. Ivanova"],
        &[("COUNCIL_NEW_PASSWORD", "Samarqand-2026")],
    );
    assert_eq!(set.code, 0, "{}", set.stderr);
    // No terminal and no COUNCIL_PASSWORD: nobody acts; reading works, a change is refused.
    council.ok(&["pairings", "list"]);
    let none = council.run(&["pairings", "add", "UZ-BU", "RU-TA"]);
    assert!(
        none.stderr.contains("[sign_in_required]"),
        "{}",
        none.stderr
    );
    let named = council.run(&["--as", "N. Ivanova", "pairings", "list"]);
    assert!(
        named.stderr.contains("[required, password]"),
        "{}",
        named.stderr
    );
    let wrong = council.run_with(&["pairings", "list"], &[("COUNCIL_PASSWORD", "samarqand")]);
    assert!(
        wrong.stderr.contains("[wrong_password, password]"),
        "{}",
        wrong.stderr
    );
    let right = council.run_with(
        &["pairings", "add", "UZ-BU", "RU-TA"],
        &[("COUNCIL_PASSWORD", "Samarqand-2026")],
    );
    assert_eq!(right.code, 0, "{}", right.stderr);
}
