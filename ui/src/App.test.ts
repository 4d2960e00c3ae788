import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import App from './App.svelte';
import { showLanguage } from './i18n/index.svelte';
import * as ipc from './ipc';
import {
  about, agendaItem, body, dashboard, deadlineNotice, decision, instruction, pairing, reference, session,
} from './test/builders';
import { conflict, siteView } from './test/exchange';
import { backendWith, mockSessionBackend } from './test/sessionBackend';

vi.mock('./ipc');

async function renderApp() {
  const { container } = render(App);
  await vi.waitFor(() =>
    expect(container.querySelector('[data-ready="true"]')).not.toBeNull(),
  );
}

describe('app shell', () => {
  // Screens other than the dashboard load their code when first opened; compiling them here once keeps a
  // test's first visit from waiting on the compiler.
  beforeAll(async () => {
    await Promise.all([
      import('./bodies/BodiesScreen.svelte'), import('./calendar/CalendarScreen.svelte'),
      import('./control/ControlScreen.svelte'), import('./history/HistoryScreen.svelte'),
      import('./pairings/PairingPage.svelte'), import('./pairings/PairingsScreen.svelte'),
      import('./regions/RegionsScreen.svelte'), import('./sessions/SessionPage.svelte'),
      import('./settings/SettingsScreen.svelte'), import('./trash/TrashScreen.svelte'),
    ]);
  }, 60_000);

  beforeEach(() => {
    showLanguage('ru');
    localStorage.clear();
    vi.mocked(ipc.dashboard).mockReset().mockResolvedValue(dashboard());
    vi.mocked(ipc.listInstructions).mockReset().mockResolvedValue([instruction({ overdue: true })]);
    vi.mocked(ipc.listBodies).mockResolvedValue([body()]);
    vi.mocked(ipc.listPeople).mockResolvedValue([]);
    vi.mocked(ipc.reference).mockReset().mockResolvedValue(reference());
    vi.mocked(ipc.startupCheck).mockReset().mockResolvedValue(undefined);
    vi.mocked(ipc.lastDailyBackup).mockReset().mockResolvedValue(null);
    vi.mocked(ipc.exchangeConflicts).mockReset().mockResolvedValue([]);
    vi.mocked(ipc.deadlineNotice).mockReset().mockResolvedValue(deadlineNotice({ overdue: 0, due_soon: 0, first: [] }));
    vi.mocked(ipc.notifyDesktop).mockReset().mockResolvedValue(undefined);
    vi.mocked(ipc.thisSite).mockResolvedValue(siteView());
    vi.mocked(ipc.listPeers).mockResolvedValue([]);
    vi.mocked(ipc.setLanguage).mockReset().mockImplementation(async (lang) => about({ language: lang }));
    vi.mocked(ipc.listPairings).mockResolvedValue([pairing()]);
    vi.mocked(ipc.listSessions).mockReset().mockResolvedValue([session()]);
    vi.mocked(ipc.listHolidays).mockResolvedValue([]);
    // The calendar opens on today's month: a day in May 2026, when the sessions of these tests are.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 4, 20, 9, 0));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('says on every screen that a demonstration register is not the real one', async () => {
    vi.mocked(ipc.reference).mockResolvedValue(reference({ about: about({ demonstration: true }) }));
    await renderApp();
    expect(screen.getByTestId('demonstration-banner').textContent).toContain('Демонстрационный реестр');
  });

  it('counts in the navigation the conflicts of the exchange waiting for review, once the start-up check passed', async () => {
    vi.mocked(ipc.exchangeConflicts).mockResolvedValue([conflict(), conflict({ id: 'c-2' })]);
    await renderApp();
    expect((await screen.findByTestId('nav-review-count')).textContent).toBe('2');
    expect(ipc.startupCheck).toHaveBeenCalled();
  });

  it('gives the deadline notice once the start-up check passed, on the desktop too, and opens exactly those', async () => {
    vi.mocked(ipc.deadlineNotice).mockResolvedValue(deadlineNotice({
      overdue: 2, due_soon: 3, settings: { within_days: 14, desktop: true },
    }));
    await renderApp();
    const notice = await screen.findByTestId('deadline-notice');
    expect(notice.textContent).toContain('просрочено: 2');
    expect(ipc.notifyDesktop).toHaveBeenCalledWith(
      'Council Desk: сроки поручений', 'Просрочено: 2. Срок в ближайшие 14 дн.: 3.',
    );
    vi.mocked(ipc.listInstructions).mockClear();
    await fireEvent.click(screen.getByTestId('deadline-notice-open'));
    await vi.waitFor(() => expect(ipc.listInstructions).toHaveBeenCalled());
    expect(vi.mocked(ipc.listInstructions).mock.calls[0][0]).toMatchObject({
      open_only: true, overdue: true, due_within_days: 14,
    });
    expect((screen.getByTestId('filter-due-within') as HTMLSelectElement).value).toBe('14');
    expect((screen.getByTestId('filter-overdue') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByTestId('deadline-notice')).toBeNull();
  });

  it('gives no deadline notice when nothing is overdue or due soon', async () => {
    await renderApp();
    await vi.waitFor(() => expect(ipc.deadlineNotice).toHaveBeenCalled());
    expect(screen.queryByTestId('deadline-notice')).toBeNull();
    expect(ipc.notifyDesktop).not.toHaveBeenCalled();
  });

  it('starts on the dashboard, in Russian, once the first data is in', async () => {
    await renderApp();
    expect(screen.getByTestId('dash-open').textContent).toContain('42');
    expect(screen.getByTestId('nav-dashboard').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('nav-pairings').textContent?.trim()).toBe('Партнёрства');
    expect((screen.getByTestId('lang-select') as HTMLSelectElement).value).toBe('ru');
  });

  it('asks for the dashboard\u2019s data once at start, and afresh when the officer comes back to it', async () => {
    await renderApp();
    expect(ipc.dashboard).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByTestId('nav-settings'));
    await screen.findByTestId('about-version');
    await fireEvent.click(screen.getByTestId('nav-dashboard'));
    await screen.findByTestId('dash-open');
    expect(ipc.dashboard).toHaveBeenCalledTimes(2);
  });

  it('opens on the screen the officer left last time', async () => {
    const first = render(App);
    await vi.waitFor(() => expect(screen.getByTestId('nav-pairings')).toBeTruthy());
    await fireEvent.click(screen.getByTestId('nav-pairings'));
    first.unmount();
    await renderApp();
    expect(screen.getByTestId('pairings-table')).toBeTruthy();
    expect(screen.getByTestId('nav-pairings').getAttribute('aria-current')).toBe('page');
  });

  it('opens the control list on what a dashboard card counts', async () => {
    await renderApp();
    await fireEvent.click(screen.getByTestId('dash-overdue'));
    await screen.findByTestId('control-table');
    expect(vi.mocked(ipc.listInstructions).mock.lastCall?.[0]).toMatchObject({ overdue: true, open_only: true });
    expect((screen.getByTestId('filter-overdue') as HTMLInputElement).checked).toBe(true);
  });

  it('opens the new pairing form from the dashboard', async () => {
    await renderApp();
    await fireEvent.click(screen.getByTestId('dash-new-pairing'));
    expect(await screen.findByTestId('pairing-form')).toBeTruthy();
  });

  it('starts in the language the backend stored', async () => {
    vi.mocked(ipc.reference).mockResolvedValue(reference({ about: about({ language: 'en' }) }));
    await renderApp();
    expect(screen.getByTestId('nav-pairings').textContent?.trim()).toBe('Pairings');
    expect((screen.getByTestId('lang-select') as HTMLSelectElement).value).toBe('en');
  });

  it('switches the interface to Uzbek at once and stores the choice', async () => {
    await renderApp();
    await fireEvent.change(screen.getByTestId('lang-select'), { target: { value: 'uz' } });
    expect(screen.getByTestId('nav-pairings').textContent?.trim()).toBe('Hamkorliklar');
    expect(screen.getByTestId('nav-regions').textContent?.trim()).toBe('Hududlar');
    expect(screen.getByTestId('nav-trash').textContent?.trim()).toBe('Savat');
    expect(screen.getByTestId('nav-settings').textContent?.trim()).toBe('Sozlamalar');
    expect(screen.getByTestId('dash-overdue').textContent).toContain('Muddati oʻtgan');
    expect(screen.getByText('Yoshlar forumini oʻtkazish')).toBeTruthy();
    expect(ipc.setLanguage).toHaveBeenCalledWith('uz');

    await fireEvent.click(screen.getByTestId('nav-control'));
    const row = await screen.findByTestId('control-row');
    expect(row.textContent).toContain('Yoshlar forumini oʻtkazish');
    expect(row.textContent).toContain('Muddati oʻtgan');
    await fireEvent.change(screen.getByTestId('lang-select'), { target: { value: 'en' } });
    expect(row.textContent).toContain('Hold a youth forum');
    expect(screen.getByTestId('control-table').textContent).toContain('Lead executor');

    await fireEvent.click(screen.getByTestId('nav-pairings'));
    expect(await screen.findByText('Samarkand Region')).toBeTruthy();
  });

  it('shows About on the settings screen and switches language from there too', async () => {
    await renderApp();
    await fireEvent.click(screen.getByTestId('nav-settings'));
    expect((await screen.findByTestId('about-version')).textContent).toBe('0.1.0');
    expect(screen.getByTestId('about-db-path').textContent).toContain('council.db');
    await fireEvent.click(screen.getByTestId('settings-lang-en'));
    expect(ipc.setLanguage).toHaveBeenCalledWith('en');
    expect(screen.getByTestId('nav-settings').textContent?.trim()).toBe('Settings');
    expect((screen.getByTestId('lang-select') as HTMLSelectElement).value).toBe('en');
  });

  it('shows a failed start as a message and still becomes ready', async () => {
    vi.mocked(ipc.reference).mockRejectedValue({ code: 'storage', message: 'Ошибка базы данных: файл занят', field: null });
    await renderApp();
    expect(screen.getByRole('alert').textContent).toContain('файл занят');
  });

  it('shows the way out when the start-up check finds the database damaged after the first screen', async () => {
    const damaged = 'База данных повреждена (page 7). Восстановите последнюю резервную копию';
    vi.mocked(ipc.startupCheck).mockRejectedValue({ code: 'database_damaged', message: damaged, field: null });
    await renderApp();
    expect(screen.getByTestId('dash-open').textContent).toContain('42');
    expect((await screen.findByRole('alert')).textContent).toContain('повреждена');
    expect(ipc.startupCheck).toHaveBeenCalledTimes(1);
  });

  it('names a daily backup that went without some attachments in a banner until dismissed', async () => {
    vi.mocked(ipc.lastDailyBackup).mockResolvedValue({
      status: 'with_problems',
      at: '2026-12-07T05:00:00.000Z',
      path: '/backups/auto-2026-12-07.council-backup',
      missing: [{ attachment_id: 'a-1', name: 'Протокол.pdf', sha256: 'ab'.repeat(32), fault: 'missing' }],
      error: null,
    });
    await renderApp();
    const banner = await screen.findByTestId('daily-backup-banner');
    expect(banner.textContent).toContain('Настройки → Данные');
    expect(banner.textContent).toContain('без содержимого вложений: 1');
    await fireEvent.click(within(banner).getByRole('button'));
    expect(screen.queryByTestId('daily-backup-banner')).toBeNull();
  });

  it('shows no banner when the daily backup is complete', async () => {
    vi.mocked(ipc.lastDailyBackup).mockResolvedValue({
      status: 'ok', at: '2026-12-07T05:00:00.000Z', path: '/backups/auto.council-backup', missing: [], error: null,
    });
    await renderApp();
    await vi.waitFor(() => expect(ipc.lastDailyBackup).toHaveBeenCalled());
    expect(screen.queryByTestId('daily-backup-banner')).toBeNull();
  });

  it('opens a session from the dashboard and from the calendar, and goes back where it came from', async () => {
    mockSessionBackend(backendWith([]));
    vi.mocked(ipc.listPeople).mockResolvedValue([]);
    await renderApp();
    await fireEvent.click(await screen.findByTestId('dash-session'));
    expect(await screen.findByTestId('session-page')).toBeTruthy();
    expect(ipc.getSession).toHaveBeenCalledWith('s-1');
    expect(screen.getByTestId('nav-calendar').getAttribute('aria-current')).toBe('page');
    await fireEvent.click(screen.getByTestId('session-back'));
    expect(await screen.findByTestId('dash-open')).toBeTruthy();

    await fireEvent.click(screen.getByTestId('nav-calendar'));
    await fireEvent.click(await screen.findByTestId('calendar-session'));
    await screen.findByTestId('session-page');
    await fireEvent.click(screen.getByTestId('session-back'));
    expect(await screen.findByTestId('calendar-screen')).toBeTruthy();
  });

  it('opens an instruction of a session on the control screen', async () => {
    mockSessionBackend(backendWith([], {
      decisions: [decision({ id: 'd-3' })],
      instructions: [instruction({ id: 'i-1', decision_id: 'd-3' })],
    }));
    vi.mocked(ipc.instructionHistory).mockImplementation(async () => ({
      instruction: instruction(), extensions: [], reports: [], changes: [], edits: [], reminders: [],
    }));
    await renderApp();
    await fireEvent.click(await screen.findByTestId('dash-session'));
    await fireEvent.click(await screen.findByTestId('session-instruction'));
    const panel = await screen.findByTestId('instruction-panel');
    expect(panel.textContent).toContain('3.1');
    expect(screen.getByTestId('nav-control').getAttribute('aria-current')).toBe('page');
  });

  it('puts a deleted session in the trash with an Undo that brings it back', async () => {
    mockSessionBackend(backendWith([]));
    vi.mocked(ipc.deleteSession).mockResolvedValue(session());
    vi.mocked(ipc.restoreFromTrash).mockReset().mockResolvedValue();
    await renderApp();
    await fireEvent.click(await screen.findByTestId('dash-session'));
    await fireEvent.click(await screen.findByTestId('session-delete'));
    await fireEvent.click(await screen.findByTestId('toast-undo'));
    expect(ipc.restoreFromTrash).toHaveBeenCalledWith('session', 's-1');
    expect(await screen.findByTestId('session-page')).toBeTruthy();
  });

  it('switches the calendar and a session page to Uzbek and English at once', async () => {
    mockSessionBackend(backendWith([
      agendaItem({ id: 'a-1', kind: 'opening', duration_min: 90,
        title: { ru: 'Открытие заседания', uz: 'Majlisning ochilishi', en: 'Opening of the session' } }),
    ]));
    await renderApp();
    await fireEvent.click(screen.getByTestId('nav-calendar'));
    await screen.findByTestId('calendar-session');
    await fireEvent.change(screen.getByTestId('lang-select'), { target: { value: 'uz' } });
    expect(screen.getByTestId('nav-calendar').textContent?.trim()).toBe('Majlislar');
    expect(screen.getByTestId('calendar-month').textContent).toBe('Oy');
    expect(screen.getByTestId('calendar-session').textContent).toContain('Hududlar Kengashining uchinchi majlisi');

    await fireEvent.click(screen.getByTestId('calendar-session'));
    const page = within(await screen.findByTestId('session-page'));
    await page.findByTestId('agenda-row');
    expect(page.getByTestId('session-title').textContent).toContain('Hududlar Kengashining uchinchi majlisi');
    expect(page.getByTestId('session-status').textContent).toContain('Belgilangan');
    expect(page.getByTestId('agenda-row').textContent).toContain('Majlisning ochilishi');
    expect(page.getByTestId('agenda-row').textContent).toContain('Ochilish');
    expect(page.getByTestId('agenda-total').textContent).toContain('Jami: 1 soat 30 daq');
    expect(page.getByTestId('agenda-approve').textContent).toContain('Kun tartibini tasdiqlash');
    expect(within(page.getByTestId('agenda-row')).getByTestId('clock-moscow').textContent).toContain('Moskva');

    await fireEvent.change(screen.getByTestId('lang-select'), { target: { value: 'en' } });
    expect(page.getByTestId('agenda-row').textContent).toContain('Opening of the session');
    expect(page.getByTestId('status-confirmed').textContent?.trim()).toBe('Confirm');
    expect(page.getByTestId('session-clocks').textContent).toContain('Moscow');
  });
});
