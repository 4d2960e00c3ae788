// The command surface: every command the window may call, declared once. One line per command:
// `area::name[injected](argument: Type, …) -> Answer;` where `area` is the file of `src/commands/` holding the
// function, `[injected]` what Tauri hands it besides the arguments (`app`, `desk`, in the function's order),
// the arguments exactly as the window sends them (snake_case here, camelCase in TypeScript) and the value of
// the `Answer`.
//
// `build.rs` and `src/surface/mod.rs` both `include!` this file and pass a macro of their own to
// `command_table!`: the names for the AppManifest, the Tauri handler (and a wrapper per command whose
// parameters are these, so a type that disagrees with the function does not compile), the list of commands
// and the generated `ui/src/ipc/commands.ts` and `capabilities/main.json` (see `src/surface/mod.rs`).

// Calls `$then! { …every command… }`.
macro_rules! command_table {
    ($then:ident) => {
        $then! {
            registry::reference[desk]() -> Reference;
            registry::set_language[desk](lang: Lang) -> About;
            registry::list_pairings[desk](filter: PairingFilter) -> Vec<Pairing>;
            registry::get_pairing[desk](id: String) -> Pairing;
            registry::create_pairing[desk](input: PairingInput) -> Pairing;
            registry::update_pairing[desk](id: String, input: PairingInput) -> Pairing;
            registry::delete_pairing[desk](id: String) -> Pairing;
            registry::restore_pairing[desk](id: String) -> Pairing;
            registry::list_trash[desk]() -> Vec<TrashEntry>;
            registry::history[desk](entity: String, record_id: String) -> Vec<AuditEntry>;
            records::pairing_sessions[desk](pairing: String) -> Vec<Session>;
            records::pairing_decisions[desk](pairing: String) -> Vec<Decision>;
            records::pairing_portfolio[desk](pairing: String, as_of: Option<String>) -> ProjectPortfolio;
            records::recent_changes[desk](filter: AuditFilter) -> Vec<AuditEntry>;
            records::session_of[desk](entity: String, id: String) -> Option<String>;
            registry::list_bodies[desk](country: Option<Country>, deleted: bool) -> Vec<Body>;
            registry::create_body[desk](input: BodyInput) -> Body;
            registry::update_body[desk](id: String, input: BodyInput) -> Body;
            registry::delete_body[desk](id: String) -> Body;
            registry::restore_body[desk](id: String) -> Body;
            registry::list_people[desk](body_id: Option<String>, deleted: bool) -> Vec<Person>;
            registry::create_person[desk](input: PersonInput) -> Person;
            registry::update_person[desk](id: String, input: PersonInput) -> Person;
            registry::delete_person[desk](id: String) -> Person;
            registry::restore_person[desk](id: String) -> Person;
            control::dashboard[desk]() -> Dashboard;
            control::list_instructions[desk](filter: InstructionFilter) -> Vec<Instruction>;
            control::instruction_history[desk](key: String) -> InstructionHistory;
            control::create_instruction[desk](input: InstructionInput) -> Instruction;
            control::update_instruction[desk](key: String, input: InstructionInput) -> Instruction;
            control::extend_instruction[desk](key: String, new_due_on: String, reason: String) -> Instruction;
            control::add_execution_report[desk](key: String, report: ReportInput) -> ExecutionReport;
            control::move_instruction[desk](key: String, to: InstructionState, note: String) -> Instruction;
            control::delete_instruction[desk](key: String) -> Instruction;
            control::restore_instruction[desk](key: String) -> Instruction;
            portfolio::list_agreements[desk](filter: AgreementFilter) -> Vec<Agreement>;
            portfolio::create_agreement[desk](input: AgreementInput) -> Agreement;
            portfolio::update_agreement[desk](id: String, input: AgreementInput) -> Agreement;
            portfolio::delete_agreement[desk](id: String) -> Agreement;
            portfolio::list_projects[desk](filter: ProjectFilter) -> Vec<Project>;
            portfolio::create_project[desk](input: ProjectInput) -> Project;
            portfolio::update_project[desk](id: String, input: ProjectInput) -> Project;
            portfolio::delete_project[desk](id: String) -> Project;
            portfolio::project_portfolio[desk](by: ProjectGrouping, as_of: Option<String>) -> ProjectPortfolio;
            portfolio::list_rates[desk](currency: Option<Currency>) -> Vec<ExchangeRate>;
            portfolio::set_rate[desk](currency: Currency, on_date: String, rate: String) -> ExchangeRate;
            sessions::list_sessions[desk](filter: SessionFilter) -> Vec<Session>;
            sessions::get_session[desk](key: String) -> Session;
            sessions::create_session[desk](input: SessionInput) -> Session;
            sessions::update_session[desk](id: String, input: SessionInput) -> Session;
            sessions::change_session_status[desk](id: String, change: StatusChange) -> Session;
            sessions::session_events[desk](id: String) -> Vec<SessionEvent>;
            sessions::delete_session[desk](id: String) -> Session;
            scheduling::session_conflicts[desk](draft: SessionDraft) -> Vec<ScheduleConflict>;
            scheduling::list_holidays[desk](filter: HolidayFilter) -> Vec<Holiday>;
            startup::open_demonstration[desk]() -> ();
            interop::choose_csv_file[app desk]() -> Option<ChosenFile>;
            interop::import_csv_file[desk](file: String, kind: String, dry_run: bool) -> ImportReport;
            scheduling::preview_series[desk](input: SeriesInput) -> SeriesPreview;
            scheduling::create_series[desk](input: SeriesInput) -> SessionSeries;
            sessions::get_agenda[desk](session: String, version: Option<i64>) -> Agenda;
            sessions::agenda_versions[desk](session: String) -> Vec<AgendaVersion>;
            sessions::compare_agenda_versions[desk](session: String, from: i64, to: i64) -> AgendaComparison;
            sessions::add_agenda_item[desk](session: String, input: AgendaItemInput, place: AgendaPlace) -> AgendaEntry;
            sessions::update_agenda_item[desk](id: String, input: AgendaItemInput) -> AgendaEntry;
            sessions::move_agenda_item[desk](id: String, place: AgendaPlace) -> AgendaEntry;
            sessions::delete_agenda_item[desk](id: String) -> AgendaItem;
            sessions::approve_agenda[desk](session: String) -> Agenda;
            sessions::revise_agenda[desk](session: String) -> Agenda;
            sessions::add_standing_items[desk](session: String) -> Agenda;
            sessions::list_decisions[desk](session: String) -> Vec<Decision>;
            sessions::adopt_decision[desk](session: String, input: DecisionInput) -> Decision;
            sessions::amend_decision[desk](id: String, text: LocalizedText, reason: String) -> Decision;
            sessions::rescind_decision[desk](id: String, reason: String) -> Decision;
            sessions::delete_decision[desk](id: String) -> Decision;
            sessions::open_before_session[desk](session: String) -> Vec<Instruction>;
            data::restore_from_trash[desk](entity: String, id: String) -> ();
            data::backup_now[desk]() -> Option<BackupOutcome>;
            data::last_daily_backup[desk]() -> Option<BackupOutcome>;
            data::startup_check[desk]() -> ();
            data::check_database[desk](full: bool) -> CheckReport;
            data::search[desk](query: String, limit: u32) -> Vec<SearchHit>;
            data::choose_backup_file[desk]() -> Option<ChosenBackup>;
            data::restore_backup[desk](file: String) -> RestoreOutcome;
            data::set_backups_keep[desk](keep: u32) -> u32;
            attachments::list_attachments[desk](owner_kind: OwnerKind, owner_id: String) -> Vec<Attachment>;
            attachments::attach_file[desk](owner_kind: OwnerKind, owner_id: String) -> Option<Attachment>;
            attachments::open_attachment[app desk](id: String) -> ();
            attachments::export_attachment[app desk](id: String) -> Option<String>;
            attachments::delete_attachment[desk](id: String) -> Attachment;
            interop::export_sessions_ics[app desk](session: Option<String>, filter: SessionFilter, lang: Lang, file_name: String) -> Option<String>;
            interop::choose_ics_file[app desk]() -> Option<ChosenFile>;
            interop::import_sessions_ics[desk](file: String, dry_run: bool) -> ImportReport;
            interop::export_control_xlsx[app desk](filter: InstructionFilter, lang: Lang, file_name: String) -> Option<String>;
            documents::preview_document[app](document: Printable, lang: String) -> DocumentPreview;
            documents::save_document_pdf[app desk](document: Printable, lang: String) -> Option<String>;
            documents::print_document[app](document: Printable, lang: String) -> ();
            startup::mark_ready[](steps: Vec<(String, f64)>) -> ();
        }
    };
}
