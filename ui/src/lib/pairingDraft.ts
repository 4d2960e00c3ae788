// What the pairing form edits, and how it becomes the backend's `PairingInput`.
import type { LocalizedText, Pairing, PairingInput, PairingStatus } from '../ipc/bindings';
import { isoDate } from './dates';
import { trimmedText } from './translations';

export const STATUSES: readonly PairingStatus[] = ['proposed', 'active', 'suspended', 'ended'];

/** The form's fields, all as typed: dates stay text until the backend validates them. */
export type PairingDraft = {
  regionUz: string;
  regionRu: string;
  status: PairingStatus;
  since: string;
  basisTitle: LocalizedText;
  basisNumber: string;
  basisDate: string;
  sectors: string[];
  notes: LocalizedText;
  contacts: string;
};

export function emptyDraft(): PairingDraft {
  return {
    regionUz: '',
    regionRu: '',
    status: 'proposed',
    since: '',
    basisTitle: { ru: '', uz: '', en: '' },
    basisNumber: '',
    basisDate: '',
    sectors: [],
    notes: { ru: '', uz: '', en: '' },
    contacts: '',
  };
}

export function draftFromPairing(pairing: Pairing): PairingDraft {
  return {
    regionUz: pairing.uz_region.id,
    regionRu: pairing.ru_region.id,
    status: pairing.status,
    since: pairing.since ?? '',
    basisTitle: { ...pairing.basis.title },
    basisNumber: pairing.basis.number,
    basisDate: pairing.basis.date ?? '',
    sectors: [...pairing.sectors],
    notes: { ...pairing.notes },
    contacts: pairing.contacts,
  };
}

function dateOrNull(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : isoDate(trimmed);
}

/** The Uzbek region goes in `region_a`, the Russian one in `region_b`; an empty date is no date. */
export function toInput(draft: PairingDraft): PairingInput {
  return {
    region_a: draft.regionUz,
    region_b: draft.regionRu,
    status: draft.status,
    since: dateOrNull(draft.since),
    basis_title: trimmedText(draft.basisTitle),
    basis_number: draft.basisNumber.trim(),
    basis_date: dateOrNull(draft.basisDate),
    sectors: [...draft.sectors],
    notes: trimmedText(draft.notes),
    contacts: draft.contacts.trim(),
  };
}
