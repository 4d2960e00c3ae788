import { describe, expect, it } from 'vitest';
import { rememberScreen, restoreScreen } from './screens';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() { return items.size; },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('last screen', () => {
  it('opens on the dashboard the first time, then where the officer left', () => {
    const storage = memoryStorage();
    expect(restoreScreen(storage)).toBe('dashboard');
    rememberScreen('control', storage);
    expect(restoreScreen(storage)).toBe('control');
  });

  it('ignores a screen it does not know and storage that refuses', () => {
    const storage = memoryStorage();
    storage.setItem('council-desk.screen', 'agendas');
    expect(restoreScreen(storage)).toBe('dashboard');
    const broken = { ...memoryStorage(), getItem: () => { throw new Error('denied'); },
      setItem: () => { throw new Error('denied'); } } as Storage;
    expect(() => rememberScreen('bodies', broken)).not.toThrow();
    expect(restoreScreen(broken)).toBe('dashboard');
  });
});
