import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { officersKnown } from '../lib/officer.svelte';
import { energyMinistry, person, regions, sverdlovsk, sverdlovskGovernment } from '../test/builders';
import { observer } from '../test/officers';
import BodiesScreen from './BodiesScreen.svelte';

vi.mock('../ipc');

const field = (id: string) => screen.getByTestId(id) as HTMLInputElement;

async function renderScreen() {
  const onloaded = vi.fn();
  render(BodiesScreen, { regions, onloaded });
  await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
}

describe('bodies and people screen', () => {
  beforeEach(() => {
    showLanguage('ru');
    officersKnown(false, null);
    vi.mocked(ipc.listBodies).mockReset().mockResolvedValue([energyMinistry, sverdlovskGovernment]);
    vi.mocked(ipc.listPeople).mockReset().mockResolvedValue([person()]);
    vi.mocked(ipc.createBody).mockReset();
    vi.mocked(ipc.updateBody).mockReset();
    vi.mocked(ipc.deleteBody).mockReset();
    vi.mocked(ipc.restoreBody).mockReset();
    vi.mocked(ipc.createPerson).mockReset();
  });

  it('lists bodies with kind, country and region, and flags a missing name', async () => {
    await renderScreen();
    expect(ipc.listBodies).toHaveBeenCalledWith(null, false);
    const rows = screen.getAllByTestId('body-row');
    expect(rows.map((r) => r.dataset.id)).toEqual([energyMinistry.id, sverdlovskGovernment.id]);
    expect(rows[1].textContent).toContain('Региональная администрация');
    expect(rows[1].textContent).toContain('Свердловская область');
    expect(within(rows[1]).queryByTestId('missing-translation')).toBeNull();
    showLanguage('uz');
    await vi.waitFor(() => expect(within(screen.getAllByTestId('body-row')[1]).getByTestId('missing-translation')).toBeTruthy());
  });

  it('lets an observer read a body’s form but not save it, nor start a new one, saying why', async () => {
    officersKnown(true, observer);
    await renderScreen();
    const reason = 'Только сотрудник секретариата, не наблюдатель';
    expect(screen.getByTestId('body-new').getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByTestId('body-new').title).toBe(reason);
    await fireEvent.click(within(screen.getAllByTestId('body-row')[0]).getByTestId('body-edit'));
    expect(field('body-name-ru').value).toBe(energyMinistry.name.ru);
    const save = screen.getByTestId('body-save');
    expect(save.getAttribute('aria-disabled')).toBe('true');
    expect(save.title).toBe(reason);
    await fireEvent.click(save);
    expect(ipc.updateBody).not.toHaveBeenCalled();
    expect(within(screen.getAllByTestId('body-row')[0]).getByTestId('body-delete').title).toBe(reason);
  });

  it('shows the backend error on the name by the name fields, keeping what was typed', async () => {
    vi.mocked(ipc.createBody).mockRejectedValue({ code: 'required', message: 'Заполните поле «наименование».', field: 'name' });
    await renderScreen();
    await fireEvent.click(screen.getByTestId('body-new'));
    await fireEvent.change(field('body-country'), { target: { value: 'RU' } });
    await fireEvent.change(field('body-kind'), { target: { value: 'agency' } });
    await fireEvent.click(screen.getByTestId('body-save'));

    expect(ipc.createBody).toHaveBeenCalledWith({
      name: { ru: '', uz: '', en: '' }, country: 'RU', kind: 'agency', region: null,
    });
    const message = await screen.findByTestId('error-name');
    expect(message.textContent).toBe('Заполните поле «Наименование».');
    expect(message.closest('fieldset')?.contains(field('body-name-ru'))).toBe(true);
    expect(field('body-name-ru').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('body-name-ru'));
    expect(field('body-country').value).toBe('RU');
  });

  it('creates a body with names side by side, flagging the missing translation', async () => {
    vi.mocked(ipc.createBody).mockResolvedValue(sverdlovskGovernment);
    await renderScreen();
    await fireEvent.keyDown(window, { key: 'т', code: 'KeyN', ctrlKey: true });
    await fireEvent.input(field('body-name-ru'), { target: { value: 'Правительство Свердловской области ' } });
    await fireEvent.input(field('body-name-en'), { target: { value: 'Government of Sverdlovsk Oblast' } });
    expect(screen.getByTestId('missing-body-name-uz').textContent).toBe('Нет перевода');
    expect(screen.queryByTestId('missing-body-name-en')).toBeNull();
    await fireEvent.change(field('body-country'), { target: { value: 'RU' } });
    await fireEvent.change(field('body-kind'), { target: { value: 'regional_administration' } });
    const regionNames = [...field('body-region').querySelectorAll('option')].map((o) => o.textContent);
    expect(regionNames).not.toContain('Самаркандская область (UZ-SA)');
    await fireEvent.change(field('body-region'), { target: { value: sverdlovsk.id } });
    await fireEvent.click(screen.getByTestId('body-save'));
    expect(ipc.createBody).toHaveBeenCalledWith({
      name: { ru: 'Правительство Свердловской области', uz: '', en: 'Government of Sverdlovsk Oblast' },
      country: 'RU', kind: 'regional_administration', region: sverdlovsk.id,
    });
    await vi.waitFor(() => expect(screen.queryByTestId('body-form')).toBeNull());
  });

  it('opens a body\u2019s or a person\u2019s history, and starts on the tab and filter a search result gives', async () => {
    const onhistory = vi.fn();
    const onloaded = vi.fn();
    render(BodiesScreen, { regions, onloaded, onhistory, startTab: 'people', startQuery: 'zzz-nobody' });
    await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
    expect(screen.getByTestId('bodies-tab-people').getAttribute('aria-selected')).toBe('true');
    expect((screen.getByTestId('bodies-filter') as HTMLInputElement).value).toBe('zzz-nobody');
    expect(screen.queryAllByTestId('person-row')).toHaveLength(0);
    await fireEvent.input(screen.getByTestId('bodies-filter'), { target: { value: '' } });
    await fireEvent.click(screen.getAllByTestId('person-history')[0]);
    expect(onhistory).toHaveBeenCalledWith('person', person().id);
    await fireEvent.click(screen.getByTestId('bodies-tab-bodies'));
    await fireEvent.click(screen.getAllByTestId('body-history')[0]);
    expect(onhistory).toHaveBeenLastCalledWith('body', energyMinistry.id);
  });

  it('moves a body to the trash and brings it back with Undo', async () => {
    vi.mocked(ipc.deleteBody).mockResolvedValue({ ...energyMinistry, deleted_at: '2026-03-10T08:00:00Z' });
    vi.mocked(ipc.restoreBody).mockResolvedValue(energyMinistry);
    await renderScreen();
    await fireEvent.click(within(screen.getAllByTestId('body-row')[0]).getByTestId('body-delete'));
    expect(ipc.deleteBody).toHaveBeenCalledWith(energyMinistry.id);
    expect((await screen.findByTestId('toast')).textContent).toContain('Перемещено в корзину');
    expect(screen.getAllByTestId('body-row')).toHaveLength(1);
    await fireEvent.click(screen.getByTestId('toast-undo'));
    expect(ipc.restoreBody).toHaveBeenCalledWith(energyMinistry.id);
    await vi.waitFor(() => expect(screen.getAllByTestId('body-row')).toHaveLength(2));
  });

  it('lists people on their tab and creates one in the body chosen', async () => {
    vi.mocked(ipc.createPerson).mockRejectedValueOnce({ code: 'invalid_value', message: 'Недопустимое значение: «karimova@».', field: 'email' })
      .mockResolvedValue(person({ id: 'pe-2' }));
    await renderScreen();
    await fireEvent.click(screen.getByTestId('bodies-tab-people'));
    const rows = screen.getAllByTestId('person-row');
    expect(rows[0].textContent).toContain('Каримова Дильноза');
    expect(rows[0].textContent).toContain('Министерство энергетики Республики Узбекистан');

    await fireEvent.click(screen.getByTestId('person-new'));
    await fireEvent.input(field('person-name-ru'), { target: { value: 'Петров Иван' } });
    await fireEvent.input(field('person-position-ru'), { target: { value: 'Советник' } });
    await fireEvent.change(field('person-body'), { target: { value: sverdlovskGovernment.id } });
    expect(field('person-country').value).toBe('RU');
    await fireEvent.input(field('person-email'), { target: { value: 'karimova@' } });
    await fireEvent.click(screen.getByTestId('person-save'));
    expect((await screen.findByTestId('error-email')).textContent).toContain('karimova@');
    expect(field('person-email').parentElement?.contains(screen.getByTestId('error-email'))).toBe(true);

    await fireEvent.input(field('person-email'), { target: { value: 'i.petrov@example.ru' } });
    await fireEvent.click(screen.getByTestId('person-save'));
    expect(ipc.createPerson).toHaveBeenLastCalledWith({
      full_name: { ru: 'Петров Иван', uz: '', en: '' },
      position: { ru: 'Советник', uz: '', en: '' },
      body_id: sverdlovskGovernment.id, country: 'RU', phone: '', email: 'i.petrov@example.ru',
    });
  });

  it('filters the open tab by name and focuses the filter with Ctrl+F', async () => {
    await renderScreen();
    await fireEvent.keyDown(window, { key: 'а', code: 'KeyF', ctrlKey: true });
    expect(document.activeElement).toBe(field('bodies-filter'));
    await fireEvent.input(field('bodies-filter'), { target: { value: 'sverdlovsk' } });
    expect(screen.getAllByTestId('body-row').map((r) => r.dataset.id)).toEqual([sverdlovskGovernment.id]);
  });
});
