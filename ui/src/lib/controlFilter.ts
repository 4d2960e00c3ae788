// What the control screen's filters hold, and how they become the backend's `InstructionFilter`.
import { INSTRUCTION_STATES } from '../ipc/bindings';
import type { Instruction, InstructionFilter, InstructionState } from '../ipc/bindings';
import { matchesAny } from './textMatch';

/** Rows on one page of the control list. */
export const PAGE_SIZE = 100;

/** Every state of an instruction, as the core lists them (generated with the bindings). */
export const STATES: readonly InstructionState[] = INSTRUCTION_STATES;

/** `open`: everything still under control; `all`: every state. */
export type StateChoice = 'all' | 'open' | InstructionState;

export const STATE_CHOICES: readonly StateChoice[] = ['open', 'all', ...STATES];

/** The windows offered by the "due within" filter, in days. */
export const DUE_WITHIN_DAYS: readonly number[] = [7, 30];

/** The windows the filter offers while `chosen` is in use: the deadline notice's own window among them. */
export function dueWithinChoices(chosen: number | null): number[] {
  const choices = [...DUE_WITHIN_DAYS];
  if (chosen !== null && !choices.includes(chosen)) choices.push(chosen);
  return choices.sort((a, b) => a - b);
}

export type ControlView = {
  state: StateChoice;
  /** A body id, or '' for every body. */
  body: string;
  overdue: boolean;
  dueWithin: number | null;
};

/**
 * The dashboard's cards open the control list on one of these; the deadline notice on what it counted: the
 * overdue ones and those due within `noticeDays` days, both at once.
 */
export type ControlPreset = 'open' | 'overdue' | 'dueSoon' | 'awaitingReview' | { noticeDays: number };

export function viewFor(preset: ControlPreset | null): ControlView {
  const view: ControlView = { state: 'open', body: '', overdue: false, dueWithin: null };
  if (typeof preset === 'object' && preset !== null) return { ...view, overdue: true, dueWithin: preset.noticeDays };
  if (preset === 'overdue') view.overdue = true;
  if (preset === 'dueSoon') view.dueWithin = 7;
  // Every instruction awaiting review is reported; the list shows the reported ones.
  if (preset === 'awaitingReview') view.state = 'reported';
  return view;
}

/**
 * The backend filter for page `page` (from 0). One row more than a page is asked for: its presence
 * says whether there is a next page.
 */
export function toFilter(view: ControlView, page: number): InstructionFilter {
  const specific = view.state !== 'all' && view.state !== 'open';
  return {
    states: specific ? [view.state as InstructionState] : [],
    open_only: view.state === 'open',
    body: view.body === '' ? null : view.body,
    pairing: null,
    session: null,
    overdue: view.overdue,
    due_within_days: view.dueWithin,
    limit: PAGE_SIZE + 1,
    offset: page * PAGE_SIZE,
  };
}

/** The text box of the control screen: the number or the text in any language. */
export function matchesQuery(instruction: Instruction, query: string): boolean {
  const { number, text } = instruction;
  return matchesAny([number, text.ru, text.uz, text.en], query);
}

/** Every instruction given at one session, whatever its state. */
export function sessionFilter(sessionId: string): InstructionFilter {
  return {
    states: [], open_only: false, body: null, pairing: null, session: sessionId,
    overdue: false, due_within_days: null, limit: null, offset: 0,
  };
}
