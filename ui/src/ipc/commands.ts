// Generated from the command table (src-tauri/src/surface/table.rs) by `cargo test -p council-desk`. Do not edit.
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
  Country,
  Currency,
  Dashboard,
  Decision,
  DecisionInput,
  ExchangeRate,
  ExecutionReport,
  Holiday,
  HolidayFilter,
  ImportReport,
  Instruction,
  InstructionFilter,
  InstructionHistory,
  InstructionInput,
  InstructionState,
  Lang,
  LocalizedText,
  OwnerKind,
  Pairing,
  PairingFilter,
  PairingInput,
  Person,
  PersonInput,
  Project,
  ProjectFilter,
  ProjectGrouping,
  ProjectInput,
  ProjectPortfolio,
  Reference,
  ReportInput,
  RestoreOutcome,
  ScheduleConflict,
  SearchHit,
  SeriesInput,
  SeriesPreview,
  Session,
  SessionDraft,
  SessionEvent,
  SessionFilter,
  SessionInput,
  SessionSeries,
  StatusChange,
  TrashEntry,
} from './bindings';
import type {
  DocumentPreview,
  Printable,
} from './printing';
import { call } from './call';

export const reference = (): Promise<Reference> =>
  call('reference');
export const setLanguage = (lang: Lang): Promise<About> =>
  call('set_language', { lang });
export const listPairings = (filter: PairingFilter): Promise<Array<Pairing>> =>
  call('list_pairings', { filter });
export const getPairing = (id: string): Promise<Pairing> =>
  call('get_pairing', { id });
export const createPairing = (input: PairingInput): Promise<Pairing> =>
  call('create_pairing', { input });
export const updatePairing = (id: string, input: PairingInput): Promise<Pairing> =>
  call('update_pairing', { id, input });
export const deletePairing = (id: string): Promise<Pairing> =>
  call('delete_pairing', { id });
export const restorePairing = (id: string): Promise<Pairing> =>
  call('restore_pairing', { id });
export const listTrash = (): Promise<Array<TrashEntry>> =>
  call('list_trash');
export const history = (entity: string, recordId: string): Promise<Array<AuditEntry>> =>
  call('history', { entity, recordId });
export const pairingSessions = (pairing: string): Promise<Array<Session>> =>
  call('pairing_sessions', { pairing });
export const pairingDecisions = (pairing: string): Promise<Array<Decision>> =>
  call('pairing_decisions', { pairing });
export const pairingPortfolio = (pairing: string, asOf: string | null): Promise<ProjectPortfolio> =>
  call('pairing_portfolio', { pairing, asOf });
export const recentChanges = (filter: AuditFilter): Promise<Array<AuditEntry>> =>
  call('recent_changes', { filter });
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
export const dashboard = (): Promise<Dashboard> =>
  call('dashboard');
export const listInstructions = (filter: InstructionFilter): Promise<Array<Instruction>> =>
  call('list_instructions', { filter });
export const instructionHistory = (key: string): Promise<InstructionHistory> =>
  call('instruction_history', { key });
export const createInstruction = (input: InstructionInput): Promise<Instruction> =>
  call('create_instruction', { input });
export const updateInstruction = (key: string, input: InstructionInput): Promise<Instruction> =>
  call('update_instruction', { key, input });
export const extendInstruction = (key: string, newDueOn: string, reason: string): Promise<Instruction> =>
  call('extend_instruction', { key, newDueOn, reason });
export const addExecutionReport = (key: string, report: ReportInput): Promise<ExecutionReport> =>
  call('add_execution_report', { key, report });
export const moveInstruction = (key: string, to: InstructionState, note: string): Promise<Instruction> =>
  call('move_instruction', { key, to, note });
export const deleteInstruction = (key: string): Promise<Instruction> =>
  call('delete_instruction', { key });
export const restoreInstruction = (key: string): Promise<Instruction> =>
  call('restore_instruction', { key });
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
export const listRates = (currency: Currency | null): Promise<Array<ExchangeRate>> =>
  call('list_rates', { currency });
export const setRate = (currency: Currency, onDate: string, rate: string): Promise<ExchangeRate> =>
  call('set_rate', { currency, onDate, rate });
export const listSessions = (filter: SessionFilter): Promise<Array<Session>> =>
  call('list_sessions', { filter });
export const getSession = (key: string): Promise<Session> =>
  call('get_session', { key });
export const createSession = (input: SessionInput): Promise<Session> =>
  call('create_session', { input });
export const updateSession = (id: string, input: SessionInput): Promise<Session> =>
  call('update_session', { id, input });
export const changeSessionStatus = (id: string, change: StatusChange): Promise<Session> =>
  call('change_session_status', { id, change });
export const sessionEvents = (id: string): Promise<Array<SessionEvent>> =>
  call('session_events', { id });
export const deleteSession = (id: string): Promise<Session> =>
  call('delete_session', { id });
export const sessionConflicts = (draft: SessionDraft): Promise<Array<ScheduleConflict>> =>
  call('session_conflicts', { draft });
export const listHolidays = (filter: HolidayFilter): Promise<Array<Holiday>> =>
  call('list_holidays', { filter });
export const openDemonstration = (): Promise<void> =>
  call('open_demonstration');
export const chooseCsvFile = (): Promise<ChosenFile | null> =>
  call('choose_csv_file');
export const importCsvFile = (file: string, kind: string, dryRun: boolean): Promise<ImportReport> =>
  call('import_csv_file', { file, kind, dryRun });
export const previewSeries = (input: SeriesInput): Promise<SeriesPreview> =>
  call('preview_series', { input });
export const createSeries = (input: SeriesInput): Promise<SessionSeries> =>
  call('create_series', { input });
export const getAgenda = (session: string, version: number | null): Promise<Agenda> =>
  call('get_agenda', { session, version });
export const agendaVersions = (session: string): Promise<Array<AgendaVersion>> =>
  call('agenda_versions', { session });
export const compareAgendaVersions = (session: string, from: number, to: number): Promise<AgendaComparison> =>
  call('compare_agenda_versions', { session, from, to });
export const addAgendaItem = (session: string, input: AgendaItemInput, place: AgendaPlace): Promise<AgendaEntry> =>
  call('add_agenda_item', { session, input, place });
export const updateAgendaItem = (id: string, input: AgendaItemInput): Promise<AgendaEntry> =>
  call('update_agenda_item', { id, input });
export const moveAgendaItem = (id: string, place: AgendaPlace): Promise<AgendaEntry> =>
  call('move_agenda_item', { id, place });
export const deleteAgendaItem = (id: string): Promise<AgendaItem> =>
  call('delete_agenda_item', { id });
export const approveAgenda = (session: string): Promise<Agenda> =>
  call('approve_agenda', { session });
export const reviseAgenda = (session: string): Promise<Agenda> =>
  call('revise_agenda', { session });
export const addStandingItems = (session: string): Promise<Agenda> =>
  call('add_standing_items', { session });
export const listDecisions = (session: string): Promise<Array<Decision>> =>
  call('list_decisions', { session });
export const adoptDecision = (session: string, input: DecisionInput): Promise<Decision> =>
  call('adopt_decision', { session, input });
export const amendDecision = (id: string, text: LocalizedText, reason: string): Promise<Decision> =>
  call('amend_decision', { id, text, reason });
export const rescindDecision = (id: string, reason: string): Promise<Decision> =>
  call('rescind_decision', { id, reason });
export const deleteDecision = (id: string): Promise<Decision> =>
  call('delete_decision', { id });
export const openBeforeSession = (session: string): Promise<Array<Instruction>> =>
  call('open_before_session', { session });
export const restoreFromTrash = (entity: string, id: string): Promise<void> =>
  call('restore_from_trash', { entity, id });
export const backupNow = (): Promise<BackupOutcome | null> =>
  call('backup_now');
export const lastDailyBackup = (): Promise<BackupOutcome | null> =>
  call('last_daily_backup');
export const startupCheck = (): Promise<void> =>
  call('startup_check');
export const checkDatabase = (full: boolean): Promise<CheckReport> =>
  call('check_database', { full });
export const search = (query: string, limit: number): Promise<Array<SearchHit>> =>
  call('search', { query, limit });
export const chooseBackupFile = (): Promise<ChosenBackup | null> =>
  call('choose_backup_file');
export const restoreBackup = (file: string): Promise<RestoreOutcome> =>
  call('restore_backup', { file });
export const setBackupsKeep = (keep: number): Promise<number> =>
  call('set_backups_keep', { keep });
export const listAttachments = (ownerKind: OwnerKind, ownerId: string): Promise<Array<Attachment>> =>
  call('list_attachments', { ownerKind, ownerId });
export const attachFile = (ownerKind: OwnerKind, ownerId: string): Promise<Attachment | null> =>
  call('attach_file', { ownerKind, ownerId });
export const openAttachment = (id: string): Promise<void> =>
  call('open_attachment', { id });
export const exportAttachment = (id: string): Promise<string | null> =>
  call('export_attachment', { id });
export const deleteAttachment = (id: string): Promise<Attachment> =>
  call('delete_attachment', { id });
export const exportSessionsIcs = (session: string | null, filter: SessionFilter, lang: Lang, fileName: string): Promise<string | null> =>
  call('export_sessions_ics', { session, filter, lang, fileName });
export const chooseIcsFile = (): Promise<ChosenFile | null> =>
  call('choose_ics_file');
export const importSessionsIcs = (file: string, dryRun: boolean): Promise<ImportReport> =>
  call('import_sessions_ics', { file, dryRun });
export const exportControlXlsx = (filter: InstructionFilter, lang: Lang, fileName: string): Promise<string | null> =>
  call('export_control_xlsx', { filter, lang, fileName });
export const previewDocument = (document: Printable, lang: string): Promise<DocumentPreview> =>
  call('preview_document', { document, lang });
export const saveDocumentPdf = (document: Printable, lang: string): Promise<string | null> =>
  call('save_document_pdf', { document, lang });
export const printDocument = (document: Printable, lang: string): Promise<void> =>
  call('print_document', { document, lang });
export const markReady = (steps: Array<[string, number]>): Promise<void> =>
  call('mark_ready', { steps });
