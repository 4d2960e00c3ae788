// The two clocks: a session's time on its venue's clock, and the capitals' clocks where they differ.
import type { Clocks, LocalTime } from '../ipc/bindings';

export type Capital = 'tashkent' | 'moscow';

export const CAPITALS: readonly Capital[] = ['tashkent', 'moscow'];

function same(a: LocalTime, b: LocalTime): boolean {
  return a.date === b.date && a.time === b.time;
}

/**
 * The capitals whose wall clocks show something other than the venue's at any of `instants` (a start,
 * or a start and an end), Tashkent first. A session in Tashkent shows Moscow's time; one in Samarkand
 * too (same clock as Tashkent); one in Novosibirsk shows both.
 */
export function capitalsToShow(...instants: (Clocks | null | undefined)[]): Capital[] {
  const given = instants.filter((c): c is Clocks => !!c);
  return CAPITALS.filter((capital) => given.some((c) => !same(c[capital], c.venue)));
}

/** `HH:MM`, with the date when the clock's day is not `day` (a capital past midnight). */
export function timeOn(local: LocalTime, day: string): { time: string; date: string | null } {
  return { time: local.time, date: local.date === day ? null : local.date };
}
