import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import App from './App.svelte';
import { showLanguage } from './i18n/index.svelte';
import * as ipc from './ipc';
import { officersKnown } from './lib/officer.svelte';
import { about, dashboard, reference } from './test/builders';
import { head, observer } from './test/officers';

vi.mock('./ipc');

describe('the officers of the desk at start', () => {
  beforeEach(() => {
    showLanguage('ru');
    localStorage.clear();
    officersKnown(false, null);
    vi.mocked(ipc.dashboard).mockReset().mockResolvedValue(dashboard());
    vi.mocked(ipc.reference).mockReset().mockResolvedValue(reference());
    vi.mocked(ipc.startupCheck).mockReset().mockResolvedValue(undefined);
    vi.mocked(ipc.lastDailyBackup).mockReset().mockResolvedValue(null);
    vi.mocked(ipc.exchangeConflicts).mockReset().mockResolvedValue([]);
    vi.mocked(ipc.setLanguage).mockReset().mockImplementation(async (lang) => about({ language: lang }));
    vi.mocked(ipc.signedIn).mockReset().mockResolvedValue(null);
    vi.mocked(ipc.listOfficers).mockReset().mockResolvedValue([head, observer]);
    vi.mocked(ipc.signIn).mockReset().mockResolvedValue(observer);
    vi.mocked(ipc.signOut).mockReset().mockResolvedValue(undefined);
  });

  it('shows the profile pick before the dashboard on a register with accounts, then the officer in the navigation', async () => {
    localStorage.setItem('council-desk.accounts', 'true');
    const { container } = render(App);
    expect(await screen.findByTestId('profile-pick')).toBeTruthy();
    expect(screen.queryByTestId('dash-open')).toBeNull();
    expect(screen.queryByTestId('nav-dashboard')).toBeNull();
    const observerButton = screen.getAllByTestId('pick-profile').find((b) => b.dataset.officer === observer.id);
    await fireEvent.click(observerButton as HTMLElement);
    expect(ipc.signIn).toHaveBeenCalledWith(observer.id, null);
    await vi.waitFor(() => expect(container.querySelector('[data-ready="true"]')).not.toBeNull());
    expect(screen.getByTestId('signed-in-name').textContent).toBe('Петрова Анна');
    expect(screen.getByTestId('signed-in-role').textContent).toBe('Наблюдатель');
    expect(screen.queryByTestId('first-officer-notice')).toBeNull();
  });

  it('goes back to the pick with Switch officer', async () => {
    localStorage.setItem('council-desk.accounts', 'true');
    vi.mocked(ipc.signedIn).mockResolvedValue(head);
    const { container } = render(App);
    await vi.waitFor(() => expect(container.querySelector('[data-ready="true"]')).not.toBeNull());
    expect(screen.getByTestId('signed-in-name').textContent).toBe('Юсупов Акмаль');
    await fireEvent.click(screen.getByTestId('switch-officer'));
    expect(ipc.signOut).toHaveBeenCalled();
    expect(await screen.findByTestId('profile-pick')).toBeTruthy();
    expect(screen.queryByTestId('signed-in')).toBeNull();
  });

  it('opens a desk without accounts on the dashboard as before, and asks who keeps the register', async () => {
    vi.mocked(ipc.listOfficers).mockResolvedValue([]);
    const { container } = render(App);
    await vi.waitFor(() => expect(container.querySelector('[data-ready="true"]')).not.toBeNull());
    expect(screen.queryByTestId('profile-pick')).toBeNull();
    expect(await screen.findByTestId('first-officer-notice')).toBeTruthy();
    expect(screen.queryByTestId('signed-in')).toBeNull();
    expect(localStorage.getItem('council-desk.accounts')).toBe('false');
  });

  it('shows the pick once it learns that accounts were made elsewhere (the command line)', async () => {
    render(App);
    expect(await screen.findByTestId('profile-pick')).toBeTruthy();
    expect(ipc.startupCheck).toHaveBeenCalled();
    expect(localStorage.getItem('council-desk.accounts')).toBe('true');
  });
});
