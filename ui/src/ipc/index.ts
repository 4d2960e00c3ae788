// The one door to the backend: the only module that imports `@tauri-apps/api`.
// Each function is one Tauri command; every rejection is an `ErrorPayload`.
import { invoke } from '@tauri-apps/api/core';
import type {
  About,
  AuditEntry,
  ErrorCode,
  ErrorPayload,
  Lang,
  Pairing,
  PairingFilter,
  PairingInput,
  Region,
  RegionFilter,
  Sector,
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
