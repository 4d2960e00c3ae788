import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { MailOutcome, MailSettings } from '../ipc';
import MailSection from './MailSection.svelte';

vi.mock('../ipc');

const office: MailSettings = {
  host: 'mail.kengash.uz', port: 587, security: 'starttls', account: 'kotibiyat',
  senderName: 'Hududlar Kengashi kotibiyati', senderAddress: 'kotibiyat@kengash.uz',
};

function outcome(overrides: Partial<MailOutcome> = {}): MailOutcome {
  return {
    messageId: '0193@kengash.uz', to: ['hokimiyat@viloyat.uz'], subject: 'Council Desk: elektron pochtani tekshirish',
    status: 'sent', detail: '250 2.0.0 queued', ...overrides,
  };
}

describe('Settings → E-mail', () => {
  beforeEach(() => {
    showLanguage('uz');
    vi.mocked(ipc.mailSettings).mockReset().mockResolvedValue(office);
    vi.mocked(ipc.mailPassword).mockReset().mockResolvedValue({ keeping: 'keyring', kept: false });
    vi.mocked(ipc.setMailSettings).mockReset();
    vi.mocked(ipc.setMailPassword).mockReset();
    vi.mocked(ipc.sendTestMail).mockReset();
  });

  it('shows the server, saves a change, and shows a refused address on its field with nothing saved', async () => {
    render(MailSection);
    const host = await screen.findByTestId<HTMLInputElement>('mail-host');
    await vi.waitFor(() => expect(host.value).toBe('mail.kengash.uz'));
    expect(screen.getByTestId('mail-keeping').textContent).toContain('tizim parollar omborida');

    await fireEvent.change(screen.getByTestId('mail-security'), { target: { value: 'tls' } });
    await fireEvent.input(screen.getByTestId('mail-port'), { target: { value: '0' } });
    await fireEvent.input(screen.getByTestId('mail-sender-name'), { target: { value: 'Kotibiyat — oʻzbek tomoni' } });
    await fireEvent.input(screen.getByTestId('mail-sender-address'), { target: { value: 'kotibiyat' } });
    vi.mocked(ipc.setMailSettings).mockRejectedValueOnce({
      code: 'email_invalid', message: '«kotibiyat» elektron pochta manzili emas.', field: 'sender_address',
    });
    await fireEvent.click(screen.getByTestId('mail-save'));
    expect((await screen.findByTestId('mail-sender-address-error')).textContent)
      .toBe('«kotibiyat» elektron pochta manzili emas.');
    expect(screen.queryByTestId('mail-saved')).toBeNull();

    await fireEvent.input(screen.getByTestId('mail-sender-address'), { target: { value: 'kotibiyat@kengash.uz' } });
    vi.mocked(ipc.setMailSettings).mockImplementationOnce(async (s) => ({ ...s, port: 465 }));
    await fireEvent.click(screen.getByTestId('mail-save'));
    expect(await screen.findByTestId('mail-saved')).toBeTruthy();
    expect(ipc.setMailSettings).toHaveBeenLastCalledWith({
      ...office, security: 'tls', port: 0, senderName: 'Kotibiyat — oʻzbek tomoni',
    });
    expect(screen.getByTestId<HTMLInputElement>('mail-port').value).toBe('465');
    expect(screen.queryByTestId('mail-sender-address-error')).toBeNull();
  });

  it('asks for the password where no keyring keeps it, then shows how each message went', async () => {
    vi.mocked(ipc.mailPassword).mockResolvedValue({ keeping: 'while_running', kept: false });
    render(MailSection);
    expect((await screen.findByTestId('mail-keeping')).textContent).toContain('dastur yopilguncha');

    vi.mocked(ipc.sendTestMail).mockRejectedValueOnce({
      code: 'mail_password_required', message: 'Pochta serveri hisobining parolini kiriting.', field: 'mail_password',
    });
    await fireEvent.input(screen.getByTestId('mail-test-to'), { target: { value: 'hokimiyat@viloyat.uz' } });
    await fireEvent.click(screen.getByTestId('mail-send-test'));
    expect((await screen.findByTestId('mail-password-error')).textContent)
      .toBe('Pochta serveri hisobining parolini kiriting.');
    expect(document.activeElement).toBe(screen.getByTestId('mail-password'));

    vi.mocked(ipc.sendTestMail).mockResolvedValueOnce([
      outcome(),
      outcome({
        messageId: '0194@kengash.uz', to: ['yopiq@viloyat.uz'], status: 'refused', detail: '550 5.1.1 no such mailbox',
        error: { code: 'mail_refused', message: 'Pochta serveri rad etdi: 550 5.1.1 no such mailbox. Xat yuborilmadi.', field: null },
      }),
    ]);
    vi.mocked(ipc.mailPassword).mockResolvedValue({ keeping: 'while_running', kept: true });
    await fireEvent.input(screen.getByTestId('mail-password'), { target: { value: 'maxfiy' } });
    await fireEvent.click(screen.getByTestId('mail-send-test'));
    const rows = await screen.findAllByTestId('mail-outcome');
    expect(ipc.sendTestMail).toHaveBeenLastCalledWith('hokimiyat@viloyat.uz', 'maxfiy');
    expect(rows.map((row) => row.dataset.status)).toEqual(['sent', 'refused']);
    expect(rows[0].textContent).toContain('Yuborildi');
    expect(rows[1].textContent).toContain('Server rad etdi');
    expect(rows[1].textContent).toContain('yopiq@viloyat.uz');
    expect(screen.getByTestId('mail-outcome-error').textContent).toContain('550 5.1.1');
    expect(screen.queryByTestId('mail-password-error')).toBeNull();
    expect(screen.getByTestId('mail-keeping').textContent).toContain('Parol saqlangan.');
    expect(screen.getByTestId<HTMLInputElement>('mail-password').value).toBe('');
  });

  it('keeps a password in the keyring and forgets it on request', async () => {
    render(MailSection);
    await screen.findByTestId('mail-keeping');
    vi.mocked(ipc.setMailPassword).mockResolvedValueOnce({ keeping: 'keyring', kept: true });
    await fireEvent.input(screen.getByTestId('mail-password'), { target: { value: 'maxfiy' } });
    await fireEvent.click(screen.getByTestId('mail-keep-password'));
    expect(ipc.setMailPassword).toHaveBeenLastCalledWith('maxfiy');
    await fireEvent.click(await screen.findByTestId('mail-forget-password'));
    expect(ipc.setMailPassword).toHaveBeenLastCalledWith(null);
  });
});
