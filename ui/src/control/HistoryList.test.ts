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

  it('lists each reminder letter with its number, date, body and how it went, in the interface language', () => {
    const of = instruction();
    const body = { ru: 'Минэнерго', uz: 'Energetika vazirligi', en: 'Ministry of Energy' };
    render(HistoryList, {
      history: instructionHistory(of, {
        reminders: [
          { id: 'n-1', sent_on: '2026-12-03', letter_number: '01-12/4', channel: 'letter', body_id: 'b-1', body,
            at: '2026-12-03T07:00:00Z', os_user: 'saidova' },
          { id: 'n-2', sent_on: '2026-12-07', letter_number: '01-12/9', channel: 'email_file', body_id: 'b-1', body,
            at: '2026-12-07T07:00:00Z', os_user: 'saidova', officer: ivanova },
        ],
      }),
    });
    const reminders = screen.getAllByTestId('history-entry').filter((e) => e.dataset.kind === 'reminder');
    expect(reminders.map((e) => e.querySelector('[data-testid="history-reminder"]')?.textContent?.trim())).toEqual([
      'Напоминание № 01-12/4 от 03.12.2026: Минэнерго',
      'Напоминание № 01-12/9 от 07.12.2026: Минэнерго',
    ]);
    expect(reminders[1].textContent).toContain('файлом письма (.eml)');
    expect(reminders[1].textContent).toContain('Иванова Наталья');
  });
});
