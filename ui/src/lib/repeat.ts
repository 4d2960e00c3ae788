// The "Repeat" part of the new-session form: a working group meeting every n weeks or on the n-th weekday of
// each month, until a date. Turned into the `SeriesInput` the backend expands into real sessions.
import type { DayOfWeek, MonthWeek, SeriesInput, SessionInput } from '../ipc/bindings';
import { addDays, weekday } from './calendar';
import { isoDate } from './dates';

export const DAYS_OF_WEEK: readonly DayOfWeek[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];

export const MONTH_WEEKS: readonly MonthWeek[] = ['first', 'second', 'third', 'fourth', 'last'];

export type RepeatKind = 'weekly' | 'monthly_weekday';

export interface RepeatDraft {
  on: boolean;
  kind: RepeatKind;
  /** Weekly: every this many weeks. */
  every: number;
  weekday: DayOfWeek;
  /** Monthly: which weekday of the month. */
  week: MonthWeek;
  /** The last date a meeting may fall on, `YYYY-MM-DD`. */
  until: string;
}

/** The calendar date of a `YYYY-MM-DD HH:MM` text, or null. */
export function dateOf(startsAt: string): string | null {
  const date = startsAt.trim().slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

/** The day of the week of a calendar date. */
export function dayOfWeek(date: string): DayOfWeek {
  return DAYS_OF_WEEK[weekday(date) - 1];
}

/** Off; when turned on, weekly on the start's weekday for about three months. */
export function defaultRepeat(startsAt: string): RepeatDraft {
  const date = dateOf(startsAt);
  return {
    on: false,
    kind: 'weekly',
    every: 1,
    weekday: date ? dayOfWeek(date) : 'monday',
    week: 'first',
    until: date ? addDays(date, 91) : '',
  };
}

/**
 * The repeat after the start moved from `oldDate` to `newDate`: the weekday follows the start, and so does an
 * end that was the default for the old start or now lies before the new one.
 */
export function followStart(repeat: RepeatDraft, oldDate: string | null, newDate: string): RepeatDraft {
  const defaultUntil = oldDate ? addDays(oldDate, 91) : '';
  const until = repeat.until === '' || repeat.until === defaultUntil || repeat.until < newDate
    ? addDays(newDate, 91)
    : repeat.until;
  return { ...repeat, weekday: dayOfWeek(newDate), until };
}

/** The series the form asks for: the first meeting as typed, the rule, no skipped dates. */
export function toSeriesInput(session: SessionInput, repeat: RepeatDraft): SeriesInput {
  return {
    session,
    rule: {
      repeat: repeat.kind === 'weekly'
        ? { kind: 'weekly', every_weeks: Math.trunc(Number(repeat.every)) || 0, weekday: repeat.weekday }
        : { kind: 'monthly_weekday', week: repeat.week, weekday: repeat.weekday },
      end: { kind: 'until', date: isoDate(repeat.until) },
    },
    exceptions: [],
  };
}
