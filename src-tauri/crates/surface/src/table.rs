// The command surface: every command the window may call, declared once. One line per command:
// `area::name[injected] need(argument: Type, …) -> Answer;` where `area` is the file of `commands/` holding the
// function, `[injected]` what it is handed besides the arguments (`app`, `desk`, in the function's order),
// `need` the least role that may call it (`observer`: reads, prints, exports; `officer`; `head`: the core checks
// it again, and may ask more of some calls, e.g. cancelling is the head's),
// the arguments exactly as the window sends them (snake_case here, camelCase in TypeScript) and the value of
// the `Answer`; `///` lines before a command document its TypeScript function.
//
// A command whose only injection is `[desk]` needs only the store: its function is in this crate's
// `commands/` (sync, taking `&Desk`), and the hub serves it too (`dispatch`). Any other (`app`: a dialog, a
// window, a document, or nothing at all) is the desktop's alone, in `src-tauri/src/commands/`.
//
// This crate's `lib.rs`, the desktop's `build.rs` and `src-tauri/src/surface/mod.rs` all `include!` this file
// and pass a macro of their own to `command_table!`: the list of commands and `dispatch` here; the names for
// the AppManifest, the Tauri handler (and a wrapper per command whose parameters are these, so a type that
// disagrees with the function does not compile) and the generated `ui/src/ipc/commands.ts` and
// `capabilities/main.json` there.

// Calls `$then! { …every command… }`.
macro_rules! command_table {
    ($then:ident) => {
        $then! {
            /// The language, the secretariat's date, the regions and the sectors: what the window asks for as it opens.
            registry::reference[desk] observer() -> Reference;
            registry::set_language[desk] observer(lang: Lang) -> About;
            /// `{ status: null, region: null, deleted: false }` lists the live register.
            registry::list_pairings[desk] observer(filter: PairingFilter) -> Vec<Pairing>;
            registry::get_pairing[desk] observer(id: Uuid) -> Pairing;
            registry::create_pairing[desk] officer(input: PairingInput) -> Pairing;
            registry::update_pairing[desk] officer(id: Uuid, input: PairingInput) -> Pairing;
            /// Moves the pairing to the trash.
            registry::delete_pairing[desk] officer(id: Uuid) -> Pairing;
            registry::restore_pairing[desk] officer(id: Uuid) -> Pairing;
            registry::list_trash[desk] observer() -> Vec<TrashEntry>;
            /// `recordId` is the key the audit trail names the record by: its id, or (an exchange rate) its
            /// currency and day.
            registry::history[desk] observer(entity: String, record_id: String) -> Vec<AuditEntry>;
            /// The live sessions the pairing takes part in, by start.
            records::pairing_sessions[desk] observer(pairing_id: Uuid) -> Vec<Session>;
            /// Decisions on an agenda item about the pairing, or giving it an instruction.
            records::pairing_decisions[desk] observer(pairing_id: Uuid) -> Vec<Decision>;
            records::pairing_portfolio[desk] observer(pairing_id: Uuid, as_of: Option<String>) -> ProjectPortfolio;
            /// The latest changes of any record, newest first.
            records::recent_changes[desk] observer(filter: AuditFilter) -> Vec<AuditEntry>;
            /// The session an agenda item, decision or instruction belongs to (or the session itself).
            records::session_of[desk] observer(entity: String, id: Uuid) -> Option<String>;
            registry::list_bodies[desk] observer(country: Option<Country>, deleted: bool) -> Vec<Body>;
            registry::create_body[desk] officer(input: BodyInput) -> Body;
            registry::update_body[desk] officer(id: Uuid, input: BodyInput) -> Body;
            registry::delete_body[desk] officer(id: Uuid) -> Body;
            registry::restore_body[desk] officer(id: Uuid) -> Body;
            /// The people of one body, or everyone when `bodyId` is null.
            registry::list_people[desk] observer(body_id: Option<Uuid>, deleted: bool) -> Vec<Person>;
            registry::create_person[desk] officer(input: PersonInput) -> Person;
            registry::update_person[desk] officer(id: Uuid, input: PersonInput) -> Person;
            registry::delete_person[desk] officer(id: Uuid) -> Person;
            registry::restore_person[desk] officer(id: Uuid) -> Person;
            /// The counts, the most overdue, the rates per body and the next sessions, at the secretariat's date.
            control::dashboard[desk] observer() -> Dashboard;
            /// Sorted by due date; `overdue` on each row is computed by the backend at the secretariat's today.
            control::list_instructions[desk] observer(filter: InstructionFilter) -> Vec<Instruction>;
            /// What is overdue and what falls due within the chosen window, at the secretariat's date: the notice
            /// the window gives on start and once a day; `filter` lists exactly those on the control screen.
            control::deadline_notice[desk] observer() -> DeadlineNotice;
            control::notice_settings[desk] observer() -> NoticeSettings;
            /// Refused (`invalid_value` on `within_days`) outside 1 to 60 days.
            control::set_notice_settings[desk] observer(settings: NoticeSettings) -> NoticeSettings;
            /// Shows a desktop notification where the system has them; where it has none it does nothing, quietly.
            notices::notify_desktop[app] observer(title: String, body: String) -> ();
            /// `id` is the instruction's id or its number, like every instruction command's.
            control::instruction_history[desk] observer(id: RecordKey) -> InstructionHistory;
            /// One letter per lead body of the open instructions in the window, in each body's language or the one asked.
            control::reminder_letters[desk] observer(query: ReminderQuery) -> Vec<ReminderLetter>;
            /// Records the reminders sent (a letter, an e-mail or an e-mail file) in each instruction's history; the rows written.
            control::record_reminders[desk] officer(record: ReminderRecord) -> u32;
            control::create_instruction[desk] officer(input: InstructionInput) -> Instruction;
            /// The due date must stay as it is: it changes only by `extendInstruction`.
            control::update_instruction[desk] officer(id: RecordKey, input: InstructionInput) -> Instruction;
            control::extend_instruction[desk] officer(id: RecordKey, new_due_on: String, reason: String) -> Instruction;
            /// An open instruction becomes `reported`.
            control::add_execution_report[desk] officer(id: RecordKey, report: ReportInput) -> ExecutionReport;
            /// A move by hand; `note` is the reason of a cancellation, or why a report went back to work.
            control::move_instruction[desk] officer(id: RecordKey, to: InstructionState, note: String) -> Instruction;
            control::delete_instruction[desk] officer(id: RecordKey) -> Instruction;
            control::restore_instruction[desk] officer(id: RecordKey) -> Instruction;
            portfolio::list_agreements[desk] observer(filter: AgreementFilter) -> Vec<Agreement>;
            portfolio::create_agreement[desk] officer(input: AgreementInput) -> Agreement;
            portfolio::update_agreement[desk] officer(id: Uuid, input: AgreementInput) -> Agreement;
            portfolio::delete_agreement[desk] officer(id: Uuid) -> Agreement;
            portfolio::list_projects[desk] observer(filter: ProjectFilter) -> Vec<Project>;
            portfolio::create_project[desk] officer(input: ProjectInput) -> Project;
            portfolio::update_project[desk] officer(id: Uuid, input: ProjectInput) -> Project;
            portfolio::delete_project[desk] officer(id: Uuid) -> Project;
            portfolio::project_portfolio[desk] observer(by: ProjectGrouping, as_of: Option<String>) -> ProjectPortfolio;
            /// The Council at a glance at the secretariat's date: the targets with their progress, the portfolio by
            /// sector and by pairing, agreements by year, the execution rate, the sessions held.
            indicators::council_overview[desk] observer() -> CouncilOverview;
            /// Every pairing with its sessions and projects of the year that ends at the secretariat's date (the map).
            indicators::pairing_map[desk] observer() -> PairingMap;
            indicators::list_indicators[desk] observer() -> Vec<IndicatorProgress>;
            indicators::get_indicator[desk] observer(id: Uuid) -> IndicatorProgress;
            /// Targets are the head's to set.
            indicators::add_indicator[desk] head(input: IndicatorInput) -> Indicator;
            indicators::update_indicator[desk] head(id: Uuid, input: IndicatorInput) -> Indicator;
            indicators::delete_indicator[desk] head(id: Uuid) -> Indicator;
            /// Refused with `indicator_value_exists` when the period already has a value.
            indicators::add_indicator_value[desk] officer(input: IndicatorValueInput) -> IndicatorValue;
            indicators::update_indicator_value[desk] officer(id: Uuid, input: IndicatorValueInput) -> IndicatorValue;
            indicators::delete_indicator_value[desk] officer(id: Uuid) -> IndicatorValue;
            portfolio::list_rates[desk] observer(currency: Option<Currency>) -> Vec<ExchangeRate>;
            portfolio::set_rate[desk] officer(currency: Currency, on_date: String, rate: String) -> ExchangeRate;
            /// Sorted by start; `from` and `to` are dates on each session's venue clock.
            sessions::list_sessions[desk] observer(filter: SessionFilter) -> Vec<Session>;
            /// `id` is the session's id, or a council session's ordinal.
            sessions::get_session[desk] observer(id: RecordKey) -> Session;
            /// Refused with `schedule_conflicts` (carrying the warnings) unless every warning's key is `confirmed`.
            sessions::create_session[desk] officer(input: SessionInput, confirmed: Vec<String>) -> Session;
            /// Refused with `schedule_conflicts` (carrying the warnings) unless every warning's key is `confirmed`.
            sessions::update_session[desk] officer(id: Uuid, input: SessionInput, confirmed: Vec<String>) -> Session;
            /// Only a status in `next_statuses`; cancelling needs a reason, scheduling a postponed one a new start.
            sessions::change_session_status[desk] officer(id: Uuid, change: StatusChange) -> Session;
            /// The status history, oldest first.
            sessions::session_events[desk] observer(id: Uuid) -> Vec<SessionEvent>;
            sessions::delete_session[desk] officer(id: Uuid) -> Session;
            /// The public holidays of one year (both countries unless one is named), live or in the trash.
            scheduling::list_holidays[desk] observer(filter: HolidayFilter) -> Vec<Holiday>;
            /// Opens the demonstration register in a window of its own (made at the first call); this desk's register
            /// is not touched.
            startup::open_demonstration[app desk] observer() -> ();
            /// Asks for a CSV file to import; null when cancelled.
            interop::choose_csv_file[app desk] observer() -> Option<ChosenFile>;
            interop::import_csv_file[desk] officer(file: String, kind: String, dry_run: bool) -> ImportReport;
            /// The dates a series would have, with each meeting's warnings; nothing is written.
            scheduling::preview_series[desk] observer(input: SeriesInput) -> SeriesPreview;
            /// Creates the series and one draft session per date.
            scheduling::create_series[desk] officer(input: SeriesInput) -> SessionSeries;
            /// The live agenda when `version` is null, or an approved older version.
            sessions::get_agenda[desk] observer(session_id: Uuid, version: Option<i64>) -> Agenda;
            sessions::agenda_versions[desk] observer(session_id: Uuid) -> Vec<AgendaVersion>;
            /// What changed in a session's agenda from version `from` to version `to`, items matched by their id.
            sessions::compare_agenda_versions[desk] observer(session_id: Uuid, from: i64, to: i64) -> AgendaComparison;
            sessions::add_agenda_item[desk] officer(session_id: Uuid, input: AgendaItemInput, place: AgendaPlace) -> AgendaEntry;
            sessions::update_agenda_item[desk] officer(id: Uuid, input: AgendaItemInput) -> AgendaEntry;
            /// Changes only the item's duration (minutes, 0 to a day).
            sessions::set_agenda_item_duration[desk] officer(id: Uuid, minutes: i64) -> AgendaEntry;
            /// Sets only the item's start, `HH:MM` or `YYYY-MM-DD HH:MM` on the venue's clock; null clears it.
            sessions::set_agenda_item_start[desk] officer(id: Uuid, start: Option<String>) -> AgendaEntry;
            /// `place.position` counts the siblings without the item itself, from 0.
            sessions::move_agenda_item[desk] officer(id: Uuid, place: AgendaPlace) -> AgendaEntry;
            /// Moves the item and its sub-items to the trash.
            sessions::delete_agenda_item[desk] officer(id: Uuid) -> AgendaItem;
            /// Freezes the live version and locks it.
            sessions::approve_agenda[desk] head(session_id: Uuid) -> Agenda;
            /// Starts the next version of an approved agenda, unlocked.
            sessions::revise_agenda[desk] officer(session_id: Uuid) -> Agenda;
            /// The opening, the status of previous instructions and the closing, each once.
            sessions::add_standing_items[desk] officer(session_id: Uuid) -> Agenda;
            sessions::list_decisions[desk] observer(session_id: Uuid) -> Vec<Decision>;
            sessions::adopt_decision[desk] officer(session_id: Uuid, input: DecisionInput) -> Decision;
            sessions::amend_decision[desk] officer(id: Uuid, text: LocalizedText, reason: String) -> Decision;
            sessions::rescind_decision[desk] officer(id: Uuid, reason: String) -> Decision;
            sessions::delete_decision[desk] officer(id: Uuid) -> Decision;
            /// Instructions still open from the sessions before this one.
            sessions::open_before_session[desk] observer(session_id: Uuid) -> Vec<Instruction>;
            /// Brings back any record from the trash; `entity` is a `TrashEntry`'s (`session`, `agenda_item`, …).
            data::restore_from_trash[desk] officer(entity: String, id: Uuid) -> ();
            /// Asks where to write a backup (save dialog); how it went, or null when cancelled.
            data::backup_now[app desk] observer() -> Option<BackupOutcome>;
            /// How the last daily backup went; null before the first.
            data::last_daily_backup[desk] observer() -> Option<BackupOutcome>;
            /// Resolves once the start-up check of the database passed; rejects with the way out when it did not.
            data::startup_check[desk] observer() -> ();
            /// `full`: integrity and foreign keys; otherwise the quick check.
            data::check_database[desk] observer(full: bool) -> CheckReport;
            /// Records whose text matches, best first, in either script.
            data::search[desk] observer(query: String, limit: u32) -> Vec<SearchHit>;
            /// The backup file the officer chose, with when it was made (null when it is no readable backup).
            data::choose_backup_file[app desk] observer() -> Option<ChosenBackup>;
            data::restore_backup[desk] head(file: String) -> RestoreOutcome;
            /// How many daily automatic backups are kept (1 to 365).
            data::set_backups_keep[desk] head(keep: u32) -> u32;
            /// The site's mail server and sender (on a desk of the office hub, the hub's); an empty host: none.
            data::mail_settings[desk] observer() -> MailSettings;
            /// Checked first (`email_invalid` on `senderAddress`, …); the password is never among them.
            data::set_mail_settings[desk] head(settings: MailSettings) -> MailSettings;
            /// Where this machine keeps the mail password (the system keyring, or only while the app runs) and
            /// whether one is kept for the account the settings name.
            mail::mail_password[app] observer() -> MailPassword;
            /// Keeps the password of the settings' account on this machine; null or empty forgets it.
            mail::set_mail_password[app] observer(password: Option<String>) -> MailPassword;
            /// Sends a test message to `to` through the site's mail server from this machine, with `password`
            /// (kept as `setMailPassword` keeps it) or the one kept; one outcome per message.
            /// `mail_password_required` when the account needs a password and none is kept.
            mail::send_test_mail[app] observer(to: String, password: Option<String>) -> Vec<MailOutcome>;
            /// E-mails the letters the window previewed from this machine, one message per body with its letter as a PDF
            /// (`to_files`: saved as .eml files into a folder asked for instead; null when cancelled); records the
            /// reminders of the messages that went (on the hub for a desk of the office hub), none of the others.
            mail::email_reminder_letters[app] officer(letters: Vec<ReminderLetter>, run: LetterRun, password: Option<String>, to_files: bool) -> Option<EmailedLetters>;
            attachments::list_attachments[desk] observer(owner_kind: OwnerKind, owner_id: Uuid) -> Vec<Attachment>;
            /// Asks for a file in the system's open dialog and attaches it; null when the dialog is cancelled.
            attachments::attach_file[app desk] officer(owner_kind: OwnerKind, owner_id: Uuid) -> Option<Attachment>;
            /// Attaches the file a desk sent the office hub (`file`: the token the hub answered its upload with).
            attachments::attach_chosen[desk] officer(owner_kind: OwnerKind, owner_id: Uuid, file: String) -> Attachment;
            /// Opens the attachment with the system's default application for its type.
            attachments::open_attachment[app desk] observer(id: Uuid) -> ();
            /// Asks where to save a copy in the system's save dialog; the path written, or null when cancelled.
            attachments::export_attachment[app desk] observer(id: Uuid) -> Option<String>;
            /// Moves the attachment to the trash; `restoreFromTrash('attachment', id)` brings it back.
            attachments::delete_attachment[desk] officer(id: Uuid) -> Attachment;
            /// Asks where to save (proposing `fileName`), then writes one session (`sessionId`), or those matching
            /// `filter`, to an .ics file; answers the file written, null when the officer cancels.
            interop::export_sessions_ics[app desk] observer(session_id: Option<Uuid>, filter: SessionFilter, lang: Lang, file_name: String) -> Option<String>;
            /// Asks for a calendar file to import; null when cancelled. Nothing is read until `importSessionsIcs`.
            interop::choose_ics_file[app desk] observer() -> Option<ChosenFile>;
            interop::import_sessions_ics[desk] officer(file: String, dry_run: bool) -> ImportReport;
            /// Asks where to save, then writes the control list, filtered as on the screen, to an .xlsx file.
            interop::export_control_xlsx[app desk] observer(filter: InstructionFilter, lang: Lang, file_name: String) -> Option<String>;
            /// Asks where to save, then writes every indicator value with its target and source to an .xlsx file.
            interop::export_indicators_xlsx[app desk] observer(lang: Lang, file_name: String) -> Option<String>;
            /// Typesets the document (seconds in a debug build) and answers its pages as images.
            documents::preview_document[app] observer(document: Printable, lang: String) -> DocumentPreview;
            /// Asks where to save the PDF, then writes it; the file written, or null when cancelled.
            documents::save_document_pdf[app desk] observer(document: Printable, lang: String) -> Option<String>;
            /// Asks where to save the Word file (.docx) of the document, then writes it; the file written, or null when cancelled.
            documents::save_document_docx[app desk] observer(document: Printable, lang: String) -> Option<String>;
            /// Asks for a folder, then writes the letters there, one file per body (`format`: pdf or docx); what to record once they are sent, or null when cancelled.
            documents::save_reminder_letters[app] observer(letters: Vec<ReminderLetter>, run: LetterRun, format: String) -> Option<SavedLetters>;
            /// The secretariat's reference document (styles, letterhead, footer) Save as Word… uses on this desk; null
            /// when none. Choosing it writes nothing in the register (a file of this desk, like the window's place), so
            /// any officer may.
            documents::word_reference[app] observer() -> Option<WordReference>;
            /// Asks for a .docx (open dialog) and keeps a copy beside the database as the reference document; a file
            /// that is not a Word document is refused (`invalid_value` on `reference`) and the one in use stays. Null
            /// when cancelled.
            documents::choose_word_reference[app] observer() -> Option<WordReference>;
            /// Word files take the documents' own styles again.
            documents::clear_word_reference[app] observer() -> ();
            /// Opens the PDF in the system's viewer, whose print dialog prints it.
            documents::print_document[app] observer(document: Printable, lang: String) -> ();
            /// This site, with the fingerprint of its key once it has one.
            exchange::this_site[desk] observer() -> SiteView;
            exchange::name_site[desk] head(input: SiteInput) -> SiteView;
            /// Asks where to save this site's card (save dialog) and writes it; null when cancelled.
            exchange::save_site_card[app desk] head() -> Option<SiteView>;
            exchange::list_peers[desk] observer() -> Vec<PeerView>;
            /// Asks for a peer's card (open dialog) and adds the peer; null when cancelled.
            exchange::add_peer_from_card[app desk] head() -> Option<PeerView>;
            /// Asks where to save the next package for the peer `peerId` and writes it; null when cancelled.
            exchange::prepare_package[app desk] head(peer_id: Uuid) -> Option<SentPackage>;
            /// Asks for a package (open dialog) and answers what receiving it would do; nothing changes until
            /// `receivePackage` is given the answered token. Null when cancelled.
            exchange::look_at_package[app desk] observer() -> Option<PackagePreview>;
            /// Applies the package chosen under `file` (the token `lookAtPackage` answered), telling the window
            /// how far it has come by `package-progress` events (`onPackageProgress`).
            exchange::receive_package[app desk] head(file: String) -> ReceivedPackage;
            /// The values two sites changed differently that no officer has reviewed yet, oldest first.
            exchange::exchange_conflicts[desk] observer() -> Vec<ExchangeConflict>;
            /// Confirms the kept value, or (`swap`) puts the other value in its place.
            exchange::review_conflict[desk] head(id: Uuid, swap: bool) -> ();
            /// The site that numbers the session's decisions and instructions (its id).
            exchange::session_numbering_site[desk] observer(session_id: Uuid) -> String;
            /// Hands the numbering of the session to a peer or back to this site; only its numbering site may.
            exchange::hand_over_numbering[desk] head(session_id: Uuid, site_id: String) -> Session;
            /// The officer puts off naming the site: the dashboard stops asking.
            exchange::site_name_not_now[desk] observer() -> ();
            /// The site a record was made on when it is not this one (`entity`: pairing, session, decision, …).
            exchange::record_origin[desk] observer(entity: String, id: Uuid) -> Option<RecordOrigin>;
            startup::mark_ready[] observer(steps: Vec<(String, f64)>) -> ();
            /// Every account of this site, active ones first.
            officers::list_officers[desk] observer() -> Vec<Officer>;
            /// The first account of a register is a head whatever `input.role` says, and is signed in.
            officers::create_officer[desk] head(input: OfficerInput) -> Officer;
            /// The register always keeps an active head (`last_head` otherwise).
            officers::update_officer[desk] head(id: Uuid, input: OfficerInput) -> Officer;
            /// Null (or empty) removes the password. An officer's own password is theirs to change; another's is
            /// the head's.
            officers::set_officer_password[desk] observer(id: Uuid, password: Option<String>) -> Officer;
            /// `required` (field `password`) when the account has one and none is given; `wrong_password` (attempts
            /// left) or, after five, `account_locked` (until when) for 15 minutes.
            officers::sign_in[desk] observer(id: Uuid, password: Option<String>) -> Officer;
            /// Null when nobody is signed in (always so on a register without accounts).
            officers::signed_in[desk] observer() -> Option<Officer>;
            officers::sign_out[desk] observer() -> ();
            /// The office hub this desk works with, who is signed in there and whether it answers; null on a
            /// standalone desk.
            hub::hub_status[app] observer() -> Option<HubStatus>;
            /// Signs in to the hub `connection` names and works with it from now on (remembered for the next
            /// start, without the password); the desk's own database is left as it is.
            hub::connect_hub[app] observer(connection: HubConnection, password: String) -> HubStatus;
            /// Signs out of the hub and works on this desk's own database again.
            hub::disconnect_hub[app] observer() -> ();
            /// The register's version of the hub's latest answer, which a form opened now is based on (its save
            /// is refused as `stale` over a colleague's later change); null on a standalone desk.
            hub::hub_basis[app] observer() -> Option<i64>;
        }
    };
}
