//! Regions: the subdivisions of Uzbekistan and Russia that pairings join.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::{Lang, LocalizedText};

/// The two countries of the Council.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub enum Country {
    #[serde(rename = "UZ")]
    Uz,
    #[serde(rename = "RU")]
    Ru,
}

impl Country {
    /// The ISO 3166-1 alpha-2 code.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Country::Uz => "UZ",
            Country::Ru => "RU",
        }
    }

    /// Parses `UZ` or `RU` (case-insensitive).
    pub fn parse(text: &str) -> CoreResult<Country> {
        match text.trim().to_ascii_uppercase().as_str() {
            "UZ" => Ok(Country::Uz),
            "RU" => Ok(Country::Ru),
            _ => Err(CoreError::new(ErrorCode::InvalidValue, text.trim()).on("country")),
        }
    }
}

/// The administrative kind of a subdivision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RegionKind {
    /// Oblast / viloyat.
    Region,
    Republic,
    /// A city with the status of a subdivision (Tashkent, Moscow, Saint Petersburg).
    City,
    Krai,
    AutonomousOblast,
    AutonomousOkrug,
}

impl RegionKind {
    /// The code stored in the database and used on the command line.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            RegionKind::Region => "region",
            RegionKind::Republic => "republic",
            RegionKind::City => "city",
            RegionKind::Krai => "krai",
            RegionKind::AutonomousOblast => "autonomous_oblast",
            RegionKind::AutonomousOkrug => "autonomous_okrug",
        }
    }

    /// Parses a kind code.
    pub fn parse(text: &str) -> CoreResult<RegionKind> {
        const ALL: [RegionKind; 6] = [
            RegionKind::Region,
            RegionKind::Republic,
            RegionKind::City,
            RegionKind::Krai,
            RegionKind::AutonomousOblast,
            RegionKind::AutonomousOkrug,
        ];
        ALL.into_iter()
            .find(|kind| kind.code() == text.trim())
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, text.trim()).on("kind"))
    }
}

/// A region as the register holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Region {
    pub id: Uuid,
    /// ISO 3166-2 code; `None` for a region a user added that has none.
    pub iso_code: Option<String>,
    pub country: Country,
    pub kind: RegionKind,
    pub name: LocalizedText,
    /// The administrative centre's name.
    pub centre: LocalizedText,
    /// IANA time zone of the administrative centre.
    pub time_zone: String,
    /// True once a user changed the shipped names; reference data never overwrites it then.
    pub user_edited: bool,
}

/// What a user types to add a region or change its names.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RegionInput {
    /// `UZ` or `RU`.
    pub country: String,
    pub kind: String,
    /// Required in every language.
    pub name: LocalizedText,
    pub centre: LocalizedText,
    /// IANA time zone; empty means the capital's (Asia/Tashkent or Europe/Moscow).
    pub time_zone: String,
}

/// A region input that passed validation.
#[derive(Debug, Clone)]
pub(crate) struct ValidRegion {
    pub country: Country,
    pub kind: RegionKind,
    pub input: RegionInput,
}

impl RegionInput {
    /// Checks the input; names are required in all three languages.
    pub(crate) fn validate(&self) -> CoreResult<ValidRegion> {
        let country = Country::parse(&self.country)?;
        let kind = RegionKind::parse(&self.kind)?;
        let mut input = RegionInput {
            country: country.code().to_owned(),
            kind: kind.code().to_owned(),
            name: self.name.trimmed(),
            centre: self.centre.trimmed(),
            time_zone: self.time_zone.trim().to_owned(),
        };
        for (field, lang) in [
            ("name_ru", Lang::Ru),
            ("name_uz", Lang::Uz),
            ("name_en", Lang::En),
        ] {
            if input.name.get(lang).is_empty() {
                return Err(CoreError::new(ErrorCode::Required, field).on(field));
            }
        }
        if input.time_zone.is_empty() {
            let capital = match country {
                Country::Uz => "Asia/Tashkent",
                Country::Ru => "Europe/Moscow",
            };
            capital.clone_into(&mut input.time_zone);
        }
        if !looks_like_iana_zone(&input.time_zone) {
            return Err(
                CoreError::new(ErrorCode::InvalidValue, input.time_zone.clone()).on("time_zone"),
            );
        }
        Ok(ValidRegion {
            country,
            kind,
            input,
        })
    }
}

/// A cheap shape check of an IANA zone name (`Area/Location`); the full table arrives with sessions.
fn looks_like_iana_zone(zone: &str) -> bool {
    let mut parts = zone.split('/');
    let area = parts.next().unwrap_or_default();
    matches!(area, "Europe" | "Asia")
        && parts.clone().count() >= 1
        && parts.all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_-+".contains(c))
        })
}

/// Which regions a listing shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RegionFilter {
    pub country: Option<Country>,
    /// Case-insensitive substring of any name, centre or the ISO code.
    pub text: Option<String>,
}

/// One entry of the shipped reference file `assets/regions.json`.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct ShippedRegion {
    pub iso_code: String,
    pub country: Country,
    pub kind: RegionKind,
    pub name_ru: String,
    pub name_uz: String,
    pub name_en: String,
    pub centre_ru: String,
    pub centre_uz: String,
    pub centre_en: String,
    pub time_zone: String,
}

/// The shipped regions, compiled into the binary so that every front door loads the same list.
pub(crate) fn shipped_regions() -> CoreResult<Vec<ShippedRegion>> {
    Ok(serde_json::from_str(include_str!(
        "../../../../assets/regions.json"
    ))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_input_requires_names_in_all_languages() {
        let input = RegionInput {
            country: "uz".into(),
            kind: "city".into(),
            name: LocalizedText {
                ru: "Нукус".into(),
                uz: String::new(),
                en: "Nukus".into(),
            },
            ..RegionInput::default()
        };
        let error = input.validate().unwrap_err();
        assert_eq!(error.code, ErrorCode::Required);
        assert_eq!(error.field, Some("name_uz"));
    }

    #[test]
    fn region_input_defaults_the_zone_to_the_capital() {
        let input = RegionInput {
            country: "RU".into(),
            kind: "city".into(),
            name: LocalizedText {
                ru: "Байконур".into(),
                uz: "Boyqoʻngʻir".into(),
                en: "Baikonur".into(),
            },
            ..RegionInput::default()
        };
        assert_eq!(input.validate().unwrap().input.time_zone, "Europe/Moscow");
    }

    #[test]
    fn region_input_rejects_a_bad_zone_and_country() {
        let mut input = RegionInput {
            country: "KZ".into(),
            kind: "region".into(),
            name: LocalizedText {
                ru: "x".into(),
                uz: "x".into(),
                en: "x".into(),
            },
            ..RegionInput::default()
        };
        assert_eq!(input.validate().unwrap_err().field, Some("country"));
        input.country = "UZ".into();
        input.time_zone = "Mars/Olympus".into();
        assert_eq!(input.validate().unwrap_err().field, Some("time_zone"));
    }
}
