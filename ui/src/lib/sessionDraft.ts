// A session as its form edits it: wall-clock text in the venue's zone, as `SessionInput` takes it.
import type { Session, SessionInput } from '../ipc/bindings';
import { emptyText, trimmedText } from './translations';

// Every kind and status of a session, as the core lists them (generated with the bindings).
export { SESSION_KINDS, SESSION_STATUSES } from '../ipc/bindings';

/** The venues' zones a form offers: both capitals first, then Uzbekistan's other and Russia's zones west to east. */
export const TIME_ZONES = [
  'Asia/Tashkent', 'Europe/Moscow', 'Asia/Samarkand', 'Europe/Kaliningrad', 'Europe/Samara',
  'Asia/Yekaterinburg', 'Asia/Omsk', 'Asia/Novosibirsk', 'Asia/Krasnoyarsk', 'Asia/Irkutsk',
  'Asia/Yakutsk', 'Asia/Vladivostok', 'Asia/Magadan', 'Asia/Kamchatka',
] as const;

export type OfferedZone = (typeof TIME_ZONES)[number];

export function isOfferedZone(zone: string): zone is OfferedZone {
  return (TIME_ZONES as readonly string[]).includes(zone);
}

/** The hour a new session starts at unless the officer types another. */
export const DEFAULT_START = '10:00';

export type SessionDraft = Omit<SessionInput, 'ends_at'> & { ends_at: string };

export function emptySessionDraft(date: string): SessionDraft {
  return {
    kind: 'council_session', title: emptyText(), starts_at: `${date} ${DEFAULT_START}`, ends_at: '',
    time_zone: 'Asia/Tashkent', venue_city: emptyText(), venue_place: emptyText(),
    co_chairs: [], participants: [], pairings: [], sectors: [],
  };
}

export function draftFromSession(session: Session): SessionDraft {
  const text = (t: { date: string; time: string }) => `${t.date} ${t.time}`;
  return {
    kind: session.kind,
    title: { ...session.title },
    starts_at: text(session.start.venue),
    ends_at: session.end ? text(session.end.venue) : '',
    time_zone: session.time_zone,
    venue_city: { ...session.venue_city },
    venue_place: { ...session.venue_place },
    co_chairs: [...session.co_chairs],
    participants: [...session.participants],
    pairings: [...session.pairings],
    sectors: [...session.sectors],
  };
}

export function toSessionInput(draft: SessionDraft): SessionInput {
  return {
    ...draft,
    title: trimmedText(draft.title),
    starts_at: draft.starts_at.trim(),
    ends_at: draft.ends_at.trim() === '' ? null : draft.ends_at.trim(),
    venue_city: trimmedText(draft.venue_city),
    venue_place: trimmedText(draft.venue_place),
    // Someone who is a co-chair is a co-chair only.
    participants: draft.participants.filter((id) => !draft.co_chairs.includes(id)),
  };
}
