//! `council indicators`: the targets listed, a value entered and shown, a second one for its period refused
//! with nothing changed, and the overview in JSON.

use crate::support::Council;

fn add_value(council: &Council, quarter: &str, value: &str) -> crate::support::Run {
    council.run(&[
        "indicators",
        "add-value",
        "trade_turnover",
        "--year",
        "2026",
        "--quarter",
        quarter,
        "--value",
        value,
        "--source",
        "Oʻzbekiston statistika agentligi",
        "--as-of",
        "2026-10-20",
        "--json",
    ])
}

#[test]
fn values_are_entered_by_quarter_shown_and_counted_against_the_target() {
    let council = Council::new();
    let listed = council.ok(&["indicators", "list"]).stdout;
    let first = listed.lines().next().unwrap();
    let columns: Vec<&str> = first
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(
        columns,
        [
            "trade_turnover",
            "—",
            "reach 30000 $ m",
            "—",
            "Trade turnover"
        ],
        "{listed}"
    );

    let added = add_value(&council, "3", "3 150,5");
    assert_eq!(added.code, 0, "{}", added.stderr);
    let value = added.json();
    assert_eq!(value["value_milli"], 3_150_500);
    assert_eq!(value["source"], "Oʻzbekiston statistika agentligi");

    let shown = council.ok(&["indicators", "show", "trade_turnover"]).stdout;
    assert!(shown.contains("2026 Q3  3150.5 $ m  2026-10-20"), "{shown}");
    assert!(shown.contains("11%"), "3,150.5 of 30,000: {shown}");

    let json = council
        .ok(&["indicators", "show", "trade_turnover", "--json"])
        .json();
    assert_eq!(json["current_milli"], 3_150_500);
    assert_eq!(json["values"].as_array().unwrap().len(), 1);
}

#[test]
fn a_second_value_for_a_quarter_is_refused_in_the_officers_language_and_nothing_changes() {
    let council = Council::new();
    add_value(&council, "2", "3 000");
    let refused = council.run(&[
        "--lang",
        "ru",
        "indicators",
        "add-value",
        "trade_turnover",
        "--year",
        "2026",
        "--quarter",
        "2",
        "--value",
        "3 100",
        "--source",
        "Росстат",
        "--as-of",
        "2026-07-20",
    ]);
    assert_ne!(refused.code, 0);
    assert!(
        refused.stderr.contains("[indicator_value_exists, quarter]"),
        "{}",
        refused.stderr
    );
    assert!(
        refused
            .stderr
            .contains("За период 2026 Q2 значение уже внесено"),
        "{}",
        refused.stderr
    );
    let json = council
        .ok(&["indicators", "show", "trade_turnover", "--json"])
        .json();
    assert_eq!(json["values"].as_array().unwrap().len(), 1);
    assert_eq!(json["values"][0]["value_milli"], 3_000_000);
}

#[test]
fn the_overview_puts_the_targets_beside_the_register() {
    let council = Council::new();
    add_value(&council, "1", "2 900");
    let overview = council
        .ok(&["indicators", "overview", "--today", "2026-11-29", "--json"])
        .json();
    assert_eq!(overview["today"], "2026-11-29");
    assert_eq!(overview["indicators"].as_array().unwrap().len(), 4);
    assert_eq!(overview["indicators"][0]["current_milli"], 2_900_000);
    assert_eq!(overview["portfolio_by_sector"]["total"]["projects"], 0);
}
