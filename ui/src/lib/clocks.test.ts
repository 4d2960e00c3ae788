import { describe, expect, it } from 'vitest';
import { clocksAt } from '../test/builders';
import { capitalsToShow } from './clocks';

describe('two clocks', () => {
  const at = '2026-05-27T05:00:00.000Z';

  it('shows each capital whose clock differs from the venue', () => {
    expect(capitalsToShow(clocksAt(at, 'Asia/Tashkent'))).toEqual(['moscow']);
    expect(capitalsToShow(clocksAt(at, 'Asia/Samarkand'))).toEqual(['moscow']);
    expect(capitalsToShow(clocksAt(at, 'Europe/Moscow'))).toEqual(['tashkent']);
    expect(capitalsToShow(clocksAt(at, 'Asia/Novosibirsk'))).toEqual(['tashkent', 'moscow']);
  });
});
