import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { AuditEntry } from '../ipc';
import { fieldChanges } from './diff';
import HistoryScreen from './HistoryScreen.svelte';

vi.mock('../ipc');

const created: AuditEntry = {
  seq: 1, at: '2026-11-20T08:00:00.000Z', os_user: 'karimov', action: 'create', entity: 'pairing',
  record_id: 'p-1', before: null, site: null,
  after: { status: 'proposed', basis: { title: 'Протокол', number: '' }, updated_at: '2026-11-20T08:00:00.000Z' },
};
const changed: AuditEntry = {
  seq: 2, at: '2026-11-21T09:30:00.000Z', os_user: 'ivanova', action: 'update', entity: 'pairing', record_id: 'p-1',
  before: created.after, site: null,
  after: { status: 'active', basis: { title: '<b>Соглашение</b>', number: '17' }, updated_at: '2026-11-21T09:30:00.000Z' },
};

describe('field changes', () => {
  it('lists only the fields that changed, nested ones by path, without bookkeeping', () => {
    expect(fieldChanges(changed.before, changed.after)).toEqual([
      { field: 'status', before: 'proposed', after: 'active' },
      { field: 'basis.title', before: 'Протокол', after: '<b>Соглашение</b>' },
      { field: 'basis.number', before: '', after: '17' },
    ]);
    expect(fieldChanges(null, { sectors: ['energy', 'tourism'], notes: '' })).toEqual([
      { field: 'sectors', before: '', after: 'energy, tourism' },
    ]);
  });
});

describe('history screen', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.history).mockReset().mockResolvedValue([created, changed]);
    vi.mocked(ipc.recentChanges).mockReset().mockResolvedValue([changed, created]);
  });

  it('shows a record\u2019s changes newest first: who, what, and each field before and after, as text', async () => {
    const onloaded = vi.fn();
    render(HistoryScreen, { record: { entity: 'pairing', id: 'p-1' }, onloaded, onback: vi.fn() });
    await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
    expect(ipc.history).toHaveBeenCalledWith('pairing', 'p-1');
    const entries = screen.getAllByTestId('audit-entry');
    expect(entries.map((e) => e.dataset.action)).toEqual(['update', 'create']);
    const latest = within(entries[0]);
    expect(latest.getByText('ivanova')).toBeTruthy();
    expect(latest.getByText('Изменено')).toBeTruthy();
    const title = entries[0].querySelector('[data-field="basis.title"]');
    expect(title?.querySelector('.audit-after')?.textContent).toBe('<b>Соглашение</b>');
    expect(title?.querySelector('th')?.textContent).toBe('Наименование');
    expect(title?.querySelector('b')).toBeNull();
    expect(screen.getByText('История изменений: Партнёрство')).toBeTruthy();
  });

  it('lists recent changes of every record and filters them by type and user', async () => {
    const onloaded = vi.fn();
    const onopen = vi.fn();
    render(HistoryScreen, { onloaded, onopen });
    await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
    expect(ipc.recentChanges).toHaveBeenLastCalledWith({ entity: null, os_user: null, from: null, to: null, limit: 200 });
    await fireEvent.change(screen.getByTestId('audit-filter-entity'), { target: { value: 'session' } });
    await fireEvent.input(screen.getByTestId('audit-filter-user'), { target: { value: ' karimov ' } });
    // Dates as the screens show them, or as YYYY-MM-DD.
    await fireEvent.input(screen.getByTestId('audit-filter-from'), { target: { value: '01.11.2026' } });
    await fireEvent.input(screen.getByTestId('audit-filter-to'), { target: { value: '2026-11-30' } });
    await fireEvent.click(screen.getByTestId('audit-apply'));
    expect(ipc.recentChanges).toHaveBeenLastCalledWith({
      entity: 'session', os_user: 'karimov', from: '2026-11-01', to: '2026-11-30', limit: 200,
    });
    await fireEvent.click(screen.getAllByTestId('audit-record')[0]);
    expect(onopen).toHaveBeenCalledWith('pairing', 'p-1');
  });

  it('names an instruction\u2019s changes as its form does: labels, states, local dates and its number', async () => {
    const before = {
      id: '01a24e21-aaaa', number: 'S-2026-1', lead_body_id: 'b-1', lead_body: { ru: 'Минэнерго', uz: '', en: '' },
      state: 'assigned', report_count: 0, due_on: '2026-03-01', created_at: '2026-11-20T08:00:00.000Z',
    };
    const reported: AuditEntry = {
      seq: 3, at: '2026-11-22T09:30:00.000Z', os_user: 'ivanova', action: 'update', entity: 'instruction',
      record_id: '01a24e21-aaaa', before, site: null,
      after: { ...before, lead_body_id: 'b-2', lead_body: { ru: 'Правительство', uz: '', en: '' },
        state: 'reported', report_count: 1, due_on: '2026-04-15' },
    };
    const createdNow: AuditEntry = {
      seq: 2, at: '2026-11-20T08:00:00.000Z', os_user: 'ivanova', action: 'create', entity: 'instruction',
      record_id: '01a24e21-aaaa', before: null, after: before, site: null,
    };
    vi.mocked(ipc.recentChanges).mockResolvedValue([reported, createdNow]);
    const onloaded = vi.fn();
    render(HistoryScreen, { onloaded, onopen: vi.fn() });
    await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
    const [latest, first] = screen.getAllByTestId('audit-entry');
    expect(within(latest).getByTestId('audit-record-name').textContent).toBe('S-2026-1');
    const rows = [...latest.querySelectorAll('[data-testid="audit-change"]')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Ответственный исполнитель (ru)', 'Минэнерго', 'Правительство'],
      ['Состояние', 'Назначено', 'Отчёт представлен'],
      ['Отчётов', '0', '1'],
      ['Срок исполнения', '01.03.2026', '15.04.2026'],
    ]);
    const labels = [...first.querySelectorAll('[data-testid="audit-change"] th')].map((th) => th.textContent);
    expect(labels).not.toContain('created_at');
    expect(labels).not.toContain('lead_body_id');
    expect(first.textContent).not.toContain('2026-11-20T');
  });

  it('names the site a change came from, and none for this site\u2019s own changes', async () => {
    const moscowId = '0190aaaa-0000-7000-8000-000000000002';
    vi.mocked(ipc.history).mockResolvedValue([created, { ...changed, site: moscowId }]);
    vi.mocked(ipc.thisSite).mockResolvedValue({
      site: { id: 'here', name: { ru: 'Ташкент', uz: 'Toshkent', en: 'Tashkent' }, country: 'UZ', named: true, public_key: null },
      fingerprint: null,
    });
    vi.mocked(ipc.listPeers).mockResolvedValue([{
      peer: {
        id: moscowId, name: { ru: 'Москва', uz: 'Moskva', en: 'Moscow' }, country: 'RU', public_key: 'ab'.repeat(32),
        added_at: '2026-11-01T08:00:00.000Z', last_sent: 0, last_sent_at: null, last_received: 1, last_received_at: null, waiting: 0,
      },
      fingerprint: 'ABCD',
    }]);
    const onloaded = vi.fn();
    render(HistoryScreen, { record: { entity: 'pairing', id: 'p-1' }, onloaded, onback: vi.fn() });
    await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
    const [fromMoscow, own] = screen.getAllByTestId('audit-entry');
    await vi.waitFor(() => expect(within(fromMoscow).getByTestId('audit-site').textContent?.trim()).toBe('из «Москва»'));
    expect(within(own).queryByTestId('audit-site')).toBeNull();
  });

  it('names the officer of each change in the interface language, "before accounts" too, with the site beside', async () => {
    const ivanova = { ru: 'Иванова Наталья', uz: 'Ivanova Natalya', en: 'Natalya Ivanova' };
    const beforeAccounts = { ru: 'до учётных записей', uz: 'hisoblardan oldin', en: 'before accounts' };
    const moscowId = '0190aaaa-0000-7000-8000-000000000002';
    vi.mocked(ipc.recentChanges).mockResolvedValue([
      { ...changed, officer: ivanova, officer_id: 'o-1', site: moscowId },
      { ...created, officer: beforeAccounts },
    ]);
    vi.mocked(ipc.thisSite).mockResolvedValue({
      site: { id: 'here', name: { ru: 'Ташкент', uz: 'Toshkent', en: 'Tashkent' }, country: 'UZ', named: true, public_key: null },
      fingerprint: null,
    });
    vi.mocked(ipc.listPeers).mockResolvedValue([{
      peer: {
        id: moscowId, name: { ru: 'Москва', uz: 'Moskva', en: 'Moscow' }, country: 'RU', public_key: 'ab'.repeat(32),
        added_at: '2026-11-01T08:00:00.000Z', last_sent: 0, last_sent_at: null, last_received: 1, last_received_at: null, waiting: 0,
      },
      fingerprint: 'ABCD',
    }]);
    showLanguage('uz');
    const onloaded = vi.fn();
    render(HistoryScreen, { onloaded, onopen: vi.fn() });
    await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
    const [latest, first] = screen.getAllByTestId('audit-entry');
    const user = within(latest).getByTestId('audit-user');
    expect(user.textContent?.trim()).toBe('Ivanova Natalya');
    expect(user.title).toBe('ivanova');
    await vi.waitFor(() => expect(within(latest).getByTestId('audit-site').textContent).toContain('Moskva'));
    expect(within(first).getByTestId('audit-user').textContent?.trim()).toBe('hisoblardan oldin');
    showLanguage('en');
    await vi.waitFor(() => expect(user.textContent?.trim()).toBe('Natalya Ivanova'));
  });
});
