//! The role each write use case needs, checked by the core: refused below it (naming the role, changing
//! nothing), allowed from it on.

use council_core::instruction::InstructionState;
use council_core::officer::Role;
use council_core::session::{SessionStatus, StatusChange};
use council_core::site::SiteInput;
use council_core::{CoreResult, Country, ErrorCode, Lang, LocalizedText, Store};

use super::{officer, with_accounts};
use crate::support::{TestStore, day, dump, given, ministry, new_session, pairing, report};

/// A use case: what it needs, the records it acts on (made by the head first), and the act.
struct Case {
    name: &'static str,
    need: Role,
    setup: fn(&mut Store) -> String,
    act: fn(&mut Store, &str) -> CoreResult<()>,
}

fn nothing(_: &mut Store) -> String {
    String::new()
}

fn a_session(store: &mut Store) -> String {
    new_session(store, "2027-03-10 10:00")
}

fn a_reported_instruction(store: &mut Store) -> String {
    let lead = ministry(store, "Минэкономики", Country::Uz);
    let made = store
        .create_instruction(&given(&lead, "2027-01-20"), day("2026-11-29"))
        .unwrap();
    let key = made.id.to_string();
    store
        .add_execution_report(&key, &report("2026-12-01"), day("2026-12-01"))
        .unwrap();
    key
}

fn a_pairing_in_the_trash(store: &mut Store) -> String {
    let made = store.create_pairing(&pairing("UZ-SA", "RU-SVE")).unwrap();
    store.delete_pairing(&made.id.to_string()).unwrap();
    made.id.to_string()
}

const CASES: &[Case] = &[
    Case {
        name: "create a pairing",
        need: Role::Officer,
        setup: nothing,
        act: |s, _| s.create_pairing(&pairing("UZ-BU", "RU-TA")).map(drop),
    },
    Case {
        name: "create a body",
        need: Role::Officer,
        setup: nothing,
        act: |s, _| ministry_input(s),
    },
    Case {
        name: "restore from the trash",
        need: Role::Officer,
        setup: a_pairing_in_the_trash,
        act: |s, id| s.restore_from_trash("pairing", id, day("2026-12-01")),
    },
    Case {
        name: "report on an instruction",
        need: Role::Officer,
        setup: a_reported_instruction,
        act: |s, id| {
            s.add_execution_report(id, &report("2026-12-02"), day("2026-12-02"))
                .map(drop)
        },
    },
    Case {
        name: "approve an agenda",
        need: Role::Head,
        setup: a_session,
        act: |s, id| s.approve_agenda(id).map(drop),
    },
    Case {
        name: "cancel a session",
        need: Role::Head,
        setup: a_session,
        act: |s, id| {
            let change = StatusChange {
                to: SessionStatus::Cancelled,
                new_start: None,
                reason: "Перенос по просьбе сторон".to_owned(),
            };
            s.change_session_status(id, &change).map(drop)
        },
    },
    Case {
        name: "record a reminder letter",
        need: Role::Officer,
        setup: a_reported_instruction,
        act: |s, id| {
            let lead = s
                .instruction(id, day("2026-12-02"))?
                .lead_body_id
                .to_string();
            let record = council_core::reminder::ReminderRecord {
                sent_on: "2026-12-02".to_owned(),
                channel: council_core::reminder::ReminderChannel::Letter,
                letters: vec![council_core::reminder::SentLetter {
                    body_id: lead,
                    letter_number: "01-12/7".to_owned(),
                    instruction_ids: vec![id.to_owned()],
                }],
            };
            s.record_reminders(&record, day("2026-12-02")).map(drop)
        },
    },
    Case {
        name: "remove an instruction from control",
        need: Role::Head,
        setup: a_reported_instruction,
        act: |s, id| {
            s.move_instruction(id, InstructionState::Removed, "", day("2026-12-02"))
                .map(drop)
        },
    },
    Case {
        name: "keep more backups",
        need: Role::Head,
        setup: nothing,
        act: |s, _| s.set_backups_keep(30).map(drop),
    },
    Case {
        name: "name the site",
        need: Role::Head,
        setup: nothing,
        act: |s, _| {
            s.name_site(&SiteInput {
                name: LocalizedText {
                    ru: "Ташкент".to_owned(),
                    uz: "Toshkent".to_owned(),
                    en: "Tashkent".to_owned(),
                },
                country: Country::Uz,
            })
            .map(drop)
        },
    },
    Case {
        name: "add an account",
        need: Role::Head,
        setup: nothing,
        act: |s, _| {
            s.create_officer(&officer("B. Petrova", Role::Officer))
                .map(drop)
        },
    },
    Case {
        name: "choose the interface language",
        need: Role::Observer,
        setup: nothing,
        act: |s, _| s.set_language(Lang::Uz),
    },
];

fn ministry_input(store: &mut Store) -> CoreResult<()> {
    store
        .create_body(&crate::support::body_input("Минфин", Country::Uz))
        .map(drop)
}

#[test]
fn each_write_needs_its_role_and_a_refusal_names_it_and_changes_nothing() {
    for case in CASES {
        for role in Role::ALL {
            let mut t = TestStore::new();
            let (head, acting) = with_accounts(&mut t.store, role);
            t.store.sign_in(head.id, None).unwrap();
            let id = (case.setup)(&mut t.store);
            t.store.sign_in(acting.id, None).unwrap();
            let before = dump(&t.path);
            let outcome = (case.act)(&mut t.store, &id);
            if role.allows(case.need) {
                assert!(outcome.is_ok(), "{} as {role:?}: {outcome:?}", case.name);
            } else {
                let error = outcome.expect_err(case.name);
                assert_eq!(
                    error.code,
                    ErrorCode::Forbidden,
                    "{} as {role:?}",
                    case.name
                );
                assert_eq!(error.arg, case.need.code(), "{}", case.name);
                assert_eq!(
                    dump(&t.path),
                    before,
                    "{} as {role:?} changed something",
                    case.name
                );
            }
        }
    }
}

#[test]
fn a_refusal_names_the_role_needed_in_every_language() {
    let mut t = TestStore::new();
    let session = a_session(&mut t.store);
    with_accounts(&mut t.store, Role::Officer);
    let error = t.store.approve_agenda(&session).unwrap_err();
    assert_eq!(
        error.message(Lang::Ru),
        "Только руководитель секретариата может это сделать."
    );
    assert_eq!(
        error.message(Lang::Uz),
        "Buni faqat kotibiyat rahbari qila oladi."
    );
    assert_eq!(
        error.message(Lang::En),
        "Only the head of the secretariat can do this."
    );
    let payload = serde_json::to_value(error.payload(Lang::En)).unwrap();
    assert_eq!(payload["code"], "forbidden");
}

#[test]
fn an_observer_reads_and_an_officer_changes_only_their_own_password() {
    let mut t = TestStore::new();
    let (head, observer) = with_accounts(&mut t.store, Role::Observer);
    assert!(
        t.store
            .list_pairings(&council_core::PairingFilter::default())
            .is_ok()
    );
    assert!(
        t.store
            .recent_changes(&council_core::AuditFilter::default())
            .is_ok()
    );
    t.store
        .set_officer_password(observer.id, Some("своё"))
        .unwrap();
    let error = t.store.set_officer_password(head.id, None).unwrap_err();
    assert_eq!(
        (error.code, error.arg.as_str()),
        (ErrorCode::Forbidden, "head")
    );
}
