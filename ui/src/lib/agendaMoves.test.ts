import { describe, expect, it } from 'vitest';
import { agendaItem, agendaOf } from '../test/builders';
import { dropPlace, dropZoneAt, placesOf } from './agendaMoves';

// 1 opening, 2 report (2.1 sub-report), 3 closing
const entries = agendaOf([
  agendaItem({ id: 'open', position: 0 }),
  agendaItem({ id: 'report', position: 1 }),
  agendaItem({ id: 'sub', parent_id: 'report', position: 0 }),
  agendaItem({ id: 'close', position: 2 }),
]).entries;
const entry = (id: string) => entries.find((e) => e.item.id === id)!;

describe('agenda moves', () => {
  it('moves among the siblings, counting them without the item', () => {
    expect(placesOf(entries, entry('open'))).toMatchObject({ up: null, down: { parent_id: null, position: 1 } });
    expect(placesOf(entries, entry('close'))).toMatchObject({ up: { parent_id: null, position: 1 }, down: null });
    expect(placesOf(entries, entry('sub'))).toMatchObject({ up: null, down: null });
  });

  it('indents under the item above and outdents to right after the parent', () => {
    expect(placesOf(entries, entry('close')).indent).toEqual({ parent_id: 'report', position: null });
    expect(placesOf(entries, entry('open')).indent).toBeNull();
    // An item with sub-items cannot become one: nesting is one level deep.
    expect(placesOf(entries, entry('report')).indent).toBeNull();
    expect(placesOf(entries, entry('sub')).outdent).toEqual({ parent_id: null, position: 2 });
    expect(placesOf(entries, entry('report')).outdent).toBeNull();
  });

  it('drops an item before or after the row under the pointer, or into it as its last sub-item', () => {
    expect(dropPlace(entries, entry('open'), entry('close'), 'before')).toEqual({ parent_id: null, position: 1 });
    expect(dropPlace(entries, entry('open'), entry('close'), 'after')).toEqual({ parent_id: null, position: 2 });
    expect(dropPlace(entries, entry('close'), entry('open'), 'before')).toEqual({ parent_id: null, position: 0 });
    expect(dropPlace(entries, entry('close'), entry('open'), 'after')).toEqual({ parent_id: null, position: 1 });
    expect(dropPlace(entries, entry('close'), entry('sub'), 'after')).toEqual({ parent_id: 'report', position: 1 });
    expect(dropPlace(entries, entry('close'), entry('open'), 'into')).toEqual({ parent_id: 'open', position: null });
    // Nesting is one level deep, and an item never goes on itself or under its own sub-item.
    expect(dropPlace(entries, entry('close'), entry('sub'), 'into')).toBeNull();
    expect(dropPlace(entries, entry('report'), entry('open'), 'into')).toBeNull();
    expect(dropPlace(entries, entry('report'), entry('sub'), 'before')).toBeNull();
    expect(dropPlace(entries, entry('open'), entry('open'), 'after')).toBeNull();
  });

  it('takes the line under a group where it is drawn: above the first sub-item, or after the whole group', () => {
    // The line under "report" is above its sub-item: an item dropped there becomes its first sub-item.
    expect(dropPlace(entries, entry('close'), entry('report'), 'after')).toEqual({ parent_id: 'report', position: 0 });
    // 1 first (1.1 early), 2 report (2.1 sub): "first" cannot nest, so it goes after the whole group of "report".
    const groups = agendaOf([
      agendaItem({ id: 'first', position: 0 }),
      agendaItem({ id: 'early', parent_id: 'first', position: 0 }),
      agendaItem({ id: 'report', position: 1 }),
      agendaItem({ id: 'sub', parent_id: 'report', position: 0 }),
    ]).entries;
    const at = (id: string) => groups.find((e) => e.item.id === id)!;
    expect(dropPlace(groups, at('first'), at('report'), 'after')).toBeNull();
    expect(dropPlace(groups, at('first'), at('sub'), 'after')).toEqual({ parent_id: null, position: 1 });
    expect(dropPlace(groups, at('first'), at('sub'), 'before')).toBeNull();
  });

  it('reads the zone from where the pointer is on the row', () => {
    expect(dropZoneAt(entries, entry('close'), entry('open'), 0.1)).toBe('before');
    expect(dropZoneAt(entries, entry('close'), entry('open'), 0.5)).toBe('into');
    expect(dropZoneAt(entries, entry('close'), entry('open'), 0.9)).toBe('after');
    // Where the item cannot nest, the row splits in two halves.
    expect(dropZoneAt(entries, entry('report'), entry('close'), 0.4)).toBe('before');
    expect(dropZoneAt(entries, entry('report'), entry('close'), 0.6)).toBe('after');
    expect(dropZoneAt(entries, entry('report'), entry('sub'), 0.5)).toBeNull();
  });
});
