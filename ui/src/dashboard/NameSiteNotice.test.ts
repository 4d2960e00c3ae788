import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { dashboard } from '../test/builders';
import DashboardScreen from './DashboardScreen.svelte';

vi.mock('../ipc');

async function renderScreen() {
  const onloaded = vi.fn();
  const onexchange = vi.fn();
  render(DashboardScreen, {
    onloaded, onexchange, onopencontrol: vi.fn(), onnewpairing: vi.fn(), onopensession: vi.fn(), onrestore: vi.fn(),
  });
  await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
  return { onexchange };
}

describe('a register whose secretariat has no name yet', () => {
  beforeEach(() => {
    showLanguage('uz');
    vi.mocked(ipc.siteNameNotNow).mockReset().mockResolvedValue(undefined);
  });

  it('is asked which secretariat keeps it, and the question leads to the exchange settings', async () => {
    vi.mocked(ipc.dashboard).mockReset().mockResolvedValue(dashboard({ ask_site_name: true }));
    const { onexchange } = await renderScreen();
    expect(screen.getByTestId('name-site-notice').textContent).toContain('Ushbu reyestr kotibiyati hali nomlanmagan');
    await fireEvent.click(screen.getByTestId('name-site-open'));
    expect(onexchange).toHaveBeenCalled();
  });

  it('stops asking when the officer says not now', async () => {
    vi.mocked(ipc.dashboard).mockReset().mockResolvedValue(dashboard({ ask_site_name: true }));
    await renderScreen();
    await fireEvent.click(screen.getByTestId('name-site-not-now'));
    await vi.waitFor(() => expect(screen.queryByTestId('name-site-notice')).toBeNull());
    expect(ipc.siteNameNotNow).toHaveBeenCalledTimes(1);
  });

  it('is not asked when the site has its name', async () => {
    vi.mocked(ipc.dashboard).mockReset().mockResolvedValue(dashboard());
    await renderScreen();
    expect(screen.queryByTestId('name-site-notice')).toBeNull();
  });
});
