import { describe, expect, it } from 'vitest';
import { instruction } from '../test/builders';
import type { DeadlineNotice } from '../ipc';
import { dueWithinChoices, matchesQuery, toFilter, viewFor } from './controlFilter';

describe('control filter', () => {
  it('starts on what is still under control, page one', () => {
    expect(toFilter(viewFor(null), 0)).toEqual({
      states: [], open_only: true, body: null, pairing: null, session: null,
      overdue: false, due_within_days: null, limit: 101, offset: 0,
    });
  });

  it('turns the dashboard cards into filters', () => {
    expect(toFilter(viewFor('overdue'), 0)).toMatchObject({ open_only: true, overdue: true });
    expect(toFilter(viewFor('dueSoon'), 0)).toMatchObject({ open_only: true, due_within_days: 7 });
  });

  it('opens on exactly what the deadline notice counted: the overdue and those due within its window', () => {
    const notice: DeadlineNotice['filter'] = {
      states: [], open_only: true, body: null, pairing: null, session: null,
      overdue: true, due_within_days: 14, limit: null, offset: 0,
    };
    const { limit: _limit, ...asked } = toFilter(viewFor({ noticeDays: 14 }), 0);
    const { limit: _noLimit, ...counted } = notice;
    expect(asked).toEqual(counted);
    // A window the filter does not offer is offered while it is in use.
    expect(dueWithinChoices(14)).toEqual([7, 14, 30]);
    expect(dueWithinChoices(7)).toEqual([7, 30]);
  });

  it('asks for one state, a body and later pages', () => {
    const view = { state: 'reported' as const, body: 'b-1', overdue: false, dueWithin: 30 };
    expect(toFilter(view, 2)).toMatchObject({
      states: ['reported'], open_only: false, body: 'b-1', due_within_days: 30, offset: 200,
    });
    expect(toFilter({ ...view, state: 'all' }, 0)).toMatchObject({ states: [], open_only: false });
  });

  it('finds an instruction by number or by its text in any language', () => {
    const found = instruction({ number: '3.2', text: { ru: 'Провести ярмарку', uz: 'Yarmarka oʻtkazish', en: '' } });
    expect(matchesQuery(found, '3.2')).toBe(true);
    expect(matchesQuery(found, 'ЯРМАРК')).toBe(true);
    expect(matchesQuery(found, "o'tkaz")).toBe(true);
    expect(matchesQuery(found, 'forum')).toBe(false);
  });
});
