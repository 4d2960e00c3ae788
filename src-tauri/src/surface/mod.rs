//! The command surface, declared once in `council-surface`'s `table.rs`: from it come the Tauri handler here,
//! the hub's dispatch by name there (`council_surface::dispatch`), and (by `cargo test`, `client.rs`) the
//! TypeScript client and the window's capability. `build.rs` reads the same table for the `AppManifest`.

use council_core::agenda::{
    Agenda, AgendaComparison, AgendaEntry, AgendaItem, AgendaItemInput, AgendaPlace, AgendaVersion,
};
use council_core::agreement::{Agreement, AgreementFilter, AgreementInput};
use council_core::attachment::{Attachment, OwnerKind};
use council_core::backup::{BackupOutcome, CheckReport, ChosenBackup, RestoreOutcome};
use council_core::body::{Body, BodyInput};
use council_core::control::{DeadlineNotice, InstructionFilter, NoticeSettings};
use council_core::decision::{Decision, DecisionInput};
use council_core::holiday::{Holiday, HolidayFilter};
use council_core::hub::{HubConnection, HubStatus};
use council_core::import::ImportReport;
use council_core::indicator::{
    CouncilOverview, Indicator, IndicatorInput, IndicatorProgress, IndicatorValue,
    IndicatorValueInput,
};
use council_core::instruction::{
    ExecutionReport, Instruction, InstructionHistory, InstructionInput, InstructionState,
    ReportInput,
};
use council_core::mail::{MailOutcome, MailPassword, MailSettings};
use council_core::money::{Currency, ExchangeRate};
use council_core::officer::{Officer, OfficerInput};
use council_core::pairing_activity::PairingMap;
use council_core::paths::ChosenFile;
use council_core::person::{Person, PersonInput};
use council_core::project::{
    Project, ProjectFilter, ProjectGrouping, ProjectInput, ProjectPortfolio,
};
use council_core::reminder::{
    EmailedLetters, LetterRun, ReminderLetter, ReminderQuery, ReminderRecord, SavedLetters,
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
use council_documents::{DocumentPreview, Printable, WordReference};
use council_surface::{Argument, Desk};
use tauri::{AppHandle, State};
use uuid::Uuid;

use crate::commands::{self, Answer};

include!("../../crates/surface/src/table.rs");

#[cfg(test)]
mod client;
#[cfg(test)]
mod needs;

pub use council_surface::{COMMANDS, Command};

/// The type Tauri hands a command for each name of its `[injected]` list.
macro_rules! injected {
    (app) => { AppHandle };
    (desk) => { State<'_, Desk> };
}

/// Calls a command's function: `council-surface`'s (sync, taking `&Desk`) for a command that needs only the
/// desk, the desktop's own (`src/commands/`) for the others.
macro_rules! call {
    ([desk] $area:ident::$name:ident($desk:ident; $($injected:ident),*; $($arg:ident),*)) => {
        council_surface::commands::$area::$name(&$desk, $($arg),*)
    };
    ([$($kind:ident)*] $area:ident::$name:ident($desk:ident; $($injected:ident),*; $($arg:ident),*)) => {
        commands::$area::$name($($injected,)* $($arg),*).await
    };
}

/// Makes, per command, a Tauri command of exactly the table's arguments calling the area's function (so the
/// table and the function agree on every type or the crate does not compile), then the handler of them all.
/// Each argument is read as an [`Argument`], so a malformed one answers the core's translated error in the
/// desk's language (`arguments_desk`), never Tauri's text.
macro_rules! tauri_surface {
    ($($(#[doc = $doc:literal])* $area:ident::$name:ident[$($injected:ident)*] $need:ident($($arg:ident: $ty:ty),* $(,)?) -> $answer:ty;)*) => {
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
                call!([$($injected)*] $area::$name(arguments_desk; $($injected),*; $($arg),*))
            }
        )*

        /// The Tauri handler of every command of the table.
        pub(crate) fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($name),*]
        }
    };
}

command_table!(tauri_surface);
