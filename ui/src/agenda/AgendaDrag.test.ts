import { createEvent, fireEvent, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { order, renderAgendaPage, row, rows, threeItems } from '../test/agendaPage';
import { backendWith, mockSessionBackend } from '../test/sessionBackend';

vi.mock('../ipc');

const HEIGHT = 40;

/** Lays the rows out one under the other, HEIGHT pixels each (jsdom lays nothing out). */
function layOut() {
  rows().forEach((r, i) => {
    r.getBoundingClientRect = () => new DOMRect(0, i * HEIGHT, 800, HEIGHT);
  });
}

/** A drag event at `y` on `target` (jsdom has no DragEvent, so the pointer's place is set by hand). */
async function drag(kind: 'dragStart' | 'dragOver' | 'dragLeave' | 'drop', target: Element, y = 0, related: Element | null = null) {
  const event = createEvent[kind](target);
  Object.defineProperty(event, 'clientY', { value: y });
  Object.defineProperty(event, 'relatedTarget', { value: related });
  await fireEvent(target, event);
  return event;
}

/** The part of a row that is not its number: its title. */
const title = (id: string) => row(id).querySelector('.agenda-title [lang]')!;
const top = (id: string) => rows().indexOf(row(id)) * HEIGHT;

describe('dragging agenda items', () => {
  beforeEach(() => {
    showLanguage('ru');
    mockSessionBackend(backendWith(threeItems()));
  });

  it('drags a row by its title and shows a drop line before, into or after the row under the pointer', async () => {
    await renderAgendaPage();
    layOut();
    await drag('dragStart', title('tourism'));
    // The dragged row itself is no place to drop.
    expect((await drag('dragOver', title('tourism'), top('tourism') + 5)).defaultPrevented).toBe(false);
    expect(row('tourism').dataset.drop).toBeUndefined();
    const times = within(row('energy')).getByTestId('agenda-time');
    await drag('dragOver', times, top('energy') + 4);
    expect(row('energy').dataset.drop).toBe('before');
    expect(row('energy').classList.contains('drop-before')).toBe(true);
    await drag('dragOver', times, top('energy') + HEIGHT / 2);
    expect(row('energy').dataset.drop).toBe('into');
    const over = await drag('dragOver', times, top('energy') + HEIGHT - 3);
    expect(row('energy').dataset.drop).toBe('after');
    expect(over.defaultPrevented).toBe(true);
    // Passing over another part of the same row keeps the line; leaving the row takes it away.
    await drag('dragLeave', row('energy'), 0, title('energy'));
    expect(row('energy').dataset.drop).toBe('after');
    await drag('dragLeave', row('energy'), 0, null);
    expect(row('energy').dataset.drop).toBeUndefined();

    await drag('dragOver', title('energy'), top('energy') + 2);
    await drag('drop', title('energy'), top('energy') + 2);
    expect(ipc.moveAgendaItem).toHaveBeenCalledWith('tourism', { parent_id: null, position: 1 });
    await vi.waitFor(() => expect(order()).toEqual(['1 opening', '2 tourism', '3 energy']));
    expect(rows().some((r) => r.dataset.drop)).toBe(false);
  });

  it('drops into the middle of a row to make a sub-item, and after a row below it', async () => {
    await renderAgendaPage();
    layOut();
    await drag('dragStart', title('tourism'));
    await drag('dragOver', title('opening'), top('opening') + HEIGHT / 2);
    await drag('drop', title('opening'), top('opening') + HEIGHT / 2);
    expect(ipc.moveAgendaItem).toHaveBeenLastCalledWith('tourism', { parent_id: 'opening', position: null });
    await vi.waitFor(() => expect(order()).toEqual(['1 opening', '1.1 tourism', '2 energy']));

    layOut();
    await drag('dragStart', title('opening'));
    await drag('dragOver', title('energy'), top('energy') + HEIGHT - 1);
    // An item with a sub-item cannot go into another: the middle of the row is "after" for it.
    await drag('dragOver', title('energy'), top('energy') + HEIGHT * 0.6);
    expect(row('energy').dataset.drop).toBe('after');
    await drag('drop', title('energy'), top('energy') + HEIGHT * 0.6);
    expect(ipc.moveAgendaItem).toHaveBeenLastCalledWith('opening', { parent_id: null, position: 1 });
    await vi.waitFor(() => expect(order()).toEqual(['1 energy', '2 opening', '2.1 tourism']));
  });
});
