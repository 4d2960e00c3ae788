//! VTIMEZONE blocks derived from the IANA data of `chrono-tz`, for the span of time a calendar covers.
//!
//! A zone without changes in the span (Tashkent +05, Moscow +03) gets one observance; a zone with daylight
//! saving gets one observance per change, each with its own DTSTART, so no recurrence rule has to be guessed.

use chrono::{DateTime, Datelike, Duration, NaiveDate, Offset, TimeZone, Utc};
use chrono_tz::Tz;

use super::text::push_folded;

/// The UTC offset of `zone` at `instant`, in seconds.
fn offset_at(zone: Tz, instant: DateTime<Utc>) -> i32 {
    zone.offset_from_utc_datetime(&instant.naive_utc())
        .fix()
        .local_minus_utc()
}

/// `+0500`, `-0330`.
fn offset_text(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.abs() / 60;
    format!("{sign}{:02}{:02}", minutes / 60, minutes % 60)
}

/// The instants at which `zone` changes its offset between `from` and `to`, found day by day and then to the
/// second.
fn changes(zone: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<DateTime<Utc>> {
    let mut found = Vec::new();
    let mut day = from;
    while day < to {
        let next = day + Duration::days(1);
        if offset_at(zone, day) != offset_at(zone, next) {
            let (mut low, mut high) = (day, next);
            // Halving a whole number of seconds keeps both ends on whole seconds.
            while high - low > Duration::seconds(1) {
                let middle = low + Duration::seconds((high - low).num_seconds() / 2);
                if offset_at(zone, middle) == offset_at(zone, low) {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            found.push(high);
        }
        day = next;
    }
    found
}

/// Appends the VTIMEZONE of `zone` valid from the start of the year of `first` to the end of the year of
/// `last`.
pub fn push_vtimezone(out: &mut String, zone: Tz, first: DateTime<Utc>, last: DateTime<Utc>) {
    let year_start = |year: i32| {
        NaiveDate::from_ymd_opt(year, 1, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map_or(first, |d| d.and_utc())
    };
    let from = year_start(first.year());
    let to = year_start(last.year() + 1);
    let mut points = vec![from];
    points.extend(changes(zone, from, to));
    let lowest = points
        .iter()
        .map(|at| offset_at(zone, *at))
        .min()
        .unwrap_or(0);
    push_folded(out, "BEGIN:VTIMEZONE");
    push_folded(out, &format!("TZID:{}", zone.name()));
    for (index, at) in points.iter().enumerate() {
        let after = offset_at(zone, *at);
        let before = if index == 0 {
            after
        } else {
            offset_at(zone, *at - Duration::seconds(1))
        };
        let kind = if after > lowest {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        let local_onset = at.naive_utc() + Duration::seconds(i64::from(before));
        let name = at.with_timezone(&zone).format("%Z").to_string();
        push_folded(out, &format!("BEGIN:{kind}"));
        push_folded(
            out,
            &format!("DTSTART:{}", local_onset.format("%Y%m%dT%H%M%S")),
        );
        push_folded(out, &format!("TZOFFSETFROM:{}", offset_text(before)));
        push_folded(out, &format!("TZOFFSETTO:{}", offset_text(after)));
        push_folded(out, &format!("TZNAME:{}", super::text::escape(&name)));
        push_folded(out, &format!("END:{kind}"));
    }
    push_folded(out, "END:VTIMEZONE");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn tashkent_and_moscow_have_one_standard_observance() {
        for (zone, offset) in [
            (chrono_tz::Asia::Tashkent, "+0500"),
            (chrono_tz::Europe::Moscow, "+0300"),
        ] {
            let mut out = String::new();
            push_vtimezone(
                &mut out,
                zone,
                at("2026-05-27T05:00:00Z"),
                at("2027-02-01T05:00:00Z"),
            );
            assert_eq!(out.matches("BEGIN:STANDARD").count(), 1, "{out}");
            assert!(!out.contains("DAYLIGHT"));
            assert!(out.contains(&format!("TZOFFSETTO:{offset}")));
        }
    }

    #[test]
    fn a_zone_with_summer_time_gets_each_change() {
        let mut out = String::new();
        push_vtimezone(
            &mut out,
            chrono_tz::Europe::Berlin,
            at("2026-05-27T05:00:00Z"),
            at("2026-06-01T05:00:00Z"),
        );
        assert_eq!(out.matches("BEGIN:DAYLIGHT").count(), 1, "{out}");
        for change in [
            "DTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200",
            "DTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100",
        ] {
            assert!(out.contains(change), "{change} missing from {out}");
        }
    }
}
