// The history of one instruction as a single timeline: state changes, extensions, reports and edits.
import type { FieldChange, InstructionHistory, InstructionState } from '../ipc/bindings';

export type TimelineEntry =
  | { kind: 'change'; key: string; at: string; user: string; from: InstructionState | null; to: InstructionState; note: string }
  | { kind: 'extension'; key: string; at: string; user: string; from: string; to: string; reason: string }
  | { kind: 'report'; key: string; id: string; at: string; user: string; on: string; text: string }
  | { kind: 'edit'; key: string; at: string; user: string; changes: FieldChange[] };

function time(at: string): number {
  const ms = Date.parse(at);
  return Number.isNaN(ms) ? 0 : ms;
}

/** Oldest first; entries of the same instant keep the order changes, extensions, reports, edits. */
export function timeline(history: InstructionHistory): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...history.changes.map((c) => ({
      kind: 'change' as const, key: `c${c.seq}`, at: c.at, user: c.os_user,
      from: c.from_state, to: c.to_state, note: c.note,
    })),
    ...history.extensions.map((e) => ({
      kind: 'extension' as const, key: `e${e.seq}`, at: e.at, user: e.os_user,
      from: e.old_due_on, to: e.new_due_on, reason: e.reason,
    })),
    ...history.reports.map((r) => ({
      kind: 'report' as const, key: `r${r.id}`, id: r.id, at: r.created_at, user: r.author,
      on: r.reported_on, text: r.text,
    })),
    ...history.edits.map((e) => ({
      kind: 'edit' as const, key: `m${e.seq}`, at: e.at, user: e.os_user, changes: e.changes,
    })),
  ];
  // Array.prototype.sort is stable, so equal instants keep the order above.
  return entries.sort((a, b) => time(a.at) - time(b.at));
}
