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
    expect(due.value).toBe('2026-03-01');
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

  it('opens the instruction\u2019s history', async () => {
    const onhistory = vi.fn();
    const panel = await openPanel(onhistory);
    await fireEvent.click(within(panel).getByTestId('instruction-audit'));
    expect(onhistory).toHaveBeenCalledWith('instruction', 'i-1');
  });
});
