//! Pairings: one Uzbek region joined with one Russian region.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::LocalizedText;
use crate::time::parse_optional_date;

/// Where a pairing stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PairingStatus {
    Proposed,
    Active,
    Suspended,
    Ended,
}

impl PairingStatus {
    /// Every status, in the order a pairing usually passes through them.
    pub const ALL: [PairingStatus; 4] = [
        PairingStatus::Proposed,
        PairingStatus::Active,
        PairingStatus::Suspended,
        PairingStatus::Ended,
    ];

    /// The code stored in the database and used on the command line.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            PairingStatus::Proposed => "proposed",
            PairingStatus::Active => "active",
            PairingStatus::Suspended => "suspended",
            PairingStatus::Ended => "ended",
        }
    }

    /// Parses a status code.
    pub fn parse(text: &str) -> CoreResult<PairingStatus> {
        PairingStatus::ALL
            .into_iter()
            .find(|status| status.code() == text.trim())
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, text.trim()).on("status"))
    }
}

/// The short form of a region that a pairing shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RegionRef {
    pub id: Uuid,
    pub iso_code: Option<String>,
    pub name: LocalizedText,
}

/// The document a pairing rests on (an agreement, a protocol, a joint statement).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Basis {
    /// The document's title in each language; a missing variant is flagged, never replaced.
    pub title: LocalizedText,
    pub number: String,
    pub date: Option<NaiveDate>,
}

/// A pairing as the register holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Pairing {
    pub id: Uuid,
    pub uz_region: RegionRef,
    pub ru_region: RegionRef,
    pub status: PairingStatus,
    pub since: Option<NaiveDate>,
    pub basis: Basis,
    /// Sector codes, sorted.
    pub sectors: Vec<String>,
    pub notes: LocalizedText,
    /// Contact persons, free text for now.
    pub contacts: String,
    pub created_at: String,
    pub updated_at: String,
    /// Set while the pairing is in the trash.
    pub deleted_at: Option<String>,
}

/// What a user submits to create or change a pairing. Regions are named by id or ISO code, in either order;
/// dates are text so that a bad one gets a translated error instead of a parse failure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PairingInput {
    pub region_a: String,
    pub region_b: String,
    pub status: PairingStatus,
    pub since: Option<String>,
    pub basis_title: LocalizedText,
    pub basis_number: String,
    pub basis_date: Option<String>,
    pub sectors: Vec<String>,
    pub notes: LocalizedText,
    pub contacts: String,
}

/// The parts of a pairing input that can be checked without the database.
#[derive(Debug, Clone)]
pub(crate) struct CheckedPairing {
    pub since: Option<NaiveDate>,
    pub basis: Basis,
    pub sectors: Vec<String>,
    pub notes: LocalizedText,
    pub contacts: String,
}

impl PairingInput {
    /// Checks everything that needs no database: required regions, real dates; trims text, sorts sectors.
    pub(crate) fn check(&self) -> CoreResult<CheckedPairing> {
        for (field, value) in [("region_a", &self.region_a), ("region_b", &self.region_b)] {
            if value.trim().is_empty() {
                return Err(CoreError::new(ErrorCode::Required, field).on(field));
            }
        }
        let since = parse_optional_date(self.since.as_deref(), "since")?;
        let basis_date = parse_optional_date(self.basis_date.as_deref(), "basis_date")?;
        let mut sectors: Vec<String> = self
            .sectors
            .iter()
            .map(|code| code.trim().to_owned())
            .filter(|code| !code.is_empty())
            .collect();
        sectors.sort();
        sectors.dedup();
        Ok(CheckedPairing {
            since,
            basis: Basis {
                title: self.basis_title.trimmed(),
                number: self.basis_number.trim().to_owned(),
                date: basis_date,
            },
            sectors,
            notes: self.notes.trimmed(),
            contacts: self.contacts.trim().to_owned(),
        })
    }
}

impl Pairing {
    /// The input that would recreate this pairing as it is, for editing it field by field.
    #[must_use]
    pub fn to_input(&self) -> PairingInput {
        PairingInput {
            region_a: self.uz_region.id.to_string(),
            region_b: self.ru_region.id.to_string(),
            status: self.status,
            since: self.since.map(|date| date.to_string()),
            basis_title: self.basis.title.clone(),
            basis_number: self.basis.number.clone(),
            basis_date: self.basis.date.map(|date| date.to_string()),
            sectors: self.sectors.clone(),
            notes: self.notes.clone(),
            contacts: self.contacts.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> PairingInput {
        PairingInput {
            region_a: "UZ-SA".into(),
            region_b: "RU-SVE".into(),
            status: PairingStatus::Active,
            since: Some("2024-05-27".into()),
            basis_title: LocalizedText {
                ru: " Соглашение о сотрудничестве ".into(),
                ..LocalizedText::default()
            },
            basis_number: "12".into(),
            basis_date: None,
            sectors: vec![
                "tourism".into(),
                "energy".into(),
                "tourism".into(),
                " ".into(),
            ],
            notes: LocalizedText::default(),
            contacts: String::new(),
        }
    }

    #[test]
    fn check_trims_and_sorts() {
        let checked = input().check().unwrap();
        assert_eq!(checked.basis.title.ru, "Соглашение о сотрудничестве");
        assert_eq!(checked.sectors, vec!["energy", "tourism"]);
        assert_eq!(checked.since, NaiveDate::from_ymd_opt(2024, 5, 27));
    }

    #[test]
    fn check_refuses_a_missing_region_and_a_bad_date() {
        let mut missing = input();
        missing.region_b = "  ".into();
        assert_eq!(missing.check().unwrap_err().field, Some("region_b"));

        let mut bad_date = input();
        bad_date.basis_date = Some("2023-02-29".into());
        let error = bad_date.check().unwrap_err();
        assert_eq!(
            (error.code, error.field),
            (ErrorCode::InvalidDate, Some("basis_date"))
        );
    }

    #[test]
    fn status_codes_round_trip() {
        for status in PairingStatus::ALL {
            assert_eq!(PairingStatus::parse(status.code()).unwrap(), status);
        }
        assert_eq!(
            PairingStatus::parse("frozen").unwrap_err().code,
            ErrorCode::InvalidValue
        );
    }
}
