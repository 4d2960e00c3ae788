// Picking the variant of a multilingual record that belongs to the interface language.
import { locale } from '../i18n/index.svelte';
import type { Lang, LocalizedText, Region, RegionRef, Sector } from '../ipc/bindings';
import { textIn } from './translations';

type Named = Pick<RegionRef, 'name'>;

/** The name in `lang`; reference data ships all three, so no fallback is needed. */
export function nameIn(record: Named | Sector, lang: Lang): string {
  return record.name[lang];
}

export function centreIn(region: Region, lang: Lang): string {
  return region.centre[lang];
}

/** `Samarqand viloyati (UZ-SA)`: the label of a region in a select. */
export function regionLabel(region: Named & { iso_code: string | null }, lang: Lang): string {
  const name = nameIn(region, lang);
  return region.iso_code ? `${name} (${region.iso_code})` : name;
}

/** The name of a body or person in `lang`, or in the language that has one when that is missing. */
export function localName(name: LocalizedText, lang: Lang): string {
  return textIn(name, lang).text;
}

/** Records with a localized name, sorted by it in `lang`. */
export function sortByName<T>(records: readonly T[], name: (r: T) => LocalizedText, lang: Lang): T[] {
  const key = (r: T) => localName(name(r), lang);
  return [...records].sort((a, b) => key(a).localeCompare(key(b), locale(lang)));
}

/**
 * Who made a change, as History shows it: the officer's name in `lang` (the core names changes from before
 * the first account "before accounts"), or the operating-system user on a register without accounts.
 */
export function authorName(change: { os_user: string; officer?: LocalizedText | null }, lang: Lang): string {
  return change.officer ? localName(change.officer, lang) : change.os_user;
}
