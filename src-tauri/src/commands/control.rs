//! Commands of execution control: instructions, their actions and the weekly questions.

use council_core::RecordKey;
use council_core::control::InstructionFilter;
use council_core::instruction::{
    ExecutionReport, Instruction, InstructionHistory, InstructionInput, InstructionState,
    ReportInput,
};
use council_core::store::Dashboard;
use tauri::State;

use super::Answer;
use crate::state::Desk;

/// Everything the dashboard shows, in one answer.
pub async fn dashboard(desk: State<'_, Desk>) -> Answer<Dashboard> {
    desk.with_first_screen(|store| store.dashboard(store.secretariat_today()?))
}

pub async fn list_instructions(
    desk: State<'_, Desk>,
    filter: InstructionFilter,
) -> Answer<Vec<Instruction>> {
    desk.with(|store| store.list_instructions(&filter, store.secretariat_today()?))
}

pub async fn instruction_history(
    desk: State<'_, Desk>,
    id: RecordKey,
) -> Answer<InstructionHistory> {
    desk.with(|store| store.instruction_history(&id.to_string(), store.secretariat_today()?))
}

pub async fn create_instruction(
    desk: State<'_, Desk>,
    input: InstructionInput,
) -> Answer<Instruction> {
    desk.with(|store| store.create_instruction(&input, store.secretariat_today()?))
}

pub async fn update_instruction(
    desk: State<'_, Desk>,
    id: RecordKey,
    input: InstructionInput,
) -> Answer<Instruction> {
    desk.with(|store| store.update_instruction(&id.to_string(), &input, store.secretariat_today()?))
}

pub async fn extend_instruction(
    desk: State<'_, Desk>,
    id: RecordKey,
    new_due_on: String,
    reason: String,
) -> Answer<Instruction> {
    desk.with(|store| {
        store.extend_instruction(
            &id.to_string(),
            &new_due_on,
            &reason,
            store.secretariat_today()?,
        )
    })
}

pub async fn add_execution_report(
    desk: State<'_, Desk>,
    id: RecordKey,
    report: ReportInput,
) -> Answer<ExecutionReport> {
    desk.with(|store| {
        store.add_execution_report(&id.to_string(), &report, store.secretariat_today()?)
    })
}

pub async fn move_instruction(
    desk: State<'_, Desk>,
    id: RecordKey,
    to: InstructionState,
    note: String,
) -> Answer<Instruction> {
    desk.with(|store| {
        store.move_instruction(&id.to_string(), to, &note, store.secretariat_today()?)
    })
}

pub async fn delete_instruction(desk: State<'_, Desk>, id: RecordKey) -> Answer<Instruction> {
    desk.with(|store| store.delete_instruction(&id.to_string(), store.secretariat_today()?))
}

pub async fn restore_instruction(desk: State<'_, Desk>, id: RecordKey) -> Answer<Instruction> {
    desk.with(|store| store.restore_instruction(&id.to_string(), store.secretariat_today()?))
}
