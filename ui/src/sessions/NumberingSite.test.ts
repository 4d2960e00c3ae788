import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { MOSCOW_ID, TASHKENT_ID, peerView, siteView } from '../test/exchange';
import { session } from '../test/builders';
import NumberingSite from './NumberingSite.svelte';

vi.mock('../ipc');

describe('who numbers a session', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.thisSite).mockReset().mockResolvedValue(siteView());
    vi.mocked(ipc.listPeers).mockReset().mockResolvedValue([peerView()]);
    vi.mocked(ipc.sessionNumberingSite).mockReset().mockResolvedValue(TASHKENT_ID);
    vi.mocked(ipc.handOverNumbering).mockReset().mockResolvedValue(session());
  });

  it('says this site numbers the session and hands the numbering to the other secretariat', async () => {
    render(NumberingSite, { sessionId: 's-1' });
    expect((await screen.findByTestId('numbering-by')).textContent).toContain('этот секретариат');
    const to = screen.getByTestId('numbering-to') as HTMLSelectElement;
    expect([...to.options].map((o) => o.textContent)).toContain('Российский секретариат');
    vi.mocked(ipc.sessionNumberingSite).mockResolvedValue(MOSCOW_ID);
    await fireEvent.change(to, { target: { value: MOSCOW_ID } });
    await fireEvent.click(screen.getByTestId('numbering-hand-over'));
    expect(ipc.handOverNumbering).toHaveBeenCalledWith('s-1', MOSCOW_ID);
    await vi.waitFor(() =>
      expect(screen.getByTestId('numbering-by').textContent).toContain('«Российский секретариат»'));
    // Handed over: only the numbering site may hand it on.
    expect(screen.queryByTestId('numbering-hand-over')).toBeNull();
  });

  it('says nothing on a desk that exchanges with no one', async () => {
    vi.mocked(ipc.listPeers).mockResolvedValue([]);
    render(NumberingSite, { sessionId: 's-1' });
    await vi.waitFor(() => expect(ipc.sessionNumberingSite).toHaveBeenCalled());
    await Promise.resolve();
    expect(screen.queryByTestId('numbering-site')).toBeNull();
  });
});
