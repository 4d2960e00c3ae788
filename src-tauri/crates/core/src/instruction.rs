//! Instructions (поручения, topshiriqlar) and their execution control: who must do what by when, and whether
//! they did.
//!
//! States: assigned → in progress → reported → removed from control; cancelled (with a reason) from any open
//! state. Adding an execution report moves an open instruction to `reported`; a reported one can be returned to
//! work. Removal from control needs at least one execution report. Overdue is computed from the due date and
//! the state at a given "today", never stored.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{CoreError, CoreResult, ErrorCode};
use crate::lang::{Lang, LocalizedText};
use crate::time::{parse_date, parse_optional_date};

/// Where an instruction stands in execution control.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum InstructionState {
    Assigned,
    InProgress,
    /// An execution report came in; the controller decides whether it suffices.
    Reported,
    /// Removed from control: executed.
    Removed,
    Cancelled,
}

impl InstructionState {
    /// The role a move by hand to this state needs: removing from control and cancelling are the head's.
    #[must_use]
    pub fn need_to_enter(self) -> crate::officer::Role {
        match self {
            InstructionState::Removed | InstructionState::Cancelled => crate::officer::Role::Head,
            _ => crate::officer::Role::Officer,
        }
    }

    /// Every state, in the order an instruction passes through them.
    pub const ALL: [InstructionState; 5] = [
        InstructionState::Assigned,
        InstructionState::InProgress,
        InstructionState::Reported,
        InstructionState::Removed,
        InstructionState::Cancelled,
    ];

    /// The code stored in the database and used on the command line.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            InstructionState::Assigned => "assigned",
            InstructionState::InProgress => "in_progress",
            InstructionState::Reported => "reported",
            InstructionState::Removed => "removed",
            InstructionState::Cancelled => "cancelled",
        }
    }

    /// Parses a state code.
    pub fn parse(text: &str) -> CoreResult<InstructionState> {
        InstructionState::ALL
            .into_iter()
            .find(|state| state.code() == text.trim())
            .ok_or_else(|| CoreError::new(ErrorCode::InvalidValue, text.trim()).on("state"))
    }

    /// Still under control: neither removed nor cancelled.
    #[must_use]
    pub fn is_open(self) -> bool {
        !matches!(
            self,
            InstructionState::Removed | InstructionState::Cancelled
        )
    }

    /// The states an officer may move an instruction to by hand from this one.
    /// (`reported` is reached by adding an execution report.)
    #[must_use]
    pub fn next(self) -> &'static [InstructionState] {
        use InstructionState as S;
        match self {
            // Removal straight from `assigned` is offered so that the refusal names the missing report.
            S::Assigned | S::Reported => &[S::InProgress, S::Removed, S::Cancelled],
            S::InProgress => &[S::Removed, S::Cancelled],
            S::Removed | S::Cancelled => &[],
        }
    }

    /// Refuses a move this state does not allow, naming both ends.
    pub fn check_move(self, to: InstructionState) -> CoreResult<()> {
        if self.next().contains(&to) {
            Ok(())
        } else {
            Err(CoreError::new(
                ErrorCode::InvalidTransition,
                format!("{} → {}", self.code(), to.code()),
            )
            .on("state"))
        }
    }
}

/// How a body takes part in an instruction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExecutorRole {
    /// The lead executor, who answers for it.
    Lead,
    /// One of the co-executors.
    CoExecutor,
}

/// An instruction as the control list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Instruction {
    pub id: Uuid,
    /// `{decision number}.{k}`, `{parent number}.{k}`, or `S-{year}-{k}` for a standalone instruction; empty
    /// while it is pending.
    pub number: String,
    /// Given on a site that does not number its session (or under a record whose number is pending): the
    /// number comes when the numbering site has received it and its answer has come back.
    pub number_pending: bool,
    pub decision_id: Option<Uuid>,
    pub session_id: Option<Uuid>,
    pub parent_id: Option<Uuid>,
    pub text: LocalizedText,
    pub lead_body_id: Uuid,
    /// The lead executor's name.
    pub lead_body: LocalizedText,
    pub co_executor_ids: Vec<Uuid>,
    pub controller_person_id: Option<Uuid>,
    pub pairing_id: Option<Uuid>,
    /// The current due date (after extensions).
    pub due_on: NaiveDate,
    /// The due date first set.
    pub original_due_on: NaiveDate,
    pub extension_count: u32,
    pub state: InstructionState,
    /// Why it was cancelled.
    pub state_reason: String,
    /// The date it was removed from control.
    pub removed_on: Option<NaiveDate>,
    pub report_count: u32,
    pub last_report_on: Option<NaiveDate>,
    /// Past due and still open, at the "today" the query was asked for; never when `awaiting_review`.
    pub overdue: bool,
    /// Reported on or before the due date and waiting for the secretariat's review: the executor did its
    /// part on time, so it is counted apart from the overdue ones.
    pub awaiting_review: bool,
    /// Set when the due date falls on a Saturday, a Sunday or a public holiday of either country: the
    /// warning to show beside it.
    pub due_warning: Option<LocalizedText>,
    /// How many reminder letters (by outgoing number) went out about it, and the date of the last.
    pub reminder_count: u32,
    pub last_reminded_on: Option<NaiveDate>,
    /// In a control list filtered by a body: whether that body leads this instruction or is only one of
    /// its co-executors. None in any other answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub body_role: Option<ExecutorRole>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
}

impl Instruction {
    /// The input that would give this instruction again as it is, for editing it field by field (the due
    /// date changes only by an extension).
    #[must_use]
    pub fn to_input(&self) -> InstructionInput {
        InstructionInput {
            decision_id: self.decision_id.map(|id| id.to_string()),
            parent_id: self.parent_id.map(|id| id.to_string()),
            text: self.text.clone(),
            lead_body_id: self.lead_body_id.to_string(),
            co_executor_ids: self
                .co_executor_ids
                .iter()
                .map(ToString::to_string)
                .collect(),
            controller_person_id: self.controller_person_id.map(|id| id.to_string()),
            pairing_id: self.pairing_id.map(|id| id.to_string()),
            due_on: self.due_on.to_string(),
        }
    }
}

/// What a user submits to give an instruction.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InstructionInput {
    /// The decision it follows from (id); none for a standalone instruction.
    pub decision_id: Option<String>,
    /// The instruction it is a sub-instruction of (id).
    pub parent_id: Option<String>,
    pub text: LocalizedText,
    /// The lead executor (body id).
    pub lead_body_id: String,
    /// Co-executors (body ids, of either country).
    pub co_executor_ids: Vec<String>,
    /// The controller (person id).
    pub controller_person_id: Option<String>,
    /// The pairing it concerns (id); by default that of the decision's agenda item.
    pub pairing_id: Option<String>,
    /// `YYYY-MM-DD`.
    pub due_on: String,
}

/// An instruction input that passed the checks needing no database.
#[derive(Debug, Clone)]
pub(crate) struct CheckedInstruction {
    pub decision_id: Option<String>,
    pub parent_id: Option<String>,
    pub text: LocalizedText,
    pub lead_body_id: String,
    pub co_executor_ids: Vec<String>,
    pub controller_person_id: Option<String>,
    pub pairing_id: Option<String>,
    pub due_on: NaiveDate,
}

fn optional_id(value: Option<&String>) -> Option<String> {
    value
        .map(|v| v.trim().to_lowercase())
        .filter(|v| !v.is_empty())
}

impl InstructionInput {
    /// Checks text, lead executor and due date; trims and de-duplicates ids.
    pub(crate) fn check(&self) -> CoreResult<CheckedInstruction> {
        let text = self.text.trimmed();
        if Lang::ALL.iter().all(|lang| text.get(*lang).is_empty()) {
            return Err(CoreError::new(ErrorCode::Required, "text").on("text"));
        }
        let lead = self.lead_body_id.trim().to_lowercase();
        if lead.is_empty() {
            return Err(CoreError::new(ErrorCode::Required, "lead_body_id").on("lead_body_id"));
        }
        let due_on = parse_date(&self.due_on, "due_on")?;
        let mut co_executors: Vec<String> = self
            .co_executor_ids
            .iter()
            .map(|id| id.trim().to_lowercase())
            .filter(|id| !id.is_empty() && *id != lead)
            .collect();
        co_executors.sort();
        co_executors.dedup();
        Ok(CheckedInstruction {
            decision_id: optional_id(self.decision_id.as_ref()),
            parent_id: optional_id(self.parent_id.as_ref()),
            text,
            lead_body_id: lead,
            co_executor_ids: co_executors,
            controller_person_id: optional_id(self.controller_person_id.as_ref()),
            pairing_id: optional_id(self.pairing_id.as_ref()),
            due_on,
        })
    }
}

/// An execution report from an executor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExecutionReport {
    pub id: Uuid,
    pub instruction_id: Uuid,
    pub reported_on: NaiveDate,
    pub text: String,
    pub author: String,
    pub created_at: String,
}

/// What a user submits as an execution report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReportInput {
    /// `YYYY-MM-DD`; empty means today.
    pub reported_on: Option<String>,
    pub text: String,
    pub author: String,
}

impl ReportInput {
    /// Checks the text and the date (`today` when none is given), which may not be before `given_on`, the day
    /// the instruction came to exist, when it has one.
    pub(crate) fn check(
        &self,
        today: NaiveDate,
        given_on: Option<NaiveDate>,
    ) -> CoreResult<(NaiveDate, String, String)> {
        let text = self.text.trim().to_owned();
        if text.is_empty() {
            return Err(CoreError::new(ErrorCode::Required, "text").on("text"));
        }
        let date =
            parse_optional_date(self.reported_on.as_deref(), "reported_on")?.unwrap_or(today);
        if let Some(given_on) = given_on.filter(|given_on| date < *given_on) {
            return Err(
                CoreError::new(ErrorCode::ReportBeforeInstruction, given_on.to_string())
                    .on("reported_on"),
            );
        }
        Ok((date, text, self.author.trim().to_owned()))
    }
}

/// One extension of the due date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Extension {
    pub seq: i64,
    pub at: String,
    pub os_user: String,
    /// The officer who made it (see `AuditEntry::officer`), their account's id, and the site where it was
    /// made when another site made it. Absent when none is known (a register without accounts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub officer: Option<LocalizedText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub officer_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub site: Option<String>,
    pub old_due_on: NaiveDate,
    pub new_due_on: NaiveDate,
    pub reason: String,
}

/// One change of state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StateChange {
    pub seq: i64,
    pub at: String,
    pub os_user: String,
    /// The officer who made it (see `AuditEntry::officer`), their account's id, and the site where it was
    /// made when another site made it. Absent when none is known (a register without accounts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub officer: Option<LocalizedText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub officer_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub site: Option<String>,
    pub from_state: Option<InstructionState>,
    pub to_state: InstructionState,
    pub note: String,
}

/// A field of the instruction form that an edit can change (the due date changes only by extension).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum EditedField {
    TextRu,
    TextUz,
    TextEn,
    LeadBody,
    CoExecutors,
    Controller,
    Pairing,
}

impl EditedField {
    /// Every field, in the order the form shows them.
    pub const ALL: [EditedField; 7] = [
        EditedField::TextRu,
        EditedField::TextUz,
        EditedField::TextEn,
        EditedField::LeadBody,
        EditedField::CoExecutors,
        EditedField::Controller,
        EditedField::Pairing,
    ];

    /// The code stored in the database.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            EditedField::TextRu => "text_ru",
            EditedField::TextUz => "text_uz",
            EditedField::TextEn => "text_en",
            EditedField::LeadBody => "lead_body",
            EditedField::CoExecutors => "co_executors",
            EditedField::Controller => "controller",
            EditedField::Pairing => "pairing",
        }
    }

    /// The field of a stored code.
    #[must_use]
    pub fn parse(code: &str) -> Option<EditedField> {
        EditedField::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// One field an edit changed, before and after, as the officer read it at the time: a body, person or
/// pairing by name, co-executors as their names joined by commas, a text as typed (the same in every
/// language). An empty value means there was none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FieldChange {
    pub field: EditedField,
    pub old: LocalizedText,
    pub new: LocalizedText,
}

/// One edit of an instruction: when, by whom, and every field it changed (never none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InstructionEdit {
    pub seq: i64,
    pub at: String,
    pub os_user: String,
    /// The officer who made it (see `AuditEntry::officer`), their account's id, and the site where it was
    /// made when another site made it. Absent when none is known (a register without accounts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub officer: Option<LocalizedText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub officer_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub site: Option<String>,
    pub changes: Vec<FieldChange>,
}

/// Everything that happened to an instruction: every due date, report, state change and edit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InstructionHistory {
    pub instruction: Instruction,
    pub extensions: Vec<Extension>,
    pub reports: Vec<ExecutionReport>,
    pub changes: Vec<StateChange>,
    pub edits: Vec<InstructionEdit>,
    /// Every reminder sent about it, in the order they were sent.
    pub reminders: Vec<crate::reminder::Reminder>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use InstructionState as S;

    #[test]
    fn every_transition_is_allowed_or_refused_as_the_rules_say() {
        let allowed = [
            (S::Assigned, S::InProgress),
            (S::Assigned, S::Removed),
            (S::Assigned, S::Cancelled),
            (S::InProgress, S::Removed),
            (S::InProgress, S::Cancelled),
            (S::Reported, S::InProgress),
            (S::Reported, S::Removed),
            (S::Reported, S::Cancelled),
        ];
        for from in S::ALL {
            for to in S::ALL {
                let result = from.check_move(to);
                if allowed.contains(&(from, to)) {
                    assert!(result.is_ok(), "{from:?} → {to:?} should be allowed");
                } else {
                    let error = result.unwrap_err();
                    assert_eq!(
                        error.code,
                        ErrorCode::InvalidTransition,
                        "{from:?} → {to:?}"
                    );
                    assert_eq!(error.arg, format!("{} → {}", from.code(), to.code()));
                }
            }
        }
    }

    #[test]
    fn input_needs_text_lead_and_a_real_due_date() {
        let mut input = InstructionInput {
            text: LocalizedText {
                ru: "Подготовить".into(),
                ..LocalizedText::default()
            },
            lead_body_id: "A".into(),
            co_executor_ids: vec!["b".into(), "a".into(), "b".into()],
            due_on: "2026-12-31".into(),
            ..InstructionInput::default()
        };
        let checked = input.check().unwrap();
        assert_eq!(
            checked.co_executor_ids,
            vec!["b"],
            "lead and duplicates dropped"
        );
        input.due_on = "2026-02-30".into();
        assert_eq!(input.check().unwrap_err().field, Some("due_on"));
        input.due_on = "2026-12-31".into();
        input.text = LocalizedText::default();
        assert_eq!(input.check().unwrap_err().code, ErrorCode::Required);
    }
}
