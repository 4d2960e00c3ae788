// What the dashboard asks the backend for, as one step that can start before the dashboard is on screen:
// the app starts it while its script is still mounting the shell when the dashboard is the first screen.
import * as ipc from '../ipc';
import type { ControlSummary, ExecutionRate, Instruction, Session } from '../ipc';
import { todayLocal } from '../lib/calendar';

/** Each answer on its own, so one failure still lets the others show. */
export type DashboardData = [
  PromiseSettledResult<ControlSummary>,
  PromiseSettledResult<Instruction[]>,
  PromiseSettledResult<ExecutionRate[]>,
  PromiseSettledResult<Session[]>,
];

/**
 * The counts, the ten most overdue, the rates per body and the sessions from `today` on (the secretariat's
 * date; this machine's when it cannot be had).
 */
export function loadDashboard(today: Promise<string | undefined>): Promise<DashboardData> {
  const from = Promise.resolve(today)
    .catch(() => undefined)
    .then((date) => date ?? todayLocal());
  return Promise.allSettled([
    ipc.controlSummary(),
    // The backend sorts by due date, so the first ten overdue are the ten most overdue.
    ipc.listInstructions({
      states: [], open_only: true, body: null, pairing: null, session: null,
      overdue: true, due_within_days: null, limit: 10, offset: 0,
    }),
    ipc.executionRates('body'),
    // The backend sorts by start.
    from.then((date) => ipc.listSessions({ from: date, to: null, kind: null, status: null, deleted: false })),
  ]);
}
