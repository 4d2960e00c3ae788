//! The command surface without Tauri: the desk's state ([`Desk`]), the commands that need only the store
//! (`commands/`), the table that declares every command once (`table.rs`), and [`dispatch`], which answers
//! those commands by name with JSON arguments as the window sends them. The desktop (`council-desk`) makes its
//! Tauri handler from the same table; the office hub (`council-hub`) serves [`dispatch`].

use council_core::agenda::{
    Agenda, AgendaComparison, AgendaEntry, AgendaItem, AgendaItemInput, AgendaPlace, AgendaVersion,
};
use council_core::agreement::{Agreement, AgreementFilter, AgreementInput};
use council_core::attachment::{Attachment, OwnerKind};
use council_core::backup::{BackupOutcome, CheckReport, RestoreOutcome};
use council_core::body::{Body, BodyInput};
use council_core::control::{DeadlineNotice, InstructionFilter, NoticeSettings};
use council_core::decision::{Decision, DecisionInput};
use council_core::holiday::{Holiday, HolidayFilter};
use council_core::import::ImportReport;
use council_core::indicator::{
    CouncilOverview, Indicator, IndicatorInput, IndicatorProgress, IndicatorValue,
    IndicatorValueInput,
};
use council_core::instruction::{
    ExecutionReport, Instruction, InstructionHistory, InstructionInput, InstructionState,
    ReportInput,
};
use council_core::mail::MailSettings;
use council_core::money::{Currency, ExchangeRate};
use council_core::officer::{Officer, OfficerInput, Role};
use council_core::pairing_activity::PairingMap;
use council_core::person::{Person, PersonInput};
use council_core::project::{
    Project, ProjectFilter, ProjectGrouping, ProjectInput, ProjectPortfolio,
};
use council_core::reminder::{ReminderLetter, ReminderQuery, ReminderRecord};
use council_core::search::SearchHit;
use council_core::session::{Session, SessionEvent, SessionFilter, SessionInput, StatusChange};
use council_core::site::{PeerView, RecordOrigin, SiteInput, SiteView};
use council_core::store::{Dashboard, ExchangeConflict, Reference};
use council_core::{
    About, AuditEntry, AuditFilter, CoreError, Country, ErrorCode, ErrorPayload, Lang,
    LocalizedText, Pairing, PairingFilter, PairingInput, RecordKey, SeriesInput, SeriesPreview,
    SessionSeries, TrashEntry,
};
use serde_json::{Map, Value};
use uuid::Uuid;

mod argument;
pub mod commands;
mod desk;

pub use argument::Argument;
pub use desk::Desk;

include!("table.rs");

/// One command of the surface, as a transport dispatches it by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Command {
    /// The name the window invokes.
    pub name: &'static str,
    /// The file of `commands/` holding its function (this crate's, or the desktop's when not `remote`).
    pub area: &'static str,
    /// Its arguments, in `snake_case`, in order (`camelCase` in the window's JSON).
    pub arguments: &'static [&'static str],
    /// The least role that may call it (the core checks it again in every write).
    pub need: Role,
    /// Whether [`dispatch`] answers it: it needs only the desk (no dialog, window or document of the desktop).
    pub remote: bool,
}

/// The role of a command's `need` marker; any other word does not compile.
macro_rules! need {
    (observer) => {
        Role::Observer
    };
    (officer) => {
        Role::Officer
    };
    (head) => {
        Role::Head
    };
}

/// A command's function as [`dispatch`] calls it: the desk and the window's arguments, by `camelCase` name.
type Handler = fn(&Desk, &Map<String, Value>) -> Result<Value, ErrorPayload>;

/// The handler of a command whose only injection is the desk; `None` for the desktop's own commands (their
/// argument types are not even named here).
macro_rules! remote_handler {
    ([desk] $area:ident::$name:ident($($arg:ident: $ty:ty),*) -> $answer:ty) => {
        Some({
            #[allow(unused_variables, reason = "a command without arguments reads none")]
            fn handle(desk: &Desk, given: &Map<String, Value>) -> Result<Value, ErrorPayload> {
                $(let $arg = read::<$ty>(desk, given, stringify!($arg))?;)*
                let answer: $answer = commands::$area::$name(desk, $($arg),*)?;
                answered(desk, &answer)
            }
            handle as Handler
        })
    };
    ([$($injected:ident)*] $($rest:tt)*) => {
        None
    };
}

/// Whether a command of these injections is served by [`dispatch`]: exactly those that take only the desk.
macro_rules! remote {
    ([desk]) => {
        true
    };
    ([$($injected:ident)*]) => {
        false
    };
}

macro_rules! surface {
    ($($(#[doc = $doc:literal])* $area:ident::$name:ident[$($injected:ident)*] $need:ident($($arg:ident: $ty:ty),* $(,)?) -> $answer:ty;)*) => {
        /// Every command of the table, in its order.
        pub const COMMANDS: &[Command] = &[$(Command {
            name: stringify!($name),
            area: stringify!($area),
            arguments: &[$(stringify!($arg)),*],
            need: need!($need),
            remote: remote!([$($injected)*]),
        }),*];

        /// The handler of each command, in the table's order.
        const HANDLERS: &[Option<Handler>] = &[$(
            remote_handler!([$($injected)*] $area::$name($($arg: $ty),*) -> $answer)
        ),*];
    };
}

command_table!(surface);

/// Answers the command `name` with `arguments` (a JSON object keyed by the arguments' `camelCase` names, as the
/// window sends them): its answer as JSON, or the core's translated error. A malformed argument answers
/// `invalid_value` (a missing one `required`) naming it, as on the desktop; a command that is not in the table,
/// or only the desktop serves, answers `not_found` naming it. Roles are the caller's to check first
/// ([`Command::need`]); the core checks them again in every write.
pub fn dispatch(desk: &Desk, name: &str, arguments: Value) -> Result<Value, ErrorPayload> {
    let handler = COMMANDS
        .iter()
        .position(|command| command.name == name)
        .and_then(|at| HANDLERS[at]);
    let Some(handler) = handler else {
        return Err(CoreError::not_found(name)
            .on("command")
            .payload(desk.lang()));
    };
    let given = match arguments {
        Value::Object(given) => given,
        Value::Null => Map::new(),
        other => {
            return Err(CoreError::new(ErrorCode::InvalidValue, other.to_string())
                .on("arguments")
                .payload(desk.lang()));
        }
    };
    handler(desk, &given)
}

/// The command's metadata by name.
#[must_use]
pub fn command(name: &str) -> Option<&'static Command> {
    COMMANDS.iter().find(|command| command.name == name)
}

/// The argument `name` (`snake_case`) read from the window's `camelCase` key, as the desktop reads it.
fn read<T: serde::de::DeserializeOwned>(
    desk: &Desk,
    given: &Map<String, Value>,
    name: &'static str,
) -> Result<T, ErrorPayload> {
    let value = given.get(&camel_case(name)).cloned().unwrap_or(Value::Null);
    serde_json::from_value::<Argument<T>>(value)
        .map_err(|error| CoreError::new(ErrorCode::InvalidValue, error.to_string()).on(name))
        .and_then(|argument| argument.given(name))
        .map_err(|error| error.payload(desk.lang()))
}

fn answered<T: serde::Serialize>(desk: &Desk, answer: &T) -> Result<Value, ErrorPayload> {
    serde_json::to_value(answer)
        .map_err(|error| CoreError::new(ErrorCode::Storage, error.to_string()).payload(desk.lang()))
}

/// `session_id` → `sessionId`, as Tauri names a command's arguments in the window's JSON.
#[must_use]
pub fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use council_core::demo::{DemoOptions, Scale};
    use council_core::{PairingFilter, Store};
    use serde_json::json;

    use super::*;

    /// A desk on a small demonstration register, open and checked.
    fn desk(dir: &std::path::Path) -> Desk {
        let path = dir.join("council.db");
        Store::open(&path)
            .unwrap()
            .load_demo(&DemoOptions {
                scale: Scale::Small,
                seed: 3,
                today: "2026-11-29".parse().unwrap(),
            })
            .unwrap();
        let desk = Desk::opening(&path);
        std::thread::scope(|scope| {
            scope.spawn(|| desk.finish_opening());
            desk.with(|_| Ok(())).unwrap();
        });
        desk
    }

    #[test]
    fn a_command_answers_by_name_what_the_store_answers() {
        let dir = tempfile::tempdir().unwrap();
        let desk = desk(dir.path());
        let filter = json!({ "status": null, "region": null, "deleted": false });
        let answered = dispatch(&desk, "list_pairings", json!({ "filter": filter })).unwrap();
        let listed = desk
            .with(|store| store.list_pairings(&PairingFilter::default()))
            .unwrap();
        assert!(!listed.is_empty());
        assert_eq!(answered, serde_json::to_value(listed).unwrap());
    }

    #[test]
    fn arguments_are_read_by_the_windows_names_and_a_malformed_one_is_refused_as_on_the_desktop() {
        let dir = tempfile::tempdir().unwrap();
        let desk = desk(dir.path());
        let lang = desk.lang();
        let refused =
            dispatch(&desk, "pairing_sessions", json!({ "pairingId": "S-1" })).unwrap_err();
        assert_eq!(
            refused,
            CoreError::new(ErrorCode::InvalidValue, "S-1")
                .on("pairing_id")
                .payload(lang)
        );
        // The Rust name is not the window's: nothing was given.
        let id = Uuid::now_v7().to_string();
        let refused = dispatch(&desk, "pairing_sessions", json!({ "pairing_id": id })).unwrap_err();
        assert_eq!(refused.code, ErrorCode::Required);
        assert_eq!(refused.field.as_deref(), Some("pairing_id"));
    }

    #[test]
    fn only_the_commands_that_need_just_the_desk_are_dispatched() {
        let dir = tempfile::tempdir().unwrap();
        let desk = desk(dir.path());
        for name in [
            "backup_now",
            "attach_file",
            "preview_document",
            "mark_ready",
            "no_such",
        ] {
            let refused = dispatch(&desk, name, json!({})).unwrap_err();
            assert_eq!(refused.code, ErrorCode::NotFound, "{name}");
            assert_eq!(refused.field.as_deref(), Some("command"));
        }
        assert!(command("list_pairings").is_some_and(|command| command.remote));
        assert!(command("export_attachment").is_some_and(|command| !command.remote));
        assert_eq!(
            command("approve_agenda").map(|command| command.need),
            Some(Role::Head)
        );
    }
}
