// The calendar's days: calendar dates (`YYYY-MM-DD`) only, counted in UTC so no zone or daylight-saving
// change can shift a day. Weeks start on Monday, as they do in Uzbekistan and Russia.
import type { Session } from '../ipc/bindings';

export type CalendarView = 'month' | 'week' | 'list';

export const CALENDAR_VIEWS: readonly CalendarView[] = ['month', 'week', 'list'];

/** 1 for Monday … 7 for Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
/** 1 for January … 12 for December. */
export type Month = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const two = (n: number) => String(n).padStart(2, '0');

function toUtc(date: string): Date {
  const parts = DATE.exec(date);
  if (!parts) throw new RangeError(`not a calendar date: ${date}`);
  return new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
}

function fromUtc(d: Date): string {
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
}

/** This machine's date today. */
export function todayLocal(now: Date = new Date()): string {
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** The first day of the month `months` away from `date`'s. */
export function addMonths(date: string, months: number): string {
  const d = toUtc(date);
  return fromUtc(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)));
}

export function weekday(date: string): Weekday {
  return (((toUtc(date).getUTCDay() + 6) % 7) + 1) as Weekday;
}

export function startOfWeek(date: string): string {
  return addDays(date, 1 - weekday(date));
}

/** Monday to Sunday of the week `date` is in. */
export function weekDays(date: string): string[] {
  const monday = startOfWeek(date);
  return Array.from({ length: 7 }, (_, k) => addDays(monday, k));
}

/** The weeks, Monday to Sunday, that show the month of `date`, days of the months around included. */
export function monthGrid(date: string): string[][] {
  const first = addMonths(date, 0);
  const last = addDays(addMonths(date, 1), -1);
  const weeks: string[][] = [];
  for (let monday = startOfWeek(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(weekDays(monday));
  }
  return weeks;
}

/** `{ year, month }` (month from 1) of a date. */
export function yearMonth(date: string): { year: number; month: Month } {
  const d = toUtc(date);
  return { year: d.getUTCFullYear(), month: (d.getUTCMonth() + 1) as Month };
}

export function sameMonth(a: string, b: string): boolean {
  return a.slice(0, 7) === b.slice(0, 7);
}

/** The day number of a date, without a leading zero. */
export function dayOfMonth(date: string): number {
  return toUtc(date).getUTCDate();
}

/** The days a view shows: the month's grid, the week, or everything for the list. */
export function visibleRange(view: CalendarView, anchor: string): { from: string | null; to: string | null } {
  if (view === 'list') return { from: null, to: null };
  const days = view === 'month' ? monthGrid(anchor).flat() : weekDays(anchor);
  return { from: days[0], to: days[days.length - 1] };
}

/** The sessions of each day on their venue's clock: a session in Moscow at 23:30 is on Moscow's date. */
export function sessionsByDay(sessions: readonly Session[]): Map<string, Session[]> {
  const days = new Map<string, Session[]>();
  const sorted = [...sessions].sort((a, b) => a.starts_at.localeCompare(b.starts_at));
  for (const session of sorted) {
    const day = session.start.venue.date;
    days.set(day, [...(days.get(day) ?? []), session]);
  }
  return days;
}

/** Where the previous or next button takes a view. */
export function step(view: CalendarView, anchor: string, direction: -1 | 1): string {
  if (view === 'week') return addDays(anchor, 7 * direction);
  return addMonths(anchor, direction);
}
