import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { MOSCOW_ID, TASHKENT_ID, conflict, peerView, siteView } from '../test/exchange';
import ReviewScreen from './ReviewScreen.svelte';

vi.mock('../ipc');

describe('to review', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.thisSite).mockReset().mockResolvedValue(siteView());
    vi.mocked(ipc.listPeers).mockReset().mockResolvedValue([peerView()]);
    vi.mocked(ipc.exchangeConflicts).mockReset().mockResolvedValue([conflict()]);
    vi.mocked(ipc.reviewConflict).mockReset().mockResolvedValue(undefined);
  });

  it('shows each conflict: the record, the field, the value kept and the other, each with its site', async () => {
    const onopenpairing = vi.fn();
    const oncount = vi.fn();
    render(ReviewScreen, { onopenpairing, oncount });
    const row = await screen.findByTestId('conflict');
    expect(within(row).getByTestId('conflict-kind').textContent).toBe('Партнёрство');
    expect(within(row).getByTestId('conflict-field').textContent?.trim()).toBe('Примечания');
    expect(within(row).getByTestId('conflict-kept').textContent).toBe('Встреча в Самарканде');
    expect(within(row).getByTestId('conflict-kept-site').textContent).toBe('из «Российский секретариат»');
    expect(within(row).getByTestId('conflict-other').textContent).toBe('Встреча в Бухаре');
    expect(within(row).getByTestId('conflict-other-site').textContent).toBe('из «Узбекский секретариат»');
    expect(oncount).toHaveBeenLastCalledWith(1);
    await fireEvent.click(within(row).getByTestId('conflict-open'));
    expect(onopenpairing).toHaveBeenCalledWith('p-1');
  });

  it('swaps in the other value, then the list and the count are read again', async () => {
    const oncount = vi.fn();
    render(ReviewScreen, { oncount });
    const row = await screen.findByTestId('conflict');
    vi.mocked(ipc.exchangeConflicts).mockResolvedValue([]);
    await fireEvent.click(within(row).getByTestId('conflict-swap'));
    expect(ipc.reviewConflict).toHaveBeenCalledWith('c-1', true);
    expect(await screen.findByTestId('review-empty')).toBeTruthy();
    expect(oncount).toHaveBeenLastCalledWith(0);
  });

  it('keeps the value the rule chose; a change to a record missing here can only be kept', async () => {
    vi.mocked(ipc.exchangeConflicts).mockResolvedValue([
      conflict({ id: 'c-2', kind: 'instruction', record_id: 'i-1', field: '*', kept: null, kept_site: TASHKENT_ID,
        other: '{"state":"reported"}', other_site: MOSCOW_ID }),
    ]);
    render(ReviewScreen, {});
    const row = await screen.findByTestId('conflict');
    expect(within(row).getByTestId('conflict-field').textContent?.trim()).toBe('вся запись');
    expect(within(row).queryByTestId('conflict-swap')).toBeNull();
    await fireEvent.click(within(row).getByTestId('conflict-keep'));
    expect(ipc.reviewConflict).toHaveBeenCalledWith('c-2', false);
  });

  it('never renders a value as markup', async () => {
    vi.mocked(ipc.exchangeConflicts).mockResolvedValue([conflict({ kept: '"<b>жирный</b>"' })]);
    render(ReviewScreen, {});
    const kept = await screen.findByTestId('conflict-kept');
    expect(kept.textContent).toBe('<b>жирный</b>');
    expect(kept.querySelector('b')).toBeNull();
  });
});
