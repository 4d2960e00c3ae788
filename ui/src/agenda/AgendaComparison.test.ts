import { fireEvent, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { AgendaComparison, AgendaItemState } from '../ipc';
import { renderAgendaPage, threeItems } from '../test/agendaPage';
import { clocksAt, session } from '../test/builders';
import { backendWith, mockSessionBackend } from '../test/sessionBackend';

vi.mock('../ipc');

/** An item as one version has it, starting at `start` (UTC, HH:MM) on the Tashkent venue's clock + 5 h. */
function state(number: string, en: string, start: string, minutes: number, ru = en): AgendaItemState {
  const startsAt = `2026-05-27T${start}:00.000Z`;
  const endsAt = new Date(Date.parse(startsAt) + minutes * 60_000).toISOString();
  return {
    number, title: { ru, uz: en, en }, duration_min: minutes, starts_at: startsAt,
    start: clocksAt(startsAt), end: clocksAt(endsAt),
  };
}

const comparison: AgendaComparison = {
  session_id: 's-1', from_version: 1, to_version: 2,
  items: [
    { item_id: 'tourism', changes: ['moved', 'retimed', 'retitled'],
      before: state('3', 'Tourism', '05:40', 20, 'О туризме'),
      after: state('2', 'Tourism and culture', '05:10', 20, 'О туризме и культуре') },
    { item_id: 'transport', changes: ['added'], before: null, after: state('4', 'Transport', '06:00', 15, 'О транспорте') },
    { item_id: 'water', changes: ['removed'], before: state('4', 'Water', '06:00', 10, 'О воде'), after: null },
  ],
};

const lines = () => screen.getAllByTestId('agenda-change').map((li) => li.textContent?.replace(/\s+/g, ' ').trim());

describe('comparing agenda versions', () => {
  beforeEach(() => {
    showLanguage('ru');
    mockSessionBackend(backendWith(threeItems(), { session: session({ agenda_version: 2 }) }));
    vi.mocked(ipc.agendaVersions).mockResolvedValue([
      { version: 1, approved_at: '2026-05-01T06:00:00.000Z' }, { version: 2, approved_at: null },
    ]);
    vi.mocked(ipc.compareAgendaVersions).mockReset().mockResolvedValue(comparison);
  });

  it('shows what changed since the chosen version, item by item, in the interface language', async () => {
    await renderAgendaPage();
    expect(screen.queryByTestId('agenda-comparison')).toBeNull();
    await fireEvent.change(screen.getByTestId('agenda-compare'), { target: { value: '1' } });
    expect(ipc.compareAgendaVersions).toHaveBeenCalledWith('s-1', 1, 2);
    const panel = await screen.findByTestId('agenda-comparison');
    expect(within(panel).getByRole('heading').textContent?.trim()).toBe('Изменения от версии 1 к версии 2');
    expect(lines()).toEqual([
      '2 О туризме и культуре — перемещён (был 3); время изменено: 10:40–11:00, 20 мин → 10:10–10:30, 20 мин; '
        + 'переименован, было «О туризме»',
      '4 О транспорте — добавлен (11:00–11:15, 15 мин)',
      '4 О воде — исключён (11:00–11:10, 10 мин)',
    ]);

    showLanguage('uz');
    await vi.waitFor(() => expect(lines()[1]).toBe('4 Transport — qo\u02BBshildi (11:00–11:15, 15 daq)'));
    expect(within(panel).getByRole('heading').textContent?.trim()).toBe('1-versiyadan 2-versiyagacha o\u02BBzgarishlar');
    showLanguage('en');
    await vi.waitFor(() => expect(lines()[0]).toBe(
      '2 Tourism and culture — moved (was 3); retimed: 10:40–11:00, 20 min → 10:10–10:30, 20 min; retitled, was «Tourism»'));
    expect(lines()[2]).toBe('4 Water — removed (11:00–11:10, 10 min)');

    await fireEvent.change(screen.getByTestId('agenda-compare'), { target: { value: '' } });
    await vi.waitFor(() => expect(screen.queryByTestId('agenda-comparison')).toBeNull());
  });

  it('says so when the two versions do not differ', async () => {
    vi.mocked(ipc.compareAgendaVersions).mockResolvedValue({ ...comparison, items: [] });
    await renderAgendaPage();
    await fireEvent.change(screen.getByTestId('agenda-compare'), { target: { value: '1' } });
    expect((await screen.findByTestId('agenda-no-changes')).textContent).toBe('Изменений нет.');
  });
});
