//! The TypeScript types the UI uses are generated from the Rust types that cross IPC.
//! `cargo test` rewrites `ui/src/ipc/bindings.ts`; the test fails when the committed file was stale,
//! so CI (which runs on a clean clone) catches a Rust change whose bindings were not committed.

use std::path::PathBuf;

use council_core::agenda::{
    Agenda, AgendaChangeKind, AgendaComparison, AgendaEntry, AgendaItem, AgendaItemChange,
    AgendaItemInput, AgendaItemKind, AgendaItemState, AgendaPlace, AgendaVersion, Presenter,
    PresenterInput, PresenterKind,
};
use council_core::agreement::{
    Agreement, AgreementFilter, AgreementGrouping, AgreementInput, AgreementStatus, AgreementTally,
};
use council_core::attachment::{Attachment, OwnerKind};
use council_core::backup::{
    BackupFile, BackupManifest, BackupOutcome, BackupStatus, CheckReport, ChosenBackup,
    ContentFault, MissingContent, RestoreOutcome,
};
use council_core::body::{Body, BodyInput, BodyKind};
use council_core::control::{
    ControlSummary, DeadlineNotice, ExecutionRate, InstructionFilter, NoticeSettings, RateBy,
};
use council_core::decision::{
    Decision, DecisionInput, DecisionRevision, DecisionStatus, RevisionKind,
};
use council_core::holiday::{Holiday, HolidayFilter, HolidayInput};
use council_core::hub::{HubConnection, HubStatus, RegisterChange};
use council_core::import::{ImportReport, Note, NoteCode, Outcome, Problem, RowReport};
use council_core::indicator::{
    CouncilOverview, ExecutionOverall, Indicator, IndicatorInput, IndicatorMeasure,
    IndicatorProgress, IndicatorUnit, IndicatorValue, IndicatorValueInput, SessionsHeld,
    TargetKind, YearPoint,
};
use council_core::instruction::{
    EditedField, ExecutionReport, ExecutorRole, Extension, FieldChange, Instruction,
    InstructionEdit, InstructionHistory, InstructionInput, InstructionState, ReportInput,
    StateChange,
};
use council_core::mail::{
    DeliveryStatus, MailOutcome, MailPassword, MailSecurity, MailSettings, PasswordKeeping,
};
use council_core::money::{Currency, ExchangeRate, Money};
use council_core::officer::{Officer, OfficerInput, Role};
use council_core::pairing_activity::{ActivityLevel, PairingActivity, PairingMap};
use council_core::paths::ChosenFile;
use council_core::person::{Person, PersonInput};
use council_core::project::{
    PortfolioRow, Project, ProjectFilter, ProjectGrouping, ProjectInput, ProjectPortfolio,
    ProjectStatus,
};
use council_core::reminder::{
    EarlierReminder, EmailedLetter, EmailedLetters, LetterCopy, LetterItem, LetterLang, LetterRun,
    MailAddress, Reminder, ReminderChannel, ReminderLetter, ReminderQuery, ReminderRecord,
    SavedLetters, SentLetter,
};
use council_core::scheduling::{
    ConflictKind, ConflictPerson, ConflictingSession, DayOfWeek, MonthWeek, PersonRole,
    RecurrenceRule, Repeat, ScheduleConflict, SeriesEnd,
};
use council_core::search::{MatchKind, SearchHit, SnippetSegment};
use council_core::session::clock::{Clocks, LocalTime};
use council_core::session::{
    Session, SessionEvent, SessionFilter, SessionInput, SessionKind, SessionStatus, StatusChange,
};
use council_core::site::{
    ApplyReport, PackagePreview, PackageProgress, Peer, PeerView, ReceivedPackage, RecordOrigin,
    SentPackage, Site, SiteInput, SiteView,
};
use council_core::store::ExchangeConflict;
use council_core::store::{
    About, AuditAction, AuditEntry, AuditFilter, Dashboard, PairingFilter, Reference, TrashEntry,
};
use council_core::{
    Basis, Country, ErrorCode, ErrorPayload, Lang, LocalizedText, Pairing, PairingInput,
    PairingStatus, RecordKey, Region, RegionFilter, RegionInput, RegionKind, RegionRef, Sector,
    Shown,
};
use council_core::{
    DatedConflicts, SeriesInput, SeriesOccurrence, SeriesPreview, SessionDraft, SessionSeries,
};
use ts_rs::{Config, TS};

fn declaration<T: TS>(cfg: &Config) -> String {
    format!("export {}\n", T::decl(cfg))
}

fn generated() -> String {
    let cfg = Config::new().with_large_int("number");
    let declarations = [
        declaration::<serde_json::Value>(&cfg),
        declaration::<Lang>(&cfg),
        declaration::<LocalizedText>(&cfg),
        declaration::<Shown>(&cfg),
        declaration::<ErrorCode>(&cfg),
        declaration::<ErrorPayload>(&cfg),
        declaration::<RecordKey>(&cfg),
        declaration::<Country>(&cfg),
        declaration::<RegionKind>(&cfg),
        declaration::<Region>(&cfg),
        declaration::<RegionInput>(&cfg),
        declaration::<RegionFilter>(&cfg),
        declaration::<Sector>(&cfg),
        declaration::<PairingStatus>(&cfg),
        declaration::<RegionRef>(&cfg),
        declaration::<Basis>(&cfg),
        declaration::<Pairing>(&cfg),
        declaration::<PairingInput>(&cfg),
        declaration::<PairingFilter>(&cfg),
        declaration::<AuditAction>(&cfg),
        declaration::<AuditEntry>(&cfg),
        declaration::<AuditFilter>(&cfg),
        declaration::<TrashEntry>(&cfg),
        declaration::<About>(&cfg),
        declaration::<MailSecurity>(&cfg),
        declaration::<MailSettings>(&cfg),
        declaration::<PasswordKeeping>(&cfg),
        declaration::<MailPassword>(&cfg),
        declaration::<DeliveryStatus>(&cfg),
        declaration::<MailOutcome>(&cfg),
        declaration::<BodyKind>(&cfg),
        declaration::<Body>(&cfg),
        declaration::<BodyInput>(&cfg),
        declaration::<Person>(&cfg),
        declaration::<PersonInput>(&cfg),
        declaration::<Role>(&cfg),
        declaration::<Officer>(&cfg),
        declaration::<OfficerInput>(&cfg),
        declaration::<InstructionState>(&cfg),
        declaration::<ExecutorRole>(&cfg),
        declaration::<Instruction>(&cfg),
        declaration::<InstructionInput>(&cfg),
        declaration::<ExecutionReport>(&cfg),
        declaration::<ReportInput>(&cfg),
        declaration::<Extension>(&cfg),
        declaration::<StateChange>(&cfg),
        declaration::<EditedField>(&cfg),
        declaration::<FieldChange>(&cfg),
        declaration::<InstructionEdit>(&cfg),
        declaration::<InstructionHistory>(&cfg),
        declaration::<Reminder>(&cfg),
        declaration::<ReminderChannel>(&cfg),
        declaration::<ReminderQuery>(&cfg),
        declaration::<ReminderLetter>(&cfg),
        declaration::<ReminderRecord>(&cfg),
        declaration::<SentLetter>(&cfg),
        declaration::<LetterLang>(&cfg),
        declaration::<LetterItem>(&cfg),
        declaration::<LetterCopy>(&cfg),
        declaration::<MailAddress>(&cfg),
        declaration::<EarlierReminder>(&cfg),
        declaration::<LetterRun>(&cfg),
        declaration::<SavedLetters>(&cfg),
        declaration::<EmailedLetter>(&cfg),
        declaration::<EmailedLetters>(&cfg),
        declaration::<InstructionFilter>(&cfg),
        declaration::<RateBy>(&cfg),
        declaration::<ExecutionRate>(&cfg),
        declaration::<ControlSummary>(&cfg),
        declaration::<NoticeSettings>(&cfg),
        declaration::<DeadlineNotice>(&cfg),
        declaration::<Currency>(&cfg),
        declaration::<Money>(&cfg),
        declaration::<ExchangeRate>(&cfg),
        declaration::<AgreementStatus>(&cfg),
        declaration::<Agreement>(&cfg),
        declaration::<AgreementInput>(&cfg),
        declaration::<AgreementFilter>(&cfg),
        declaration::<AgreementGrouping>(&cfg),
        declaration::<AgreementTally>(&cfg),
        declaration::<ProjectStatus>(&cfg),
        declaration::<Project>(&cfg),
        declaration::<ProjectInput>(&cfg),
        declaration::<ProjectFilter>(&cfg),
        declaration::<ProjectGrouping>(&cfg),
        declaration::<PortfolioRow>(&cfg),
        declaration::<ProjectPortfolio>(&cfg),
        declaration::<BackupFile>(&cfg),
        declaration::<ContentFault>(&cfg),
        declaration::<MissingContent>(&cfg),
        declaration::<BackupManifest>(&cfg),
        declaration::<BackupStatus>(&cfg),
        declaration::<BackupOutcome>(&cfg),
        declaration::<RestoreOutcome>(&cfg),
        declaration::<CheckReport>(&cfg),
        declaration::<ChosenFile>(&cfg),
        declaration::<Site>(&cfg),
        declaration::<SiteInput>(&cfg),
        declaration::<SiteView>(&cfg),
        declaration::<Peer>(&cfg),
        declaration::<PeerView>(&cfg),
        declaration::<RecordOrigin>(&cfg),
        declaration::<ApplyReport>(&cfg),
        declaration::<SentPackage>(&cfg),
        declaration::<ReceivedPackage>(&cfg),
        declaration::<PackagePreview>(&cfg),
        declaration::<PackageProgress>(&cfg),
        declaration::<HubConnection>(&cfg),
        declaration::<HubStatus>(&cfg),
        declaration::<RegisterChange>(&cfg),
        declaration::<ExchangeConflict>(&cfg),
        declaration::<ChosenBackup>(&cfg),
        declaration::<OwnerKind>(&cfg),
        declaration::<Attachment>(&cfg),
        declaration::<LocalTime>(&cfg),
        declaration::<Clocks>(&cfg),
        declaration::<SessionKind>(&cfg),
        declaration::<SessionStatus>(&cfg),
        declaration::<Session>(&cfg),
        declaration::<Reference>(&cfg),
        declaration::<Dashboard>(&cfg),
        declaration::<SessionInput>(&cfg),
        declaration::<SessionEvent>(&cfg),
        declaration::<StatusChange>(&cfg),
        declaration::<SessionFilter>(&cfg),
        declaration::<AgendaItemKind>(&cfg),
        declaration::<PresenterKind>(&cfg),
        declaration::<Presenter>(&cfg),
        declaration::<PresenterInput>(&cfg),
        declaration::<AgendaItem>(&cfg),
        declaration::<AgendaEntry>(&cfg),
        declaration::<Agenda>(&cfg),
        declaration::<AgendaVersion>(&cfg),
        declaration::<AgendaItemInput>(&cfg),
        declaration::<AgendaPlace>(&cfg),
        declaration::<AgendaChangeKind>(&cfg),
        declaration::<AgendaItemState>(&cfg),
        declaration::<AgendaItemChange>(&cfg),
        declaration::<AgendaComparison>(&cfg),
        declaration::<DecisionStatus>(&cfg),
        declaration::<Decision>(&cfg),
        declaration::<RevisionKind>(&cfg),
        declaration::<DecisionRevision>(&cfg),
        declaration::<DecisionInput>(&cfg),
        declaration::<MatchKind>(&cfg),
        declaration::<SnippetSegment>(&cfg),
        declaration::<SearchHit>(&cfg),
        declaration::<Outcome>(&cfg),
        declaration::<Problem>(&cfg),
        declaration::<NoteCode>(&cfg),
        declaration::<Note>(&cfg),
        declaration::<RowReport>(&cfg),
        declaration::<ImportReport>(&cfg),
        declaration::<Holiday>(&cfg),
        declaration::<HolidayInput>(&cfg),
        declaration::<HolidayFilter>(&cfg),
        declaration::<ConflictKind>(&cfg),
        declaration::<PersonRole>(&cfg),
        declaration::<ConflictingSession>(&cfg),
        declaration::<ConflictPerson>(&cfg),
        declaration::<ScheduleConflict>(&cfg),
        declaration::<SessionDraft>(&cfg),
        declaration::<DayOfWeek>(&cfg),
        declaration::<MonthWeek>(&cfg),
        declaration::<Repeat>(&cfg),
        declaration::<SeriesEnd>(&cfg),
        declaration::<RecurrenceRule>(&cfg),
        declaration::<SeriesInput>(&cfg),
        declaration::<SeriesOccurrence>(&cfg),
        declaration::<SessionSeries>(&cfg),
        declaration::<DatedConflicts>(&cfg),
        declaration::<SeriesPreview>(&cfg),
        declaration::<IndicatorUnit>(&cfg),
        declaration::<IndicatorMeasure>(&cfg),
        declaration::<TargetKind>(&cfg),
        declaration::<Indicator>(&cfg),
        declaration::<IndicatorInput>(&cfg),
        declaration::<IndicatorValue>(&cfg),
        declaration::<IndicatorValueInput>(&cfg),
        declaration::<YearPoint>(&cfg),
        declaration::<IndicatorProgress>(&cfg),
        declaration::<SessionsHeld>(&cfg),
        declaration::<ExecutionOverall>(&cfg),
        declaration::<CouncilOverview>(&cfg),
        declaration::<ActivityLevel>(&cfg),
        declaration::<PairingActivity>(&cfg),
        declaration::<PairingMap>(&cfg),
    ];
    format!(
        "// Generated from the Rust types by `cargo test -p council-core` (tests/it/bindings.rs). Do not edit.\n\n{}\n{}",
        declarations.join("\n"),
        constants()
    )
}

/// The core's lists and limits the forms offer, so the UI never keeps a copy of its own.
fn constants() -> String {
    fn list<T: serde::Serialize>(name: &str, ty: &str, doc: &str, all: &[T]) -> String {
        let codes = serde_json::to_string(all)
            .expect("codes")
            .replace(',', ", ");
        format!("/** {doc} */\nexport const {name}: readonly {ty}[] = {codes};\n")
    }
    [
        list(
            "FALLBACK_ORDER",
            "Lang",
            "The order in which another language's text stands in for a missing translation.",
            &Lang::FALLBACK_ORDER,
        ),
        list(
            "ACTIVITY_LEVELS",
            "ActivityLevel",
            "Every level of a pairing's activity, quietest first (the map's legend).",
            &ActivityLevel::ALL,
        ),
        list(
            "AGENDA_ITEM_KINDS",
            "AgendaItemKind",
            "Every kind of agenda item, in the core's order.",
            &AgendaItemKind::ALL,
        ),
        list(
            "INSTRUCTION_STATES",
            "InstructionState",
            "Every state of an instruction, in the core's order.",
            &InstructionState::ALL,
        ),
        list(
            "INDICATOR_UNITS",
            "IndicatorUnit",
            "Every unit an indicator may be in, in the core's order.",
            IndicatorUnit::ALL,
        ),
        list(
            "INDICATOR_MEASURES",
            "IndicatorMeasure",
            "Every way an indicator's values meet its target, in the core's order.",
            IndicatorMeasure::ALL,
        ),
        list(
            "TARGET_KINDS",
            "TargetKind",
            "Every kind of target, in the core's order.",
            TargetKind::ALL,
        ),
        list(
            "LETTER_LANGS",
            "LetterLang",
            "Every language a reminder letter may be written in, in the core's order.",
            &LetterLang::ALL,
        ),
        list(
            "SESSION_KINDS",
            "SessionKind",
            "Every kind of session, in the core's order.",
            &SessionKind::ALL,
        ),
        list(
            "SESSION_STATUSES",
            "SessionStatus",
            "Every status of a session, in the core's order.",
            &SessionStatus::ALL,
        ),
        format!(
            "/** The longest agenda item the core takes, in minutes. */\nexport const MAX_DURATION_MIN = {};\n",
            council_core::agenda::MAX_DURATION_MIN
        ),
    ]
    .join("\n")
}

#[test]
fn typescript_bindings_are_fresh() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../ui/src/ipc/bindings.ts");
    let fresh = generated();
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != fresh {
        std::fs::write(&path, &fresh).expect("write bindings");
        panic!(
            "ui/src/ipc/bindings.ts was stale and has been regenerated; commit it and run the tests again"
        );
    }
}
