import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { body, instruction, pairing, person, trashEntry } from '../test/builders';
import TrashScreen from './TrashScreen.svelte';

vi.mock('../ipc');

describe('trash screen', () => {
  beforeEach(() => {
    showLanguage('uz');
    vi.mocked(ipc.listTrash).mockReset().mockResolvedValue([trashEntry()]);
    vi.mocked(ipc.restorePairing).mockReset().mockResolvedValue(pairing());
  });

  it('lists deleted records in the interface language and restores one', async () => {
    render(TrashScreen, {});
    const row = await screen.findByTestId('trash-row');
    expect(row.dataset.id).toBe('p-1');
    expect(row.textContent).toContain('Samarqand viloyati — Sverdlovsk viloyati');
    expect(row.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-29T08:30:00.000Z');

    vi.mocked(ipc.listTrash).mockResolvedValue([]);
    await fireEvent.click(screen.getByTestId('trash-restore'));
    expect(ipc.restorePairing).toHaveBeenCalledWith('p-1');
    await vi.waitFor(() => expect(screen.queryByTestId('trash-row')).toBeNull());
    expect(screen.getByText('Savat boʻsh')).toBeTruthy();
  });

  it('lists every kind of record and restores bodies, people and instructions with their own command', async () => {
    showLanguage('ru');
    vi.mocked(ipc.listTrash).mockResolvedValue([
      trashEntry({ entity: 'body', id: 'b-1', label: { ru: 'Минэнерго', uz: 'Energetika vazirligi', en: 'Ministry of Energy' } }),
      trashEntry({ entity: 'person', id: 'pe-1', label: { ru: 'Каримова Д.', uz: 'Karimova D.', en: 'D. Karimova' } }),
      trashEntry({ entity: 'instruction', id: 'i-1', label: { ru: '3.1 Провести форум', uz: '', en: '' } }),
      trashEntry({ entity: 'session', id: 's-1', label: { ru: 'Заседание № 2', uz: '2-majlis', en: 'Session 2' } }),
    ]);
    vi.mocked(ipc.restoreBody).mockReset().mockResolvedValue(body());
    vi.mocked(ipc.restorePerson).mockReset().mockResolvedValue(person());
    vi.mocked(ipc.restoreInstruction).mockReset().mockResolvedValue(instruction());
    render(TrashScreen, {});
    await screen.findAllByTestId('trash-row');
    const rows = () => screen.getAllByTestId('trash-row');
    expect(rows().map((r) => within(r).getByTestId('trash-kind').textContent)).toEqual([
      'Орган', 'Контактное лицо', 'Поручение', 'Заседание',
    ]);
    expect(within(rows()[3]).queryByTestId('trash-restore')).toBeNull();
    expect(rows()[3].textContent).toContain('появится позже');

    await fireEvent.click(within(rows()[0]).getByTestId('trash-restore'));
    await fireEvent.click(within(rows()[1]).getByTestId('trash-restore'));
    await fireEvent.click(within(rows()[2]).getByTestId('trash-restore'));
    expect(ipc.restoreBody).toHaveBeenCalledWith('b-1');
    expect(ipc.restorePerson).toHaveBeenCalledWith('pe-1');
    expect(ipc.restoreInstruction).toHaveBeenCalledWith('i-1');
    expect(ipc.restorePairing).not.toHaveBeenCalled();
  });
});
