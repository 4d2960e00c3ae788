//! `council pairings …`

use std::io::Write;

use council_core::{
    CoreResult, Lang, LocalizedText, Pairing, PairingFilter, PairingInput, PairingStatus, Store,
};

use crate::args::{PairingFields, PairingsCommand};
use crate::output;

pub fn run(
    command: PairingsCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        PairingsCommand::Add {
            region_a,
            region_b,
            status,
            fields,
            json,
        } => {
            let input = PairingInput {
                region_a,
                region_b,
                status: PairingStatus::parse(&status)?,
                since: None,
                basis_title: LocalizedText::default(),
                basis_number: String::new(),
                basis_date: None,
                sectors: Vec::new(),
                notes: LocalizedText::default(),
                contacts: String::new(),
            };
            let pairing = store.create_pairing(&apply(input, fields))?;
            show(out, json, &pairing, lang)
        }
        PairingsCommand::List {
            status,
            region,
            trash,
            json,
        } => {
            let filter = PairingFilter {
                status: status.as_deref().map(PairingStatus::parse).transpose()?,
                region,
                deleted: trash,
            };
            let pairings = store.list_pairings(&filter)?;
            output::listing(out, json, &pairings, |p| row(p, lang))
        }
        PairingsCommand::Show { id, json } => show(out, json, &store.pairing(&id)?, lang),
        PairingsCommand::Update {
            id,
            status,
            fields,
            clear_sectors,
            json,
        } => {
            let current = store.pairing(&id)?;
            let mut input = current.to_input();
            if let Some(status) = status {
                input.status = PairingStatus::parse(&status)?;
            }
            if clear_sectors {
                input.sectors.clear();
            }
            let updated = store.update_pairing(&current.id.to_string(), &apply(input, fields))?;
            show(out, json, &updated, lang)
        }
        PairingsCommand::Delete { id } => {
            let pairing = store.delete_pairing(&id)?;
            output::lines(out, &[pairing.id.to_string()])
        }
        PairingsCommand::Restore { id } => {
            let pairing = store.restore_pairing(&id)?;
            output::lines(out, &[pairing.id.to_string()])
        }
    }
}

/// Applies the options given on the command line to an input; sectors are added to those there.
fn apply(mut input: PairingInput, fields: PairingFields) -> PairingInput {
    if fields.since.is_some() {
        input.since = fields.since;
    }
    if fields.basis_date.is_some() {
        input.basis_date = fields.basis_date;
    }
    let texts = [
        (&mut input.basis_title.ru, fields.basis_title_ru),
        (&mut input.basis_title.uz, fields.basis_title_uz),
        (&mut input.basis_title.en, fields.basis_title_en),
        (&mut input.basis_number, fields.basis_number),
        (&mut input.notes.ru, fields.notes_ru),
        (&mut input.notes.uz, fields.notes_uz),
        (&mut input.notes.en, fields.notes_en),
        (&mut input.contacts, fields.contacts),
    ];
    for (slot, value) in texts {
        if let Some(value) = value {
            *slot = value;
        }
    }
    input.sectors.extend(fields.sectors);
    input
}

fn row(pairing: &Pairing, lang: Lang) -> Vec<String> {
    let uz = &pairing.uz_region;
    let ru = &pairing.ru_region;
    vec![
        pairing.id.to_string(),
        uz.name.get(lang).to_owned(),
        ru.name.get(lang).to_owned(),
        pairing.status.code().to_owned(),
        pairing.since.map(|d| d.to_string()).unwrap_or_default(),
        pairing.sectors.join(","),
    ]
}

fn show(out: &mut dyn Write, json: bool, pairing: &Pairing, lang: Lang) -> CoreResult<()> {
    if json {
        return output::json(out, pairing);
    }
    let mut lines = vec![row(pairing, lang).join("  ")];
    let basis = &pairing.basis;
    let title = &basis.title;
    let title = output::pick(lang, &title.ru, &title.uz, &title.en);
    if !title.is_empty() || !basis.number.is_empty() {
        let date = basis.date.map(|d| format!(" ({d})")).unwrap_or_default();
        lines.push(format!("{title} № {}{date}", basis.number));
    }
    for (code, text) in [
        ("ru", &pairing.notes.ru),
        ("uz", &pairing.notes.uz),
        ("en", &pairing.notes.en),
    ] {
        if !text.is_empty() {
            lines.push(format!("{code}: {text}"));
        }
    }
    if !pairing.contacts.is_empty() {
        lines.push(pairing.contacts.clone());
    }
    output::lines(out, &lines)
}
