//! XLSX workbooks of the control list, the pairings register, a session's agenda and the Council's indicators: dates stored as dates,
//! the header row frozen, columns sized, an autofilter over the table. A text longer than a cell may hold is
//! cut with a visible mark, so one long text never costs the whole workbook.

use std::borrow::Cow;

use chrono::NaiveDate;
use council_core::instruction::InstructionState;
use council_core::time::parse_instant_text;
use council_core::{CoreError, CoreResult, ErrorCode, Lang, LocalizedText, PairingFilter, Store};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

mod control_list;

pub use control_list::control_list;

/// One cell of a table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
    /// A calendar date, written as a date with the `yyyy-mm-dd` format.
    Date(NaiveDate),
    /// A wall-clock date and time, written as a date-time with the `yyyy-mm-dd hh:mm` format.
    DateTime(chrono::NaiveDateTime),
    Empty,
}

/// A column: its header in ru, uz and en, and its width in characters.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub header: [&'static str; 3],
    pub width: f64,
}

pub(crate) const fn column(
    ru: &'static str,
    uz: &'static str,
    en: &'static str,
    width: f64,
) -> Column {
    Column {
        header: [ru, uz, en],
        width,
    }
}

fn header(column: &Column, lang: Lang) -> &'static str {
    match lang {
        Lang::Ru => column.header[0],
        Lang::Uz => column.header[1],
        Lang::En => column.header[2],
    }
}

/// The most a cell may hold: 32,767 characters, counted as Excel (and the writer) count them, in UTF-16 units.
pub const MAX_CELL_UNITS: usize = 32_767;

/// The mark that ends a cut text: it says so and how long the whole text is.
fn cut_mark(chars: usize, lang: Lang) -> String {
    match lang {
        Lang::Ru => format!(" … [текст обрезан, полностью {chars} знаков]"),
        Lang::Uz => format!(" … [matn qisqartirildi, toʻliq matn {chars} belgi]"),
        Lang::En => format!(" … [text cut, {chars} characters in full]"),
    }
}

/// `text` as it fits in a cell: whole, or its beginning followed by the cut mark, [`MAX_CELL_UNITS`] at most.
fn fit_cell(text: &str, lang: Lang) -> Cow<'_, str> {
    if text.len() <= MAX_CELL_UNITS || text.encode_utf16().count() <= MAX_CELL_UNITS {
        return Cow::Borrowed(text);
    }
    let mark = cut_mark(text.chars().count(), lang);
    let room = MAX_CELL_UNITS - mark.encode_utf16().count();
    let mut units = 0;
    let mut end = 0;
    for (at, c) in text.char_indices() {
        units += c.len_utf16();
        if units > room {
            break;
        }
        end = at + c.len_utf8();
    }
    Cow::Owned(format!("{}{mark}", &text[..end]))
}

fn storage(error: &XlsxError) -> CoreError {
    CoreError::new(ErrorCode::Storage, error.to_string())
}

/// A one-sheet workbook of the table, as the bytes of an `.xlsx` file.
pub fn table(
    sheet: &str,
    columns: &[Column],
    rows: &[Vec<Cell>],
    lang: Lang,
) -> CoreResult<Vec<u8>> {
    build(sheet, &[], columns, rows, lang).map_err(|e| storage(&e))
}

/// A line of the block above a table: a label (bold, first column) and its value (second column).
#[derive(Debug, Clone, PartialEq)]
pub struct HeadingLine {
    pub label: String,
    pub value: Cell,
}

/// Like [`table`], with a heading block above the table (say, what the table was made of) and an empty row
/// between them; the frozen rows and the autofilter start at the table's header.
pub fn table_with_heading(
    sheet: &str,
    heading: &[HeadingLine],
    columns: &[Column],
    rows: &[Vec<Cell>],
    lang: Lang,
) -> CoreResult<Vec<u8>> {
    build(sheet, heading, columns, rows, lang).map_err(|e| storage(&e))
}

fn write_cell(
    worksheet: &mut rust_xlsxwriter::Worksheet,
    (row, col): (u32, u16),
    cell: &Cell,
    formats: [&Format; 2],
    lang: Lang,
) -> Result<(), XlsxError> {
    let [date, date_time] = formats;
    match cell {
        Cell::Text(text) => {
            worksheet.write_string(row, col, fit_cell(text, lang))?;
        }
        Cell::Number(number) => {
            worksheet.write_number(row, col, *number)?;
        }
        Cell::Date(day) => {
            worksheet.write_datetime_with_format(row, col, day, date)?;
        }
        Cell::DateTime(moment) => {
            worksheet.write_datetime_with_format(row, col, moment, date_time)?;
        }
        Cell::Empty => {}
    }
    Ok(())
}

fn build(
    sheet: &str,
    heading: &[HeadingLine],
    columns: &[Column],
    rows: &[Vec<Cell>],
    lang: Lang,
) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let bold = Format::new().set_bold();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let date_time = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    let worksheet = workbook.add_worksheet();
    worksheet.set_name(sheet)?;
    for (index, line) in heading.iter().enumerate() {
        let row = u32::try_from(index).unwrap_or(u32::MAX);
        worksheet.write_string_with_format(row, 0, fit_cell(&line.label, lang), &bold)?;
        write_cell(worksheet, (row, 1), &line.value, [&date, &date_time], lang)?;
    }
    // The table's header row: right below the heading and its empty row, if there is a heading.
    let top = if heading.is_empty() {
        0
    } else {
        u32::try_from(heading.len() + 1).unwrap_or(u32::MAX)
    };
    for (index, column) in columns.iter().enumerate() {
        let col = u16::try_from(index).unwrap_or(u16::MAX);
        worksheet.write_string_with_format(top, col, header(column, lang), &bold)?;
        worksheet.set_column_width(col, column.width)?;
    }
    for (index, cells) in rows.iter().enumerate() {
        let row = top.saturating_add(u32::try_from(index + 1).unwrap_or(u32::MAX));
        for (index, cell) in cells.iter().enumerate() {
            let col = u16::try_from(index).unwrap_or(u16::MAX);
            write_cell(worksheet, (row, col), cell, [&date, &date_time], lang)?;
        }
    }
    let last_col = u16::try_from(columns.len().saturating_sub(1)).unwrap_or(u16::MAX);
    let last_row = top.saturating_add(u32::try_from(rows.len()).unwrap_or(u32::MAX));
    worksheet.set_freeze_panes(top + 1, 0)?;
    worksheet.autofilter(top, 0, last_row, last_col)?;
    workbook.save_to_buffer()
}

pub(crate) fn text(value: &str) -> Cell {
    if value.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(value.to_owned())
    }
}

pub(crate) fn localized(value: &LocalizedText, lang: Lang) -> Cell {
    text(value.get(lang))
}

/// The name of a state on the control screen.
pub(crate) fn state_name(state: InstructionState, lang: Lang) -> &'static str {
    use InstructionState as S;
    let [ru, uz, en] = match state {
        S::Assigned => ["Назначено", "Topshirildi", "Assigned"],
        S::InProgress => ["На исполнении", "Ijroda", "In progress"],
        S::Reported => ["Отчёт представлен", "Hisobot taqdim etildi", "Reported"],
        S::Removed => [
            "Снято с контроля",
            "Nazoratdan olindi",
            "Removed from control",
        ],
        S::Cancelled => ["Отменено", "Bekor qilindi", "Cancelled"],
    };
    match lang {
        Lang::Ru => ru,
        Lang::Uz => uz,
        Lang::En => en,
    }
}

pub(crate) fn yes_no(value: bool, lang: Lang) -> Cell {
    let [yes, no] = match lang {
        Lang::Ru => ["да", "нет"],
        Lang::Uz => ["ha", "yoʻq"],
        Lang::En => ["yes", "no"],
    };
    Cell::Text(if value { yes } else { no }.to_owned())
}

const PAIRING_COLUMNS: [Column; 7] = [
    column(
        "Регион Узбекистана",
        "Oʻzbekiston hududi",
        "Uzbek region",
        30.0,
    ),
    column("Регион России", "Rossiya hududi", "Russian region", 30.0),
    column("Статус", "Holati", "Status", 12.0),
    column("С", "Boshlangan sana", "Since", 12.0),
    column("Основание", "Asos", "Basis", 40.0),
    column("Номер", "Raqam", "Number", 12.0),
    column("Отрасли", "Tarmoqlar", "Sectors", 40.0),
];

/// The pairings register, filtered as on its screen.
pub fn pairings_register(store: &Store, filter: &PairingFilter, lang: Lang) -> CoreResult<Vec<u8>> {
    let region = |r: &council_core::RegionRef| localized(&r.name, lang);
    let rows: Vec<Vec<Cell>> = store
        .list_pairings(filter)?
        .iter()
        .map(|p| {
            vec![
                region(&p.uz_region),
                region(&p.ru_region),
                Cell::Text(p.status.code().to_owned()),
                p.since.map_or(Cell::Empty, Cell::Date),
                text(p.basis.title.get(lang)),
                text(&p.basis.number),
                text(&p.sectors.join(", ")),
            ]
        })
        .collect();
    table("Pairings", &PAIRING_COLUMNS, &rows, lang)
}

const AGENDA_COLUMNS: [Column; 6] = [
    column("№", "№", "No.", 8.0),
    column("Пункт", "Band", "Item", 60.0),
    column("Начало", "Boshlanishi", "Start", 17.0),
    column("Окончание", "Tugashi", "End", 17.0),
    column("Минут", "Daqiqa", "Minutes", 9.0),
    column("Докладчики", "Maʼruzachilar", "Presenters", 40.0),
];

/// The live agenda of a session, times on the venue's clock.
pub fn agenda(store: &Store, session: &str, lang: Lang) -> CoreResult<Vec<u8>> {
    let agenda = store.agenda(session, None)?;
    let zone = council_core::time::parse_zone(&agenda.time_zone, "time_zone")?;
    let local = |utc: &str| -> CoreResult<Cell> {
        Ok(Cell::DateTime(
            parse_instant_text(utc)?.with_timezone(&zone).naive_local(),
        ))
    };
    let mut rows = Vec::with_capacity(agenda.entries.len());
    for entry in &agenda.entries {
        let presenters: Vec<&str> = entry
            .item
            .presenters
            .iter()
            .map(|p| p.name.get(lang))
            .filter(|name| !name.is_empty())
            .collect();
        rows.push(vec![
            Cell::Text(entry.number.clone()),
            localized(&entry.item.title, lang),
            local(&entry.starts_at)?,
            local(&entry.ends_at)?,
            Cell::Number(i32::try_from(entry.item.duration_min).map_or(0.0, f64::from)),
            text(&presenters.join(", ")),
        ]);
    }
    table("Agenda", &AGENDA_COLUMNS, &rows, lang)
}

const INDICATOR_COLUMNS: [Column; 9] = [
    column("Показатель", "Koʻrsatkich", "Indicator", 36.0),
    column("Единица", "Birlik", "Unit", 14.0),
    column("Цель", "Maqsad", "Target", 12.0),
    column("Год", "Yil", "Year", 8.0),
    column("Квартал", "Chorak", "Quarter", 9.0),
    column("Значение", "Qiymat", "Value", 14.0),
    column("Доля цели", "Maqsaddan ulush", "Share of target", 14.0),
    column("Источник", "Manba", "Source", 40.0),
    column("Дата данных", "Maʼlumot sanasi", "Figure of", 12.0),
];

fn unit_name(unit: council_core::indicator::IndicatorUnit, lang: Lang) -> &'static str {
    use council_core::indicator::IndicatorUnit as U;
    let [ru, uz, en] = match unit {
        U::UsdMillion => ["млн долл. США", "mln AQSh dollari", "USD million"],
        U::Count => ["единиц", "dona", "count"],
    };
    match lang {
        Lang::Ru => ru,
        Lang::Uz => uz,
        Lang::En => en,
    }
}

/// The Council's indicators: one row per value entered (an indicator without values has one row of its own),
/// figures as numbers in the indicator's unit, the share of the target as a fraction.
pub fn indicators(store: &Store, lang: Lang) -> CoreResult<Vec<u8>> {
    #[allow(clippy::cast_precision_loss)]
    let number = |milli: i64| Cell::Number(milli as f64 / 1000.0);
    let mut rows = Vec::new();
    for progress in store.list_indicators()? {
        let indicator = &progress.indicator;
        let head = [
            localized(&indicator.name, lang),
            Cell::Text(unit_name(indicator.unit, lang).to_owned()),
            indicator.target_milli.map_or(Cell::Empty, number),
        ];
        if progress.values.is_empty() {
            let mut row = head.to_vec();
            row.extend([
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
                Cell::Empty,
            ]);
            rows.push(row);
        }
        for value in &progress.values {
            let mut row = head.to_vec();
            #[allow(clippy::cast_precision_loss)]
            let share = indicator
                .target_milli
                .filter(|target| *target > 0)
                .map_or(Cell::Empty, |target| {
                    Cell::Number(value.value_milli as f64 / target as f64)
                });
            row.extend([
                Cell::Number(f64::from(value.year)),
                value
                    .quarter
                    .map_or(Cell::Empty, |q| Cell::Number(f64::from(q))),
                number(value.value_milli),
                share,
                text(&value.source),
                value.as_of.parse().map_or(Cell::Empty, Cell::Date),
            ]);
            rows.push(row);
        }
    }
    table("Indicators", &INDICATOR_COLUMNS, &rows, lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_is_cut_to_the_cell_limit_counted_in_utf16_units() {
        assert_eq!(fit_cell("короткий", Lang::Ru), "короткий");
        let exact = "я".repeat(MAX_CELL_UNITS);
        assert_eq!(fit_cell(&exact, Lang::Ru), exact);
        // Each of these is two UTF-16 units: 20,000 of them are over the limit in 20,000 characters.
        let wide = "𝔸".repeat(20_000);
        let cut = fit_cell(&wide, Lang::En);
        assert!(cut.encode_utf16().count() <= MAX_CELL_UNITS);
        assert!(
            cut.ends_with(" … [text cut, 20000 characters in full]"),
            "{}",
            &cut[cut.len() - 60..]
        );
        assert!(cut.starts_with("𝔸𝔸"));
    }
}
