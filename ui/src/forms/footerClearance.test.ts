import { describe, expect, it, vi } from 'vitest';
import { focusInPlace } from '../lib/focus';
import { keepClearOfFooter } from './footerClearance';

function rect(top: number, bottom: number): DOMRect {
  return { top, bottom, left: 0, right: 100, width: 100, height: bottom - top, x: 0, y: top, toJSON: () => ({}) };
}

function panelWith(fieldBottom: number, keyboard: boolean) {
  const panel = document.createElement('section');
  panel.innerHTML = '<input class="field"><div class="actions"><button>Save</button></div>';
  document.body.append(panel);
  const field = panel.querySelector<HTMLInputElement>('.field')!;
  panel.querySelector<HTMLElement>('.actions')!.getBoundingClientRect = () => rect(600, 660);
  field.getBoundingClientRect = () => rect(fieldBottom - 30, fieldBottom);
  const matches = field.matches.bind(field);
  vi.spyOn(field, 'matches').mockImplementation((selector: string) =>
    (selector === ':focus-visible' ? keyboard : matches(selector)));
  return { panel, field };
}

describe('a side panel with its buttons kept in view', () => {
  it('scrolls a field reached with the keyboard out from under the buttons', () => {
    const { panel, field } = panelWith(620, true);
    panel.addEventListener('focusin', keepClearOfFooter);
    field.focus();
    expect(panel.scrollTop).toBe(28);
  });

  it('does not move the form under a pointer that clicked a field', () => {
    const { panel, field } = panelWith(620, false);
    panel.addEventListener('focusin', keepClearOfFooter);
    field.focus();
    expect(panel.scrollTop).toBe(0);
  });

  it('gives focus back without scrolling the element to the middle of the screen', () => {
    const row = document.createElement('button');
    document.body.append(row);
    const focus = vi.spyOn(row, 'focus');
    row.scrollIntoView = vi.fn();
    focusInPlace(row);
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
    expect(row.scrollIntoView).toHaveBeenCalledWith({ block: 'nearest', inline: 'nearest' });
  });
});
