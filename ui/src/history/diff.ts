// What a change did to a record, field by field, from the before and after the history keeps.
import type { JsonValue } from '../ipc';

/** One field that differs: its dotted path (`basis.title`, `name.uz`) and both values as plain text. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** Bookkeeping fields every write touches; listing them would hide what the officer changed. */
const IGNORED = new Set([
  'updated_at', 'next_statuses', 'start', 'end', 'id',
  // Derived from others the history shows: the lead's name stands for its id, the dates for `overdue`.
  'lead_body_id', 'overdue',
]);

/** A leaf value as text: strings as they are, lists joined, nothing as empty. */
export function asText(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => asText(v)).join(', ');
  return JSON.stringify(value);
}

function isRecord(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Shows a leaf value of the field at `path` as text. */
export type ShowValue = (path: string, value: JsonValue | undefined) => string;

const plain: ShowValue = (_path, value) => asText(value);

function walk(
  path: string, before: JsonValue | undefined, after: JsonValue | undefined, out: FieldChange[], show: ShowValue,
) {
  if (isRecord(before) || isRecord(after)) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    for (const key of keys) {
      if (path === '' && IGNORED.has(key)) continue;
      walk(path ? `${path}.${key}` : key, b[key], a[key], out, show);
    }
    return;
  }
  if (asText(before) === asText(after)) return;
  out.push({ field: path, before: show(path, before), after: show(path, after) });
}

/**
 * The fields that differ between two versions of a record, in the order the record lists them. A creation
 * (no before) lists every filled field; a move to the trash lists what it changed (`deleted_at`).
 */
export function fieldChanges(before: JsonValue | null, after: JsonValue | null, show: ShowValue = plain): FieldChange[] {
  const out: FieldChange[] = [];
  walk('', before ?? undefined, after ?? undefined, out, show);
  return out.filter((c) => c.field !== '' && (c.before !== '' || c.after !== ''));
}
