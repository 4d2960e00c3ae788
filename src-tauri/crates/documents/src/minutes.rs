//! The minutes of a session: facts, co-chairs and participants, each agenda item with its decisions, the
//! instructions with executors and due dates, and the co-chairs' signature block.

use chrono::NaiveDate;
use council_core::control::InstructionFilter;
use council_core::decision::Decision;
use council_core::instruction::Instruction;
use council_core::session::SessionStatus;
use council_core::{CoreResult, Store};
use serde::Serialize;

use crate::agenda::{SessionHead, session_head};
use crate::directory::{Directory, PersonView};
use crate::instruction_view::{DecisionView, InstructionView};
use crate::printed::Printed;
use crate::render::{DocLang, DocumentData, document_data};

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
    instructions: Vec<InstructionGroup>,
}

/// The instructions a decision gave, by number; `decision` is none for those of no decision of the minutes.
#[derive(Debug, Serialize)]
struct InstructionGroup {
    decision: Option<String>,
    instructions: Vec<InstructionView>,
}

#[derive(Debug, Serialize)]
struct ItemDecisions {
    number: String,
    title: Printed,
    decisions: Vec<DecisionView>,
}

/// The session's instructions under the decision that gave them, in the decisions' order (both lists come
/// from the core by number, each part in numeric order); those of no listed decision come last.
fn instruction_groups(
    decisions: &[Decision],
    instructions: &[Instruction],
    directory: &Directory,
) -> Vec<InstructionGroup> {
    let views = |of: &dyn Fn(&Instruction) -> bool| -> Vec<InstructionView> {
        instructions
            .iter()
            .filter(|i| of(i))
            .map(|i| InstructionView::new(i, directory))
            .collect()
    };
    let mut groups: Vec<InstructionGroup> = decisions
        .iter()
        .map(|d| InstructionGroup {
            decision: Some(d.number.clone()),
            instructions: views(&|i| i.decision_id == Some(d.id)),
        })
        .collect();
    groups.push(InstructionGroup {
        decision: None,
        instructions: views(&|i| {
            i.decision_id
                .is_none_or(|id| decisions.iter().all(|d| d.id != id))
        }),
    });
    groups.retain(|g| !g.instructions.is_empty());
    groups
}

/// The minutes of `session`, typeset, printed on `today` (which also decides what is overdue). They carry the
/// DRAFT mark until the session's minutes are approved.
pub fn minutes_document(
    store: &Store,
    session: &str,
    lang: DocLang,
    today: NaiveDate,
) -> CoreResult<DocumentData> {
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
            title: (&entry.item.title).into(),
            decisions: decisions
                .iter()
                .filter(|d| d.agenda_item_id == Some(entry.item.id))
                .map(DecisionView::new)
                .collect(),
        })
        .collect();
    let on_agenda = |d: &&Decision| {
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
        instructions: instruction_groups(&decisions, &instructions, &directory),
    };
    document_data(
        "/minutes.typ",
        &data,
        today,
        &format!("minutes/{}", record.id),
    )
}
