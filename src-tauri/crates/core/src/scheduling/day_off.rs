//! Days off: Saturdays and Sundays (the weekend of both countries) and public holidays, which a session or a
//! due date should avoid. Only warnings: the officer decides.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::lang::{Lang, LocalizedText};
use crate::region::Country;

/// Whether `date` is a Saturday or a Sunday.
#[must_use]
pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The name of a weekend day in `lang`; `None` on a working day.
fn weekend_day(date: NaiveDate, lang: Lang) -> Option<&'static str> {
    Some(match (date.weekday(), lang) {
        (Weekday::Sat, Lang::Ru) => "суббота",
        (Weekday::Sat, Lang::Uz) => "shanba",
        (Weekday::Sat, Lang::En) => "a Saturday",
        (Weekday::Sun, Lang::Ru) => "воскресенье",
        (Weekday::Sun, Lang::Uz) => "yakshanba",
        (Weekday::Sun, Lang::En) => "a Sunday",
        _ => return None,
    })
}

/// "2026-09-06 is a Sunday." in every language, for a session on a weekend; `None` on a working day.
#[must_use]
pub fn weekend_message(date: NaiveDate) -> Option<LocalizedText> {
    let text = |lang| {
        weekend_day(date, lang).map(|day| match lang {
            Lang::Ru => format!("{date} — выходной день ({day})."),
            Lang::Uz => format!("{date} — dam olish kuni ({day})."),
            Lang::En => format!("{date} is {day}, a day off."),
        })
    };
    Some(LocalizedText {
        ru: text(Lang::Ru)?,
        uz: text(Lang::Uz)?,
        en: text(Lang::En)?,
    })
}

/// The warning on a due date that falls on a day off: a weekend, or a public holiday of either country
/// (`holidays`: the country and name of each holiday on that date). `None` on a working day.
#[must_use]
pub fn due_date_warning(
    date: NaiveDate,
    holidays: &[(Country, LocalizedText)],
) -> Option<LocalizedText> {
    let text = |lang: Lang| {
        let mut reasons: Vec<String> = weekend_day(date, lang)
            .map(str::to_owned)
            .into_iter()
            .collect();
        for (country, name) in holidays {
            let name = Some(name.get(lang))
                .filter(|n| !n.trim().is_empty())
                .unwrap_or(&name.ru);
            reasons.push(match (lang, country) {
                (Lang::Ru, Country::Uz) => format!("праздник в Узбекистане «{name}»"),
                (Lang::Ru, Country::Ru) => format!("праздник в России «{name}»"),
                (Lang::Uz, Country::Uz) => format!("Oʻzbekistonda bayram «{name}»"),
                (Lang::Uz, Country::Ru) => format!("Rossiyada bayram «{name}»"),
                (Lang::En, Country::Uz) => format!("a public holiday in Uzbekistan, “{name}”"),
                (Lang::En, Country::Ru) => format!("a public holiday in Russia, “{name}”"),
            });
        }
        let reasons = reasons.join(", ");
        match lang {
            Lang::Ru => format!("Срок {date} приходится на нерабочий день: {reasons}."),
            Lang::Uz => format!("{date} muddati ishlanmaydigan kunga toʻgʻri keladi: {reasons}."),
            Lang::En => format!("The due date {date} is a day off: {reasons}."),
        }
    };
    (is_weekend(date) || !holidays.is_empty()).then(|| LocalizedText {
        ru: text(Lang::Ru),
        uz: text(Lang::Uz),
        en: text(Lang::En),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn saturdays_and_sundays_are_days_off() {
        assert!(is_weekend(day("2026-09-05")) && is_weekend(day("2026-09-06")));
        assert!(!is_weekend(day("2026-09-07")));
        assert_eq!(
            weekend_message(day("2026-09-06")).unwrap().en,
            "2026-09-06 is a Sunday, a day off."
        );
        assert!(weekend_message(day("2026-09-07")).is_none());
    }

    #[test]
    fn a_due_date_warning_names_the_weekend_and_every_holiday() {
        let victory = LocalizedText {
            ru: "День Победы".into(),
            uz: "Gʻalaba kuni".into(),
            en: "Victory Day".into(),
        };
        let remembrance = LocalizedText {
            ru: "День памяти и почестей".into(),
            uz: "Xotira va qadrlash kuni".into(),
            en: "Day of Remembrance and Honour".into(),
        };
        let both = [(Country::Ru, victory), (Country::Uz, remembrance)];
        let warning = due_date_warning(day("2027-05-09"), &both).unwrap();
        assert_eq!(
            warning.en,
            "The due date 2027-05-09 is a day off: a Sunday, a public holiday in Russia, “Victory Day”, \
             a public holiday in Uzbekistan, “Day of Remembrance and Honour”."
        );
        assert!(warning.uz.contains("yakshanba") && warning.uz.contains("Gʻalaba kuni"));
        assert!(due_date_warning(day("2027-05-10"), &[]).is_none());
        assert!(due_date_warning(day("2027-05-10"), &both[..1]).is_some());
    }
}
