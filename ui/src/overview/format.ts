// How the overview writes an indicator's figures: thousandths of its unit (millions of US dollars or a count)
// in the reader's language, billions once a sum of dollars reaches a thousand millions.
import { locale, t } from '../i18n/index.svelte';
import type { IndicatorUnit, Lang } from '../ipc';

function number(value: number, lang: Lang, digits: number): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value);
}

/** A value kept in thousandths of `unit`, as the reader reads it (`12,5 млрд $`, `3 140`). */
export function formatIndicator(milli: number, unit: IndicatorUnit, lang: Lang): string {
  const value = milli / 1000;
  if (unit === 'count') return t('overview.unit.count', { value: number(value, lang, 0) });
  if (value >= 1000) return t('overview.unit.usdBillion', { value: number(value / 1000, lang, 1) });
  return t('overview.unit.usdMillion', { value: number(value, lang, 1) });
}

/** US cents in the same words as the indicators' dollars. */
export function formatCents(cents: number, lang: Lang): string {
  return formatIndicator(Math.round(cents / 100_000), 'usd_million', lang);
}

/** A share as a whole percentage (`37 %`). */
export function formatPercent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** The period a value stands for, as the reader reads it (`2025`, `2026 Q1`, `2026 1-chorak`). */
export function periodOf(value: { year: number; quarter: number | null }): string {
  return value.quarter === null ? String(value.year) : t('overview.periodQuarter', { year: value.year, n: value.quarter });
}

/** Thousandths of a unit as the decimal the core reads back (`30000`, `2.5`), for a form to start from. */
export function milliToInput(milli: number): string {
  const sign = milli < 0 ? '-' : '';
  const abs = Math.abs(milli);
  const whole = Math.trunc(abs / 1000);
  const fraction = String(abs % 1000).padStart(3, '0').replace(/0+$/, '');
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}
