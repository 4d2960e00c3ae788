// Picking the variant of a multilingual record that belongs to the interface language.
import type { Lang, Region, RegionRef, Sector } from '../ipc/bindings';

type Named = Pick<RegionRef, 'name_ru' | 'name_uz' | 'name_en'>;

/** The name in `lang`; reference data ships all three, so no fallback is needed. */
export function nameIn(record: Named | Sector, lang: Lang): string {
  return { ru: record.name_ru, uz: record.name_uz, en: record.name_en }[lang];
}

export function centreIn(region: Region, lang: Lang): string {
  return { ru: region.centre_ru, uz: region.centre_uz, en: region.centre_en }[lang];
}

/** `Samarqand viloyati (UZ-SA)`: the label of a region in a select. */
export function regionLabel(region: Named & { iso_code: string | null }, lang: Lang): string {
  const name = nameIn(region, lang);
  return region.iso_code ? `${name} (${region.iso_code})` : name;
}
