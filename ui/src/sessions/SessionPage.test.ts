import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { Session } from '../ipc';
import { clocksAt, person, sectors, session, sessionEvent } from '../test/builders';
import { backendWith, mockSessionBackend, type Backend } from '../test/sessionBackend';
import SessionPage from './SessionPage.svelte';

vi.mock('../ipc');

const REASON_REQUIRED = 'Заполните поле «reason».';
let backend: Backend;

async function renderPage() {
  const onloaded = vi.fn();
  const ondeleted = vi.fn();
  render(SessionPage, { sessionId: 's-1', sectors, onback: vi.fn(), onopeninstruction: vi.fn(), ondeleted, onloaded });
  await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
  return { ondeleted };
}

const statusButtons = () =>
  within(screen.getByTestId('status-actions')).getAllByRole('button').map((b) => b.dataset.testid);

describe('session page', () => {
  beforeEach(() => {
    showLanguage('ru');
    backend = mockSessionBackend(backendWith([]));
  });

  it('shows title, kind, number, venue, status and the times on the venue and Moscow clocks', async () => {
    await renderPage();
    expect(screen.getByTestId('session-title').textContent).toContain('Третье заседание Совета регионов');
    expect(screen.getByTestId('session-kind-label').textContent).toBe('Заседание Совета');
    expect(screen.getByTestId('session-ordinal').textContent).toBe('№ 3');
    expect(screen.getByTestId('session-venue').textContent).toContain('Ташкент');
    expect(screen.getByTestId('session-status').textContent).toContain('Назначено');
    const clocks = within(screen.getByTestId('session-clocks'));
    const start = within(clocks.getByTestId('session-clock-start'));
    expect(start.getByTestId('clock-venue').textContent).toContain('27.05.2026 10:00');
    expect(start.getByTestId('clock-moscow').textContent).toBe('27.05.2026 08:00');
    expect(clocks.queryAllByTestId('clock-tashkent')).toHaveLength(0);
    expect(within(clocks.getByTestId('session-clock-end')).getByTestId('clock-venue').textContent).toContain('13:00');
  });

  it('shows Tashkent and Moscow both for a venue on another clock', async () => {
    const at = '2026-09-10T03:00:00.000Z';
    backend.session = session({ time_zone: 'Asia/Novosibirsk', starts_at: at, start: clocksAt(at, 'Asia/Novosibirsk'), end: null, ends_at: null });
    await renderPage();
    const start = within(screen.getByTestId('session-clock-start'));
    expect(start.getByTestId('clock-venue').textContent).toContain('10.09.2026 10:00');
    expect(start.getByTestId('clock-tashkent').textContent).toBe('10.09.2026 08:00');
    expect(start.getByTestId('clock-moscow').textContent).toBe('10.09.2026 06:00');
  });

  it('offers exactly the statuses the backend allows next', async () => {
    await renderPage();
    expect(statusButtons()).toEqual(['status-confirmed', 'status-postponed', 'status-cancelled']);
    backend.session = session({ status: 'held', next_statuses: ['minutes_approved'] });
    vi.mocked(ipc.changeSessionStatus).mockResolvedValue(backend.session);
    await fireEvent.click(screen.getByTestId('status-confirmed'));
    expect(ipc.changeSessionStatus).toHaveBeenCalledWith('s-1', { to: 'confirmed', new_start: null, reason: '' });
    await vi.waitFor(() => expect(statusButtons()).toEqual(['status-minutes_approved']));
    expect(screen.getByTestId('session-status').textContent).toContain('Проведено');
  });

  it('marks a session held only once the officer confirms, since it cannot be undone', async () => {
    backend.session = session({ status: 'confirmed', next_statuses: ['held', 'postponed', 'cancelled'] });
    vi.mocked(ipc.changeSessionStatus).mockResolvedValue(session({ status: 'held', next_statuses: ['minutes_approved'] }));
    await renderPage();
    await fireEvent.click(screen.getByTestId('status-held'));
    const question = screen.getByTestId('held-confirm');
    expect(question.textContent).toContain('Это нельзя отменить');
    expect(question.textContent).toContain('далее вносятся решения и протокол');
    await fireEvent.click(screen.getByTestId('held-keep'));
    expect(ipc.changeSessionStatus).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId('status-held'));
    await fireEvent.click(screen.getByTestId('held-go'));
    expect(ipc.changeSessionStatus).toHaveBeenCalledWith('s-1', { to: 'held', new_start: null, reason: '' });
    await vi.waitFor(() => expect(statusButtons()).toEqual(['status-minutes_approved']));
  });

  it('shows a refused change of status under the buttons', async () => {
    vi.mocked(ipc.changeSessionStatus).mockRejectedValue({
      code: 'invalid_transition', message: 'Такой переход не допускается: cancelled → confirmed.', field: 'status',
    });
    await renderPage();
    await fireEvent.click(screen.getByTestId('status-confirmed'));
    const message = await screen.findByTestId('status-error');
    expect(message.textContent).toContain('не допускается');
    expect(screen.getByTestId('status-confirmed').getAttribute('aria-describedby')).toBe(message.id);
  });

  it('cancels only with a reason: the backend’s required message shows by the reason field', async () => {
    vi.mocked(ipc.changeSessionStatus).mockImplementation(async (_, change) => {
      if (!change.reason) throw { code: 'required', message: REASON_REQUIRED, field: 'reason' };
      return session({ status: 'cancelled', status_reason: change.reason, next_statuses: [] });
    });
    await renderPage();
    await fireEvent.click(screen.getByTestId('status-cancelled'));
    await fireEvent.click(screen.getByTestId('status-change-save'));
    expect(ipc.changeSessionStatus).toHaveBeenCalledWith('s-1', { to: 'cancelled', new_start: null, reason: '' });
    const message = await screen.findByTestId('error-reason');
    expect(message.textContent).toBe('Заполните поле «Причина отмены».');
    expect(screen.getByTestId('status-reason').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('status-reason'));

    await fireEvent.input(screen.getByTestId('status-reason'), { target: { value: 'Перенос визита' } });
    await fireEvent.click(screen.getByTestId('status-change-save'));
    await vi.waitFor(() => expect(screen.getByTestId('session-status').textContent).toContain('Отменено'));
    expect(screen.queryByTestId('status-actions')).toBeNull();
    expect(screen.getByTestId('session-status-reason').textContent).toContain('Перенос визита');
  });

  it('postpones with a new start and a reason, and lists it in the history', async () => {
    const moved = clocksAt('2026-06-10T05:00:00.000Z');
    vi.mocked(ipc.changeSessionStatus).mockImplementation(async (_, change) => {
      vi.mocked(ipc.sessionEvents).mockResolvedValue([
        sessionEvent(),
        sessionEvent({ seq: 2, from_status: 'scheduled', to_status: 'postponed', reason: change.reason,
          old_start: backend.session.start, new_start: moved }),
      ]);
      return session({ status: 'postponed', next_statuses: ['scheduled', 'cancelled'], start: moved });
    });
    await renderPage();
    await fireEvent.click(screen.getByTestId('status-postponed'));
    await fireEvent.input(screen.getByTestId('status-new-start'), { target: { value: '2026-06-10 10:00' } });
    await fireEvent.input(screen.getByTestId('status-reason'), { target: { value: 'Просьба российской стороны' } });
    await fireEvent.click(screen.getByTestId('status-change-save'));
    expect(ipc.changeSessionStatus).toHaveBeenCalledWith('s-1', {
      to: 'postponed', new_start: '2026-06-10 10:00', reason: 'Просьба российской стороны',
    });
    const history = within(screen.getByTestId('session-history'));
    await vi.waitFor(() => expect(history.getAllByTestId('session-event')).toHaveLength(2));
    const last = history.getAllByTestId('session-event')[1].textContent;
    expect(last).toContain('Назначено → Перенесено');
    expect(last).toContain('27.05.2026 10:00 → 10.06.2026 10:00');
    expect(last).toContain('Причина: Просьба российской стороны');
    expect(screen.getByTestId('status-scheduled').textContent).toContain('новую дату');
  });

  it('edits the session in the side form, with wall-clock times in the venue zone', async () => {
    vi.mocked(ipc.listPeople).mockResolvedValue([person(), person({ id: 'pe-2', country: 'RU',
      full_name: { ru: 'Иванов Пётр', uz: 'Ivanov Pyotr', en: 'Pyotr Ivanov' } })]);
    vi.mocked(ipc.updateSession).mockReset().mockImplementation(async (_, input) =>
      session({ title: input.title, co_chairs: input.co_chairs, participants: input.participants }) as Session);
    await renderPage();
    await fireEvent.click(screen.getByTestId('session-edit'));
    expect((screen.getByTestId('session-start') as HTMLInputElement).value).toBe('2026-05-27 10:00');
    expect((screen.getByTestId('session-end') as HTMLInputElement).value).toBe('2026-05-27 13:00');
    expect((screen.getByTestId('session-zone') as HTMLSelectElement).value).toBe('Asia/Tashkent');
    await fireEvent.input(screen.getByTestId('session-title-uz'), { target: { value: 'Uchinchi majlis' } });
    await fireEvent.input(screen.getByTestId('session-end'), { target: { value: '2026-05-27 14:30' } });
    await fireEvent.change(screen.getByTestId('session-zone'), { target: { value: 'Asia/Samarkand' } });
    await fireEvent.click(screen.getByTestId('session-cochair-pe-1'));
    await fireEvent.click(screen.getByTestId('session-cochair-pe-2'));
    expect((screen.getByTestId('session-participant-pe-1') as HTMLInputElement).disabled).toBe(true);
    await fireEvent.click(screen.getByTestId('session-save'));
    expect(ipc.updateSession).toHaveBeenCalledWith('s-1', expect.objectContaining({
      kind: 'council_session', starts_at: '2026-05-27 10:00', ends_at: '2026-05-27 14:30', time_zone: 'Asia/Samarkand',
      title: expect.objectContaining({ uz: 'Uchinchi majlis' }), co_chairs: ['pe-2', 'pe-1'], participants: [],
    }), []);
    await vi.waitFor(() => expect(screen.queryByTestId('session-form')).toBeNull());
    expect(screen.getByTestId('session-cochairs').textContent).toBe('Иванов Пётр; Каримова Дильноза');
  });

  it('shows a refused time next to its field in the edit form', async () => {
    vi.mocked(ipc.updateSession).mockReset().mockRejectedValue({
      code: 'end_before_start', message: 'Окончание раньше начала.', field: 'ends_at',
    });
    await renderPage();
    await fireEvent.click(screen.getByTestId('session-edit'));
    await fireEvent.input(screen.getByTestId('session-end'), { target: { value: '2026-05-27 09:00' } });
    await fireEvent.click(screen.getByTestId('session-save'));
    expect((await screen.findByTestId('error-ends_at')).textContent).toBe('Окончание раньше начала.');
    expect(document.activeElement).toBe(screen.getByTestId('session-end'));
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('session-form')).toBeNull();
  });

  it('moves the session to the trash', async () => {
    vi.mocked(ipc.deleteSession).mockReset().mockResolvedValue(session({ deleted_at: '2026-05-01T00:00:00Z' }));
    const { ondeleted } = await renderPage();
    await fireEvent.click(screen.getByTestId('session-delete'));
    expect(ipc.deleteSession).toHaveBeenCalledWith('s-1');
    await vi.waitFor(() => expect(ondeleted).toHaveBeenCalled());
  });
});
