//! The role the command table gives a command agrees with the core's check: an officer one step below it is
//! refused with `forbidden` naming that role, and one with it is let through.

use council_core::officer::{OfficerInput, Role};
use council_core::session::{SessionInput, SessionKind};
use council_core::{CoreResult, ErrorCode, LocalizedText, PairingInput, PairingStatus, Store};

use super::COMMANDS;

fn text(en: &str) -> LocalizedText {
    LocalizedText {
        ru: en.to_owned(),
        uz: en.to_owned(),
        en: en.to_owned(),
    }
}

fn account(name: &str, role: Role) -> OfficerInput {
    OfficerInput {
        name: text(name),
        position: LocalizedText::default(),
        email: String::new(),
        phone: String::new(),
        role,
        person_id: None,
        active: true,
    }
}

fn a_session(store: &mut Store) -> String {
    let input = SessionInput {
        kind: SessionKind::CouncilSession,
        title: text("Session"),
        starts_at: "2027-03-10 10:00".to_owned(),
        ends_at: None,
        time_zone: "Asia/Tashkent".to_owned(),
        venue_city: text("Samarkand"),
        venue_place: LocalizedText::default(),
        co_chairs: Vec::new(),
        participants: Vec::new(),
        pairings: Vec::new(),
        sectors: Vec::new(),
    };
    store.create_session(&input).unwrap().id.to_string()
}

/// What a command asks of the core, on the record its setup (run by the head) made.
type Call = fn(&mut Store, &str) -> CoreResult<()>;
/// Makes the record a command acts on; its id.
type Setup = fn(&mut Store) -> String;

/// Commands by name, with their setup and call.
const CALLS: &[(&str, Setup, Call)] = &[
    (
        "create_pairing",
        |_| String::new(),
        |s, _| {
            s.create_pairing(&PairingInput {
                region_a: "UZ-SA".to_owned(),
                region_b: "RU-SVE".to_owned(),
                status: PairingStatus::Active,
                since: None,
                basis_title: LocalizedText::default(),
                basis_number: String::new(),
                basis_date: None,
                sectors: Vec::new(),
                notes: LocalizedText::default(),
                contacts: String::new(),
            })
            .map(drop)
        },
    ),
    ("approve_agenda", a_session, |s, id| {
        s.approve_agenda(id).map(drop)
    }),
    (
        "set_backups_keep",
        |_| String::new(),
        |s, _| s.set_backups_keep(9).map(drop),
    ),
    (
        "create_officer",
        |_| String::new(),
        |s, _| {
            s.create_officer(&account("B. Petrova", Role::Observer))
                .map(drop)
        },
    ),
    ("delete_session", a_session, |s, id| {
        s.delete_session(id).map(drop)
    }),
    (
        "set_language",
        |_| String::new(),
        |s, _| s.set_language(council_core::Lang::En),
    ),
];

fn need_of(name: &str) -> Role {
    COMMANDS
        .iter()
        .find(|command| command.name == name)
        .unwrap_or_else(|| panic!("{name} is not in the command table"))
        .need
}

#[test]
fn the_tables_need_is_the_role_the_core_asks() {
    for (name, setup, call) in CALLS {
        let need = need_of(name);
        for role in Role::ALL {
            let dir = tempfile::tempdir().unwrap();
            let mut store = Store::open(&dir.path().join("council.db")).unwrap();
            let head = store
                .create_officer(&account("N. Ivanova", Role::Head))
                .unwrap();
            let acting = store.create_officer(&account("A. Karimov", role)).unwrap();
            let id = setup(&mut store);
            store.sign_in(acting.id, None).unwrap();
            let outcome = call(&mut store, &id);
            if role >= need {
                assert!(outcome.is_ok(), "{name} as {role:?}: {outcome:?}");
            } else {
                let error = outcome.expect_err(name);
                assert_eq!(
                    (error.code, error.arg.as_str()),
                    (ErrorCode::Forbidden, need.code()),
                    "{name}"
                );
            }
            drop(head);
        }
    }
}

#[test]
fn reads_need_nothing_more_than_an_observer() {
    for name in [
        "list_pairings",
        "history",
        "recent_changes",
        "dashboard",
        "search",
        "signed_in",
    ] {
        assert_eq!(need_of(name), Role::Observer, "{name}");
    }
    for name in [
        "restore_backup",
        "prepare_package",
        "receive_package",
        "hand_over_numbering",
    ] {
        assert_eq!(need_of(name), Role::Head, "{name}");
    }
}
