//! Date-time values of iCalendar properties: UTC, with a TZID, floating, or a whole day.

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use council_core::{CoreError, ErrorCode};

use super::text::ContentLine;
use super::tzdef::{FileZone, FileZones};

/// Windows zone names that calendar programs such as Outlook and Exchange write in TZID (after the CLDR
/// table): the zones the council meets in, then those of partners it often calls.
const WINDOWS_ZONES: [(&str, &str); 24] = [
    ("West Asia Standard Time", "Asia/Tashkent"),
    ("Russian Standard Time", "Europe/Moscow"),
    ("Russia Time Zone 3", "Europe/Samara"),
    ("Ekaterinburg Standard Time", "Asia/Yekaterinburg"),
    ("N. Central Asia Standard Time", "Asia/Novosibirsk"),
    ("Kaliningrad Standard Time", "Europe/Kaliningrad"),
    ("Omsk Standard Time", "Asia/Omsk"),
    ("North Asia Standard Time", "Asia/Krasnoyarsk"),
    ("North Asia East Standard Time", "Asia/Irkutsk"),
    ("Yakutsk Standard Time", "Asia/Yakutsk"),
    ("Vladivostok Standard Time", "Asia/Vladivostok"),
    ("Central Asia Standard Time", "Asia/Almaty"),
    ("Belarus Standard Time", "Europe/Minsk"),
    ("Turkey Standard Time", "Europe/Istanbul"),
    ("Arabian Standard Time", "Asia/Dubai"),
    ("India Standard Time", "Asia/Kolkata"),
    ("China Standard Time", "Asia/Shanghai"),
    ("W. Europe Standard Time", "Europe/Berlin"),
    ("GMT Standard Time", "Europe/London"),
    ("E. South America Standard Time", "America/Sao_Paulo"),
    ("Eastern Standard Time", "America/New_York"),
    ("Central Standard Time", "America/Chicago"),
    ("Pacific Standard Time", "America/Los_Angeles"),
    ("UTC", "UTC"),
];

/// A zone named in TZID: an IANA name (with or without a leading `/`) or a known Windows name.
pub fn zone_named(name: &str) -> Result<Tz, CoreError> {
    let name = name.trim().trim_start_matches('/');
    name.parse::<Tz>()
        .ok()
        .or_else(|| windows_zone(name))
        .ok_or_else(|| CoreError::new(ErrorCode::InvalidTimeZone, name))
}

/// The IANA zone of a Windows zone name (`West Asia Standard Time`).
fn windows_zone(name: &str) -> Option<Tz> {
    WINDOWS_ZONES
        .iter()
        .find(|(windows, _)| windows.eq_ignore_ascii_case(name.trim()))
        .and_then(|(_, iana)| iana.parse().ok())
}

/// A DTSTART or DTEND as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When<'a> {
    /// `…Z`: an instant.
    Utc(DateTime<Utc>),
    /// `TZID=…` naming a zone the file defines (VTIMEZONE): a wall-clock time on that definition's clock.
    Defined(NaiveDateTime, &'a FileZone),
    /// `TZID=…` naming an IANA (or Windows) zone the file does not define: a wall-clock time in that zone.
    Zoned(NaiveDateTime, Tz),
    /// No zone: the wall clock of wherever the session is.
    Floating(NaiveDateTime),
    /// `VALUE=DATE`: a whole day.
    Day(NaiveDate),
}

impl<'a> When<'a> {
    /// Reads a property value; a TZID is looked up first among the zones the file defines (RFC 5545).
    pub fn parse(line: &ContentLine, zones: &'a FileZones) -> Result<When<'a>, CoreError> {
        let value = line.value.trim();
        let bad = || CoreError::new(ErrorCode::InvalidDateTime, value);
        if line
            .param("VALUE")
            .is_some_and(|v| v.eq_ignore_ascii_case("DATE"))
            || value.len() == 8
        {
            return NaiveDate::parse_from_str(value, "%Y%m%d")
                .map(When::Day)
                .map_err(|_| bad());
        }
        let (naive, utc) = match value.strip_suffix(['Z', 'z']) {
            Some(rest) => (rest, true),
            None => (value, false),
        };
        let naive = NaiveDateTime::parse_from_str(naive, "%Y%m%dT%H%M%S").map_err(|_| bad())?;
        if utc {
            return Ok(When::Utc(naive.and_utc()));
        }
        match line.param("TZID") {
            Some(name) => match zones.find(name) {
                Some(defined) => Ok(When::Defined(naive, defined)),
                None => Ok(When::Zoned(naive, zone_named(name)?)),
            },
            None => Ok(When::Floating(naive)),
        }
    }

    /// The instant, reading floating times and days on the clock of `zone`; `None` for a wall-clock time that
    /// does not exist there.
    #[must_use]
    pub fn instant(self, zone: Tz) -> Option<DateTime<Utc>> {
        let local = |naive: NaiveDateTime, tz: Tz| {
            tz.from_local_datetime(&naive)
                .earliest()
                .map(|t| t.with_timezone(&Utc))
        };
        match self {
            When::Utc(instant) => Some(instant),
            When::Defined(naive, defined) => defined.instant_of(naive),
            When::Zoned(naive, tz) => local(naive, tz),
            When::Floating(naive) => local(naive, zone),
            When::Day(day) => local(day.and_hms_opt(0, 0, 0)?, zone),
        }
    }
}

/// Reads a DURATION (`PT1H30M`, `P1D`, `-PT15M`) as a length of time.
pub fn parse_duration(text: &str) -> Result<Duration, CoreError> {
    let bad = || CoreError::new(ErrorCode::InvalidValue, text.trim());
    let text = text.trim();
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let rest = rest.strip_prefix(['P', 'p']).ok_or_else(bad)?;
    let mut total = Duration::zero();
    let mut number = String::new();
    let mut in_time = false;
    for c in rest.chars() {
        match c.to_ascii_uppercase() {
            'T' => in_time = true,
            digit if digit.is_ascii_digit() => number.push(digit),
            unit => {
                let n: i64 = number.parse().map_err(|_| bad())?;
                number.clear();
                let part = match (unit, in_time) {
                    ('W', false) => Duration::try_weeks(n),
                    ('D', false) => Duration::try_days(n),
                    ('H', true) => Duration::try_hours(n),
                    ('M', true) => Duration::try_minutes(n),
                    ('S', true) => Duration::try_seconds(n),
                    _ => None,
                };
                total = part
                    .and_then(|part| total.checked_add(&part))
                    .ok_or_else(bad)?;
            }
        }
    }
    if !number.is_empty() {
        return Err(bad());
    }
    Ok(if negative { -total } else { total })
}

#[cfg(test)]
mod tests {
    use super::super::text::parse_line;
    use super::*;

    fn when(text: &str) -> Result<When<'static>, CoreError> {
        let none: &'static FileZones = Box::leak(Box::default());
        When::parse(&parse_line(1, text).unwrap(), none)
    }

    #[test]
    fn every_form_of_start_is_read() {
        let tashkent = chrono_tz::Asia::Tashkent;
        let expected = "2026-05-27T05:00:00Z".parse::<DateTime<Utc>>().unwrap();
        for text in [
            "DTSTART;TZID=Asia/Tashkent:20260527T100000",
            "DTSTART;TZID=West Asia Standard Time:20260527T100000",
            "DTSTART;TZID=\"Pacific Standard Time\":20260526T220000",
            "DTSTART:20260527T050000Z",
            "DTSTART:20260527T100000",
        ] {
            assert_eq!(
                when(text).unwrap().instant(tashkent),
                Some(expected),
                "{text}"
            );
        }
        let day = when("DTSTART;VALUE=DATE:20260527").unwrap();
        assert_eq!(
            day,
            When::Day(NaiveDate::from_ymd_opt(2026, 5, 27).unwrap())
        );
        assert_eq!(
            when("DTSTART;TZID=Mars/Olympus:20260527T100000")
                .unwrap_err()
                .code,
            ErrorCode::InvalidTimeZone
        );
        assert_eq!(
            when("DTSTART:tomorrow").unwrap_err().code,
            ErrorCode::InvalidDateTime
        );
    }

    #[test]
    fn durations_are_read() {
        assert_eq!(parse_duration("PT1H30M").unwrap(), Duration::minutes(90));
        assert_eq!(parse_duration("P1DT2H").unwrap(), Duration::hours(26));
        assert!(parse_duration("1H").is_err());
        assert!(parse_duration("PT5").is_err());
        assert!(
            parse_duration("PT99999999999999H").is_err(),
            "too long is refused, not a panic"
        );
    }
}
