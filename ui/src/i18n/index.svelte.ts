// The interface language as reactive state, and `t()` to read the catalogs.
// Russian is the default until the backend (`about()`) says otherwise.
import type { Lang } from '../ipc/bindings';
import en from './en';
import ru, { type MessageKey } from './ru';
import uz from './uz';

export type { MessageKey };

export const LANGS: readonly Lang[] = ['ru', 'uz', 'en'];

export const catalogs: Record<Lang, Record<MessageKey, string>> = { ru, uz, en };

const current = $state({ lang: 'ru' as Lang });

/** The interface language now shown. Reading it inside a template or `$derived` tracks it. */
export function lang(): Lang {
  return current.lang;
}

/** Switches the interface at once. Persisting the choice is the caller's job (`setLanguage`). */
export function showLanguage(next: Lang): void {
  current.lang = next;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = next === 'uz' ? 'uz-Latn' : next;
    document.title = catalogs[next]['app.title'];
  }
}

/** The message for `key` in the current language; `{name}` placeholders are filled from `params`. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = catalogs[current.lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The BCP 47 locale used to format dates and sort names in `l`. */
export function locale(l: Lang): string {
  return { ru: 'ru-RU', uz: 'uz-Latn-UZ', en: 'en-GB' }[l];
}
