import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { EmailedLetters, ReminderLetter, SavedLetters } from '../ipc';
import { energyMinistry, person, sverdlovskGovernment } from '../test/builders';
import ReminderDialog from './ReminderDialog.svelte';

vi.mock('../ipc');

function letter(overrides: Partial<ReminderLetter> = {}): ReminderLetter {
  return {
    body_id: energyMinistry.id,
    body: energyMinistry.name,
    country: 'UZ',
    lang: 'uz',
    to: [{ name: person().full_name, email: 'd.karimova@example.uz' }],
    copies: [],
    repeated: false,
    items: [{
      instruction_id: 'i-1', number: '2/1.1', text: { ru: 'Доклад', uz: 'Maʼruza', en: 'Report' },
      due_on: '2026-11-20', earlier_due_dates: [], overdue: true, decision_number: '2/1', session_title: null,
      session_ordinal: 2, session_on: '2026-04-15', controller: null, co_executor_ids: [], earlier_reminders: [],
    }],
    ...overrides,
  };
}

const letters = [
  letter(),
  letter({ body_id: sverdlovskGovernment.id, body: sverdlovskGovernment.name, country: 'RU', lang: 'ru', repeated: true }),
];

const saved: SavedLetters = {
  record: { sent_on: '2026-12-07', channel: 'letter', letters: [
    { body_id: energyMinistry.id, letter_number: '01-12/1', instruction_ids: ['i-1'] },
    { body_id: sverdlovskGovernment.id, letter_number: '01-12/2', instruction_ids: ['i-1'] },
  ] },
  files: ['/home/officer/Eslatma.pdf', '/home/officer/Напоминание.pdf'],
};

const emailed: EmailedLetters = {
  recorded: 1,
  letters: [
    {
      body_id: energyMinistry.id, body: energyMinistry.name, letter_number: '01-12/1',
      to: ['d.karimova@example.uz'], cc: ['minfin@example.uz'],
      outcome: { messageId: 'm-1', to: ['d.karimova@example.uz'], subject: 'Eslatma', status: 'sent', detail: '250 2.0.0 queued' },
    },
    {
      body_id: sverdlovskGovernment.id, body: sverdlovskGovernment.name, letter_number: '01-12/2',
      to: ['closed@example.ru'], cc: [],
      outcome: {
        messageId: 'm-2', to: ['closed@example.ru'], subject: 'Напоминание', status: 'refused',
        detail: '550 5.1.1 <closed@example.ru>: no such mailbox',
        error: { code: 'mail_refused', message: 'Сервер отклонил: 550 5.1.1 <closed@example.ru>: no such mailbox', field: null },
      },
    },
    { body_id: 'b-3', body: { ru: 'Минтранс', uz: 'Transport vazirligi', en: 'Ministry of Transport' }, letter_number: '01-12/3', to: [], cc: [] },
  ],
};

describe('the reminder letters dialog', () => {
  beforeEach(() => {
    showLanguage('ru');
    vi.mocked(ipc.reminderLetters).mockReset().mockResolvedValue(letters);
    vi.mocked(ipc.saveReminderLetters).mockReset().mockResolvedValue(saved);
    vi.mocked(ipc.recordReminders).mockReset().mockResolvedValue(2);
    vi.mocked(ipc.emailReminderLetters).mockReset().mockResolvedValue(emailed);
  });

  it('shows one letter per body with its number, language and instructions, the repeated one marked', async () => {
    render(ReminderDialog, { people: [person()], onclose: vi.fn() });
    await fireEvent.input(screen.getByTestId('remind-prefix'), { target: { value: '01-12/' } });
    await fireEvent.click(screen.getByTestId('remind-show'));
    expect(ipc.reminderLetters).toHaveBeenCalledWith({ overdue: true, due_within_days: 7, lang: null });
    const rows = await screen.findAllByTestId('remind-letter');
    expect(rows.map((row) => row.querySelector('td')?.textContent)).toEqual(['01-12/1', '01-12/2']);
    expect(rows[0].textContent).toContain('Узбекский');
    expect(rows[1].textContent).toContain('Правительство Свердловской области');
    expect(rows[1].querySelector('[data-testid="remind-repeated"]')?.textContent).toBe('повторное');
    expect(rows[0].querySelector('[data-testid="remind-repeated"]')).toBeNull();
    expect(screen.getByTestId('remind-count').textContent).toBe('Писем: 2');
  });

  it('asks for the window and the language chosen, and says when there is nothing to remind of', async () => {
    vi.mocked(ipc.reminderLetters).mockResolvedValue([]);
    render(ReminderDialog, { people: [], onclose: vi.fn() });
    await fireEvent.click(screen.getByTestId('remind-within-on'));
    await fireEvent.change(screen.getByTestId('remind-lang'), { target: { value: 'ru+uz' } });
    await fireEvent.click(screen.getByTestId('remind-show'));
    expect(ipc.reminderLetters).toHaveBeenCalledWith({ overdue: true, due_within_days: null, lang: 'ru+uz' });
    expect((await screen.findByTestId('remind-none')).textContent).toContain('Напоминать не о чем');
  });

  it('dates the letters the secretariat\'s day, written as the screens write dates, and sends it as ISO', async () => {
    showLanguage('ru');
    render(ReminderDialog, { people: [], today: '2026-12-08', onclose: vi.fn() });
    const date = screen.getByTestId('remind-date') as HTMLInputElement;
    expect(date.value).toBe('08.12.2026');
    await fireEvent.click(screen.getByTestId('remind-show'));
    await screen.findAllByTestId('remind-letter');
    await fireEvent.click(screen.getByTestId('remind-save-pdf'));
    expect(vi.mocked(ipc.saveReminderLetters).mock.calls.at(-1)?.[1].date).toBe('2026-12-08');
  });

  it('saves the letters with the number, date and signatory, then records what was saved as sent', async () => {
    showLanguage('en');
    const signatory = person();
    const onrecorded = vi.fn();
    render(ReminderDialog, { people: [signatory], onrecorded, onclose: vi.fn() });
    await fireEvent.input(screen.getByTestId('remind-prefix'), { target: { value: '01-12/' } });
    await fireEvent.input(screen.getByTestId('remind-date'), { target: { value: '2026-12-07' } });
    await fireEvent.change(screen.getByTestId('remind-signatory'), { target: { value: signatory.id } });
    await fireEvent.click(screen.getByTestId('remind-show'));
    await screen.findAllByTestId('remind-letter');
    expect(screen.queryByTestId('remind-record')).toBeNull();
    await fireEvent.click(screen.getByTestId('remind-save-word'));
    expect(ipc.saveReminderLetters).toHaveBeenCalledWith(
      letters, { number_prefix: '01-12/', first: 1, date: '2026-12-07', signatory }, 'docx');
    expect((await screen.findByTestId('remind-saved')).textContent).toBe('Letters saved: 2');
    await fireEvent.click(screen.getByTestId('remind-record'));
    expect(ipc.recordReminders).toHaveBeenCalledWith(saved.record);
    expect((await screen.findByTestId('remind-recorded')).textContent).toBe('Recorded in the history of instructions: 2');
    expect(onrecorded).toHaveBeenCalledOnce();
  });

  it('shows a refusal of the backend and records nothing', async () => {
    vi.mocked(ipc.reminderLetters).mockRejectedValue({ code: 'required', message: 'Укажите окно', field: 'window' });
    render(ReminderDialog, { people: [], onclose: vi.fn() });
    await fireEvent.click(screen.getByTestId('remind-overdue'));
    await fireEvent.click(screen.getByTestId('remind-within-on'));
    await fireEvent.click(screen.getByTestId('remind-show'));
    expect((await screen.findByTestId('remind-error')).textContent).toContain('Укажите окно');
    expect(ipc.recordReminders).not.toHaveBeenCalled();
  });

  it('e-mails the letters, asking for the password the desk does not keep, and lists how each message went', async () => {
    vi.mocked(ipc.emailReminderLetters).mockRejectedValueOnce(
      { code: 'mail_password_required', message: 'Нужен пароль учётной записи', field: 'mail_password' });
    const onrecorded = vi.fn();
    render(ReminderDialog, { people: [], onrecorded, onclose: vi.fn() });
    await fireEvent.input(screen.getByTestId('remind-prefix'), { target: { value: '01-12/' } });
    await fireEvent.input(screen.getByTestId('remind-date'), { target: { value: '2026-12-07' } });
    await fireEvent.click(screen.getByTestId('remind-show'));
    await screen.findAllByTestId('remind-letter');
    await fireEvent.click(screen.getByTestId('remind-email'));
    const run = { number_prefix: '01-12/', first: 1, date: '2026-12-07', signatory: null };
    expect(ipc.emailReminderLetters).toHaveBeenCalledWith(letters, run, null, false);
    expect((await screen.findByTestId('remind-error')).textContent).toContain('Нужен пароль');
    expect(onrecorded).not.toHaveBeenCalled();
    await fireEvent.input(screen.getByTestId('remind-password'), { target: { value: 'maxfiy' } });
    await fireEvent.click(screen.getByTestId('remind-email-send'));
    expect(ipc.emailReminderLetters).toHaveBeenLastCalledWith(letters, run, 'maxfiy', false);

    const rows = await screen.findAllByTestId('remind-outcome');
    expect(rows.map((row) => row.querySelector('[data-testid="remind-outcome-status"]')?.textContent?.trim()))
      .toEqual([
        'Отправлено',
        expect.stringContaining('Отклонено сервером'),
        'Нет адреса электронной почты: не отправлено',
      ]);
    expect(rows[0].textContent).toContain('d.karimova@example.uz, копия: minfin@example.uz');
    expect(rows[1].textContent).toContain('550 5.1.1 <closed@example.ru>: no such mailbox');
    expect(screen.getByTestId('remind-emailed').textContent).toContain(': 1');
    expect(screen.queryByTestId('remind-password')).toBeNull();
    expect(onrecorded).toHaveBeenCalledOnce();
  });

  it('saves the messages as e-mail files into a folder, and nothing happens when the folder is cancelled', async () => {
    vi.mocked(ipc.emailReminderLetters).mockResolvedValueOnce(null);
    const onrecorded = vi.fn();
    render(ReminderDialog, { people: [], onrecorded, onclose: vi.fn() });
    await fireEvent.input(screen.getByTestId('remind-prefix'), { target: { value: '01-12/' } });
    await fireEvent.click(screen.getByTestId('remind-show'));
    await screen.findAllByTestId('remind-letter');
    await fireEvent.click(screen.getByTestId('remind-email-files'));
    expect(ipc.emailReminderLetters).toHaveBeenLastCalledWith(letters, expect.anything(), null, true);
    expect(screen.queryByTestId('remind-outcomes')).toBeNull();
    expect(onrecorded).not.toHaveBeenCalled();
  });
});
