// An agenda item as the form edits it and as `add_agenda_item` / `update_agenda_item` take it.
import type { AgendaItem, AgendaItemInput, AgendaItemKind, PresenterInput } from '../ipc/bindings';
import { emptyText, trimmedText } from './translations';

// The kinds and the longest item come from the core (generated with the bindings).
export { AGENDA_ITEM_KINDS, MAX_DURATION_MIN } from '../ipc/bindings';

/** `YYYY-MM-DD HH:MM` of a UTC instant on the clock of `zone`; null when either is not valid. */
export function wallClock(instant: string, zone: string): string | null {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return null;
  try {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
  } catch {
    return null;
  }
}

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

export function draftFromItem(item: AgendaItem, zone: string): AgendaItemDraft {
  return {
    kind: item.kind,
    title: { ...item.title },
    description: { ...item.description },
    duration: item.duration_min,
    fixedStart: item.fixed_start ? (wallClock(item.fixed_start, zone) ?? '') : '',
    presenters: item.presenters.map(({ kind, id }) => ({ kind, id })),
    pairingId: item.pairing_id,
    sectorCode: item.sector_code,
  };
}

/** The backend judges the duration: an empty or fractional one goes as -1 and comes back refused. */
function minutes(duration: number | null): number {
  return duration !== null && Number.isInteger(duration) ? duration : -1;
}

export function toItemInput(draft: AgendaItemDraft): AgendaItemInput {
  return {
    kind: draft.kind,
    title: trimmedText(draft.title),
    description: trimmedText(draft.description),
    duration_min: minutes(draft.duration),
    fixed_start: draft.fixedStart.trim() === '' ? null : draft.fixedStart.trim(),
    presenters: draft.presenters,
    pairing_id: draft.pairingId,
    sector_code: draft.sectorCode,
  };
}

/** The input that keeps `item` as it is but for its duration (the inline duration field). */
export function withDuration(item: AgendaItem, zone: string, durationMin: number): AgendaItemInput {
  return { ...toItemInput(draftFromItem(item, zone)), duration_min: durationMin };
}
