import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { head, observer, officer } from '../test/officers';
import ProfilePick from './ProfilePick.svelte';

vi.mock('../ipc');

const away = officer({ id: '0190bbbb-0000-7000-8000-000000000009', name: { ru: 'Ушедший', uz: '', en: '' }, active: false });

function renderPick() {
  const onsignedin = vi.fn();
  render(ProfilePick, { officers: [head, observer, away, officer()], onsignedin, onlanguage: vi.fn() });
  return { onsignedin };
}

const names = () => screen.getAllByTestId('pick-profile').map((b) => b.querySelector('.pick-name')?.textContent);

describe('the profile pick', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.signIn).mockReset();
  });

  it('lists the active officers by name in the interface language, with position and role', () => {
    renderPick();
    expect(names()).toEqual(['Каримова Дилноза', 'Петрова Анна', 'Юсупов Акмаль']);
    const headButton = screen.getAllByTestId('pick-profile')[2];
    expect(headButton.textContent).toContain('Руководитель секретариата');
    expect(headButton.textContent).toContain('Руководитель секретариата · с паролем');
    expect(document.activeElement).toBe(screen.getAllByTestId('pick-profile')[0]);
  });

  it('shows the names in Uzbek and moves between profiles with the arrow keys', async () => {
    showLanguage('uz');
    renderPick();
    expect(names()).toEqual(['Karimova Dilnoza', 'Petrova Anna', 'Yusupov Akmal']);
    expect(screen.getAllByTestId('pick-profile')[1].textContent).toContain('Kuzatuvchi');
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getAllByTestId('pick-profile')[1]);
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    await fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(screen.getAllByTestId('pick-profile')[2]);
  });

  it('signs in an officer without a password at once', async () => {
    vi.mocked(ipc.signIn).mockResolvedValue(observer);
    const { onsignedin } = renderPick();
    await fireEvent.click(screen.getAllByTestId('pick-profile')[1]);
    expect(ipc.signIn).toHaveBeenCalledWith(observer.id, null);
    await vi.waitFor(() => expect(onsignedin).toHaveBeenCalledWith(observer));
    expect(screen.queryByTestId('pick-password')).toBeNull();
  });

  it('asks the password of an account that has one, and shows the core\u2019s message when it is wrong', async () => {
    vi.mocked(ipc.signIn)
      .mockRejectedValueOnce({ code: 'wrong_password', message: 'Неверный пароль', field: 'password' })
      .mockResolvedValueOnce(head);
    const { onsignedin } = renderPick();
    await fireEvent.click(screen.getAllByTestId('pick-profile')[2]);
    expect(ipc.signIn).not.toHaveBeenCalled();
    expect(screen.getByTestId('pick-asking').textContent).toBe('Юсупов Акмаль');
    const password = screen.getByTestId('pick-password') as HTMLInputElement;
    expect(document.activeElement).toBe(password);
    await fireEvent.submit(screen.getByTestId('pick-password-form'));
    expect(screen.getByTestId('pick-error').textContent).toBe('Введите пароль.');
    expect(ipc.signIn).not.toHaveBeenCalled();
    await fireEvent.input(password, { target: { value: 'secret' } });
    await fireEvent.submit(screen.getByTestId('pick-password-form'));
    expect(ipc.signIn).toHaveBeenLastCalledWith(head.id, 'secret');
    expect((await screen.findByTestId('pick-error')).textContent).toBe('Неверный пароль');
    expect(password.value).toBe('');
    expect(password.getAttribute('aria-describedby')).toBe('pick-error');
    expect(onsignedin).not.toHaveBeenCalled();
    await fireEvent.input(password, { target: { value: 'right' } });
    await fireEvent.click(screen.getByTestId('pick-sign-in'));
    await vi.waitFor(() => expect(onsignedin).toHaveBeenCalledWith(head));
  });

  it('shows a locked account\u2019s message with its time, and Escape goes back to the list', async () => {
    const locked = 'Учётная запись заблокирована до 10:42 после пяти неверных паролей';
    vi.mocked(ipc.signIn).mockRejectedValue({ code: 'locked', message: locked, field: null });
    renderPick();
    await fireEvent.click(screen.getAllByTestId('pick-profile')[2]);
    await fireEvent.input(screen.getByTestId('pick-password'), { target: { value: 'x' } });
    await fireEvent.submit(screen.getByTestId('pick-password-form'));
    expect((await screen.findByTestId('pick-error')).textContent).toBe(locked);
    await fireEvent.keyDown(screen.getByTestId('pick-password'), { key: 'Escape' });
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getAllByTestId('pick-profile')[2]));
    expect(screen.queryByTestId('pick-error')).toBeNull();
  });
});
