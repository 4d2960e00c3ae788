// What a change did to a record, field by field, from the before and after the history keeps.
import type { JsonValue } from '../ipc';

/** One field that differs: its dotted path (`basis.title`, `name.uz`) and both values as plain text. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** Bookkeeping fields every write touches; listing them would hide what the officer changed. */
const IGNORED = new Set(['updated_at', 'next_statuses', 'start', 'end']);

/** A leaf value as text: strings as they are, lists joined, nothing as empty. */
function asText(value: JsonValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((v) => asText(v)).join(', ');
  return JSON.stringify(value);
}

function isRecord(value: JsonValue | undefined): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function walk(path: string, before: JsonValue | undefined, after: JsonValue | undefined, out: FieldChange[]) {
  if (isRecord(before) || isRecord(after)) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    for (const key of keys) {
      if (path === '' && IGNORED.has(key)) continue;
      walk(path ? `${path}.${key}` : key, b[key], a[key], out);
    }
    return;
  }
  const was = asText(before);
  const now = asText(after);
  if (was !== now) out.push({ field: path, before: was, after: now });
}

/**
 * The fields that differ between two versions of a record, in the order the record lists them. A creation
 * (no before) lists every filled field; a move to the trash lists what it changed (`deleted_at`).
 */
export function fieldChanges(before: JsonValue | null, after: JsonValue | null): FieldChange[] {
  const out: FieldChange[] = [];
  walk('', before ?? undefined, after ?? undefined, out);
  return out.filter((c) => c.field !== '' && (c.before !== '' || c.after !== ''));
}
