//! `council rates` and `council portfolio`.

use super::{id_of, refused};
use crate::support::Council;

#[test]
fn rates_are_set_and_listed() {
    let council = Council::new();
    let rate = council
        .ok(&["rates", "set", "RUB", "2026-11-01", "92.35", "--json"])
        .json();
    assert_eq!(rate["micros_per_usd"], 92_350_000);
    council.ok(&["rates", "set", "uzs", "2026-11-01", "12 800"]);
    let text = council.ok(&["rates", "list"]).stdout;
    assert_eq!(
        text, "RUB  2026-11-01  92.35\nUZS  2026-11-01  12 800\n",
        "{text}"
    );
    let only_uzs = council
        .ok(&["rates", "list", "--currency", "UZS", "--json"])
        .json();
    assert_eq!(only_uzs.as_array().unwrap().len(), 1);

    refused(
        &council,
        &["rates", "set", "USD", "2026-11-01", "1"],
        "[invalid_value, currency]",
    );
    refused(
        &council,
        &["rates", "set", "RUB", "2026-11-01", "-92.35"],
        "[invalid_value, rate]",
    );
    refused(
        &council,
        &["rates", "set", "EUR", "2026-11-01", "0.95"],
        "[invalid_value, currency]",
    );
}

#[test]
fn the_project_portfolio_in_dollars_with_the_unconverted_apart() {
    let council = Council::new();
    let pairing = id_of(&council.ok(&["pairings", "add", "UZ-SA", "RU-SVE", "--json"]));
    council.ok(&["rates", "set", "RUB", "2026-11-01", "92.35"]);
    for (sector, value, currency) in [
        ("energy", "92 350 000", "RUB"),
        ("energy", "250 000.25", "USD"),
        ("tourism", "12 800 000", "UZS"),
    ] {
        council.ok(&[
            "projects",
            "add",
            "--title-en",
            "Project",
            "--pairing",
            &pairing,
            "--sector",
            sector,
            "--value",
            value,
            "--currency",
            currency,
        ]);
    }

    let by_sector = council
        .ok(&[
            "portfolio",
            "projects",
            "--by",
            "sector",
            "--as-of",
            "2026-11-30",
            "--json",
        ])
        .json();
    assert_eq!(by_sector["as_of"], "2026-11-30");
    assert_eq!(by_sector["rows"][0]["key"], "energy");
    assert_eq!(by_sector["rows"][0]["projects"], 2);
    // 1 000 000.00 USD for the roubles, plus 250 000.25 USD.
    assert_eq!(by_sector["rows"][0]["total_usd_cents"], 125_000_025);
    assert_eq!(by_sector["rows"][1]["unconverted"], 1);
    assert_eq!(by_sector["missing_rates"], serde_json::json!(["UZS"]));
    assert_eq!(by_sector["total"]["total_usd_cents"], 125_000_025);

    let text = council
        .ok(&[
            "portfolio",
            "projects",
            "--by",
            "sector",
            "--as-of",
            "2026-11-30",
        ])
        .stdout;
    assert!(text.contains("Energy   2  1 250 000.25"), "{text}");
    assert!(text.contains("+ 12 800 000.00 UZS"), "{text}");
    assert!(
        text.contains("There is no rate of UZS to the US dollar"),
        "{text}"
    );

    let by_status = council
        .ok(&["portfolio", "projects", "--by", "status", "--json"])
        .json();
    assert_eq!(by_status["rows"][0]["key"], "proposed");
    assert_eq!(by_status["rows"][0]["projects"], 3);

    refused(
        &council,
        &["portfolio", "projects", "--by", "region"],
        "[invalid_value, by]",
    );
    refused(
        &council,
        &[
            "portfolio",
            "projects",
            "--by",
            "pairing",
            "--as-of",
            "30.11.2026",
        ],
        "[invalid_date, as_of]",
    );
}

#[test]
fn agreements_signed_per_year_and_per_session() {
    let council = Council::new();
    let pairing = id_of(&council.ok(&["pairings", "add", "UZ-SA", "RU-SVE", "--json"]));
    for (status, signed_on) in [
        ("signed", "2025-10-01"),
        ("in_force", "2026-05-27"),
        ("draft", ""),
    ] {
        council.ok(&[
            "agreements",
            "add",
            "--title-en",
            "Agreement",
            "--pairing",
            &pairing,
            "--status",
            status,
            "--signed-on",
            signed_on,
        ]);
    }
    let by_year = council
        .ok(&["portfolio", "agreements", "--by", "year", "--json"])
        .json();
    assert_eq!(
        by_year,
        serde_json::json!([
            { "key": "2025", "label": { "ru": "2025", "uz": "2025", "en": "2025" }, "count": 1 },
            { "key": "2026", "label": { "ru": "2026", "uz": "2026", "en": "2026" }, "count": 1 },
        ])
    );
    let by_session = council
        .ok(&["--lang", "ru", "portfolio", "agreements", "--by", "session"])
        .stdout;
    assert_eq!(by_session, "Вне заседаний  2\n");
    refused(
        &council,
        &["portfolio", "agreements", "--by", "month"],
        "[invalid_value, by]",
    );
}
