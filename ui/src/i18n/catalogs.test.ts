import { describe, expect, it } from 'vitest';
import en from './en';
import ru from './ru';
import uz from './uz';
import uzSource from './uz.ts?raw';

const catalogs = { ru, uz, en };

describe('interface catalogs', () => {
  it('have the same keys in Russian, Uzbek and English', () => {
    const keys = Object.keys(ru).sort();
    expect(Object.keys(uz).sort()).toEqual(keys);
    expect(Object.keys(en).sort()).toEqual(keys);
  });

  it.each(Object.entries(catalogs))('has no empty message in %s', (_, catalog) => {
    const empty = Object.entries(catalog).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('fills the same placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const differing = Object.keys(ru).filter((key) => {
      const expected = placeholders(ru[key as keyof typeof ru]);
      return [uz, en].some((catalog) => placeholders(catalog[key as keyof typeof ru]).join() !== expected.join());
    });
    expect(differing).toEqual([]);
  });

  it('writes Uzbek with ʻ (U+02BB) and ʼ (U+02BC), never with an apostrophe or curly quote', () => {
    const wrong = Object.entries(uz).filter(([, text]) => /['‘’]/.test(text));
    expect(wrong).toEqual([]);
    // The file itself too, comments included: a wrong character copied in anywhere is caught.
    const lines = uzSource.split('\n').filter((line) => /['‘’]/.test(line));
    expect(lines).toEqual([]);
  });

  it('uses the Uzbek vocabulary of the secretariat', () => {
    expect(uz['nav.pairings']).toBe('Hamkorliklar');
    expect(uz['common.delete']).toBe('O\u02BBchirish');
    expect(uz['country.UZ']).toBe('O\u02BBzbekiston');
    expect(uz['status.suspended']).toBe('To\u02BBxtatilgan');
    expect(uz['regions.col.centre']).toBe('Ma\u02BCmuriy markaz');
    expect(uz['action.remove']).toBe('Nazoratdan olish');
    expect(uz['control.col.lead']).toBe('Mas\u02BCul ijrochi');
    expect(uz['state.removed']).toBe('Nazoratdan olingan');
  });
});
