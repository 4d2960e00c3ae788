//! The words a Word file prints around the data, read from the print templates' own table
//! (`assets/templates/common.typ`, `#let labels` and `#let codes`), so the PDF and the Word file of a document
//! always say the same thing in the same language.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The shared template, compiled in (the same file the PDFs are typeset with).
const COMMON: &str = include_str!("../../../../../assets/templates/common.typ");

/// One entry in every language, in the order `ru`, `uz`, `en`.
type Entry = [String; 3];

/// Where the state codes begin: the labels come before, the codes after (a key may be in both: `draft`).
const CODES_START: &str = "#let codes = (";

fn table() -> &'static HashMap<String, Entry> {
    static TABLE: OnceLock<HashMap<String, Entry>> = OnceLock::new();
    TABLE.get_or_init(|| parse(COMMON.split(CODES_START).next().unwrap_or_default()))
}

fn code_table() -> &'static HashMap<String, Entry> {
    static TABLE: OnceLock<HashMap<String, Entry>> = OnceLock::new();
    TABLE.get_or_init(|| parse(COMMON.split(CODES_START).nth(1).unwrap_or_default()))
}

/// Every `key: (ru: "…", uz: "…", en: "…")` entry of `source` (labels and state codes alike); entries whose
/// values are not three plain strings (the month names) are left out.
fn parse(source: &str) -> HashMap<String, Entry> {
    let mut entries = HashMap::new();
    let mut rest = source;
    while let Some(at) = rest.find("ru: \"") {
        let before = rest[..at].trim_end();
        let after = &rest[at..];
        rest = &rest[at + 5..];
        let Some(before) = before.strip_suffix('(') else {
            continue;
        };
        let Some(before) = before.trim_end().strip_suffix(':') else {
            continue;
        };
        let key: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if let Some(entry) = three_strings(after) {
            entries.insert(key, entry);
        }
    }
    entries
}

/// `ru: "…", uz: "…", en: "…"` at the start of `text` (white space between them allowed).
fn three_strings(text: &str) -> Option<Entry> {
    let mut rest = text;
    let mut values = Vec::with_capacity(3);
    for lang in ["ru", "uz", "en"] {
        rest = rest.trim_start().trim_start_matches(',').trim_start();
        rest = rest.strip_prefix(lang)?.strip_prefix(": \"")?;
        let end = rest.find('"')?;
        values.push(rest[..end].to_owned());
        rest = &rest[end + 1..];
    }
    let [ru, uz, en]: [String; 3] = values.try_into().ok()?;
    Some([ru, uz, en])
}

fn index(lang: &str) -> usize {
    match lang {
        "uz" => 1,
        "en" => 2,
        _ => 0,
    }
}

/// The label `key` in `lang` (`ru`, `uz`, `en`). Keys are the templates' own; an unknown one (a mistake in
/// this crate, caught by its tests) prints as the key.
pub(crate) fn label(key: &str, lang: &str) -> String {
    let found = table().get(key).map(|entry| entry[index(lang)].clone());
    debug_assert!(found.is_some(), "no label {key} in common.typ");
    found.unwrap_or_else(|| key.to_owned())
}

/// The label in every language of the document, joined by " / ", each once (`ru+uz` prints both).
pub(crate) fn labels(key: &str, langs: &[&str]) -> String {
    let mut shown: Vec<String> = Vec::new();
    for lang in langs {
        let text = label(key, lang);
        if !shown.contains(&text) {
            shown.push(text);
        }
    }
    shown.join(" / ")
}

/// A state code (`assigned`, `in_force`, …) in `lang`; an unknown code prints as itself.
pub(crate) fn code(code: &str, lang: &str) -> String {
    code_table()
        .get(code)
        .map_or_else(|| code.to_owned(), |entry| entry[index(lang)].clone())
}

/// A state code in every language of the document, joined by " / ".
pub(crate) fn codes(value: &str, langs: &[&str]) -> String {
    langs
        .iter()
        .map(|lang| code(value, lang))
        .collect::<Vec<_>>()
        .join(" / ")
}

const MONTHS: [[&str; 12]; 3] = [
    [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    [
        "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr",
        "noyabr", "dekabr",
    ],
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
];

/// `YYYY-MM-DD` split into its numbers.
fn parts(date: &str) -> Option<(&str, usize, &str)> {
    let mut split = date.split('-');
    let (year, month, day) = (split.next()?, split.next()?, split.next()?);
    let month: usize = month.parse().ok()?;
    (1..=12).contains(&month).then_some((year, month, day))
}

/// "27 мая 2026 г." / "2026-yil 27-may" / "27 May 2026", as the templates' `fmt-date`; "—" for none.
pub(crate) fn long_date(date: Option<&str>, lang: &str) -> String {
    let Some((year, month, day)) = date.and_then(parts) else {
        return "—".to_owned();
    };
    let day = day.trim_start_matches('0');
    let name = MONTHS[index(lang)][month - 1];
    match lang {
        "ru" => format!("{day} {name} {year} г."),
        "uz" => format!("{year}-yil {day}-{name}"),
        _ => format!("{day} {name} {year}"),
    }
}

/// "01.03.2027" in Russian and Uzbek, "1 Mar 2027" in English, as the templates' `short-date`; "—" for none.
pub(crate) fn short_date(date: Option<&str>, lang: &str) -> String {
    let Some((year, month, day)) = date.and_then(parts) else {
        return "—".to_owned();
    };
    if lang == "en" {
        let name: String = MONTHS[2][month - 1].chars().take(3).collect();
        format!("{} {name} {year}", day.trim_start_matches('0'))
    } else {
        format!("{day}.{month:02}.{year}")
    }
}

/// A date in every language of the document, each form once.
pub(crate) fn short_dates(date: Option<&str>, langs: &[&str]) -> String {
    let mut shown: Vec<String> = Vec::new();
    for lang in langs {
        let text = short_date(date, lang);
        if !shown.contains(&text) {
            shown.push(text);
        }
    }
    shown.join(" / ")
}

/// "5-е заседание Совета регионов" / "Hududlar Kengashining 5-majlisi" / "5th session", as the templates'
/// `ordinal`.
pub(crate) fn ordinal(n: i64, lang: &str) -> String {
    match lang {
        "ru" => format!("{n}-е заседание Совета регионов"),
        "uz" => format!("Hududlar Kengashining {n}-majlisi"),
        _ => {
            let suffix = match (n % 100, n % 10) {
                (11..=13, _) => "th",
                (_, 1) => "st",
                (_, 2) => "nd",
                (_, 3) => "rd",
                _ => "th",
            };
            format!("{n}{suffix} session")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_templates_labels_are_read_in_every_language_with_uzbek_letters_intact() {
        assert_eq!(label("agenda", "ru"), "Повестка дня");
        assert_eq!(
            label("controls", "uz"),
            "Topshiriqlar nazorat ro\u{2BB}yxati"
        );
        assert_eq!(label("presenters", "uz"), "Ma\u{2BC}ruzachilar");
        // An entry written over several lines.
        assert_eq!(
            label("council", "en"),
            "Council of Regions of the Republic of Uzbekistan and the Russian Federation"
        );
        assert_eq!(code("minutes_approved", "ru"), "протокол утверждён");
        // A key that is both a label and a state code reads as each where each is asked for.
        assert_eq!(label("draft", "ru"), "ПРОЕКТ");
        assert_eq!(code("draft", "ru"), "проект");
        assert_eq!(labels("number", &["ru", "uz"]), "№");
    }

    #[test]
    fn dates_read_as_in_the_pdfs() {
        assert_eq!(long_date(Some("2026-05-27"), "ru"), "27 мая 2026 г.");
        assert_eq!(long_date(Some("2026-05-07"), "uz"), "2026-yil 7-may");
        assert_eq!(short_date(Some("2027-03-01"), "en"), "1 Mar 2027");
        assert_eq!(short_dates(Some("2027-03-01"), &["ru", "uz"]), "01.03.2027");
        assert_eq!(short_date(None, "ru"), "—");
        assert_eq!(ordinal(12, "en"), "12th session");
    }
}
