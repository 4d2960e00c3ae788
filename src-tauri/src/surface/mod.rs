//! The command surface, declared once in `table.rs`: from it come the Tauri handler, the list of commands a
//! second transport would dispatch by name, and (by `cargo test`, `client.rs`) the TypeScript client and the
//! window's capability. `build.rs` reads the same table for the `AppManifest`.

use council_core::agenda::{
    Agenda, AgendaComparison, AgendaEntry, AgendaItem, AgendaItemInput, AgendaPlace, AgendaVersion,
};
use council_core::agreement::{Agreement, AgreementFilter, AgreementInput};
use council_core::attachment::{Attachment, OwnerKind};
use council_core::backup::{BackupOutcome, CheckReport, ChosenBackup, RestoreOutcome};
use council_core::body::{Body, BodyInput};
use council_core::control::InstructionFilter;
use council_core::decision::{Decision, DecisionInput};
use council_core::holiday::{Holiday, HolidayFilter};
use council_core::import::ImportReport;
use council_core::instruction::{
    ExecutionReport, Instruction, InstructionHistory, InstructionInput, InstructionState,
    ReportInput,
};
use council_core::money::{Currency, ExchangeRate};
use council_core::officer::{Officer, OfficerInput, Role};
use council_core::paths::ChosenFile;
use council_core::person::{Person, PersonInput};
use council_core::project::{
    Project, ProjectFilter, ProjectGrouping, ProjectInput, ProjectPortfolio,
};
use council_core::search::SearchHit;
use council_core::session::{Session, SessionEvent, SessionFilter, SessionInput, StatusChange};
use council_core::site::{
    PackagePreview, PeerView, ReceivedPackage, RecordOrigin, SentPackage, SiteInput, SiteView,
};
use council_core::store::{Dashboard, ExchangeConflict, Reference};
use council_core::{
    About, AuditEntry, AuditFilter, Country, Lang, LocalizedText, Pairing, PairingFilter,
    PairingInput, RecordKey, SeriesInput, SeriesPreview, SessionSeries, TrashEntry,
};
use council_documents::{DocumentPreview, Printable};
use tauri::{AppHandle, State};
use uuid::Uuid;

use crate::commands::{self, Answer};
use crate::state::Desk;

include!("table.rs");

mod argument;
#[cfg(test)]
mod client;
#[cfg(test)]
mod needs;

use argument::Argument;

/// One command of the surface, as a transport dispatches it by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Command {
    /// The name the window invokes.
    pub name: &'static str,
    /// The file of `src/commands/` holding its function.
    pub area: &'static str,
    /// Its arguments, in `snake_case`, in order (`camelCase` in the window's JSON).
    pub arguments: &'static [&'static str],
    /// The least role that may call it (the core checks it again in every write).
    pub need: Role,
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

/// The type Tauri hands a command for each name of its `[injected]` list.
macro_rules! injected {
    (app) => { AppHandle };
    (desk) => { State<'_, Desk> };
}

/// Makes, per command, a Tauri command of exactly the table's arguments calling the area's function (so the
/// table and the function agree on every type or the crate does not compile), then the handler of them all.
/// Each argument is read as an [`Argument`], so a malformed one answers the core's translated error in the
/// desk's language (`arguments_desk`), never Tauri's text.
macro_rules! tauri_surface {
    ($($(#[doc = $doc:literal])* $area:ident::$name:ident[$($injected:ident)*] $need:ident($($arg:ident: $ty:ty),* $(,)?) -> $answer:ty;)*) => {
        /// Every command the window may call, in the table's order.
        pub const COMMANDS: &[Command] = &[$(Command {
            name: stringify!($name),
            area: stringify!($area),
            arguments: &[$(stringify!($arg)),*],
            need: need!($need),
        }),*];

        $(
            #[tauri::command]
            #[allow(unused_variables, reason = "a command without arguments reads none")]
            async fn $name(
                arguments_desk: State<'_, Desk>,
                $($injected: injected!($injected),)*
                $($arg: Argument<$ty>),*
            ) -> Answer<$answer> {
                $(let $arg = $arg
                    .given(stringify!($arg))
                    .map_err(|error| error.payload(arguments_desk.lang()))?;)*
                commands::$area::$name($($injected,)* $($arg),*).await
            }
        )*

        /// The Tauri handler of every command of the table.
        pub(crate) fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }
    };
}

command_table!(tauri_surface);
