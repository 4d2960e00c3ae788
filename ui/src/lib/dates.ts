// Dates and instants from the backend, shown the way an officer reads them. Formatted by hand rather
// than with Intl: webviews ship uneven Uzbek locale data ("2026 M11 29").
import type { Lang } from '../ipc/bindings';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const two = (n: number) => String(n).padStart(2, '0');

function ymd(year: string, month: string, day: string, lang: Lang): string {
  return lang === 'en' ? `${year}-${month}-${day}` : `${day}.${month}.${year}`;
}

/** A calendar date (`2024-05-17`) as DD.MM.YYYY in Russian and Uzbek, as given in English. */
export function formatDate(date: string | null, lang: Lang): string {
  if (!date) return '';
  const parts = CALENDAR_DATE.exec(date);
  return parts ? ymd(parts[1], parts[2], parts[3], lang) : date;
}

/** A UTC instant (`2026-11-29T08:30:00.000Z`) in the local time of this machine, to the minute. */
export function formatInstant(instant: string, lang: Lang): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  const day = ymd(String(d.getFullYear()), two(d.getMonth() + 1), two(d.getDate()), lang);
  return `${day} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Whole days from calendar date `from` to `to` (negative when `to` is earlier); null for a non-date. */
export function daysBetween(from: string, to: string): number | null {
  const a = CALENDAR_DATE.exec(from);
  const b = CALENDAR_DATE.exec(to);
  if (!a || !b) return null;
  const utc = (p: RegExpExecArray) => Date.UTC(Number(p[1]), Number(p[2]) - 1, Number(p[3]));
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}

const SHOWN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * A date as an officer types it — as the screens show it (31.12.2026) or as YYYY-MM-DD — in the
 * YYYY-MM-DD form the backend takes. Anything else is passed on trimmed, for the backend to refuse.
 */
export function isoDate(text: string): string {
  const trimmed = text.trim();
  const parts = SHOWN_DATE.exec(trimmed);
  return parts ? `${parts[3]}-${parts[2].padStart(2, '0')}-${parts[1].padStart(2, '0')}` : trimmed;
}
