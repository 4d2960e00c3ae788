import { describe, expect, it } from 'vitest';
import { clocksAt, session } from '../test/builders';
import { addMonths, monthGrid, sessionsByDay, step, visibleRange, weekDays, weekday } from './calendar';

describe('calendar days', () => {
  it('lays a month out in weeks from Monday, with the days of the months around', () => {
    const weeks = monthGrid('2026-05-17');
    expect(weeks).toHaveLength(5);
    expect(weeks[0][0]).toBe('2026-04-27');
    expect(weeks[0][4]).toBe('2026-05-01');
    expect(weeks.at(-1)?.at(-1)).toBe('2026-05-31');
    expect(weeks.every((w) => w.length === 7 && weekday(w[0]) === 1)).toBe(true);
  });

  it('counts weeks and months across the year and daylight-saving changes elsewhere', () => {
    expect(weekDays('2026-03-29')).toEqual([
      '2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29',
    ]);
    expect(addMonths('2026-12-31', 1)).toBe('2027-01-01');
    expect(step('month', '2026-01-31', -1)).toBe('2025-12-01');
    expect(step('week', '2026-12-29', 1)).toBe('2027-01-05');
  });

  it('asks the backend for the days on screen, or for everything in the list', () => {
    expect(visibleRange('month', '2026-05-17')).toEqual({ from: '2026-04-27', to: '2026-05-31' });
    expect(visibleRange('week', '2026-05-17')).toEqual({ from: '2026-05-11', to: '2026-05-17' });
    expect(visibleRange('list', '2026-05-17')).toEqual({ from: null, to: null });
  });

  it('puts a session on the date of its venue clock, earliest first', () => {
    // 23:30 in Moscow on 27 May is already 28 May in Tashkent.
    const late = session({ id: 'late', time_zone: 'Europe/Moscow', starts_at: '2026-05-27T20:30:00.000Z',
      start: clocksAt('2026-05-27T20:30:00.000Z', 'Europe/Moscow') });
    const early = session({ id: 'early', starts_at: '2026-05-27T04:00:00.000Z' });
    const days = sessionsByDay([late, early]);
    expect(late.start.tashkent.date).toBe('2026-05-28');
    expect(days.get('2026-05-27')?.map((s) => s.id)).toEqual(['early', 'late']);
    expect(days.has('2026-05-28')).toBe(false);
  });
});
