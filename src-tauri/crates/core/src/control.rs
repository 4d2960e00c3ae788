//! The questions the secretariat asks every week of execution control: what is open, for whom, what is
//! overdue, what falls due soon, and how disciplined each body and each pairing has been.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::instruction::InstructionState;
use crate::lang::LocalizedText;

/// Which instructions the control list shows. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct InstructionFilter {
    /// Only these states; empty means all.
    pub states: Vec<InstructionState>,
    /// Only instructions still under control (neither removed nor cancelled).
    pub open_only: bool,
    /// A body (id) as lead executor or co-executor.
    pub body: Option<String>,
    /// A pairing (id).
    pub pairing: Option<String>,
    /// A session (id) whose decisions gave the instructions; they are then listed by number.
    pub session: Option<String>,
    /// Only overdue ones: open and past due at `today`, not reported on time (those await review).
    pub overdue: bool,
    /// Only open ones due from `today` to `today + n` days, inclusive. With `overdue` too, both: what the
    /// deadline notice counts (the two never overlap, so together they could only mean "either").
    pub due_within_days: Option<u32>,
    /// At most this many rows (a page of the control screen); none means all.
    pub limit: Option<u32>,
    /// Rows to skip before the page.
    pub offset: u32,
}

/// What an execution rate is computed per.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RateBy {
    /// The lead executor.
    Body,
    Pairing,
}

/// Execution discipline of one body or pairing at a date.
///
/// An instruction counts once its due date has come (due on or before `today`) or once it left control,
/// whichever is first; cancelled ones never count. It was executed on time when it was removed from control
/// on or before its (possibly extended) due date. The rate is on time / counted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ExecutionRate {
    /// The body or pairing id; `None` gathers instructions without a pairing.
    pub id: Option<String>,
    pub label: LocalizedText,
    /// Instructions counted (see above).
    pub counted: u32,
    pub on_time: u32,
    /// Removed from control after the due date.
    pub late: u32,
    /// Past due and still open, not reported on time (those await review).
    pub overdue: u32,
    /// `on_time / counted`, none when nothing counted yet.
    pub rate: Option<f64>,
}

/// The weekly summary: what the head of secretariat reads on Monday.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ControlSummary {
    pub today: NaiveDate,
    pub open: u32,
    pub overdue: u32,
    pub due_within_7_days: u32,
    /// Reported on or before the due date and waiting for review (counted apart from overdue).
    pub awaiting_review: u32,
}

/// The deadline notice's window when the officer chose none: what falls due within the next week.
pub const DEFAULT_NOTICE_DAYS: u32 = 7;

/// The windows one may choose for the deadline notice, in days.
pub const NOTICE_DAYS_RANGE: std::ops::RangeInclusive<u32> = 1..=60;

/// How many instructions the deadline notice names; the rest are counted.
pub const NOTICE_NAMED: u32 = 5;

/// How the deadline notice is given (Settings → Deadline notices; every desk of a hub shares the hub's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NoticeSettings {
    /// What falls due within this many days from today is noticed, besides what is overdue (1 to 60).
    pub within_days: u32,
    /// Whether the notice is also shown as a desktop notification where the system has them.
    pub desktop: bool,
}

impl Default for NoticeSettings {
    fn default() -> Self {
        NoticeSettings {
            within_days: DEFAULT_NOTICE_DAYS,
            desktop: true,
        }
    }
}

/// What became overdue and what falls due soon, at the secretariat's date: the notice on start and once a day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DeadlineNotice {
    pub today: NaiveDate,
    pub settings: NoticeSettings,
    /// Open and past due (reported on time is awaiting review, not overdue).
    pub overdue: u32,
    /// Open and due from today to today + `settings.within_days`, inclusive.
    pub due_soon: u32,
    /// The first of them by due date (the most overdue first), at most [`NOTICE_NAMED`].
    pub first: Vec<crate::instruction::Instruction>,
    /// The control list's filter that lists exactly the instructions counted.
    pub filter: InstructionFilter,
}
