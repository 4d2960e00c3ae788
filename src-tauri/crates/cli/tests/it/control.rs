//! `council instructions`, `council report` and `council demo`, end to end on the demonstration year.

use crate::support::Council;

const TODAY: &str = "--today=2026-11-29";

fn demo() -> Council {
    let council = Council::new();
    let counts = council
        .ok(&["demo", "--scale", "small", "--seed", "3", TODAY, "--json"])
        .json();
    assert_eq!(counts["instructions"], 60);
    council
}

fn list(council: &Council, args: &[&str]) -> Vec<serde_json::Value> {
    let mut all = vec!["instructions", "list", TODAY, "--json"];
    all.extend_from_slice(args);
    council.ok(&all).json().as_array().unwrap().clone()
}

#[test]
fn the_weekly_lists_agree_with_each_other() {
    let council = demo();
    let all = list(&council, &[]);
    assert_eq!(all.len(), 60);
    let overdue = list(&council, &["--overdue"]);
    assert!(!overdue.is_empty());
    assert!(
        overdue
            .iter()
            .all(|i| i["overdue"] == true && i["due_on"].as_str().unwrap() < "2026-11-29")
    );
    assert_eq!(
        overdue.len(),
        all.iter().filter(|i| i["overdue"] == true).count()
    );
    let open = list(&council, &["--open"]);
    assert!(
        open.iter()
            .all(|i| !["removed", "cancelled"].contains(&i["state"].as_str().unwrap()))
    );
    let summary = council.ok(&["report", "summary", TODAY, "--json"]).json();
    assert_eq!(summary["open"], open.len());
    assert_eq!(summary["overdue"], overdue.len());
    let page = list(&council, &["--limit", "5", "--offset", "5"]);
    assert_eq!(page, all[5..10].to_vec());
    let rates = council
        .ok(&["report", "execution", "--by", "pairing", TODAY, "--json"])
        .json();
    assert!(!rates.as_array().unwrap().is_empty());
}

#[test]
fn an_instruction_goes_through_control_to_removal() {
    let council = demo();
    let assigned = list(&council, &["--state", "assigned"]);
    let number = assigned[0]["number"].as_str().unwrap().to_owned();
    let due = assigned[0]["due_on"].as_str().unwrap().to_owned();

    // Removal without a report is refused and changes nothing.
    let refused = council.run(&["instructions", "remove", &number, TODAY]);
    assert_eq!(refused.code, 1);
    assert!(
        refused.stderr.contains("report_required"),
        "{}",
        refused.stderr
    );
    let ru = council.run(&["--lang", "ru", "instructions", "remove", &number, TODAY]);
    assert!(ru.stderr.contains("отчёта об исполнении"), "{}", ru.stderr);

    council.ok(&["instructions", "start", &number, TODAY]);
    council.ok(&[
        "instructions",
        "extend",
        &number,
        "--to",
        "2027-12-31",
        "--reason",
        "Ожидается ответ сторон",
        TODAY,
    ]);
    council.ok(&[
        "instructions",
        "report",
        &number,
        "--text",
        "Дорожная карта подписана",
        "--author",
        "Минтранс",
        TODAY,
    ]);
    council.ok(&["instructions", "remove", &number, TODAY]);

    let shown = council
        .ok(&["instructions", "show", &number, TODAY, "--json"])
        .json();
    assert_eq!(shown["instruction"]["state"], "removed");
    assert_eq!(shown["instruction"]["removed_on"], "2026-11-29");
    assert_eq!(shown["instruction"]["original_due_on"], due.as_str());
    assert_eq!(shown["extensions"][0]["reason"], "Ожидается ответ сторон");
    assert_eq!(shown["reports"][0]["text"], "Дорожная карта подписана");
    let states: Vec<&str> = shown["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["to_state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["assigned", "in_progress", "reported", "removed"]);
}

#[test]
fn demo_refuses_a_database_that_has_records() {
    let council = demo();
    let again = council.run(&["demo", TODAY]);
    assert_eq!(again.code, 1);
    assert!(
        again.stderr.contains("database_not_empty"),
        "{}",
        again.stderr
    );
}

#[test]
fn anything_deleted_comes_back_from_the_trash() {
    let council = demo();
    let sessions = council.ok(&["sessions", "list", "--json"]).json();
    let session = sessions[0]["id"].as_str().unwrap().to_owned();
    let number = list(&council, &[])[0]["number"]
        .as_str()
        .unwrap()
        .to_owned();
    council.ok(&["sessions", "delete", &session]);
    council.ok(&["instructions", "delete", &number, TODAY]);
    let trash = council.ok(&["trash", "list", "--json"]).json();
    let entities: Vec<&str> = trash
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["entity"].as_str().unwrap())
        .collect();
    assert!(
        entities.contains(&"session") && entities.contains(&"instruction"),
        "{entities:?}"
    );
    for entry in trash.as_array().unwrap() {
        council.ok(&[
            "trash",
            "restore",
            entry["entity"].as_str().unwrap(),
            entry["id"].as_str().unwrap(),
        ]);
    }
    assert_eq!(
        council.ok(&["trash", "list", "--json"]).json(),
        serde_json::json!([])
    );
    assert_eq!(council.ok(&["sessions", "list", "--json"]).json(), sessions);
    let refused = council.run(&["trash", "restore", "session", &session]);
    assert!(
        refused.stderr.contains("not_in_trash"),
        "{}",
        refused.stderr
    );
}

/// Reported by an officer: `council report execution` was said to count as late an instruction removed from control nine
/// months before its due date. One body per case, so each line of the report is one instruction's verdict:
/// removed before the due date is on time, removed after it is late, open and past due is overdue, open and
/// not yet due is not counted at all. The full check then finds the kept tallies equal to a recount.
#[test]
fn report_execution_counts_each_case_as_the_officer_expects() {
    let council = Council::new();
    let given = "--today=2026-03-01";
    let mut lead_of = std::collections::BTreeMap::new();
    for (case, due) in [
        ("removed early", "2026-12-01"),
        ("removed late", "2026-03-10"),
        ("open overdue", "2026-03-20"),
        ("open ahead", "2026-09-01"),
    ] {
        let body = council
            .ok(&[
                "bodies",
                "add",
                "--country",
                "RU",
                "--kind",
                "ministry",
                "--name-ru",
                case,
                "--name-uz",
                case,
                "--name-en",
                case,
                "--json",
            ])
            .json();
        let lead = body["id"].as_str().unwrap().to_owned();
        let number = council
            .ok(&[
                "instructions",
                "add",
                "--lead",
                &lead,
                "--due",
                due,
                "--text-ru",
                case,
                given,
                "--json",
            ])
            .json()["number"]
            .as_str()
            .unwrap()
            .to_owned();
        lead_of.insert(case, (lead, number));
    }
    // Both removals happen on 2026-03-15: nine months before the first due date, five days after the second.
    for case in ["removed early", "removed late"] {
        let number = &lead_of[case].1;
        let on = "--today=2026-03-15";
        council.ok(&[
            "instructions",
            "report",
            number,
            "--text",
            "Исполнено",
            "--author",
            "—",
            on,
        ]);
        council.ok(&["instructions", "remove", number, on]);
    }
    let rates = council
        .ok(&["report", "execution", "--today=2026-04-01", "--json"])
        .json();
    let verdict = |case: &str| {
        let rate = rates
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == lead_of[case].0.as_str())
            .unwrap_or_else(|| panic!("{case} missing from {rates}"));
        (
            rate["counted"].as_u64().unwrap(),
            rate["on_time"].as_u64().unwrap(),
            rate["late"].as_u64().unwrap(),
            rate["overdue"].as_u64().unwrap(),
            rate["rate"].as_f64(),
        )
    };
    assert_eq!(verdict("removed early"), (1, 1, 0, 0, Some(1.0)));
    assert_eq!(verdict("removed late"), (1, 0, 1, 0, Some(0.0)));
    assert_eq!(verdict("open overdue"), (1, 0, 0, 1, Some(0.0)));
    assert_eq!(verdict("open ahead"), (0, 0, 0, 0, None));
    council.ok(&["check", "--full"]);
}
