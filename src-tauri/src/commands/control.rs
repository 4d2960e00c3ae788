//! Commands of execution control: instructions, their actions and the weekly questions.

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

pub async fn instruction_history(desk: State<'_, Desk>, key: String) -> Answer<InstructionHistory> {
    desk.with(|store| store.instruction_history(&key, store.secretariat_today()?))
}

pub async fn create_instruction(
    desk: State<'_, Desk>,
    input: InstructionInput,
) -> Answer<Instruction> {
    desk.with(|store| store.create_instruction(&input, store.secretariat_today()?))
}

pub async fn update_instruction(
    desk: State<'_, Desk>,
    key: String,
    input: InstructionInput,
) -> Answer<Instruction> {
    desk.with(|store| store.update_instruction(&key, &input, store.secretariat_today()?))
}

pub async fn extend_instruction(
    desk: State<'_, Desk>,
    key: String,
    new_due_on: String,
    reason: String,
) -> Answer<Instruction> {
    desk.with(|store| {
        store.extend_instruction(&key, &new_due_on, &reason, store.secretariat_today()?)
    })
}

pub async fn add_execution_report(
    desk: State<'_, Desk>,
    key: String,
    report: ReportInput,
) -> Answer<ExecutionReport> {
    desk.with(|store| store.add_execution_report(&key, &report, store.secretariat_today()?))
}

pub async fn move_instruction(
    desk: State<'_, Desk>,
    key: String,
    to: InstructionState,
    note: String,
) -> Answer<Instruction> {
    desk.with(|store| store.move_instruction(&key, to, &note, store.secretariat_today()?))
}

pub async fn delete_instruction(desk: State<'_, Desk>, key: String) -> Answer<Instruction> {
    desk.with(|store| store.delete_instruction(&key, store.secretariat_today()?))
}

pub async fn restore_instruction(desk: State<'_, Desk>, key: String) -> Answer<Instruction> {
    desk.with(|store| store.restore_instruction(&key, store.secretariat_today()?))
}
