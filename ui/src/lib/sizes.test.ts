import { describe, expect, it } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import { formatSize } from './sizes';

describe('file sizes', () => {
  it('reads in bytes, kilobytes and megabytes with the decimal sign of the language', () => {
    showLanguage('ru');
    expect(formatSize(512, 'ru')).toBe('512 Б');
    expect(formatSize(2560, 'ru')).toBe('2,5 КБ');
    expect(formatSize(70_000, 'ru')).toBe('68 КБ');
    showLanguage('en');
    expect(formatSize(5 * 1024 * 1024 + 300_000, 'en')).toBe('5.3 MB');
  });
});
