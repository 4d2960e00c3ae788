import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { CouncilOverview, IndicatorProgress, PortfolioRow } from '../ipc';
import OverviewScreen from './OverviewScreen.svelte';

vi.mock('../ipc');

const turnover: IndicatorProgress = {
  indicator: {
    id: 'ind-1', code: 'trade_turnover', name: { ru: 'Товарооборот', uz: 'Tovar aylanmasi', en: 'Trade turnover' },
    unit: 'usd_million', measure: 'annual', target_kind: 'reach', target_milli: 30_000_000, position: 1,
    created_at: '', updated_at: '', deleted_at: null,
  },
  values: [
    { id: 'v-1', indicator_id: 'ind-1', year: 2025, quarter: null, value_milli: 12_500_000,
      source: 'Oʻzbekiston statistika agentligi', as_of: '2026-02-15', created_at: '', updated_at: '', deleted_at: null },
    { id: 'v-2', indicator_id: 'ind-1', year: 2026, quarter: 1, value_milli: 3_000_000,
      source: 'Oʻzbekiston statistika agentligi', as_of: '2026-04-30', created_at: '', updated_at: '', deleted_at: null },
  ],
  years: [
    { year: 2025, value_milli: 12_500_000, partial: false },
    { year: 2026, value_milli: 3_000_000, partial: true },
  ],
  current_milli: 3_000_000, current_period: '2026', progress: 0.1,
};

const ventures: IndicatorProgress = {
  indicator: {
    id: 'ind-2', code: 'joint_ventures', name: { ru: 'Совместные предприятия', uz: 'Qoʻshma korxonalar', en: '' },
    unit: 'count', measure: 'stock', target_kind: 'more_than', target_milli: 3_000_000, position: 2,
    created_at: '', updated_at: '', deleted_at: null,
  },
  values: [], years: [], current_milli: null, current_period: '', progress: null,
};

function row(key: string, ru: string, cents: number, projects: number): PortfolioRow {
  return { key, label: { ru, uz: ru, en: ru }, projects, total_usd_cents: cents, unconverted: 0, unconverted_amounts: [] };
}

const overview: CouncilOverview = {
  today: '2026-11-29',
  indicators: [turnover, ventures],
  portfolio_by_sector: {
    by: 'sector', as_of: '2026-11-29', missing_rates: [],
    rows: [row('energy', 'Энергетика', 150_000_000_000, 3), row('culture', 'Культура', 0, 1)],
    total: row('', 'Итого', 150_000_000_000, 4),
  },
  portfolio_by_pairing: {
    by: 'pairing', as_of: '2026-11-29', missing_rates: [],
    rows: [row('p-1', 'Самаркандская область — Свердловская область', 120_000_000_000, 3),
      row('', 'Без партнёрства', 30_000_000_000, 1)],
    total: row('', 'Итого', 150_000_000_000, 4),
  },
  agreements_by_year: [{ key: '2025', label: { ru: '2025', uz: '2025', en: '2025' }, count: 7 }],
  execution: { counted: 40, on_time: 30, late: 6, overdue: 4, rate: 0.75 },
  execution_by_pairing: [],
  sessions_held: [{ year: 2026, council_sessions: 1, other: 5 }],
};

async function renderScreen() {
  const props = { onopenpairing: vi.fn(), onopencontrol: vi.fn(), onopencalendar: vi.fn(), onloaded: vi.fn() };
  render(OverviewScreen, props);
  await vi.waitFor(() => expect(props.onloaded).toHaveBeenCalled());
  return props;
}

describe('council overview', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.councilOverview).mockReset().mockResolvedValue(overview);
  });

  it('shows each target with its figure, progress and source, and says when nothing was entered', async () => {
    await renderScreen();
    const [first, second] = screen.getAllByTestId('overview-target');
    const card = within(first);
    expect(card.getByText('Товарооборот')).toBeTruthy();
    expect(card.getByTestId('overview-target-goal').textContent).toBe('Цель: 30 млрд $');
    expect(card.getByTestId('overview-target-current').textContent?.trim()).toBe('3 млрд $ — 2026');
    expect(card.getByTestId('overview-target-progress').textContent?.trim()).toMatch(/^10\s%\sцели$/);
    expect(card.getByTestId('overview-source').textContent).toContain('Oʻzbekiston statistika agentligi');
    expect(within(second).getByTestId('overview-target-goal').textContent).toBe('Цель: более 3\u00A0000');
    expect(within(second).getByText('Значения ещё не внесены')).toBeTruthy();
  });

  it('draws the trend as an accessible chart whose values are written as text, a year not over marked so', async () => {
    await renderScreen();
    const chart = screen.getByTestId('overview-trend');
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.querySelector('title')?.textContent).toBe('Товарооборот: динамика по годам');
    expect(chart.querySelector('desc')?.textContent).toBe('2025: 12,5 млрд $; 2026 (неполный): 3 млрд $');
    const labels = [...chart.querySelectorAll('text')].map((text) => text.textContent);
    expect(labels).toEqual(['2025', '12,5 млрд $', '2026 (неполный)', '3 млрд $']);
    // The year not over is hatched, inline, where no stylesheet can paint it solid; the full year is not.
    const [full, partial] = [...chart.querySelectorAll('rect.chart-bar')] as SVGRectElement[];
    expect(partial.style.fill).toMatch(/^url\(["']?#.*-hatch["']?\)$/);
    expect(full.style.fill).toBe('');
  });

  it('lists the pairings by their share of the portfolio and opens the one clicked', async () => {
    const props = await renderScreen();
    const pairings = within(screen.getByTestId('overview-by-pairing'));
    expect(pairings.getByText(/Всего по реестру: 1,5 млрд \$/)).toBeTruthy();
    expect(pairings.getByText(/80\s%/)).toBeTruthy();
    await fireEvent.click(pairings.getByTestId('overview-pairing'));
    expect(props.onopenpairing).toHaveBeenCalledWith('p-1');
    // A sector with nothing valued is not drawn as an empty bar.
    const sectors = screen.getByTestId('overview-sector-chart');
    expect(sectors.querySelector('desc')?.textContent).toBe('Энергетика: 1,5 млрд $');
  });

  it('draws the pairings on the map, whose lines open a pairing like the list does', async () => {
    vi.mocked(ipc.pairingMap).mockResolvedValue({
      since: '2025-11-30',
      today: '2026-11-29',
      pairings: [{
        pairing_id: 'p-1', status: 'active', sessions_held: 1, projects_active: 2, projects_started: 1, level: 'busy',
        uz_region: { id: 'r-1', iso_code: 'UZ-SA', name: { ru: 'Самаркандская область', uz: '', en: '' } },
        ru_region: { id: 'r-2', iso_code: 'RU-SVE', name: { ru: 'Свердловская область', uz: '', en: '' } },
      }],
    });
    const props = await renderScreen();
    const line = await screen.findByTestId('map-line');
    await fireEvent.click(line);
    expect(props.onopenpairing).toHaveBeenCalledWith('p-1');
  });

  it('goes from the execution rate to the overdue instructions and from the sessions to the calendar', async () => {
    const props = await renderScreen();
    expect(screen.getByTestId('overview-execution-rate').textContent).toMatch(/В срок исполнено 75\s% \(30 из 40\)/);
    await fireEvent.click(screen.getByTestId('overview-open-overdue'));
    expect(props.onopencontrol).toHaveBeenCalledWith('overdue');
    expect(screen.getByTestId('overview-sessions').textContent).toContain('2026: заседаний Совета — 1, других встреч — 5');
    await fireEvent.click(screen.getByTestId('overview-open-calendar'));
    expect(props.onopencalendar).toHaveBeenCalled();
  });

  it('speaks Uzbek with its own letters', async () => {
    showLanguage('uz');
    await renderScreen();
    expect(screen.getByText('Kengash raqamlarda')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Qoʻshma korxonalar' })).toBeTruthy();
    expect(screen.getByTestId('overview-trend').querySelector('title')?.textContent).toBe(
      'Tovar aylanmasi: yillar boʻyicha dinamika',
    );
  });

  it('shows the error when the overview cannot be read', async () => {
    vi.mocked(ipc.councilOverview).mockReset().mockRejectedValue({ code: 'storage', message: 'Диск недоступен', field: null });
    await renderScreen();
    expect(screen.getByText(/Диск недоступен/)).toBeTruthy();
    expect(screen.queryByTestId('overview-target')).toBeNull();
  });

  it('enters the value of a quarter with its source and shows the overview again with it', async () => {
    const saved = { ...turnover.values[1], id: 'v-3', quarter: 2, value_milli: 3_200_000 };
    vi.mocked(ipc.addIndicatorValue).mockReset().mockResolvedValue(saved);
    await renderScreen();
    const form = within(screen.getByTestId('value-form'));
    await fireEvent.change(form.getByLabelText('Квартал'), { target: { value: '2' } });
    await fireEvent.input(form.getByTestId('value-value'), { target: { value: '3 200' } });
    await fireEvent.input(form.getByTestId('value-source'), { target: { value: 'Oʻzbekiston statistika agentligi' } });
    await fireEvent.click(form.getByTestId('value-save'));
    await vi.waitFor(() => expect(ipc.councilOverview).toHaveBeenCalledTimes(2));
    expect(ipc.addIndicatorValue).toHaveBeenCalledWith({
      indicator_id: 'ind-1', year: 2026, quarter: 2, value: '3 200', source: 'Oʻzbekiston statistika agentligi',
      as_of: '2026-11-29',
    });
  });

  it('shows a refused period on the quarter and keeps what was typed', async () => {
    vi.mocked(ipc.addIndicatorValue).mockReset().mockRejectedValue({
      code: 'indicator_value_exists', field: 'quarter',
      message: 'За период 2026 Q1 значение уже внесено — исправьте его. Ничего не сохранено.',
    });
    await renderScreen();
    const form = within(screen.getByTestId('value-form'));
    await fireEvent.change(form.getByLabelText('Квартал'), { target: { value: '1' } });
    await fireEvent.input(form.getByTestId('value-value'), { target: { value: '2 900' } });
    await fireEvent.click(form.getByTestId('value-save'));
    expect((await form.findByTestId('error-quarter')).textContent).toContain('За период 2026 Q1 значение уже внесено');
    expect(form.getByLabelText('Квартал').getAttribute('aria-invalid')).toBe('true');
    expect((form.getByTestId('value-value') as HTMLInputElement).value).toBe('2 900');
    expect(ipc.councilOverview).toHaveBeenCalledTimes(1);
  });

  it('lists every value of a target as text and saves the indicators as a workbook', async () => {
    vi.mocked(ipc.exportIndicatorsXlsx).mockReset().mockResolvedValue('/home/officer/indicators.xlsx');
    await renderScreen();
    const rows = [...screen.getByTestId('overview-values').querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].slice(0, 4).map((td) => td.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['2025', '12,5 млрд $', 'Oʻzbekiston statistika agentligi', '15.02.2026'],
      ['2026, 1-й кв.', '3 млрд $', 'Oʻzbekiston statistika agentligi', '30.04.2026'],
    ]);
    await fireEvent.click(screen.getByTestId('overview-export-xlsx'));
    expect(ipc.exportIndicatorsXlsx).toHaveBeenCalledWith('ru', 'indicators.xlsx');
    expect((await screen.findByTestId('export-saved')).textContent).toContain('/home/officer/indicators.xlsx');
  });

  it('opens the print preview on the progress report', async () => {
    vi.mocked(ipc.previewDocument).mockReset().mockReturnValue(new Promise(() => {}));
    await renderScreen();
    await fireEvent.click(screen.getByTestId('overview-print'));
    await vi.waitFor(() => expect(ipc.previewDocument).toHaveBeenCalled());
    expect(vi.mocked(ipc.previewDocument).mock.calls[0][0]).toEqual({ kind: 'report' });
  });

  it('corrects a value chosen in its table, the form filled with it, and shows the overview again', async () => {
    const saved = { ...turnover.values[1], value_milli: 3_100_000 };
    vi.mocked(ipc.updateIndicatorValue).mockReset().mockResolvedValue(saved);
    vi.mocked(ipc.addIndicatorValue).mockReset();
    await renderScreen();
    const [, quarter] = screen.getAllByTestId('overview-value-row');
    await fireEvent.click(within(quarter).getByRole('button', { name: 'Исправить значение за 2026, 1-й кв.' }));
    const form = within(screen.getByTestId('value-form'));
    expect(form.getByRole('heading').textContent?.trim()).toBe('Исправить значение за 2026, 1-й кв.');
    expect((form.getByLabelText('Квартал') as HTMLSelectElement).value).toBe('1');
    const value = form.getByTestId('value-value') as HTMLInputElement;
    expect(value.value).toBe('3000');
    await fireEvent.input(value, { target: { value: '3 100,5' } });
    await fireEvent.click(form.getByTestId('value-save'));
    await vi.waitFor(() => expect(ipc.councilOverview).toHaveBeenCalledTimes(2));
    expect(ipc.updateIndicatorValue).toHaveBeenCalledWith('v-2', {
      indicator_id: 'ind-1', year: 2026, quarter: 1, value: '3 100,5', source: 'Oʻzbekiston statistika agentligi',
      as_of: '2026-04-30',
    });
    expect(ipc.addIndicatorValue).not.toHaveBeenCalled();
    expect(form.getByRole('heading').textContent?.trim()).toBe('Внести значение показателя');
  });

  it('moves a value to the trash only once asked again, and keeps it when cancelled', async () => {
    vi.mocked(ipc.deleteIndicatorValue).mockReset().mockResolvedValue({ ...turnover.values[0], deleted_at: 'now' });
    await renderScreen();
    const [year] = screen.getAllByTestId('overview-value-row');
    await fireEvent.click(within(year).getByRole('button', { name: 'Удалить значение за 2025' }));
    expect(screen.getByTestId('overview-value-delete-confirm').textContent).toContain('2025 (12,5 млрд $)');
    await fireEvent.click(screen.getByTestId('overview-value-delete-keep'));
    expect(ipc.deleteIndicatorValue).not.toHaveBeenCalled();
    await fireEvent.click(within(year).getByRole('button', { name: 'Удалить значение за 2025' }));
    await fireEvent.click(screen.getByTestId('overview-value-delete-go'));
    await vi.waitFor(() => expect(ipc.councilOverview).toHaveBeenCalledTimes(2));
    expect(ipc.deleteIndicatorValue).toHaveBeenCalledWith('v-1');
  });

  it('sets a target from what it is, the rest of the indicator sent back unchanged', async () => {
    vi.mocked(ipc.updateIndicator).mockReset().mockResolvedValue({ ...turnover.indicator, target_milli: 32_000_000 });
    await renderScreen();
    const [first] = screen.getAllByTestId('overview-target');
    await fireEvent.click(within(first).getByTestId('overview-set-target'));
    const form = within(within(first).getByTestId('target-form'));
    expect((form.getByTestId('target-value') as HTMLInputElement).value).toBe('30000');
    await fireEvent.change(form.getByTestId('target-kind'), { target: { value: 'more_than' } });
    await fireEvent.input(form.getByTestId('target-value'), { target: { value: '32 000' } });
    await fireEvent.click(form.getByTestId('target-save'));
    await vi.waitFor(() => expect(ipc.councilOverview).toHaveBeenCalledTimes(2));
    expect(ipc.updateIndicator).toHaveBeenCalledWith('ind-1', {
      name: turnover.indicator.name, unit: 'usd_million', measure: 'annual', target_kind: 'more_than', target: '32 000',
    });
  });

  it('shows a refused target on its field and keeps the form open', async () => {
    vi.mocked(ipc.updateIndicator).mockReset().mockRejectedValue({
      code: 'invalid_value', field: 'target', message: '«3x» — не число. Ничего не сохранено.',
    });
    await renderScreen();
    const [first] = screen.getAllByTestId('overview-target');
    await fireEvent.click(within(first).getByTestId('overview-set-target'));
    const form = within(within(first).getByTestId('target-form'));
    await fireEvent.input(form.getByTestId('target-value'), { target: { value: '3x' } });
    await fireEvent.click(form.getByTestId('target-save'));
    expect((await form.findByTestId('error-target')).textContent).toContain('не число');
    expect((form.getByTestId('target-value') as HTMLInputElement).value).toBe('3x');
    expect(ipc.councilOverview).toHaveBeenCalledTimes(1);
  });

  it('saves the progress report as a Word file from its print preview', async () => {
    vi.mocked(ipc.previewDocument).mockReset().mockResolvedValue({ pages: ['data:image/png;base64,p1'], pageCount: 1 });
    vi.mocked(ipc.saveDocumentDocx).mockReset().mockResolvedValue('/home/officer/report.docx');
    await renderScreen();
    await fireEvent.click(screen.getByTestId('overview-print'));
    await vi.waitFor(() => expect(screen.getByTestId('print-save-word').hasAttribute('disabled')).toBe(false));
    await fireEvent.click(screen.getByTestId('print-save-word'));
    await vi.waitFor(() => expect(ipc.saveDocumentDocx).toHaveBeenCalledWith({ kind: 'report' }, 'ru'));
  });
});
