//! Commands of execution control: instructions, their actions and the weekly questions.

use council_core::RecordKey;
use council_core::control::{DeadlineNotice, InstructionFilter, NoticeSettings};
use council_core::instruction::{
    ExecutionReport, Instruction, InstructionHistory, InstructionInput, InstructionState,
    ReportInput,
};
use council_core::reminder::{ReminderLetter, ReminderQuery, ReminderRecord};
use council_core::store::Dashboard;

use super::Answer;
use crate::Desk;

/// Everything the dashboard shows, in one answer.
pub fn dashboard(desk: &Desk) -> Answer<Dashboard> {
    desk.with_first_screen(|store| store.dashboard(store.secretariat_today()?))
}

pub fn list_instructions(desk: &Desk, filter: InstructionFilter) -> Answer<Vec<Instruction>> {
    desk.with(|store| store.list_instructions(&filter, store.secretariat_today()?))
}

/// The deadline notice at the secretariat's date, in the window chosen in Settings.
pub fn deadline_notice(desk: &Desk) -> Answer<DeadlineNotice> {
    desk.with(|store| store.deadline_notice(store.secretariat_today()?))
}

pub fn notice_settings(desk: &Desk) -> Answer<NoticeSettings> {
    desk.with(|store| store.notice_settings())
}

pub fn set_notice_settings(desk: &Desk, settings: NoticeSettings) -> Answer<NoticeSettings> {
    desk.with(|store| store.set_notice_settings(settings))
}

pub fn instruction_history(desk: &Desk, id: RecordKey) -> Answer<InstructionHistory> {
    desk.with(|store| store.instruction_history(&id.to_string(), store.secretariat_today()?))
}

pub fn reminder_letters(desk: &Desk, query: ReminderQuery) -> Answer<Vec<ReminderLetter>> {
    desk.with(|store| store.reminder_letters(&query, store.secretariat_today()?))
}

pub fn record_reminders(desk: &Desk, record: ReminderRecord) -> Answer<u32> {
    desk.with(|store| store.record_reminders(&record, store.secretariat_today()?))
}

pub fn create_instruction(desk: &Desk, input: InstructionInput) -> Answer<Instruction> {
    desk.with(|store| store.create_instruction(&input, store.secretariat_today()?))
}

pub fn update_instruction(
    desk: &Desk,
    id: RecordKey,
    input: InstructionInput,
) -> Answer<Instruction> {
    desk.with(|store| store.update_instruction(&id.to_string(), &input, store.secretariat_today()?))
}

pub fn extend_instruction(
    desk: &Desk,
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

pub fn add_execution_report(
    desk: &Desk,
    id: RecordKey,
    report: ReportInput,
) -> Answer<ExecutionReport> {
    desk.with(|store| {
        store.add_execution_report(&id.to_string(), &report, store.secretariat_today()?)
    })
}

pub fn move_instruction(
    desk: &Desk,
    id: RecordKey,
    to: InstructionState,
    note: String,
) -> Answer<Instruction> {
    desk.with(|store| {
        store.move_instruction(&id.to_string(), to, &note, store.secretariat_today()?)
    })
}

pub fn delete_instruction(desk: &Desk, id: RecordKey) -> Answer<Instruction> {
    desk.with(|store| store.delete_instruction(&id.to_string(), store.secretariat_today()?))
}

pub fn restore_instruction(desk: &Desk, id: RecordKey) -> Answer<Instruction> {
    desk.with(|store| store.restore_instruction(&id.to_string(), store.secretariat_today()?))
}
