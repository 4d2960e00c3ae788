// Amounts of the pairing page. Every currency the register keeps (USD, RUB, UZS) counts in hundredths.
import { locale } from '../i18n/index.svelte';
import type { Lang, Money } from '../ipc';

/** An amount in its own currency, in the reader's language. */
export function formatMoney(money: Money, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { style: 'currency', currency: money.currency }).format(
    money.minor / 100,
  );
}

/** US cents as dollars, in the reader's language. */
export function formatUsd(cents: number, lang: Lang): string {
  return formatMoney({ minor: cents, currency: 'USD' }, lang);
}
