// The client-side filter of the regions screen.
import type { Country, Region } from '../ipc/bindings';

/**
 * Lower-cases and folds what people type differently for the same letter: ё/е in Russian, and the
 * Uzbek okina and tutuq belgisi (ʻ ʼ) against the apostrophes a keyboard gives (' ‘ ’ `).
 */
function fold(text: string): string {
  return text
    .toLocaleLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[ʻʼ'‘’`]/g, "'");
}

/** The regions of `country` (all when null) whose names, centres or ISO code contain `query`. */
export function filterRegions(regions: Region[], country: Country | null, query: string): Region[] {
  const needle = fold(query.trim());
  return regions.filter((region) => {
    if (country && region.country !== country) return false;
    if (!needle) return true;
    const haystack = [
      region.iso_code ?? '',
      region.name_ru,
      region.name_uz,
      region.name_en,
      region.centre_ru,
      region.centre_uz,
      region.centre_en,
    ];
    return haystack.some((field) => fold(field).includes(needle));
  });
}
