// The client-side filter of the regions screen.
import type { Country, Region } from '../ipc/bindings';
import { matchesAny } from './textMatch';

/** The regions of `country` (all when null) whose names, centres or ISO code contain `query`. */
export function filterRegions(regions: Region[], country: Country | null, query: string): Region[] {
  return regions.filter((region) => {
    if (country && region.country !== country) return false;
    return matchesAny(
      [
        region.iso_code ?? '',
        region.name.ru,
        region.name.uz,
        region.name.en,
        region.centre.ru,
        region.centre.uz,
        region.centre.en,
      ],
      query,
    );
  });
}
