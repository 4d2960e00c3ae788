//! Recurrence rules of meeting series and their expansion into dates.
//!
//! A rule counts from the series' first date. Weekly: the first date on or after it that falls on the weekday,
//! then every `every_weeks` weeks. Monthly on a weekday: the first, second, third, fourth or last such weekday
//! of each month. Monthly on a day: that day of each month; months without it (31 in April) are skipped.
//! As in iCalendar (RFC 5545), a count counts the dates the rule gives before exceptions are taken out, so a
//! series of ten with one skipped date holds nine meetings. No expansion yields more than
//! [`MAX_OCCURRENCES`] dates.

use chrono::{Datelike, Months, NaiveDate, TimeDelta, Weekday};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CoreError, CoreResult, ErrorCode};

/// The most dates one series expands to (five years of weekly meetings).
pub const MAX_OCCURRENCES: usize = 260;

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DayOfWeek {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl DayOfWeek {
    /// Every day, Monday first.
    pub const ALL: [DayOfWeek; 7] = [
        DayOfWeek::Monday,
        DayOfWeek::Tuesday,
        DayOfWeek::Wednesday,
        DayOfWeek::Thursday,
        DayOfWeek::Friday,
        DayOfWeek::Saturday,
        DayOfWeek::Sunday,
    ];

    fn weekday(self) -> Weekday {
        match self {
            DayOfWeek::Monday => Weekday::Mon,
            DayOfWeek::Tuesday => Weekday::Tue,
            DayOfWeek::Wednesday => Weekday::Wed,
            DayOfWeek::Thursday => Weekday::Thu,
            DayOfWeek::Friday => Weekday::Fri,
            DayOfWeek::Saturday => Weekday::Sat,
            DayOfWeek::Sunday => Weekday::Sun,
        }
    }

    /// The code used on the command line (`tuesday`).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            DayOfWeek::Monday => "monday",
            DayOfWeek::Tuesday => "tuesday",
            DayOfWeek::Wednesday => "wednesday",
            DayOfWeek::Thursday => "thursday",
            DayOfWeek::Friday => "friday",
            DayOfWeek::Saturday => "saturday",
            DayOfWeek::Sunday => "sunday",
        }
    }

    /// Parses a day name or its first three letters (`tue`).
    pub fn parse(text: &str) -> CoreResult<DayOfWeek> {
        let text = text.trim().to_lowercase();
        DayOfWeek::ALL
            .into_iter()
            .find(|day| day.code() == text || (text.len() == 3 && day.code().starts_with(&text)))
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, text).on("weekday"))
    }
}

/// Which weekday of a month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MonthWeek {
    First,
    Second,
    Third,
    Fourth,
    /// The last one, the fourth or the fifth.
    Last,
}

impl MonthWeek {
    /// Parses `1`…`4` or `last`.
    pub fn parse(text: &str) -> CoreResult<MonthWeek> {
        match text.trim().to_lowercase().as_str() {
            "1" | "first" => Ok(MonthWeek::First),
            "2" | "second" => Ok(MonthWeek::Second),
            "3" | "third" => Ok(MonthWeek::Third),
            "4" | "fourth" => Ok(MonthWeek::Fourth),
            "last" | "-1" => Ok(MonthWeek::Last),
            other => Err(CoreError::new(ErrorCode::InvalidValue, other).on("week")),
        }
    }
}

/// How a series repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Repeat {
    /// Every `every_weeks` weeks on `weekday`.
    Weekly {
        every_weeks: u32,
        weekday: DayOfWeek,
    },
    /// On the `week`-th `weekday` of every month.
    MonthlyWeekday { week: MonthWeek, weekday: DayOfWeek },
    /// On day `day` (1–31) of every month that has it.
    MonthlyDay { day: u32 },
}

/// When a series stops.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SeriesEnd {
    /// The last date it may fall on, `YYYY-MM-DD`.
    Until { date: String },
    /// How many dates the rule gives.
    Count { count: u32 },
}

/// A recurrence rule: how a series repeats and when it stops.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RecurrenceRule {
    pub repeat: Repeat,
    pub end: SeriesEnd,
}

impl RecurrenceRule {
    /// Checks the numbers of the rule and reads its end; `first` is the series' first date.
    pub(crate) fn check(&self, first: NaiveDate) -> CoreResult<()> {
        match self.repeat {
            Repeat::Weekly { every_weeks, .. } if !(1..=52).contains(&every_weeks) => {
                return Err(
                    CoreError::new(ErrorCode::InvalidValue, every_weeks.to_string())
                        .on("every_weeks"),
                );
            }
            Repeat::MonthlyDay { day } if !(1..=31).contains(&day) => {
                return Err(CoreError::new(ErrorCode::InvalidValue, day.to_string()).on("day"));
            }
            _ => {}
        }
        match &self.end {
            SeriesEnd::Count { count } if *count == 0 || *count as usize > MAX_OCCURRENCES => {
                Err(CoreError::new(ErrorCode::InvalidValue, count.to_string()).on("count"))
            }
            SeriesEnd::Until { date } => {
                let until = crate::time::parse_date(date, "until")?;
                if until < first {
                    return Err(CoreError::new(ErrorCode::EndBeforeStart, "").on("until"));
                }
                Ok(())
            }
            SeriesEnd::Count { .. } => Ok(()),
        }
    }
}

/// The `week`-th `weekday` of the month of `month_start`, if the month has it.
fn nth_weekday(month_start: NaiveDate, week: MonthWeek, weekday: Weekday) -> Option<NaiveDate> {
    let (year, month) = (month_start.year(), month_start.month());
    let n = match week {
        MonthWeek::First => 1,
        MonthWeek::Second => 2,
        MonthWeek::Third => 3,
        MonthWeek::Fourth => 4,
        MonthWeek::Last => {
            let last_day = month_start.checked_add_months(Months::new(1))?.pred_opt()?;
            let back = (7 + last_day.weekday().num_days_from_monday()
                - weekday.num_days_from_monday())
                % 7;
            return last_day.checked_sub_signed(TimeDelta::days(i64::from(back)));
        }
    };
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
}

/// The dates of the rule's `index`-th period (week group or month), in order; `None` once past any date.
fn period(first: NaiveDate, repeat: Repeat, index: u32) -> Option<Vec<NaiveDate>> {
    match repeat {
        Repeat::Weekly {
            every_weeks,
            weekday,
        } => {
            let ahead = (7 + weekday.weekday().num_days_from_monday()
                - first.weekday().num_days_from_monday())
                % 7;
            let start = first.checked_add_signed(TimeDelta::days(i64::from(ahead)))?;
            let date =
                start.checked_add_signed(TimeDelta::weeks(i64::from(index * every_weeks)))?;
            Some(vec![date])
        }
        Repeat::MonthlyWeekday { week, weekday } => {
            let month = first.with_day(1)?.checked_add_months(Months::new(index))?;
            Some(
                nth_weekday(month, week, weekday.weekday())
                    .into_iter()
                    .collect(),
            )
        }
        Repeat::MonthlyDay { day } => {
            let month = first.with_day(1)?.checked_add_months(Months::new(index))?;
            Some(month.with_day(day).into_iter().collect())
        }
    }
}

/// The dates of a series starting on `first`, sorted, without the `exceptions`, at most [`MAX_OCCURRENCES`].
/// An end that does not read as a date yields nothing (rules are checked before they are stored).
#[must_use]
pub fn expand(first: NaiveDate, rule: &RecurrenceRule, exceptions: &[NaiveDate]) -> Vec<NaiveDate> {
    let (until, count) = match &rule.end {
        SeriesEnd::Until { date } => match NaiveDate::parse_from_str(date, "%Y-%m-%d") {
            Ok(until) => (Some(until), MAX_OCCURRENCES),
            Err(_) => return Vec::new(),
        },
        SeriesEnd::Count { count } => (None, (*count as usize).min(MAX_OCCURRENCES)),
    };
    let mut given = 0;
    let mut dates = Vec::new();
    // Every period holds at most one date, and a day of month exists at least 7 months in 12, so this many
    // periods always reach the count.
    for index in 0..(MAX_OCCURRENCES as u32 * 2) {
        let Some(candidates) = period(first, rule.repeat, index) else {
            break;
        };
        for date in candidates.into_iter().filter(|date| *date >= first) {
            if until.is_some_and(|until| date > until) || given >= count {
                return dates;
            }
            given += 1;
            if !exceptions.contains(&date) {
                dates.push(date);
            }
        }
    }
    dates
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn texts(dates: &[NaiveDate]) -> Vec<String> {
        dates.iter().map(ToString::to_string).collect()
    }

    fn rule(repeat: Repeat, end: SeriesEnd) -> RecurrenceRule {
        RecurrenceRule { repeat, end }
    }

    #[test]
    fn every_second_tuesday_from_a_thursday_until_a_date() {
        let weekly = rule(
            Repeat::Weekly {
                every_weeks: 2,
                weekday: DayOfWeek::Tuesday,
            },
            SeriesEnd::Until {
                date: "2027-01-12".into(),
            },
        );
        // 2026-12-03 is a Thursday; the first Tuesday on or after it is 2026-12-08.
        assert_eq!(
            texts(&expand(d("2026-12-03"), &weekly, &[])),
            ["2026-12-08", "2026-12-22", "2027-01-05"]
        );
        assert_eq!(
            texts(&expand(d("2026-12-03"), &weekly, &[d("2026-12-22")])),
            ["2026-12-08", "2027-01-05"]
        );
    }

    #[test]
    fn the_last_friday_is_the_fifth_or_the_fourth() {
        let last_friday = rule(
            Repeat::MonthlyWeekday {
                week: MonthWeek::Last,
                weekday: DayOfWeek::Friday,
            },
            SeriesEnd::Count { count: 4 },
        );
        // January 2027 has five Fridays (the 29th is the last); February four (the 26th).
        assert_eq!(
            texts(&expand(d("2027-01-01"), &last_friday, &[])),
            ["2027-01-29", "2027-02-26", "2027-03-26", "2027-04-30"]
        );
    }

    #[test]
    fn the_fourth_weekday_exists_every_month_and_starts_after_the_first_date() {
        let fourth_monday = rule(
            Repeat::MonthlyWeekday {
                week: MonthWeek::Fourth,
                weekday: DayOfWeek::Monday,
            },
            SeriesEnd::Count { count: 3 },
        );
        // The fourth Monday of November 2026 (the 23rd) is before the first date, so it is not given.
        assert_eq!(
            texts(&expand(d("2026-11-29"), &fourth_monday, &[])),
            ["2026-12-28", "2027-01-25", "2027-02-22"]
        );
        let second_wednesday = rule(
            Repeat::MonthlyWeekday {
                week: MonthWeek::Second,
                weekday: DayOfWeek::Wednesday,
            },
            SeriesEnd::Until {
                date: "2027-03-10".into(),
            },
        );
        assert_eq!(
            texts(&expand(d("2027-01-01"), &second_wednesday, &[])),
            ["2027-01-13", "2027-02-10", "2027-03-10"]
        );
    }

    #[test]
    fn the_31st_skips_short_months_and_february_29_waits_for_a_leap_year() {
        let end_of_month = rule(
            Repeat::MonthlyDay { day: 31 },
            SeriesEnd::Count { count: 4 },
        );
        assert_eq!(
            texts(&expand(d("2027-01-15"), &end_of_month, &[])),
            ["2027-01-31", "2027-03-31", "2027-05-31", "2027-07-31"]
        );
        let day_29 = rule(
            Repeat::MonthlyDay { day: 29 },
            SeriesEnd::Until {
                date: "2028-03-01".into(),
            },
        );
        let dates = texts(&expand(d("2027-01-30"), &day_29, &[]));
        assert!(!dates.contains(&"2027-02-29".to_owned()));
        assert!(dates.contains(&"2028-02-29".to_owned()));
        assert_eq!(dates.first().unwrap(), "2027-03-29");
    }

    #[test]
    fn a_count_counts_skipped_dates_too() {
        let monthly = rule(
            Repeat::MonthlyDay { day: 10 },
            SeriesEnd::Count { count: 3 },
        );
        assert_eq!(
            texts(&expand(d("2027-01-10"), &monthly, &[d("2027-02-10")])),
            ["2027-01-10", "2027-03-10"]
        );
    }

    #[test]
    fn rules_out_of_range_are_refused() {
        let first = d("2027-01-01");
        let bad = [
            rule(
                Repeat::Weekly {
                    every_weeks: 0,
                    weekday: DayOfWeek::Monday,
                },
                SeriesEnd::Count { count: 2 },
            ),
            rule(
                Repeat::MonthlyDay { day: 32 },
                SeriesEnd::Count { count: 2 },
            ),
            rule(Repeat::MonthlyDay { day: 1 }, SeriesEnd::Count { count: 0 }),
            rule(
                Repeat::MonthlyDay { day: 1 },
                SeriesEnd::Until {
                    date: "2026-12-31".into(),
                },
            ),
        ];
        for rule in bad {
            assert!(rule.check(first).is_err(), "{rule:?}");
        }
        assert_eq!(DayOfWeek::parse("Tue").unwrap(), DayOfWeek::Tuesday);
        assert_eq!(MonthWeek::parse("last").unwrap(), MonthWeek::Last);
    }

    fn any_repeat() -> impl Strategy<Value = Repeat> {
        let day = (0..7usize).prop_map(|i| DayOfWeek::ALL[i]);
        let week = prop_oneof![
            Just(MonthWeek::First),
            Just(MonthWeek::Second),
            Just(MonthWeek::Third),
            Just(MonthWeek::Fourth),
            Just(MonthWeek::Last)
        ];
        prop_oneof![
            (1..=52u32, day.clone()).prop_map(|(every_weeks, weekday)| Repeat::Weekly {
                every_weeks,
                weekday
            }),
            (week, day).prop_map(|(week, weekday)| Repeat::MonthlyWeekday { week, weekday }),
            (1..=31u32).prop_map(|day| Repeat::MonthlyDay { day }),
        ]
    }

    proptest! {
        #[test]
        fn expansion_is_sorted_bounded_and_skips_every_exception(
            repeat in any_repeat(),
            start in 0..3000i64,
            span in 0..4000i64,
            count in proptest::option::of(1..=300u32),
            skip in proptest::collection::vec(0..4000i64, 0..20),
        ) {
            let first = d("2025-01-01") + TimeDelta::days(start);
            let end = match count {
                Some(count) => SeriesEnd::Count { count },
                None => SeriesEnd::Until { date: (first + TimeDelta::days(span)).to_string() },
            };
            let rule = RecurrenceRule { repeat, end: end.clone() };
            let all = expand(first, &rule, &[]);
            let exceptions: Vec<NaiveDate> = skip.iter().map(|s| first + TimeDelta::days(*s))
                .chain(all.iter().step_by(3).copied()).collect();
            let dates = expand(first, &rule, &exceptions);
            prop_assert!(dates.len() <= MAX_OCCURRENCES);
            prop_assert!(dates.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(dates.iter().all(|date| !exceptions.contains(date) && *date >= first));
            prop_assert!(dates.iter().all(|date| all.contains(date)));
            if let SeriesEnd::Until { date } = end {
                prop_assert!(dates.iter().all(|day| *day <= d(&date)));
            }
            if let Some(count) = count {
                prop_assert_eq!(all.len(), (count as usize).min(MAX_OCCURRENCES));
            }
        }
    }
}
