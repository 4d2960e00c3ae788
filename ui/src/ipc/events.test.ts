import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { emit } from '@tauri-apps/api/event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onPackageProgress } from './events';

afterEach(() => clearMocks());

describe('ipc events', () => {
  it('hears the progress of a package the backend tells under `package-progress`, until told to stop', async () => {
    mockIPC(() => undefined, { shouldMockEvents: true });
    const heard = vi.fn();
    const stop = await onPackageProgress(heard);
    await emit('package-progress', { done: 1_200, total: 15_000 });
    await emit('other-event', { done: 1, total: 1 });
    stop();
    await emit('package-progress', { done: 15_000, total: 15_000 });
    expect(heard.mock.calls).toEqual([[{ done: 1_200, total: 15_000 }]]);
  });
});
