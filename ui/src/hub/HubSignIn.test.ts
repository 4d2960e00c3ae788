import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { HubStatus } from '../ipc';
import { officer } from '../test/officers';
import HubSignIn from './HubSignIn.svelte';

vi.mock('../ipc');

const FINGERPRINT = Array.from({ length: 32 }, (_, i) => i.toString(16).padStart(2, '0').toUpperCase()).join(':');
const status: HubStatus = {
  connection: { address: '192.168.1.10:8443', fingerprint: FINGERPRINT, login: 'i.petrova@council.uz' },
  officer: null,
  reachable: true,
};

describe('signing in to the office hub', () => {
  beforeEach(() => {
    showLanguage('en');
    vi.mocked(ipc.connectHub).mockReset();
    vi.mocked(ipc.disconnectHub).mockReset().mockResolvedValue(undefined);
  });

  it('names the hub, asks only the password of the remembered account, and signs in with it', async () => {
    const signedIn = { ...status, officer: officer({ role: 'officer' }) };
    vi.mocked(ipc.connectHub).mockResolvedValue(signedIn);
    const onsignedin = vi.fn();
    render(HubSignIn, { status, onsignedin, onstandalone: vi.fn() });
    expect(screen.getByTestId('hub-sign-in').textContent).toContain('192.168.1.10:8443');
    expect(screen.getByTestId<HTMLInputElement>('hub-address').readOnly).toBe(true);
    expect(document.activeElement).toBe(screen.getByTestId('hub-password'));

    await fireEvent.click(screen.getByTestId('hub-connect'));
    expect(ipc.connectHub).not.toHaveBeenCalled();
    expect(screen.getByText('Fill this in.')).toBeTruthy();

    await fireEvent.input(screen.getByTestId('hub-password'), { target: { value: 'kotibiyat-2026' } });
    await fireEvent.click(screen.getByTestId('hub-connect'));
    await vi.waitFor(() => expect(onsignedin).toHaveBeenCalledWith(signedIn));
    expect(ipc.connectHub).toHaveBeenCalledWith(status.connection, 'kotibiyat-2026');
  });

  it("shows the hub's refusal and empties the password", async () => {
    vi.mocked(ipc.connectHub).mockRejectedValue({
      code: 'wrong_password', message: 'Wrong password: 4 attempts left.', field: null,
    });
    const onsignedin = vi.fn();
    render(HubSignIn, { status, onsignedin, onstandalone: vi.fn() });
    await fireEvent.input(screen.getByTestId('hub-password'), { target: { value: 'wrong' } });
    await fireEvent.click(screen.getByTestId('hub-connect'));
    expect((await screen.findByTestId('hub-error')).textContent).toBe('Wrong password: 4 attempts left.');
    expect(screen.getByTestId<HTMLInputElement>('hub-password').value).toBe('');
    expect(onsignedin).not.toHaveBeenCalled();
  });

  it("goes back to this desk's own register when the officer chooses to", async () => {
    const onstandalone = vi.fn();
    render(HubSignIn, { status, onsignedin: vi.fn(), onstandalone });
    await fireEvent.click(screen.getByTestId('hub-standalone'));
    await vi.waitFor(() => expect(onstandalone).toHaveBeenCalled());
    expect(ipc.disconnectHub).toHaveBeenCalled();
  });
});
