//! The name a printed document is offered under: what it is and what it is of, in the document's language
//! (`Повестка 2-е заседание 2027-04-15.pdf`, `Kun tartibi 2-majlis 2027-04-15.pdf`, `Minutes 2nd session
//! 2027-04-15.pdf`), with every character a file system could refuse taken out.

use chrono::NaiveDate;
use council_core::session::Session;
use council_core::{Lang, LocalizedText};

use crate::render::DocLang;

/// The longest name offered, in characters before `.pdf` (well under every file system's 255 bytes, even
/// in Cyrillic, two bytes a letter).
const MAX_CHARS: usize = 100;

/// What a document is, in each language, as its file is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    Agenda,
    Minutes,
    Controls,
    Dossier,
    Report,
    Reminder,
}

impl DocumentKind {
    fn name(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (DocumentKind::Agenda, Lang::Ru) => "Повестка",
            (DocumentKind::Agenda, Lang::Uz) => "Kun tartibi",
            (DocumentKind::Agenda, Lang::En) => "Agenda",
            (DocumentKind::Minutes, Lang::Ru) => "Протокол",
            (DocumentKind::Minutes, Lang::Uz) => "Bayonnoma",
            (DocumentKind::Minutes, Lang::En) => "Minutes",
            (DocumentKind::Controls, Lang::Ru) => "Контрольный список",
            (DocumentKind::Controls, Lang::Uz) => "Nazorat roʻyxati",
            (DocumentKind::Controls, Lang::En) => "Control list",
            (DocumentKind::Dossier, Lang::Ru) => "Досье",
            (DocumentKind::Dossier, Lang::Uz) => "Dosye",
            (DocumentKind::Dossier, Lang::En) => "Dossier",
            (DocumentKind::Report, Lang::Ru) => "Отчёт о целевых показателях",
            (DocumentKind::Report, Lang::Uz) => "Maqsadli koʻrsatkichlar hisoboti",
            (DocumentKind::Report, Lang::En) => "Progress report",
            (DocumentKind::Reminder, Lang::Ru) => "Напоминание",
            (DocumentKind::Reminder, Lang::Uz) => "Eslatma",
            (DocumentKind::Reminder, Lang::En) => "Reminder",
        }
    }
}

/// The language a file is named in: the document's, or Russian (the first column) for `ru+uz`.
fn name_lang(lang: DocLang) -> Lang {
    match lang {
        DocLang::One(lang) => lang,
        DocLang::RuUz => Lang::Ru,
    }
}

/// `text` as shown in `lang`, another language's when that translation is missing: a file name cannot carry the
/// "no translation" flag, and an empty part says nothing.
fn text_in(text: &LocalizedText, lang: Lang) -> String {
    text.shown(lang).text.trim().to_owned()
}

/// A council session as people name it: "2-е заседание", "2-majlis", "2nd session".
fn ordinal(n: i64, lang: Lang) -> String {
    match lang {
        Lang::Ru => format!("{n}-е заседание"),
        Lang::Uz => format!("{n}-majlis"),
        Lang::En => {
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

/// The file name of a session's agenda or minutes: the document, the session (its council ordinal, else its
/// title), its date at the venue.
#[must_use]
pub fn session_file_name(kind: DocumentKind, session: &Session, lang: DocLang) -> String {
    let lang = name_lang(lang);
    let what = session
        .ordinal
        .map_or_else(|| text_in(&session.title, lang), |n| ordinal(n, lang));
    let date = session.start.venue.date.to_string();
    file_name(&[kind.name(lang), &what, &date])
}

/// The file name of a document of `subject` (a pairing's name) or of a date (the control list).
#[must_use]
pub fn record_file_name(
    kind: DocumentKind,
    subject: Option<&LocalizedText>,
    date: Option<NaiveDate>,
    lang: DocLang,
) -> String {
    let lang = name_lang(lang);
    let subject = subject.map(|s| text_in(s, lang)).unwrap_or_default();
    let date = date.map(|d| d.to_string()).unwrap_or_default();
    file_name(&[kind.name(lang), &subject, &date])
}

/// One part of a name: every character a file name cannot hold on Windows, macOS or Linux (`/ \ : * ? " < > |`,
/// control and invisible characters) taken out, runs of white space made one space, none at either end.
fn clean(part: &str) -> String {
    let mut cleaned = String::with_capacity(part.len());
    for c in part.chars() {
        let c = if c.is_whitespace() { ' ' } else { c };
        let refused = matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|')
            || c.is_control()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}');
        if refused || (c == ' ' && (cleaned.is_empty() || cleaned.ends_with(' '))) {
            continue;
        }
        cleaned.push(c);
    }
    cleaned.trim_end().to_owned()
}

/// `text` cut to at most `room` characters at the end of a word, with "…" for what was left out.
fn shortened(text: &str, room: usize) -> String {
    if text.chars().count() <= room {
        return text.to_owned();
    }
    let kept: String = text.chars().take(room.saturating_sub(1)).collect();
    let kept = match kept.rfind(' ') {
        Some(space) if space > 0 => &kept[..space],
        _ => kept.as_str(),
    };
    format!("{}…", kept.trim_end())
}

/// The parts cleaned (see [`clean`]) and joined by spaces, the longest cut short so the name keeps at most
/// [`MAX_CHARS`] characters and every other part (the date stays), no dot or space at either end; then `.pdf`.
#[must_use]
pub fn file_name(parts: &[&str]) -> String {
    let mut parts: Vec<String> = parts
        .iter()
        .map(|p| clean(p))
        .filter(|p| !p.is_empty())
        .collect();
    let total = parts
        .iter()
        .map(|p| p.chars().count() + 1)
        .sum::<usize>()
        .saturating_sub(1);
    let longest = parts
        .iter()
        .enumerate()
        .max_by_key(|(_, p)| p.chars().count())
        .map(|(index, p)| (index, p.chars().count()));
    if let Some((index, chars)) = longest.filter(|_| total > MAX_CHARS) {
        let room = MAX_CHARS.saturating_sub(total - chars).max(1);
        parts[index] = shortened(&parts[index], room);
    }
    let name: String = parts.join(" ").chars().take(MAX_CHARS).collect();
    let name = name.trim_matches(|c| c == '.' || c == ' ');
    if name.is_empty() {
        "document.pdf".to_owned()
    } else {
        format!("{name}.pdf")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_joined_and_what_a_file_system_refuses_is_taken_out() {
        assert_eq!(
            file_name(&["Повестка", "2-е заседание", "2027-04-15"]),
            "Повестка 2-е заседание 2027-04-15.pdf"
        );
        assert_eq!(
            file_name(&[
                "Agenda",
                "Trade: \"Samarkand\" / Ural <2027>?*|\\",
                "2027-04-15"
            ]),
            "Agenda Trade Samarkand Ural 2027 2027-04-15.pdf"
        );
        assert_eq!(
            file_name(&[
                "Kun tartibi",
                "  Qoʻshma\tmajlis\u{200B}\n",
                "",
                "2027-04-15"
            ]),
            "Kun tartibi Qoʻshma majlis 2027-04-15.pdf"
        );
        assert_eq!(file_name(&["...", "..", ""]), "document.pdf");
        assert_eq!(
            file_name(&["Dossier", "Samarkand..."]),
            "Dossier Samarkand.pdf"
        );
    }

    #[test]
    fn a_long_title_is_cut_to_a_name_every_file_system_holds() {
        let long = "Заседание ".repeat(40);
        let name = file_name(&["Протокол", &long, "2027-04-15"]);
        assert!(name.chars().count() <= MAX_CHARS + 4, "{name}");
        assert!(name.len() < 255, "{} bytes", name.len());
        assert!(name.starts_with("Протокол Заседание Заседание"), "{name}");
        assert!(name.ends_with("Заседание… 2027-04-15.pdf"), "{name}");
    }

    #[test]
    fn ordinals_read_as_each_language_writes_them() {
        let names: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 102, 111]
            .into_iter()
            .map(|n| ordinal(n, Lang::En))
            .collect();
        assert_eq!(
            names.join(", "),
            "1st session, 2nd session, 3rd session, 4th session, 11th session, 12th session, \
             13th session, 21st session, 22nd session, 102nd session, 111th session"
        );
        assert_eq!(ordinal(2, Lang::Ru), "2-е заседание");
        assert_eq!(ordinal(2, Lang::Uz), "2-majlis");
    }

    #[test]
    fn a_missing_translation_names_the_file_in_a_language_that_has_it() {
        let title = LocalizedText {
            ru: "Совещание по транспорту".to_owned(),
            uz: String::new(),
            en: String::new(),
        };
        assert_eq!(
            record_file_name(
                DocumentKind::Dossier,
                Some(&title),
                None,
                DocLang::One(Lang::Uz)
            ),
            "Dosye Совещание по транспорту.pdf"
        );
        assert_eq!(
            record_file_name(
                DocumentKind::Controls,
                None,
                "2026-11-29".parse().ok(),
                DocLang::RuUz
            ),
            "Контрольный список 2026-11-29.pdf"
        );
    }
}
