import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import App from './App.svelte';
import { showLanguage } from './i18n/index.svelte';
import * as ipc from './ipc';
import { about, body, instruction, pairing, rate, regions, sectors, summary } from './test/builders';

vi.mock('./ipc');

async function renderApp() {
  const { container } = render(App);
  await vi.waitFor(() =>
    expect(container.querySelector('[data-ready="true"]')).not.toBeNull(),
  );
}

describe('app shell', () => {
  beforeEach(() => {
    showLanguage('ru');
    localStorage.clear();
    vi.mocked(ipc.controlSummary).mockResolvedValue(summary());
    vi.mocked(ipc.listInstructions).mockReset().mockResolvedValue([instruction({ overdue: true })]);
    vi.mocked(ipc.executionRates).mockResolvedValue([rate()]);
    vi.mocked(ipc.listBodies).mockResolvedValue([body()]);
    vi.mocked(ipc.listPeople).mockResolvedValue([]);
    vi.mocked(ipc.about).mockReset().mockResolvedValue(about());
    vi.mocked(ipc.setLanguage).mockReset().mockImplementation(async (lang) => about({ language: lang }));
    vi.mocked(ipc.listRegions).mockResolvedValue(regions);
    vi.mocked(ipc.listSectors).mockResolvedValue(sectors);
    vi.mocked(ipc.listPairings).mockResolvedValue([pairing()]);
  });

  it('starts on the dashboard, in Russian, once the first data is in', async () => {
    await renderApp();
    expect(screen.getByTestId('dash-open').textContent).toContain('42');
    expect(screen.getByTestId('nav-dashboard').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('nav-pairings').textContent?.trim()).toBe('Партнёрства');
    expect((screen.getByTestId('lang-select') as HTMLSelectElement).value).toBe('ru');
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
    vi.mocked(ipc.about).mockResolvedValue(about({ language: 'en' }));
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
    expect(screen.getByTestId('about-version').textContent).toBe('0.1.0');
    expect(screen.getByTestId('about-db-path').textContent).toContain('council.db');
    await fireEvent.click(screen.getByTestId('settings-lang-en'));
    expect(ipc.setLanguage).toHaveBeenCalledWith('en');
    expect(screen.getByTestId('nav-settings').textContent?.trim()).toBe('Settings');
    expect((screen.getByTestId('lang-select') as HTMLSelectElement).value).toBe('en');
  });

  it('shows a failed start as a message and still becomes ready', async () => {
    vi.mocked(ipc.listSectors).mockRejectedValue({ code: 'storage', message: 'Ошибка базы данных: файл занят', field: null });
    await renderApp();
    expect(screen.getByRole('alert').textContent).toContain('файл занят');
  });
});
