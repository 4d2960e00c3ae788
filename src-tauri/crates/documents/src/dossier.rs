//! The pairing dossier: the pairing, its agreements, the sessions it took part in with their decisions, and its
//! instructions with their state.

use std::collections::HashSet;

use chrono::NaiveDate;
use council_core::agreement::AgreementFilter;
use council_core::control::InstructionFilter;
use council_core::session::SessionFilter;
use council_core::{CoreResult, LocalizedText, Pairing, Store};
use serde::Serialize;
use uuid::Uuid;

use crate::directory::Directory;
use crate::instruction_view::{DecisionView, InstructionView};
use crate::printed::Printed;
use crate::render::{DocLang, DocumentData, document_data};

#[derive(Debug, Serialize)]
struct DossierData {
    langs: Vec<&'static str>,
    printed_on: NaiveDate,
    pairing: PairingView,
    agreements: Vec<AgreementView>,
    sessions: Vec<SessionView>,
    instructions: Vec<InstructionView>,
    overdue_count: usize,
}

#[derive(Debug, Serialize)]
struct PairingView {
    name: Printed,
    status: &'static str,
    since: Option<NaiveDate>,
    basis: Option<BasisView>,
    sectors: Vec<Printed>,
    notes: Printed,
}

/// The basis document: its title in every language (a missing one is flagged in print), number and date.
#[derive(Debug, Serialize)]
struct BasisView {
    title: Printed,
    number: String,
    date: Option<NaiveDate>,
}

#[derive(Debug, Serialize)]
struct AgreementView {
    number: String,
    title: Printed,
    status: &'static str,
    signed_on: Option<NaiveDate>,
}

#[derive(Debug, Serialize)]
struct SessionView {
    date: NaiveDate,
    ordinal: Option<i64>,
    title: Printed,
    city: Printed,
    status: &'static str,
    decisions: Vec<DecisionView>,
}

/// "Samarqand viloyati — Sverdlovsk oblasti" in each language: the Uzbek region first.
pub(crate) fn pairing_name(pairing: &Pairing) -> LocalizedText {
    let (uz, ru) = (&pairing.uz_region, &pairing.ru_region);
    LocalizedText {
        ru: format!("{} — {}", uz.name.ru, ru.name.ru),
        uz: format!("{} — {}", uz.name.uz, ru.name.uz),
        en: format!("{} — {}", uz.name.en, ru.name.en),
    }
}

/// The basis document, or none when the pairing names none at all.
fn basis(pairing: &Pairing) -> Option<BasisView> {
    let b = &pairing.basis;
    let named = [&b.title.ru, &b.title.uz, &b.title.en, &b.number]
        .iter()
        .any(|part| !part.trim().is_empty());
    (named || b.date.is_some()).then(|| BasisView {
        title: (&b.title).into(),
        number: b.number.clone(),
        date: b.date,
    })
}

/// The dossier of `pairing`, typeset; `today` (the secretariat's date) decides what is overdue.
pub fn dossier_document(
    store: &Store,
    pairing: &str,
    lang: DocLang,
    today: NaiveDate,
) -> CoreResult<DocumentData> {
    let record = store.pairing(pairing)?;
    let id = record.id.to_string();
    let directory = Directory::load(store)?;
    let sectors = store.list_sectors()?;
    let agreements = store.list_agreements(&AgreementFilter {
        pairing_id: Some(id.clone()),
        ..AgreementFilter::default()
    })?;
    let instructions = store.list_instructions(
        &InstructionFilter {
            pairing: Some(id.clone()),
            ..InstructionFilter::default()
        },
        today,
    )?;
    let instructed: HashSet<Uuid> = instructions.iter().filter_map(|i| i.decision_id).collect();
    let mut sessions = Vec::new();
    for session in store.list_sessions(&SessionFilter::default())? {
        let involved = session.pairings.contains(&record.id)
            || instructions
                .iter()
                .any(|i| i.session_id == Some(session.id));
        if !involved {
            continue;
        }
        let sid = session.id.to_string();
        let linked_items: HashSet<Uuid> = store
            .agenda(&sid, None)?
            .entries
            .iter()
            .filter(|e| e.item.pairing_id == Some(record.id))
            .map(|e| e.item.id)
            .collect();
        let decisions = store
            .list_decisions(&sid, false)?
            .iter()
            .filter(|d| {
                instructed.contains(&d.id)
                    || d.agenda_item_id.is_some_and(|i| linked_items.contains(&i))
            })
            .map(DecisionView::new)
            .collect();
        sessions.push(SessionView {
            date: session.start.venue.date,
            ordinal: session.ordinal,
            title: (&session.title).into(),
            city: (&session.venue_city).into(),
            status: session.status.code(),
            decisions,
        });
    }
    sessions.sort_by_key(|s| s.date);
    let data = DossierData {
        langs: lang.langs(),
        printed_on: today,
        pairing: PairingView {
            name: pairing_name(&record).into(),
            status: record.status.code(),
            since: record.since,
            basis: basis(&record),
            sectors: record
                .sectors
                .iter()
                .map(|code| {
                    sectors.iter().find(|s| &s.code == code).map_or_else(
                        || LocalizedText {
                            ru: code.clone(),
                            uz: code.clone(),
                            en: code.clone(),
                        },
                        |s| s.name.clone(),
                    )
                })
                .map(Printed::from)
                .collect(),
            notes: (&record.notes).into(),
        },
        agreements: agreements
            .iter()
            .map(|a| AgreementView {
                number: a.number.clone(),
                title: (&a.title).into(),
                status: a.status.code(),
                signed_on: a.signed_on,
            })
            .collect(),
        sessions,
        overdue_count: instructions.iter().filter(|i| i.overdue).count(),
        instructions: instructions
            .iter()
            .map(|i| InstructionView::new(i, &directory))
            .collect(),
    };
    document_data(
        "/dossier.typ",
        &data,
        today,
        &format!("dossier/{}", record.id),
    )
}
