import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { accountsExist, officersKnown, signedInOfficer } from '../lib/officer.svelte';
import { about, person } from '../test/builders';
import { siteView } from '../test/exchange';
import { head, observer, officer } from '../test/officers';
import SettingsScreen from './SettingsScreen.svelte';

vi.mock('../ipc');

async function renderSettings() {
  const onloaded = vi.fn();
  render(SettingsScreen, { about: about(), onlanguage: vi.fn(), onloaded });
  await vi.waitFor(() => expect(screen.queryAllByTestId('officer-row').length).toBeGreaterThan(0));
  return within(screen.getByTestId('settings-officers'));
}

const rowOf = (id: string) => screen.getAllByTestId('officer-row').find((r) => r.dataset.officer === id) as HTMLElement;

describe('settings: officers', () => {
  beforeEach(() => {
    showLanguage('ru');
    officersKnown(false, null);
    vi.mocked(ipc.listOfficers).mockReset().mockResolvedValue([head, officer(), observer]);
    for (const fn of [ipc.createOfficer, ipc.updateOfficer, ipc.setOfficerPassword]) vi.mocked(fn).mockReset();
    vi.mocked(ipc.lastDailyBackup).mockResolvedValue(null);
    vi.mocked(ipc.thisSite).mockResolvedValue(siteView());
    vi.mocked(ipc.listPeers).mockResolvedValue([]);
    vi.mocked(ipc.listPeople).mockResolvedValue([]);
  });

  it('lets a head add an officer with a role', async () => {
    officersKnown(true, head);
    const added = officer({ id: 'new', name: { ru: 'Ахмедов Бахтиёр', uz: '', en: '' }, role: 'observer' });
    vi.mocked(ipc.createOfficer).mockResolvedValue(added);
    const section = await renderSettings();
    expect(section.queryByTestId('officers-read-only')).toBeNull();
    expect(section.getAllByTestId('officer-name').map((n) => n.textContent))
      .toEqual(['Каримова Дилноза', 'Петрова Анна', 'Юсупов Акмаль']);
    expect(within(rowOf(head.id)).getByText('(вы)')).toBeTruthy();
    await fireEvent.click(section.getByTestId('officer-add'));
    await fireEvent.input(section.getByTestId('officer-name-ru'), { target: { value: 'Ахмедов Бахтиёр' } });
    await fireEvent.change(section.getByTestId('officer-role'), { target: { value: 'observer' } });
    await fireEvent.click(section.getByTestId('officer-save'));
    await vi.waitFor(() => expect(section.getAllByTestId('officer-row')).toHaveLength(4));
    expect(ipc.createOfficer).toHaveBeenCalledWith(expect.objectContaining({
      name: { ru: 'Ахмедов Бахтиёр', uz: '', en: '' }, role: 'observer', active: true,
    }));
    expect(within(rowOf('new')).getByTestId('officer-role-shown').textContent).toBe('Наблюдатель');
    expect(signedInOfficer()).toEqual(head);
  });

  it('lets a head change an officer\u2019s role, take the account out of use and name the person record', async () => {
    officersKnown(true, head);
    const record = person();
    vi.mocked(ipc.listPeople).mockResolvedValue([record]);
    const changed = officer({ role: 'head', active: false, person_id: record.id });
    vi.mocked(ipc.updateOfficer).mockResolvedValue(changed);
    await renderSettings();
    await fireEvent.click(within(rowOf(officer().id)).getByTestId('officer-edit'));
    expect((screen.getByTestId('officer-name-uz') as HTMLInputElement).value).toBe('Karimova Dilnoza');
    await fireEvent.change(screen.getByTestId('officer-role'), { target: { value: 'head' } });
    await fireEvent.click(screen.getByTestId('officer-active'));
    await fireEvent.change(screen.getByTestId('officer-person'), { target: { value: record.id } });
    await fireEvent.click(screen.getByTestId('officer-save'));
    expect(ipc.updateOfficer).toHaveBeenCalledWith(officer().id, expect.objectContaining({
      role: 'head', active: false, person_id: record.id,
    }));
    await vi.waitFor(() => expect(within(rowOf(officer().id)).getByTestId('officer-inactive').textContent).toBe('Не действует'));
    expect(within(rowOf(officer().id)).getByTestId('officer-role-shown').textContent).toBe('Руководитель секретариата');
  });

  it('sets a password typed twice, refusing two that differ, and clears one', async () => {
    officersKnown(true, head);
    vi.mocked(ipc.setOfficerPassword).mockImplementation(async (_id, password) =>
      officer({ has_password: password !== null }));
    await renderSettings();
    await fireEvent.click(within(rowOf(officer().id)).getByTestId('officer-password'));
    await fireEvent.input(screen.getByTestId('password-new'), { target: { value: 'tashkent-2026' } });
    await fireEvent.input(screen.getByTestId('password-again'), { target: { value: 'tashkent-2025' } });
    await fireEvent.click(screen.getByTestId('password-save'));
    expect((await screen.findByTestId('error-again')).textContent).toBe('Пароли не совпадают.');
    expect(ipc.setOfficerPassword).not.toHaveBeenCalled();
    await fireEvent.input(screen.getByTestId('password-again'), { target: { value: 'tashkent-2026' } });
    await fireEvent.click(screen.getByTestId('password-save'));
    expect(ipc.setOfficerPassword).toHaveBeenCalledWith(officer().id, 'tashkent-2026');
    expect((await screen.findByTestId('officers-message')).textContent).toBe('Пароль задан.');
    await fireEvent.click(within(rowOf(officer().id)).getByTestId('officer-password-clear'));
    expect(ipc.setOfficerPassword).toHaveBeenLastCalledWith(officer().id, null);
    await vi.waitFor(() => expect(screen.getByTestId('officers-message').textContent).toBe('Пароль снят.'));
  });

  it('shows an officer the accounts read-only, with the reason, and Restore and the exchange disabled', async () => {
    officersKnown(true, officer());
    const section = await renderSettings();
    expect(section.getByTestId('officers-read-only').textContent).toBe('Только руководитель секретариата');
    expect(section.getAllByTestId('officer-row')).toHaveLength(3);
    expect(section.queryByTestId('officer-edit')).toBeNull();
    // Only their own password is theirs to set.
    expect(section.getAllByTestId('officer-password')).toHaveLength(1);
    expect(within(rowOf(officer().id)).getByTestId('officer-password')).toBeTruthy();
    const add = section.getByTestId('officer-add');
    expect(add.getAttribute('aria-disabled')).toBe('true');
    await fireEvent.click(add);
    expect(section.queryByTestId('officer-form')).toBeNull();
    expect(screen.getByTestId('data-restore').getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByTestId('data-restore').title).toBe('Только руководитель секретариата');
    expect(screen.getByTestId('data-backup').hasAttribute('aria-disabled')).toBe(false);
    await vi.waitFor(() => expect(screen.getByTestId('exchange-receive').getAttribute('aria-disabled')).toBe('true'));
    expect(screen.getByTestId('exchange-refused').textContent).toBe('Только руководитель секретариата');
    await fireEvent.click(screen.getByTestId('data-restore'));
    expect(ipc.chooseBackupFile).not.toHaveBeenCalled();
  });

  it('makes the first account on a desk without accounts a head, signed in', async () => {
    vi.mocked(ipc.listOfficers).mockResolvedValue([]);
    const created = officer({ role: 'head' });
    vi.mocked(ipc.createOfficer).mockResolvedValue(created);
    render(SettingsScreen, { about: about(), onlanguage: vi.fn() });
    expect((await screen.findByTestId('officers-empty')).textContent).toContain('Учётных записей пока нет');
    await fireEvent.click(screen.getByTestId('officer-add'));
    expect(screen.queryByTestId('officer-role')).toBeNull();
    await fireEvent.input(screen.getByTestId('officer-name-ru'), { target: { value: 'Каримова Дилноза' } });
    await fireEvent.click(screen.getByTestId('officer-save'));
    await vi.waitFor(() => expect(signedInOfficer()).toEqual(created));
    expect(accountsExist()).toBe(true);
    expect(ipc.createOfficer).toHaveBeenCalledWith(expect.objectContaining({ role: 'head' }));
  });
});
