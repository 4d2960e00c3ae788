//! `council projects …`

use std::io::Write;

use clap::{Args, Subcommand};
use council_core::project::{Project, ProjectFilter, ProjectInput, ProjectStatus};
use council_core::{CoreResult, Lang, LocalizedText, Store};

use crate::agreements::optional_currency;
use crate::output;

#[derive(Debug, Subcommand)]
pub enum ProjectsCommand {
    /// Register a joint project of a pairing or of the regions involved.
    Add {
        /// proposed, agreed, under_way, completed or frozen.
        #[arg(long, default_value = "proposed")]
        status: String,
        #[command(flatten)]
        fields: ProjectFields,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// List joint projects.
    List {
        /// Only projects of this pairing (id).
        #[arg(long, value_name = "ID")]
        pairing: Option<String>,
        /// Only projects of this sector (code).
        #[arg(long, value_name = "CODE")]
        sector: Option<String>,
        /// proposed, agreed, under_way, completed or frozen.
        #[arg(long)]
        status: Option<String>,
        /// List the trash instead.
        #[arg(long)]
        trash: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show one project by id.
    Show {
        /// The project's id.
        id: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Change a project; only the options given change.
    Update {
        /// The project's id.
        id: String,
        /// proposed, agreed, under_way, completed or frozen.
        #[arg(long)]
        status: Option<String>,
        #[command(flatten)]
        fields: ProjectFields,
        /// Remove every region before adding those given with --region.
        #[arg(long)]
        clear_regions: bool,
        /// Remove every lead body before adding those given with --lead-body.
        #[arg(long)]
        clear_lead_bodies: bool,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Move a project to the trash.
    Delete {
        /// The project's id.
        id: String,
    },
    /// Bring a project back from the trash.
    Restore {
        /// The project's id.
        id: String,
    },
}

/// The fields of a project; on update, only what is given changes, and an empty value clears a field.
#[derive(Debug, Args)]
pub struct ProjectFields {
    /// Title in Russian.
    #[arg(long)]
    title_ru: Option<String>,
    /// Title in Uzbek (Latin script).
    #[arg(long)]
    title_uz: Option<String>,
    /// Title in English.
    #[arg(long)]
    title_en: Option<String>,
    /// Sector code; see council sectors list.
    #[arg(long, value_name = "CODE")]
    sector: Option<String>,
    /// The pairing whose project it is (id).
    #[arg(long, value_name = "ID")]
    pairing: Option<String>,
    /// A region involved (ISO code or id; repeat for several).
    #[arg(long = "region", value_name = "ISO")]
    regions: Vec<String>,
    /// A lead body (id; repeat for several).
    #[arg(long = "lead-body", value_name = "ID")]
    lead_bodies: Vec<String>,
    /// Value, for example "1 250 000.50"; needs --currency.
    #[arg(long, value_name = "AMOUNT", allow_hyphen_values = true)]
    value: Option<String>,
    /// USD, RUB or UZS.
    #[arg(long, value_name = "USD|RUB|UZS")]
    currency: Option<String>,
    /// Start date, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    starts_on: Option<String>,
    /// End date, YYYY-MM-DD, not before the start.
    #[arg(long, value_name = "DATE")]
    ends_on: Option<String>,
}

pub fn run(
    command: ProjectsCommand,
    store: &mut Store,
    lang: Lang,
    out: &mut dyn Write,
) -> CoreResult<()> {
    match command {
        ProjectsCommand::Add {
            status,
            fields,
            json,
        } => {
            let input = ProjectInput {
                title: LocalizedText::default(),
                sector: None,
                pairing_id: None,
                regions: Vec::new(),
                lead_bodies: Vec::new(),
                value: None,
                currency: None,
                status: ProjectStatus::parse(&status)?,
                starts_on: None,
                ends_on: None,
            };
            let project = store.create_project(&apply(input, fields)?)?;
            show(out, json, &project, store, lang)
        }
        ProjectsCommand::List {
            pairing,
            sector,
            status,
            trash,
            json,
        } => {
            let filter = ProjectFilter {
                pairing_id: pairing,
                sector,
                status: status.as_deref().map(ProjectStatus::parse).transpose()?,
                deleted: trash,
            };
            let projects = store.list_projects(&filter)?;
            output::listing(out, json, &projects, |p| row(p, lang))
        }
        ProjectsCommand::Show { id, json } => show(out, json, &store.project(&id)?, store, lang),
        ProjectsCommand::Update {
            id,
            status,
            fields,
            clear_regions,
            clear_lead_bodies,
            json,
        } => {
            let current = store.project(&id)?;
            let mut input = current.to_input();
            if let Some(status) = status {
                input.status = ProjectStatus::parse(&status)?;
            }
            if clear_regions {
                input.regions.clear();
            }
            if clear_lead_bodies {
                input.lead_bodies.clear();
            }
            let updated = store.update_project(&current.id.to_string(), &apply(input, fields)?)?;
            show(out, json, &updated, store, lang)
        }
        ProjectsCommand::Delete { id } => {
            let project = store.delete_project(&id)?;
            output::lines(out, &[project.id.to_string()])
        }
        ProjectsCommand::Restore { id } => {
            let project = store.restore_project(&id)?;
            output::lines(out, &[project.id.to_string()])
        }
    }
}

/// Applies the options given to an input; regions and lead bodies are added to those there.
fn apply(mut input: ProjectInput, fields: ProjectFields) -> CoreResult<ProjectInput> {
    for (slot, value) in [
        (&mut input.title.ru, fields.title_ru),
        (&mut input.title.uz, fields.title_uz),
        (&mut input.title.en, fields.title_en),
    ] {
        if let Some(value) = value {
            *slot = value;
        }
    }
    for (slot, value) in [
        (&mut input.sector, fields.sector),
        (&mut input.pairing_id, fields.pairing),
        (&mut input.value, fields.value),
        (&mut input.starts_on, fields.starts_on),
        (&mut input.ends_on, fields.ends_on),
    ] {
        if value.is_some() {
            *slot = value;
        }
    }
    if let Some(code) = fields.currency {
        input.currency = optional_currency(&code)?;
    }
    input.regions.extend(fields.regions);
    input.lead_bodies.extend(fields.lead_bodies);
    Ok(input)
}

fn row(project: &Project, lang: Lang) -> Vec<String> {
    vec![
        project.id.to_string(),
        project.status.code().to_owned(),
        project.sector.clone().unwrap_or_default(),
        project.title.get(lang).to_owned(),
        project.value.map(|m| m.to_string()).unwrap_or_default(),
    ]
}

fn join(items: &[impl ToString]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn show(
    out: &mut dyn Write,
    json: bool,
    project: &Project,
    store: &Store,
    lang: Lang,
) -> CoreResult<()> {
    if json {
        return output::json(out, project);
    }
    let mut lines = vec![row(project, lang).join("  ")];
    // Regions by ISO code where they have one.
    let regions: Vec<String> = project
        .regions
        .iter()
        .map(|id| {
            store
                .region(&id.to_string())
                .ok()
                .and_then(|region| region.iso_code)
                .unwrap_or_else(|| id.to_string())
        })
        .collect();
    let dates = match (project.starts_on, project.ends_on) {
        (None, None) => String::new(),
        (start, end) => format!(
            "{} – {}",
            start.map(|d| d.to_string()).unwrap_or_default(),
            end.map(|d| d.to_string()).unwrap_or_default()
        ),
    };
    for (label, value) in [
        (
            "pairing",
            project
                .pairing_id
                .map(|p| p.to_string())
                .unwrap_or_default(),
        ),
        ("regions", regions.join(", ")),
        ("lead bodies", join(&project.lead_bodies)),
        ("dates", dates),
        ("deleted", project.deleted_at.clone().unwrap_or_default()),
    ] {
        if !value.is_empty() {
            lines.push(format!("{label}: {value}"));
        }
    }
    output::lines(out, &lines)
}
