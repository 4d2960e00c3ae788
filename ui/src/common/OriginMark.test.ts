import { render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { MOSCOW_ID, peer } from '../test/exchange';
import OriginMark from './OriginMark.svelte';

vi.mock('../ipc');

describe('where a record came from', () => {
  beforeEach(() => {
    showLanguage('uz');
    vi.mocked(ipc.recordOrigin).mockReset();
  });

  it('names the site a record was made on, in the interface language', async () => {
    vi.mocked(ipc.recordOrigin).mockResolvedValue({
      site: MOSCOW_ID, name: peer().name, at: '2026-12-01T09:00:00.000Z',
    });
    render(OriginMark, { entity: 'instruction', id: 'i-1' });
    const mark = await screen.findByTestId('record-origin');
    expect(mark.textContent).toContain('Rossiya kotibiyati');
    expect(mark.dataset.site).toBe(MOSCOW_ID);
    expect(ipc.recordOrigin).toHaveBeenCalledWith('instruction', 'i-1');
  });

  it('says "another site" for a site this one has not met', async () => {
    showLanguage('en');
    vi.mocked(ipc.recordOrigin).mockResolvedValue({ site: 'x', name: null, at: '2026-12-01T09:00:00.000Z' });
    render(OriginMark, { entity: 'session', id: 's-1' });
    expect((await screen.findByTestId('record-origin')).textContent).toContain('another site');
  });

  it('says nothing of a record made here, or when the question fails', async () => {
    vi.mocked(ipc.recordOrigin).mockResolvedValueOnce(null);
    render(OriginMark, { entity: 'pairing', id: 'p-1' });
    vi.mocked(ipc.recordOrigin).mockRejectedValueOnce({ code: 'storage', message: 'x' });
    render(OriginMark, { entity: 'pairing', id: 'p-2' });
    await vi.waitFor(() => expect(ipc.recordOrigin).toHaveBeenCalledTimes(2));
    await Promise.resolve();
    expect(screen.queryByTestId('record-origin')).toBeNull();
  });
});
