//! Joint projects of Uzbek and Russian regions, and the portfolio they add up to.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::agreement::{id_list, optional_id, required_title};
use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::LocalizedText;
use crate::money::{Currency, Money, optional_money};
use crate::time::parse_optional_date;

/// Where a joint project stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ProjectStatus {
    Proposed,
    Agreed,
    UnderWay,
    Completed,
    Frozen,
}

impl ProjectStatus {
    /// Every status, in the order a project usually passes through them.
    pub const ALL: [ProjectStatus; 5] = [
        ProjectStatus::Proposed,
        ProjectStatus::Agreed,
        ProjectStatus::UnderWay,
        ProjectStatus::Completed,
        ProjectStatus::Frozen,
    ];

    /// The code stored in the database and used on the command line.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            ProjectStatus::Proposed => "proposed",
            ProjectStatus::Agreed => "agreed",
            ProjectStatus::UnderWay => "under_way",
            ProjectStatus::Completed => "completed",
            ProjectStatus::Frozen => "frozen",
        }
    }

    /// Parses a status code.
    pub fn parse(text: &str) -> CoreResult<ProjectStatus> {
        ProjectStatus::ALL
            .into_iter()
            .find(|status| status.code() == text.trim())
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, text.trim()).on("status"))
    }

    /// The status as reports print it.
    #[must_use]
    pub fn label(self) -> LocalizedText {
        let (ru, uz, en) = match self {
            ProjectStatus::Proposed => ("Предложен", "Taklif etilgan", "Proposed"),
            ProjectStatus::Agreed => ("Согласован", "Kelishilgan", "Agreed"),
            ProjectStatus::UnderWay => ("Реализуется", "Amalga oshirilmoqda", "Under way"),
            ProjectStatus::Completed => ("Завершён", "Yakunlangan", "Completed"),
            ProjectStatus::Frozen => ("Заморожен", "Muzlatilgan", "Frozen"),
        };
        LocalizedText {
            ru: ru.to_owned(),
            uz: uz.to_owned(),
            en: en.to_owned(),
        }
    }
}

/// A joint project as the register holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Project {
    pub id: Uuid,
    pub title: LocalizedText,
    /// Sector code.
    pub sector: Option<String>,
    pub pairing_id: Option<Uuid>,
    /// Regions involved (ids, sorted), for a project that is not, or not only, a pairing's.
    pub regions: Vec<Uuid>,
    /// Lead bodies (ids, sorted).
    pub lead_bodies: Vec<Uuid>,
    pub value: Option<Money>,
    pub status: ProjectStatus,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// What a user submits to create or change a project. Dates and the value are text, so that a bad one gets a
/// translated error; regions are named by id or ISO code, other records by id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProjectInput {
    pub title: LocalizedText,
    pub sector: Option<String>,
    pub pairing_id: Option<String>,
    pub regions: Vec<String>,
    pub lead_bodies: Vec<String>,
    /// The amount as typed (`1 250 000.50`); empty means no value.
    pub value: Option<String>,
    pub currency: Option<Currency>,
    pub status: ProjectStatus,
    pub starts_on: Option<String>,
    pub ends_on: Option<String>,
}

/// Which projects a listing shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProjectFilter {
    pub pairing_id: Option<String>,
    pub sector: Option<String>,
    pub status: Option<ProjectStatus>,
    /// List the trash instead of the live register.
    pub deleted: bool,
}

/// The parts of a project input that can be checked without the database.
#[derive(Debug, Clone)]
pub(crate) struct CheckedProject {
    pub title: LocalizedText,
    pub sector: Option<String>,
    pub pairing_id: Option<String>,
    /// Ids or ISO codes as typed, trimmed, without empties or repeats.
    pub regions: Vec<String>,
    pub lead_bodies: Vec<String>,
    pub value: Option<Money>,
    pub status: ProjectStatus,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
}

impl ProjectInput {
    /// Checks what needs no database: a title, a pairing or a region, real dates in order, a well-formed value.
    pub(crate) fn check(&self) -> CoreResult<CheckedProject> {
        let title = required_title(&self.title)?;
        let pairing_id = optional_id(self.pairing_id.as_deref());
        let regions = id_list(&self.regions);
        if pairing_id.is_none() && regions.is_empty() {
            return Err(CoreError::new(ErrorCode::Required, "pairing_id").on("pairing_id"));
        }
        let starts_on = parse_optional_date(self.starts_on.as_deref(), "starts_on")?;
        let ends_on = parse_optional_date(self.ends_on.as_deref(), "ends_on")?;
        if let (Some(start), Some(end)) = (starts_on, ends_on)
            && end < start
        {
            return Err(CoreError::new(ErrorCode::EndBeforeStart, end.to_string()).on("ends_on"));
        }
        Ok(CheckedProject {
            title,
            sector: optional_id(self.sector.as_deref()),
            pairing_id,
            regions,
            lead_bodies: id_list(&self.lead_bodies),
            value: optional_money(self.value.as_deref(), self.currency)?,
            status: self.status,
            starts_on,
            ends_on,
        })
    }
}

impl Project {
    /// The input that would recreate this project as it is, for editing it field by field.
    #[must_use]
    pub fn to_input(&self) -> ProjectInput {
        ProjectInput {
            title: self.title.clone(),
            sector: self.sector.clone(),
            pairing_id: self.pairing_id.map(|id| id.to_string()),
            regions: self.regions.iter().map(Uuid::to_string).collect(),
            lead_bodies: self.lead_bodies.iter().map(Uuid::to_string).collect(),
            value: self.value.map(Money::amount_text),
            currency: self.value.map(|money| money.currency),
            status: self.status,
            starts_on: self.starts_on.map(|date| date.to_string()),
            ends_on: self.ends_on.map(|date| date.to_string()),
        }
    }
}

/// How the project portfolio is grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ProjectGrouping {
    Sector,
    Pairing,
    Status,
}

impl ProjectGrouping {
    /// Parses `sector`, `pairing` or `status`.
    pub fn parse(text: &str) -> CoreResult<ProjectGrouping> {
        match text.trim() {
            "sector" => Ok(ProjectGrouping::Sector),
            "pairing" => Ok(ProjectGrouping::Pairing),
            "status" => Ok(ProjectGrouping::Status),
            other => Err(CoreError::new(ErrorCode::InvalidValue, other).on("by")),
        }
    }
}

/// One group of the project portfolio.
///
/// `total_usd_cents` is the sum, per currency, of the group's values converted at the rate in force on the
/// as-of date, each currency's sum rounded half up to a cent. Projects in a currency without a rate are not in
/// the total: they are counted in `unconverted` and their amounts listed in `unconverted_amounts`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PortfolioRow {
    /// Sector code, pairing id or status code; empty for projects without a sector or pairing.
    pub key: String,
    pub label: LocalizedText,
    /// Every live project of the group, with or without a value.
    pub projects: i64,
    pub total_usd_cents: i64,
    /// Projects whose currency had no rate on the as-of date.
    pub unconverted: i64,
    /// Their amounts, one per currency.
    pub unconverted_amounts: Vec<Money>,
}

/// The value of the joint projects, grouped, in US dollars as of a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProjectPortfolio {
    pub by: ProjectGrouping,
    /// The date whose rates were used: the latest rate of each currency on or before it.
    pub as_of: NaiveDate,
    pub rows: Vec<PortfolioRow>,
    /// Every group together.
    pub total: PortfolioRow,
    /// Currencies of projects that had no rate on the as-of date.
    pub missing_rates: Vec<Currency>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ProjectInput {
        ProjectInput {
            title: LocalizedText {
                ru: "Солнечная электростанция".into(),
                uz: "Quyosh elektr stansiyasi".into(),
                en: "Solar power plant".into(),
            },
            sector: Some(" energy ".into()),
            pairing_id: None,
            regions: vec!["UZ-SA".into(), " ".into()],
            lead_bodies: Vec::new(),
            value: Some("5 000 000".into()),
            currency: Some(Currency::Usd),
            status: ProjectStatus::Agreed,
            starts_on: Some("2026-01-01".into()),
            ends_on: Some("2026-01-01".into()),
        }
    }

    #[test]
    fn check_accepts_a_one_day_project_and_trims() {
        let checked = input().check().unwrap();
        assert_eq!(checked.sector.as_deref(), Some("energy"));
        assert_eq!(checked.regions, vec!["UZ-SA"]);
        assert_eq!(checked.value.map(|m| m.minor), Some(500_000_000));
    }

    #[test]
    fn an_end_before_the_start_is_refused() {
        let mut early = input();
        early.ends_on = Some("2025-12-31".into());
        let error = early.check().unwrap_err();
        assert_eq!(
            (error.code, error.field),
            (ErrorCode::EndBeforeStart, Some("ends_on"))
        );
    }

    #[test]
    fn statuses_round_trip_with_labels_in_three_languages() {
        for status in ProjectStatus::ALL {
            assert_eq!(ProjectStatus::parse(status.code()).unwrap(), status);
            assert!(status.label().missing().is_empty());
        }
        assert_eq!(
            ProjectGrouping::parse("region").unwrap_err().field,
            Some("by")
        );
    }
}
