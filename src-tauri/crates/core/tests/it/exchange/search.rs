//! Search after receiving: the receiver's store rebuilds its index for what a package brings, so a record
//! made, renamed or trashed on the other site is found (or not) exactly as if it had been written here.

use std::collections::BTreeSet;

use council_core::body::BodyKind;
use council_core::region::RegionInput;
use council_core::{Country, LocalizedText, Store};
use rusqlite::Connection;

use super::{meet, named, send};
use crate::support::{TestStore, body, new_pairing};

fn finds(store: &Store, query: &str, id: &str) -> bool {
    store
        .search(query, 100)
        .unwrap()
        .iter()
        .any(|hit| hit.record_id == id)
}

/// What a search finds, as `entity id field` (the order of equal ranks aside).
fn found(store: &Store, query: &str) -> BTreeSet<String> {
    store
        .search(query, 100)
        .unwrap()
        .iter()
        .map(|hit| format!("{} {} {}", hit.entity, hit.record_id, hit.field))
        .collect()
}

/// The index holds exactly the searchable texts of the live records, and the full-text index agrees.
fn assert_index_is_whole(path: &std::path::Path) {
    let conn = Connection::open(path).unwrap();
    let rows = |sql: &str| -> Vec<(String, String, String, String)> {
        let mut stmt = conn.prepare(sql).unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap()
    };
    let order = " ORDER BY entity, record_id, field";
    assert_eq!(
        rows(&format!(
            "SELECT entity, record_id, field, text FROM search_entries{order}"
        )),
        rows(&format!(
            "SELECT entity, record_id, field, text FROM search_source{order}"
        ))
    );
    let entries: i64 = conn
        .query_row("SELECT count(*) FROM search_entries", [], |r| r.get(0))
        .unwrap();
    let indexed: i64 = conn
        .query_row("SELECT count(*) FROM search_index_docsize", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(entries, indexed);
    conn.execute(
        "INSERT INTO search_index (search_index) VALUES ('integrity-check')",
        [],
    )
    .unwrap();
}

#[test]
fn a_record_received_is_found_by_search_in_either_script_and_follows_its_edits() {
    let mut tashkent = TestStore::new();
    let mut moscow = TestStore::new();
    named(&mut tashkent, "Tashkent", Country::Uz);
    named(&mut moscow, "Moscow", Country::Ru);
    meet(&mut [&mut tashkent, &mut moscow]);

    let mut input = body(Country::Uz, BodyKind::Agency, "Water Resources Agency");
    input.name = LocalizedText {
        ru: "Агентство водных ресурсов".to_owned(),
        uz: "Suv xoʻjaligi agentligi".to_owned(),
        en: "Water Resources Agency".to_owned(),
    };
    let agency = tashkent.store.create_body(&input).unwrap().id.to_string();
    let pairing = new_pairing(&mut tashkent.store, "UZ-SA", "RU-SVE");
    send(&mut tashkent.store, &mut moscow.store);

    for query in ["водных", "xoʻjaligi", "Water"] {
        assert!(finds(&moscow.store, query, &agency), "{query}");
    }
    assert!(finds(&moscow.store, "Самарканд", &pairing));
    assert_index_is_whole(&moscow.path);

    // Renamed there: found by the new name here, no longer by the old one.
    input.name.ru = "Агентство ирригации".to_owned();
    input.name.uz = "Irrigatsiya agentligi".to_owned();
    tashkent.store.update_body(&agency, &input).unwrap();
    let region = tashkent.store.region("UZ-SA").unwrap();
    tashkent
        .store
        .update_region(
            "UZ-SA",
            &RegionInput {
                country: "UZ".to_owned(),
                kind: region.kind.code().to_owned(),
                name: LocalizedText {
                    ru: "Зарафшанская область".to_owned(),
                    uz: "Zarafshon viloyati".to_owned(),
                    en: "Zarafshan Region".to_owned(),
                },
                centre: region.centre.clone(),
                time_zone: region.time_zone.clone(),
            },
        )
        .unwrap();
    send(&mut tashkent.store, &mut moscow.store);
    assert!(finds(&moscow.store, "ирригации", &agency));
    assert!(finds(&moscow.store, "Irrigatsiya", &agency));
    assert!(!finds(&moscow.store, "водных", &agency));
    // The pairing's label names its regions: it follows the region's new name.
    assert!(finds(&moscow.store, "Зарафшанская", &pairing));
    assert!(finds(&moscow.store, "Zarafshon", &pairing));
    assert_index_is_whole(&moscow.path);

    // Trashed there: not found here.
    tashkent.store.delete_body(&agency).unwrap();
    send(&mut tashkent.store, &mut moscow.store);
    assert!(!finds(&moscow.store, "ирригации", &agency));
    assert_index_is_whole(&moscow.path);
}

#[test]
fn a_whole_register_received_is_searched_as_on_the_site_that_wrote_it() {
    let mut tashkent = TestStore::demo(7);
    let mut moscow = TestStore::new();
    named(&mut tashkent, "Tashkent", Country::Uz);
    named(&mut moscow, "Moscow", Country::Ru);
    meet(&mut [&mut tashkent, &mut moscow]);
    send(&mut tashkent.store, &mut moscow.store);

    assert_index_is_whole(&moscow.path);
    for query in [
        "развитие",
        "loyihalar",
        "Сурхандарьинская",
        "Surxondaryo",
        "раз",
    ] {
        let there = found(&tashkent.store, query);
        assert!(!there.is_empty(), "{query}");
        assert_eq!(found(&moscow.store, query), there, "{query}");
    }
}
