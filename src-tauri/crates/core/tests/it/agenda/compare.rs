//! Comparing two versions of a session's agenda: items are matched by their id across versions, so a renamed
//! or moved item is the same item, and only what really changed is reported.

use council_core::ErrorCode;
use council_core::Store;
use council_core::agenda::{AgendaChangeKind, AgendaComparison};

use super::{add, at};
use crate::support::{TestStore, agenda_item, new_session};

/// `changes number-before→number-after title-after (duration and start before → after)` per changed item.
fn summary(comparison: &AgendaComparison) -> Vec<String> {
    comparison
        .items
        .iter()
        .map(|change| {
            let kinds: Vec<&str> = change
                .changes
                .iter()
                .map(|kind| match kind {
                    AgendaChangeKind::Added => "added",
                    AgendaChangeKind::Removed => "removed",
                    AgendaChangeKind::Moved => "moved",
                    AgendaChangeKind::Retimed => "retimed",
                    AgendaChangeKind::Retitled => "retitled",
                })
                .collect();
            let side = |state: &Option<council_core::agenda::AgendaItemState>| {
                state.as_ref().map_or("-".to_owned(), |s| {
                    format!(
                        "{} {} {}' {}",
                        s.number, s.title.en, s.duration_min, s.start.venue.time
                    )
                })
            };
            format!(
                "{}: {} => {}",
                kinds.join("+"),
                side(&change.before),
                side(&change.after)
            )
        })
        .collect()
}

fn version_one(store: &mut Store, s: &str) -> [String; 5] {
    [
        add(store, s, "Opening", 10, at(None, None)),
        add(store, s, "Energy", 30, at(None, None)),
        add(store, s, "Water", 15, at(None, None)),
        add(store, s, "Tourism", 20, at(None, None)),
        add(store, s, "Closing", 5, at(None, None)),
    ]
}

#[test]
fn a_revised_agenda_reports_what_was_added_removed_moved_retimed_and_retitled() {
    let mut t = TestStore::new();
    let s = new_session(&mut t.store, "2026-05-27 10:00");
    let [_, energy, water, tourism, _] = version_one(&mut t.store, &s);
    t.store.approve_agenda(&s).unwrap();
    t.store.revise_agenda(&s).unwrap();
    t.store
        .update_agenda_item(&energy, &agenda_item("Energy", 45))
        .unwrap();
    t.store.delete_agenda_item(&water).unwrap();
    t.store
        .update_agenda_item(&tourism, &agenda_item("Tourism and culture", 20))
        .unwrap();
    t.store
        .move_agenda_item(&tourism, &at(None, Some(1)))
        .unwrap();
    add(&mut t.store, &s, "Transport", 10, at(None, Some(3)));

    let expected = vec![
        "moved+retimed+retitled: 4 Tourism 20' 10:55 => 2 Tourism and culture 20' 10:10",
        "moved+retimed: 2 Energy 30' 10:10 => 3 Energy 45' 10:30",
        "added: - => 4 Transport 10' 11:15",
        "retimed: 5 Closing 5' 11:15 => 5 Closing 5' 11:25",
        "removed: 3 Water 15' 10:40 => -",
    ];
    let draft = t.store.compare_agenda_versions(&s, 1, 2).unwrap();
    assert_eq!((draft.from_version, draft.to_version), (1, 2));
    assert_eq!(summary(&draft), expected);
    // The same once version 2 is approved and read from its snapshot; and read the other way round.
    t.store.approve_agenda(&s).unwrap();
    assert_eq!(
        summary(&t.store.compare_agenda_versions(&s, 1, 2).unwrap()),
        expected
    );
    let back = summary(&t.store.compare_agenda_versions(&s, 2, 1).unwrap());
    assert_eq!(back.last().unwrap(), "removed: 4 Transport 10' 11:15 => -");
    assert!(
        back.contains(&"added: - => 3 Water 15' 10:40".to_owned()),
        "{back:?}"
    );
}

#[test]
fn a_version_compared_with_itself_has_no_changes_and_an_unknown_version_is_not_found() {
    let mut t = TestStore::new();
    let s = new_session(&mut t.store, "2026-05-27 10:00");
    version_one(&mut t.store, &s);
    t.store.approve_agenda(&s).unwrap();
    t.store.revise_agenda(&s).unwrap();
    assert!(
        t.store
            .compare_agenda_versions(&s, 1, 2)
            .unwrap()
            .items
            .is_empty()
    );
    let error = t.store.compare_agenda_versions(&s, 1, 3).unwrap_err();
    assert_eq!(
        (error.code, error.field),
        (ErrorCode::NotFound, Some("version"))
    );
}
