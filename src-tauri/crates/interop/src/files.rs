//! Whole operations on files, as the desktop's buttons and the command line run them.

use std::path::Path;

use chrono::NaiveDate;
use council_core::control::InstructionFilter;
use council_core::import::ImportReport;
use council_core::session::SessionFilter;
use council_core::time::TASHKENT;
use council_core::{CoreResult, Lang, Store};

use crate::ics::{IcsImportOptions, export_sessions, import_calendar};
use crate::{decode_text, xlsx};

/// Writes one session (`session`: id or council session number) or every live session matching `filter` to
/// `path` as an iCalendar file in `lang`; answers how many sessions it holds.
pub fn export_ics_file(
    store: &Store,
    session: Option<&str>,
    filter: &SessionFilter,
    lang: Lang,
    path: &Path,
) -> CoreResult<usize> {
    let sessions = match session {
        Some(key) => vec![store.session(key)?],
        None => store.list_sessions(&SessionFilter {
            deleted: false,
            ..filter.clone()
        })?,
    };
    std::fs::write(path, export_sessions(store, &sessions, lang)?)?;
    Ok(sessions.len())
}

/// Imports the events of the calendar file at `path` as draft sessions (times without a zone are read on
/// Tashkent's clock); a dry run only reports.
pub fn import_ics_file(
    store: &mut Store,
    path: &Path,
    dry_run: bool,
    lang: Lang,
) -> CoreResult<ImportReport> {
    let (text, _) = decode_text(&std::fs::read(path)?);
    let options = IcsImportOptions {
        default_zone: TASHKENT,
        lang,
        dry_run,
    };
    import_calendar(store, &text, &options)
}

/// Writes the control list (the screen's filter, as of `today` or the secretariat's today) to `path`.
pub fn export_control_xlsx_file(
    store: &Store,
    filter: &InstructionFilter,
    today: Option<NaiveDate>,
    lang: Lang,
    path: &Path,
) -> CoreResult<()> {
    let today = match today {
        Some(day) => day,
        None => store.secretariat_today()?,
    };
    let all_rows = InstructionFilter {
        limit: None,
        offset: 0,
        ..filter.clone()
    };
    std::fs::write(path, xlsx::control_list(store, &all_rows, today, lang)?)?;
    Ok(())
}
