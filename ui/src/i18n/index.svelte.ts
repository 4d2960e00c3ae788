// The interface language as reactive state, and `t()` to read the catalogs.
// Russian is the default until the backend (`reference()`) says otherwise. Its catalog is in the first script;
// the Uzbek and English ones are loaded when first shown, so the window's first script is a third smaller.
import type { Lang } from '../ipc/bindings';
import ru, { type MessageKey } from './ru';

export type { MessageKey };

type Catalog = Record<MessageKey, string>;

export const LANGS: readonly Lang[] = ['ru', 'uz', 'en'];

const catalogs: Partial<Record<Lang, Catalog>> = { ru };

const loaders: Record<Lang, () => Promise<{ default: Catalog }>> = {
  ru: () => Promise.resolve({ default: ru }),
  uz: () => import('./uz'),
  en: () => import('./en'),
};

const current = $state({ lang: 'ru' as Lang });
/** The language last asked for: a slower catalog arriving later does not override it. */
let wanted: Lang = 'ru';

const STORAGE_KEY = 'council-desk.lang';

/** The interface language now shown. Reading it inside a template or `$derived` tracks it. */
export function lang(): Lang {
  return current.lang;
}

/** Loads the catalog of `l` if it is not loaded yet. */
export async function loadCatalog(l: Lang): Promise<void> {
  catalogs[l] ??= (await loaders[l]()).default;
}

/**
 * Switches the interface to `next`: at once when its catalog is loaded (Russian always is), else as soon as
 * it is. Persisting the choice is the caller's job (`setLanguage`); this machine remembers it only to load
 * the catalog early at the next start (`rememberedLanguage`).
 */
export function showLanguage(next: Lang): Promise<void> {
  wanted = next;
  const catalog = catalogs[next];
  if (catalog) {
    apply(next, catalog);
    return Promise.resolve();
  }
  return loadCatalog(next).then(() => {
    const loaded = catalogs[next];
    if (wanted === next && loaded) apply(next, loaded);
  });
}

function apply(next: Lang, catalog: Catalog): void {
  current.lang = next;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = next === 'uz' ? 'uz-Latn' : next;
    document.title = catalog['app.title'];
  }
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // A webview without storage only loads the catalog a little later next time.
  }
}

/** The language this machine showed last, if any. */
export function rememberedLanguage(): Lang | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return LANGS.find((l) => l === stored) ?? null;
  } catch {
    return null;
  }
}

/** The message for `key` in the current language; `{name}` placeholders are filled from `params`. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = (catalogs[current.lang] ?? ru)[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The BCP 47 locale used to format dates and sort names in `l`. */
export function locale(l: Lang): string {
  return { ru: 'ru-RU', uz: 'uz-Latn-UZ', en: 'en-GB' }[l];
}
