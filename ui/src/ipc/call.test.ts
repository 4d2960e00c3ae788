import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { call, onHubSessionEnded, withBasis } from './call';

afterEach(() => clearMocks());

describe('the door to the backend', () => {
  it("carries a form's basis on its first call only, and none on a standalone desk", async () => {
    const sent: [string, unknown][] = [];
    mockIPC((command, args) => {
      sent.push([command, args]);
      return null;
    });
    await withBasis(41, async () => {
      await call('update_pairing', { id: 'p-1' });
      await call('list_pairings', { filter: {} });
    });
    await withBasis(null, () => call('create_pairing', { input: {} }));
    await call('dashboard');
    expect(sent[0]).toEqual(['update_pairing', { id: 'p-1', councilBasis: 41 }]);
    expect(sent[1]).toEqual(['list_pairings', { filter: {} }]);
    expect(sent[2]).toEqual(['create_pairing', { input: {} }]);
    expect(sent[3]?.[1]).not.toHaveProperty('councilBasis');
  });

  it("tells who listens that the hub's session ended, and rejects the call with the hub's words", async () => {
    const refusal = { code: 'sign_in_required', message: 'Войдите в свою учётную запись.', field: 'hub_session' };
    mockIPC((command) => {
      if (command === 'dashboard') throw refusal;
      throw { code: 'sign_in_required', message: 'Войдите.', field: null };
    });
    const heard = vi.fn();
    const stop = onHubSessionEnded(heard);
    await expect(call('dashboard')).rejects.toEqual(refusal);
    // A register's own refusal (nobody picked a profile at this desk) is not the hub's session.
    await expect(call('create_pairing')).rejects.toMatchObject({ code: 'sign_in_required' });
    stop();
    await expect(call('dashboard')).rejects.toEqual(refusal);
    expect(heard.mock.calls).toEqual([[refusal]]);
  });
});
