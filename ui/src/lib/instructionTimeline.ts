// The history of one instruction as a single timeline: state changes, extensions, reports, edits and reminders.
import type {
  FieldChange, InstructionHistory, InstructionState, Lang, LocalizedText, ReminderChannel,
} from '../ipc/bindings';
import { authorName } from './names';

/** `user`: who made it (the officer's name in the language asked for; a report's reporting body); `site`: where,
 * when another site made it. */
type Made = { key: string; at: string; user: string; site: string | null };

export type TimelineEntry =
  | (Made & { kind: 'change'; from: InstructionState | null; to: InstructionState; note: string })
  | (Made & { kind: 'extension'; from: string; to: string; reason: string })
  | (Made & { kind: 'report'; id: string; on: string; text: string })
  | (Made & { kind: 'edit'; changes: FieldChange[] })
  | (Made & { kind: 'reminder'; on: string; number: string; channel: ReminderChannel; body: LocalizedText });

function time(at: string): number {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? 0 : ms;
}

/** Oldest first; entries of the same instant keep the order changes, extensions, reports, edits, reminders.
 * Names in `lang`. */
export function timeline(history: InstructionHistory, lang: Lang): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...history.changes.map((c) => ({
      kind: 'change' as const, key: `c${c.seq}`, at: c.at, user: authorName(c, lang), site: c.site ?? null,
      from: c.from_state, to: c.to_state, note: c.note,
    })),
    ...history.extensions.map((e) => ({
      kind: 'extension' as const, key: `e${e.seq}`, at: e.at, user: authorName(e, lang), site: e.site ?? null,
      from: e.old_due_on, to: e.new_due_on, reason: e.reason,
    })),
    ...history.reports.map((r) => ({
      kind: 'report' as const, key: `r${r.id}`, id: r.id, at: r.created_at, user: r.author, site: null,
      on: r.reported_on, text: r.text,
    })),
    ...history.edits.map((e) => ({
      kind: 'edit' as const, key: `m${e.seq}`, at: e.at, user: authorName(e, lang), site: e.site ?? null,
      changes: e.changes,
    })),
    ...(history.reminders ?? []).map((r) => ({
      kind: 'reminder' as const, key: `n${r.id}`, at: r.at, user: authorName(r, lang), site: r.site ?? null,
      on: r.sent_on, number: r.letter_number, channel: r.channel, body: r.body,
    })),
  ];
  // Array.prototype.sort is stable, so equal instants keep the order above.
  return entries.sort((a, b) => time(a.at) - time(b.at));
}
