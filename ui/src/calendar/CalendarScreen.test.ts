import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { Holiday } from '../ipc';
import { clocksAt, person, sectors, session } from '../test/builders';
import CalendarScreen from './CalendarScreen.svelte';
import { registerChanged } from '../lib/live.svelte';

vi.mock('../ipc');

// 23:30 in Moscow on 27 May: 01:30 on 28 May in Tashkent, but the session is on the 27th where it is held.
const moscowEvening = session({
  id: 's-msk', kind: 'working_group', status: 'confirmed', ordinal: null, time_zone: 'Europe/Moscow',
  title: { ru: 'Рабочая группа по энергетике', uz: 'Energetika ishchi guruhi', en: 'Energy working group' },
  starts_at: '2026-05-27T20:30:00.000Z', start: clocksAt('2026-05-27T20:30:00.000Z', 'Europe/Moscow'),
  ends_at: null, end: null,
});
const councilSession = session({ id: 's-3', status: 'draft', starts_at: '2026-05-14T05:00:00.000Z' });

const holiday = (id: string, country: 'UZ' | 'RU', ru: string, en: string): Holiday => ({
  id, country, date: '2026-05-09', name: { ru, uz: '', en }, by_decree: false, user_edited: false,
  created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z', deleted_at: null,
});
const holidays = [
  holiday('h-ru', 'RU', 'День Победы', 'Victory Day'),
  holiday('h-uz', 'UZ', 'День памяти и почестей', 'Day of Remembrance and Honour'),
];

const day = (date: string) =>
  screen.getAllByTestId('calendar-day').find((d) => d.dataset.date === date)!;
const lastFilter = () => vi.mocked(ipc.listSessions).mock.lastCall?.[0];

async function renderCalendar() {
  const onloaded = vi.fn();
  const onopensession = vi.fn();
  render(CalendarScreen, { sectors, today: '2026-05-20', onopensession, onloaded });
  await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
  return { onopensession };
}

describe('calendar', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.listSessions).mockReset().mockResolvedValue([moscowEvening, councilSession]);
    vi.mocked(ipc.listPeople).mockReset().mockResolvedValue([person()]);
    vi.mocked(ipc.listPairings).mockReset().mockResolvedValue([]);
    vi.mocked(ipc.createSession).mockReset();
    vi.mocked(ipc.listHolidays).mockReset().mockImplementation(async ({ year }) => (year === 2026 ? holidays : []));
  });

  it('marks the public holidays of both countries on their days, named in the interface language', async () => {
    await renderCalendar();
    expect(vi.mocked(ipc.listHolidays)).toHaveBeenCalledWith({ year: 2026, country: null, deleted: false });
    const ninth = day('2026-05-09');
    expect(ninth.classList.contains('holiday')).toBe(true);
    const marks = within(ninth).getAllByTestId('calendar-holiday').map((m) => m.textContent?.trim());
    expect(marks).toEqual(['RU День Победы', 'UZ День памяти и почестей']);
    expect(ninth.getAttribute('aria-label')).toContain('праздник (Россия): День Победы');
    expect(ninth.getAttribute('aria-label')).toContain('выходной');
    expect(day('2026-05-12').classList.contains('holiday')).toBe(false);
  });

  it('shows the month from Monday, asking the backend for the days on screen', async () => {
    await renderCalendar();
    expect(lastFilter()).toEqual({ from: '2026-04-27', to: '2026-05-31', kind: null, status: null, deleted: false });
    expect(screen.getByTestId('calendar-period').textContent).toBe('Май 2026');
    expect(screen.getAllByTestId('calendar-day')).toHaveLength(35);
    expect(day('2026-05-20').getAttribute('aria-current')).toBe('date');
    expect(day('2026-05-20').tabIndex).toBe(0);
  });

  it('puts a session on its venue-local date with its venue time, kind and status', async () => {
    await renderCalendar();
    const chip = within(day('2026-05-27')).getByTestId('calendar-session');
    expect(chip.dataset.id).toBe('s-msk');
    expect(chip.textContent).toContain('23:30');
    expect(chip.textContent).toContain('Рабочая группа по энергетике');
    expect(chip.classList.contains('kind-working_group')).toBe(true);
    expect(chip.getAttribute('aria-label')).toContain('Подтверждено');
    expect(within(day('2026-05-28')).queryByTestId('calendar-session')).toBeNull();
    const draft = within(day('2026-05-14')).getByTestId('calendar-session');
    expect(draft.textContent).toContain('10:00');
    expect(draft.querySelector('[data-mark="draft"]')).not.toBeNull();
  });

  it('opens a session’s page from its chip', async () => {
    const { onopensession } = await renderCalendar();
    await fireEvent.click(within(day('2026-05-27')).getByTestId('calendar-session'));
    expect(onopensession).toHaveBeenCalledWith('s-msk');
    expect(screen.queryByTestId('session-form')).toBeNull();
  });

  it('opens the new-session form on the day clicked, and on the focused day with Enter', async () => {
    await renderCalendar();
    await fireEvent.click(day('2026-05-21'));
    expect((screen.getByTestId('session-start') as HTMLInputElement).value).toBe('2026-05-21 10:00');
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('session-form')).toBeNull();

    day('2026-05-20').focus();
    await fireEvent.keyDown(day('2026-05-20'), { key: 'ArrowRight' });
    await fireEvent.keyDown(day('2026-05-20'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(day('2026-05-27'));
    await fireEvent.keyDown(day('2026-05-27'), { key: 'Enter' });
    expect((screen.getByTestId('session-start') as HTMLInputElement).value).toBe('2026-05-27 10:00');
  });

  it('creates a session from the form (Ctrl+N) and opens its page', async () => {
    vi.mocked(ipc.createSession).mockResolvedValue(session({ id: 's-new' }));
    const { onopensession } = await renderCalendar();
    await fireEvent.keyDown(window, { key: 'n', code: 'KeyN', ctrlKey: true });
    expect((screen.getByTestId('session-start') as HTMLInputElement).value).toBe('2026-05-20 10:00');
    await fireEvent.change(screen.getByTestId('session-kind'), { target: { value: 'forum' } });
    await fireEvent.input(screen.getByTestId('session-title-ru'), { target: { value: 'Форум регионов' } });
    await fireEvent.input(screen.getByTestId('session-city-ru'), { target: { value: 'Казань' } });
    await fireEvent.change(screen.getByTestId('session-zone'), { target: { value: 'Europe/Moscow' } });
    await fireEvent.click(screen.getByTestId('session-save'));
    expect(ipc.createSession).toHaveBeenCalledWith(expect.objectContaining({
      kind: 'forum', starts_at: '2026-05-20 10:00', ends_at: null, time_zone: 'Europe/Moscow',
      title: { ru: 'Форум регионов', uz: '', en: '' }, venue_city: { ru: 'Казань', uz: '', en: '' },
    }), []);
    await vi.waitFor(() => expect(onopensession).toHaveBeenCalledWith('s-new'));
  });

  it('turns to the next month and back, and to the week with today', async () => {
    await renderCalendar();
    await fireEvent.click(screen.getByTestId('calendar-next'));
    expect(lastFilter()).toMatchObject({ from: '2026-06-01', to: '2026-07-05' });
    expect(screen.getByTestId('calendar-period').textContent).toBe('Июнь 2026');
    await fireEvent.click(screen.getByTestId('calendar-today'));
    await fireEvent.click(screen.getByTestId('calendar-week'));
    expect(lastFilter()).toMatchObject({ from: '2026-05-18', to: '2026-05-24' });
    expect(screen.getAllByTestId('calendar-day')).toHaveLength(7);
    expect(screen.getByTestId('calendar-week').getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(screen.getByTestId('calendar-prev'));
    expect(lastFilter()).toMatchObject({ from: '2026-05-11', to: '2026-05-17' });
  });

  it('lists every session, filtered by what is typed (Ctrl+F)', async () => {
    const { onopensession } = await renderCalendar();
    await fireEvent.click(screen.getByTestId('calendar-list'));
    expect(lastFilter()).toMatchObject({ from: null, to: null });
    await vi.waitFor(() => expect(screen.getAllByTestId('session-row')).toHaveLength(2));
    await fireEvent.keyDown(window, { key: 'f', code: 'KeyF', ctrlKey: true });
    expect(document.activeElement).toBe(screen.getByTestId('calendar-filter'));
    await fireEvent.input(screen.getByTestId('calendar-filter'), { target: { value: 'энергет' } });
    const rows = screen.getAllByTestId('session-row');
    expect(rows.map((r) => r.dataset.id)).toEqual(['s-msk']);
    expect(within(rows[0]).getByTestId('clock-venue').textContent).toContain('23:30');
    expect(within(rows[0]).getByTestId('clock-tashkent').textContent).toContain('01:30');
    await fireEvent.keyDown(rows[0], { key: 'Enter' });
    expect(onopensession).toHaveBeenCalledWith('s-msk');
  });
  it("shows a colleague's new session when the register changes on the hub, without reloading the window", async () => {
    await renderCalendar();
    expect(within(day('2026-05-21')).queryByTestId('calendar-session')).toBeNull();
    const colleagues = session({
      id: 's-new', kind: 'working_group', status: 'draft', ordinal: null, starts_at: '2026-05-21T06:00:00.000Z',
      title: { ru: 'Рабочая группа по туризму', uz: 'Turizm ishchi guruhi', en: 'Tourism working group' },
    });
    vi.mocked(ipc.listSessions).mockResolvedValue([moscowEvening, councilSession, colleagues]);
    const asked = vi.mocked(ipc.listSessions).mock.calls.length;
    registerChanged();
    await vi.waitFor(() => expect(within(day('2026-05-21')).getByTestId('calendar-session').textContent)
      .toContain('Рабочая группа по туризму'));
    expect(vi.mocked(ipc.listSessions).mock.calls.length).toBe(asked + 1);
  });
});

describe('calendar files', () => {
  beforeEach(() => {
    showLanguage('en');
    vi.mocked(ipc.listSessions).mockReset().mockResolvedValue([councilSession]);
    vi.mocked(ipc.listPeople).mockReset().mockResolvedValue([]);
    vi.mocked(ipc.listPairings).mockReset().mockResolvedValue([]);
    vi.mocked(ipc.listHolidays).mockReset().mockResolvedValue([]);
    vi.mocked(ipc.chooseIcsFile).mockReset().mockResolvedValue({ token: '7', name: 'wg.ics' });
    vi.mocked(ipc.exportSessionsIcs).mockReset().mockResolvedValue('/home/officer/may.ics');
    const report = (dry: boolean) => ({
      source: null, dry_run: dry, applied: !dry, taken: 1, already_present: 0, refused: 0, file_problems: [],
      rows: [{ row: 2, label: 'Transport working group', outcome: 'taken' as const, record_id: null, problems: [], notes: [] }],
    });
    vi.mocked(ipc.importSessionsIcs).mockReset().mockImplementation(async (_path, dry) => report(dry));
  });

  it('checks a calendar file first, then imports it and shows the new sessions', async () => {
    await renderCalendar();
    await fireEvent.click(screen.getByTestId('calendar-import-ics'));
    await vi.waitFor(() => expect(screen.getByTestId('import-report')).toBeTruthy());
    expect(ipc.importSessionsIcs).toHaveBeenLastCalledWith({ token: '7', name: 'wg.ics' }, true);
    expect(screen.getByTestId('import-row').textContent).toContain('Transport working group');
    const loads = vi.mocked(ipc.listSessions).mock.calls.length;
    await fireEvent.click(screen.getByTestId('import-apply'));
    await vi.waitFor(() => expect(screen.getByTestId('import-state').textContent).toBe('Imported.'));
    expect(ipc.importSessionsIcs).toHaveBeenLastCalledWith({ token: '7', name: 'wg.ics' }, false);
    expect(vi.mocked(ipc.listSessions).mock.calls.length).toBeGreaterThan(loads);
  });

  it('exports the days on screen in the interface language', async () => {
    await renderCalendar();
    await fireEvent.click(screen.getByTestId('calendar-export-ics'));
    await vi.waitFor(() => expect(screen.getByTestId('export-saved').textContent).toContain('/home/officer/may.ics'));
    const [session, filter, language, fileName] = vi.mocked(ipc.exportSessionsIcs).mock.lastCall!;
    expect([session, language]).toEqual([null, 'en']);
    expect(fileName).toMatch(/^sessions-\d{4}-\d{2}-\d{2}\.ics$/);
    expect(filter).toEqual({ ...lastFilter(), kind: null, status: null, deleted: false });
  });
});
