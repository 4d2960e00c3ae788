import { describe, expect, it } from 'vitest';
import { missingTranslations, textIn } from './translations';

describe('translations', () => {
  it('flags the empty languages only once one is filled', () => {
    expect(missingTranslations({ ru: '', uz: '', en: '' })).toEqual([]);
    expect(missingTranslations({ ru: 'Минэнерго', uz: ' ', en: '' })).toEqual(['uz', 'en']);
  });

  it('gives the text in the language asked for, or another one marked as missing', () => {
    const text = { ru: 'Провести форум', uz: '', en: 'Hold a forum' };
    expect(textIn(text, 'en')).toEqual({ text: 'Hold a forum', lang: 'en', missing: false });
    expect(textIn(text, 'uz')).toEqual({ text: 'Провести форум', lang: 'ru', missing: true });
    expect(textIn({ ru: '', uz: '', en: '' }, 'ru')).toEqual({ text: '', lang: 'ru', missing: true });
  });
});
