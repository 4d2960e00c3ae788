import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { ScheduleConflict } from '../ipc';
import { clocksAt, person, sectors, session } from '../test/builders';
import SessionForm from './SessionForm.svelte';

vi.mock('../ipc');

const holiday: ScheduleConflict = {
  key: 'holiday:h-1:2026-09-01',
  kind: 'holiday',
  session: null,
  holiday: {
    id: 'h-1', country: 'UZ', date: '2026-09-01', by_decree: false, user_edited: false,
    name: { ru: 'День независимости', uz: 'Mustaqillik kuni', en: 'Independence Day' },
    created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z', deleted_at: null,
  },
  person: null,
  message: {
    ru: '2026-09-01 — праздничный день в Узбекистане: День независимости.',
    uz: '2026-09-01 — Oʻzbekistonda bayram kuni: Mustaqillik kuni.',
    en: '2026-09-01 is a public holiday in Uzbekistan: Independence Day.',
  },
};

const busy: ScheduleConflict = {
  key: 'person_busy:p-1:s-9',
  kind: 'person_busy',
  session: { id: 's-9', title: { ru: 'Рабочая группа', uz: 'Ishchi guruh', en: 'Working group' },
    start: clocksAt('2026-09-01T05:00:00.000Z') },
  holiday: null,
  person: { id: 'p-1', name: { ru: 'Каримов', uz: 'Karimov', en: 'Karimov' }, role: 'co_chair', other_role: 'participant' },
  message: {
    ru: 'Каримов в это время занят(а): участник, «Рабочая группа», 2026-09-01 10:00 (Asia/Tashkent).',
    uz: 'Karimov bu vaqtda band: ishtirokchi, «Ishchi guruh», 2026-09-01 10:00 (Asia/Tashkent).',
    en: 'Karimov is busy at that time: participant, “Working group”, 2026-09-01 10:00 (Asia/Tashkent).',
  },
};

function renderForm(date = '2026-09-01') {
  const onsaved = vi.fn();
  const oncancel = vi.fn();
  render(SessionForm, { date, people: [person()], pairings: [], sectors, onsaved, oncancel });
  return { onsaved, oncancel };
}

/** The warnings the backend raises as it saves; a save is refused unless it confirms every one of them. */
let raised: ScheduleConflict[] = [];

function refusingBackend() {
  vi.mocked(ipc.createSession).mockReset().mockImplementation(async (_, confirmed) => {
    if (raised.every((w) => confirmed.includes(w.key))) return session({ id: 's-new' });
    throw { code: 'schedule_conflicts', message: `Scheduling warnings: ${raised.length}.`, field: null, conflicts: raised };
  });
}

async function typeTitle() {
  await fireEvent.input(screen.getByTestId('session-title-en'), { target: { value: 'Energy working group' } });
}

describe('session form warnings', () => {
  beforeEach(() => {
    showLanguage('en');
    raised = [holiday, busy];
    refusingBackend();
    vi.mocked(ipc.previewSeries).mockReset();
    vi.mocked(ipc.createSeries).mockReset();
  });

  it('shows every warning the refused save carries, in the interface language, and saves only when confirmed', async () => {
    const { onsaved } = renderForm();
    await typeTitle();
    await fireEvent.click(screen.getByTestId('session-save'));
    const box = await screen.findByTestId('schedule-warnings');
    expect(ipc.createSession).toHaveBeenCalledWith(expect.objectContaining({ starts_at: '2026-09-01 10:00' }), []);
    const items = within(box).getAllByTestId('schedule-warning');
    expect(items.map((i) => i.dataset.kind)).toEqual(['holiday', 'person_busy']);
    expect(items[0].textContent).toBe('2026-09-01 is a public holiday in Uzbekistan: Independence Day.');
    expect(onsaved).not.toHaveBeenCalled();

    await fireEvent.click(within(box).getByTestId('schedule-anyway'));
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalled());
    expect(ipc.createSession).toHaveBeenLastCalledWith(expect.anything(), [holiday.key, busy.key]);
    expect(screen.queryByTestId('form-error')).toBeNull();
  });

  it('a warning raised after the officer saw the others refuses the confirmed save and is shown', async () => {
    raised = [holiday];
    const { onsaved } = renderForm();
    await typeTitle();
    await fireEvent.click(screen.getByTestId('session-save'));
    await screen.findByTestId('schedule-warnings');
    // Meanwhile someone books Karimov at that time: the confirmed save is refused with both warnings.
    raised = [holiday, busy];
    await fireEvent.click(screen.getByTestId('schedule-anyway'));
    await vi.waitFor(() =>
      expect(screen.getAllByTestId('schedule-warning').map((i) => i.dataset.kind)).toEqual(['holiday', 'person_busy']));
    expect(ipc.createSession).toHaveBeenLastCalledWith(expect.anything(), [holiday.key]);
    expect(onsaved).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByTestId('schedule-anyway'));
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalled());
    expect(ipc.createSession).toHaveBeenLastCalledWith(expect.anything(), [holiday.key, busy.key]);
  });

  it('saves at once when there is nothing to warn about', async () => {
    raised = [];
    const { onsaved } = renderForm('2026-09-02');
    await typeTitle();
    await fireEvent.click(screen.getByTestId('session-save'));
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalled());
    expect(ipc.createSession).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('schedule-warnings')).toBeNull();
  });

  it('Escape and "Back" close the warnings but keep the form and what was typed', async () => {
    showLanguage('uz');
    const { oncancel, onsaved } = renderForm();
    await typeTitle();
    await fireEvent.click(screen.getByTestId('session-save'));
    const box = await screen.findByTestId('schedule-warnings');
    expect(box.textContent).toContain('Oʻzbekistonda bayram kuni');
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('schedule-warnings')).toBeNull();
    expect(oncancel).not.toHaveBeenCalled();
    expect((screen.getByTestId('session-title-en') as HTMLInputElement).value).toBe('Energy working group');

    await fireEvent.click(screen.getByTestId('session-save'));
    await fireEvent.click(await screen.findByTestId('schedule-back'));
    expect(screen.queryByTestId('schedule-warnings')).toBeNull();
    expect(onsaved).not.toHaveBeenCalled();
  });

  it('a change after the warnings hides them: the next save confirms nothing', async () => {
    renderForm();
    await typeTitle();
    await fireEvent.click(screen.getByTestId('session-save'));
    await screen.findByTestId('schedule-warnings');
    await fireEvent.input(screen.getByTestId('session-start'), { target: { value: '2026-09-02 10:00' } });
    expect(screen.queryByTestId('schedule-warnings')).toBeNull();
    raised = [];
    await fireEvent.click(screen.getByTestId('session-save'));
    await vi.waitFor(() => expect(ipc.createSession).toHaveBeenLastCalledWith(
      expect.objectContaining({ starts_at: '2026-09-02 10:00' }), [],
    ));
  });
});

describe('repeat', () => {
  beforeEach(() => {
    showLanguage('en');
    vi.mocked(ipc.createSession).mockReset();
    vi.mocked(ipc.previewSeries).mockReset().mockResolvedValue({
      dates: ['2026-12-01', '2026-12-08', '2026-12-15'],
      conflicts: [{ date: '2026-12-08', conflicts: [holiday] }],
    });
    vi.mocked(ipc.createSeries).mockReset().mockResolvedValue({
      id: 'series-1', occurrences: [{ date: '2026-12-01', session: session({ id: 's-first' }) }],
    } as unknown as ipc.SessionSeries);
  });

  it('shows the dates a weekly series will create, with their warnings, before creating it', async () => {
    const { onsaved } = renderForm('2026-12-01');
    await typeTitle();
    await fireEvent.click(screen.getByTestId('repeat-on'));
    expect((screen.getByTestId('repeat-weekday') as HTMLSelectElement).value).toBe('tuesday');
    await fireEvent.input(screen.getByTestId('repeat-until'), { target: { value: '2026-12-15' } });
    await fireEvent.click(screen.getByTestId('session-save'));

    const preview = await screen.findByTestId('series-preview');
    expect(ipc.previewSeries).toHaveBeenCalledWith(expect.objectContaining({
      session: expect.objectContaining({ starts_at: '2026-12-01 10:00' }),
      rule: { repeat: { kind: 'weekly', every_weeks: 1, weekday: 'tuesday' }, end: { kind: 'until', date: '2026-12-15' } },
      exceptions: [],
    }));
    const dates = within(preview).getAllByTestId('series-date');
    expect(dates.map((d) => d.dataset.date)).toEqual(['2026-12-01', '2026-12-08', '2026-12-15']);
    expect(within(dates[1]).getByTestId('series-date-warning').textContent).toContain('Independence Day');
    expect(within(dates[0]).queryByTestId('series-date-warning')).toBeNull();
    expect(ipc.createSeries).not.toHaveBeenCalled();

    await fireEvent.click(within(preview).getByTestId('series-confirm'));
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledWith(expect.objectContaining({ id: 's-first' })));
    expect(ipc.createSeries).toHaveBeenCalledTimes(1);
    expect(ipc.createSession).not.toHaveBeenCalled();
  });

  it('repeats on the weekday of the start the officer typed, until three months later', async () => {
    renderForm('2026-11-29');
    await fireEvent.input(screen.getByTestId('session-start'), { target: { value: '2027-01-05 15:00' } });
    await fireEvent.click(screen.getByTestId('repeat-on'));
    expect((screen.getByTestId('repeat-weekday') as HTMLSelectElement).value).toBe('tuesday');
    expect((screen.getByTestId('repeat-until') as HTMLInputElement).value).toBe('2027-04-06');
  });

  it('asks for the n-th weekday of the month', async () => {
    renderForm('2026-12-01');
    await fireEvent.click(screen.getByTestId('repeat-on'));
    await fireEvent.change(screen.getByTestId('repeat-kind'), { target: { value: 'monthly_weekday' } });
    await fireEvent.change(screen.getByTestId('repeat-week'), { target: { value: 'last' } });
    await fireEvent.change(screen.getByTestId('repeat-weekday'), { target: { value: 'friday' } });
    await fireEvent.click(screen.getByTestId('session-save'));
    await screen.findByTestId('series-preview');
    expect(vi.mocked(ipc.previewSeries).mock.lastCall?.[0].rule).toEqual({
      repeat: { kind: 'monthly_weekday', week: 'last', weekday: 'friday' },
      end: { kind: 'until', date: '2027-03-02' },
    });
  });
});
