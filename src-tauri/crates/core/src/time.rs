//! Time formats of the store.
//!
//! Instants are UTC, stored as RFC 3339 text with milliseconds and a `Z` (`2026-11-29T08:30:00.000Z`), which
//! sorts as text in time order. Calendar dates (a pairing's start, a document's date) are `YYYY-MM-DD`.

use std::ops::RangeInclusive;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, SecondsFormat, TimeZone, Utc};
use chrono_tz::Tz;

use crate::error::{CoreError, CoreResult, ErrorCode};

/// The capitals whose clocks screens and documents show side by side.
pub const TASHKENT: Tz = chrono_tz::Asia::Tashkent;
/// See [`TASHKENT`].
pub const MOSCOW: Tz = chrono_tz::Europe::Moscow;

/// The years a date typed by a user may fall in. The register holds a council founded in this century;
/// a year outside these is a typing slip (`0202`, `20255` cut to `2025`… or `9999` as "never"), refused as
/// input before anything computes with it or stores it.
pub const YEARS: RangeInclusive<i32> = 1900..=2200;

/// Refuses a date outside [`YEARS`] as `date_out_of_range` on `field`, quoting `text`.
fn within_years(date: NaiveDate, text: &str, field: &'static str) -> CoreResult<NaiveDate> {
    if YEARS.contains(&date.year()) {
        Ok(date)
    } else {
        Err(CoreError::new(ErrorCode::DateOutOfRange, text).on(field))
    }
}

/// The current instant in the store's text form.
#[must_use]
pub fn now_text() -> String {
    instant_text(Utc::now())
}

/// An instant in the store's text form.
#[must_use]
pub fn instant_text(instant: DateTime<Utc>) -> String {
    instant.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Reads an instant the store wrote; anything else is a storage error (the store never writes it).
pub fn parse_instant_text(text: &str) -> CoreResult<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|instant| instant.with_timezone(&Utc))
        .map_err(|_| CoreError::new(ErrorCode::Storage, format!("bad instant {text:?}")))
}

/// Parses an IANA time zone name (`Asia/Tashkent`).
pub fn parse_zone(text: &str, field: &'static str) -> CoreResult<Tz> {
    text.trim()
        .parse::<Tz>()
        .map_err(|_| CoreError::new(ErrorCode::InvalidTimeZone, text.trim()).on(field))
}

/// Parses a wall-clock time typed by a user (`YYYY-MM-DD HH:MM`, or with a `T`) in `zone`, as a UTC instant.
/// A time that does not exist in the zone (a spring-forward gap) is refused; an ambiguous one takes the earlier.
pub fn parse_local_datetime(
    text: &str,
    zone: Tz,
    field: &'static str,
) -> CoreResult<DateTime<Utc>> {
    let trimmed = text.trim();
    let bad = || CoreError::new(ErrorCode::InvalidDateTime, trimmed).on(field);
    let naive = [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S",
    ]
    .iter()
    .find_map(|format| NaiveDateTime::parse_from_str(trimmed, format).ok())
    .ok_or_else(bad)?;
    within_years(naive.date(), trimmed, field)?;
    zone.from_local_datetime(&naive)
        .earliest()
        .map(|local| local.with_timezone(&Utc))
        .ok_or_else(bad)
}

/// Today's calendar date in `zone`.
#[must_use]
pub fn today_in(zone: Tz) -> NaiveDate {
    Utc::now().with_timezone(&zone).date_naive()
}

/// Parses a calendar date typed by a user: exactly `YYYY-MM-DD`, a real day (no 30 February), in the
/// years 1900–2200 ([`YEARS`]).
pub fn parse_date(text: &str, field: &'static str) -> CoreResult<NaiveDate> {
    let trimmed = text.trim();
    let well_formed = trimmed.len() == 10
        && trimmed.chars().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        });
    well_formed
        .then(|| NaiveDate::parse_from_str(trimmed, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| CoreError::new(ErrorCode::InvalidDate, trimmed).on(field))
        .and_then(|date| within_years(date, trimmed, field))
}

/// Parses an optional date: empty text is no date.
pub fn parse_optional_date(
    text: Option<&str>,
    field: &'static str,
) -> CoreResult<Option<NaiveDate>> {
    match text.map(str::trim) {
        None | Some("") => Ok(None),
        Some(value) => parse_date(value, field).map(Some),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_real_dates_only() {
        assert_eq!(
            parse_date("2024-02-29", "since").unwrap(),
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap()
        );
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-1-01",
            "01.02.2025",
            "yesterday",
            "2025-02-30",
        ] {
            let error = parse_date(bad, "since").unwrap_err();
            assert_eq!(error.code, ErrorCode::InvalidDate, "{bad}");
            assert_eq!(error.field, Some("since"));
        }
    }

    #[test]
    fn dates_outside_1900_to_2200_are_refused_with_the_field_named() {
        for good in ["1900-01-01", "2200-12-31"] {
            parse_date(good, "due_date").unwrap();
        }
        for far in ["0001-01-01", "1899-12-31", "2201-01-01", "9999-12-31"] {
            let error = parse_date(far, "due_date").unwrap_err();
            assert_eq!(
                (error.code, error.field),
                (ErrorCode::DateOutOfRange, Some("due_date")),
                "{far}"
            );
            assert!(error.message(crate::Lang::En).contains(far));
        }
        for far in ["0001-01-01 00:00", "9999-12-31 23:59"] {
            let error = parse_local_datetime(far, TASHKENT, "starts_at").unwrap_err();
            assert_eq!(
                (error.code, error.field),
                (ErrorCode::DateOutOfRange, Some("starts_at")),
                "{far}"
            );
        }
    }

    #[test]
    fn empty_optional_date_is_none() {
        assert_eq!(parse_optional_date(Some("  "), "since").unwrap(), None);
        assert_eq!(parse_optional_date(None, "since").unwrap(), None);
    }

    #[test]
    fn local_times_become_utc_instants() {
        let instant = parse_local_datetime("2026-05-27 23:30", MOSCOW, "starts_at").unwrap();
        assert_eq!(instant_text(instant), "2026-05-27T20:30:00.000Z");
        let in_tashkent = instant.with_timezone(&TASHKENT);
        assert_eq!(
            in_tashkent.format("%Y-%m-%d %H:%M").to_string(),
            "2026-05-28 01:30"
        );
        assert_eq!(
            parse_instant_text("2026-05-27T20:30:00.000Z").unwrap(),
            instant
        );
    }

    #[test]
    fn bad_times_and_zones_are_refused() {
        let error = parse_local_datetime("2026-02-30 10:00", TASHKENT, "starts_at").unwrap_err();
        assert_eq!(
            (error.code, error.field),
            (ErrorCode::InvalidDateTime, Some("starts_at"))
        );
        assert_eq!(
            parse_zone("Mars/Olympus", "time_zone").unwrap_err().code,
            ErrorCode::InvalidTimeZone
        );
        assert_eq!(
            parse_zone(" Asia/Samarkand ", "time_zone").unwrap(),
            chrono_tz::Asia::Samarkand
        );
    }

    #[test]
    fn instants_are_utc_with_milliseconds() {
        let now = now_text();
        assert_eq!(now.len(), 24);
        assert!(now.ends_with('Z'));
    }
}
