//! The stale-write refusal: two officers on one register; a write carrying the version its officer loaded is
//! refused when a colleague changed the record since, naming the colleague, and changes nothing.

use council_core::agenda::AgendaPlace;
use council_core::instruction::InstructionInput;
use council_core::officer::{Officer, Role};
use council_core::{CoreError, Country, ErrorCode, Lang, Store};

use crate::officers::with_accounts;
use crate::support::{
    TestStore, agenda_item, day, given, ministry, new_pairing, new_session, pairing, session_input,
    translated,
};

/// Officer A (N. Ivanova, the head) and officer B (A. Karimov), B signed in.
fn two_officers(store: &mut Store) -> (Officer, Officer) {
    with_accounts(store, Role::Officer)
}

/// The register's version B loads before editing: what a screen opened now would carry.
fn load(store: &mut Store) -> i64 {
    store.version().unwrap()
}

/// Runs `write` as `officer` carrying `basis`, then puts the store back to no basis.
fn as_officer<T>(
    store: &mut Store,
    officer: &Officer,
    basis: Option<i64>,
    write: impl FnOnce(&mut Store) -> T,
) -> T {
    store.act_as(Some(officer.id));
    store.with_basis(basis);
    let value = write(store);
    store.with_basis(None);
    value
}

fn assert_names_ivanova(refused: &CoreError) {
    assert_eq!(refused.code, ErrorCode::Stale);
    let ru = refused.message(Lang::Ru);
    assert!(ru.contains("N. Ivanova (рус.)"), "{ru}");
    assert!(ru.contains("обновите"), "{ru}");
    let uz = refused.message(Lang::Uz);
    assert!(uz.contains("N. Ivanova (oʻzb.)"), "{uz}");
    let en = refused.message(Lang::En);
    assert!(en.starts_with("Changed by N. Ivanova at "), "{en}");
    // The time on the secretariat's clock: `HH:MM` of today in Tashkent.
    let at = en
        .trim_start_matches("Changed by N. Ivanova at ")
        .split(' ')
        .next()
        .unwrap();
    assert_eq!(at.len(), 5, "{en}");
    assert_eq!(&at[2..3], ":", "{en}");
}

#[test]
fn a_write_over_a_colleagues_later_change_is_refused_naming_them_and_changes_nothing() {
    let mut t = TestStore::new();
    let (ivanova, karimov) = two_officers(&mut t.store);
    let id = new_pairing(&mut t.store, "UZ-SA", "RU-SVE");
    let basis = load(&mut t.store);

    let mut by_a = pairing("UZ-SA", "RU-SVE");
    by_a.since = Some("2023-01-10".to_owned());
    as_officer(&mut t.store, &ivanova, None, |s| {
        s.update_pairing(&id, &by_a)
    })
    .unwrap();

    let mut by_b = pairing("UZ-SA", "RU-SVE");
    by_b.since = Some("2025-09-01".to_owned());
    let refused = as_officer(&mut t.store, &karimov, Some(basis), |s| {
        s.update_pairing(&id, &by_b)
    })
    .unwrap_err();
    assert_names_ivanova(&refused);
    let deleted = as_officer(&mut t.store, &karimov, Some(basis), |s| {
        s.delete_pairing(&id)
    })
    .unwrap_err();
    assert_eq!(deleted.code, ErrorCode::Stale);
    let kept = t.store.pairing(&id).unwrap();
    assert_eq!(kept.since, Some(day("2023-01-10")));
    assert!(kept.deleted_at.is_none());
    assert_eq!(t.store.history("pairing", &id).unwrap().len(), 2);

    // Reloaded, B's write goes through.
    let fresh = load(&mut t.store);
    as_officer(&mut t.store, &karimov, Some(fresh), |s| {
        s.update_pairing(&id, &by_b)
    })
    .unwrap();
    assert_eq!(t.store.pairing(&id).unwrap().since, Some(day("2025-09-01")));
}

#[test]
fn an_officers_own_earlier_change_does_not_make_their_write_stale() {
    let mut t = TestStore::new();
    let (_, karimov) = two_officers(&mut t.store);
    let id = new_pairing(&mut t.store, "UZ-SA", "RU-SVE");
    let basis = load(&mut t.store);
    let mut first = pairing("UZ-SA", "RU-SVE");
    first.since = Some("2023-01-10".to_owned());
    as_officer(&mut t.store, &karimov, Some(basis), |s| {
        s.update_pairing(&id, &first)
    })
    .unwrap();
    let mut second = pairing("UZ-SA", "RU-SVE");
    second.since = Some("2025-09-01".to_owned());
    as_officer(&mut t.store, &karimov, Some(basis), |s| {
        s.update_pairing(&id, &second)
    })
    .unwrap();
    assert_eq!(t.store.pairing(&id).unwrap().since, Some(day("2025-09-01")));
}

#[test]
fn a_colleagues_change_to_another_record_does_not_refuse() {
    let mut t = TestStore::new();
    let (ivanova, karimov) = two_officers(&mut t.store);
    let mine = new_pairing(&mut t.store, "UZ-SA", "RU-SVE");
    let theirs = new_pairing(&mut t.store, "UZ-BU", "RU-TA");
    let basis = load(&mut t.store);
    let mut by_a = pairing("UZ-BU", "RU-TA");
    by_a.since = Some("2023-01-10".to_owned());
    as_officer(&mut t.store, &ivanova, None, |s| {
        s.update_pairing(&theirs, &by_a)
    })
    .unwrap();
    let mut by_b = pairing("UZ-SA", "RU-SVE");
    by_b.since = Some("2025-09-01".to_owned());
    as_officer(&mut t.store, &karimov, Some(basis), |s| {
        s.update_pairing(&mine, &by_b)
    })
    .unwrap();
}

#[test]
fn an_instruction_edit_over_a_colleagues_change_is_refused() {
    let mut t = TestStore::new();
    let (ivanova, karimov) = two_officers(&mut t.store);
    let today = day("2026-03-01");
    let lead = ministry(&mut t.store, "Министерство экономики", Country::Uz);
    let made = t
        .store
        .create_instruction(&given(&lead, "2026-04-01"), today)
        .unwrap();
    let key = made.id.to_string();
    let basis = load(&mut t.store);

    let edited = |text: &str| InstructionInput {
        text: translated(text),
        ..given(&lead, "2026-04-01")
    };
    as_officer(&mut t.store, &ivanova, None, |s| {
        s.update_instruction(&key, &edited("Подготовить проект соглашения"), today)
    })
    .unwrap();
    let refused = as_officer(&mut t.store, &karimov, Some(basis), |s| {
        s.update_instruction(&key, &edited("Провести переговоры"), today)
    })
    .unwrap_err();
    assert_names_ivanova(&refused);
    assert_eq!(
        t.store.instruction(&key, today).unwrap().text,
        translated("Подготовить проект соглашения")
    );
}

#[test]
fn a_session_update_over_a_colleagues_change_is_refused() {
    let mut t = TestStore::new();
    let (ivanova, karimov) = two_officers(&mut t.store);
    let id = new_session(&mut t.store, "2027-03-10 10:00");
    let basis = load(&mut t.store);

    let by_a = as_officer(&mut t.store, &ivanova, None, |s| {
        s.update_session(&id, &session_input("2027-03-11 10:00", "Asia/Tashkent"))
    })
    .unwrap();
    let refused = as_officer(&mut t.store, &karimov, Some(basis), |s| {
        s.update_session(&id, &session_input("2027-03-12 10:00", "Asia/Tashkent"))
    })
    .unwrap_err();
    assert_names_ivanova(&refused);
    assert_eq!(t.store.session(&id).unwrap().starts_at, by_a.starts_at);
}

#[test]
fn a_write_without_a_basis_is_not_checked() {
    let mut t = TestStore::new();
    let (ivanova, karimov) = two_officers(&mut t.store);
    let id = new_pairing(&mut t.store, "UZ-SA", "RU-SVE");
    let mut by_a = pairing("UZ-SA", "RU-SVE");
    by_a.since = Some("2023-01-10".to_owned());
    as_officer(&mut t.store, &ivanova, None, |s| {
        s.update_pairing(&id, &by_a)
    })
    .unwrap();
    let mut by_b = pairing("UZ-SA", "RU-SVE");
    by_b.since = Some("2025-09-01".to_owned());
    as_officer(&mut t.store, &karimov, None, |s| {
        s.update_pairing(&id, &by_b)
    })
    .unwrap();
}

#[test]
fn an_extension_and_an_agenda_item_edit_over_a_colleagues_change_are_refused() {
    let mut t = TestStore::new();
    let (ivanova, karimov) = two_officers(&mut t.store);
    let today = day("2026-03-01");
    let lead = ministry(&mut t.store, "Министерство экономики", Country::Uz);
    let key = t
        .store
        .create_instruction(&given(&lead, "2026-04-01"), today)
        .unwrap()
        .id
        .to_string();
    let session = new_session(&mut t.store, "2027-03-10 10:00");
    let item = t
        .store
        .add_agenda_item(
            &session,
            &agenda_item("Итоги года", 30),
            &AgendaPlace::default(),
        )
        .unwrap()
        .item
        .id
        .to_string();
    let basis = load(&mut t.store);

    as_officer(&mut t.store, &ivanova, None, |s| {
        s.extend_instruction(&key, "2026-05-01", "Запрос министерства", today)?;
        s.update_agenda_item(&item, &agenda_item("Итоги 2026 года", 30))
    })
    .unwrap();
    let extended = as_officer(&mut t.store, &karimov, Some(basis), |s| {
        s.extend_instruction(&key, "2026-06-01", "Другая причина", today)
    })
    .unwrap_err();
    assert_names_ivanova(&extended);
    let edited = as_officer(&mut t.store, &karimov, Some(basis), |s| {
        s.update_agenda_item(&item, &agenda_item("Итоги", 45))
    })
    .unwrap_err();
    assert_names_ivanova(&edited);
    assert_eq!(
        t.store.instruction(&key, today).unwrap().due_on,
        day("2026-05-01")
    );
}
