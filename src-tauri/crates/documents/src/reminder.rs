//! A reminder letter to the lead body of open instructions: the secretariat's letterhead, the outgoing
//! number and date, the addressee, the instructions with their due dates, the signatory and the copies.

use chrono::NaiveDate;
use council_core::person::Person;
use council_core::reminder::{LetterLang, ReminderLetter};
use council_core::{CoreResult, Lang};
use serde::Serialize;

use crate::file_name::{DocumentKind, record_file_name};
use crate::printed::Printed;
use crate::render::{DocLang, DocumentData, document_data};

/// What the officer gives every letter of a run: its outgoing number, its date and who signs it.
#[derive(Debug, Clone)]
pub struct LetterHeading {
    pub number: String,
    pub date: NaiveDate,
    /// The person who signs (their name and position are printed), if any.
    pub signatory: Option<Person>,
}

#[derive(Debug, Serialize)]
struct ReminderData {
    langs: Vec<&'static str>,
    printed_on: NaiveDate,
    number: String,
    addressee: Printed,
    repeated: bool,
    items: Vec<ItemView>,
    signatory: Option<SignatoryView>,
    copies: Vec<Printed>,
}

#[derive(Debug, Serialize)]
struct ItemView {
    number: String,
    text: Printed,
    due_on: NaiveDate,
    earlier: Vec<NaiveDate>,
    overdue: bool,
    decision: Option<String>,
    session: Option<SessionView>,
    controller: Option<Printed>,
    reminded: Vec<RemindedView>,
}

#[derive(Debug, Serialize)]
struct SessionView {
    title: Printed,
    ordinal: Option<i64>,
    on: Option<NaiveDate>,
}

#[derive(Debug, Serialize)]
struct RemindedView {
    sent_on: NaiveDate,
    number: String,
}

#[derive(Debug, Serialize)]
struct SignatoryView {
    name: Printed,
    position: Printed,
}

/// The document language of a letter's language.
#[must_use]
pub fn letter_doc_lang(lang: LetterLang) -> DocLang {
    match lang {
        LetterLang::Ru => DocLang::One(Lang::Ru),
        LetterLang::Uz => DocLang::One(Lang::Uz),
        LetterLang::En => DocLang::One(Lang::En),
        LetterLang::RuUz => DocLang::RuUz,
    }
}

/// The letter's data, ready to typeset or to write as a Word file, in the letter's language.
pub fn reminder_document(
    letter: &ReminderLetter,
    heading: &LetterHeading,
) -> CoreResult<DocumentData> {
    let lang = letter_doc_lang(letter.lang);
    let data = ReminderData {
        langs: lang.langs(),
        printed_on: heading.date,
        number: heading.number.trim().to_owned(),
        addressee: (&letter.body).into(),
        repeated: letter.repeated,
        items: letter
            .items
            .iter()
            .map(|item| ItemView {
                number: item.number.clone(),
                text: (&item.text).into(),
                due_on: item.due_on,
                earlier: item.earlier_due_dates.clone(),
                overdue: item.overdue,
                decision: item.decision_number.clone(),
                session: item.session_title.as_ref().map(|title| SessionView {
                    title: title.into(),
                    ordinal: item.session_ordinal,
                    on: item.session_on,
                }),
                controller: item.controller.as_ref().map(Into::into),
                reminded: item
                    .earlier_reminders
                    .iter()
                    .map(|r| RemindedView {
                        sent_on: r.sent_on,
                        number: r.letter_number.clone(),
                    })
                    .collect(),
            })
            .collect(),
        signatory: heading.signatory.as_ref().map(|person| SignatoryView {
            name: (&person.full_name).into(),
            position: (&person.position).into(),
        }),
        copies: letter
            .copies
            .iter()
            .map(|copy| (&copy.name).into())
            .collect(),
    };
    let ident = format!("reminder/{}/{}", letter.body_id, heading.number.trim());
    document_data("/reminder.typ", &data, heading.date, &ident)
}

/// The letter as a PDF file: its bytes and the name it is saved (or attached) under.
pub fn reminder_pdf(
    letter: &ReminderLetter,
    heading: &LetterHeading,
) -> CoreResult<(String, Vec<u8>)> {
    let pdf = reminder_document(letter, heading)?.typeset()?.pdf()?;
    Ok((reminder_file_name(letter, heading.date, "pdf"), pdf.bytes))
}

/// The name a letter's file is offered under (`Напоминание Минтранс 2026-12-07.pdf`); `extension` without
/// its dot.
#[must_use]
pub fn reminder_file_name(letter: &ReminderLetter, date: NaiveDate, extension: &str) -> String {
    let name = record_file_name(
        DocumentKind::Reminder,
        Some(&letter.body),
        Some(date),
        letter_doc_lang(letter.lang),
    );
    format!("{}.{extension}", name.strip_suffix(".pdf").unwrap_or(&name))
}

/// The file names of a run of letters, each once: a second letter whose name is already taken (two bodies
/// of the same name) gets ` (2)` before its extension, and so on.
#[must_use]
pub fn reminder_file_names(
    letters: &[ReminderLetter],
    date: NaiveDate,
    extension: &str,
) -> Vec<String> {
    let mut names: Vec<String> = Vec::with_capacity(letters.len());
    for letter in letters {
        let name = reminder_file_name(letter, date, extension);
        let stem = name
            .strip_suffix(&format!(".{extension}"))
            .unwrap_or(&name)
            .to_owned();
        let mut candidate = name;
        let mut n = 2;
        while names.contains(&candidate) {
            candidate = format!("{stem} ({n}).{extension}");
            n += 1;
        }
        names.push(candidate);
    }
    names
}
