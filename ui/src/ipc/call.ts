// The one door to the backend: with `events.ts` (what the backend tells unasked), the only module that
// imports `@tauri-apps/api`. The generated `commands.ts` calls every command through `call`, so every
// rejection is an `ErrorPayload`.
import { invoke } from '@tauri-apps/api/core';
import type { ErrorPayload } from './bindings';
import { asError } from './errors';

/** The basis the next call carries (see `withBasis`); null when it carries none. */
let basis: number | null = null;

/** Who hears that the office hub's session ended (the window then asks the officer to sign in again). */
const sessionEnded = new Set<(error: ErrorPayload) => void>();

/** Invokes one command; rejects with an `ErrorPayload` (see `asError`). */
export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  const given = basis === null ? args : { ...args, councilBasis: basis };
  basis = null;
  try {
    return await invoke<T>(command, given);
  } catch (error) {
    const refused = asError(error);
    if (refused.code === 'sign_in_required' && refused.field === 'hub_session') {
      for (const heard of sessionEnded) heard(refused);
    }
    throw refused;
  }
}

/**
 * Runs `work` so that the first command it calls (its write: `work` must call it before its first `await`)
 * carries `at`, the register's version the form was opened at (`hubBasis`). On a desk connected to the
 * office hub, a save over a colleague's change made since is then refused as `stale`, naming them; a
 * standalone desk has no basis (`at` null) and nothing changes.
 */
export function withBasis<T>(at: number | null, work: () => Promise<T>): Promise<T> {
  basis = at;
  try {
    return work();
  } finally {
    basis = null;
  }
}

/** Hears each refusal saying the office hub's session ended (`sign_in_required` on field `hub_session`).
 * Answers the function that stops listening. */
export function onHubSessionEnded(heard: (error: ErrorPayload) => void): () => void {
  sessionEnded.add(heard);
  return () => sessionEnded.delete(heard);
}
