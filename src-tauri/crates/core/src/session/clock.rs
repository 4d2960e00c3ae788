//! The two clocks: every time of a session is shown on the venue's clock and on Tashkent's and Moscow's.

use chrono::{DateTime, NaiveDate, Offset, Timelike, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::time::{MOSCOW, TASHKENT, instant_text};

/// One instant as the wall clock of one zone shows it; the date is that zone's, so it rolls over at its midnight.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct LocalTime {
    /// The IANA zone (`Asia/Tashkent`).
    pub zone: String,
    /// The calendar date on this clock.
    pub date: NaiveDate,
    /// `HH:MM` on this clock.
    pub time: String,
    /// The offset from UTC, `+05:00`.
    pub offset: String,
}

impl LocalTime {
    /// `instant` on the wall clock of `zone`.
    #[must_use]
    pub fn at(instant: DateTime<Utc>, zone: Tz) -> LocalTime {
        let local = instant.with_timezone(&zone);
        // Written out rather than through `format`, which parses its pattern on every call: an agenda shows
        // six of these per item.
        let offset = local.offset().fix().local_minus_utc();
        let sign = if offset < 0 { '-' } else { '+' };
        let offset = offset.unsigned_abs();
        LocalTime {
            zone: zone.name().to_owned(),
            date: local.date_naive(),
            time: format!("{:02}:{:02}", local.hour(), local.minute()),
            offset: format!("{sign}{:02}:{:02}", offset / 3600, offset % 3600 / 60),
        }
    }

    /// `YYYY-MM-DD HH:MM`, the form the command line prints and accepts.
    #[must_use]
    pub fn text(&self) -> String {
        format!("{} {}", self.date, self.time)
    }
}

/// One instant of a session on the venue's, Tashkent's and Moscow's clocks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Clocks {
    /// The instant itself, UTC text as the store keeps it.
    pub utc: String,
    pub venue: LocalTime,
    pub tashkent: LocalTime,
    pub moscow: LocalTime,
    /// Whether Tashkent's and Moscow's wall clocks show different times, so both must be shown.
    pub capitals_differ: bool,
}

impl Clocks {
    /// `instant` on the clocks of `venue`, Tashkent and Moscow.
    #[must_use]
    pub fn at(instant: DateTime<Utc>, venue: Tz) -> Clocks {
        let tashkent = LocalTime::at(instant, TASHKENT);
        let moscow = LocalTime::at(instant, MOSCOW);
        let capitals_differ = (&tashkent.date, &tashkent.time) != (&moscow.date, &moscow.time);
        Clocks {
            utc: instant_text(instant),
            venue: LocalTime::at(instant, venue),
            tashkent,
            moscow,
            capitals_differ,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::parse_local_datetime;

    #[test]
    fn wall_clock_time_and_offset_read_as_chrono_formats_them() {
        let zones: [Tz; 6] = [
            TASHKENT,
            MOSCOW,
            "Asia/Kolkata".parse().unwrap(),
            "America/St_Johns".parse().unwrap(),
            "Pacific/Honolulu".parse().unwrap(),
            "Asia/Kamchatka".parse().unwrap(),
        ];
        let start = parse_local_datetime("2026-01-01 00:00", TASHKENT, "starts_at").unwrap();
        for step in 0..2_000 {
            // Every 263 minutes through more than a year: every hour and minute pattern, both DST changes.
            let instant = start + chrono::TimeDelta::minutes(263 * step);
            for zone in zones {
                let local = instant.with_timezone(&zone);
                let shown = LocalTime::at(instant, zone);
                assert_eq!(shown.time, local.format("%H:%M").to_string());
                assert_eq!(shown.offset, local.format("%:z").to_string());
                assert_eq!(shown.date, local.date_naive());
            }
        }
    }

    #[test]
    fn a_late_moscow_start_is_the_next_day_in_tashkent() {
        let instant = parse_local_datetime("2026-05-27 23:30", MOSCOW, "starts_at").unwrap();
        let clocks = Clocks::at(instant, MOSCOW);
        assert_eq!(clocks.venue.text(), "2026-05-27 23:30");
        assert_eq!(clocks.moscow.text(), "2026-05-27 23:30");
        assert_eq!(clocks.tashkent.text(), "2026-05-28 01:30");
        assert_eq!(clocks.tashkent.offset, "+05:00");
        assert_eq!(clocks.moscow.offset, "+03:00");
        assert!(clocks.capitals_differ);
        assert_eq!(clocks.utc, "2026-05-27T20:30:00.000Z");
    }

    #[test]
    fn an_early_tashkent_start_is_the_previous_day_in_moscow() {
        let instant = parse_local_datetime("2026-01-01 01:00", TASHKENT, "starts_at").unwrap();
        let clocks = Clocks::at(instant, TASHKENT);
        assert_eq!(clocks.moscow.text(), "2025-12-31 23:00");
        assert_eq!(clocks.venue.zone, "Asia/Tashkent");
    }
}
