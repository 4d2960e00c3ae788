//! The map of the pairings: each pairing's sessions and projects over the last year, the level the map draws,
//! and the region outlines the map is drawn with.

use council_core::Store;
use council_core::pairing_activity::{ActivityLevel, PairingActivity};
use council_core::project::{ProjectInput, ProjectStatus};
use council_core::session::{SessionStatus, StatusChange};

use crate::support::{TestStore, day, new_pairing, project, session_input};

fn held_session(store: &mut Store, start: &str, pairing_id: &str) {
    let mut input = session_input(start, "Asia/Tashkent");
    input.pairings = vec![pairing_id.to_owned()];
    let id = store.create_session(&input).unwrap().id.to_string();
    for to in [
        SessionStatus::Scheduled,
        SessionStatus::Confirmed,
        SessionStatus::Held,
    ] {
        let change = StatusChange {
            to,
            new_start: None,
            reason: String::new(),
        };
        store.change_session_status(&id, &change).unwrap();
    }
}

fn project_of(
    pairing_id: &str,
    status: ProjectStatus,
    starts: Option<&str>,
    ends: Option<&str>,
) -> ProjectInput {
    let mut input = project(pairing_id, "energy");
    input.status = status;
    input.starts_on = starts.map(str::to_owned);
    input.ends_on = ends.map(str::to_owned);
    input
}

fn counts(row: &PairingActivity) -> (u32, u32, u32, ActivityLevel) {
    (
        row.sessions_held,
        row.projects_active,
        row.projects_started,
        row.level,
    )
}

#[test]
fn the_map_counts_a_pairings_sessions_and_projects_of_the_last_year_only() {
    let mut t = TestStore::new();
    let busy = new_pairing(&mut t.store, "UZ-SA", "RU-SVE");
    let quiet = new_pairing(&mut t.store, "UZ-BU", "RU-TA");
    let gone = new_pairing(&mut t.store, "UZ-AN", "RU-MOW");
    held_session(&mut t.store, "2026-05-27 10:00", &busy);
    for input in [
        project_of(&busy, ProjectStatus::UnderWay, Some("2026-03-01"), None),
        project_of(&busy, ProjectStatus::Agreed, Some("2026-06-01"), None),
        project_of(
            &busy,
            ProjectStatus::Completed,
            Some("2023-01-01"),
            Some("2024-05-01"),
        ),
        project_of(&quiet, ProjectStatus::Proposed, Some("2026-06-01"), None),
        project_of(&quiet, ProjectStatus::Completed, None, None),
    ] {
        t.store.create_project(&input).unwrap();
    }
    t.store.delete_pairing(&gone).unwrap();

    let map = t.store.pairing_map(day("2026-11-29")).unwrap();
    assert_eq!(map.since, day("2025-11-30"));
    let ids: Vec<String> = map
        .pairings
        .iter()
        .map(|p| p.pairing_id.to_string())
        .collect();
    assert_eq!(ids.len(), 2, "a pairing in the trash is not drawn");
    let row = |id: &str| {
        map.pairings
            .iter()
            .find(|p| p.pairing_id.to_string() == *id)
            .unwrap()
    };
    assert_eq!(counts(row(&busy)), (1, 2, 2, ActivityLevel::Busy));
    assert_eq!(counts(row(&quiet)), (0, 0, 0, ActivityLevel::Quiet));
    assert_eq!(row(&busy).uz_region.iso_code.as_deref(), Some("UZ-SA"));
    assert_eq!(row(&busy).ru_region.name.uz, "Sverdlovsk viloyati");

    let next_year = t.store.pairing_map(day("2027-11-29")).unwrap();
    let row = next_year
        .pairings
        .iter()
        .find(|p| p.pairing_id.to_string() == busy)
        .unwrap();
    assert_eq!(
        counts(row),
        (0, 2, 0, ActivityLevel::Some),
        "the session and the starts fall out of the year; the projects still run"
    );
}

#[test]
fn the_region_outlines_stay_a_small_file() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../assets/map/regions-map.json");
    let size = std::fs::metadata(&path).expect("the map's outlines").len();
    assert!(size <= 500 * 1024, "{} is {size} bytes", path.display());
}
