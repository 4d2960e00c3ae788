// The one door to the backend: the only module that imports `@tauri-apps/api`.
// Each function is one Tauri command; every rejection is an `ErrorPayload`.
import { invoke } from '@tauri-apps/api/core';
import type {
  About,
  Agenda,
  AgendaEntry,
  AgendaItem,
  AgendaItemInput,
  AgendaPlace,
  AgendaVersion,
  AuditEntry,
  Body,
  BodyInput,
  ControlSummary,
  Country,
  Decision,
  DecisionInput,
  ErrorCode,
  ErrorPayload,
  ExecutionRate,
  ExecutionReport,
  Instruction,
  InstructionFilter,
  InstructionHistory,
  InstructionInput,
  InstructionState,
  Lang,
  LocalizedText,
  Pairing,
  PairingFilter,
  PairingInput,
  Person,
  PersonInput,
  RateBy,
  Region,
  RegionFilter,
  ReportInput,
  Sector,
  Session,
  SessionEvent,
  SessionFilter,
  SessionInput,
  StatusChange,
  TrashEntry,
} from './bindings';

export type * from './bindings';

/**
 * Turns whatever a command rejected with into an `ErrorPayload`. The backend sends
 * `{ code, message, field }`; anything else (a missing command, a crashed webview bridge)
 * becomes a `storage` error carrying the best message there is.
 */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (typeof error === 'object' && error !== null) {
    const { code, message, field } = error as Record<string, unknown>;
    if (typeof code === 'string' && typeof message === 'string') {
      return { code: code as ErrorCode, message, field: typeof field === 'string' ? field : null };
    }
    if (typeof message === 'string') {
      return { code: 'storage', message, field: null };
    }
  }
  return { code: 'storage', message: String(error), field: null };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toErrorPayload(error);
  }
}

export const about = (): Promise<About> => call('about');

export const setLanguage = (lang: Lang): Promise<About> => call('set_language', { lang });

export const listRegions = (filter: RegionFilter): Promise<Region[]> =>
  call('list_regions', { filter });

export const listSectors = (): Promise<Sector[]> => call('list_sectors');

/** `{ status: null, region: null, deleted: false }` lists the live register. */
export const listPairings = (filter: PairingFilter): Promise<Pairing[]> =>
  call('list_pairings', { filter });

export const getPairing = (id: string): Promise<Pairing> => call('get_pairing', { id });

export const createPairing = (input: PairingInput): Promise<Pairing> =>
  call('create_pairing', { input });

export const updatePairing = (id: string, input: PairingInput): Promise<Pairing> =>
  call('update_pairing', { id, input });

/** Moves the pairing to the trash. */
export const deletePairing = (id: string): Promise<Pairing> => call('delete_pairing', { id });

export const restorePairing = (id: string): Promise<Pairing> => call('restore_pairing', { id });

export const listTrash = (): Promise<TrashEntry[]> => call('list_trash');

export const history = (entity: string, recordId: string): Promise<AuditEntry[]> =>
  call('history', { entity, recordId });

export const listBodies = (country: Country | null, deleted: boolean): Promise<Body[]> =>
  call('list_bodies', { country, deleted });

export const createBody = (input: BodyInput): Promise<Body> => call('create_body', { input });

export const updateBody = (id: string, input: BodyInput): Promise<Body> =>
  call('update_body', { id, input });

export const deleteBody = (id: string): Promise<Body> => call('delete_body', { id });

export const restoreBody = (id: string): Promise<Body> => call('restore_body', { id });

/** The people of one body, or everyone when `bodyId` is null. */
export const listPeople = (bodyId: string | null, deleted: boolean): Promise<Person[]> =>
  call('list_people', { bodyId, deleted });

export const createPerson = (input: PersonInput): Promise<Person> => call('create_person', { input });

export const updatePerson = (id: string, input: PersonInput): Promise<Person> =>
  call('update_person', { id, input });

export const deletePerson = (id: string): Promise<Person> => call('delete_person', { id });

export const restorePerson = (id: string): Promise<Person> => call('restore_person', { id });

export const controlSummary = (): Promise<ControlSummary> => call('control_summary');

/** Sorted by due date; `overdue` on each row is computed by the backend at the secretariat's today. */
export const listInstructions = (filter: InstructionFilter): Promise<Instruction[]> =>
  call('list_instructions', { filter });

/** Worst first. */
export const executionRates = (by: RateBy): Promise<ExecutionRate[]> =>
  call('execution_rates', { by });

/** `key` is the instruction's id or its number. */
export const instructionHistory = (key: string): Promise<InstructionHistory> =>
  call('instruction_history', { key });

export const createInstruction = (input: InstructionInput): Promise<Instruction> =>
  call('create_instruction', { input });

/** The due date must stay as it is: it changes only by `extendInstruction`. */
export const updateInstruction = (key: string, input: InstructionInput): Promise<Instruction> =>
  call('update_instruction', { key, input });

export const extendInstruction = (key: string, newDueOn: string, reason: string): Promise<Instruction> =>
  call('extend_instruction', { key, newDueOn, reason });

/** An open instruction becomes `reported`. */
export const addExecutionReport = (key: string, report: ReportInput): Promise<ExecutionReport> =>
  call('add_execution_report', { key, report });

/** A move by hand; `note` is the reason of a cancellation, or why a report went back to work. */
export const moveInstruction = (key: string, to: InstructionState, note: string): Promise<Instruction> =>
  call('move_instruction', { key, to, note });

export const deleteInstruction = (key: string): Promise<Instruction> =>
  call('delete_instruction', { key });

export const restoreInstruction = (key: string): Promise<Instruction> =>
  call('restore_instruction', { key });

/** Brings back any record from the trash; `entity` is a `TrashEntry`'s (`session`, `agenda_item`, …). */
export const restoreFromTrash = (entity: string, id: string): Promise<void> =>
  call('restore_from_trash', { entity, id });

/** Sorted by start; `from` and `to` are dates on each session's venue clock. */
export const listSessions = (filter: SessionFilter): Promise<Session[]> => call('list_sessions', { filter });

/** `key` is the session's id. */
export const getSession = (key: string): Promise<Session> => call('get_session', { key });

export const createSession = (input: SessionInput): Promise<Session> => call('create_session', { input });

export const updateSession = (id: string, input: SessionInput): Promise<Session> =>
  call('update_session', { id, input });

/** Only a status in `next_statuses`; cancelling needs a reason, scheduling a postponed one a new start. */
export const changeSessionStatus = (id: string, change: StatusChange): Promise<Session> =>
  call('change_session_status', { id, change });

/** The status history, oldest first. */
export const sessionEvents = (id: string): Promise<SessionEvent[]> => call('session_events', { id });

export const deleteSession = (id: string): Promise<Session> => call('delete_session', { id });

/** The live agenda when `version` is null, or an approved older version. */
export const getAgenda = (session: string, version: number | null): Promise<Agenda> =>
  call('get_agenda', { session, version });

export const agendaVersions = (session: string): Promise<AgendaVersion[]> => call('agenda_versions', { session });

export const addAgendaItem = (session: string, input: AgendaItemInput, place: AgendaPlace): Promise<AgendaEntry> =>
  call('add_agenda_item', { session, input, place });

export const updateAgendaItem = (id: string, input: AgendaItemInput): Promise<AgendaEntry> =>
  call('update_agenda_item', { id, input });

/** `place.position` counts the siblings without the item itself, from 0. */
export const moveAgendaItem = (id: string, place: AgendaPlace): Promise<AgendaEntry> =>
  call('move_agenda_item', { id, place });

/** Moves the item and its sub-items to the trash. */
export const deleteAgendaItem = (id: string): Promise<AgendaItem> => call('delete_agenda_item', { id });

/** Freezes the live version and locks it. */
export const approveAgenda = (session: string): Promise<Agenda> => call('approve_agenda', { session });

/** Starts the next version of an approved agenda, unlocked. */
export const reviseAgenda = (session: string): Promise<Agenda> => call('revise_agenda', { session });

/** The opening, the status of previous instructions and the closing, each once. */
export const addStandingItems = (session: string): Promise<Agenda> => call('add_standing_items', { session });

export const listDecisions = (session: string): Promise<Decision[]> => call('list_decisions', { session });

export const adoptDecision = (session: string, input: DecisionInput): Promise<Decision> =>
  call('adopt_decision', { session, input });

export const amendDecision = (id: string, text: LocalizedText, reason: string): Promise<Decision> =>
  call('amend_decision', { id, text, reason });

export const rescindDecision = (id: string, reason: string): Promise<Decision> =>
  call('rescind_decision', { id, reason });

export const deleteDecision = (id: string): Promise<Decision> => call('delete_decision', { id });

/** Instructions still open from the sessions before this one. */
export const openBeforeSession = (session: string): Promise<Instruction[]> =>
  call('open_before_session', { session });

/**
 * Tells the backend the first screen has painted its data (the start-up benchmark's marker). Never fails:
 * a lost marker must not disturb the officer.
 */
export const markReady = (): Promise<void> => call<void>('mark_ready').catch(() => undefined);
