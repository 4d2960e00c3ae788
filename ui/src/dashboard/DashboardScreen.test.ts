import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { clocksAt, dashboard, energyMinistry, instruction, rate, session, summary, sverdlovskGovernment } from '../test/builders';
import DashboardScreen from './DashboardScreen.svelte';

vi.mock('../ipc');

async function renderScreen() {
  const onloaded = vi.fn();
  const onopencontrol = vi.fn();
  const onnewpairing = vi.fn();
  const onopensession = vi.fn();
  render(DashboardScreen, { onloaded, onopencontrol, onnewpairing, onopensession, onrestore: vi.fn() });
  await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
  return { onopencontrol, onnewpairing, onopensession };
}

describe('dashboard', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.dashboard).mockReset().mockResolvedValue(dashboard({
      most_overdue: [
        instruction({ id: 'i-1', number: '2.4', due_on: '2026-02-08', original_due_on: '2026-01-31', overdue: true }),
        instruction({ id: 'i-2', number: '3.1', overdue: true }),
      ],
      rates: [
        rate({ id: sverdlovskGovernment.id, label: sverdlovskGovernment.name, counted: 3, on_time: 1, rate: 1 / 3 }),
        rate({ id: energyMinistry.id, label: energyMinistry.name, counted: 4, on_time: 3, rate: 0.75 }),
        rate({ id: 'b-new', label: { ru: 'Агентство по туризму', uz: 'Turizm agentligi', en: 'Tourism agency' }, counted: 0, on_time: 0, late: 0, rate: null }),
      ],
      next_sessions: [],
    }));
  });

  it('shows the counts of the control summary and the date they are for', async () => {
    await renderScreen();
    expect(screen.getByTestId('dash-open-count').textContent).toBe('42');
    expect(screen.getByTestId('dash-overdue-count').textContent).toBe('7');
    expect(screen.getByTestId('dash-due-soon-count').textContent).toBe('5');
    expect(screen.getByTestId('dash-overdue').textContent).toContain('Просрочено');
    // The warning sign is drawn beside the word, in the text's colour, not taken from a font.
    expect(screen.getByTestId('dash-overdue').querySelector('svg[data-mark="warning"]')).not.toBeNull();
    expect(screen.getByTestId('dash-today').textContent).toBe('Сегодня 10.03.2026');
  });

  it('counts the instructions reported on time apart from the overdue and opens the list on them', async () => {
    vi.mocked(ipc.dashboard).mockResolvedValue(dashboard({ summary: summary({ overdue: 3, awaiting_review: 5 }) }));
    const { onopencontrol } = await renderScreen();
    expect(screen.getByTestId('dash-overdue-count').textContent).toBe('3');
    expect(screen.getByTestId('dash-awaiting-review-count').textContent).toBe('5');
    expect(screen.getByTestId('dash-awaiting-review').textContent).toContain('Отчёт в срок, ждёт рассмотрения');
    await fireEvent.click(screen.getByTestId('dash-awaiting-review'));
    expect(onopencontrol.mock.calls).toEqual([['awaitingReview']]);
  });

  it('opens the control list on what a card counts', async () => {
    const { onopencontrol } = await renderScreen();
    await fireEvent.click(screen.getByTestId('dash-open'));
    await fireEvent.click(screen.getByTestId('dash-overdue'));
    await fireEvent.click(screen.getByTestId('dash-due-soon'));
    expect(onopencontrol.mock.calls).toEqual([['open'], ['overdue'], ['dueSoon']]);
  });

  it('lists the most overdue, with how many days late', async () => {
    await renderScreen();
    const items = within(screen.getByTestId('dash-overdue-list')).getAllByTestId('dash-overdue-item');
    expect(items.map((i) => i.dataset.number)).toEqual(['2.4', '3.1']);
    expect(items[0].textContent).toContain('30 дн. просрочки');
    expect(within(items[0]).getByTestId('due-original').textContent).toContain('31.01.2026');
    expect(items[1].textContent).toContain('9 дн. просрочки');
  });

  it('draws the execution rate of each body as a bar with its percentage, and — when nothing counted', async () => {
    await renderScreen();
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

  it('lists the next sessions with their times on the clocks, and opens one', async () => {
    const at = (k: number) => `2026-03-${String(11 + k).padStart(2, '0')}T05:00:00.000Z`;
    const coming = [0, 2, 3, 4, 5].map((k) => session({ id: `s-${k}`, starts_at: at(k), start: clocksAt(at(k)) }));
    coming[0] = session({ id: 's-0', time_zone: 'Europe/Moscow', starts_at: at(0), start: clocksAt(at(0), 'Europe/Moscow'), ends_at: null, end: null });
    vi.mocked(ipc.dashboard).mockResolvedValue(dashboard({ next_sessions: coming }));
    const { onopensession } = await renderScreen();
    const rows = screen.getAllByTestId('dash-session');
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

  it('shows a failed load as a message and keeps the ways in to the lists', async () => {
    vi.mocked(ipc.dashboard).mockRejectedValue({ code: 'storage', message: 'Ошибка базы данных: файл занят', field: null });
    const { onopencontrol } = await renderScreen();
    expect(screen.getByRole('alert').textContent).toContain('файл занят');
    expect(screen.queryByTestId('dash-open-count')).toBeNull();
    await fireEvent.click(screen.getByTestId('dash-open-control'));
    expect(onopencontrol).toHaveBeenCalledWith(null);
  });
});
