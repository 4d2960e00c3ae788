import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { pairing, trashEntry } from '../test/builders';
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
});
