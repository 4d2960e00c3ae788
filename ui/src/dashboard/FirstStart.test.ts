import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { dashboard } from '../test/builders';
import DashboardScreen from './DashboardScreen.svelte';

vi.mock('../ipc');

async function renderScreen() {
  const onloaded = vi.fn();
  const handlers = {
    onopencontrol: vi.fn(), onnewpairing: vi.fn(), onopensession: vi.fn(), onrestore: vi.fn(), onexchange: vi.fn(),
  };
  render(DashboardScreen, { onloaded, ...handlers });
  await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
  return handlers;
}

const report = (dry: boolean) => ({
  source: null, dry_run: dry, applied: !dry, taken: 1, already_present: 0, refused: 0, file_problems: [],
  rows: [{ row: 2, label: 'Хокимият Самаркандской области', outcome: 'taken' as const, record_id: null, problems: [], notes: [] }],
});

describe('the first start', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.dashboard).mockReset().mockResolvedValue(dashboard({ register_empty: true, most_overdue: [], next_sessions: [] }));
    vi.mocked(ipc.openDemonstration).mockReset().mockResolvedValue(undefined);
    vi.mocked(ipc.chooseCsvFile).mockReset().mockResolvedValue({ token: '3', name: 'bodies.csv' });
    vi.mocked(ipc.importCsvFile).mockReset().mockImplementation(async (_file, _kind, dry) => report(dry));
  });

  it('offers the ways to begin instead of empty counts while the register is empty', async () => {
    const { onnewpairing, onrestore, onexchange } = await renderScreen();
    expect(screen.getByTestId('first-start')).toBeTruthy();
    expect(screen.queryByTestId('dash-open')).toBeNull();
    await fireEvent.click(screen.getByTestId('first-new-pairing'));
    expect(onnewpairing).toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId('first-restore'));
    expect(onrestore).toHaveBeenCalled();
    // A desk that starts by receiving the other secretariat's register goes to the exchange settings.
    expect(screen.getByTestId('first-exchange').textContent).toContain('Настройки обмена');
    await fireEvent.click(screen.getByTestId('first-exchange'));
    expect(onexchange).toHaveBeenCalled();
  });

  it('opens the demonstration register in a window of its own and says so', async () => {
    await renderScreen();
    await fireEvent.click(screen.getByTestId('first-demo'));
    await vi.waitFor(() => expect(screen.getByTestId('first-demo-opened').textContent).toContain('отдельном окне'));
    expect(ipc.openDemonstration).toHaveBeenCalledTimes(1);
  });

  it('checks a CSV file of people first, imports it, then shows the dashboard', async () => {
    await renderScreen();
    await fireEvent.change(screen.getByTestId('first-import-kind'), { target: { value: 'people' } });
    await fireEvent.click(screen.getByTestId('first-import'));
    await vi.waitFor(() => expect(screen.getByTestId('import-report')).toBeTruthy());
    expect(ipc.importCsvFile).toHaveBeenLastCalledWith({ token: '3', name: 'bodies.csv' }, 'people', true);
    await fireEvent.click(screen.getByTestId('import-apply'));
    await vi.waitFor(() => expect(ipc.importCsvFile).toHaveBeenLastCalledWith({ token: '3', name: 'bodies.csv' }, 'people', false));
    vi.mocked(ipc.dashboard).mockResolvedValue(dashboard());
    await fireEvent.click(screen.getByTestId('import-close'));
    await vi.waitFor(() => expect(screen.queryByTestId('first-start')).toBeNull());
    expect(screen.getByTestId('dash-open')).toBeTruthy();
  });
});
