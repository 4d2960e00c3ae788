import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { InstructionHistory } from '../ipc';
import { energyMinistry, instruction, instructionHistory, person, sverdlovskGovernment } from '../test/builders';
import ControlScreen from './ControlScreen.svelte';

vi.mock('../ipc');

const given = instruction({ id: 'i-1', number: '3.1', pairing_id: 'p-1', due_on: '2026-03-01' });
let history: InstructionHistory;

async function openPanel(onhistory = vi.fn()) {
  const onloaded = vi.fn();
  render(ControlScreen, { onloaded, onhistory });
  await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
  await fireEvent.click(screen.getAllByTestId('control-row')[0]);
  return screen.findByTestId('instruction-panel');
}

describe('editing an instruction on the control screen', () => {
  beforeEach(() => {
    showLanguage('ru');
    history = instructionHistory(given);
    vi.mocked(ipc.listInstructions).mockReset().mockImplementation(async () => [history.instruction]);
    vi.mocked(ipc.listBodies).mockReset().mockResolvedValue([energyMinistry, sverdlovskGovernment]);
    vi.mocked(ipc.listPeople).mockReset().mockResolvedValue([person()]);
    vi.mocked(ipc.instructionHistory).mockReset().mockImplementation(async () => history);
    vi.mocked(ipc.updateInstruction).mockReset().mockImplementation(async (_key, input) => {
      history = { ...history, instruction: { ...history.instruction, text: input.text, lead_body_id: input.lead_body_id } };
      return history.instruction;
    });
  });

  it('changes the text and executor but keeps the due date, which only an extension moves', async () => {
    const panel = await openPanel();
    await fireEvent.click(within(panel).getByTestId('instruction-edit'));
    const due = screen.getByTestId('instruction-due') as HTMLInputElement;
    expect(due.value).toBe('01.03.2026');
    expect(due.readOnly).toBe(true);
    await fireEvent.input(screen.getByTestId('instruction-text-ru'), { target: { value: 'Провести форум в мае' } });
    await fireEvent.change(screen.getByTestId('instruction-lead'), { target: { value: sverdlovskGovernment.id } });
    await fireEvent.click(screen.getByTestId('instruction-save'));
    await vi.waitFor(() => expect(ipc.updateInstruction).toHaveBeenCalled());
    const [key, input] = vi.mocked(ipc.updateInstruction).mock.lastCall!;
    expect(key).toBe('i-1');
    expect(input).toMatchObject({
      text: expect.objectContaining({ ru: 'Провести форум в мае' }), lead_body_id: sverdlovskGovernment.id,
      due_on: '2026-03-01', pairing_id: 'p-1', decision_id: 'd-3',
    });
    expect(await screen.findByTestId('instruction-panel')).toBeTruthy();
  });

  it('shows an edit in the history timeline, field by field with names, in the interface language', async () => {
    const name = (ru: string, uz: string, en: string) => ({ ru, uz, en });
    history = {
      ...history,
      edits: [{
        seq: 1, at: '2026-01-12T09:30:00.000Z', os_user: 'saidova',
        changes: [
          { field: 'text_ru', old: name('Провести форум', 'Провести форум', 'Провести форум'),
            new: name('Провести форум в мае', 'Провести форум в мае', 'Провести форум в мае') },
          { field: 'lead_body', old: name('Минэнерго', 'Energetika vazirligi', 'Ministry of Energy'),
            new: name('Правительство Свердловской области', 'Sverdlovsk viloyati hukumati', 'Government') },
          { field: 'controller', old: name('', '', ''), new: name('Каримова Д.', 'Karimova D.', 'D. Karimova') },
        ],
      }],
    };
    const panel = await openPanel();
    const timeline = await within(panel).findByTestId('instruction-history');
    const edit = within(timeline).getAllByTestId('history-entry').find((e) => e.dataset.kind === 'edit')!;
    expect(edit.textContent).toContain('saidova');
    expect(within(edit).getAllByTestId('history-change').map((c) => c.textContent?.trim())).toEqual([
      'Текст поручения (Русский): Провести форум → Провести форум в мае',
      'Ответственный исполнитель: Минэнерго → Правительство Свердловской области',
      'Контролирующее лицо: нет → Каримова Д.',
    ]);
    showLanguage('uz');
    await vi.waitFor(() => expect(within(edit).getAllByTestId('history-change')[1].textContent?.trim())
      .toBe('Masʼul ijrochi: Energetika vazirligi → Sverdlovsk viloyati hukumati'));
  });

  it('opens the instruction\u2019s history', async () => {
    const onhistory = vi.fn();
    const panel = await openPanel(onhistory);
    await fireEvent.click(within(panel).getByTestId('instruction-audit'));
    expect(onhistory).toHaveBeenCalledWith('instruction', 'i-1');
  });

  it('leads from the read-only due date to the extension form', async () => {
    const panel = await openPanel();
    await fireEvent.click(within(panel).getByTestId('instruction-edit'));
    expect(screen.queryByTestId('instruction-due-picker')).toBeNull();
    await fireEvent.click(screen.getByTestId('instruction-extend'));
    const reopened = await screen.findByTestId('instruction-panel');
    expect(within(reopened).getByTestId('extend-form')).toBeTruthy();
    expect(document.activeElement).toBe(within(reopened).getByTestId('extend-date'));
  });

  it('says why an extension to an earlier date is refused, and takes the date as the screen shows it', async () => {
    vi.mocked(ipc.extendInstruction).mockReset()
      .mockRejectedValue({ code: 'invalid_value', message: 'Недопустимое значение: «2026-02-01».', field: 'new_due_on' });
    const panel = await openPanel();
    await fireEvent.click(within(panel).getByTestId('action-extend'));
    await fireEvent.input(screen.getByTestId('extend-date'), { target: { value: '01.02.2026' } });
    await fireEvent.input(screen.getByTestId('extend-reason'), { target: { value: 'Перенос форума' } });
    await fireEvent.click(screen.getByTestId('extend-save'));
    expect(ipc.extendInstruction).toHaveBeenCalledWith('i-1', '2026-02-01', 'Перенос форума');
    expect((await screen.findByTestId('error-new_due_on')).textContent)
      .toBe('Новый срок должен быть позже текущего (01.03.2026).');
  });

  it('names a missing field by the form\u2019s label, in Uzbek too', async () => {
    showLanguage('uz');
    vi.mocked(ipc.updateInstruction).mockReset()
      .mockRejectedValue({ code: 'required', message: '«lead_body_id» maydonini toʻldiring.', field: 'lead_body_id' });
    const panel = await openPanel();
    await fireEvent.click(within(panel).getByTestId('instruction-edit'));
    await fireEvent.click(screen.getByTestId('instruction-save'));
    const message = await screen.findByTestId('error-lead_body_id');
    expect(message.textContent).toBe('«Masʼul ijrochi» maydonini toʻldiring.');
  });
});
