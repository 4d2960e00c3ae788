// File sizes as an officer reads them: bytes under 1 KB, then KB, then MB with one decimal.
import type { Lang } from '../ipc/bindings';
import { t } from '../i18n/index.svelte';

/** `size` bytes as `512 B`, `14 KB`, `2,5 МБ` (the decimal sign of `lang`). */
export function formatSize(size: number, lang: Lang): string {
  const decimal = (n: number) => {
    const text = n >= 10 ? String(Math.round(n)) : n.toFixed(1).replace(/\.0$/, '');
    return lang === 'en' ? text : text.replace('.', ',');
  };
  if (size < 1024) return t('size.bytes', { n: size });
  if (size < 1024 * 1024) return t('size.kb', { n: decimal(size / 1024) });
  return t('size.mb', { n: decimal(size / (1024 * 1024)) });
}
