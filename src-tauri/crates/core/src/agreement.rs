//! Agreements: documents signed between pairings or bodies of both countries, often at a Council session.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::{Lang, LocalizedText};
use crate::money::{Currency, Money, optional_money};
use crate::time::parse_optional_date;

/// Where an agreement stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AgreementStatus {
    Draft,
    Signed,
    InForce,
    Expired,
    Terminated,
}

impl AgreementStatus {
    /// Every status, in the order an agreement usually passes through them.
    pub const ALL: [AgreementStatus; 5] = [
        AgreementStatus::Draft,
        AgreementStatus::Signed,
        AgreementStatus::InForce,
        AgreementStatus::Expired,
        AgreementStatus::Terminated,
    ];

    /// The code stored in the database and used on the command line.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            AgreementStatus::Draft => "draft",
            AgreementStatus::Signed => "signed",
            AgreementStatus::InForce => "in_force",
            AgreementStatus::Expired => "expired",
            AgreementStatus::Terminated => "terminated",
        }
    }

    /// Parses a status code.
    pub fn parse(text: &str) -> CoreResult<AgreementStatus> {
        AgreementStatus::ALL
            .into_iter()
            .find(|status| status.code() == text.trim())
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, text.trim()).on("status"))
    }

    /// Whether the agreement has been signed in this status, so it must carry its date of signing.
    #[must_use]
    pub fn is_signed(self) -> bool {
        self != AgreementStatus::Draft
    }
}

/// An agreement as the register holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Agreement {
    pub id: Uuid,
    pub title: LocalizedText,
    pub number: String,
    pub status: AgreementStatus,
    /// Set whenever the status is not `draft`.
    pub signed_on: Option<NaiveDate>,
    /// The pairing that is a party, if any.
    pub pairing_id: Option<Uuid>,
    /// Bodies that are parties, sorted by id.
    pub parties: Vec<Uuid>,
    /// The session it was signed at, if any.
    pub session_id: Option<Uuid>,
    pub value: Option<Money>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// What a user submits to create or change an agreement. Dates and the value are text, so that a bad one gets a
/// translated error; records are named by id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgreementInput {
    pub title: LocalizedText,
    pub number: String,
    pub status: AgreementStatus,
    pub signed_on: Option<String>,
    pub pairing_id: Option<String>,
    /// Bodies (ids) that are parties; without a pairing they must include bodies of both countries.
    pub parties: Vec<String>,
    pub session_id: Option<String>,
    /// The amount as typed (`1 250 000.50`); empty means no value.
    pub value: Option<String>,
    pub currency: Option<Currency>,
}

/// Which agreements a listing shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgreementFilter {
    pub pairing_id: Option<String>,
    pub status: Option<AgreementStatus>,
    /// Only agreements signed in this calendar year.
    pub year: Option<i32>,
    /// List the trash instead of the live register.
    pub deleted: bool,
}

/// The parts of an agreement input that can be checked without the database.
#[derive(Debug, Clone)]
pub(crate) struct CheckedAgreement {
    pub title: LocalizedText,
    pub number: String,
    pub status: AgreementStatus,
    pub signed_on: Option<NaiveDate>,
    pub pairing_id: Option<String>,
    /// Ids as typed, trimmed, sorted, without repeats.
    pub parties: Vec<String>,
    pub session_id: Option<String>,
    pub value: Option<Money>,
}

/// A trimmed id (or code), or `None` when empty.
pub(crate) fn optional_id(id: Option<&str>) -> Option<String> {
    id.map(str::trim)
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
}

/// Trimmed ids (or codes), sorted, without empties or repeats as typed.
pub(crate) fn id_list(ids: &[String]) -> Vec<String> {
    let mut ids: Vec<String> = ids.iter().filter_map(|id| optional_id(Some(id))).collect();
    ids.sort();
    ids.dedup();
    ids
}

/// A title in at least one language, trimmed.
pub(crate) fn required_title(title: &LocalizedText) -> CoreResult<LocalizedText> {
    let title = title.trimmed();
    if Lang::ALL.iter().all(|lang| title.get(*lang).is_empty()) {
        return Err(CoreError::new(ErrorCode::Required, "title").on("title"));
    }
    Ok(title)
}

impl AgreementInput {
    /// Checks what needs no database: a title, real dates, a date of signing once signed, a well-formed value,
    /// and at least one party.
    pub(crate) fn check(&self) -> CoreResult<CheckedAgreement> {
        let title = required_title(&self.title)?;
        let signed_on = parse_optional_date(self.signed_on.as_deref(), "signed_on")?;
        if self.status.is_signed() && signed_on.is_none() {
            return Err(CoreError::new(ErrorCode::Required, "signed_on").on("signed_on"));
        }
        let value = optional_money(self.value.as_deref(), self.currency)?;
        let pairing_id = optional_id(self.pairing_id.as_deref());
        let parties = id_list(&self.parties);
        if pairing_id.is_none() && parties.is_empty() {
            return Err(CoreError::new(ErrorCode::Required, "parties").on("parties"));
        }
        Ok(CheckedAgreement {
            title,
            number: self.number.trim().to_owned(),
            status: self.status,
            signed_on,
            pairing_id,
            parties,
            session_id: optional_id(self.session_id.as_deref()),
            value,
        })
    }
}

impl Agreement {
    /// The input that would recreate this agreement as it is, for editing it field by field.
    #[must_use]
    pub fn to_input(&self) -> AgreementInput {
        AgreementInput {
            title: self.title.clone(),
            number: self.number.clone(),
            status: self.status,
            signed_on: self.signed_on.map(|date| date.to_string()),
            pairing_id: self.pairing_id.map(|id| id.to_string()),
            parties: self.parties.iter().map(Uuid::to_string).collect(),
            session_id: self.session_id.map(|id| id.to_string()),
            value: self.value.map(Money::amount_text),
            currency: self.value.map(|money| money.currency),
        }
    }
}

/// How the agreements signed are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AgreementGrouping {
    /// By the session they were signed at (those signed elsewhere together).
    Session,
    /// By the calendar year of signing.
    Year,
}

impl AgreementGrouping {
    /// Parses `session` or `year`.
    pub fn parse(text: &str) -> CoreResult<AgreementGrouping> {
        match text.trim() {
            "session" => Ok(AgreementGrouping::Session),
            "year" => Ok(AgreementGrouping::Year),
            other => Err(CoreError::new(ErrorCode::InvalidValue, other).on("by")),
        }
    }
}

/// How many agreements were signed in one group. Drafts are never counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AgreementTally {
    /// The session id or the year; empty for agreements signed outside any session.
    pub key: String,
    pub label: LocalizedText,
    pub count: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> AgreementInput {
        AgreementInput {
            title: LocalizedText {
                ru: " Соглашение о сотрудничестве ".into(),
                uz: "Hamkorlik toʻgʻrisida kelishuv".into(),
                en: String::new(),
            },
            number: " 12/2026 ".into(),
            status: AgreementStatus::Signed,
            signed_on: Some("2026-05-27".into()),
            pairing_id: Some(" 0193AB00-0000-7000-8000-000000000001 ".into()),
            parties: vec!["B".into(), " a ".into(), "b".into(), String::new()],
            session_id: Some("  ".into()),
            value: Some("1 000,5".into()),
            currency: Some(Currency::Rub),
        }
    }

    #[test]
    fn check_trims_and_normalises() {
        let checked = input().check().unwrap();
        assert_eq!(checked.title.ru, "Соглашение о сотрудничестве");
        assert_eq!(checked.number, "12/2026");
        assert_eq!(checked.parties, vec!["B", "a", "b"]);
        assert_eq!(
            checked.pairing_id.as_deref(),
            Some("0193AB00-0000-7000-8000-000000000001")
        );
        assert_eq!(checked.session_id, None);
        assert_eq!(
            checked.value,
            Some(Money {
                minor: 100_050,
                currency: Currency::Rub
            })
        );
    }

    #[test]
    fn statuses_round_trip_and_only_draft_is_unsigned() {
        for status in AgreementStatus::ALL {
            assert_eq!(AgreementStatus::parse(status.code()).unwrap(), status);
            assert_eq!(status.is_signed(), status != AgreementStatus::Draft);
        }
        assert_eq!(
            AgreementStatus::parse("ratified").unwrap_err().code,
            ErrorCode::InvalidValue
        );
    }

    #[test]
    fn an_amount_without_currency_is_refused() {
        let mut no_currency = input();
        no_currency.currency = None;
        let error = no_currency.check().unwrap_err();
        assert_eq!(
            (error.code, error.field),
            (ErrorCode::Required, Some("currency"))
        );
        let mut no_value = input();
        no_value.value = Some(" ".into());
        assert_eq!(no_value.check().unwrap().value, None);
    }
}
