import { describe, expect, it } from 'vitest';
import { agendaItem, clocksAt } from '../test/builders';
import { withDuration, wallClock } from './agendaInput';
import { capitalsToShow } from './clocks';

describe('two clocks', () => {
  const at = '2026-05-27T05:00:00.000Z';

  it('shows each capital whose clock differs from the venue', () => {
    expect(capitalsToShow(clocksAt(at, 'Asia/Tashkent'))).toEqual(['moscow']);
    expect(capitalsToShow(clocksAt(at, 'Asia/Samarkand'))).toEqual(['moscow']);
    expect(capitalsToShow(clocksAt(at, 'Europe/Moscow'))).toEqual(['tashkent']);
    expect(capitalsToShow(clocksAt(at, 'Asia/Novosibirsk'))).toEqual(['tashkent', 'moscow']);
  });

  it('reads an instant on a zone clock, and keeps an item as it is but for its duration', () => {
    expect(wallClock(at, 'Asia/Tashkent')).toBe('2026-05-27 10:00');
    expect(wallClock(at, 'Europe/Moscow')).toBe('2026-05-27 08:00');
    expect(wallClock(at, 'Mars/Olympus')).toBeNull();
    const item = agendaItem({ id: 'a', fixed_start: at, presenters: [{ kind: 'body', id: 'b-1', name: { ru: 'x', uz: 'x', en: 'x' } }] });
    expect(withDuration(item, 'Asia/Tashkent', 45)).toMatchObject({
      duration_min: 45, fixed_start: '2026-05-27 10:00', presenters: [{ kind: 'body', id: 'b-1' }],
    });
  });
});
