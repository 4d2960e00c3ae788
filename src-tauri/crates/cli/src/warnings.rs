//! Scheduling warnings on the command line: listed on stderr, and refused unless the officer confirms.

use council_core::scheduling::ScheduleConflict;
use council_core::{CoreError, CoreResult, ErrorCode, Lang};

/// Prints every warning (`warning: …`) on stderr; without `confirmed`, any warning refuses the change before
/// it is written, so the command fails with nothing saved.
pub fn gate(conflicts: &[ScheduleConflict], confirmed: bool, lang: Lang) -> CoreResult<()> {
    for conflict in conflicts {
        crate::output::stderr_line(&format!("warning: {}", conflict.message.get(lang)));
    }
    if conflicts.is_empty() || confirmed {
        Ok(())
    } else {
        Err(CoreError::new(
            ErrorCode::ScheduleConflicts,
            conflicts.len().to_string(),
        ))
    }
}
