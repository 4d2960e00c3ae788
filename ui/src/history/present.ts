// How the history names what changed: the form's labels for fields, translated states, local dates, and a
// record's number (or title) rather than its id.
import { lang, t, type MessageKey } from '../i18n/index.svelte';
import type { AuditEntry, JsonValue } from '../ipc';
import { formatDate, formatInstant } from '../lib/dates';
import { asText } from './diff';

/** Field names an officer knows, as the forms label them; others keep the record's own name. */
const FIELD_LABELS: Record<string, MessageKey> = {
  status: 'field.status', since: 'field.since', 'basis.title': 'field.basisTitle',
  'basis.number': 'field.basisNumber', 'basis.date': 'field.basisDate', sectors: 'field.sectors',
  notes: 'field.notes', contacts: 'field.contacts', title: 'auditField.title', text: 'auditField.text',
  name: 'auditField.name', full_name: 'auditField.name', deleted_at: 'auditField.deleted_at',
  due_on: 'instruction.due', state: 'auditField.state', starts_at: 'auditField.starts_at',
  number: 'auditField.number', venue_city: 'auditField.venue_city', position: 'auditField.position',
  lead_body: 'control.col.lead', co_executor_ids: 'instruction.co', controller_person_id: 'instruction.controller',
  last_report_on: 'control.col.lastReport', created_at: 'auditField.created_at',
  report_count: 'auditField.report_count', original_due_on: 'auditField.original_due_on',
  extension_count: 'auditField.extension_count', state_reason: 'auditField.reason',
  status_reason: 'auditField.reason', removed_on: 'auditField.removed_on', adopted_on: 'auditField.adopted_on',
  ends_at: 'auditField.ends_at',
};

/** `notes.uz` reads as "Notes (uz)"; an unknown field shows its path. */
export function fieldLabel(path: string): string {
  const parts = path.split('.');
  const last = parts.at(-1) ?? '';
  const inLang = parts.length > 1 && (last === 'ru' || last === 'uz' || last === 'en');
  const base = inLang ? parts.slice(0, -1).join('.') : path;
  const key = FIELD_LABELS[base];
  if (!key) return path;
  return inLang ? `${t(key)} (${last})` : t(key);
}

/** The catalog family of a record's `status`, by record type. */
const STATUS_KEYS: Record<string, string> = {
  pairing: 'status', session: 'sessionStatus', decision: 'decisionStatus',
};

function translated(key: string, fallback: string): string {
  const text = t(key as MessageKey);
  return text === undefined ? fallback : text;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A changed value of `entity`'s field `path` as the screens show it. */
export function showValue(entity: string) {
  return (path: string, value: JsonValue | undefined): string => {
    if (typeof value !== 'string') return asText(value);
    if (path === 'state') return translated(`state.${value}`, value);
    if (path === 'status' && STATUS_KEYS[entity]) return translated(`${STATUS_KEYS[entity]}.${value}`, value);
    if (DATE.test(value)) return formatDate(value, lang());
    if (INSTANT.test(value)) return formatInstant(value, lang());
    return value;
  };
}

function fieldOf(record: JsonValue | null, name: string): JsonValue | undefined {
  return record !== null && typeof record === 'object' && !Array.isArray(record) ? record[name] : undefined;
}

/** What names the record of a change: its number, else its title in the interface's language, else its id. */
export function recordLabel(entry: Pick<AuditEntry, 'before' | 'after' | 'record_id'>): string {
  for (const version of [entry.after, entry.before]) {
    const number = fieldOf(version, 'number');
    if (typeof number === 'string' && number !== '') return number;
    const title = fieldOf(version, 'title') ?? fieldOf(version, 'name');
    if (typeof title === 'string' && title !== '') return title;
    const local = fieldOf(title ?? null, lang());
    if (typeof local === 'string' && local !== '') return local;
  }
  return entry.record_id.slice(0, 8);
}
