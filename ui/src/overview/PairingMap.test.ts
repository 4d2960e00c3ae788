import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { PairingActivity, PairingMap as PairingMapData } from '../ipc';
import PairingMap from './PairingMap.svelte';

vi.mock('../ipc');

function pairing(
  id: string,
  uz: [string, string, string],
  ru: [string, string, string],
  counts: [number, number, number],
  level: PairingActivity['level'],
): PairingActivity {
  const [sessions_held, projects_active, projects_started] = counts;
  return {
    pairing_id: id,
    uz_region: { id: `r-${uz[0]}`, iso_code: uz[0], name: { ru: uz[1], uz: uz[2], en: uz[2] } },
    ru_region: { id: `r-${ru[0]}`, iso_code: ru[0], name: { ru: ru[1], uz: ru[2], en: ru[2] } },
    status: 'active',
    sessions_held,
    projects_active,
    projects_started,
    level,
  };
}

const map: PairingMapData = {
  since: '2025-11-30',
  today: '2026-11-29',
  pairings: [
    pairing('p-busy', ['UZ-SA', 'Самаркандская область', 'Samarqand viloyati'],
      ['RU-SVE', 'Свердловская область', 'Sverdlovsk viloyati'], [1, 2, 2], 'busy'),
    pairing('p-quiet', ['UZ-FA', 'Ферганская область', 'Fargʻona viloyati'],
      ['RU-TA', 'Республика Татарстан', 'Tatariston Respublikasi'], [0, 0, 0], 'quiet'),
    pairing('p-new', ['UZ-XO', 'Хорезмская область', 'Xorazm viloyati'],
      ['RU-XYZ', 'Новый регион', 'Yangi hudud'], [1, 0, 0], 'some'),
  ],
};

async function renderMap() {
  const onopenpairing = vi.fn();
  render(PairingMap, { onopenpairing });
  await screen.findByTestId('map-svg');
  return onopenpairing;
}

const viewWidth = () => Number(screen.getByTestId('map-svg').getAttribute('viewBox')!.split(' ')[2]);

describe('pairing map', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.pairingMap).mockReset().mockResolvedValue(map);
  });

  it('draws a line for each pairing whose two regions are on the map, named and styled by its activity', async () => {
    await renderMap();
    const lines = screen.getAllByTestId('map-line');
    expect(lines.map((l) => l.getAttribute('data-level'))).toEqual(['quiet', 'busy']);
    const busy = lines[1];
    expect(busy.getAttribute('aria-label')).toBe(
      'Самаркандская область — Свердловская область: 3 и более заседаний и проектов за год; ' +
        'заседаний: 1, проектов в работе: 2, из них начато: 2',
    );
    expect(busy.getAttribute('class')).toContain('map-line-busy');
    expect(busy.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+Q/);
    expect(screen.getByTestId('map-svg').querySelector('title')?.textContent).toBe(
      'Карта партнёрств регионов Узбекистана и России',
    );
    const legend = within(screen.getByTestId('map-legend')).getAllByRole('listitem');
    expect(legend.map((li) => li.textContent?.trim())).toEqual([
      'нет заседаний и проектов за год',
      '1–2 заседания и проекта за год',
      '3 и более заседаний и проектов за год',
    ]);
  });

  it('lists every pairing in a table, saying which one the map cannot draw', async () => {
    await renderMap();
    const rows = within(screen.getByTestId('map-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[2].textContent).toContain('Хорезмская область — Новый регион');
    expect(rows[2].textContent).toContain('нет на карте');
    expect(rows[0].textContent).not.toContain('нет на карте');
  });

  it('opens a pairing from its line by a click (on it or near it), by Enter and from the table', async () => {
    const onopenpairing = await renderMap();
    const [quiet, busy] = screen.getAllByTestId('map-line');
    await fireEvent.click(busy);
    expect(onopenpairing).toHaveBeenLastCalledWith('p-busy');
    await fireEvent.keyDown(quiet, { key: 'Enter' });
    expect(onopenpairing).toHaveBeenLastCalledWith('p-quiet');
    await fireEvent.click(screen.getAllByTestId('map-line-reach')[0]);
    expect(onopenpairing).toHaveBeenLastCalledWith('p-quiet');
    await fireEvent.click(screen.getByRole('button', { name: 'Хорезмская область — Новый регион' }));
    expect(onopenpairing).toHaveBeenLastCalledWith('p-new');
  });

  it('names the pairing a line has the keyboard focus or the pointer on', async () => {
    await renderMap();
    const [, busy] = screen.getAllByTestId('map-line');
    expect(busy.getAttribute('tabindex')).toBe('0');
    busy.focus();
    await vi.waitFor(() =>
      expect(screen.getByTestId('map-current').textContent).toContain('Самаркандская область — Свердловская область'),
    );
    expect(busy.getAttribute('class')).toContain('map-line-current');
    const reach = screen.getAllByTestId('map-line-reach')[0];
    expect(reach.querySelector('title')?.textContent).toContain('Ферганская область — Республика Татарстан');
    await fireEvent.mouseEnter(reach);
    expect(screen.getByTestId('map-current').textContent).toContain('Ферганская область — Республика Татарстан');
  });

  it('zooms into Uzbekistan with the buttons, the wheel and the keys, and back to the whole map', async () => {
    await renderMap();
    expect(viewWidth()).toBe(1000);
    expect((screen.getByTestId('map-zoom-out') as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByTestId('map-zoom-in'));
    expect(viewWidth()).toBeCloseTo(1000 / 1.5, 1);
    const [, busy] = screen.getAllByTestId('map-line');
    await fireEvent.keyDown(busy, { key: '+' });
    expect(viewWidth()).toBeCloseTo(1000 / 2.25, 1);
    await fireEvent.wheel(screen.getByTestId('map-svg'), { deltaY: 100 });
    expect(viewWidth()).toBeCloseTo(1000 / 1.5, 1);
    await fireEvent.wheel(screen.getByTestId('map-svg'), { deltaY: 100 });
    expect(viewWidth()).toBe(1000);
    const scrolled = new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true });
    screen.getByTestId('map-svg').dispatchEvent(scrolled);
    expect(scrolled.defaultPrevented, 'at the whole map the wheel scrolls the page').toBe(false);
    await fireEvent.wheel(screen.getByTestId('map-svg'), { deltaY: -100 });
    expect(viewWidth()).toBeCloseTo(1000 / 1.5, 1);
    for (let i = 0; i < 10; i++) await fireEvent.click(screen.getByTestId('map-zoom-in'));
    expect((screen.getByTestId('map-zoom-in') as HTMLButtonElement).disabled).toBe(true);
    const [x, y, w, h] = screen.getByTestId('map-svg').getAttribute('viewBox')!.split(' ').map(Number);
    const samarkand = busy.getAttribute('d')!.match(/^M([\d.]+) ([\d.]+)/)!.slice(1).map(Number);
    expect(samarkand[0] > x && samarkand[0] < x + w && samarkand[1] > y && samarkand[1] < y + h).toBe(true);
    await fireEvent.keyDown(busy, { key: '0' });
    expect(viewWidth()).toBe(1000);
  });

  it('speaks Uzbek with the register’s names', async () => {
    showLanguage('uz');
    await renderMap();
    await vi.waitFor(() =>
      expect(screen.getAllByTestId('map-line')[0].getAttribute('aria-label')).toContain(
        'Fargʻona viloyati — Tatariston Respublikasi',
      ),
    );
  });
});
