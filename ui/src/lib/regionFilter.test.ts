import { describe, expect, it } from 'vitest';
import shipped from '../../../assets/regions.json';
import type { Region } from '../ipc/bindings';
import { filterRegions } from './regionFilter';

// The reference data the backend ships (names in columns, as the store reads them into a Region), so the
// filter is tried on every real name.
const regions = shipped.map(
  (r): Region => ({
    id: r.iso_code,
    iso_code: r.iso_code,
    country: r.country as Region['country'],
    kind: r.kind as Region['kind'],
    name: { ru: r.name_ru, uz: r.name_uz, en: r.name_en },
    centre: { ru: r.centre_ru, uz: r.centre_uz, en: r.centre_en },
    time_zone: r.time_zone,
    user_edited: false,
  }),
);
const isos = (found: Region[]) => found.map((r) => r.iso_code);

describe('region filter over the shipped regions', () => {
  it('ships 14 Uzbek and 83 Russian regions', () => {
    expect(filterRegions(regions, 'UZ', '')).toHaveLength(14);
    expect(filterRegions(regions, 'RU', '')).toHaveLength(83);
  });

  it.each(['самарк', 'САМАРК', 'СаМаРк', 'samarq', 'SAMARKAND'])('finds only Samarkand for “%s”', (text) => {
    expect(isos(filterRegions(regions, null, text))).toEqual(['UZ-SA']);
  });

  it('matches the ISO code and ignores the surrounding spaces', () => {
    expect(isos(filterRegions(regions, null, '  ru-sve '))).toEqual(['RU-SVE']);
  });

  it('matches an Uzbek name typed with an ASCII apostrophe or ё typed as е', () => {
    expect(isos(filterRegions(regions, 'UZ', "farg'ona"))).toEqual(['UZ-FA']);
    expect(isos(filterRegions(regions, 'RU', 'орел'))).toEqual(['RU-ORL']);
  });

  it('keeps to the chosen country', () => {
    expect(filterRegions(regions, 'RU', 'самарк')).toEqual([]);
  });
});
