import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { clocksAt, energyMinistry, instruction, rate, session, summary, sverdlovskGovernment } from '../test/builders';
import DashboardScreen from './DashboardScreen.svelte';

vi.mock('../ipc');

async function renderScreen() {
  const onloaded = vi.fn();
  const onopencontrol = vi.fn();
  const onnewpairing = vi.fn();
  const onopensession = vi.fn();
  render(DashboardScreen, { today: '2026-03-10', onloaded, onopencontrol, onnewpairing, onopensession });
  await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
  return { onopencontrol, onnewpairing, onopensession };
}

describe('dashboard', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.controlSummary).mockReset().mockResolvedValue(summary());
    vi.mocked(ipc.listInstructions).mockReset().mockResolvedValue([
      instruction({ id: 'i-1', number: '2.4', due_on: '2026-02-08', original_due_on: '2026-01-31', overdue: true }),
      instruction({ id: 'i-2', number: '3.1', overdue: true }),
    ]);
    vi.mocked(ipc.executionRates).mockReset().mockResolvedValue([
      rate({ id: sverdlovskGovernment.id, label: sverdlovskGovernment.name, counted: 3, on_time: 1, rate: 1 / 3 }),
      rate({ id: energyMinistry.id, label: energyMinistry.name, counted: 4, on_time: 3, rate: 0.75 }),
      rate({ id: 'b-new', label: { ru: 'Агентство по туризму', uz: 'Turizm agentligi', en: 'Tourism agency' }, counted: 0, on_time: 0, late: 0, rate: null }),
    ]);
    vi.mocked(ipc.listSessions).mockReset().mockResolvedValue([]);
  });

  it('shows the counts of the control summary and the date they are for', async () => {
    await renderScreen();
    expect(screen.getByTestId('dash-open-count').textContent).toBe('42');
    expect(screen.getByTestId('dash-overdue-count').textContent).toBe('7');
    expect(screen.getByTestId('dash-due-soon-count').textContent).toBe('5');
    expect(screen.getByTestId('dash-overdue').textContent).toContain('Просрочено');
    expect(screen.getByTestId('dash-today').textContent).toBe('Сегодня 10.03.2026');
  });

  it('opens the control list on what a card counts', async () => {
    const { onopencontrol } = await renderScreen();
    await fireEvent.click(screen.getByTestId('dash-open'));
    await fireEvent.click(screen.getByTestId('dash-overdue'));
    await fireEvent.click(screen.getByTestId('dash-due-soon'));
    expect(onopencontrol.mock.calls).toEqual([['open'], ['overdue'], ['dueSoon']]);
  });

  it('lists the ten most overdue, with how many days late', async () => {
    await renderScreen();
    expect(ipc.listInstructions).toHaveBeenCalledWith(expect.objectContaining({ overdue: true, open_only: true, limit: 10, offset: 0 }));
    const items = within(screen.getByTestId('dash-overdue-list')).getAllByTestId('dash-overdue-item');
    expect(items.map((i) => i.dataset.number)).toEqual(['2.4', '3.1']);
    expect(items[0].textContent).toContain('30 дн. просрочки');
    expect(within(items[0]).getByTestId('due-original').textContent).toContain('31.01.2026');
    expect(items[1].textContent).toContain('9 дн. просрочки');
  });

  it('draws the execution rate of each body as a bar with its percentage, and — when nothing counted', async () => {
    await renderScreen();
    expect(ipc.executionRates).toHaveBeenCalledWith('body');
    const rates = within(screen.getByTestId('dash-rates')).getAllByTestId('dash-rate');
    expect(rates.map((r) => within(r).getByTestId('dash-rate-value').textContent?.trim())).toEqual([
      '33\u00a0%', '75\u00a0%', '—',
    ]);
    expect(within(rates[0]).getByTestId('dash-rate-bar').getAttribute('width')).toBe('33');
    expect(within(rates[1]).getByTestId('dash-rate-bar').getAttribute('width')).toBe('75');
    expect(within(rates[2]).queryByTestId('dash-rate-bar')).toBeNull();
    expect(rates[0].textContent).toContain('Правительство Свердловской области');
    expect(rates[1].textContent).toContain('3 из 4 в срок');
    expect(rates[2].textContent).toContain('срок ещё не наступил');
  });

  it('keeps the quick links', async () => {
    const { onopencontrol, onnewpairing } = await renderScreen();
    await fireEvent.click(screen.getByTestId('dash-new-pairing'));
    await fireEvent.click(screen.getByTestId('dash-open-control'));
    expect(onnewpairing).toHaveBeenCalled();
    expect(onopencontrol).toHaveBeenCalledWith(null);
    expect(screen.getByTestId('dash-sessions').textContent).toContain('Ближайших заседаний нет');
  });

  it('lists the next five sessions from today with their times on the clocks, and opens one', async () => {
    const at = (k: number) => `2026-03-${String(11 + k).padStart(2, '0')}T05:00:00.000Z`;
    const coming = Array.from({ length: 7 }, (_, k) => session({
      id: `s-${k}`, starts_at: at(k), start: clocksAt(at(k)), status: k === 1 ? 'cancelled' : 'scheduled',
    }));
    coming[0] = session({ id: 's-0', time_zone: 'Europe/Moscow', starts_at: at(0), start: clocksAt(at(0), 'Europe/Moscow'), ends_at: null, end: null });
    vi.mocked(ipc.listSessions).mockResolvedValue(coming);
    const { onopensession } = await renderScreen();
    expect(ipc.listSessions).toHaveBeenCalledWith({ from: '2026-03-10', to: null, kind: null, status: null, deleted: false });
    const rows = screen.getAllByTestId('dash-session');
    // A cancelled session will not take place: the five are the next ones that will.
    expect(rows.map((r) => r.dataset.id)).toEqual(['s-0', 's-2', 's-3', 's-4', 's-5']);
    expect(rows[0].textContent).toContain('Третье заседание Совета регионов');
    expect(within(rows[0]).getByTestId('clock-venue').textContent).toContain('11.03.2026');
    expect(within(rows[0]).getByTestId('clock-venue').textContent).toContain('08:00');
    expect(within(rows[0]).getByTestId('clock-tashkent').textContent).toContain('10:00');
    expect(within(rows[1]).getByTestId('clock-moscow').textContent).toContain('08:00–11:00');
    expect(within(rows[1]).getByTestId('session-status').textContent).toContain('Назначено');
    await fireEvent.click(rows[1]);
    expect(onopensession).toHaveBeenCalledWith('s-2');
  });

  it('shows a failed load as a message and still shows what did load', async () => {
    vi.mocked(ipc.executionRates).mockRejectedValue({ code: 'storage', message: 'Ошибка базы данных: файл занят', field: null });
    await renderScreen();
    expect(screen.getByRole('alert').textContent).toContain('файл занят');
    expect(screen.getByTestId('dash-open-count').textContent).toBe('42');
  });
});
