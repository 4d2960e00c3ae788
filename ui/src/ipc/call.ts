// The one door to the backend: the only module that imports `@tauri-apps/api`. The generated `commands.ts`
// calls every command through `call`, so every rejection is an `ErrorPayload`.
import { invoke } from '@tauri-apps/api/core';
import type { ErrorCode, ErrorPayload, ScheduleConflict } from './bindings';

/**
 * Turns whatever a command rejected with into an `ErrorPayload`. The backend sends
 * `{ code, message, field }` (and the `conflicts` of a scheduling refusal); anything else (a missing command, a crashed webview bridge)
 * becomes a `storage` error carrying the best message there is.
 */
export function toErrorPayload(error: unknown): ErrorPayload {
  if (typeof error === 'object' && error !== null) {
    const { code, message, field, conflicts } = error as Record<string, unknown>;
    if (typeof code === 'string' && typeof message === 'string') {
      const payload: ErrorPayload = { code: code as ErrorCode, message, field: typeof field === 'string' ? field : null };
      // A save refused over scheduling warnings carries them, to show and confirm.
      if (Array.isArray(conflicts)) payload.conflicts = conflicts as ScheduleConflict[];
      return payload;
    }
    if (typeof message === 'string') {
      return { code: 'storage', message, field: null };
    }
  }
  return { code: 'storage', message: String(error), field: null };
}

/** Invokes one command; rejects with an `ErrorPayload`. */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toErrorPayload(error);
  }
}
