// How the control list says an instruction was reminded: "reminded 03.12.2026", and from the second letter
// on which reminder the last one was ("2-е напоминание", "2-eslatma", "2nd reminder").
import { t } from '../i18n/index.svelte';
import type { Instruction, Lang } from '../ipc';
import { formatDate } from './dates';

/** `n` as English writes an ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st. */
function englishOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The mark of a reminded instruction in `lang`; null when no reminder went out about it. */
export function remindedMark(
  instruction: Pick<Instruction, 'reminder_count' | 'last_reminded_on'>,
  lang: Lang,
): string | null {
  if (instruction.reminder_count < 1 || !instruction.last_reminded_on) return null;
  const reminded = t('control.reminded', { date: formatDate(instruction.last_reminded_on, lang) });
  if (instruction.reminder_count < 2) return reminded;
  const n = lang === 'en' ? englishOrdinal(instruction.reminder_count) : String(instruction.reminder_count);
  return `${reminded} · ${t('control.reminderNth', { n })}`;
}
