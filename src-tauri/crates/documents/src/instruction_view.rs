//! An instruction as the minutes, the control list and the dossier print it.

use chrono::NaiveDate;
use council_core::decision::Decision;
use council_core::instruction::{ExecutorRole, Instruction};
use serde::Serialize;

use crate::directory::Directory;
use crate::printed::Printed;

/// One row of an instruction table. `overdue` is the core's verdict at the document's "today", and
/// `awaiting_review` (reported on or before the due date, the secretariat still to decide) is never overdue;
/// `role`, in a
/// control list filtered by a body, the core's answer whether that body leads the row or only co-executes.
#[derive(Debug, Serialize)]
pub(crate) struct InstructionView {
    number: String,
    text: Printed,
    lead: Printed,
    co: Vec<Printed>,
    due_on: NaiveDate,
    original_due_on: NaiveDate,
    extensions: u32,
    state: &'static str,
    overdue: bool,
    awaiting_review: bool,
    last_report_on: Option<NaiveDate>,
    role: Option<&'static str>,
}

impl InstructionView {
    pub(crate) fn new(instruction: &Instruction, directory: &Directory) -> InstructionView {
        InstructionView {
            number: instruction.number.clone(),
            text: (&instruction.text).into(),
            lead: (&instruction.lead_body).into(),
            co: instruction
                .co_executor_ids
                .iter()
                .map(|id| directory.body(*id).into())
                .collect(),
            due_on: instruction.due_on,
            original_due_on: instruction.original_due_on,
            extensions: instruction.extension_count,
            state: instruction.state.code(),
            overdue: instruction.overdue,
            awaiting_review: instruction.awaiting_review,
            last_report_on: instruction.last_report_on,
            role: instruction.body_role.map(|role| match role {
                ExecutorRole::Lead => "lead",
                ExecutorRole::CoExecutor => "co_executor",
            }),
        }
    }
}

/// A decision with its number, text and status.
#[derive(Debug, Serialize)]
pub(crate) struct DecisionView {
    number: String,
    text: Printed,
    status: &'static str,
    adopted_on: NaiveDate,
}

impl DecisionView {
    pub(crate) fn new(decision: &Decision) -> DecisionView {
        DecisionView {
            number: decision.number.clone(),
            text: (&decision.text).into(),
            status: decision.status.code(),
            adopted_on: decision.adopted_on,
        }
    }
}
