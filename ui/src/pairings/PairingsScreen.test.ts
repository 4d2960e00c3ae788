import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { officersKnown } from '../lib/officer.svelte';
import { pairing, regions, samara, sectors } from '../test/builders';
import { observer } from '../test/officers';
import PairingsScreen from './PairingsScreen.svelte';

vi.mock('../ipc');

const first = pairing({ id: 'p-1', sectors: ['agriculture', 'energy'] });
const second = pairing({
  id: 'p-2',
  status: 'proposed',
  ru_region: { ...samara },
  basis: { title: { ru: 'Протокол', uz: '', en: '' }, number: '', date: null },
});

async function renderScreen() {
  const onloaded = vi.fn();
  render(PairingsScreen, { regions, sectors, onloaded });
  await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
  return screen.getAllByTestId('pairing-row');
}

describe('pairings screen', () => {
  beforeEach(() => {
    showLanguage('ru');
    officersKnown(false, null);
    vi.mocked(ipc.listPairings).mockReset().mockResolvedValue([first, second]);
    vi.mocked(ipc.deletePairing).mockReset();
    vi.mocked(ipc.restorePairing).mockReset();
  });

  it('lists the live register with status badges and sector chips in the interface language', async () => {
    const rows = await renderScreen();
    expect(ipc.listPairings).toHaveBeenCalledWith({ status: null, region: null, deleted: false });
    expect(rows.map((r) => r.dataset.id)).toEqual(['p-1', 'p-2']);
    const row = within(rows[0]);
    expect(row.getByText('Самаркандская область')).toBeTruthy();
    expect(row.getByText('Свердловская область')).toBeTruthy();
    expect(row.getByText('Действует')).toBeTruthy();
    expect(row.getByText('18.10.2019')).toBeTruthy();
    expect(row.getByText('Сельское хозяйство')).toBeTruthy();
    expect(row.getByText('Энергетика')).toBeTruthy();
    expect(within(rows[1]).getByText('Предложено')).toBeTruthy();
  });

  it('moves a pairing to the trash and brings it back with Undo', async () => {
    vi.mocked(ipc.deletePairing).mockResolvedValue({ ...first, deleted_at: '2026-11-29T08:30:00.000Z' });
    vi.mocked(ipc.restorePairing).mockResolvedValue(first);
    const rows = await renderScreen();

    await fireEvent.click(within(rows[0]).getByTestId('pairing-delete'));
    expect(ipc.deletePairing).toHaveBeenCalledWith('p-1');
    const toast = await screen.findByTestId('toast');
    expect(toast.textContent).toContain('Перемещено в корзину');
    expect(screen.getAllByTestId('pairing-row').map((r) => r.dataset.id)).toEqual(['p-2']);
    expect(screen.queryByTestId('pairing-form')).toBeNull();

    await fireEvent.click(screen.getByTestId('toast-undo'));
    expect(ipc.restorePairing).toHaveBeenCalledWith('p-1');
    await vi.waitFor(() => expect(screen.getAllByTestId('pairing-row')).toHaveLength(2));
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('shows an observer Delete disabled, with the reason, and sends nothing when it is clicked', async () => {
    officersKnown(true, observer);
    const rows = await renderScreen();
    const remove = within(rows[0]).getByTestId('pairing-delete');
    expect(remove.getAttribute('aria-disabled')).toBe('true');
    expect(remove.title).toBe('Только сотрудник секретариата, не наблюдатель');
    await fireEvent.click(remove);
    expect(ipc.deletePairing).not.toHaveBeenCalled();
    expect(screen.queryByTestId('pairing-form')).toBeNull();
    expect(screen.getAllByTestId('pairing-row')).toHaveLength(2);
  });

  it('shows a refused delete and keeps the row', async () => {
    vi.mocked(ipc.deletePairing).mockRejectedValue({ code: 'not_found', message: 'Запись «p-1» не найдена.', field: null });
    const rows = await renderScreen();
    await fireEvent.click(within(rows[0]).getByTestId('pairing-delete'));
    expect((await screen.findByRole('alert')).textContent).toContain('не найдена');
    expect(screen.getAllByTestId('pairing-row')).toHaveLength(2);
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('opens a new form with the button and with Ctrl+N, and closes it with Escape', async () => {
    await renderScreen();
    await fireEvent.click(screen.getByTestId('pairing-new'));
    expect(screen.getByTestId('pairing-form')).toBeTruthy();
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('pairing-form')).toBeNull();

    await fireEvent.keyDown(window, { key: 'т', code: 'KeyN', ctrlKey: true });
    expect(screen.getByTestId('pairing-form')).toBeTruthy();
    expect((screen.getByTestId('pairing-region-uz') as HTMLSelectElement).value).toBe('');
  });

  it('opens a row filled in, by clicking it or its Edit button', async () => {
    const rows = await renderScreen();
    await fireEvent.click(within(rows[1]).getByText('Протокол'));
    expect((screen.getByTestId('pairing-basis-title-ru') as HTMLInputElement).value).toBe('Протокол');
    expect((screen.getByTestId('pairing-region-ru') as HTMLSelectElement).value).toBe(samara.id);

    await fireEvent.click(within(rows[0]).getByTestId('pairing-edit'));
    expect((screen.getByTestId('pairing-basis-number') as HTMLInputElement).value).toBe('12');
  });

  it('reloads the register after a save', async () => {
    vi.mocked(ipc.createPairing).mockResolvedValue(second);
    await renderScreen();
    await fireEvent.click(screen.getByTestId('pairing-new'));
    vi.mocked(ipc.listPairings).mockResolvedValue([first, second, pairing({ id: 'p-3' })]);
    await fireEvent.click(screen.getByTestId('pairing-save'));
    await vi.waitFor(() => expect(screen.getAllByTestId('pairing-row')).toHaveLength(3));
    expect(screen.queryByTestId('pairing-form')).toBeNull();
  });
});
