//! Small builders shared by the integration tests, and what they read or change behind the store's back.

mod database;
mod files;

use chrono::NaiveDate;
use council_core::body::{Body, BodyInput, BodyKind};
use council_core::instruction::{InstructionInput, ReportInput};
use council_core::person::{Person, PersonInput};
use council_core::{AuditAction, Country, LocalizedText, PairingInput, PairingStatus, Store};
use tempfile::TempDir;

pub use database::{count_rows, dump, dump_tables, first_id, tamper};
pub use files::{file, files_under};

/// A store on a fresh database file in its own temporary directory.
pub struct TestStore {
    pub store: Store,
    pub path: std::path::PathBuf,
    _dir: TempDir,
}

impl TestStore {
    pub fn new() -> TestStore {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("council.db");
        let store = Store::open(&path).unwrap();
        TestStore {
            store,
            path,
            _dir: dir,
        }
    }

    /// A store holding the small demonstration data set made with `seed`, arranged around 2026-11-29.
    pub fn demo(seed: u64) -> TestStore {
        let mut t = TestStore::new();
        t.store
            .load_demo(&council_core::demo::DemoOptions {
                scale: council_core::demo::Scale::Small,
                seed,
                today: chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
            })
            .unwrap();
        t
    }
}

/// A valid pairing input between two regions given by ISO code.
pub fn pairing(a: &str, b: &str) -> PairingInput {
    PairingInput {
        region_a: a.to_owned(),
        region_b: b.to_owned(),
        status: PairingStatus::Active,
        since: Some("2024-05-27".to_owned()),
        basis_title: LocalizedText {
            ru: "Соглашение о торгово-экономическом сотрудничестве".to_owned(),
            uz: "Savdo-iqtisodiy hamkorlik toʻgʻrisidagi kelishuv".to_owned(),
            en: "Agreement on trade and economic cooperation".to_owned(),
        },
        basis_number: "17".to_owned(),
        basis_date: Some("2024-05-27".to_owned()),
        sectors: vec!["energy".to_owned(), "tourism".to_owned()],
        notes: LocalizedText {
            ru: "Побратимы с 2024 года".to_owned(),
            uz: "2024-yildan beri hamkorlar, qoʻshma loyihalar".to_owned(),
            en: "Partners since 2024".to_owned(),
        },
        contacts: "Иванов И. И., +7 343 000-00-00".to_owned(),
    }
}

/// Builder-style tweaks of a pairing input.
pub trait PairingInputExt {
    fn with_status(self, status: PairingStatus) -> Self;
}

impl PairingInputExt for PairingInput {
    fn with_status(mut self, status: PairingStatus) -> Self {
        self.status = status;
        self
    }
}

/// A valid body input; the Uzbek name is written with U+02BB.
pub fn body(
    country: council_core::Country,
    kind: council_core::body::BodyKind,
    name_en: &str,
) -> council_core::body::BodyInput {
    council_core::body::BodyInput {
        country,
        kind,
        name: LocalizedText {
            ru: format!("Ведомство «{name_en}»"),
            uz: format!("«{name_en}» boshqarmasi, Oʻzbekiston"),
            en: name_en.to_owned(),
        },
        region: None,
    }
}

/// A council session input starting at `start` (`YYYY-MM-DD HH:MM`) on the clock of `zone`, three hours long.
pub fn session_input(start: &str, zone: &str) -> council_core::session::SessionInput {
    council_core::session::SessionInput {
        kind: council_core::session::SessionKind::CouncilSession,
        title: LocalizedText {
            ru: "Заседание Совета регионов".to_owned(),
            uz: "Hududlar Kengashining majlisi".to_owned(),
            en: "Session of the Council of Regions".to_owned(),
        },
        starts_at: start.to_owned(),
        ends_at: None,
        time_zone: zone.to_owned(),
        venue_city: LocalizedText {
            ru: "Самарканд".to_owned(),
            uz: "Samarqand".to_owned(),
            en: "Samarkand".to_owned(),
        },
        venue_place: LocalizedText {
            ru: "Конгресс-центр".to_owned(),
            uz: "Kongress markazi".to_owned(),
            en: "Congress Centre".to_owned(),
        },
        co_chairs: Vec::new(),
        participants: Vec::new(),
        pairings: Vec::new(),
        sectors: Vec::new(),
    }
}

/// Creates a council session starting at `start` in Tashkent; its id.
pub fn new_session(store: &mut Store, start: &str) -> String {
    store
        .create_session(&session_input(start, "Asia/Tashkent"))
        .unwrap()
        .id
        .to_string()
}

/// A person of `country` with a name in three languages.
pub fn person_input(
    name: &str,
    country: council_core::Country,
) -> council_core::person::PersonInput {
    council_core::person::PersonInput {
        full_name: LocalizedText {
            ru: name.to_owned(),
            uz: name.to_owned(),
            en: name.to_owned(),
        },
        position: LocalizedText::default(),
        body_id: None,
        country,
        phone: String::new(),
        email: String::new(),
    }
}

/// A ministry of `country` with a name in three languages.
pub fn body_input(name: &str, country: council_core::Country) -> council_core::body::BodyInput {
    council_core::body::BodyInput {
        country,
        kind: council_core::body::BodyKind::Ministry,
        name: LocalizedText {
            ru: name.to_owned(),
            uz: name.to_owned(),
            en: name.to_owned(),
        },
        region: None,
    }
}

/// A valid person input, working for `body_id` when given.
pub fn person(body_id: Option<String>) -> council_core::person::PersonInput {
    council_core::person::PersonInput {
        full_name: LocalizedText {
            ru: "Каримов Алишер".to_owned(),
            uz: "Karimov Alisher Gʻulomovich".to_owned(),
            en: "Alisher Karimov".to_owned(),
        },
        position: LocalizedText {
            ru: "Заместитель министра".to_owned(),
            uz: "Vazir oʻrinbosari".to_owned(),
            en: "Deputy minister".to_owned(),
        },
        body_id,
        country: council_core::Country::Uz,
        phone: "+998 71 000-00-00".to_owned(),
        email: "a.karimov@mfa.uz".to_owned(),
    }
}

/// A valid signed agreement of a pairing (id), without bodies, value or session.
pub fn agreement(pairing_id: &str) -> council_core::agreement::AgreementInput {
    council_core::agreement::AgreementInput {
        title: LocalizedText {
            ru: "Соглашение о торгово-экономическом сотрудничестве".to_owned(),
            uz: "Savdo-iqtisodiy hamkorlik toʻgʻrisidagi kelishuv".to_owned(),
            en: "Agreement on trade and economic cooperation".to_owned(),
        },
        number: "17/2026".to_owned(),
        status: council_core::agreement::AgreementStatus::Signed,
        signed_on: Some("2026-05-27".to_owned()),
        pairing_id: Some(pairing_id.to_owned()),
        parties: Vec::new(),
        session_id: None,
        value: None,
        currency: None,
    }
}

/// A valid proposed project of a pairing (id), in `sector`, without value, bodies or dates.
pub fn project(pairing_id: &str, sector: &str) -> council_core::project::ProjectInput {
    council_core::project::ProjectInput {
        title: LocalizedText {
            ru: "Совместный технопарк".to_owned(),
            uz: "Qoʻshma texnopark".to_owned(),
            en: "Joint technology park".to_owned(),
        },
        sector: Some(sector.to_owned()),
        pairing_id: Some(pairing_id.to_owned()),
        regions: Vec::new(),
        lead_bodies: Vec::new(),
        value: None,
        currency: None,
        status: council_core::project::ProjectStatus::Proposed,
        starts_on: None,
        ends_on: None,
    }
}

/// An agenda report item lasting `minutes`.
pub fn agenda_item(title: &str, minutes: i64) -> council_core::agenda::AgendaItemInput {
    council_core::agenda::AgendaItemInput {
        kind: council_core::agenda::AgendaItemKind::Report,
        title: LocalizedText {
            ru: title.to_owned(),
            uz: title.to_owned(),
            en: title.to_owned(),
        },
        description: LocalizedText::default(),
        duration_min: minutes,
        fixed_start: None,
        presenters: Vec::new(),
        pairing_id: None,
        sector_code: None,
    }
}

/// Creates a pairing of two regions given by ISO code; its id.
pub fn new_pairing(store: &mut Store, a: &str, b: &str) -> String {
    store.create_pairing(&pairing(a, b)).unwrap().id.to_string()
}

/// A live body of `country`, as its id.
pub fn new_body(store: &mut Store, country: Country, name_en: &str) -> String {
    store
        .create_body(&body(country, BodyKind::Ministry, name_en))
        .unwrap()
        .id
        .to_string()
}

/// The actions of a record's history, oldest first.
pub fn actions(store: &Store, entity: &str, id: &str) -> Vec<AuditAction> {
    store
        .history(entity, id)
        .unwrap()
        .into_iter()
        .map(|entry| entry.action)
        .collect()
}

/// A calendar date written `YYYY-MM-DD`.
pub fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

/// A text in three languages: the Russian one given, the others marked as its translations.
pub fn translated(ru: &str) -> LocalizedText {
    LocalizedText {
        ru: ru.to_owned(),
        uz: format!("{ru} (uz)"),
        en: format!("{ru} (en)"),
    }
}

/// Creates a ministry of `country` named `name` (in Russian).
pub fn ministry(store: &mut Store, name: &str, country: Country) -> Body {
    store
        .create_body(&BodyInput {
            country,
            kind: BodyKind::Ministry,
            name: translated(name),
            region: None,
        })
        .unwrap()
}

/// Creates an Uzbek official named `name` (in Russian), of no body.
pub fn official(store: &mut Store, name: &str) -> Person {
    store
        .create_person(&PersonInput {
            full_name: translated(name),
            position: LocalizedText::default(),
            body_id: None,
            country: Country::Uz,
            phone: String::new(),
            email: String::new(),
        })
        .unwrap()
}

/// An instruction input for `lead`, due on `due`.
pub fn given(lead: &Body, due: &str) -> InstructionInput {
    InstructionInput {
        text: translated("Подготовить предложения"),
        lead_body_id: lead.id.to_string(),
        due_on: due.to_owned(),
        ..InstructionInput::default()
    }
}

/// An execution report dated `on`.
pub fn report(on: &str) -> ReportInput {
    ReportInput {
        reported_on: Some(on.to_owned()),
        text: "Предложения направлены письмом № 12/345".to_owned(),
        author: "Минэкономразвития".to_owned(),
    }
}
