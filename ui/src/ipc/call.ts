// The one door to the backend: with `events.ts` (what the backend tells unasked), the only module that
// imports `@tauri-apps/api`. The generated `commands.ts` calls every command through `call`, so every
// rejection is an `ErrorPayload`.
import { invoke } from '@tauri-apps/api/core';
import { asError } from './errors';

/** Invokes one command; rejects with an `ErrorPayload` (see `asError`). */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw asError(error);
  }
}
