//! Zones a calendar file defines itself (VTIMEZONE, RFC 5545 §3.6.5), as Outlook, Exchange and many other
//! programs write them: `TZID:(UTC+05:00) Ashgabat, Tashkent` with its STANDARD and DAYLIGHT observances.
//!
//! Times are read by the file's own definition (observance onsets, yearly rules such as
//! `FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`, RDATEs), so the instant is the one the writer meant. The venue then
//! gets an IANA zone with the same offsets: one the TZID names or describes (a city of its display name) when
//! there is one, else the nearest zone the app knows with the same offsets.

use std::cell::RefCell;

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc, Weekday,
};
use chrono_tz::Tz;

use super::read::Component;
use super::text::unescape;

/// The zones of the register's regions, the two capitals first: the zones a venue is normally in, and the
/// ones preferred when a file's zone has to be matched by its offsets.
pub const KNOWN_ZONES: [&str; 25] = [
    "Asia/Tashkent",
    "Europe/Moscow",
    "Asia/Samarkand",
    "Europe/Kaliningrad",
    "Europe/Samara",
    "Asia/Yekaterinburg",
    "Asia/Omsk",
    "Asia/Novosibirsk",
    "Asia/Krasnoyarsk",
    "Asia/Irkutsk",
    "Asia/Yakutsk",
    "Asia/Vladivostok",
    "Asia/Magadan",
    "Asia/Kamchatka",
    "Europe/Volgograd",
    "Europe/Kirov",
    "Europe/Astrakhan",
    "Europe/Saratov",
    "Europe/Ulyanovsk",
    "Asia/Barnaul",
    "Asia/Tomsk",
    "Asia/Novokuznetsk",
    "Asia/Chita",
    "Asia/Sakhalin",
    "Asia/Anadyr",
];

/// City names that display names use but IANA does not (other spellings, other languages), with their zone.
const CITY_ALIASES: [(&str, &str); 22] = [
    ("brasilia", "America/Sao_Paulo"),
    ("st petersburg", "Europe/Moscow"),
    ("saint petersburg", "Europe/Moscow"),
    ("beijing", "Asia/Shanghai"),
    ("new delhi", "Asia/Kolkata"),
    ("abu dhabi", "Asia/Dubai"),
    ("kiev", "Europe/Kyiv"),
    ("washington", "America/New_York"),
    ("ташкент", "Asia/Tashkent"),
    ("toshkent", "Asia/Tashkent"),
    ("самарканд", "Asia/Samarkand"),
    ("samarqand", "Asia/Samarkand"),
    ("москва", "Europe/Moscow"),
    ("moskva", "Europe/Moscow"),
    ("санкт-петербург", "Europe/Moscow"),
    ("волгоград", "Europe/Volgograd"),
    ("екатеринбург", "Asia/Yekaterinburg"),
    ("самара", "Europe/Samara"),
    ("новосибирск", "Asia/Novosibirsk"),
    ("калининград", "Europe/Kaliningrad"),
    ("владивосток", "Asia/Vladivostok"),
    ("ашхабад", "Asia/Ashgabat"),
];

/// Observances read per zone, and RDATEs per observance: real files have a few of each (a zone's whole
/// history is under a hundred changes); the bounds keep a hostile file from making every event slow.
const MAX_OBSERVANCES: usize = 200;
const MAX_DATES: usize = 50;

/// How the venue's zone was found for a file's zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// Named or described by the TZID (`Asia/Tashkent`, `custom_America/New_York`, `… Ashgabat, Tashkent`).
    Named,
    /// Nothing in the name matched: the nearest known zone with the same offsets.
    SameOffset,
}

/// The day of the month a yearly rule falls on.
#[derive(Debug, Clone, PartialEq, Eq)]
enum RuleDay {
    /// The `nth` `weekday` of the month, counted from the end when negative (`-1SU`: the last Sunday).
    Nth(i32, Weekday),
    /// The first `weekday` on one of these days of the month (`BYMONTHDAY=8,…,14;BYDAY=SU`).
    FirstOn(Weekday, Vec<u32>),
    /// A fixed day of the month.
    Day(u32),
}

/// `FREQ=YEARLY` with one month: the only rule zones use.
#[derive(Debug, Clone, PartialEq, Eq)]
struct YearlyRule {
    month: u32,
    day: RuleDay,
    interval: i32,
    until: Option<DateTime<Utc>>,
    count: Option<i32>,
}

/// One STANDARD or DAYLIGHT observance.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Observance {
    /// The first onset, on the clock of `from`.
    start: NaiveDateTime,
    from: i32,
    to: i32,
    rule: Option<YearlyRule>,
    /// Further onsets (RDATE), on the clock of `from`.
    dates: Vec<NaiveDateTime>,
}

/// A zone defined in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileZone {
    /// As the file names it.
    pub tzid: String,
    observances: Vec<Observance>,
    /// Zones the name points at, in order of preference.
    hints: Vec<Tz>,
    /// The venue zones found so far, by year.
    found: RefCell<Vec<(i32, Tz, Match)>>,
}

/// The zones a file defines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileZones(Vec<FileZone>);

impl FileZones {
    /// The zones of the file's VTIMEZONE components; one without a TZID or without a readable observance
    /// defines nothing.
    #[must_use]
    pub fn read(components: &[Component]) -> FileZones {
        FileZones(components.iter().filter_map(FileZone::read).collect())
    }

    /// The zone the file defines under `tzid`, as written in a TZID parameter.
    #[must_use]
    pub fn find(&self, tzid: &str) -> Option<&FileZone> {
        let tzid = tzid.trim();
        self.0.iter().find(|zone| zone.tzid == tzid)
    }
}

/// `+0500`, `-0330`, `+053000` as seconds east of UTC.
fn parse_offset(text: &str) -> Option<i32> {
    let text = text.trim();
    let (sign, digits) = match text.split_at_checked(1)? {
        ("+", rest) => (1, rest),
        ("-", rest) => (-1, rest),
        _ => return None,
    };
    if !(digits.len() == 4 || digits.len() == 6) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number = |range: std::ops::Range<usize>| digits.get(range)?.parse::<i32>().ok();
    let seconds = if digits.len() == 6 { number(4..6)? } else { 0 };
    let (hours, minutes) = (number(0..2)?, number(2..4)?);
    (hours < 24 && minutes < 60 && seconds < 60)
        .then_some(sign * (hours * 3600 + minutes * 60 + seconds))
}

fn parse_local(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    let text = text.strip_suffix(['Z', 'z']).unwrap_or(text);
    NaiveDateTime::parse_from_str(text, "%Y%m%dT%H%M%S")
        .ok()
        .or_else(|| {
            NaiveDate::parse_from_str(text, "%Y%m%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
        })
}

fn weekday(text: &str) -> Option<Weekday> {
    Some(match text {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

impl YearlyRule {
    /// Reads an RRULE; `None` for anything but one date a year.
    fn parse(text: &str, from: i32) -> Option<YearlyRule> {
        let mut freq = None;
        let (mut month, mut by_day, mut month_days) = (None, None, Vec::new());
        let (mut interval, mut until, mut count) = (1, None, None);
        for part in text.trim().split(';') {
            let (key, value) = part.split_once('=')?;
            let value = value.trim().to_ascii_uppercase();
            match key.trim().to_ascii_uppercase().as_str() {
                "FREQ" => freq = Some(value),
                "BYMONTH" => {
                    month = Some(value.parse::<u32>().ok().filter(|m| (1..=12).contains(m))?);
                }
                "BYDAY" => by_day = Some(value),
                "BYMONTHDAY" => {
                    for day in value.split(',') {
                        month_days.push(day.parse::<u32>().ok().filter(|d| (1..=31).contains(d))?);
                    }
                }
                "INTERVAL" => {
                    interval = value
                        .parse::<i32>()
                        .ok()
                        .filter(|i| (1..=100).contains(i))?;
                }
                "COUNT" => count = Some(value.parse::<i32>().ok()?),
                "UNTIL" => {
                    let local = parse_local(&value)?;
                    until = Some(if value.ends_with('Z') {
                        local.and_utc()
                    } else {
                        local
                            .checked_sub_signed(Duration::seconds(i64::from(from)))?
                            .and_utc()
                    });
                }
                // Week start and other parts do not change a once-a-year date.
                _ => {}
            }
        }
        if freq.as_deref() != Some("YEARLY") {
            return None;
        }
        let day = match (by_day, month_days.as_slice()) {
            (Some(by_day), []) => {
                let split = by_day.len().checked_sub(2)?;
                let (nth, name) = by_day.split_at_checked(split)?;
                let nth = if nth.is_empty() {
                    1
                } else {
                    nth.trim_start_matches('+').parse::<i32>().ok()?
                };
                if nth == 0 || nth.abs() > 5 {
                    return None;
                }
                RuleDay::Nth(nth, weekday(name)?)
            }
            (Some(by_day), days) => RuleDay::FirstOn(weekday(&by_day)?, days.to_vec()),
            (None, [day]) => RuleDay::Day(*day),
            _ => return None,
        };
        Some(YearlyRule {
            month: month?,
            day,
            interval,
            until,
            count,
        })
    }

    /// The date the rule gives in `year`, if that month has it.
    fn date_in(&self, year: i32) -> Option<NaiveDate> {
        match &self.day {
            RuleDay::Nth(nth, weekday) => {
                let count = u8::try_from(nth.unsigned_abs()).ok()?;
                if *nth > 0 {
                    return NaiveDate::from_weekday_of_month_opt(year, self.month, *weekday, count);
                }
                let (next_year, next_month) = if self.month == 12 {
                    (year.checked_add(1)?, 1)
                } else {
                    (year, self.month + 1)
                };
                let last = NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()?;
                let back = (7 + last.weekday().num_days_from_monday()
                    - weekday.num_days_from_monday())
                    % 7;
                let date = last.checked_sub_signed(Duration::days(
                    i64::from(back) + 7 * i64::from(count - 1),
                ))?;
                (date.month() == self.month).then_some(date)
            }
            RuleDay::FirstOn(weekday, days) => days
                .iter()
                .filter_map(|day| NaiveDate::from_ymd_opt(year, self.month, *day))
                .filter(|date| date.weekday() == *weekday)
                .min(),
            RuleDay::Day(day) => NaiveDate::from_ymd_opt(year, self.month, *day),
        }
    }
}

impl Observance {
    fn read(component: &Component) -> Option<Observance> {
        let from = parse_offset(&component.get("TZOFFSETFROM")?.value)?;
        let to = parse_offset(&component.get("TZOFFSETTO")?.value)?;
        let start = parse_local(&component.get("DTSTART")?.value)?;
        let rule = component
            .get("RRULE")
            .and_then(|line| YearlyRule::parse(&line.value, from));
        let dates = component
            .all("RDATE")
            .flat_map(|line| line.value.split(','))
            .filter_map(|value| parse_local(value.split('/').next().unwrap_or(value)))
            .take(MAX_DATES)
            .collect();
        Some(Observance {
            start,
            from,
            to,
            rule,
            dates,
        })
    }

    /// The instant of an onset written on the clock of `from`.
    fn instant(&self, local: NaiveDateTime) -> Option<DateTime<Utc>> {
        Some(
            local
                .checked_sub_signed(Duration::seconds(i64::from(self.from)))?
                .and_utc(),
        )
    }

    /// Its onsets that may decide the offset in `year`: the listed ones, and the rule's in the years around.
    fn onsets_near(&self, year: i32, out: &mut Vec<(DateTime<Utc>, i32)>) {
        for local in std::iter::once(self.start).chain(self.dates.iter().copied()) {
            out.extend(self.instant(local).map(|at| (at, self.to)));
        }
        let Some(rule) = &self.rule else {
            return;
        };
        let first = self.start.year();
        for year in year.saturating_sub(1)..=year.saturating_add(1) {
            let since = year - first;
            if since < 0 || since % rule.interval != 0 {
                continue;
            }
            if rule
                .count
                .is_some_and(|count| since / rule.interval >= count)
            {
                continue;
            }
            let Some(local) = rule.date_in(year).map(|d| d.and_time(self.start.time())) else {
                continue;
            };
            let Some(at) = self.instant(local) else {
                continue;
            };
            if local < self.start || rule.until.is_some_and(|until| at > until) {
                continue;
            }
            out.push((at, self.to));
        }
    }
}

/// Lowercase, accents and dots dropped, `_` as a space: `Brasília` → `brasilia`, `Sao_Paulo` → `sao paulo`.
fn city_key(text: &str) -> String {
    let folded: String = text
        .chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            'á' | 'à' | 'â' | 'ã' | 'ä' => Some('a'),
            'é' | 'è' | 'ê' | 'ë' => Some('e'),
            'í' | 'ì' | 'î' | 'ï' => Some('i'),
            'ó' | 'ò' | 'ô' | 'õ' | 'ö' => Some('o'),
            'ú' | 'ù' | 'û' | 'ü' => Some('u'),
            'ç' => Some('c'),
            'ñ' => Some('n'),
            '_' => Some(' '),
            '.' => None,
            other => Some(other),
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The zones a TZID points at: an IANA or Windows name (also inside a longer name, as in
/// `custom_America/New_York`), or the cities of a display name (`(UTC+05:00) Ashgabat, Tashkent`); known
/// zones first.
fn hints(tzid: &str) -> Vec<Tz> {
    let mut found: Vec<Tz> = Vec::new();
    let mut add = |zone: Tz| {
        if !found.contains(&zone) {
            found.push(zone);
        }
    };
    if let Ok(zone) = super::when::zone_named(tzid) {
        add(zone);
    }
    let lower = tzid.to_ascii_lowercase();
    let mut embedded: Vec<&Tz> = chrono_tz::TZ_VARIANTS
        .iter()
        .filter(|zone| {
            zone.name().contains('/') && lower.contains(&zone.name().to_ascii_lowercase())
        })
        .collect();
    embedded.sort_by_key(|zone| std::cmp::Reverse(zone.name().len()));
    for zone in embedded {
        add(*zone);
    }
    let cities = tzid.rsplit_once(')').map_or(tzid, |(_, rest)| rest);
    for city in cities
        .split([',', ';', '/'])
        .map(city_key)
        .filter(|c| !c.is_empty())
    {
        if let Some((_, zone)) = CITY_ALIASES.iter().find(|(alias, _)| *alias == city) {
            zone.parse::<Tz>().into_iter().for_each(&mut add);
        }
        chrono_tz::TZ_VARIANTS
            .iter()
            .filter(|zone| {
                zone.name()
                    .rsplit('/')
                    .next()
                    .is_some_and(|last| zone.name().contains('/') && city_key(last) == city)
            })
            .for_each(|zone| add(*zone));
    }
    let known = |zone: &Tz| KNOWN_ZONES.contains(&zone.name());
    let (mut first, rest): (Vec<Tz>, Vec<Tz>) = found.into_iter().partition(known);
    first.extend(rest);
    first
}

fn offset_of(zone: Tz, instant: DateTime<Utc>) -> i32 {
    zone.offset_from_utc_datetime(&instant.naive_utc())
        .fix()
        .local_minus_utc()
}

/// `+05:00`, `-03:00`.
#[must_use]
pub fn offset_label(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

impl FileZone {
    fn read(component: &Component) -> Option<FileZone> {
        let tzid = unescape(component.get("TZID")?.value.trim())
            .trim()
            .to_owned();
        let observances: Vec<Observance> = component
            .children
            .iter()
            .filter(|c| c.name == "STANDARD" || c.name == "DAYLIGHT")
            .filter_map(Observance::read)
            .take(MAX_OBSERVANCES)
            .collect();
        if tzid.is_empty() || observances.is_empty() {
            return None;
        }
        let hints = hints(&tzid);
        Some(FileZone {
            tzid,
            observances,
            hints,
            found: RefCell::new(Vec::new()),
        })
    }

    /// The onsets that may decide offsets in the years around `year`, in time order.
    fn onsets(&self, year: i32) -> Vec<(DateTime<Utc>, i32)> {
        let mut onsets = Vec::new();
        for observance in &self.observances {
            observance.onsets_near(year, &mut onsets);
        }
        onsets.sort_unstable();
        onsets
    }

    /// The offset before the first onset: the one the earliest observance changes from.
    fn offset_before(&self) -> i32 {
        self.observances
            .iter()
            .filter_map(|o| o.instant(o.start).map(|at| (at, o.from)))
            .min()
            .map_or(0, |(_, from)| from)
    }

    /// The offset in force at `instant` among `onsets` (in time order).
    fn offset_among(onsets: &[(DateTime<Utc>, i32)], before: i32, instant: DateTime<Utc>) -> i32 {
        match onsets.partition_point(|(at, _)| *at <= instant) {
            0 => before,
            index => onsets[index - 1].1,
        }
    }

    /// The offset in force at `instant`: that of the latest onset at or before it, or, before the first one,
    /// the offset the first one changes from.
    #[must_use]
    pub fn offset_at(&self, instant: DateTime<Utc>) -> i32 {
        Self::offset_among(&self.onsets(instant.year()), self.offset_before(), instant)
    }

    /// The instant of a wall-clock time on this zone's clock. A time repeated when the clocks go back is the
    /// earlier one; a time skipped when they go forward is read with the offset before the gap (RFC 5545).
    #[must_use]
    pub fn instant_of(&self, local: NaiveDateTime) -> Option<DateTime<Utc>> {
        let onsets = self.onsets(local.year());
        let before = self.offset_before();
        let offset_at = |instant| Self::offset_among(&onsets, before, instant);
        // Offsets are under a day, so only the onsets within two days of the wall-clock time can decide it.
        let guess = local.and_utc();
        let low = guess.checked_sub_signed(Duration::days(2))?;
        let high = guess.checked_add_signed(Duration::days(2))?;
        let mut offsets = vec![offset_at(low)];
        offsets.extend(
            onsets
                .iter()
                .filter(|(at, _)| low < *at && *at <= high)
                .map(|(_, offset)| *offset),
        );
        offsets.sort_unstable_by(|a, b| b.cmp(a));
        offsets.dedup();
        let at = |offset: i32| {
            local
                .checked_sub_signed(Duration::seconds(i64::from(offset)))
                .map(|t| t.and_utc())
        };
        for offset in &offsets {
            let instant = at(*offset)?;
            if offset_at(instant) == *offset {
                return Some(instant);
            }
        }
        at(offset_at(at(*offsets.first()?)?))
    }

    /// The IANA zone for a venue on this zone's clock at `at`: one the name points at whose offsets are the same
    /// through that year, else the first known zone with the same offsets, else any zone with them, else the
    /// known zone with the offset at `at`. Found once per year of the file's events.
    #[must_use]
    pub fn venue_zone(&self, at: DateTime<Utc>) -> (Tz, Match) {
        let year = at.year();
        if let Some((_, zone, how)) = self.found.borrow().iter().find(|(y, _, _)| *y == year) {
            return (*zone, *how);
        }
        let mut samples: Vec<DateTime<Utc>> = Vec::with_capacity(48);
        for month in 1..=12 {
            for day in [1, 8, 15, 22] {
                samples.extend(
                    NaiveDate::from_ymd_opt(year, month, day)
                        .and_then(|d| d.and_hms_opt(12, 0, 0))
                        .map(|t| t.and_utc()),
                );
            }
        }
        let wanted: Vec<i32> = samples.iter().map(|t| self.offset_at(*t)).collect();
        let same = |zone: &Tz| {
            samples
                .iter()
                .zip(&wanted)
                .all(|(t, offset)| offset_of(*zone, *t) == *offset)
        };
        let known = || {
            KNOWN_ZONES
                .iter()
                .filter_map(|name| name.parse::<Tz>().ok())
        };
        let any = || {
            chrono_tz::TZ_VARIANTS
                .iter()
                .copied()
                .filter(|zone| zone.name().contains('/') && !zone.name().starts_with("Etc/"))
        };
        let offset = self.offset_at(at);
        let found = match self.hints.iter().find(|zone| same(zone)) {
            Some(zone) => (*zone, Match::Named),
            None => (
                known()
                    .find(same)
                    .or_else(|| any().find(same))
                    .or_else(|| {
                        known()
                            .chain(any())
                            .find(|zone| offset_of(*zone, at) == offset)
                    })
                    .unwrap_or(Tz::UTC),
                Match::SameOffset,
            ),
        };
        self.found.borrow_mut().push((year, found.0, found.1));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::super::read::read_calendar;
    use super::*;

    fn defined(text: &str) -> FileZone {
        let calendar = read_calendar(text).unwrap();
        FileZones::read(&calendar.zones).0.remove(0)
    }

    fn local(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    const NEW_YORK: &str = "BEGIN:VTIMEZONE\nTZID:custom_America/New_York\nBEGIN:STANDARD\n\
        DTSTART:16011104T020000\nRRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0500\n\
        END:STANDARD\nBEGIN:DAYLIGHT\nDTSTART:16010311T020000\nRRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3\n\
        TZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nEND:DAYLIGHT\nEND:VTIMEZONE\n";

    #[test]
    fn yearly_rules_give_the_changes_of_every_year() {
        let zone = defined(NEW_YORK);
        assert_eq!(
            zone.instant_of(local("2026-03-08 01:59")),
            Some(utc("2026-03-08T06:59:00Z"))
        );
        assert_eq!(
            zone.instant_of(local("2026-03-08 03:00")),
            Some(utc("2026-03-08T07:00:00Z"))
        );
        assert_eq!(
            zone.instant_of(local("2026-03-08 02:30")),
            Some(utc("2026-03-08T07:30:00Z")),
            "a skipped time is read with the offset before the gap"
        );
        assert_eq!(
            zone.instant_of(local("2026-11-01 01:30")),
            Some(utc("2026-11-01T05:30:00Z")),
            "a repeated time is the earlier one"
        );
        assert_eq!(
            zone.instant_of(local("2030-07-01 12:00")),
            Some(utc("2030-07-01T16:00:00Z"))
        );
        assert_eq!(
            zone.venue_zone(utc("2026-07-01T16:00:00Z")),
            (chrono_tz::America::New_York, Match::Named)
        );
    }

    #[test]
    fn the_last_sunday_and_rdates_are_read() {
        let berlin = "BEGIN:VTIMEZONE\nTZID:W. Europe\nBEGIN:DAYLIGHT\nDTSTART:19810329T020000\n\
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT\n\
            BEGIN:STANDARD\nDTSTART:19961027T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nTZOFFSETFROM:+0200\n\
            TZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE\n";
        let zone = defined(berlin);
        assert_eq!(zone.offset_at(utc("2026-03-29T00:59:59Z")), 3600);
        assert_eq!(zone.offset_at(utc("2026-03-29T01:00:00Z")), 7200);
        assert_eq!(zone.offset_at(utc("2026-10-25T01:00:00Z")), 3600);
        assert_eq!(
            zone.venue_zone(utc("2026-06-01T10:00:00Z")).1,
            Match::SameOffset
        );

        let moscow_2011 = "BEGIN:VTIMEZONE\nTZID:Old Moscow\nBEGIN:STANDARD\nDTSTART:20101031T030000\n\
            TZOFFSETFROM:+0400\nTZOFFSETTO:+0300\nRDATE:20141026T020000\nEND:STANDARD\nBEGIN:DAYLIGHT\n\
            DTSTART:20110327T020000\nTZOFFSETFROM:+0300\nTZOFFSETTO:+0400\nEND:DAYLIGHT\nEND:VTIMEZONE\n";
        let zone = defined(moscow_2011);
        assert_eq!(zone.offset_at(utc("2013-06-01T00:00:00Z")), 4 * 3600);
        assert_eq!(
            zone.offset_at(utc("2015-06-01T00:00:00Z")),
            3 * 3600,
            "the RDATE"
        );
    }

    #[test]
    fn display_names_point_at_the_zones_of_their_cities() {
        let tashkent = hints("(UTC+05:00) Ashgabat, Tashkent");
        assert_eq!(tashkent[0], chrono_tz::Asia::Tashkent, "a known zone first");
        assert!(tashkent.contains(&chrono_tz::Asia::Ashgabat));
        assert_eq!(
            hints("(UTC+03:00) Moscow, St. Petersburg")[0],
            chrono_tz::Europe::Moscow
        );
        assert_eq!(
            hints("(UTC-03:00) Brasília")[0],
            chrono_tz::America::Sao_Paulo
        );
        assert_eq!(hints("(UTC+05:00) Ташкент")[0], chrono_tz::Asia::Tashkent);
        assert_eq!(
            hints("custom_America/New_York")[0],
            chrono_tz::America::New_York
        );
        assert!(hints("MyTimezone").is_empty());
    }

    #[test]
    fn every_region_zone_is_known() {
        let regions = include_str!("../../../../../assets/regions.json");
        for zone in regions.split("\"time_zone\": \"").skip(1) {
            let name = zone.split('"').next().unwrap();
            assert!(KNOWN_ZONES.contains(&name), "{name}");
        }
        for name in KNOWN_ZONES {
            assert!(name.parse::<Tz>().is_ok(), "{name}");
        }
    }

    #[test]
    fn a_zone_reads_a_bounded_number_of_observances_and_dates() {
        let observance = format!(
            "BEGIN:STANDARD\nDTSTART:20000101T000000\nTZOFFSETFROM:+0500\nTZOFFSETTO:+0500\nRDATE:{}\n\
             END:STANDARD\n",
            vec!["20010101T000000"; 500].join(",")
        );
        let text = format!(
            "BEGIN:VTIMEZONE\nTZID:Many\n{}END:VTIMEZONE\n",
            observance.repeat(1000)
        );
        let zone = defined(&text);
        assert_eq!(zone.observances.len(), MAX_OBSERVANCES);
        assert!(zone.observances.iter().all(|o| o.dates.len() == MAX_DATES));
        assert_eq!(
            zone.instant_of(local("2026-05-27 10:00")),
            Some(utc("2026-05-27T05:00:00Z"))
        );
    }

    #[test]
    fn hostile_values_are_read_without_overflow() {
        let text = "BEGIN:VTIMEZONE\nTZID:X\nBEGIN:STANDARD\nDTSTART:99991231T235959\n\
            RRULE:FREQ=YEARLY;BYMONTH=12;BYDAY=-5SU;COUNT=-3\nTZOFFSETFROM:+2359\nTZOFFSETTO:-2359\n\
            RDATE:00000101T000000,x/y\nEND:STANDARD\nEND:VTIMEZONE\n";
        let zone = defined(text);
        let _ = zone.instant_of(local("9999-12-31 23:59"));
        let _ = zone.instant_of(local("0000-01-01 00:00"));
        let _ = zone.venue_zone(DateTime::<Utc>::MAX_UTC);
        let _ = zone.venue_zone(DateTime::<Utc>::MIN_UTC);
    }
}
