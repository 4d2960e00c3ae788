import { describe, expect, it } from 'vitest';
import { instruction } from '../test/builders';
import { timeline } from './instructionTimeline';

describe('instruction timeline', () => {
  it('merges state changes, extensions, reports and edits, oldest first', () => {
    const entries = timeline({
      instruction: instruction(),
      changes: [
        { seq: 1, at: '2026-01-10T08:00:00Z', os_user: 'karimova', from_state: null, to_state: 'assigned', note: '' },
        { seq: 3, at: '2026-04-02T09:00:00Z', os_user: 'karimova', from_state: 'assigned', to_state: 'reported', note: '' },
      ],
      extensions: [
        { seq: 2, at: '2026-03-01T10:00:00Z', os_user: 'petrov', old_due_on: '2026-03-01', new_due_on: '2026-04-15', reason: 'Ждём ответа' },
      ],
      reports: [
        { id: 'r-1', instruction_id: 'i-1', reported_on: '2026-04-01', text: 'Исполнено', author: 'Минэнерго', created_at: '2026-04-02T09:00:00Z' },
      ],
      edits: [
        { seq: 1, at: '2026-02-01T08:00:00Z', os_user: 'saidova', changes: [
          { field: 'controller', old: { ru: '', uz: '', en: '' }, new: { ru: 'Каримова', uz: 'Karimova', en: 'Karimova' } },
        ] },
      ],
      reminders: [
        { id: 'n-1', sent_on: '2026-03-05', letter_number: '01-03/4', channel: 'letter', body_id: 'b-1',
          body: { ru: 'Минэнерго', uz: 'Energetika vazirligi', en: 'Ministry of Energy' },
          at: '2026-03-05T07:00:00Z', os_user: 'saidova' },
      ],
    }, 'ru');
    expect(entries.map((e) => `${e.kind}:${e.user}`)).toEqual([
      'change:karimova', 'edit:saidova', 'extension:petrov', 'reminder:saidova', 'change:karimova', 'report:Минэнерго',
    ]);
  });
});
