import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { trashEntry } from '../test/builders';
import TrashScreen from './TrashScreen.svelte';

vi.mock('../ipc');

describe('trash screen', () => {
  beforeEach(() => {
    showLanguage('uz');
    vi.mocked(ipc.listTrash).mockReset().mockResolvedValue([trashEntry()]);
    vi.mocked(ipc.restoreFromTrash).mockReset().mockResolvedValue();
  });

  it('lists deleted records in the interface language and restores one', async () => {
    render(TrashScreen, {});
    const row = await screen.findByTestId('trash-row');
    expect(row.dataset.id).toBe('p-1');
    expect(row.textContent).toContain('Samarqand viloyati — Sverdlovsk viloyati');
    expect(row.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-29T08:30:00.000Z');

    vi.mocked(ipc.listTrash).mockResolvedValue([]);
    await fireEvent.click(screen.getByTestId('trash-restore'));
    expect(ipc.restoreFromTrash).toHaveBeenCalledWith('pairing', 'p-1');
    await vi.waitFor(() => expect(screen.queryByTestId('trash-row')).toBeNull());
    expect(screen.getByText('Savat boʻsh')).toBeTruthy();
  });

  it('lists every kind of record and restores each with the one restore command', async () => {
    showLanguage('ru');
    vi.mocked(ipc.listTrash).mockResolvedValue([
      trashEntry({ entity: 'body', id: 'b-1', label: { ru: 'Минэнерго', uz: 'Energetika vazirligi', en: 'Ministry of Energy' } }),
      trashEntry({ entity: 'person', id: 'pe-1', label: { ru: 'Каримова Д.', uz: 'Karimova D.', en: 'D. Karimova' } }),
      trashEntry({ entity: 'session', id: 's-1', label: { ru: 'Заседание № 2', uz: '2-majlis', en: 'Session 2' } }),
      trashEntry({ entity: 'agenda_item', id: 'a-1', label: { ru: '2. О туризме', uz: '2. Turizm haqida', en: '2. Tourism' } }),
      trashEntry({ entity: 'decision', id: 'd-1', label: { ru: 'Решение 3/1', uz: '3/1-qaror', en: 'Decision 3/1' } }),
    ]);
    render(TrashScreen, {});
    await screen.findAllByTestId('trash-row');
    const rows = () => screen.getAllByTestId('trash-row');
    expect(rows().map((r) => within(r).getByTestId('trash-kind').textContent)).toEqual([
      'Орган', 'Контактное лицо', 'Заседание', 'Пункт повестки', 'Решение',
    ]);
    expect(rows().every((r) => within(r).queryByTestId('trash-restore'))).toBe(true);
    for (const r of rows()) await fireEvent.click(within(r).getByTestId('trash-restore'));
    expect(vi.mocked(ipc.restoreFromTrash).mock.calls).toEqual([
      ['body', 'b-1'], ['person', 'pe-1'], ['session', 's-1'], ['agenda_item', 'a-1'], ['decision', 'd-1'],
    ]);
  });

  it('shows a refused restore in its row', async () => {
    showLanguage('ru');
    vi.mocked(ipc.listTrash).mockResolvedValue([trashEntry({ entity: 'agenda_item', id: 'a-1' })]);
    vi.mocked(ipc.restoreFromTrash).mockRejectedValue({ code: 'agenda_locked', message: 'Повестка утверждена.', field: null });
    render(TrashScreen, {});
    const row = await screen.findByTestId('trash-row');
    await fireEvent.click(within(row).getByTestId('trash-restore'));
    expect((await within(row).findByTestId('trash-error')).textContent).toBe('Повестка утверждена.');
  });
});
