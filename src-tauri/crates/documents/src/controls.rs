//! The instruction control list, filtered as on the control screen, with overdue rows marked.

use chrono::NaiveDate;
use council_core::control::InstructionFilter;
use council_core::{CoreResult, Store};
use serde::Serialize;

use crate::directory::Directory;
use crate::dossier::pairing_name;
use crate::instruction_view::InstructionView;
use crate::printed::Printed;
use crate::render::{DocLang, DocumentData, document_data};

#[derive(Debug, Serialize)]
struct ControlsData {
    langs: Vec<&'static str>,
    printed_on: NaiveDate,
    filters: Vec<FilterView>,
    total: usize,
    overdue_count: usize,
    /// Reported on time and waiting for the secretariat's review: counted apart from the overdue.
    awaiting_count: usize,
    rows: Vec<InstructionView>,
}

/// One filter as the heading names it: a record's name, state codes, or a plain value.
#[derive(Debug, Default, Serialize)]
struct FilterView {
    key: &'static str,
    text: Option<Printed>,
    codes: Option<Vec<&'static str>>,
    value: Option<String>,
}

fn describe(
    store: &Store,
    filter: &InstructionFilter,
    directory: &Directory,
) -> CoreResult<Vec<FilterView>> {
    let mut views = Vec::new();
    if let Some(body) = &filter.body {
        let body = store.body(body)?;
        views.push(FilterView {
            key: "body",
            text: Some(directory.body(body.id).into()),
            ..FilterView::default()
        });
    }
    if let Some(pairing) = &filter.pairing {
        views.push(FilterView {
            key: "pairing",
            text: Some(pairing_name(&store.pairing(pairing)?).into()),
            ..FilterView::default()
        });
    }
    if let Some(session) = &filter.session {
        views.push(FilterView {
            key: "session",
            text: Some(store.session(session)?.title.into()),
            ..FilterView::default()
        });
    }
    if !filter.states.is_empty() {
        views.push(FilterView {
            key: "state",
            codes: Some(filter.states.iter().map(|s| s.code()).collect()),
            ..FilterView::default()
        });
    }
    if filter.open_only {
        views.push(FilterView {
            key: "open",
            ..FilterView::default()
        });
    }
    if filter.overdue {
        views.push(FilterView {
            key: "overdue",
            ..FilterView::default()
        });
    }
    if let Some(days) = filter.due_within_days {
        views.push(FilterView {
            key: "due_within",
            value: Some(format!("≤ {days}")),
            ..FilterView::default()
        });
    }
    Ok(views)
}

/// The control list for `filter`, typeset; `today` (the secretariat's date) decides what is overdue.
pub fn controls_document(
    store: &Store,
    filter: &InstructionFilter,
    lang: DocLang,
    today: NaiveDate,
) -> CoreResult<DocumentData> {
    let directory = Directory::load(store)?;
    let list = store.list_instructions(filter, today)?;
    let data = ControlsData {
        langs: lang.langs(),
        printed_on: today,
        filters: describe(store, filter, &directory)?,
        total: list.len(),
        overdue_count: list.iter().filter(|i| i.overdue).count(),
        awaiting_count: list.iter().filter(|i| i.awaiting_review).count(),
        rows: list
            .iter()
            .map(|i| InstructionView::new(i, &directory))
            .collect(),
    };
    let ident = format!("controls/{}", serde_json::to_string(filter)?);
    document_data("/controls.typ", &data, today, &ident)
}
