//! Reminder letters: the open instructions of a date window gathered per lead body with what a letter
//! prints of each, and the reminders sent, kept in `instruction_reminders` (travelling with the instruction).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

use super::audit::officer_named;
use super::instructions::{Instructions, date, uuid};
use super::record_kind::RecordKind;
use super::{Store, bodies};
use crate::control::InstructionFilter;
use crate::error::{CoreError, CoreResult};
use crate::ids::new_id;
use crate::instruction::{Instruction, InstructionState};
use crate::lang::{Lang, LocalizedText};
use crate::officer::Role;
use crate::reminder::{
    EarlierReminder, LetterCopy, LetterItem, LetterLang, MailAddress, Reminder, ReminderChannel,
    ReminderLetter, ReminderQuery, ReminderRecord,
};
use crate::time::now_text;

impl Store {
    /// The reminder letters for `query` at `today`: one per lead body of an open instruction in the window
    /// (overdue, due within n days, or either), its instructions by due date, the co-executors in copy.
    /// Instructions reported and waiting for the secretariat's review are left out: the executor has
    /// answered. Letters come Uzbek bodies first, then Russian ones, each by name.
    pub fn reminder_letters(
        &self,
        query: &ReminderQuery,
        today: NaiveDate,
    ) -> CoreResult<Vec<ReminderLetter>> {
        query.check()?;
        let mut found: Vec<Instruction> = Vec::new();
        if query.overdue {
            let filter = InstructionFilter {
                overdue: true,
                ..InstructionFilter::default()
            };
            found.extend(self.list_instructions(&filter, today)?);
        }
        if let Some(days) = query.due_within_days {
            let filter = InstructionFilter {
                due_within_days: Some(days),
                ..InstructionFilter::default()
            };
            for instruction in self.list_instructions(&filter, today)? {
                if !found.iter().any(|known| known.id == instruction.id) {
                    found.push(instruction);
                }
            }
        }
        found.retain(|i| i.state.is_open() && i.state != InstructionState::Reported);
        found.sort_by(|a, b| (a.due_on, &a.number).cmp(&(b.due_on, &b.number)));
        let mut by_body: BTreeMap<Uuid, Vec<Instruction>> = BTreeMap::new();
        for instruction in found {
            by_body
                .entry(instruction.lead_body_id)
                .or_default()
                .push(instruction);
        }
        let mut letters = Vec::new();
        for (body_id, instructions) in by_body {
            let body = bodies::load(&self.conn, &body_id.to_string())?
                .ok_or_else(|| CoreError::not_found(body_id.to_string()))?;
            let mut items = Vec::new();
            let mut copy_ids: Vec<Uuid> = Vec::new();
            for instruction in &instructions {
                for id in &instruction.co_executor_ids {
                    if !copy_ids.contains(id) {
                        copy_ids.push(*id);
                    }
                }
                items.push(letter_item(&self.conn, instruction, body_id)?);
            }
            let mut copies = Vec::new();
            for id in copy_ids {
                if let Some(copy) = bodies::load(&self.conn, &id.to_string())? {
                    copies.push(LetterCopy {
                        body_id: id,
                        name: copy.name,
                        addresses: addresses(&self.conn, id)?,
                    });
                }
            }
            letters.push(ReminderLetter {
                body_id,
                lang: query.lang.unwrap_or(LetterLang::of_country(body.country)),
                country: body.country,
                to: addresses(&self.conn, body_id)?,
                copies,
                repeated: items.iter().any(|item| !item.earlier_reminders.is_empty()),
                items,
                body: body.name,
            });
        }
        letters.sort_by(|a, b| {
            (
                a.country.code() != "UZ",
                a.body.shown(Lang::Ru).text.to_lowercase(),
            )
                .cmp(&(
                    b.country.code() != "UZ",
                    b.body.shown(Lang::Ru).text.to_lowercase(),
                ))
        });
        Ok(letters)
    }

    /// Records the reminders that went out: one history row per instruction of each letter, with the
    /// letter's date, number, body and `channel`, the officer and the site. An instruction in the trash or
    /// a body that does not exist refuses the whole record. The number of rows written.
    pub fn record_reminders(
        &mut self,
        record: &ReminderRecord,
        today: NaiveDate,
    ) -> CoreResult<u32> {
        let sent_on = record.check()?;
        let kind = Instructions { today };
        self.write(Role::Officer, |tx, actor| {
            let mut written = 0;
            for letter in &record.letters {
                let body = bodies::require(tx, &letter.body_id, "body_id")?;
                let number = letter.letter_number.trim();
                for key in &letter.instruction_ids {
                    kind.update(tx, actor, key, |_, id| {
                        tx.execute(
                            "INSERT INTO instruction_reminders (id, instruction_id, body_id, sent_on,
                                 letter_number, channel, at, os_user, officer_id, officer_ru, officer_uz,
                                 officer_en, site)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                            params![
                                new_id().to_string(),
                                id,
                                body.id.to_string(),
                                sent_on.to_string(),
                                number,
                                record.channel.code(),
                                now_text(),
                                actor.os_user,
                                actor.officer_id(),
                                actor.officer_name(Lang::Ru),
                                actor.officer_name(Lang::Uz),
                                actor.officer_name(Lang::En),
                                actor.site
                            ],
                        )?;
                        Ok(())
                    })?;
                    written += 1;
                }
            }
            Ok(written)
        })
    }
}

/// What a letter prints of one instruction, and the reminders of it already sent to `body`.
fn letter_item(conn: &Connection, instruction: &Instruction, body: Uuid) -> CoreResult<LetterItem> {
    let id = instruction.id.to_string();
    let earlier_due_dates = conn
        .prepare_cached(
            "SELECT old_due_on FROM instruction_extensions WHERE instruction_id = ?1 ORDER BY seq",
        )?
        .query_map(params![id], |row| row.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .filter_map(|text| date(Some(text)))
        .collect();
    let decision_number = conn
        .prepare_cached("SELECT number FROM decisions WHERE id = ?1")?
        .query_row(
            params![instruction.decision_id.map(|d| d.to_string())],
            |row| row.get::<_, String>(0),
        )
        .optional()?
        .map(|number| crate::numbering::shown(number).0);
    let session = conn
        .prepare_cached(
            "SELECT title_ru, title_uz, title_en, ordinal, substr(starts_at, 1, 10) FROM sessions WHERE id = ?1",
        )?
        .query_row(params![instruction.session_id.map(|s| s.to_string())], |row| {
            Ok((
                LocalizedText {
                    ru: row.get(0)?,
                    uz: row.get(1)?,
                    en: row.get(2)?,
                },
                row.get::<_, Option<i64>>(3)?,
                date(row.get(4)?),
            ))
        })
        .optional()?;
    let controller = conn
        .prepare_cached(
            "SELECT full_name_ru, full_name_uz, full_name_en FROM people WHERE id = ?1",
        )?
        .query_row(
            params![instruction.controller_person_id.map(|p| p.to_string())],
            |row| {
                Ok(LocalizedText {
                    ru: row.get(0)?,
                    uz: row.get(1)?,
                    en: row.get(2)?,
                })
            },
        )
        .optional()?;
    let earlier_reminders = conn
        .prepare_cached(
            "SELECT min(sent_on), letter_number FROM instruction_reminders
             WHERE instruction_id = ?1 AND body_id = ?2
             GROUP BY letter_number ORDER BY min(sent_on), min(at)",
        )?
        .query_map(params![id, body.to_string()], |row| {
            Ok(EarlierReminder {
                sent_on: date(row.get(0)?).unwrap_or_default(),
                letter_number: row.get(1)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let (session_title, session_ordinal, session_on) = match session {
        Some((title, ordinal, on)) => (Some(title), ordinal, on),
        None => (None, None, None),
    };
    Ok(LetterItem {
        instruction_id: instruction.id,
        number: instruction.number.clone(),
        text: instruction.text.clone(),
        due_on: instruction.due_on,
        earlier_due_dates,
        overdue: instruction.overdue,
        decision_number,
        session_title,
        session_ordinal,
        session_on,
        controller,
        co_executor_ids: instruction.co_executor_ids.clone(),
        earlier_reminders,
    })
}

/// The e-mail addresses of a body's people (those in the trash left out), by name.
fn addresses(conn: &Connection, body: Uuid) -> CoreResult<Vec<MailAddress>> {
    Ok(conn
        .prepare_cached(
            "SELECT full_name_ru, full_name_uz, full_name_en, email FROM people
             WHERE body_id = ?1 AND deleted_at IS NULL AND email <> ''
             ORDER BY full_name_ru, email",
        )?
        .query_map(params![body.to_string()], |row| {
            Ok(MailAddress {
                name: LocalizedText {
                    ru: row.get(0)?,
                    uz: row.get(1)?,
                    en: row.get(2)?,
                },
                email: row.get(3)?,
            })
        })?
        .collect::<Result<_, _>>()?)
}

/// The reminders of an instruction, in the order they were sent, for its history.
pub(super) fn reminders_of(
    conn: &Connection,
    instruction: &str,
    site: &str,
    accounts: bool,
) -> CoreResult<Vec<Reminder>> {
    Ok(conn
        .prepare_cached(
            "SELECT m.id, m.sent_on, m.letter_number, m.channel, m.body_id, b.name_ru, b.name_uz, b.name_en,
                    m.at, m.os_user, m.officer_ru, m.officer_uz, m.officer_en, m.officer_id, nullif(m.site, ?2)
             FROM instruction_reminders m JOIN bodies b ON b.id = m.body_id
             WHERE m.instruction_id = ?1 ORDER BY m.sent_on, m.at, m.id",
        )?
        .query_map(params![instruction, site], |row| {
            let channel: String = row.get(3)?;
            Ok(Reminder {
                id: uuid(row.get(0)?).unwrap_or_default(),
                sent_on: date(row.get(1)?).unwrap_or_default(),
                letter_number: row.get(2)?,
                channel: ReminderChannel::parse(&channel).unwrap_or(ReminderChannel::Letter),
                body_id: uuid(row.get(4)?).unwrap_or_default(),
                body: LocalizedText {
                    ru: row.get(5)?,
                    uz: row.get(6)?,
                    en: row.get(7)?,
                },
                at: row.get(8)?,
                os_user: row.get(9)?,
                officer: officer_named(row, 10, accounts)?,
                officer_id: row.get(13)?,
                site: row.get(14)?,
            })
        })?
        .collect::<Result<_, _>>()?)
}
