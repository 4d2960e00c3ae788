import { render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { instruction, instructionHistory } from '../test/builders';
import { MOSCOW_ID, peerView, siteView } from '../test/exchange';
import HistoryList from './HistoryList.svelte';

vi.mock('../ipc');

const ivanova = { ru: 'Иванова Наталья', uz: 'Ivanova Natalya', en: 'Natalya Ivanova' };

describe('an instruction\u2019s history', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.thisSite).mockResolvedValue(siteView());
    vi.mocked(ipc.listPeers).mockResolvedValue([peerView()]);
  });

  it('names the officer of each change in the interface language, and the other site it came from', async () => {
    const of = instruction();
    render(HistoryList, {
      history: instructionHistory(of, {
        extensions: [{
          seq: 2, at: '2026-03-01T10:00:00Z', os_user: 'petrov', officer: ivanova, officer_id: 'o-1', site: MOSCOW_ID,
          old_due_on: '2026-03-01', new_due_on: '2026-04-15', reason: 'Ждём ответа',
        }],
      }),
    });
    const users = () => screen.getAllByTestId('history-user').map((u) => u.textContent);
    expect(users()).toEqual(['karimova', 'Иванова Наталья']);
    await vi.waitFor(() => expect(screen.getByTestId('history-site').textContent).toBe('из «Российский секретариат»'));
    showLanguage('en');
    await vi.waitFor(() => expect(users()).toEqual(['karimova', 'Natalya Ivanova']));
  });
});
