//! `council search`: one search over the demonstration year, in either script, as JSON and as text.

use crate::support::Council;

fn demo() -> Council {
    let council = Council::new();
    council.ok(&[
        "demo",
        "--scale",
        "small",
        "--seed",
        "3",
        "--today",
        "2026-11-29",
    ]);
    council
}

#[test]
fn a_region_is_found_in_either_script_as_json_and_as_text() {
    let council = demo();
    let region = council.ok(&["regions", "show", "UZ-SA", "--json"]).json();
    for query in ["Самарканд", "samarqand"] {
        let hits = council.ok(&["search", query, "--json"]).json();
        assert_eq!(hits[0]["entity"], "region", "{query}: {hits}");
        assert_eq!(hits[0]["record_id"], region["id"], "{query}");
        assert_eq!(hits[0]["title"]["uz"], "Samarqand viloyati");
        let segments = hits[0]["snippet"].as_array().unwrap();
        assert!(segments.iter().any(|s| s["hit"] == true), "{hits}");
    }

    let text = council.ok(&["search", "farg'ona"]).stdout;
    assert_eq!(
        text.lines().count(),
        3,
        "the region, its khokimiyat and its pairing: {text}"
    );
    let text = council.ok(&["search", "farg'ona", "--limit", "1"]).stdout;
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1, "{text}");
    assert!(lines[0].starts_with("region"), "{text}");
    assert!(lines[0].contains("Fergana Region"), "{text}");
    assert!(lines[0].contains("name_uz: [Fargʻona] viloyati"), "{text}");
}

#[test]
fn words_given_without_quotes_are_one_query() {
    let council = demo();
    let hits = council
        .ok(&["search", "Toshkent", "Moskva", "--json"])
        .json();
    let mut titles: Vec<&str> = hits
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| hit["title"]["en"].as_str().unwrap())
        .collect();
    titles.sort_unstable();
    assert_eq!(
        titles,
        ["Tashkent City — Moscow", "Tashkent Region — Moscow Oblast"]
    );
}

#[test]
fn an_instruction_is_found_by_its_number() {
    let council = demo();
    let listed = council
        .ok(&["instructions", "list", "--today", "2026-11-29", "--json"])
        .json();
    let first = &listed.as_array().unwrap()[0];
    let number = first["number"].as_str().unwrap();
    let hits = council
        .ok(&["search", number, "--limit", "1", "--json"])
        .json();
    assert_eq!(hits.as_array().unwrap().len(), 1);
    assert_eq!(hits[0]["record_id"], first["id"], "{number}: {hits}");
    assert_eq!(hits[0]["field"], "number");
}

#[test]
fn punctuation_and_search_syntax_are_answered_not_refused() {
    let council = demo();
    for query in ["\"", "***", "!!! ...", "🙂", "ʻ"] {
        let hits = council.ok(&["search", "--json", "--", query]).json();
        assert_eq!(hits, serde_json::json!([]), "{query}");
    }
    // Operators are words like any other; quotes, brackets and stars are not syntax.
    for query in [
        "NEAR(Samarqand",
        "Samarqand OR",
        "name_uz:Samarqand",
        "a AND NOT b",
    ] {
        let hits = council.ok(&["search", "--json", "--", query]).json();
        assert!(hits.is_array(), "{query}");
    }
    for query in ["\"Samarqand\"", "(Samarqand)", "Samarqand*", "-Samarqand"] {
        let hits = council.ok(&["search", "--json", "--", query]).json();
        assert_eq!(hits[0]["title"]["uz"], "Samarqand viloyati", "{query}");
    }
}
