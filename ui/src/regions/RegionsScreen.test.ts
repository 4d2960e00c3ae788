import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import { regions } from '../test/builders';
import RegionsScreen from './RegionsScreen.svelte';

const shownIsos = () => screen.queryAllByTestId('region-row').map((row) => row.dataset.iso);

async function type(text: string) {
  await fireEvent.input(screen.getByTestId('regions-filter'), { target: { value: text } });
}

describe('regions screen', () => {
  beforeEach(() => showLanguage('ru'));

  it('shows every region with Uzbek and Russian names side by side', () => {
    render(RegionsScreen, { regions });
    expect(shownIsos()).toEqual(['UZ-SA', 'UZ-TK', 'RU-SAM', 'RU-SVE']);
    const cells = [...screen.getAllByTestId('region-row')[0].querySelectorAll('td')].map((td) => td.textContent);
    expect(cells).toEqual([
      'UZ-SA', 'область', 'Samarqand viloyati', 'Самаркандская область', 'Samarkand Region', 'Самарканд', 'Asia/Samarkand',
    ]);
  });

  it.each(['самарк', 'САМАРК', 'Самарк'])('leaves only Samarkand for “%s”', async (text) => {
    render(RegionsScreen, { regions });
    await type(text);
    expect(shownIsos()).toEqual(['UZ-SA']);
  });

  it('filters by Uzbek name, English centre and ISO code, and by country', async () => {
    render(RegionsScreen, { regions });
    await type('toshkent');
    expect(shownIsos()).toEqual(['UZ-TK']);
    await type('yekaterinburg');
    expect(shownIsos()).toEqual(['RU-SVE']);
    await type('ru-sam');
    expect(shownIsos()).toEqual(['RU-SAM']);
    await type('');
    await fireEvent.click(screen.getByTestId('country-RU'));
    expect(shownIsos()).toEqual(['RU-SAM', 'RU-SVE']);
  });

  it('counts the regions of each country', () => {
    render(RegionsScreen, { regions });
    expect(screen.getByTestId('country-UZ').textContent).toContain('2');
    expect(screen.getByTestId('country-RU').textContent).toContain('Россия');
  });
});
