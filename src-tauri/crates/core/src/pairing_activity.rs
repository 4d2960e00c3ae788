//! The pairings' activity over the last year, for the map: how many sessions each pairing took part in and how
//! many of its joint projects were under way or started, and the level the map draws from them.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::pairing::{PairingStatus, RegionRef};

/// How busy a pairing was in the last year; the map draws each level with its own colour, width and dash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ActivityLevel {
    /// No session held and no project under way or started.
    Quiet,
    /// One or two sessions and projects together.
    Some,
    /// Three or more.
    Busy,
}

impl ActivityLevel {
    /// Every level, quietest first (the order of the map's legend).
    pub const ALL: [ActivityLevel; 3] = [
        ActivityLevel::Quiet,
        ActivityLevel::Some,
        ActivityLevel::Busy,
    ];

    /// The level of `sessions` sessions held and `projects` projects under way or started.
    #[must_use]
    pub fn of(sessions: u32, projects: u32) -> ActivityLevel {
        match sessions + projects {
            0 => ActivityLevel::Quiet,
            1 | 2 => ActivityLevel::Some,
            _ => ActivityLevel::Busy,
        }
    }
}

/// One pairing's last year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PairingActivity {
    pub pairing_id: Uuid,
    pub uz_region: RegionRef,
    pub ru_region: RegionRef,
    pub status: PairingStatus,
    /// Sessions held (held or with approved minutes) in the period that name the pairing, or one of whose agenda
    /// items does.
    pub sessions_held: u32,
    /// The pairing's projects (agreed, under way or completed) running at some time in the period.
    pub projects_active: u32,
    /// Of those, the ones that started in the period.
    pub projects_started: u32,
    pub level: ActivityLevel,
}

/// Every pairing of the register with its activity from `since` to `today`, both included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PairingMap {
    pub since: NaiveDate,
    pub today: NaiveDate,
    /// By Uzbek then Russian region name.
    pub pairings: Vec<PairingActivity>,
}

/// The first day of the year that ends on `today`: twelve months back, plus a day.
#[must_use]
pub fn year_before(today: NaiveDate) -> NaiveDate {
    today
        .checked_sub_months(Months::new(12))
        .and_then(|day| day.succ_opt())
        .unwrap_or(today)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_level_counts_sessions_and_projects_together() {
        assert_eq!(ActivityLevel::of(0, 0), ActivityLevel::Quiet);
        assert_eq!(ActivityLevel::of(1, 0), ActivityLevel::Some);
        assert_eq!(ActivityLevel::of(1, 1), ActivityLevel::Some);
        assert_eq!(ActivityLevel::of(2, 1), ActivityLevel::Busy);
        assert_eq!(ActivityLevel::of(0, 7), ActivityLevel::Busy);
    }

    #[test]
    fn the_year_ends_today_and_starts_a_day_after_the_same_date_a_year_before() {
        let day = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(year_before(day("2026-12-07")), day("2025-12-08"));
        assert_eq!(year_before(day("2028-02-29")), day("2027-03-01"));
    }
}
