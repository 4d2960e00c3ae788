//! Small builders shared by the integration tests.

use council_core::{LocalizedText, PairingInput, PairingStatus, Store};
use tempfile::TempDir;

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
}

/// A valid pairing input between two regions given by ISO code.
pub fn pairing(a: &str, b: &str) -> PairingInput {
    PairingInput {
        region_a: a.to_owned(),
        region_b: b.to_owned(),
        status: PairingStatus::Active,
        since: Some("2024-05-27".to_owned()),
        basis_title: "Соглашение о торгово-экономическом сотрудничестве".to_owned(),
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
