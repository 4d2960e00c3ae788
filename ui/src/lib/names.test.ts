import { describe, expect, it } from 'vitest';
import { region, sector } from '../test/builders';
import { centreIn, nameIn, regionLabel } from './names';

describe('names of regions and sectors', () => {
  const fergana = region({
    id: 'r-uz-fa',
    iso_code: 'UZ-FA',
    name: { ru: 'Ферганская область', uz: 'Fargʻona viloyati', en: 'Fergana Region' },
    centre: { ru: 'Фергана', uz: 'Fargʻona', en: 'Fergana' },
  });

  it('are read from their LocalizedText in the interface language, oʻ and gʻ kept', () => {
    expect(regionLabel(fergana, 'uz')).toBe('Fargʻona viloyati (UZ-FA)');
    expect(nameIn(fergana, 'ru')).toBe('Ферганская область');
    expect(centreIn(fergana, 'uz')).toBe('Fargʻona');
    expect(nameIn(sector('agriculture', 'Сельское хозяйство', 'Qishloq xoʻjaligi', 'Agriculture'), 'uz')).toBe(
      'Qishloq xoʻjaligi',
    );
  });
});
