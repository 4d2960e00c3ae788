//! The minutes of a session: facts, co-chairs and participants, each agenda item with its decisions, the
//! instructions with executors and due dates, and the co-chairs' signature block.

use chrono::NaiveDate;
use council_core::control::InstructionFilter;
use council_core::session::SessionStatus;
use council_core::{CoreResult, LocalizedText, Store};
use serde::Serialize;

use crate::agenda::{SessionHead, session_head};
use crate::directory::{Directory, PersonView};
use crate::instruction_view::{DecisionView, InstructionView};
use crate::render::{DocLang, Typeset, typeset};

#[derive(Debug, Serialize)]
struct MinutesData {
    langs: Vec<&'static str>,
    printed_on: NaiveDate,
    draft: bool,
    session: SessionHead,
    status: &'static str,
    co_chairs: Vec<PersonView>,
    participants: Vec<PersonView>,
    items: Vec<ItemDecisions>,
    other_decisions: Vec<DecisionView>,
    instructions: Vec<InstructionView>,
}

#[derive(Debug, Serialize)]
struct ItemDecisions {
    number: String,
    title: LocalizedText,
    decisions: Vec<DecisionView>,
}

/// The minutes of `session`, typeset, printed on `today` (which also decides what is overdue). They carry the
/// DRAFT mark until the session's minutes are approved.
pub fn minutes_document(
    store: &Store,
    session: &str,
    lang: DocLang,
    today: NaiveDate,
) -> CoreResult<Typeset> {
    let record = store.session(session)?;
    let id = record.id.to_string();
    let agenda = store.agenda(&id, None)?;
    let decisions = store.list_decisions(&id, false)?;
    let instructions = store.list_instructions(
        &InstructionFilter {
            session: Some(id.clone()),
            ..InstructionFilter::default()
        },
        today,
    )?;
    let directory = Directory::load(store)?;
    let people = |ids: &[uuid::Uuid]| -> Vec<PersonView> {
        ids.iter().filter_map(|p| directory.person(*p)).collect()
    };
    let items = agenda
        .entries
        .iter()
        .map(|entry| ItemDecisions {
            number: entry.number.clone(),
            title: entry.item.title.clone(),
            decisions: decisions
                .iter()
                .filter(|d| d.agenda_item_id == Some(entry.item.id))
                .map(DecisionView::new)
                .collect(),
        })
        .collect();
    let on_agenda = |d: &&council_core::decision::Decision| {
        d.agenda_item_id
            .is_some_and(|item| agenda.entries.iter().any(|e| e.item.id == item))
    };
    let end = record.end.clone().unwrap_or_else(|| agenda.end.clone());
    let data = MinutesData {
        langs: lang.langs(),
        printed_on: today,
        draft: record.status != SessionStatus::MinutesApproved,
        session: session_head(&record, &record.start, &end),
        status: record.status.code(),
        co_chairs: people(&record.co_chairs),
        participants: people(&record.participants),
        items,
        other_decisions: decisions
            .iter()
            .filter(|d| !on_agenda(d))
            .map(DecisionView::new)
            .collect(),
        instructions: instructions
            .iter()
            .map(|i| InstructionView::new(i, &directory))
            .collect(),
    };
    typeset(
        "/minutes.typ",
        &data,
        today,
        &format!("minutes/{}", record.id),
    )
}
