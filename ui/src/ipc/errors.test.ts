import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { asError } from './errors';
import { getPairing } from './index';

afterEach(() => clearMocks());

describe('asError', () => {
  // An error of the backend passes through as it is: `index.test.ts`.
  it('turns a string Tauri rejects with into an internal error showing that string', () => {
    expect(asError('invalid args `id` for command `get_pairing`')).toEqual({
      code: 'internal', message: 'invalid args `id` for command `get_pairing`', field: null,
    });
  });

  it('never shows [object Object]: an Error shows its message, any other value its JSON', () => {
    expect(asError(new TypeError('x is undefined'))).toEqual({ code: 'internal', message: 'x is undefined', field: null });
    const odd = asError({ status: 500 });
    expect(odd).toEqual({ code: 'internal', message: '{"status":500}', field: null });
    expect(asError(undefined).message).toBe('undefined');
    expect(asError(null).message).toBe('null');
  });

  it('is what a command rejects with when the backend throws something else', async () => {
    mockIPC(() => {
      throw 'command get_pairing not found';
    });
    await expect(getPairing('p-1')).rejects.toEqual({
      code: 'internal', message: 'command get_pairing not found', field: null,
    });
    // A payload without a field still has one, empty.
    expect(asError({ code: 'not_found', message: 'gone' })).toEqual({ code: 'not_found', message: 'gone', field: null });
  });
});
