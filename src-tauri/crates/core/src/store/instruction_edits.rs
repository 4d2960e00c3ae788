//! Edits of an instruction in its own history (migration 0009): which fields of the form changed, from what
//! to what, named as the officer read them at the time.

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use uuid::Uuid;

use super::{bodies, people};
use crate::error::CoreResult;
use crate::instruction::{EditedField, FieldChange, Instruction, InstructionEdit};
use crate::lang::{Lang, LocalizedText};
use crate::officer::Actor;
use crate::time::now_text;

/// A text as typed reads the same in every language.
fn same_in_every_language(text: &str) -> LocalizedText {
    LocalizedText {
        ru: text.to_owned(),
        uz: text.to_owned(),
        en: text.to_owned(),
    }
}

/// The names of these bodies (in the register or the trash), in alphabetical order joined by commas, in each
/// language.
fn body_names(conn: &Connection, ids: &[Uuid]) -> CoreResult<LocalizedText> {
    let mut names: Vec<LocalizedText> = Vec::with_capacity(ids.len());
    for id in ids {
        let name = bodies::load(conn, &id.to_string())?
            .map_or_else(|| same_in_every_language(&id.to_string()), |body| body.name);
        names.push(name);
    }
    let join = |lang: Lang| {
        let mut list: Vec<&str> = names.iter().map(|name| name.get(lang)).collect();
        list.sort_unstable();
        list.join(", ")
    };
    Ok(LocalizedText {
        ru: join(Lang::Ru),
        uz: join(Lang::Uz),
        en: join(Lang::En),
    })
}

fn person_name(conn: &Connection, id: Option<Uuid>) -> CoreResult<LocalizedText> {
    let Some(id) = id else {
        return Ok(LocalizedText::default());
    };
    Ok(people::load(conn, &id.to_string())?.map_or_else(
        || same_in_every_language(&id.to_string()),
        |person| person.full_name,
    ))
}

fn pairing_name(conn: &Connection, id: Option<Uuid>) -> CoreResult<LocalizedText> {
    let Some(id) = id else {
        return Ok(LocalizedText::default());
    };
    let name = conn
        .prepare_cached(
            "SELECT u.name_ru || ' — ' || r.name_ru, u.name_uz || ' — ' || r.name_uz,
                    u.name_en || ' — ' || r.name_en
             FROM pairings p JOIN regions u ON u.id = p.uz_region_id JOIN regions r ON r.id = p.ru_region_id
             WHERE p.id = ?1",
        )?
        .query_row(params![id.to_string()], |row| {
            Ok(LocalizedText {
                ru: row.get(0)?,
                uz: row.get(1)?,
                en: row.get(2)?,
            })
        })
        .optional()?;
    Ok(name.unwrap_or_else(|| same_in_every_language(&id.to_string())))
}

/// What an update changed between `before` and `after`, field by field in the form's order.
fn changes(
    conn: &Connection,
    before: &Instruction,
    after: &Instruction,
) -> CoreResult<Vec<FieldChange>> {
    let mut changes = Vec::new();
    let mut push = |field, old, new| changes.push(FieldChange { field, old, new });
    for (field, lang) in [
        (EditedField::TextRu, Lang::Ru),
        (EditedField::TextUz, Lang::Uz),
        (EditedField::TextEn, Lang::En),
    ] {
        let (old, new) = (before.text.get(lang), after.text.get(lang));
        if old != new {
            push(
                field,
                same_in_every_language(old),
                same_in_every_language(new),
            );
        }
    }
    if before.lead_body_id != after.lead_body_id {
        push(
            EditedField::LeadBody,
            before.lead_body.clone(),
            after.lead_body.clone(),
        );
    }
    let (mut old_co, mut new_co) = (
        before.co_executor_ids.clone(),
        after.co_executor_ids.clone(),
    );
    old_co.sort();
    new_co.sort();
    if old_co != new_co {
        push(
            EditedField::CoExecutors,
            body_names(conn, &before.co_executor_ids)?,
            body_names(conn, &after.co_executor_ids)?,
        );
    }
    if before.controller_person_id != after.controller_person_id {
        push(
            EditedField::Controller,
            person_name(conn, before.controller_person_id)?,
            person_name(conn, after.controller_person_id)?,
        );
    }
    if before.pairing_id != after.pairing_id {
        push(
            EditedField::Pairing,
            pairing_name(conn, before.pairing_id)?,
            pairing_name(conn, after.pairing_id)?,
        );
    }
    Ok(changes)
}

/// Appends an edit to the instruction's history: one row per changed field under the next `seq`. An update
/// that changed nothing leaves no trace.
pub(super) fn record(
    tx: &Transaction,
    actor: &Actor,
    before: &Instruction,
    after: &Instruction,
) -> CoreResult<()> {
    let changes = changes(tx, before, after)?;
    if changes.is_empty() {
        return Ok(());
    }
    let id = after.id.to_string();
    let seq: i64 = tx.query_row(
        "SELECT coalesce(max(seq), 0) + 1 FROM instruction_edits WHERE instruction_id = ?1",
        params![id],
        |row| row.get(0),
    )?;
    let at = now_text();
    let mut stmt = tx.prepare_cached(
        "INSERT INTO instruction_edits (instruction_id, seq, field, at, os_user, old_ru, old_uz, old_en,
                new_ru, new_uz, new_en, officer_id, officer_ru, officer_uz, officer_en, site)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?;
    for change in &changes {
        stmt.execute(params![
            id,
            seq,
            change.field.code(),
            at,
            actor.os_user,
            change.old.ru,
            change.old.uz,
            change.old.en,
            change.new.ru,
            change.new.uz,
            change.new.en,
            actor.officer_id(),
            actor.officer_name(Lang::Ru),
            actor.officer_name(Lang::Uz),
            actor.officer_name(Lang::En),
            actor.site,
        ])?;
    }
    Ok(())
}

/// Every edit of an instruction, oldest first, each with its fields in the form's order.
pub(super) fn edits_of(
    conn: &Connection,
    instruction_id: &str,
    own_site: &str,
    accounts: bool,
) -> CoreResult<Vec<InstructionEdit>> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, at, os_user, field, old_ru, old_uz, old_en, new_ru, new_uz, new_en, officer_ru, officer_uz,
                officer_en, officer_id, nullif(site, ?2)
         FROM instruction_edits WHERE instruction_id = ?1 ORDER BY seq",
    )?;
    let rows = stmt.query_map(params![instruction_id, own_site], |row| {
        let who = (
            super::audit::officer_named(row, 10, accounts)?,
            row.get::<_, Option<String>>(13)?,
            row.get::<_, Option<String>>(14)?,
        );
        let field: String = row.get(3)?;
        Ok((
            row.get::<_, i64>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
            EditedField::parse(&field),
            LocalizedText {
                ru: row.get(4)?,
                uz: row.get(5)?,
                en: row.get(6)?,
            },
            LocalizedText {
                ru: row.get(7)?,
                uz: row.get(8)?,
                en: row.get(9)?,
            },
            who,
        ))
    })?;
    let mut edits: Vec<InstructionEdit> = Vec::new();
    for row in rows {
        let (seq, at, os_user, field, old, new, (officer, officer_id, site)) = row?;
        // The schema's CHECK admits only known fields.
        let Some(field) = field else { continue };
        let change = FieldChange { field, old, new };
        match edits.last_mut() {
            Some(edit) if edit.seq == seq => edit.changes.push(change),
            _ => edits.push(InstructionEdit {
                seq,
                at,
                os_user,
                officer,
                officer_id,
                site,
                changes: vec![change],
            }),
        }
    }
    for edit in &mut edits {
        edit.changes
            .sort_by_key(|c| EditedField::ALL.iter().position(|f| *f == c.field));
    }
    Ok(edits)
}
