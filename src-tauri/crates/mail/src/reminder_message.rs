//! The message that carries a reminder letter: to the body's addresses, its co-executors in copy, a subject
//! and a short cover in the letter's language (Russian and Uzbek one after the other for a bilingual letter);
//! the letter itself is the attachment.

use chrono::NaiveDate;
use council_core::Lang;
use council_core::reminder::ReminderLetter;

use crate::{Attachment, Outgoing};

/// The addresses a letter's message goes to and in copy: each once, a copy never repeating a recipient.
#[must_use]
pub fn reminder_addresses(letter: &ReminderLetter) -> (Vec<String>, Vec<String>) {
    let mut to: Vec<String> = Vec::new();
    for address in &letter.to {
        let email = address.email.trim();
        if !email.is_empty() && !to.iter().any(|known| known.eq_ignore_ascii_case(email)) {
            to.push(email.to_owned());
        }
    }
    let mut cc: Vec<String> = Vec::new();
    for address in letter.copies.iter().flat_map(|copy| &copy.addresses) {
        let email = address.email.trim();
        if !email.is_empty()
            && !to
                .iter()
                .chain(&cc)
                .any(|known| known.eq_ignore_ascii_case(email))
        {
            cc.push(email.to_owned());
        }
    }
    (to, cc)
}

fn subject(lang: Lang, repeated: bool, number: &str, date: &str) -> String {
    match (lang, repeated) {
        (Lang::Ru, false) => {
            format!("Напоминание об исполнении поручений — исх. № {number} от {date}")
        }
        (Lang::Ru, true) => {
            format!("Повторное напоминание об исполнении поручений — исх. № {number} от {date}")
        }
        (Lang::Uz, false) => {
            format!("Topshiriqlar ijrosi toʻgʻrisida eslatma — chiqish № {number}, {date}")
        }
        (Lang::Uz, true) => {
            format!("Topshiriqlar ijrosi toʻgʻrisida takroriy eslatma — chiqish № {number}, {date}")
        }
        (Lang::En, false) => format!("Reminder of instructions due — ref. No. {number} of {date}"),
        (Lang::En, true) => {
            format!("Repeated reminder of instructions due — ref. No. {number} of {date}")
        }
    }
}

fn cover(lang: Lang) -> &'static str {
    match lang {
        Lang::Ru => {
            "Уважаемые коллеги!\n\nНаправляем напоминание о сроках исполнения поручений Совета регионов \
             (письмо во вложении). Просим сообщить о ходе их исполнения.\n\nСекретариат Совета регионов"
        }
        Lang::Uz => {
            "Hurmatli hamkasblar!\n\nHududlar Kengashi topshiriqlarining ijro muddatlari toʻgʻrisidagi \
             eslatmani yuboramiz (xat ilovada). Ularning ijrosi haqida maʼlumot berishingizni soʻraymiz.\n\n\
             Hududlar Kengashi kotibiyati"
        }
        Lang::En => {
            "Dear colleagues,\n\nPlease find attached a reminder of the due dates of the Council of Regions' \
             instructions. We kindly ask you to report on their execution.\n\nSecretariat of the Council of \
             Regions"
        }
    }
}

/// The message of `letter`, numbered `number` and dated `date`, with `pdf` attached; `None` when the body
/// has no e-mail address (its letter goes on paper).
#[must_use]
pub fn reminder_message(
    letter: &ReminderLetter,
    number: &str,
    date: NaiveDate,
    pdf: Attachment,
) -> Option<Outgoing> {
    let (to, cc) = reminder_addresses(letter);
    if to.is_empty() {
        return None;
    }
    let number = number.trim();
    let date = date.format("%d.%m.%Y").to_string();
    let langs = letter.lang.langs();
    let subject = langs
        .iter()
        .map(|lang| subject(*lang, letter.repeated, number, &date))
        .collect::<Vec<_>>()
        .join(" / ");
    let body = langs
        .iter()
        .map(|lang| cover(*lang))
        .collect::<Vec<_>>()
        .join("\n\n* * *\n\n");
    Some(Outgoing {
        to,
        cc,
        subject,
        body,
        attachments: vec![pdf],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use council_core::reminder::{LetterCopy, LetterLang, MailAddress};
    use council_core::{Country, LocalizedText};

    fn address(email: &str) -> MailAddress {
        MailAddress {
            name: LocalizedText::default(),
            email: email.to_owned(),
        }
    }

    fn letter(lang: LetterLang, to: &[&str], cc: &[&str]) -> ReminderLetter {
        ReminderLetter {
            body_id: uuid::Uuid::nil(),
            body: LocalizedText::default(),
            country: Country::Uz,
            lang,
            to: to.iter().map(|e| address(e)).collect(),
            copies: vec![LetterCopy {
                body_id: uuid::Uuid::nil(),
                name: LocalizedText::default(),
                addresses: cc.iter().map(|e| address(e)).collect(),
            }],
            items: Vec::new(),
            repeated: false,
        }
    }

    fn pdf() -> Attachment {
        Attachment {
            name: "Eslatma.pdf".to_owned(),
            media_type: "application/pdf".to_owned(),
            bytes: b"%PDF-1.7".to_vec(),
        }
    }

    fn on() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    }

    #[test]
    fn the_subject_names_the_letter_in_its_language_and_uzbek_keeps_its_letters() {
        let ru = reminder_message(
            &letter(LetterLang::Ru, &["a@x.ru"], &[]),
            "01-12/3",
            on(),
            pdf(),
        )
        .unwrap();
        assert_eq!(
            ru.subject,
            "Напоминание об исполнении поручений — исх. № 01-12/3 от 07.12.2026"
        );
        let uz = reminder_message(
            &letter(LetterLang::Uz, &["a@x.uz"], &[]),
            "01-12/4",
            on(),
            pdf(),
        )
        .unwrap();
        assert!(uz.subject.contains("toʻgʻrisida") && uz.subject.contains("01-12/4"));
        assert!(uz.body.contains("maʼlumot") && !uz.body.contains('\''));
        let both = reminder_message(
            &letter(LetterLang::RuUz, &["a@x.uz"], &[]),
            "5",
            on(),
            pdf(),
        )
        .unwrap();
        assert!(
            both.subject.starts_with("Напоминание") && both.subject.contains(" / Topshiriqlar")
        );
        assert!(
            both.body.contains("Уважаемые коллеги!") && both.body.contains("Hurmatli hamkasblar!")
        );
        assert_eq!(both.attachments, vec![pdf()]);
    }

    #[test]
    fn copies_go_to_the_co_executors_once_and_a_body_without_address_gets_no_message() {
        let message = reminder_message(
            &letter(
                LetterLang::Ru,
                &["lead@x.ru", "LEAD@x.ru"],
                &["co@x.ru", "lead@x.ru", "co@x.ru"],
            ),
            "1",
            on(),
            pdf(),
        )
        .unwrap();
        assert_eq!(message.to, ["lead@x.ru"]);
        assert_eq!(message.cc, ["co@x.ru"]);
        assert!(
            reminder_message(&letter(LetterLang::Ru, &[], &["co@x.ru"]), "1", on(), pdf())
                .is_none()
        );
    }
}
