//! `council agenda …`

use std::io::Write;

use clap::{Args, Subcommand};
use council_core::agenda::{
    Agenda, AgendaEntry, AgendaItem, AgendaItemInput, AgendaItemKind, AgendaPlace, PresenterInput,
    PresenterKind,
};
use council_core::{CoreError, CoreResult, ErrorCode, Lang, LocalizedText, Store};

use crate::output;
use crate::sessions::{localized, span};

#[derive(Debug, Subcommand)]
pub enum AgendaCommand {
    /// Add an item to a session's draft agenda, at the end or at a place, optionally as a sub-item.
    Add {
        /// The session: id or council session number.
        session: String,
        /// Length in minutes, from 0 to 1440.
        #[arg(long, value_name = "MINUTES")]
        duration: i64,
        /// opening, report, discussion, signing, break, closing or instructions_review.
        #[arg(long, default_value = "report")]
        kind: String,
        #[command(flatten)]
        fields: ItemFields,
        /// Make it a sub-item of this item (id).
        #[arg(long, value_name = "ITEM")]
        under: Option<String>,
        /// Its place among its siblings: 1 is first (default: last).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..))]
        position: Option<i64>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// List the items of the current agenda in reading order (or the items in its trash).
    List {
        /// The session: id or council session number.
        session: String,
        /// List the agenda's trash instead.
        #[arg(long)]
        trash: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show an agenda with every item's time on the venue's, Tashkent's and Moscow's clocks.
    #[command(disable_version_flag = true)]
    Show {
        /// The session: id or council session number.
        session: String,
        /// An earlier version, as approved (default: the current one).
        #[arg(long, value_name = "K")]
        version: Option<i64>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// The versions of a session's agenda and when each was approved.
    Versions {
        /// The session: id or council session number.
        session: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// What changed from one version of an agenda to another: items added, removed, moved, retimed, retitled.
    Compare {
        /// The session: id or council session number.
        session: String,
        /// The version compared from.
        from: i64,
        /// The version compared with (default: the current one).
        to: Option<i64>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Change an item; only the options given change.
    Update {
        /// The agenda item (id).
        item: String,
        /// Length in minutes, from 0 to 1440.
        #[arg(long, value_name = "MINUTES")]
        duration: Option<i64>,
        /// opening, report, discussion, signing, break, closing or instructions_review.
        #[arg(long)]
        kind: Option<String>,
        #[command(flatten)]
        fields: ItemFields,
        /// Remove the set start.
        #[arg(long)]
        clear_fixed_start: bool,
        /// Remove every presenter before adding those given.
        #[arg(long)]
        clear_presenters: bool,
        /// Remove the linked pairing.
        #[arg(long)]
        clear_pairing: bool,
        /// Remove the linked sector.
        #[arg(long)]
        clear_sector: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Move an item to another place, under another item (--under) or to the top level (--top).
    Move {
        /// The agenda item (id).
        item: String,
        /// Make it a sub-item of this item (id).
        #[arg(long, value_name = "ITEM", conflicts_with = "top")]
        under: Option<String>,
        /// Make it a top-level item.
        #[arg(long)]
        top: bool,
        /// Its place among its new siblings: 1 is first (default: last).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(i64).range(1..))]
        position: Option<i64>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Move an item (with its sub-items) to the trash; the items after it are renumbered.
    Delete {
        /// The agenda item (id).
        item: String,
    },
    /// Bring an item back from the trash to its place.
    Restore {
        /// The agenda item (id).
        item: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Approve the current version: it is frozen and locked against changes.
    Approve {
        /// The session: id or council session number.
        session: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Start the next version of an approved agenda (the approved one stays readable with show --version).
    Revise {
        /// The session: id or council session number.
        session: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Add the standing items: opening, status of previous instructions, closing.
    Standing {
        /// The session: id or council session number.
        session: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// The optional fields of an agenda item.
#[derive(Debug, Args)]
pub struct ItemFields {
    /// Title in Russian.
    #[arg(long)]
    pub title_ru: Option<String>,
    /// Title in Uzbek (Latin).
    #[arg(long)]
    pub title_uz: Option<String>,
    /// Title in English.
    #[arg(long)]
    pub title_en: Option<String>,
    /// Description in Russian.
    #[arg(long)]
    pub description_ru: Option<String>,
    /// Description in Uzbek (Latin).
    #[arg(long)]
    pub description_uz: Option<String>,
    /// Description in English.
    #[arg(long)]
    pub description_en: Option<String>,
    /// A set start on the venue's clock: "HH:MM" on the session's first day, or "YYYY-MM-DD HH:MM".
    #[arg(long, value_name = "TIME")]
    pub fixed_start: Option<String>,
    /// A presenter, person:ID or body:ID (repeat for several, in speaking order).
    #[arg(long = "presenter", value_name = "KIND:ID")]
    pub presenters: Vec<String>,
    /// A pairing id.
    #[arg(long, value_name = "PAIRING")]
    pub pairing: Option<String>,
    /// A sector code; see council sectors list.
    #[arg(long, value_name = "CODE")]
    pub sector: Option<String>,
}

pub fn run(
    command: AgendaCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        AgendaCommand::Add {
            session,
            duration,
            kind,
            fields,
            under,
            position,
            json,
        } => {
            let input = AgendaItemInput {
                kind: AgendaItemKind::parse(&kind)?,
                title: LocalizedText::default(),
                description: LocalizedText::default(),
                duration_min: duration,
                fixed_start: None,
                presenters: Vec::new(),
                pairing_id: None,
                sector_code: None,
            };
            let place = AgendaPlace {
                parent_id: under,
                position: position.map(|p| p - 1),
            };
            let entry = store.add_agenda_item(&session, &apply(input, fields)?, &place)?;
            show_entry(out, json, &entry, lang)
        }
        AgendaCommand::List {
            session,
            trash,
            json,
        } => {
            if trash {
                let items = store.agenda_trash(&session)?;
                return output::listing(out, json, &items, |i| trash_row(i, lang));
            }
            let agenda = store.agenda(&session, None)?;
            output::listing(out, json, &agenda.entries, |e| entry_row(e, lang))
        }
        AgendaCommand::Show {
            session,
            version,
            json,
        } => show(out, json, &store.agenda(&session, version)?, lang),
        AgendaCommand::Versions { session, json } => {
            let versions = store.agenda_versions(&session)?;
            output::listing(out, json, &versions, |v| {
                vec![
                    v.version.to_string(),
                    v.approved_at.clone().unwrap_or_else(|| "draft".to_owned()),
                ]
            })
        }
        AgendaCommand::Compare {
            session,
            from,
            to,
            json,
        } => {
            let to = match to {
                Some(to) => to,
                None => store.session(&session)?.agenda_version,
            };
            let comparison = store.compare_agenda_versions(&session, from, to)?;
            crate::agenda_compare::show(out, json, &comparison, lang)
        }
        AgendaCommand::Update {
            item,
            duration,
            kind,
            fields,
            clear_fixed_start,
            clear_presenters,
            clear_pairing,
            clear_sector,
            json,
        } => {
            let current = store.agenda_item(&item)?;
            let session = store.session(&current.session_id.to_string())?;
            let zone = council_core::time::parse_zone(&session.time_zone, "time_zone")?;
            let mut input = current.to_input(zone);
            if let Some(kind) = kind {
                input.kind = AgendaItemKind::parse(&kind)?;
            }
            input.duration_min = duration.unwrap_or(input.duration_min);
            if clear_fixed_start {
                input.fixed_start = None;
            }
            if clear_presenters {
                input.presenters.clear();
            }
            if clear_pairing {
                input.pairing_id = None;
            }
            if clear_sector {
                input.sector_code = None;
            }
            let entry =
                store.update_agenda_item(&current.id.to_string(), &apply(input, fields)?)?;
            show_entry(out, json, &entry, lang)
        }
        AgendaCommand::Move {
            item,
            under,
            top,
            position,
            json,
        } => {
            let current = store.agenda_item(&item)?;
            let parent_id = match (under, top) {
                (Some(parent), _) => Some(parent),
                (None, true) => None,
                (None, false) => current.parent_id.map(|p| p.to_string()),
            };
            let place = AgendaPlace {
                parent_id,
                position: position.map(|p| p - 1),
            };
            let entry = store.move_agenda_item(&current.id.to_string(), &place)?;
            show_entry(out, json, &entry, lang)
        }
        AgendaCommand::Delete { item } => {
            let item = store.delete_agenda_item(&item)?;
            output::lines(out, &[item.id.to_string()])
        }
        AgendaCommand::Restore { item, json } => {
            let entry = store.restore_agenda_item(&item)?;
            show_entry(out, json, &entry, lang)
        }
        AgendaCommand::Approve { session, json } => {
            show(out, json, &store.approve_agenda(&session)?, lang)
        }
        AgendaCommand::Revise { session, json } => {
            show(out, json, &store.revise_agenda(&session)?, lang)
        }
        AgendaCommand::Standing { session, json } => {
            show(out, json, &store.add_standing_items(&session)?, lang)
        }
    }
}

/// Applies the options given on the command line; presenters are added to those there.
fn apply(mut input: AgendaItemInput, fields: ItemFields) -> CoreResult<AgendaItemInput> {
    let texts = [
        (&mut input.title.ru, fields.title_ru),
        (&mut input.title.uz, fields.title_uz),
        (&mut input.title.en, fields.title_en),
        (&mut input.description.ru, fields.description_ru),
        (&mut input.description.uz, fields.description_uz),
        (&mut input.description.en, fields.description_en),
    ];
    for (slot, value) in texts {
        if let Some(value) = value {
            *slot = value;
        }
    }
    if fields.fixed_start.is_some() {
        input.fixed_start = fields.fixed_start;
    }
    if fields.pairing.is_some() {
        input.pairing_id = fields.pairing;
    }
    if fields.sector.is_some() {
        input.sector_code = fields.sector;
    }
    for presenter in fields.presenters {
        input.presenters.push(parse_presenter(&presenter)?);
    }
    Ok(input)
}

/// `person:ID` or `body:ID`.
fn parse_presenter(text: &str) -> CoreResult<PresenterInput> {
    let bad = || CoreError::new(ErrorCode::InvalidValue, text.trim()).on("presenters");
    let (kind, id) = text.trim().split_once(':').ok_or_else(bad)?;
    let kind = match kind {
        "person" => PresenterKind::Person,
        "body" => PresenterKind::Body,
        _ => return Err(bad()),
    };
    Ok(PresenterInput {
        kind,
        id: id.to_owned(),
    })
}

fn indent(entry: &AgendaEntry) -> String {
    let pad = if entry.depth == 0 { "" } else { "  " };
    format!("{pad}{}", entry.number)
}

fn entry_row(entry: &AgendaEntry, lang: Lang) -> Vec<String> {
    vec![
        indent(entry),
        span(&entry.start.venue, Some(&entry.end.venue)),
        format!("{} min", entry.item.duration_min),
        entry.item.kind.code().to_owned(),
        localized(lang, &entry.item.title),
        entry.item.id.to_string(),
    ]
}

fn trash_row(item: &AgendaItem, lang: Lang) -> Vec<String> {
    vec![
        item.id.to_string(),
        item.kind.code().to_owned(),
        localized(lang, &item.title),
        item.deleted_at.clone().unwrap_or_default(),
    ]
}

fn show_entry(out: &mut dyn Write, json: bool, entry: &AgendaEntry, lang: Lang) -> CoreResult<()> {
    if json {
        return output::json(out, entry);
    }
    output::lines(out, &[entry_row(entry, lang).join("  ")])
}

fn show(out: &mut dyn Write, json: bool, agenda: &Agenda, lang: Lang) -> CoreResult<()> {
    if json {
        return output::json(out, agenda);
    }
    let state = match (&agenda.approved_at, agenda.current) {
        (Some(at), true) => format!("approved {at} (locked)"),
        (Some(at), false) => format!("approved {at} (superseded)"),
        (None, _) => "draft".to_owned(),
    };
    let mut lines = vec![
        format!("version {}  {state}", agenda.version),
        format!(
            "{}  {} min  {}",
            span(&agenda.start.venue, Some(&agenda.end.venue)),
            agenda.total_min,
            agenda.time_zone
        ),
    ];
    if agenda.overruns_session {
        lines.push("! the items run past the session's planned end".to_owned());
    }
    let both = agenda.start.capitals_differ;
    let rows: Vec<Vec<String>> = agenda
        .entries
        .iter()
        .map(|e| {
            let mut row = vec![
                indent(e),
                format!("{}–{}", e.start.venue.time, e.end.venue.time),
            ];
            if both {
                row.push(format!(
                    "Tashkent {}–{}",
                    e.start.tashkent.time, e.end.tashkent.time
                ));
                row.push(format!(
                    "Moscow {}–{}",
                    e.start.moscow.time, e.end.moscow.time
                ));
            }
            let flag = if e.overrun { "! overrun " } else { "" };
            let presenters: Vec<String> = e
                .item
                .presenters
                .iter()
                .map(|p| localized(lang, &p.name))
                .collect();
            let by = if presenters.is_empty() {
                String::new()
            } else {
                format!(" — {}", presenters.join(", "))
            };
            row.push(format!("{flag}{}{by}", localized(lang, &e.item.title)));
            row
        })
        .collect();
    output::lines(out, &lines)?;
    output::listing(out, false, &rows, Clone::clone)
}
