//! Rows of each kind of file turned into the core's inputs, with every cell's problem placed in its column.

use std::collections::HashMap;

use council_core::body::{Body, BodyInput, BodyKind};
use council_core::instruction::InstructionInput;
use council_core::person::{Person, PersonInput};
use council_core::store::BatchOutcome;
use council_core::{CoreError, CoreResult, ErrorCode, Lang, LocalizedText, Store};

use super::{CsvImportOptions, CsvKind, Row};
use crate::report::{Problem, RowReport};

/// A name to recognise the row by.
pub(super) fn label(kind: CsvKind, row: &Row) -> String {
    let prefix = match kind {
        CsvKind::Bodies => "name",
        CsvKind::People => "full_name",
        CsvKind::Instructions => "text",
    };
    ["ru", "uz", "en"]
        .iter()
        .map(|lang| row.cell(&format!("{prefix}_{lang}")))
        .find(|text| !text.is_empty())
        .unwrap_or("")
        .chars()
        .take(80)
        .collect()
}

fn localized(row: &Row, prefix: &str) -> LocalizedText {
    LocalizedText {
        ru: row.cell(&format!("{prefix}_ru")).to_owned(),
        uz: row.cell(&format!("{prefix}_uz")).to_owned(),
        en: row.cell(&format!("{prefix}_en")).to_owned(),
    }
}

/// Records by id and by each of their names (case ignored), so the record a cell names is found in one
/// look-up whatever the size of the register.
struct Names {
    ids: Vec<String>,
    by_key: HashMap<String, Vec<usize>>,
}

impl Names {
    fn new<'a>(records: impl Iterator<Item = (String, [&'a str; 3])>) -> Names {
        let mut names = Names {
            ids: Vec::new(),
            by_key: HashMap::new(),
        };
        for (index, (id, labels)) in records.enumerate() {
            let mut keys = vec![id.clone()];
            keys.extend(
                labels
                    .iter()
                    .filter(|label| !label.is_empty())
                    .map(|label| label.to_lowercase()),
            );
            keys.sort_unstable();
            keys.dedup();
            for key in keys {
                names.by_key.entry(key).or_default().push(index);
            }
            names.ids.push(id);
        }
        names
    }

    fn bodies(bodies: &[Body]) -> Names {
        Names::new(
            bodies
                .iter()
                .map(|b| (b.id.to_string(), [&*b.name.ru, &*b.name.uz, &*b.name.en])),
        )
    }

    fn people(people: &[Person]) -> Names {
        Names::new(people.iter().map(|p| {
            (
                p.id.to_string(),
                [&*p.full_name.ru, &*p.full_name.uz, &*p.full_name.en],
            )
        }))
    }

    /// The id of the record named by `key` (its id or one of its names); none or several is an error.
    fn find(&self, key: &str) -> Result<String, CoreError> {
        match self
            .by_key
            .get(&key.trim().to_lowercase())
            .map(Vec::as_slice)
        {
            Some([one]) => Ok(self.ids[*one].clone()),
            None | Some([]) => Err(CoreError::not_found(key.trim())),
            Some(_) => Err(CoreError::new(ErrorCode::InvalidValue, key.trim())),
        }
    }
}

/// `27.05.2026` as `2026-05-27`; anything else as given (the core checks it).
fn iso_date(text: &str) -> String {
    chrono::NaiveDate::parse_from_str(text, "%d.%m.%Y")
        .map_or_else(|_| text.to_owned(), |d| d.to_string())
}

/// A cell was refused; its problem is already noted.
struct Refused;

/// Collects the problems of one row while its input is built.
struct Cells<'a> {
    row: &'a Row,
    lang: Lang,
    problems: Vec<Problem>,
}

impl Cells<'_> {
    fn refuse(&mut self, error: &CoreError, column: &str) {
        self.problems
            .push(Problem::from_error(error, Some(column), self.lang));
    }

    fn parse<T>(
        &mut self,
        column: &str,
        parse: impl Fn(&str) -> Result<T, CoreError>,
    ) -> Option<T> {
        match parse(self.row.cell(column)) {
            Ok(value) => Some(value),
            Err(error) => {
                self.refuse(&error, column);
                None
            }
        }
    }

    /// An optional cell: `Ok(None)` when empty, `Err(Refused)` (with the problem noted) when it does not parse.
    fn optional(
        &mut self,
        column: &str,
        parse: impl Fn(&str) -> Result<String, CoreError>,
    ) -> Result<Option<String>, Refused> {
        if self.row.cell(column).is_empty() {
            return Ok(None);
        }
        self.parse(column, parse).map(Some).ok_or(Refused)
    }
}

fn body_input(cells: &mut Cells) -> Option<BodyInput> {
    let country = cells.parse("country", council_core::Country::parse);
    let kind = cells.parse("kind", BodyKind::parse);
    let region = cells.row.cell("region");
    Some(BodyInput {
        country: country?,
        kind: kind?,
        name: localized(cells.row, "name"),
        region: (!region.is_empty()).then(|| region.to_owned()),
    })
}

fn person_input(cells: &mut Cells, bodies: &Names) -> Option<PersonInput> {
    let country = cells.parse("country", council_core::Country::parse);
    let body = cells.optional("body", |key| bodies.find(key));
    Some(PersonInput {
        full_name: localized(cells.row, "full_name"),
        position: localized(cells.row, "position"),
        body_id: body.ok()?,
        country: country?,
        phone: cells.row.cell("phone").to_owned(),
        email: cells.row.cell("email").to_owned(),
    })
}

fn instruction_input(
    cells: &mut Cells,
    bodies: &Names,
    people: &Names,
) -> Option<InstructionInput> {
    let lead = cells.parse("lead_body", |key| {
        if key.is_empty() {
            Err(CoreError::new(ErrorCode::Required, "lead_body"))
        } else {
            bodies.find(key)
        }
    });
    let co_executors = cells.parse("co_executors", |list| {
        list.split('|')
            .map(str::trim)
            .filter(|key| !key.is_empty())
            .map(|key| bodies.find(key))
            .collect::<Result<Vec<_>, _>>()
    });
    let controller = cells.optional("controller", |key| people.find(key));
    let row = cells.row;
    let optional = |column: &str| {
        Some(row.cell(column))
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    Some(InstructionInput {
        decision_id: optional("decision"),
        parent_id: None,
        text: localized(row, "text"),
        lead_body_id: lead?,
        co_executor_ids: co_executors?,
        controller_person_id: controller.ok()?,
        pairing_id: optional("pairing"),
        due_on: iso_date(row.cell("due_on")),
    })
}

/// The column a core error's field stands for.
fn column_of(kind: CsvKind, field: Option<&str>) -> Option<&'static str> {
    Some(match (kind, field?) {
        (CsvKind::Bodies, "name") => "name_ru",
        (CsvKind::Bodies, "region") => "region",
        (CsvKind::Bodies, "kind") => "kind",
        (CsvKind::People, "full_name") => "full_name_ru",
        (CsvKind::People, "email") => "email",
        (CsvKind::People, "body_id") => "body",
        (CsvKind::Instructions, "text") => "text_ru",
        (CsvKind::Instructions, "lead_body_id") => "lead_body",
        (CsvKind::Instructions, "co_executor_ids") => "co_executors",
        (CsvKind::Instructions, "controller_person_id") => "controller",
        (CsvKind::Instructions, "pairing_id") => "pairing",
        (CsvKind::Instructions, "decision_id" | "parent_id") => "decision",
        (CsvKind::Instructions, "due_on") => "due_on",
        (_, "country") => "country",
        _ => return None,
    })
}

/// Hands the rows that parsed to the store's batch and records its answer per row. Returns whether it committed.
fn finish<I, T>(
    kind: CsvKind,
    parsed: Vec<Option<I>>,
    reports: &mut [RowReport],
    file_ok: bool,
    options: CsvImportOptions,
    batch: impl FnOnce(&[I], bool) -> CoreResult<BatchOutcome<T>>,
    id: impl Fn(&T) -> String,
) -> CoreResult<bool> {
    let apply = file_ok && !options.dry_run && reports.iter().all(|r| r.problems.is_empty());
    let mut indices = Vec::new();
    let mut inputs = Vec::new();
    for (index, input) in parsed.into_iter().enumerate() {
        if let Some(input) = input {
            indices.push(index);
            inputs.push(input);
        }
    }
    let outcome = batch(&inputs, apply)?;
    for (index, result) in indices.into_iter().zip(outcome.rows) {
        match result {
            Ok(record) => reports[index].record_id = Some(id(&record)),
            Err(error) => reports[index].problems.push(Problem::from_error(
                &error,
                column_of(kind, error.field),
                options.lang,
            )),
        }
    }
    Ok(outcome.applied)
}

/// Builds the input of every row, noting each row's problems in its report. A row already faulty as read
/// (an unclosed quote, a cell too long) is not built: its cells are cut, so they would only add noise.
fn parse<I>(
    rows: &[Row],
    reports: &mut [RowReport],
    lang: Lang,
    mut build: impl FnMut(&mut Cells) -> Option<I>,
) -> Vec<Option<I>> {
    rows.iter()
        .zip(reports.iter_mut())
        .map(|(row, report)| {
            if !row.problems.is_empty() {
                report.problems.clone_from(&row.problems);
                return None;
            }
            let mut cells = Cells {
                row,
                lang,
                problems: Vec::new(),
            };
            let input = build(&mut cells);
            report.problems = cells.problems;
            input
        })
        .collect()
}

/// Checks every row and writes them all, or none.
pub(super) fn write(
    store: &mut Store,
    kind: CsvKind,
    rows: &[Row],
    reports: &mut [RowReport],
    file_ok: bool,
    options: CsvImportOptions,
) -> CoreResult<bool> {
    let bodies = Names::bodies(&store.list_bodies(None, false)?);
    let people = Names::people(&store.list_people(None, false)?);
    let lang = options.lang;
    match kind {
        CsvKind::Bodies => {
            let parsed = parse(rows, reports, lang, body_input);
            finish(
                kind,
                parsed,
                reports,
                file_ok,
                options,
                |i, a| store.import_bodies(i, a),
                |b| b.id.to_string(),
            )
        }
        CsvKind::People => {
            let parsed = parse(rows, reports, lang, |cells| person_input(cells, &bodies));
            finish(
                kind,
                parsed,
                reports,
                file_ok,
                options,
                |i, a| store.import_people(i, a),
                |p| p.id.to_string(),
            )
        }
        CsvKind::Instructions => {
            let parsed = parse(rows, reports, lang, |cells| {
                instruction_input(cells, &bodies, &people)
            });
            let today = options.today;
            finish(
                kind,
                parsed,
                reports,
                file_ok,
                options,
                |i, a| store.import_instructions(i, today, a),
                |i| i.number.clone(),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_is_found_by_id_or_any_name_once_and_an_ambiguous_name_is_refused() {
        let names = Names::new(
            [
                (
                    "id-1".to_owned(),
                    ["Минэнерго", "Energetika vazirligi", "Minenergo"],
                ),
                ("id-2".to_owned(), ["Минфин", "", "Minenergo"]),
            ]
            .into_iter(),
        );
        assert_eq!(names.find(" ID-1 ").unwrap(), "id-1");
        assert_eq!(names.find("минэнерго").unwrap(), "id-1");
        assert_eq!(names.find("ENERGETIKA VAZIRLIGI").unwrap(), "id-1");
        assert_eq!(names.find("Минфин").unwrap(), "id-2");
        assert_eq!(
            names.find("minenergo").unwrap_err().code,
            ErrorCode::InvalidValue
        );
        assert_eq!(names.find("").unwrap_err().code, ErrorCode::NotFound);
        assert_eq!(names.find("Минюст").unwrap_err().code, ErrorCode::NotFound);
    }
}
