import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { Instruction } from '../ipc';
import SessionPage from '../sessions/SessionPage.svelte';
import {
  agendaItem, decision, energyMinistry, instruction, person, sectors, session, sverdlovskGovernment,
} from '../test/builders';
import { backendWith, mockSessionBackend, type Backend } from '../test/sessionBackend';

vi.mock('../ipc');

let backend: Backend;

const energy = agendaItem({ id: 'energy', position: 0, title: { ru: 'Об энергетике', uz: 'Energetika haqida', en: 'Energy' } });
const tourism = agendaItem({ id: 'tourism', position: 1, title: { ru: 'О туризме', uz: 'Turizm haqida', en: 'Tourism' } });

async function renderPage() {
  const onloaded = vi.fn();
  const onopeninstruction = vi.fn();
  render(SessionPage, { sessionId: 's-1', sectors, onback: vi.fn(), onopeninstruction, ondeleted: vi.fn(), onloaded });
  await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
  return { onopeninstruction };
}

const row = (id: string) => screen.getAllByTestId('agenda-row').find((r) => r.dataset.id === id)!;

describe('decisions and instructions on the session page', () => {
  beforeEach(() => {
    showLanguage('ru');
    backend = mockSessionBackend(backendWith([energy, tourism], {
      decisions: [
        decision({ id: 'd-1', number: '3/1', agenda_item_id: 'energy' }),
        decision({ id: 'd-2', seq: 2, number: '3/2', agenda_item_id: null,
          text: { ru: 'Провести форум', uz: 'Forum oʻtkazish', en: 'Hold a forum' } }),
      ],
      instructions: [instruction({ id: 'i-1', number: '3/1.1', decision_id: 'd-1', overdue: true })],
    }));
  });

  it('shows each decision under its item, the others apart, and the instructions under their decision', async () => {
    await renderPage();
    const underEnergy = within(row('energy')).getAllByTestId('decision-row');
    expect(underEnergy.map((d) => d.dataset.number)).toEqual(['3/1']);
    expect(within(row('tourism')).queryAllByTestId('decision-row')).toHaveLength(0);
    const loose = screen.getAllByTestId('decision-row').filter((d) => !row('energy').contains(d));
    expect(loose.map((d) => d.dataset.number)).toEqual(['3/2']);
    const given = within(underEnergy[0]).getByTestId('session-instruction');
    expect(given.dataset.number).toBe('3/1.1');
    expect(within(given).getByTestId('state-badge').textContent).toBe('Назначено');
    expect(within(given).getByTestId('due-date').textContent).toBe('01.03.2026');
    expect(within(given).getByTestId('overdue-mark')).toBeTruthy();
  });

  it('opens the attachments of an agenda item and of a decision on demand', async () => {
    vi.mocked(ipc.listAttachments).mockReset().mockResolvedValue([]);
    await renderPage();
    expect(screen.queryByTestId('attachments')).toBeNull();
    await fireEvent.click(within(row('energy')).getByTestId('agenda-attachments'));
    await fireEvent.click(within(row('energy')).getByTestId('decision-attachments'));
    const lists = await within(row('energy')).findAllByTestId('attachments');
    expect(lists.map((l) => l.dataset.owner)).toEqual(['energy', 'd-1']);
    expect(vi.mocked(ipc.listAttachments).mock.calls).toEqual([['agenda_item', 'energy'], ['decision', 'd-1']]);
  });

  it('adopts a decision tied to the item it was taken under', async () => {
    vi.mocked(ipc.adoptDecision).mockImplementation(async (_, input) => {
      const adopted = decision({ id: 'd-3', seq: 3, number: '3/3', agenda_item_id: input.agenda_item_id, text: input.text });
      backend.decisions = [...backend.decisions, adopted];
      return adopted;
    });
    await renderPage();
    await fireEvent.click(within(row('tourism')).getByTestId('agenda-decide'));
    await fireEvent.input(screen.getByTestId('decision-text-ru'), { target: { value: ' Создать рабочую группу по туризму ' } });
    await fireEvent.input(screen.getByTestId('decision-text-uz'), { target: { value: 'Turizm boʻyicha ishchi guruh tuzish' } });
    await fireEvent.click(screen.getByTestId('decision-save'));
    expect(ipc.adoptDecision).toHaveBeenCalledWith('s-1', {
      agenda_item_id: 'tourism', adopted_on: null,
      text: { ru: 'Создать рабочую группу по туризму', uz: 'Turizm boʻyicha ishchi guruh tuzish', en: '' },
    });
    await vi.waitFor(() =>
      expect(within(row('tourism')).getAllByTestId('decision-row').map((d) => d.dataset.number)).toEqual(['3/3']));
    expect(screen.queryByTestId('decision-form')).toBeNull();
  });

  it('gives an instruction from a decision and shows it under the decision', async () => {
    vi.mocked(ipc.createInstruction).mockImplementation(async (input) => {
      const given = instruction({ id: 'i-2', number: '3/2.1', decision_id: input.decision_id, text: input.text,
        due_on: input.due_on, original_due_on: input.due_on });
      backend.instructions = [...backend.instructions, given];
      return given;
    });
    await renderPage();
    const loose = screen.getAllByTestId('decision-row').find((d) => d.dataset.number === '3/2')!;
    await fireEvent.click(within(loose).getByTestId('decision-instruct'));
    await fireEvent.input(screen.getByTestId('instruction-text-ru'), { target: { value: 'Подготовить программу форума' } });
    await fireEvent.change(screen.getByTestId('instruction-lead'), { target: { value: energyMinistry.id } });
    await fireEvent.input(screen.getByTestId('instruction-due'), { target: { value: '2026-09-01' } });
    await fireEvent.click(screen.getByTestId('instruction-save'));
    expect(ipc.createInstruction).toHaveBeenCalledWith({
      decision_id: 'd-2', parent_id: null, text: { ru: 'Подготовить программу форума', uz: '', en: '' },
      lead_body_id: energyMinistry.id, co_executor_ids: [], controller_person_id: null, pairing_id: null,
      due_on: '2026-09-01',
    });
    await vi.waitFor(() => expect(within(loose).getAllByTestId('session-instruction').map((i) => i.dataset.number))
      .toEqual(['3/2.1']));
  });

  it('gives an instruction from a decision with co-executors and a controller', async () => {
    vi.mocked(ipc.listBodies).mockResolvedValue([energyMinistry, sverdlovskGovernment]);
    vi.mocked(ipc.listPeople).mockResolvedValue([person(), person({ id: 'pe-2',
      full_name: { ru: 'Петров Иван', uz: 'Petrov Ivan', en: 'Ivan Petrov' } })]);
    vi.mocked(ipc.createInstruction).mockImplementation(async (input) =>
      instruction({ id: 'i-3', number: '3/2.1', decision_id: input.decision_id }));
    await renderPage();
    const loose = screen.getAllByTestId('decision-row').find((d) => d.dataset.number === '3/2')!;
    await fireEvent.click(within(loose).getByTestId('decision-instruct'));
    await fireEvent.input(screen.getByTestId('instruction-text-ru'), { target: { value: 'Подготовить программу форума' } });
    await fireEvent.change(screen.getByTestId('instruction-lead'), { target: { value: energyMinistry.id } });
    // The lead cannot also be a co-executor.
    expect((screen.getByTestId(`instruction-co-${energyMinistry.id}`) as HTMLInputElement).disabled).toBe(true);
    await fireEvent.click(screen.getByTestId(`instruction-co-${sverdlovskGovernment.id}`));
    const controller = screen.getByTestId('instruction-controller') as HTMLSelectElement;
    await vi.waitFor(() => expect([...controller.options].map((o) => o.textContent))
      .toEqual(['— не указано —', 'Каримова Дильноза', 'Петров Иван']));
    await fireEvent.change(controller, { target: { value: 'pe-2' } });
    await fireEvent.input(screen.getByTestId('instruction-due'), { target: { value: '2026-09-01' } });
    await fireEvent.click(screen.getByTestId('instruction-save'));
    expect(ipc.createInstruction).toHaveBeenCalledWith(expect.objectContaining({
      decision_id: 'd-2', lead_body_id: energyMinistry.id, co_executor_ids: [sverdlovskGovernment.id],
      controller_person_id: 'pe-2',
    }));
  });

  it('shows a refused instruction next to its field', async () => {
    vi.mocked(ipc.createInstruction).mockRejectedValue({ code: 'invalid_date', message: '«1 сентября» — не настоящая дата.', field: 'due_on' });
    await renderPage();
    await fireEvent.click(within(row('energy')).getByTestId('decision-instruct'));
    await fireEvent.input(screen.getByTestId('instruction-text-ru'), { target: { value: 'Провести форум' } });
    await fireEvent.change(screen.getByTestId('instruction-lead'), { target: { value: energyMinistry.id } });
    await fireEvent.input(screen.getByTestId('instruction-due'), { target: { value: '1 сентября' } });
    await fireEvent.click(screen.getByTestId('instruction-save'));
    expect((await screen.findByTestId('error-due_on')).textContent).toContain('не настоящая дата');
  });

  it('names every empty field of the instruction form at once, by its label, without asking the backend', async () => {
    vi.mocked(ipc.createInstruction).mockReset();
    await renderPage();
    await fireEvent.click(within(row('energy')).getByTestId('decision-instruct'));
    await fireEvent.click(screen.getByTestId('instruction-save'));
    expect((await screen.findByTestId('error-text')).textContent).toBe('Заполните поле «Текст поручения».');
    expect(screen.getByTestId('error-lead_body_id').textContent).toBe('Заполните поле «Ответственный исполнитель».');
    expect(screen.getByTestId('error-due_on').textContent).toBe('Заполните поле «Срок исполнения».');
    expect(ipc.createInstruction).not.toHaveBeenCalled();
  });

  it('amends and rescinds a decision with a reason', async () => {
    vi.mocked(ipc.amendDecision).mockReset().mockImplementation(async (id, text, reason) => {
      const amended = decision({ id, number: '3/1', agenda_item_id: 'energy', text, status: 'amended',
        revisions: [{ seq: 1, at: '2026-06-01T08:00:00Z', kind: 'amended', old_text: backend.decisions[0].text, reason }] });
      backend.decisions = [amended, backend.decisions[1]];
      return amended;
    });
    vi.mocked(ipc.rescindDecision).mockReset().mockImplementation(async (_, reason) => {
      const rescinded = { ...backend.decisions[1], status: 'rescinded' as const,
        revisions: [{ seq: 1, at: '2026-06-01T08:00:00Z', kind: 'rescinded' as const, old_text: backend.decisions[1].text, reason }] };
      backend.decisions = [backend.decisions[0], rescinded];
      return rescinded;
    });
    await renderPage();
    const first = () => within(row('energy')).getByTestId('decision-row');
    await fireEvent.click(within(first()).getByTestId('decision-amend'));
    expect((screen.getByTestId('amend-text-ru') as HTMLTextAreaElement).value).toBe('Одобрить план');
    await fireEvent.input(screen.getByTestId('amend-text-ru'), { target: { value: 'Одобрить план с поправками' } });
    await fireEvent.input(screen.getByTestId('amend-reason'), { target: { value: 'Уточнены сроки' } });
    await fireEvent.click(screen.getByTestId('amend-save'));
    expect(ipc.amendDecision).toHaveBeenCalledWith('d-1',
      { ru: 'Одобрить план с поправками', uz: 'Rejani maʼqullash', en: 'Approve the plan' }, 'Уточнены сроки');
    await vi.waitFor(() => expect(first().dataset.status).toBe('amended'));
    expect(first().textContent).toContain('Изменено: Уточнены сроки');

    const loose = () => screen.getAllByTestId('decision-row').find((d) => d.dataset.number === '3/2')!;
    await fireEvent.click(within(loose()).getByTestId('decision-rescind'));
    await fireEvent.input(screen.getByTestId('rescind-reason'), { target: { value: 'Форум не состоится' } });
    await fireEvent.click(screen.getByTestId('rescind-save'));
    expect(ipc.rescindDecision).toHaveBeenCalledWith('d-2', 'Форум не состоится');
    await vi.waitFor(() => expect(loose().dataset.status).toBe('rescinded'));
    expect(within(loose()).queryByTestId('decision-instruct')).toBeNull();
  });

  it('opens an instruction of the session on the control screen', async () => {
    const { onopeninstruction } = await renderPage();
    await fireEvent.click(screen.getByTestId('session-instruction'));
    expect((onopeninstruction.mock.calls[0][0] as Instruction).id).toBe('i-1');
  });

  it('lists the instructions still open from earlier sessions when asked', async () => {
    vi.mocked(ipc.openBeforeSession).mockReset().mockResolvedValue([instruction({ id: 'i-9', number: '2/4.1' })]);
    await renderPage();
    const details = screen.getByTestId('session-open-before') as HTMLDetailsElement;
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    expect(ipc.openBeforeSession).toHaveBeenCalledWith('s-1');
    expect((await within(details).findByTestId('open-before-instruction')).dataset.number).toBe('2/4.1');
  });

  it('keeps decisions open to record on an approved agenda', async () => {
    backend.session = session({ agenda_approved_at: '2026-05-20T06:00:00.000Z' });
    await renderPage();
    expect(within(row('energy')).getByTestId('decision-amend')).toBeTruthy();
    expect(screen.getByTestId('decision-new')).toBeTruthy();
  });
});
