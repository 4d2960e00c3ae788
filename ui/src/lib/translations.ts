// Multilingual user text (`LocalizedText`): a missing translation is flagged, never silently replaced.
import { FALLBACK_ORDER, type Lang, type LocalizedText, type Shown } from '../ipc/bindings';

const LANGS: readonly Lang[] = ['ru', 'uz', 'en'];

export function emptyText(): LocalizedText {
  return { ru: '', uz: '', en: '' };
}

export function trimmedText(text: LocalizedText): LocalizedText {
  return { ru: text.ru.trim(), uz: text.uz.trim(), en: text.en.trim() };
}

/** The languages left empty while another is filled: those translations are missing. */
export function missingTranslations(text: LocalizedText): Lang[] {
  const filled = LANGS.filter((l) => text[l].trim() !== '');
  if (filled.length === 0) return [];
  return LANGS.filter((l) => !filled.includes(l));
}

/**
 * The text in `lang`, as the core's `LocalizedText::shown` gives it: when that translation is missing, the
 * first language of the core's `FALLBACK_ORDER` that has one is given instead, with `missing` set so the
 * screen can flag it and mark the other language.
 */
export function textIn(text: LocalizedText, lang: Lang): Shown {
  if (text[lang].trim() !== '') return { text: text[lang], lang, missing: false };
  const other = FALLBACK_ORDER.find((l) => text[l].trim() !== '');
  return other ? { text: text[other], lang: other, missing: true } : { text: '', lang, missing: true };
}

/** Whether any language has the text (an optional one left empty has none to show or flag). */
export function hasText(text: LocalizedText): boolean {
  return LANGS.some((l) => text[l].trim() !== '');
}
