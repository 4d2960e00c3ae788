//! Whole operations on files, as the desktop's buttons and the command line run them.

use std::io::Read;
use std::path::Path;

use chrono::NaiveDate;
use council_core::control::InstructionFilter;
use council_core::import::ImportReport;
use council_core::session::SessionFilter;
use council_core::time::TASHKENT;
use council_core::{CoreError, CoreResult, ErrorCode, Lang, Store};

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
    let (text, count) = sessions_ics(store, session, filter, lang)?;
    std::fs::write(path, text)?;
    Ok(count)
}

/// The iCalendar text of one session (`session`: id or council session number) or of every live session
/// matching `filter`, in `lang`, and how many sessions it holds.
pub fn sessions_ics(
    store: &Store,
    session: Option<&str>,
    filter: &SessionFilter,
    lang: Lang,
) -> CoreResult<(String, usize)> {
    let sessions = match session {
        Some(key) => vec![store.session(key)?],
        None => store.list_sessions(&SessionFilter {
            deleted: false,
            ..filter.clone()
        })?,
    };
    Ok((export_sessions(store, &sessions, lang)?, sessions.len()))
}

/// The largest calendar file read for import, in MiB: a year of a busy calendar with long descriptions is a
/// few MiB; reading stops past the limit, so memory stays bounded whatever the file.
pub const MAX_CALENDAR_MIB: u64 = 32;

/// The text of the calendar file at `path` (UTF-8, else Windows-1251), refused with a clear message past
/// [`MAX_CALENDAR_MIB`] without reading the rest.
pub fn read_calendar_file(path: &Path) -> CoreResult<String> {
    let limit = MAX_CALENDAR_MIB << 20;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(limit + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(CoreError::new(
            ErrorCode::FileTooLarge,
            MAX_CALENDAR_MIB.to_string(),
        ));
    }
    Ok(decode_text(&bytes).0)
}

/// Imports the events of the calendar file at `path` as draft sessions (times without a zone are read on the
/// calendar's own zone when it names one, else on Tashkent's clock); a dry run only reports.
pub fn import_ics_file(
    store: &mut Store,
    path: &Path,
    dry_run: bool,
    lang: Lang,
) -> CoreResult<ImportReport> {
    let text = read_calendar_file(path)?;
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
    std::fs::write(path, control_xlsx(store, filter, today, lang)?)?;
    Ok(())
}

/// The workbook of the control list: every row the screen's filter matches, as of `today` or the
/// secretariat's today.
pub fn control_xlsx(
    store: &Store,
    filter: &InstructionFilter,
    today: Option<NaiveDate>,
    lang: Lang,
) -> CoreResult<Vec<u8>> {
    let today = match today {
        Some(day) => day,
        None => store.secretariat_today()?,
    };
    let all_rows = InstructionFilter {
        limit: None,
        offset: 0,
        ..filter.clone()
    };
    xlsx::control_list(store, &all_rows, today, lang)
}

/// Writes the Council's indicators (every value, with its target and source) to `path` as XLSX.
pub fn export_indicators_xlsx_file(store: &Store, lang: Lang, path: &Path) -> CoreResult<()> {
    std::fs::write(path, xlsx::indicators(store, lang)?)?;
    Ok(())
}

/// Imports the bodies, people or instructions (`kind`: `bodies`, `people`, `instructions`) of the CSV file at
/// `path`: every row, or (dry run, or any refused) none; the report says what became of each.
pub fn import_csv_file(
    store: &mut Store,
    path: &Path,
    kind: &str,
    dry_run: bool,
    lang: Lang,
) -> CoreResult<ImportReport> {
    let kind = crate::csv_import::CsvKind::parse(kind)?;
    let bytes = crate::csv_import::read_file(path)?;
    let options = crate::csv_import::CsvImportOptions {
        lang,
        dry_run,
        today: store.secretariat_today()?,
    };
    crate::csv_import::import_csv(store, kind, &bytes, &options)
}
