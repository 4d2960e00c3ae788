//! Public holidays (days off) of Uzbekistan and Russia, which the scheduling checks warn about.
//!
//! The current and the next year are shipped in `assets/holidays.json`. Fixed-date holidays are certain;
//! the hayits of Uzbekistan and Russia's transferred days off are set each year by decree, so they ship as
//! the best known dates with `by_decree` set, for the officer to confirm or correct.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::{Lang, LocalizedText};
use crate::region::Country;
use crate::time::parse_date;

/// Namespace of the v5 ids of shipped holidays (a fixed random UUID; never change it).
const HOLIDAY_NAMESPACE: Uuid = Uuid::from_u128(0x8f0b_53c4_2e71_4a9d_b6c2_71e4_0d5a_93be);

/// A public holiday of one country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Holiday {
    pub id: Uuid,
    pub country: Country,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub name: LocalizedText,
    /// The date is set each year by decree and was shipped as the best known date: to be confirmed.
    pub by_decree: bool,
    /// The officer changed or added it; shipped data never overwrites it.
    pub user_edited: bool,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

/// What an officer submits to add or correct a holiday.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HolidayInput {
    pub country: Country,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub name: LocalizedText,
    /// Still to be confirmed by decree; an officer who enters the decreed date clears it.
    pub by_decree: bool,
}

/// A holiday input checked without the database.
#[derive(Debug, Clone)]
pub(crate) struct CheckedHoliday {
    pub country: Country,
    pub date: NaiveDate,
    pub name: LocalizedText,
    pub by_decree: bool,
}

impl HolidayInput {
    /// Checks a real date and a name in at least one language.
    pub(crate) fn check(&self) -> CoreResult<CheckedHoliday> {
        if self.date.trim().is_empty() {
            return Err(CoreError::new(ErrorCode::Required, "date").on("date"));
        }
        let date = parse_date(&self.date, "date")?;
        let name = self.name.trimmed();
        if Lang::ALL.iter().all(|lang| name.get(*lang).is_empty()) {
            return Err(CoreError::new(ErrorCode::Required, "name").on("name"));
        }
        Ok(CheckedHoliday {
            country: self.country,
            date,
            name,
            by_decree: self.by_decree,
        })
    }
}

/// A holiday as `assets/holidays.json` ships it.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct ShippedHoliday {
    pub country: Country,
    pub date: String,
    pub name_ru: String,
    pub name_uz: String,
    pub name_en: String,
    pub by_decree: bool,
}

impl ShippedHoliday {
    /// The same id on every machine: one shipped holiday per country and date.
    pub fn id(&self) -> Uuid {
        Uuid::new_v5(
            &HOLIDAY_NAMESPACE,
            format!("{}:{}", self.country.code(), self.date).as_bytes(),
        )
    }
}

/// The shipped holidays, compiled into the binary.
pub(crate) fn shipped_holidays() -> CoreResult<Vec<ShippedHoliday>> {
    Ok(serde_json::from_str(include_str!(
        "../../../../assets/holidays.json"
    ))?)
}

/// Which holidays a listing shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct HolidayFilter {
    /// Only this year.
    pub year: Option<i32>,
    pub country: Option<Country>,
    /// List the trash instead.
    pub deleted: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_holidays_cover_both_countries_for_two_years_with_real_dates() {
        let shipped = shipped_holidays().unwrap();
        for year in ["2026", "2027"] {
            for country in [Country::Uz, Country::Ru] {
                assert!(
                    shipped
                        .iter()
                        .filter(|h| h.country == country && h.date.starts_with(year))
                        .count()
                        >= 7,
                    "{year} {country:?}"
                );
            }
        }
        let mut ids: Vec<Uuid> = shipped.iter().map(ShippedHoliday::id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(
            ids.len(),
            shipped.len(),
            "one shipped holiday per country and date"
        );
        for holiday in &shipped {
            parse_date(&holiday.date, "date").unwrap();
            for name in [&holiday.name_ru, &holiday.name_uz, &holiday.name_en] {
                assert!(!name.trim().is_empty(), "{}", holiday.date);
            }
            assert!(
                !holiday
                    .name_uz
                    .contains(['\'', '\u{2018}', '\u{2019}', '`']),
                "{}",
                holiday.name_uz
            );
        }
    }

    #[test]
    fn the_moving_holidays_are_flagged_as_set_by_decree() {
        let shipped = shipped_holidays().unwrap();
        for name in ["Ramazon hayiti", "Qurbon hayiti"] {
            let found: Vec<_> = shipped.iter().filter(|h| h.name_uz == name).collect();
            assert_eq!(found.len(), 2, "{name}");
            assert!(
                found
                    .iter()
                    .all(|h| h.by_decree && h.country == Country::Uz)
            );
        }
        let navruz = shipped
            .iter()
            .find(|h| h.date == "2026-03-21" && h.country == Country::Uz)
            .unwrap();
        assert!(!navruz.by_decree);
        assert_eq!(navruz.name_uz, "Navro\u{02BB}z bayrami");
    }

    #[test]
    fn a_holiday_needs_a_real_date_and_a_name() {
        let input = HolidayInput {
            country: Country::Ru,
            date: "2027-02-30".into(),
            name: LocalizedText {
                ru: "Перенос".into(),
                ..LocalizedText::default()
            },
            by_decree: false,
        };
        assert_eq!(input.check().unwrap_err().code, ErrorCode::InvalidDate);
        let unnamed = HolidayInput {
            date: "2027-02-22".into(),
            name: LocalizedText::default(),
            ..input
        };
        assert_eq!(unnamed.check().unwrap_err().field, Some("name"));
    }
}
