import { fireEvent, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { renderAgendaPage, order, row, threeItems } from '../test/agendaPage';
import { agendaItem, agendaOf, session } from '../test/builders';
import { backendWith, mockSessionBackend, type Backend } from '../test/sessionBackend';

vi.mock('../ipc');

const AGENDA_LOCKED = 'Повестка утверждена и закрыта для изменений. Начните новую версию.';

const items = threeItems;

let backend: Backend;

describe('agenda builder', () => {
  beforeEach(() => {
    showLanguage('ru');
    backend = mockSessionBackend(backendWith(items()));
  });

  it('numbers and times each item on the venue clock and Moscow’s, with the total and planned end', async () => {
    await renderAgendaPage();
    expect(order()).toEqual(['1 opening', '2 energy', '3 tourism']);
    const energy = within(row('energy'));
    expect(energy.getByText('О сотрудничестве в энергетике')).toBeTruthy();
    expect(energy.getByTestId('clock-venue').textContent?.replace(/\s/g, '')).toBe('10:10–10:40');
    expect(energy.getByTestId('clock-moscow').textContent).toContain('08:10–08:40');
    expect(energy.queryByTestId('clock-tashkent')).toBeNull();
    expect(screen.getByTestId('agenda-total').textContent).toContain('Всего: 1 ч');
    expect(within(screen.getByTestId('agenda-end')).getByTestId('clock-venue').textContent?.trim()).toBe('11:00');
  });

  it('moves an item down with the button and shows the numbers the backend answers', async () => {
    await renderAgendaPage();
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');
    await fireEvent.click(within(row('energy')).getByTestId('agenda-down'));
    expect(ipc.moveAgendaItem).toHaveBeenCalledWith('energy', { parent_id: null, position: 2 });
    await vi.waitFor(() => expect(order()).toEqual(['1 opening', '2 tourism', '3 energy']));
    expect(within(row('energy')).getByTestId('clock-venue').textContent?.replace(/\s/g, '')).toBe('10:30–11:00');
    expect(document.activeElement).toBe(row('energy'));
    // The moved row shows its focus ring even though the move was clicked.
    expect(focus).toHaveBeenLastCalledWith({ focusVisible: true });
    focus.mockRestore();
  });

  it('moves the focused row with Alt+↑ and keeps the focus on it', async () => {
    await renderAgendaPage();
    row('tourism').focus();
    await fireEvent.keyDown(row('tourism'), { key: 'ArrowUp', altKey: true });
    expect(ipc.moveAgendaItem).toHaveBeenLastCalledWith('tourism', { parent_id: null, position: 1 });
    await vi.waitFor(() => expect(order()).toEqual(['1 opening', '2 tourism', '3 energy']));
    expect(document.activeElement).toBe(row('tourism'));
    await fireEvent.keyDown(row('tourism'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(row('energy'));
  });

  it('makes a sub-item of the item above and back again', async () => {
    await renderAgendaPage();
    expect((within(row('opening')).getByTestId('agenda-indent') as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(within(row('tourism')).getByTestId('agenda-indent'));
    expect(ipc.moveAgendaItem).toHaveBeenCalledWith('tourism', { parent_id: 'energy', position: null });
    await vi.waitFor(() => expect(order()).toEqual(['1 opening', '2 energy', '2.1 tourism']));
    expect(row('tourism').dataset.depth).toBe('1');

    await fireEvent.click(within(row('tourism')).getByTestId('agenda-outdent'));
    expect(ipc.moveAgendaItem).toHaveBeenLastCalledWith('tourism', { parent_id: null, position: 2 });
    await vi.waitFor(() => expect(order()).toEqual(['1 opening', '2 energy', '3 tourism']));
  });

  it('saves a duration typed in place at once and shows the times the backend computes', async () => {
    await renderAgendaPage();
    const input = within(row('energy')).getByTestId('agenda-duration') as HTMLInputElement;
    await fireEvent.change(input, { target: { value: '45' } });
    // Only what changed goes to the backend: the rest of the item stays as the backend keeps it.
    expect(ipc.setAgendaItemDuration).toHaveBeenCalledWith('energy', 45);
    expect(ipc.updateAgendaItem).not.toHaveBeenCalled();
    await vi.waitFor(() =>
      expect(within(row('energy')).getByTestId('clock-venue').textContent?.replace(/\s/g, '')).toBe('10:10–10:55'));
    // The items after it follow once the agenda is asked again.
    await vi.waitFor(() =>
      expect(within(row('tourism')).getByTestId('clock-venue').textContent?.replace(/\s/g, '')).toBe('10:55–11:15'));
    expect(screen.getByTestId('agenda-total').textContent).toContain('1 ч 15 мин');
  });

  it('sends a whole number of minutes typed in place as it is and shows the backend’s refusal under the row', async () => {
    await renderAgendaPage();
    vi.mocked(ipc.setAgendaItemDuration).mockRejectedValueOnce({
      code: 'invalid_value', message: 'Недопустимое значение: «2000».', field: 'duration_min',
    });
    await fireEvent.change(within(row('energy')).getByTestId('agenda-duration'), { target: { value: '2000' } });
    expect(ipc.setAgendaItemDuration).toHaveBeenCalledWith('energy', 2000);
    expect((await within(row('energy')).findByTestId('agenda-error')).textContent).toBe('Недопустимое значение: «2000».');
    expect(within(row('energy')).getByTestId('clock-venue').textContent?.replace(/\s/g, '')).toBe('10:10–10:40');
  });

  it('shows the times of the item from the backend’s answer before the rest is asked again', async () => {
    await renderAgendaPage();
    vi.mocked(ipc.getAgenda).mockImplementation(() => new Promise(() => undefined));
    await fireEvent.change(within(row('energy')).getByTestId('agenda-duration'), { target: { value: '60' } });
    await vi.waitFor(() =>
      expect(within(row('energy')).getByTestId('clock-venue').textContent?.replace(/\s/g, '')).toBe('10:10–11:10'));
  });

  it('disables editing while the agenda is approved and says so', async () => {
    backend.session = session({ agenda_approved_at: '2026-05-20T06:00:00.000Z' });
    await renderAgendaPage();
    expect(screen.getByTestId('agenda-locked').textContent).toContain('утверждена');
    expect((screen.getByTestId('agenda-add') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('agenda-standing') as HTMLButtonElement).disabled).toBe(true);
    // An approved version is read-only: its durations are text, with no control to change them.
    expect(within(row('energy')).queryByTestId('agenda-duration')).toBeNull();
    expect(row('energy').querySelector('input')).toBeNull();
    expect(within(row('energy')).getByTestId('agenda-duration-text').textContent).toBe('30 мин');
    expect(within(row('energy')).queryByTestId('agenda-down')).toBeNull();
    expect(row('energy').getAttribute('draggable')).toBe('false');
    expect(screen.getByTestId('agenda-revise')).toBeTruthy();
    // Decisions are taken at the session, on the approved agenda.
    expect(within(row('energy')).getByTestId('agenda-decide')).toBeTruthy();
  });

  it('shows the backend’s agenda_locked next to the move it refused, and the agenda locked', async () => {
    await renderAgendaPage();
    vi.mocked(ipc.moveAgendaItem).mockRejectedValue({ code: 'agenda_locked', message: AGENDA_LOCKED, field: null });
    backend.session = session({ agenda_approved_at: '2026-05-20T06:00:00.000Z' });
    await fireEvent.click(within(row('energy')).getByTestId('agenda-down'));
    const message = await within(row('energy')).findByTestId('agenda-error');
    expect(message.textContent).toBe(AGENDA_LOCKED);
    await screen.findByTestId('agenda-locked');
    expect(order()).toEqual(['1 opening', '2 energy', '3 tourism']);
  });

  it('approves the agenda once the officer confirms what approval locks, and shows the refusal beside the button', async () => {
    vi.mocked(ipc.approveAgenda).mockReset().mockImplementation(async () => {
      backend.session = session({ agenda_approved_at: '2026-05-20T06:00:00.000Z' });
      return (await ipc.getAgenda('s-1', null));
    });
    await renderAgendaPage();
    await fireEvent.click(screen.getByTestId('agenda-approve'));
    expect(screen.getByTestId('approve-confirm').textContent).toContain('любое изменение потребует новой версии');
    await fireEvent.keyDown(screen.getByTestId('approve-go'), { key: 'Escape' });
    expect(screen.queryByTestId('approve-confirm')).toBeNull();
    expect(ipc.approveAgenda).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId('agenda-approve'));
    await fireEvent.click(screen.getByTestId('approve-go'));
    await screen.findByTestId('agenda-locked');
    expect((screen.getByTestId('agenda-add') as HTMLButtonElement).disabled).toBe(true);

    vi.mocked(ipc.reviseAgenda).mockReset().mockRejectedValue({ code: 'invalid_transition', message: 'Нельзя', field: null });
    await fireEvent.click(screen.getByTestId('agenda-revise'));
    expect((await screen.findByTestId('agenda-error')).textContent).toBe('Нельзя');
  });

  it('deletes an item and brings it back with Undo', async () => {
    vi.mocked(ipc.deleteAgendaItem).mockReset().mockImplementation(async (id) => {
      const gone = backend.items.find((i) => i.id === id)!;
      backend.items = backend.items.filter((i) => i.id !== id);
      return gone;
    });
    vi.mocked(ipc.restoreFromTrash).mockReset().mockImplementation(async () => {
      backend.items = items();
    });
    await renderAgendaPage();
    await fireEvent.click(within(row('energy')).getByTestId('agenda-delete'));
    expect(ipc.deleteAgendaItem).toHaveBeenCalledWith('energy');
    await vi.waitFor(() => expect(order()).toEqual(['1 opening', '2 tourism']));
    await fireEvent.click(screen.getByTestId('toast-undo'));
    expect(ipc.restoreFromTrash).toHaveBeenCalledWith('agenda_item', 'energy');
    await vi.waitFor(() => expect(order()).toEqual(['1 opening', '2 energy', '3 tourism']));
  });

  it('refuses a duration that is not whole minutes on its field in the side form, sending nothing', async () => {
    vi.mocked(ipc.addAgendaItem).mockReset();
    await renderAgendaPage();
    await fireEvent.keyDown(window, { key: 'n', code: 'KeyN', ctrlKey: true });
    await fireEvent.input(screen.getByTestId('agenda-item-title-ru'), { target: { value: 'Перерыв' } });
    await fireEvent.input(screen.getByTestId('agenda-item-duration'), { target: { value: '7.5' } });
    await fireEvent.click(screen.getByTestId('agenda-item-save'));
    expect(await screen.findByText('Укажите продолжительность в целых минутах.')).toBeTruthy();
    expect(screen.getByTestId('agenda-item-duration').getAttribute('aria-invalid')).toBe('true');
    expect(ipc.addAgendaItem).not.toHaveBeenCalled();
  });

  it('adds an item from the side form (Ctrl+N) at the end of the agenda', async () => {
    vi.mocked(ipc.addAgendaItem).mockReset().mockImplementation(async (_, input) => {
      backend.items = [...backend.items, agendaItem({ id: 'new', position: 3, ...input, presenters: [] })];
      return (await ipc.getAgenda('s-1', null)).entries.at(-1)!;
    });
    await renderAgendaPage();
    await fireEvent.keyDown(window, { key: 'n', code: 'KeyN', ctrlKey: true });
    await fireEvent.change(screen.getByTestId('agenda-item-kind'), { target: { value: 'signing' } });
    await fireEvent.input(screen.getByTestId('agenda-item-title-ru'), { target: { value: 'Подписание соглашений' } });
    await fireEvent.input(screen.getByTestId('agenda-item-duration'), { target: { value: '25' } });
    await fireEvent.click(screen.getByTestId('agenda-item-save'));
    expect(ipc.addAgendaItem).toHaveBeenCalledWith('s-1', expect.objectContaining({
      kind: 'signing', duration_min: 25, title: { ru: 'Подписание соглашений', uz: '', en: '' },
    }), { parent_id: null, position: null });
    await vi.waitFor(() => expect(order().at(-1)).toBe('4 new'));
    expect(screen.queryByTestId('agenda-item-form')).toBeNull();
  });

  it('reads an older version without any control to change it', async () => {
    backend.session = session({ agenda_version: 2 });
    vi.mocked(ipc.agendaVersions).mockResolvedValue([
      { version: 1, approved_at: '2026-05-01T06:00:00.000Z' }, { version: 2, approved_at: null },
    ]);
    await renderAgendaPage();
    vi.mocked(ipc.getAgenda).mockImplementation(async (_, version) =>
      agendaOf(items(), session({ agenda_version: version ?? 2 }), {
        current: version === null, approved_at: version === 1 ? '2026-05-01T06:00:00.000Z' : null,
      }));
    await fireEvent.change(screen.getByTestId('agenda-version'), { target: { value: '1' } });
    expect(ipc.getAgenda).toHaveBeenLastCalledWith('s-1', 1);
    await screen.findByTestId('agenda-locked');
    expect(screen.getByTestId('agenda-locked').textContent).toContain('Версия 1');
    expect(within(row('energy')).queryByTestId('agenda-decide')).toBeNull();
    expect(screen.queryByTestId('agenda-add')).toBeNull();
    expect(within(row('energy')).queryByTestId('agenda-duration')).toBeNull();
    expect(within(row('energy')).getByTestId('agenda-duration-text').textContent).toBe('30 мин');
  });
});
