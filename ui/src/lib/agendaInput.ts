// An agenda item as the form edits it and as `add_agenda_item` / `update_agenda_item` take it. A set start is
// typed and shown on the venue's clock; the backend converts it (inline edits call `set_agenda_item_*`).
import { t } from '../i18n/index.svelte';
import type { AgendaEntry, AgendaItemInput, AgendaItemKind, ErrorPayload, PresenterInput } from '../ipc/bindings';
import { emptyText, trimmedText } from './translations';

// The kinds and the longest item come from the core (generated with the bindings).
export { AGENDA_ITEM_KINDS, MAX_DURATION_MIN } from '../ipc/bindings';

export type AgendaItemDraft = {
  kind: AgendaItemKind;
  title: AgendaItemInput['title'];
  description: AgendaItemInput['description'];
  /** Minutes; null while the field is empty. */
  duration: number | null;
  /** `HH:MM` or `YYYY-MM-DD HH:MM` on the venue's clock; empty for none. */
  fixedStart: string;
  presenters: PresenterInput[];
  pairingId: string | null;
  sectorCode: string | null;
};

export function emptyItemDraft(): AgendaItemDraft {
  return {
    kind: 'report', title: emptyText(), description: emptyText(), duration: 15, fixedStart: '',
    presenters: [], pairingId: null, sectorCode: null,
  };
}

/** The draft of an item in its place: a set start as the backend shows it on the venue's clock. */
export function draftFromEntry({ item, start }: AgendaEntry): AgendaItemDraft {
  return {
    kind: item.kind,
    title: { ...item.title },
    description: { ...item.description },
    duration: item.duration_min,
    fixedStart: item.fixed_start ? `${start.venue.date} ${start.venue.time}` : '',
    presenters: item.presenters.map(({ kind, id }) => ({ kind, id })),
    pairingId: item.pairing_id,
    sectorCode: item.sector_code,
  };
}

/**
 * The input of a draft whose duration is `minutes`, the draft's duration read as whole minutes (see
 * `wholeMinutes`); the backend judges the rest, the range of the duration included.
 */
export function toItemInput(draft: AgendaItemDraft, minutes: number): AgendaItemInput {
  return {
    kind: draft.kind,
    title: trimmedText(draft.title),
    description: trimmedText(draft.description),
    duration_min: minutes,
    fixed_start: draft.fixedStart.trim() === '' ? null : draft.fixedStart.trim(),
    presenters: draft.presenters,
    pairing_id: draft.pairingId,
    sector_code: draft.sectorCode,
  };
}

/**
 * The draft's duration as whole minutes, or the refusal of the field when it is empty or not a whole number:
 * such a value cannot be sent as minutes at all (the number field holds what was typed).
 */
export function wholeMinutes(duration: number | null): number | ErrorPayload {
  if (duration !== null && Number.isInteger(duration)) return duration;
  const code = duration === null ? 'required' : 'invalid_value';
  return { code, message: t('agenda.wholeMinutes'), field: 'duration_min' };
}
