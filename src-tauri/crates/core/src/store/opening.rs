//! What the window asks for as it opens, each in one answer: the reference data every screen uses, and the
//! dashboard. One request each instead of one per list: at start-up every request costs the page work of
//! its own (sending, receiving, decoding) while the page is still being built.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{About, Store};
use crate::control::{ControlSummary, ExecutionRate, InstructionFilter, RateBy};
use crate::error::CoreResult;
use crate::instruction::Instruction;
use crate::region::{Region, RegionFilter};
use crate::sector::Sector;
use crate::session::{Session, SessionFilter};

/// How many of the most overdue instructions the dashboard lists.
pub const DASHBOARD_OVERDUE: u32 = 10;

/// How many of the coming sessions the dashboard lists.
pub const DASHBOARD_SESSIONS: usize = 5;

/// The language, the secretariat's date, the regions and the sectors: what every screen reads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Reference {
    pub about: About,
    /// The secretariat's date, which the dashboard and the calendar start from.
    pub today: NaiveDate,
    pub regions: Vec<Region>,
    pub sectors: Vec<Sector>,
}

/// What the head of secretariat reads first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Dashboard {
    /// Open, overdue and due within seven days, at the secretariat's date.
    pub summary: ControlSummary,
    /// The most overdue instructions, oldest due date first.
    pub most_overdue: Vec<Instruction>,
    /// Execution rates per lead body, worst first.
    pub rates: Vec<ExecutionRate>,
    /// The next sessions from the secretariat's date on, by start; one already held (or cancelled) is not
    /// ahead and is left out.
    pub next_sessions: Vec<Session>,
    /// Nothing entered yet: the window shows the first-start screen instead.
    pub register_empty: bool,
    /// A register kept before sites existed whose site has no name yet: the window asks once which
    /// secretariat keeps it (until it is named or the officer says "not now").
    pub ask_site_name: bool,
}

impl Store {
    /// The reference data every screen reads.
    pub fn reference(&self) -> CoreResult<Reference> {
        Ok(Reference {
            about: self.about()?,
            today: self.secretariat_today()?,
            regions: self.list_regions(&RegionFilter::default())?,
            sectors: self.list_sectors()?,
        })
    }

    /// The dashboard at the secretariat's date `today`.
    pub fn dashboard(&self, today: NaiveDate) -> CoreResult<Dashboard> {
        let most_overdue = self.list_instructions(
            &InstructionFilter {
                open_only: true,
                overdue: true,
                // By due date: the first are the most overdue.
                limit: Some(DASHBOARD_OVERDUE),
                ..InstructionFilter::default()
            },
            today,
        )?;
        let next_sessions = self
            .list_sessions(&SessionFilter {
                from: Some(today.to_string()),
                ..SessionFilter::default()
            })?
            .into_iter()
            .filter(|session| session.status.is_ahead())
            .take(DASHBOARD_SESSIONS)
            .collect();
        let register_empty = self.register_is_empty()?;
        Ok(Dashboard {
            summary: self.control_summary(today)?,
            most_overdue,
            rates: self.execution_rates(RateBy::Body, today)?,
            next_sessions,
            register_empty,
            ask_site_name: !register_empty && self.site_name_wanted()?,
        })
    }
}
