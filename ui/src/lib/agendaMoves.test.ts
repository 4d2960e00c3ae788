import { describe, expect, it } from 'vitest';
import { agendaItem, agendaOf } from '../test/builders';
import { dropPlace, placesOf } from './agendaMoves';

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

  it('drops an item into the place of the one it is dropped on', () => {
    expect(dropPlace(entries, entry('open'), entry('close'))).toEqual({ parent_id: null, position: 2 });
    expect(dropPlace(entries, entry('close'), entry('open'))).toEqual({ parent_id: null, position: 0 });
    expect(dropPlace(entries, entry('close'), entry('sub'))).toEqual({ parent_id: 'report', position: 0 });
    expect(dropPlace(entries, entry('report'), entry('sub'))).toBeNull();
    expect(dropPlace(entries, entry('open'), entry('open'))).toBeNull();
  });
});
