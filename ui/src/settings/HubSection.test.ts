import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { officer } from '../test/officers';
import HubSection from './HubSection.svelte';

vi.mock('../ipc');

const FINGERPRINT = 'AB:'.repeat(31) + 'AB';

describe('Settings → Office hub', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.hubStatus).mockReset();
    vi.mocked(ipc.connectHub).mockReset();
    vi.mocked(ipc.disconnectHub).mockReset().mockResolvedValue(undefined);
  });

  it('connects a standalone desk: the hub, its fingerprint, the account, then the window reloads', async () => {
    vi.mocked(ipc.hubStatus).mockResolvedValue(null);
    vi.mocked(ipc.connectHub).mockRejectedValueOnce({
      code: 'hub_certificate', message: 'Офисный сервер 10.0.0.5:8443 предъявил не тот сертификат…', field: 'hub',
    });
    const onswitched = vi.fn();
    render(HubSection, { onswitched });
    await fireEvent.click(await screen.findByTestId('hub-connect-start'));
    await fireEvent.input(screen.getByTestId('hub-address'), { target: { value: '10.0.0.5:8443' } });
    await fireEvent.input(screen.getByTestId('hub-fingerprint'), { target: { value: FINGERPRINT } });
    await fireEvent.input(screen.getByTestId('hub-login'), { target: { value: 'n.karimova@council.uz' } });
    await fireEvent.input(screen.getByTestId('hub-password'), { target: { value: 'secret' } });
    await fireEvent.click(screen.getByTestId('hub-connect'));
    expect((await screen.findByTestId('hub-error')).textContent).toContain('не тот сертификат');
    expect(onswitched).not.toHaveBeenCalled();

    vi.mocked(ipc.connectHub).mockResolvedValueOnce({
      connection: { address: '10.0.0.5:8443', fingerprint: FINGERPRINT, login: 'n.karimova@council.uz' },
      officer: officer(), reachable: true,
    });
    await fireEvent.input(screen.getByTestId('hub-password'), { target: { value: 'secret' } });
    await fireEvent.click(screen.getByTestId('hub-connect'));
    await vi.waitFor(() => expect(onswitched).toHaveBeenCalled());
    expect(ipc.connectHub).toHaveBeenLastCalledWith(
      { address: '10.0.0.5:8443', fingerprint: FINGERPRINT, login: 'n.karimova@council.uz' }, 'secret');
  });

  it('shows the hub a desk works with and who is signed in, and disconnects it', async () => {
    vi.mocked(ipc.hubStatus).mockResolvedValue({
      connection: { address: '10.0.0.5:8443', fingerprint: FINGERPRINT, login: 'n.karimova@council.uz' },
      officer: officer({ name: { ru: 'Нодира Каримова', uz: 'Nodira Karimova', en: 'Nodira Karimova' } }),
      reachable: true,
    });
    const onswitched = vi.fn();
    render(HubSection, { onswitched });
    expect((await screen.findByTestId('hub-shown-address')).textContent).toBe('10.0.0.5:8443');
    expect(screen.getByTestId('hub-officer').textContent).toBe('Нодира Каримова');
    await fireEvent.click(screen.getByTestId('hub-disconnect'));
    await vi.waitFor(() => expect(onswitched).toHaveBeenCalled());
    expect(ipc.disconnectHub).toHaveBeenCalled();
  });
});
