import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { SearchHit } from '../ipc';
import { isOneLetter, moveSelection } from './palette';
import SearchPalette from './SearchPalette.svelte';

vi.mock('../ipc');

function hit(overrides: Partial<SearchHit>): SearchHit {
  return {
    entity: 'region', record_id: 'r-1', title: { ru: 'Самаркандская область', uz: 'Samarqand viloyati', en: 'Samarkand' },
    field: 'name', lang: 'uz', snippet: [{ text: 'Samarqand', hit: true }, { text: ' viloyati', hit: false }],
    context: { ru: '', uz: '', en: '' }, date: null, matched: 'prefix', rank: 1.25, ...overrides,
  };
}

const hits = [
  hit({}),
  hit({ entity: 'pairing', record_id: 'p-1', field: 'notes', lang: 'ru',
    snippet: [{ text: 'Побратимы с <i>', hit: false }, { text: 'Самарканд', hit: true }] }),
];

async function openPalette() {
  const onpick = vi.fn();
  render(SearchPalette, { onpick });
  await fireEvent.keyDown(window, { key: 'k', code: 'KeyK', ctrlKey: true });
  const input = await screen.findByTestId('search-input');
  return { onpick, input };
}

describe('search box', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.search).mockReset().mockResolvedValue(hits);
  });

  it('wraps around with the arrow keys', () => {
    expect(moveSelection(0, 1, 3)).toBe(1);
    expect(moveSelection(2, 1, 3)).toBe(0);
    expect(moveSelection(0, -1, 3)).toBe(2);
    expect(moveSelection(0, 1, 0)).toBe(0);
  });

  it('opens with Ctrl+K, marks the matched part as text, and opens the chosen result with Enter', async () => {
    const { onpick, input } = await openPalette();
    expect(document.activeElement).toBe(input);
    await fireEvent.input(input, { target: { value: 'самарк' } });
    const found = await screen.findAllByTestId('search-hit');
    expect(ipc.search).toHaveBeenCalledWith('самарк', 20);
    expect(found).toHaveLength(2);
    const marks = screen.getAllByTestId('search-match').map((m) => m.textContent);
    expect(marks).toEqual(['Samarqand', 'Самарканд']);
    // User text stays text: no element is made from it.
    expect(found[1].querySelector('i')).toBeNull();
    expect(found[1].textContent).toContain('Побратимы с <i>');
    expect(found[0].getAttribute('aria-selected')).toBe('true');

    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(found[1].getAttribute('aria-selected')).toBe('true');
    await fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(found[0].getAttribute('aria-selected')).toBe('true');
    await fireEvent.keyDown(input, { key: 'ArrowUp' });
    await fireEvent.keyDown(input, { key: 'Enter' });
    expect(onpick).toHaveBeenCalledWith(expect.objectContaining({ entity: 'pairing', record_id: 'p-1' }));
    expect(screen.queryByTestId('search-palette')).toBeNull();
  });

  it('closes with Escape without opening anything', async () => {
    const { onpick, input } = await openPalette();
    await fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByTestId('search-palette')).toBeNull();
    expect(onpick).not.toHaveBeenCalled();
  });

  it('says when nothing matched', async () => {
    vi.mocked(ipc.search).mockResolvedValue([]);
    const { input } = await openPalette();
    await fireEvent.input(input, { target: { value: 'zzz' } });
    expect(await screen.findByTestId('search-empty')).toBeTruthy();
  });

  it('says that one letter is found only as a word of its own, until a second is typed', async () => {
    expect(isOneLetter(' т ')).toBe(true);
    expect(isOneLetter('5')).toBe(true);
    expect(isOneLetter('та')).toBe(false);
    expect(isOneLetter('ʻ')).toBe(false);
    expect(isOneLetter('oʻ')).toBe(true);
    vi.mocked(ipc.search).mockResolvedValue([]);
    const { input } = await openPalette();
    await fireEvent.input(input, { target: { value: 'т' } });
    expect((await screen.findByTestId('search-one-letter')).textContent).toContain('отдельное слово');
    expect(screen.getByTestId('search-empty')).toBeTruthy();
    vi.mocked(ipc.search).mockResolvedValue(hits);
    await fireEvent.input(input, { target: { value: 'та' } });
    await screen.findAllByTestId('search-hit');
    expect(screen.queryByTestId('search-one-letter')).toBeNull();
  });

  it('tells apart records of the same title by their pairing and date', async () => {
    const title = { ru: 'Соглашение о торгово-экономическом сотрудничестве', uz: 'Kelishuv', en: 'Agreement' };
    vi.mocked(ipc.search).mockResolvedValue([
      hit({ entity: 'agreement', record_id: 'a-1', title, field: 'title', lang: 'ru',
        context: { ru: 'Самаркандская область — Свердловская область', uz: 'Samarqand — Sverdlovsk', en: 'S — S' },
        date: '2026-05-27' }),
      hit({ entity: 'agreement', record_id: 'a-2', title, field: 'title', lang: 'ru',
        context: { ru: 'Ферганская область — Омская область', uz: 'Fargʻona — Omsk', en: 'F — O' },
        date: '2026-09-14' }),
    ]);
    const { input } = await openPalette();
    await fireEvent.input(input, { target: { value: 'соглашение' } });
    await screen.findAllByTestId('search-hit');
    expect(screen.getAllByTestId('search-context').map((c) => c.textContent?.trim())).toEqual([
      'Самаркандская область — Свердловская область · 27.05.2026',
      'Ферганская область — Омская область · 14.09.2026',
    ]);
  });
});
