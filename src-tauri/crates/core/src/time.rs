//! Time formats of the store.
//!
//! Instants are UTC, stored as RFC 3339 text with milliseconds and a `Z` (`2026-11-29T08:30:00.000Z`), which
//! sorts as text in time order. Calendar dates (a pairing's start, a document's date) are `YYYY-MM-DD`.

use chrono::{NaiveDate, SecondsFormat, Utc};

use crate::error::{CoreError, CoreResult, ErrorCode};

/// The current instant in the store's text form.
#[must_use]
pub fn now_text() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Parses a calendar date typed by a user: exactly `YYYY-MM-DD`, and a real day (no 30 February).
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
    fn empty_optional_date_is_none() {
        assert_eq!(parse_optional_date(Some("  "), "since").unwrap(), None);
        assert_eq!(parse_optional_date(None, "since").unwrap(), None);
    }

    #[test]
    fn instants_are_utc_with_milliseconds() {
        let now = now_text();
        assert_eq!(now.len(), 24);
        assert!(now.ends_with('Z'));
    }
}
