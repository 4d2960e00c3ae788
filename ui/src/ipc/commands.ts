// Generated from the command table (src-tauri/crates/surface/src/table.rs) by `cargo test -p council-desk`. Do not edit.
// One function per command, its arguments named and typed as the backend takes them.

import type {
  About,
  Agenda,
  AgendaComparison,
  AgendaEntry,
  AgendaItem,
  AgendaItemInput,
  AgendaPlace,
  AgendaVersion,
  Agreement,
  AgreementFilter,
  AgreementInput,
  Attachment,
  AuditEntry,
  AuditFilter,
  BackupOutcome,
  Body,
  BodyInput,
  CheckReport,
  ChosenBackup,
  ChosenFile,
  CouncilOverview,
  Country,
  Currency,
  Dashboard,
  DeadlineNotice,
  Decision,
  DecisionInput,
  EmailedLetters,
  ExchangeConflict,
  ExchangeRate,
  ExecutionReport,
  Holiday,
  HolidayFilter,
  HubConnection,
  HubStatus,
  ImportReport,
  Indicator,
  IndicatorInput,
  IndicatorProgress,
  IndicatorValue,
  IndicatorValueInput,
  Instruction,
  InstructionFilter,
  InstructionHistory,
  InstructionInput,
  InstructionState,
  Lang,
  LetterRun,
  LocalizedText,
  MailOutcome,
  MailPassword,
  MailSettings,
  NoticeSettings,
  Officer,
  OfficerInput,
  OwnerKind,
  PackagePreview,
  Pairing,
  PairingFilter,
  PairingInput,
  PairingMap,
  PeerView,
  Person,
  PersonInput,
  Project,
  ProjectFilter,
  ProjectGrouping,
  ProjectInput,
  ProjectPortfolio,
  ReceivedPackage,
  RecordKey,
  RecordOrigin,
  Reference,
  ReminderLetter,
  ReminderQuery,
  ReminderRecord,
  ReportInput,
  RestoreOutcome,
  Role,
  SavedLetters,
  SearchHit,
  SentPackage,
  SeriesInput,
  SeriesPreview,
  Session,
  SessionEvent,
  SessionFilter,
  SessionInput,
  SessionSeries,
  SiteInput,
  SiteView,
  StatusChange,
  TrashEntry,
} from './bindings';
import type {
  DocumentPreview,
  Printable,
  WordReference,
} from './printing';
import { call } from './call';

/** The language, the secretariat's date, the regions and the sectors: what the window asks for as it opens. */
export const reference = (): Promise<Reference> =>
  call('reference');

export const setLanguage = (lang: Lang): Promise<About> =>
  call('set_language', { lang });

/** `{ status: null, region: null, deleted: false }` lists the live register. */
export const listPairings = (filter: PairingFilter): Promise<Array<Pairing>> =>
  call('list_pairings', { filter });

export const getPairing = (id: string): Promise<Pairing> =>
  call('get_pairing', { id });

export const createPairing = (input: PairingInput): Promise<Pairing> =>
  call('create_pairing', { input });

export const updatePairing = (id: string, input: PairingInput): Promise<Pairing> =>
  call('update_pairing', { id, input });

/** Moves the pairing to the trash. */
export const deletePairing = (id: string): Promise<Pairing> =>
  call('delete_pairing', { id });

export const restorePairing = (id: string): Promise<Pairing> =>
  call('restore_pairing', { id });

export const listTrash = (): Promise<Array<TrashEntry>> =>
  call('list_trash');

/** `recordId` is the key the audit trail names the record by: its id, or (an exchange rate) its
 * currency and day. */
export const history = (entity: string, recordId: string): Promise<Array<AuditEntry>> =>
  call('history', { entity, recordId });

/** The live sessions the pairing takes part in, by start. */
export const pairingSessions = (pairingId: string): Promise<Array<Session>> =>
  call('pairing_sessions', { pairingId });

/** Decisions on an agenda item about the pairing, or giving it an instruction. */
export const pairingDecisions = (pairingId: string): Promise<Array<Decision>> =>
  call('pairing_decisions', { pairingId });

export const pairingPortfolio = (pairingId: string, asOf: string | null): Promise<ProjectPortfolio> =>
  call('pairing_portfolio', { pairingId, asOf });

/** The latest changes of any record, newest first. */
export const recentChanges = (filter: AuditFilter): Promise<Array<AuditEntry>> =>
  call('recent_changes', { filter });

/** The session an agenda item, decision or instruction belongs to (or the session itself). */
export const sessionOf = (entity: string, id: string): Promise<string | null> =>
  call('session_of', { entity, id });

export const listBodies = (country: Country | null, deleted: boolean): Promise<Array<Body>> =>
  call('list_bodies', { country, deleted });

export const createBody = (input: BodyInput): Promise<Body> =>
  call('create_body', { input });

export const updateBody = (id: string, input: BodyInput): Promise<Body> =>
  call('update_body', { id, input });

export const deleteBody = (id: string): Promise<Body> =>
  call('delete_body', { id });

export const restoreBody = (id: string): Promise<Body> =>
  call('restore_body', { id });

/** The people of one body, or everyone when `bodyId` is null. */
export const listPeople = (bodyId: string | null, deleted: boolean): Promise<Array<Person>> =>
  call('list_people', { bodyId, deleted });

export const createPerson = (input: PersonInput): Promise<Person> =>
  call('create_person', { input });

export const updatePerson = (id: string, input: PersonInput): Promise<Person> =>
  call('update_person', { id, input });

export const deletePerson = (id: string): Promise<Person> =>
  call('delete_person', { id });

export const restorePerson = (id: string): Promise<Person> =>
  call('restore_person', { id });

/** The counts, the most overdue, the rates per body and the next sessions, at the secretariat's date. */
export const dashboard = (): Promise<Dashboard> =>
  call('dashboard');

/** Sorted by due date; `overdue` on each row is computed by the backend at the secretariat's today. */
export const listInstructions = (filter: InstructionFilter): Promise<Array<Instruction>> =>
  call('list_instructions', { filter });

/** What is overdue and what falls due within the chosen window, at the secretariat's date: the notice
 * the window gives on start and once a day; `filter` lists exactly those on the control screen. */
export const deadlineNotice = (): Promise<DeadlineNotice> =>
  call('deadline_notice');

export const noticeSettings = (): Promise<NoticeSettings> =>
  call('notice_settings');

/** Refused (`invalid_value` on `within_days`) outside 1 to 60 days. */
export const setNoticeSettings = (settings: NoticeSettings): Promise<NoticeSettings> =>
  call('set_notice_settings', { settings });

/** Shows a desktop notification where the system has them; where it has none it does nothing, quietly. */
export const notifyDesktop = (title: string, body: string): Promise<void> =>
  call('notify_desktop', { title, body });

/** `id` is the instruction's id or its number, like every instruction command's. */
export const instructionHistory = (id: RecordKey): Promise<InstructionHistory> =>
  call('instruction_history', { id });

/** One letter per lead body of the open instructions in the window, in each body's language or the one asked. */
export const reminderLetters = (query: ReminderQuery): Promise<Array<ReminderLetter>> =>
  call('reminder_letters', { query });

/** Records the reminders sent (a letter, an e-mail or an e-mail file) in each instruction's history; the rows written. */
export const recordReminders = (record: ReminderRecord): Promise<number> =>
  call('record_reminders', { record });

export const createInstruction = (input: InstructionInput): Promise<Instruction> =>
  call('create_instruction', { input });

/** The due date must stay as it is: it changes only by `extendInstruction`. */
export const updateInstruction = (id: RecordKey, input: InstructionInput): Promise<Instruction> =>
  call('update_instruction', { id, input });

export const extendInstruction = (id: RecordKey, newDueOn: string, reason: string): Promise<Instruction> =>
  call('extend_instruction', { id, newDueOn, reason });

/** An open instruction becomes `reported`. */
export const addExecutionReport = (id: RecordKey, report: ReportInput): Promise<ExecutionReport> =>
  call('add_execution_report', { id, report });

/** A move by hand; `note` is the reason of a cancellation, or why a report went back to work. */
export const moveInstruction = (id: RecordKey, to: InstructionState, note: string): Promise<Instruction> =>
  call('move_instruction', { id, to, note });

export const deleteInstruction = (id: RecordKey): Promise<Instruction> =>
  call('delete_instruction', { id });

export const restoreInstruction = (id: RecordKey): Promise<Instruction> =>
  call('restore_instruction', { id });

export const listAgreements = (filter: AgreementFilter): Promise<Array<Agreement>> =>
  call('list_agreements', { filter });

export const createAgreement = (input: AgreementInput): Promise<Agreement> =>
  call('create_agreement', { input });

export const updateAgreement = (id: string, input: AgreementInput): Promise<Agreement> =>
  call('update_agreement', { id, input });

export const deleteAgreement = (id: string): Promise<Agreement> =>
  call('delete_agreement', { id });

export const listProjects = (filter: ProjectFilter): Promise<Array<Project>> =>
  call('list_projects', { filter });

export const createProject = (input: ProjectInput): Promise<Project> =>
  call('create_project', { input });

export const updateProject = (id: string, input: ProjectInput): Promise<Project> =>
  call('update_project', { id, input });

export const deleteProject = (id: string): Promise<Project> =>
  call('delete_project', { id });

export const projectPortfolio = (by: ProjectGrouping, asOf: string | null): Promise<ProjectPortfolio> =>
  call('project_portfolio', { by, asOf });

/** The Council at a glance at the secretariat's date: the targets with their progress, the portfolio by
 * sector and by pairing, agreements by year, the execution rate, the sessions held. */
export const councilOverview = (): Promise<CouncilOverview> =>
  call('council_overview');

/** Every pairing with its sessions and projects of the year that ends at the secretariat's date (the map). */
export const pairingMap = (): Promise<PairingMap> =>
  call('pairing_map');

export const listIndicators = (): Promise<Array<IndicatorProgress>> =>
  call('list_indicators');

export const getIndicator = (id: string): Promise<IndicatorProgress> =>
  call('get_indicator', { id });

/** Targets are the head's to set. */
export const addIndicator = (input: IndicatorInput): Promise<Indicator> =>
  call('add_indicator', { input });

export const updateIndicator = (id: string, input: IndicatorInput): Promise<Indicator> =>
  call('update_indicator', { id, input });

export const deleteIndicator = (id: string): Promise<Indicator> =>
  call('delete_indicator', { id });

/** Refused with `indicator_value_exists` when the period already has a value. */
export const addIndicatorValue = (input: IndicatorValueInput): Promise<IndicatorValue> =>
  call('add_indicator_value', { input });

export const updateIndicatorValue = (id: string, input: IndicatorValueInput): Promise<IndicatorValue> =>
  call('update_indicator_value', { id, input });

export const deleteIndicatorValue = (id: string): Promise<IndicatorValue> =>
  call('delete_indicator_value', { id });

export const listRates = (currency: Currency | null): Promise<Array<ExchangeRate>> =>
  call('list_rates', { currency });

export const setRate = (currency: Currency, onDate: string, rate: string): Promise<ExchangeRate> =>
  call('set_rate', { currency, onDate, rate });

/** Sorted by start; `from` and `to` are dates on each session's venue clock. */
export const listSessions = (filter: SessionFilter): Promise<Array<Session>> =>
  call('list_sessions', { filter });

/** `id` is the session's id, or a council session's ordinal. */
export const getSession = (id: RecordKey): Promise<Session> =>
  call('get_session', { id });

/** Refused with `schedule_conflicts` (carrying the warnings) unless every warning's key is `confirmed`. */
export const createSession = (input: SessionInput, confirmed: Array<string>): Promise<Session> =>
  call('create_session', { input, confirmed });

/** Refused with `schedule_conflicts` (carrying the warnings) unless every warning's key is `confirmed`. */
export const updateSession = (id: string, input: SessionInput, confirmed: Array<string>): Promise<Session> =>
  call('update_session', { id, input, confirmed });

/** Only a status in `next_statuses`; cancelling needs a reason, scheduling a postponed one a new start. */
export const changeSessionStatus = (id: string, change: StatusChange): Promise<Session> =>
  call('change_session_status', { id, change });

/** The status history, oldest first. */
export const sessionEvents = (id: string): Promise<Array<SessionEvent>> =>
  call('session_events', { id });

export const deleteSession = (id: string): Promise<Session> =>
  call('delete_session', { id });

/** The public holidays of one year (both countries unless one is named), live or in the trash. */
export const listHolidays = (filter: HolidayFilter): Promise<Array<Holiday>> =>
  call('list_holidays', { filter });

/** Opens the demonstration register in a window of its own (made at the first call); this desk's register
 * is not touched. */
export const openDemonstration = (): Promise<void> =>
  call('open_demonstration');

/** Asks for a CSV file to import; null when cancelled. */
export const chooseCsvFile = (): Promise<ChosenFile | null> =>
  call('choose_csv_file');

export const importCsvFile = (file: string, kind: string, dryRun: boolean): Promise<ImportReport> =>
  call('import_csv_file', { file, kind, dryRun });

/** The dates a series would have, with each meeting's warnings; nothing is written. */
export const previewSeries = (input: SeriesInput): Promise<SeriesPreview> =>
  call('preview_series', { input });

/** Creates the series and one draft session per date. */
export const createSeries = (input: SeriesInput): Promise<SessionSeries> =>
  call('create_series', { input });

/** The live agenda when `version` is null, or an approved older version. */
export const getAgenda = (sessionId: string, version: number | null): Promise<Agenda> =>
  call('get_agenda', { sessionId, version });

export const agendaVersions = (sessionId: string): Promise<Array<AgendaVersion>> =>
  call('agenda_versions', { sessionId });

/** What changed in a session's agenda from version `from` to version `to`, items matched by their id. */
export const compareAgendaVersions = (sessionId: string, from: number, to: number): Promise<AgendaComparison> =>
  call('compare_agenda_versions', { sessionId, from, to });

export const addAgendaItem = (sessionId: string, input: AgendaItemInput, place: AgendaPlace): Promise<AgendaEntry> =>
  call('add_agenda_item', { sessionId, input, place });

export const updateAgendaItem = (id: string, input: AgendaItemInput): Promise<AgendaEntry> =>
  call('update_agenda_item', { id, input });

/** Changes only the item's duration (minutes, 0 to a day). */
export const setAgendaItemDuration = (id: string, minutes: number): Promise<AgendaEntry> =>
  call('set_agenda_item_duration', { id, minutes });

/** Sets only the item's start, `HH:MM` or `YYYY-MM-DD HH:MM` on the venue's clock; null clears it. */
export const setAgendaItemStart = (id: string, start: string | null): Promise<AgendaEntry> =>
  call('set_agenda_item_start', { id, start });

/** `place.position` counts the siblings without the item itself, from 0. */
export const moveAgendaItem = (id: string, place: AgendaPlace): Promise<AgendaEntry> =>
  call('move_agenda_item', { id, place });

/** Moves the item and its sub-items to the trash. */
export const deleteAgendaItem = (id: string): Promise<AgendaItem> =>
  call('delete_agenda_item', { id });

/** Freezes the live version and locks it. */
export const approveAgenda = (sessionId: string): Promise<Agenda> =>
  call('approve_agenda', { sessionId });

/** Starts the next version of an approved agenda, unlocked. */
export const reviseAgenda = (sessionId: string): Promise<Agenda> =>
  call('revise_agenda', { sessionId });

/** The opening, the status of previous instructions and the closing, each once. */
export const addStandingItems = (sessionId: string): Promise<Agenda> =>
  call('add_standing_items', { sessionId });

export const listDecisions = (sessionId: string): Promise<Array<Decision>> =>
  call('list_decisions', { sessionId });

export const adoptDecision = (sessionId: string, input: DecisionInput): Promise<Decision> =>
  call('adopt_decision', { sessionId, input });

export const amendDecision = (id: string, text: LocalizedText, reason: string): Promise<Decision> =>
  call('amend_decision', { id, text, reason });

export const rescindDecision = (id: string, reason: string): Promise<Decision> =>
  call('rescind_decision', { id, reason });

export const deleteDecision = (id: string): Promise<Decision> =>
  call('delete_decision', { id });

/** Instructions still open from the sessions before this one. */
export const openBeforeSession = (sessionId: string): Promise<Array<Instruction>> =>
  call('open_before_session', { sessionId });

/** Brings back any record from the trash; `entity` is a `TrashEntry`'s (`session`, `agenda_item`, …). */
export const restoreFromTrash = (entity: string, id: string): Promise<void> =>
  call('restore_from_trash', { entity, id });

/** Asks where to write a backup (save dialog); how it went, or null when cancelled. */
export const backupNow = (): Promise<BackupOutcome | null> =>
  call('backup_now');

/** How the last daily backup went; null before the first. */
export const lastDailyBackup = (): Promise<BackupOutcome | null> =>
  call('last_daily_backup');

/** Resolves once the start-up check of the database passed; rejects with the way out when it did not. */
export const startupCheck = (): Promise<void> =>
  call('startup_check');

/** `full`: integrity and foreign keys; otherwise the quick check. */
export const checkDatabase = (full: boolean): Promise<CheckReport> =>
  call('check_database', { full });

/** Records whose text matches, best first, in either script. */
export const search = (query: string, limit: number): Promise<Array<SearchHit>> =>
  call('search', { query, limit });

/** The backup file the officer chose, with when it was made (null when it is no readable backup). */
export const chooseBackupFile = (): Promise<ChosenBackup | null> =>
  call('choose_backup_file');

export const restoreBackup = (file: string): Promise<RestoreOutcome> =>
  call('restore_backup', { file });

/** How many daily automatic backups are kept (1 to 365). */
export const setBackupsKeep = (keep: number): Promise<number> =>
  call('set_backups_keep', { keep });

/** The site's mail server and sender (on a desk of the office hub, the hub's); an empty host: none. */
export const mailSettings = (): Promise<MailSettings> =>
  call('mail_settings');

/** Checked first (`email_invalid` on `senderAddress`, …); the password is never among them. */
export const setMailSettings = (settings: MailSettings): Promise<MailSettings> =>
  call('set_mail_settings', { settings });

/** Where this machine keeps the mail password (the system keyring, or only while the app runs) and
 * whether one is kept for the account the settings name. */
export const mailPassword = (): Promise<MailPassword> =>
  call('mail_password');

/** Keeps the password of the settings' account on this machine; null or empty forgets it. */
export const setMailPassword = (password: string | null): Promise<MailPassword> =>
  call('set_mail_password', { password });

/** Sends a test message to `to` through the site's mail server from this machine, with `password`
 * (kept as `setMailPassword` keeps it) or the one kept; one outcome per message.
 * `mail_password_required` when the account needs a password and none is kept. */
export const sendTestMail = (to: string, password: string | null): Promise<Array<MailOutcome>> =>
  call('send_test_mail', { to, password });

/** E-mails the letters the window previewed from this machine, one message per body with its letter as a PDF
 * (`to_files`: saved as .eml files into a folder asked for instead; null when cancelled); records the
 * reminders of the messages that went (on the hub for a desk of the office hub), none of the others. */
export const emailReminderLetters = (letters: Array<ReminderLetter>, run: LetterRun, password: string | null, toFiles: boolean): Promise<EmailedLetters | null> =>
  call('email_reminder_letters', { letters, run, password, toFiles });

export const listAttachments = (ownerKind: OwnerKind, ownerId: string): Promise<Array<Attachment>> =>
  call('list_attachments', { ownerKind, ownerId });

/** Asks for a file in the system's open dialog and attaches it; null when the dialog is cancelled. */
export const attachFile = (ownerKind: OwnerKind, ownerId: string): Promise<Attachment | null> =>
  call('attach_file', { ownerKind, ownerId });

/** Attaches the file a desk sent the office hub (`file`: the token the hub answered its upload with). */
export const attachChosen = (ownerKind: OwnerKind, ownerId: string, file: string): Promise<Attachment> =>
  call('attach_chosen', { ownerKind, ownerId, file });

/** Opens the attachment with the system's default application for its type. */
export const openAttachment = (id: string): Promise<void> =>
  call('open_attachment', { id });

/** Asks where to save a copy in the system's save dialog; the path written, or null when cancelled. */
export const exportAttachment = (id: string): Promise<string | null> =>
  call('export_attachment', { id });

/** Moves the attachment to the trash; `restoreFromTrash('attachment', id)` brings it back. */
export const deleteAttachment = (id: string): Promise<Attachment> =>
  call('delete_attachment', { id });

/** Asks where to save (proposing `fileName`), then writes one session (`sessionId`), or those matching
 * `filter`, to an .ics file; answers the file written, null when the officer cancels. */
export const exportSessionsIcs = (sessionId: string | null, filter: SessionFilter, lang: Lang, fileName: string): Promise<string | null> =>
  call('export_sessions_ics', { sessionId, filter, lang, fileName });

/** Asks for a calendar file to import; null when cancelled. Nothing is read until `importSessionsIcs`. */
export const chooseIcsFile = (): Promise<ChosenFile | null> =>
  call('choose_ics_file');

export const importSessionsIcs = (file: string, dryRun: boolean): Promise<ImportReport> =>
  call('import_sessions_ics', { file, dryRun });

/** Asks where to save, then writes the control list, filtered as on the screen, to an .xlsx file. */
export const exportControlXlsx = (filter: InstructionFilter, lang: Lang, fileName: string): Promise<string | null> =>
  call('export_control_xlsx', { filter, lang, fileName });

/** Asks where to save, then writes every indicator value with its target and source to an .xlsx file. */
export const exportIndicatorsXlsx = (lang: Lang, fileName: string): Promise<string | null> =>
  call('export_indicators_xlsx', { lang, fileName });

/** Typesets the document (seconds in a debug build) and answers its pages as images. */
export const previewDocument = (document: Printable, lang: string): Promise<DocumentPreview> =>
  call('preview_document', { document, lang });

/** Asks where to save the PDF, then writes it; the file written, or null when cancelled. */
export const saveDocumentPdf = (document: Printable, lang: string): Promise<string | null> =>
  call('save_document_pdf', { document, lang });

/** Asks where to save the Word file (.docx) of the document, then writes it; the file written, or null when cancelled. */
export const saveDocumentDocx = (document: Printable, lang: string): Promise<string | null> =>
  call('save_document_docx', { document, lang });

/** Asks for a folder, then writes the letters there, one file per body (`format`: pdf or docx); what to record once they are sent, or null when cancelled. */
export const saveReminderLetters = (letters: Array<ReminderLetter>, run: LetterRun, format: string): Promise<SavedLetters | null> =>
  call('save_reminder_letters', { letters, run, format });

/** The secretariat's reference document (styles, letterhead, footer) Save as Word… uses on this desk; null
 * when none. Choosing it writes nothing in the register (a file of this desk, like the window's place), so
 * any officer may. */
export const wordReference = (): Promise<WordReference | null> =>
  call('word_reference');

/** Asks for a .docx (open dialog) and keeps a copy beside the database as the reference document; a file
 * that is not a Word document is refused (`invalid_value` on `reference`) and the one in use stays. Null
 * when cancelled. */
export const chooseWordReference = (): Promise<WordReference | null> =>
  call('choose_word_reference');

/** Word files take the documents' own styles again. */
export const clearWordReference = (): Promise<void> =>
  call('clear_word_reference');

/** Opens the PDF in the system's viewer, whose print dialog prints it. */
export const printDocument = (document: Printable, lang: string): Promise<void> =>
  call('print_document', { document, lang });

/** This site, with the fingerprint of its key once it has one. */
export const thisSite = (): Promise<SiteView> =>
  call('this_site');

export const nameSite = (input: SiteInput): Promise<SiteView> =>
  call('name_site', { input });

/** Asks where to save this site's card (save dialog) and writes it; null when cancelled. */
export const saveSiteCard = (): Promise<SiteView | null> =>
  call('save_site_card');

export const listPeers = (): Promise<Array<PeerView>> =>
  call('list_peers');

/** Asks for a peer's card (open dialog) and adds the peer; null when cancelled. */
export const addPeerFromCard = (): Promise<PeerView | null> =>
  call('add_peer_from_card');

/** Asks where to save the next package for the peer `peerId` and writes it; null when cancelled. */
export const preparePackage = (peerId: string): Promise<SentPackage | null> =>
  call('prepare_package', { peerId });

/** Asks for a package (open dialog) and answers what receiving it would do; nothing changes until
 * `receivePackage` is given the answered token. Null when cancelled. */
export const lookAtPackage = (): Promise<PackagePreview | null> =>
  call('look_at_package');

/** Applies the package chosen under `file` (the token `lookAtPackage` answered), telling the window
 * how far it has come by `package-progress` events (`onPackageProgress`). */
export const receivePackage = (file: string): Promise<ReceivedPackage> =>
  call('receive_package', { file });

/** The values two sites changed differently that no officer has reviewed yet, oldest first. */
export const exchangeConflicts = (): Promise<Array<ExchangeConflict>> =>
  call('exchange_conflicts');

/** Confirms the kept value, or (`swap`) puts the other value in its place. */
export const reviewConflict = (id: string, swap: boolean): Promise<void> =>
  call('review_conflict', { id, swap });

/** The site that numbers the session's decisions and instructions (its id). */
export const sessionNumberingSite = (sessionId: string): Promise<string> =>
  call('session_numbering_site', { sessionId });

/** Hands the numbering of the session to a peer or back to this site; only its numbering site may. */
export const handOverNumbering = (sessionId: string, siteId: string): Promise<Session> =>
  call('hand_over_numbering', { sessionId, siteId });

/** The officer puts off naming the site: the dashboard stops asking. */
export const siteNameNotNow = (): Promise<void> =>
  call('site_name_not_now');

/** The site a record was made on when it is not this one (`entity`: pairing, session, decision, …). */
export const recordOrigin = (entity: string, id: string): Promise<RecordOrigin | null> =>
  call('record_origin', { entity, id });

export const markReady = (steps: Array<[string, number]>): Promise<void> =>
  call('mark_ready', { steps });

/** Every account of this site, active ones first. */
export const listOfficers = (): Promise<Array<Officer>> =>
  call('list_officers');

/** The first account of a register is a head whatever `input.role` says, and is signed in. */
export const createOfficer = (input: OfficerInput): Promise<Officer> =>
  call('create_officer', { input });

/** The register always keeps an active head (`last_head` otherwise). */
export const updateOfficer = (id: string, input: OfficerInput): Promise<Officer> =>
  call('update_officer', { id, input });

/** Null (or empty) removes the password. An officer's own password is theirs to change; another's is
 * the head's. */
export const setOfficerPassword = (id: string, password: string | null): Promise<Officer> =>
  call('set_officer_password', { id, password });

/** `required` (field `password`) when the account has one and none is given; `wrong_password` (attempts
 * left) or, after five, `account_locked` (until when) for 15 minutes. */
export const signIn = (id: string, password: string | null): Promise<Officer> =>
  call('sign_in', { id, password });

/** Null when nobody is signed in (always so on a register without accounts). */
export const signedIn = (): Promise<Officer | null> =>
  call('signed_in');

export const signOut = (): Promise<void> =>
  call('sign_out');

/** The office hub this desk works with, who is signed in there and whether it answers; null on a
 * standalone desk. */
export const hubStatus = (): Promise<HubStatus | null> =>
  call('hub_status');

/** Signs in to the hub `connection` names and works with it from now on (remembered for the next
 * start, without the password); the desk's own database is left as it is. */
export const connectHub = (connection: HubConnection, password: string): Promise<HubStatus> =>
  call('connect_hub', { connection, password });

/** Signs out of the hub and works on this desk's own database again. */
export const disconnectHub = (): Promise<void> =>
  call('disconnect_hub');

/** The register's version of the hub's latest answer, which a form opened now is based on (its save
 * is refused as `stale` over a colleague's later change); null on a standalone desk. */
export const hubBasis = (): Promise<number | null> =>
  call('hub_basis');

/** The least role that may call each command (the core checks it again; some calls ask more, e.g.
 * cancelling is the head's): what the window disables for the signed-in officer. */
export const commandNeeds = {
  reference: 'observer',
  setLanguage: 'observer',
  listPairings: 'observer',
  getPairing: 'observer',
  createPairing: 'officer',
  updatePairing: 'officer',
  deletePairing: 'officer',
  restorePairing: 'officer',
  listTrash: 'observer',
  history: 'observer',
  pairingSessions: 'observer',
  pairingDecisions: 'observer',
  pairingPortfolio: 'observer',
  recentChanges: 'observer',
  sessionOf: 'observer',
  listBodies: 'observer',
  createBody: 'officer',
  updateBody: 'officer',
  deleteBody: 'officer',
  restoreBody: 'officer',
  listPeople: 'observer',
  createPerson: 'officer',
  updatePerson: 'officer',
  deletePerson: 'officer',
  restorePerson: 'officer',
  dashboard: 'observer',
  listInstructions: 'observer',
  deadlineNotice: 'observer',
  noticeSettings: 'observer',
  setNoticeSettings: 'observer',
  notifyDesktop: 'observer',
  instructionHistory: 'observer',
  reminderLetters: 'observer',
  recordReminders: 'officer',
  createInstruction: 'officer',
  updateInstruction: 'officer',
  extendInstruction: 'officer',
  addExecutionReport: 'officer',
  moveInstruction: 'officer',
  deleteInstruction: 'officer',
  restoreInstruction: 'officer',
  listAgreements: 'observer',
  createAgreement: 'officer',
  updateAgreement: 'officer',
  deleteAgreement: 'officer',
  listProjects: 'observer',
  createProject: 'officer',
  updateProject: 'officer',
  deleteProject: 'officer',
  projectPortfolio: 'observer',
  councilOverview: 'observer',
  pairingMap: 'observer',
  listIndicators: 'observer',
  getIndicator: 'observer',
  addIndicator: 'head',
  updateIndicator: 'head',
  deleteIndicator: 'head',
  addIndicatorValue: 'officer',
  updateIndicatorValue: 'officer',
  deleteIndicatorValue: 'officer',
  listRates: 'observer',
  setRate: 'officer',
  listSessions: 'observer',
  getSession: 'observer',
  createSession: 'officer',
  updateSession: 'officer',
  changeSessionStatus: 'officer',
  sessionEvents: 'observer',
  deleteSession: 'officer',
  listHolidays: 'observer',
  openDemonstration: 'observer',
  chooseCsvFile: 'observer',
  importCsvFile: 'officer',
  previewSeries: 'observer',
  createSeries: 'officer',
  getAgenda: 'observer',
  agendaVersions: 'observer',
  compareAgendaVersions: 'observer',
  addAgendaItem: 'officer',
  updateAgendaItem: 'officer',
  setAgendaItemDuration: 'officer',
  setAgendaItemStart: 'officer',
  moveAgendaItem: 'officer',
  deleteAgendaItem: 'officer',
  approveAgenda: 'head',
  reviseAgenda: 'officer',
  addStandingItems: 'officer',
  listDecisions: 'observer',
  adoptDecision: 'officer',
  amendDecision: 'officer',
  rescindDecision: 'officer',
  deleteDecision: 'officer',
  openBeforeSession: 'observer',
  restoreFromTrash: 'officer',
  backupNow: 'observer',
  lastDailyBackup: 'observer',
  startupCheck: 'observer',
  checkDatabase: 'observer',
  search: 'observer',
  chooseBackupFile: 'observer',
  restoreBackup: 'head',
  setBackupsKeep: 'head',
  mailSettings: 'observer',
  setMailSettings: 'head',
  mailPassword: 'observer',
  setMailPassword: 'observer',
  sendTestMail: 'observer',
  emailReminderLetters: 'officer',
  listAttachments: 'observer',
  attachFile: 'officer',
  attachChosen: 'officer',
  openAttachment: 'observer',
  exportAttachment: 'observer',
  deleteAttachment: 'officer',
  exportSessionsIcs: 'observer',
  chooseIcsFile: 'observer',
  importSessionsIcs: 'officer',
  exportControlXlsx: 'observer',
  exportIndicatorsXlsx: 'observer',
  previewDocument: 'observer',
  saveDocumentPdf: 'observer',
  saveDocumentDocx: 'observer',
  saveReminderLetters: 'observer',
  wordReference: 'observer',
  chooseWordReference: 'observer',
  clearWordReference: 'observer',
  printDocument: 'observer',
  thisSite: 'observer',
  nameSite: 'head',
  saveSiteCard: 'head',
  listPeers: 'observer',
  addPeerFromCard: 'head',
  preparePackage: 'head',
  lookAtPackage: 'observer',
  receivePackage: 'head',
  exchangeConflicts: 'observer',
  reviewConflict: 'head',
  sessionNumberingSite: 'observer',
  handOverNumbering: 'head',
  siteNameNotNow: 'observer',
  recordOrigin: 'observer',
  markReady: 'observer',
  listOfficers: 'observer',
  createOfficer: 'head',
  updateOfficer: 'head',
  setOfficerPassword: 'observer',
  signIn: 'observer',
  signedIn: 'observer',
  signOut: 'observer',
  hubStatus: 'observer',
  connectHub: 'observer',
  disconnectHub: 'observer',
  hubBasis: 'observer',
} as const satisfies Record<string, Role>;
