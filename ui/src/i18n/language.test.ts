import { beforeEach, describe, expect, it, vi } from 'vitest';

// A fresh copy of the module in each test: only Russian is built in until another language is shown
// (the shared test set-up has loaded every catalog into its own copy).
async function freshI18n() {
  vi.resetModules();
  return import('./index.svelte');
}

describe('interface language', () => {
  beforeEach(() => localStorage.clear());

  it('shows Russian at once and another language as soon as its catalog is in', async () => {
    const i18n = await freshI18n();
    expect(i18n.t('nav.pairings')).toBe('Партнёрства');
    const shown = i18n.showLanguage('uz');
    expect(i18n.lang()).toBe('ru');
    await shown;
    expect(i18n.lang()).toBe('uz');
    expect(i18n.t('nav.pairings')).toBe('Hamkorliklar');
    expect(document.documentElement.lang).toBe('uz-Latn');
  });

  it('keeps the language asked for last when an earlier one arrives later', async () => {
    const i18n = await freshI18n();
    const english = i18n.showLanguage('en');
    await i18n.showLanguage('ru');
    await english;
    expect(i18n.lang()).toBe('ru');
    expect(i18n.t('nav.pairings')).toBe('Партнёрства');
  });

  it('remembers on this machine the language last shown, to load its catalog early next time', async () => {
    const i18n = await freshI18n();
    expect(i18n.rememberedLanguage()).toBeNull();
    await i18n.showLanguage('en');
    expect(i18n.rememberedLanguage()).toBe('en');
    localStorage.setItem('council-desk.lang', 'fr');
    expect(i18n.rememberedLanguage()).toBeNull();
  });
});
