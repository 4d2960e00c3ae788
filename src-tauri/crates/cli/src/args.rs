//! The command line: every subcommand and option of `council`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// council: the command-line front door of Council Desk (same database, same rules as the desktop app).
#[derive(Debug, Parser)]
#[command(name = "council", version, about, propagate_version = true)]
pub struct Cli {
    /// Database file (default: COUNCIL_DB, else council.db in the per-user app-data directory).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Language of messages: ru, uz or en; of printed documents also ru+uz (default: COUNCIL_LANG, else the
    /// interface language).
    #[arg(long, global = true, value_name = "LANG", env = "COUNCIL_LANG")]
    pub lang: Option<String>,
    /// The officer this run acts as: id, e-mail or name (default: the one chosen by council officer use).
    /// Once the register has accounts, every change needs one; the password, if any, is asked or taken
    /// from COUNCIL_PASSWORD.
    #[arg(long = "as", global = true, value_name = "OFFICER")]
    pub acting: Option<String>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The register of regions (ISO 3166-2 subdivisions and regions added by users).
    #[command(subcommand)]
    Regions(RegionsCommand),
    /// The list of sectors of cooperation.
    #[command(subcommand)]
    Sectors(SectorsCommand),
    /// Pairings of an Uzbek and a Russian region.
    #[command(subcommand)]
    Pairings(PairingsCommand),
    /// Ministries, agencies, regional administrations and companies of both countries.
    #[command(subcommand)]
    Bodies(crate::bodies::BodiesCommand),
    /// People: co-chairs, presenters, executors' contacts, controllers.
    #[command(subcommand)]
    People(crate::people::PeopleCommand),
    /// Agreements between pairings or bodies.
    #[command(subcommand)]
    Agreements(crate::agreements::AgreementsCommand),
    /// Joint projects.
    #[command(subcommand)]
    Projects(crate::projects::ProjectsCommand),
    /// Exchange rates to the US dollar, as recorded by the secretariat.
    #[command(subcommand)]
    Rates(crate::rates::RatesCommand),
    /// Value of joint projects and agreements signed, in US dollars.
    #[command(subcommand)]
    Portfolio(crate::portfolio::PortfolioCommand),
    /// The Council's targets (trade turnover, joint ventures, the portfolio, agreements) and their values.
    #[command(subcommand)]
    Indicators(crate::indicators::IndicatorsCommand),
    /// Council sessions, working-group meetings, forums and preparatory meetings.
    #[command(subcommand)]
    Sessions(crate::sessions::SessionsCommand),
    /// Series of recurring meetings (a working group every second Tuesday, …).
    #[command(subcommand)]
    Series(crate::series::SeriesCommand),
    /// Public holidays of Uzbekistan and Russia, which scheduling warns about.
    #[command(subcommand)]
    Holidays(crate::holidays::HolidaysCommand),
    /// The agenda of a session.
    #[command(subcommand)]
    Agenda(crate::agenda::AgendaCommand),
    /// Decisions of sessions.
    #[command(subcommand)]
    Decisions(crate::decisions::DecisionsCommand),
    /// Instructions and their execution control.
    #[command(subcommand)]
    Instructions(crate::instructions::InstructionsCommand),
    /// Reports on execution discipline.
    #[command(subcommand)]
    Report(crate::report::ReportCommand),
    /// Reminder letters to the lead bodies of open instructions (overdue, due within N days), one file per
    /// body in its country's language (or --letter-lang ru, uz, en, ru+uz), and their record in the history.
    Remind(crate::remind::RemindArgs),
    /// Print documents as PDF or Word (.docx): agenda, minutes, control list, pairing dossier (--lang ru, uz, en or
    /// ru+uz).
    #[command(subcommand)]
    Print(crate::print::PrintCommand),
    /// Officer accounts of this site, and which one the command line acts as.
    #[command(subcommand)]
    Officer(crate::officer::OfficerCommand),
    /// Fill an empty database with demonstration data.
    Demo(crate::demo::DemoArgs),
    /// Write sessions as an iCalendar file, registers as XLSX workbooks.
    #[command(subcommand)]
    Export(crate::export::ExportCommand),
    /// Read calendar events as draft sessions, or bodies, people and instructions from CSV (all or nothing).
    #[command(subcommand)]
    Import(crate::import::ImportCommand),
    /// Search every register at once, in Cyrillic or Latin, with or without apostrophes.
    Search {
        /// Words of a name, title, text or number, in any script (Самарканд, fargʻona, 3/2.1).
        #[arg(required = true, value_name = "QUERY")]
        query: Vec<String>,
        /// At most this many results (500 at most).
        #[arg(long, default_value_t = 20, value_name = "N")]
        limit: u32,
        #[arg(long)]
        json: bool,
    },
    /// This database's site: its name, country and the card its peers add.
    #[command(subcommand)]
    Site(crate::site::SiteCommand),
    /// The sites this one exchanges packages with, added from their cards.
    #[command(subcommand)]
    Peers(crate::peers::PeersCommand),
    /// Packages of changes to and from peers, over files; the review list of conflicting values.
    #[command(subcommand)]
    Exchange(crate::exchange::ExchangeCommand),
    /// Files attached to agreements, agenda items, decisions and execution reports.
    #[command(subcommand)]
    Attachments(crate::attachments::AttachmentsCommand),
    /// E-mail: this site's mail server, and a test message sent through it (or saved as an .eml file).
    #[command(subcommand)]
    Mail(crate::mail::MailCommand),
    /// Settings shared with the desktop app.
    #[command(subcommand)]
    Settings(crate::attachments::SettingsCommand),
    /// Records in the trash.
    #[command(subcommand)]
    Trash(TrashCommand),
    /// Write a one-file backup of the database and its attachments (consistent even while the app is working).
    /// Attachments whose content is missing or damaged are left out and listed; the backup is written anyway.
    Backup {
        /// The backup file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Fail (exit status 1) when the content of an attachment could not go into the backup.
        #[arg(long)]
        strict: bool,
        #[arg(long)]
        json: bool,
    },
    /// Run the office hub: serve this database to the desks of the secretariat over HTTPS.
    Serve(crate::serve::ServeArgs),
    /// Restore a backup: verified first; the current data is kept as a backup in backups/ beside it.
    Restore {
        /// The backup file.
        file: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Check the database for damage (quick by default).
    Check {
        /// Full integrity and foreign-key check, and every attachment's content (there, size, SHA-256).
        #[arg(long)]
        full: bool,
        #[arg(long)]
        json: bool,
    },
    /// The change history of one record.
    History {
        /// Record type: pairing, region.
        entity: String,
        /// Record id.
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Version, database path and schema version.
    Info {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum RegionsCommand {
    /// List regions.
    List {
        /// Only regions of this country: UZ or RU.
        #[arg(long, value_name = "UZ|RU")]
        country: Option<String>,
        /// Only regions whose name, centre or code contains this text (any script, any case).
        #[arg(long)]
        filter: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Show one region by ISO code or id.
    Show {
        region: String,
        #[arg(long)]
        json: bool,
    },
    /// Add a region that has no ISO code.
    Add {
        #[arg(long, value_name = "UZ|RU")]
        country: String,
        /// region, republic, city, krai, autonomous_oblast or autonomous_okrug.
        #[arg(long)]
        kind: String,
        #[command(flatten)]
        names: RegionNames,
        #[arg(long)]
        json: bool,
    },
    /// Change a region's names, centre or time zone (shipped data never overwrites the change).
    Update {
        region: String,
        #[arg(long)]
        kind: Option<String>,
        #[command(flatten)]
        names: RegionNames,
        #[arg(long)]
        json: bool,
    },
}

/// Names, centre and time zone of a region; on update, only what is given changes.
#[derive(Debug, Args)]
pub struct RegionNames {
    #[arg(long)]
    pub name_ru: Option<String>,
    #[arg(long)]
    pub name_uz: Option<String>,
    #[arg(long)]
    pub name_en: Option<String>,
    #[arg(long)]
    pub centre_ru: Option<String>,
    #[arg(long)]
    pub centre_uz: Option<String>,
    #[arg(long)]
    pub centre_en: Option<String>,
    /// IANA time zone of the administrative centre.
    #[arg(long, value_name = "ZONE")]
    pub time_zone: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum SectorsCommand {
    /// List sectors in their order.
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum PairingsCommand {
    /// Register a pairing of an Uzbek and a Russian region (ISO codes or ids, in either order).
    Add {
        region_a: String,
        region_b: String,
        /// proposed, active, suspended or ended.
        #[arg(long, default_value = "active")]
        status: String,
        #[command(flatten)]
        fields: PairingFields,
        #[arg(long)]
        json: bool,
    },
    /// List pairings.
    List {
        #[arg(long)]
        status: Option<String>,
        /// Only pairings of this region (ISO code or id).
        #[arg(long)]
        region: Option<String>,
        /// List the trash instead.
        #[arg(long)]
        trash: bool,
        #[arg(long)]
        json: bool,
    },
    /// Show one pairing.
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Change a pairing; only the options given change.
    Update {
        id: String,
        #[arg(long)]
        status: Option<String>,
        #[command(flatten)]
        fields: PairingFields,
        /// Remove every sector before adding those given with --sector.
        #[arg(long)]
        clear_sectors: bool,
        #[arg(long)]
        json: bool,
    },
    /// Move a pairing to the trash.
    Delete { id: String },
    /// Bring a pairing back from the trash.
    Restore { id: String },
}

/// The optional fields of a pairing.
#[derive(Debug, Args)]
pub struct PairingFields {
    /// Start date, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Title of the basis document in Russian (`--basis-title` is the same).
    #[arg(long, alias = "basis-title")]
    pub basis_title_ru: Option<String>,
    /// Title of the basis document in Uzbek.
    #[arg(long)]
    pub basis_title_uz: Option<String>,
    /// Title of the basis document in English.
    #[arg(long)]
    pub basis_title_en: Option<String>,
    #[arg(long)]
    pub basis_number: Option<String>,
    /// Date of the basis document, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub basis_date: Option<String>,
    /// A sector code (repeat for several); see `council sectors list`.
    #[arg(long = "sector", value_name = "CODE")]
    pub sectors: Vec<String>,
    #[arg(long)]
    pub notes_ru: Option<String>,
    #[arg(long)]
    pub notes_uz: Option<String>,
    #[arg(long)]
    pub notes_en: Option<String>,
    /// Contact persons, free text.
    #[arg(long)]
    pub contacts: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum TrashCommand {
    /// List everything in the trash.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Bring a record back from the trash (its type and id as `trash list` shows them).
    Restore {
        /// pairing, body, person, session, agenda_item, decision, instruction, agreement, project
        /// or attachment.
        entity: String,
        id: String,
    },
}
