// The one door to the backend: the only module that imports `@tauri-apps/api`. The generated `commands.ts`
// calls every command through `call`, so every rejection is an `ErrorPayload`.
import { invoke } from '@tauri-apps/api/core';
import type { ErrorCode, ErrorPayload } from './bindings';

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

/** Invokes one command; rejects with an `ErrorPayload`. */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toErrorPayload(error);
  }
}
