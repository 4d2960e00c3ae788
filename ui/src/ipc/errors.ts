// What the UI shows when something it awaited failed. A module of its own (not the `index.ts` the screens'
// tests mock), so every screen and every test turns a rejection into an error the same way.
import type { ErrorCode, ErrorPayload, ScheduleConflict } from './bindings';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** What a thrown value says, for the officer: never `[object Object]`. */
function describe(thrown: unknown): string {
  if (typeof thrown === 'string') return thrown;
  if (isRecord(thrown) && typeof thrown.message === 'string') return thrown.message;
  try {
    return JSON.stringify(thrown) ?? String(thrown);
  } catch {
    return String(thrown);
  }
}

/**
 * Whatever a command (or the code around it) rejected with, as an `ErrorPayload`. The backend's
 * `{ code, message, field }` passes through (with the `conflicts` of a scheduling refusal, to show and confirm);
 * anything else (a string from Tauri itself, an `Error` of the
 * window's code, a crashed bridge) becomes an `internal` error carrying the best message there is.
 */
export function asError(thrown: unknown): ErrorPayload {
  if (isRecord(thrown)) {
    const { code, message, field, conflicts } = thrown;
    if (typeof code === 'string' && typeof message === 'string') {
      const payload: ErrorPayload = { code: code as ErrorCode, message, field: typeof field === 'string' ? field : null };
      if (Array.isArray(conflicts)) payload.conflicts = conflicts as ScheduleConflict[];
      return payload;
    }
  }
  return { code: 'internal', message: describe(thrown), field: null };
}
