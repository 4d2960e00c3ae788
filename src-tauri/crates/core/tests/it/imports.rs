//! Batch imports: all rows or none, every row checked against the database, and the change count of a session.

use council_core::body::BodyKind;
use council_core::session::SessionFilter;
use council_core::store::SessionImport;
use council_core::{Country, ErrorCode};

use crate::support::{TestStore, body, body_input, session_input};

#[test]
fn one_refused_row_keeps_the_whole_batch_out_and_every_row_is_still_checked() {
    let mut test = TestStore::new();
    let mut regional = body(Country::Ru, BodyKind::RegionalAdministration, "Sverdlovsk");
    regional.region = Some("RU-ZZZ".to_owned());
    let mut unnamed = body_input("", Country::Uz);
    unnamed.name.en = String::new();
    let rows = [
        body_input("Energy", Country::Uz),
        regional,
        unnamed,
        body_input("Culture", Country::Ru),
    ];
    let outcome = test.store.import_bodies(&rows, true).unwrap();
    assert!(!outcome.applied);
    let codes: Vec<Option<ErrorCode>> = outcome
        .rows
        .iter()
        .map(|r| r.as_ref().err().map(|e| e.code))
        .collect();
    assert_eq!(
        codes,
        [
            None,
            Some(ErrorCode::RegionNotFound),
            Some(ErrorCode::Required),
            None
        ]
    );
    assert!(test.store.list_bodies(None, false).unwrap().is_empty());

    let good = [
        body_input("Energy", Country::Uz),
        body_input("Culture", Country::Ru),
    ];
    let dry = test.store.import_bodies(&good, false).unwrap();
    assert!(!dry.applied && dry.rows.iter().all(Result::is_ok));
    assert!(
        test.store.list_bodies(None, false).unwrap().is_empty(),
        "a dry run writes nothing"
    );
    let done = test.store.import_bodies(&good, true).unwrap();
    assert!(done.applied);
    let bodies = test.store.list_bodies(None, false).unwrap();
    assert_eq!(bodies.len(), 2);
    let id = bodies[0].id.to_string();
    assert_eq!(
        test.store.history("body", &id).unwrap().len(),
        1,
        "each imported row has its audit row"
    );
}

#[test]
fn sessions_import_under_their_own_ids_once_and_count_their_changes() {
    let mut test = TestStore::new();
    let id = uuid::Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0001);
    let input = session_input("2026-05-27 10:00", "Asia/Tashkent");
    let first = test
        .store
        .import_sessions(&[(id, input.clone())], true)
        .unwrap();
    assert!(matches!(first.rows[0], Ok(SessionImport::Created(ref s)) if s.id == id));
    let again = test
        .store
        .import_sessions(&[(id, input.clone())], true)
        .unwrap();
    assert!(matches!(
        again.rows[0],
        Ok(SessionImport::AlreadyPresent(_))
    ));
    assert_eq!(
        test.store
            .list_sessions(&SessionFilter::default())
            .unwrap()
            .len(),
        1
    );

    let key = id.to_string();
    assert_eq!(test.store.session_change_count(&key).unwrap(), 0);
    let mut changed = input;
    changed.title.en = "Session of the Council of Regions, revised".to_owned();
    test.store.update_session(&key, &changed).unwrap();
    assert_eq!(test.store.session_change_count(&key).unwrap(), 1);
    test.store.delete_session(&key).unwrap();
    test.store.restore_session(&key).unwrap();
    assert_eq!(
        test.store.session_change_count(&key).unwrap(),
        3,
        "trash and back are changes too"
    );
}

#[test]
fn an_imported_meeting_without_a_title_is_kept_with_the_title_missing_until_edited() {
    let mut test = TestStore::new();
    let id = uuid::Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0002);
    let mut input = session_input("2026-05-27 10:00", "Asia/Tashkent");
    input.title = council_core::LocalizedText::default();
    let imported = test
        .store
        .import_sessions(&[(id, input.clone())], true)
        .unwrap();
    let Ok(SessionImport::Created(session)) = &imported.rows[0] else {
        panic!("an untitled meeting is imported: {:?}", imported.rows[0]);
    };
    assert_eq!(session.title, council_core::LocalizedText::default());

    // Typed by hand, a session still needs a title, and so does the first edit of the imported one.
    let refused = test.store.create_session(&input).unwrap_err();
    assert_eq!(
        (refused.code, refused.field),
        (ErrorCode::Required, Some("title"))
    );
    let refused = test
        .store
        .update_session(&id.to_string(), &input)
        .unwrap_err();
    assert_eq!(refused.code, ErrorCode::Required);
}

/// Reported by an officer: Uzbek typed with an ordinary apostrophe was stored as typed, so one page showed both spellings.
#[test]
fn uzbek_text_is_stored_with_the_letters_of_the_alphabet_whether_typed_or_imported() {
    let mut test = TestStore::new();
    let mut typed = body_input("Agency", Country::Uz);
    typed.name.uz = "Investitsiyalar to'g'risida qo‘mita".to_owned();
    let saved = test.store.create_body(&typed).unwrap();
    let mut imported = body_input("Institute", Country::Uz);
    imported.name.uz = "Ta'lim va ma`lumot O’zbekiston instituti".to_owned();
    assert!(test.store.import_bodies(&[imported], true).unwrap().applied);
    let mut names: Vec<String> = test
        .store
        .list_bodies(None, false)
        .unwrap()
        .into_iter()
        .map(|b| b.name.uz)
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "Investitsiyalar toʻgʻrisida qoʻmita",
            "Taʼlim va maʼlumot Oʻzbekiston instituti"
        ]
    );
    assert_eq!(
        test.store.body(&saved.id.to_string()).unwrap().name.uz,
        "Investitsiyalar toʻgʻrisida qoʻmita"
    );
}
