import { describe, expect, it } from 'vitest';
import { daysBetween, formatDate, formatInstant } from './dates';

describe('dates', () => {
  it('shows calendar dates as DD.MM.YYYY in Russian and Uzbek, as given in English', () => {
    expect(formatDate('2019-10-18', 'ru')).toBe('18.10.2019');
    expect(formatDate('2019-10-18', 'uz')).toBe('18.10.2019');
    expect(formatDate('2019-10-18', 'en')).toBe('2019-10-18');
    expect(formatDate(null, 'ru')).toBe('');
  });

  it('shows a UTC instant in the local time of this machine', () => {
    const instant = '2026-11-29T08:30:00.000Z';
    const local = new Date(instant);
    const p = (n: number) => String(n).padStart(2, '0');
    const time = `${p(local.getHours())}:${p(local.getMinutes())}`;
    const date = `${p(local.getDate())}.${p(local.getMonth() + 1)}.${local.getFullYear()}`;
    expect(formatInstant(instant, 'uz')).toBe(`${date} ${time}`);
    expect(formatInstant('yesterday', 'ru')).toBe('yesterday');
  });

  it('counts the days between two calendar dates, across a month and a leap day', () => {
    expect(daysBetween('2028-02-27', '2028-03-01')).toBe(3);
    expect(daysBetween('2026-03-01', '2026-02-27')).toBe(-2);
    expect(daysBetween('soon', '2026-02-27')).toBeNull();
  });
});
