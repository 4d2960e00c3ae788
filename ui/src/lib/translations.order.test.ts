import { describe, expect, it, vi } from 'vitest';

// The core decides which language stands in for a missing translation; give it another order than the
// interface's own list of languages and the screen must follow it.
vi.mock('../ipc/bindings', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../ipc/bindings')>()),
  FALLBACK_ORDER: ['en', 'uz', 'ru'],
}));

const { textIn } = await import('./translations');

describe('textIn', () => {
  it("stands in another language in the core's fallback order", () => {
    const text = { ru: 'Провести форум', uz: 'Forum oʻtkazish', en: '' };
    expect(textIn(text, 'en')).toEqual({ text: 'Forum oʻtkazish', lang: 'uz', missing: true });
  });
});
