import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import type { Instruction, InstructionHistory } from '../ipc';
import {
  energyMinistry,
  instruction,
  instructionHistory,
  person,
  sverdlovskGovernment,
} from '../test/builders';
import ControlScreen from './ControlScreen.svelte';

vi.mock('../ipc');

const REPORT_REQUIRED = 'Поручение снимается с контроля только при наличии отчёта об исполнении.';

const overdueOne = instruction({ id: 'i-1', number: '3.1', overdue: true });
const reportedOne = instruction({
  id: 'i-2', number: 'S-2026-4', state: 'reported', due_on: '2026-05-20', original_due_on: '2026-05-20',
  text: { ru: 'Подготовить справку', uz: '', en: 'Prepare a note' },
  lead_body_id: sverdlovskGovernment.id, lead_body: sverdlovskGovernment.name,
  report_count: 1, last_report_on: '2026-03-02',
});

/** The backend's memory of each instruction's history; the mocked commands below change it. */
let histories: Map<string, InstructionHistory>;

function update(id: string, change: (h: InstructionHistory) => InstructionHistory): Instruction {
  const next = change(histories.get(id)!);
  histories.set(id, next);
  return next.instruction;
}

const lastFilter = () => vi.mocked(ipc.listInstructions).mock.lastCall?.[0];
const field = (id: string) => screen.getByTestId(id) as HTMLInputElement;
const row = (number: string) =>
  screen.getAllByTestId('control-row').find((r) => r.dataset.number === number)!;

async function renderScreen() {
  const onloaded = vi.fn();
  render(ControlScreen, { onloaded });
  await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
}

/** Opens the panel of one row (rendering the screen first when it is not there yet). */
async function openRow(number: string) {
  if (!screen.queryByTestId('control-table')) await renderScreen();
  await fireEvent.click(row(number));
  const panel = await screen.findByTestId('instruction-panel');
  await within(panel).findByTestId('instruction-history');
  return panel;
}

describe('control screen', () => {
  beforeEach(() => {
    showLanguage('ru');
    histories = new Map([overdueOne, reportedOne].map((i) => [i.id, instructionHistory(i)]));
    vi.mocked(ipc.listInstructions).mockReset().mockImplementation(async () =>
      [...histories.values()].map((h) => h.instruction));
    vi.mocked(ipc.listBodies).mockReset().mockResolvedValue([energyMinistry, sverdlovskGovernment]);
    vi.mocked(ipc.listPeople).mockReset().mockResolvedValue([person()]);
    vi.mocked(ipc.instructionHistory).mockReset().mockImplementation(async (key) => histories.get(key)!);
    vi.mocked(ipc.moveInstruction).mockReset();
    vi.mocked(ipc.extendInstruction).mockReset();
    vi.mocked(ipc.addExecutionReport).mockReset();
    vi.mocked(ipc.createInstruction).mockReset();
    vi.mocked(ipc.listAttachments).mockReset().mockResolvedValue([]);
  });

  // Reported by an officer: a "Ctrl+N" tooltip stayed on screen after the form it opened covered the button.
  it('names the New shortcut in a hint of its own, not in a system tooltip', async () => {
    await renderScreen();
    const create = screen.getByTestId('instruction-new');
    expect(create.getAttribute('title')).toBeNull();
    expect(create.dataset.shortcut).toBe('Ctrl+N');
    expect(create.getAttribute('aria-keyshortcuts')).toBe('Control+N');
  });

  it('lists number, text, lead executor, due date, state and an overdue mark in words', async () => {
    await renderScreen();
    const first = within(row('3.1'));
    expect(first.getByText('Провести форум молодёжи')).toBeTruthy();
    expect(first.getByText('Министерство энергетики Республики Узбекистан')).toBeTruthy();
    expect(first.getByTestId('due-date').textContent).toBe('01.03.2026');
    expect(first.getByTestId('overdue-mark').textContent).toContain('Просрочено');
    expect(first.getByTestId('state-badge').textContent).toBe('Назначено');
    const second = within(row('S-2026-4'));
    expect(second.queryByTestId('overdue-mark')).toBeNull();
    expect(second.getByText('Отчёт представлен')).toBeTruthy();
    expect(second.getByText('02.03.2026')).toBeTruthy();
  });

  it('flags a text missing in the interface language', async () => {
    showLanguage('uz');
    await renderScreen();
    const second = within(row('S-2026-4'));
    expect(second.getAllByTestId('missing-translation')[0].textContent).toBe('Tarjima yoʻq');
    expect(second.getByText('Подготовить справку').getAttribute('lang')).toBe('ru');
    expect(within(row('3.1')).queryByTestId('missing-translation')).toBeNull();
  });

  it('sends each filter to the backend as an InstructionFilter, from the first page', async () => {
    await renderScreen();
    expect(lastFilter()).toEqual({
      states: [], open_only: true, body: null, pairing: null, session: null,
      overdue: false, due_within_days: null, limit: 101, offset: 0,
    });
    await fireEvent.change(field('filter-state'), { target: { value: 'reported' } });
    expect(lastFilter()).toMatchObject({ states: ['reported'], open_only: false });
    await fireEvent.change(field('filter-body'), { target: { value: sverdlovskGovernment.id } });
    expect(lastFilter()).toMatchObject({ states: ['reported'], body: sverdlovskGovernment.id });
    await fireEvent.click(field('filter-overdue'));
    expect(lastFilter()).toMatchObject({ overdue: true });
    await fireEvent.change(field('filter-due-within'), { target: { value: '30' } });
    expect(lastFilter()).toMatchObject({ due_within_days: 30, offset: 0 });
    await fireEvent.change(field('filter-state'), { target: { value: 'all' } });
    expect(lastFilter()).toMatchObject({ states: [], open_only: false, body: sverdlovskGovernment.id });
  });

  it('narrows the loaded page by number or text without asking the backend', async () => {
    await renderScreen();
    const calls = vi.mocked(ipc.listInstructions).mock.calls.length;
    await fireEvent.input(field('filter-text'), { target: { value: 'справк' } });
    expect(screen.getAllByTestId('control-row').map((r) => r.dataset.number)).toEqual(['S-2026-4']);
    await fireEvent.input(field('filter-text'), { target: { value: '3.1' } });
    expect(screen.getAllByTestId('control-row').map((r) => r.dataset.number)).toEqual(['3.1']);
    expect(vi.mocked(ipc.listInstructions).mock.calls.length).toBe(calls);
  });

  it('pages through the list a hundred at a time', async () => {
    const many = Array.from({ length: 101 }, (_, k) => instruction({ id: `i-${k}`, number: `1.${k + 1}` }));
    vi.mocked(ipc.listInstructions).mockResolvedValue(many);
    await renderScreen();
    expect(screen.getAllByTestId('control-row')).toHaveLength(100);
    expect(field('control-prev').disabled).toBe(true);
    vi.mocked(ipc.listInstructions).mockResolvedValue(many.slice(100));
    await fireEvent.click(screen.getByTestId('control-next'));
    expect(lastFilter()).toMatchObject({ limit: 101, offset: 100 });
    await vi.waitFor(() => expect(screen.getAllByTestId('control-row')).toHaveLength(1));
    expect(screen.getByTestId('control-page').textContent).toBe('Страница 2');
    expect(field('control-next').disabled).toBe(true);
  });

  it('shows a refused removal next to the action and keeps the state', async () => {
    vi.mocked(ipc.moveInstruction).mockRejectedValue({ code: 'report_required', message: REPORT_REQUIRED, field: 'state' });
    const panel = within(await openRow('3.1'));
    await fireEvent.click(panel.getByTestId('action-remove'));
    // Removal cannot be undone: it is asked once more, naming what it ends.
    const question = panel.getByTestId('remove-confirm');
    expect(question.textContent).toContain('Снять поручение 3.1 с контроля? Это нельзя отменить');
    expect(question.textContent).toContain('отчёты и продления по нему больше не вносятся');
    expect(document.activeElement).toBe(panel.getByTestId('remove-go'));
    await fireEvent.click(panel.getByTestId('remove-keep'));
    expect(panel.queryByTestId('remove-confirm')).toBeNull();
    expect(ipc.moveInstruction).not.toHaveBeenCalled();
    await fireEvent.click(panel.getByTestId('action-remove'));
    await fireEvent.click(panel.getByTestId('remove-go'));
    expect(ipc.moveInstruction).toHaveBeenCalledWith('i-1', 'removed', '');
    const message = await panel.findByTestId('action-error');
    expect(message.textContent).toBe(REPORT_REQUIRED);
    expect(panel.getByTestId('action-remove').getAttribute('aria-describedby')).toBe(message.id);
    expect(row('3.1').dataset.state).toBe('assigned');
    expect(within(row('3.1')).getByTestId('state-badge').textContent).toBe('Назначено');
  });

  it('extends the due date with a reason and shows the new date beside the old one', async () => {
    vi.mocked(ipc.extendInstruction).mockImplementation(async (key, newDueOn, reason) =>
      update(key, (h) => ({
        ...h,
        instruction: { ...h.instruction, due_on: newDueOn, extension_count: 1, overdue: false },
        extensions: [{ seq: 2, at: '2026-03-10T09:00:00Z', os_user: 'petrov', old_due_on: h.instruction.due_on, new_due_on: newDueOn, reason }],
      })));
    const panel = within(await openRow('3.1'));
    await fireEvent.click(panel.getByTestId('action-extend'));
    await fireEvent.input(field('extend-date'), { target: { value: '2026-04-15' } });
    await fireEvent.input(field('extend-reason'), { target: { value: 'Ждём ответа министерства' } });
    await fireEvent.click(panel.getByTestId('extend-save'));

    expect(ipc.extendInstruction).toHaveBeenCalledWith('i-1', '2026-04-15', 'Ждём ответа министерства');
    const updated = within(row('3.1'));
    await vi.waitFor(() => expect(updated.getByTestId('due-date').textContent).toBe('15.04.2026'));
    expect(updated.getByTestId('due-original').textContent).toContain('01.03.2026');
    expect(updated.queryByTestId('overdue-mark')).toBeNull();
    expect(screen.queryByTestId('extend-form')).toBeNull();
    const history = within(panel.getByTestId('instruction-history'));
    await vi.waitFor(() => expect(history.getByText('Срок продлён: 01.03.2026 → 15.04.2026')).toBeTruthy());
    expect(history.getByText('Причина: Ждём ответа министерства')).toBeTruthy();
  });

  it('adds an execution report, then removes the instruction from control', async () => {
    vi.mocked(ipc.addExecutionReport).mockImplementation(async (key, report) => {
      update(key, (h) => ({
        ...h,
        instruction: { ...h.instruction, state: 'reported', report_count: 1, last_report_on: report.reported_on },
        reports: [{ id: 'r-1', instruction_id: key, reported_on: report.reported_on ?? '', text: report.text, author: report.author, created_at: '2026-03-10T10:00:00Z' }],
      }));
      return histories.get(key)!.reports[0];
    });
    vi.mocked(ipc.moveInstruction).mockImplementation(async (key, to) =>
      update(key, (h) => ({ ...h, instruction: { ...h.instruction, state: to, overdue: false, removed_on: '2026-03-10' } })));
    const panel = within(await openRow('3.1'));

    await fireEvent.click(panel.getByTestId('action-report'));
    expect(field('report-author').value).toBe('Министерство энергетики Республики Узбекистан');
    await fireEvent.input(field('report-text'), { target: { value: 'Форум проведён 5 марта' } });
    await fireEvent.input(field('report-author'), { target: { value: 'Минэнерго' } });
    await fireEvent.input(field('report-date'), { target: { value: '2026-03-05' } });
    await fireEvent.click(panel.getByTestId('report-save'));
    expect(ipc.addExecutionReport).toHaveBeenCalledWith('i-1', {
      reported_on: '2026-03-05', text: 'Форум проведён 5 марта', author: 'Минэнерго',
    });
    await vi.waitFor(() => expect(row('3.1').dataset.state).toBe('reported'));
    expect(within(row('3.1')).getByText('05.03.2026')).toBeTruthy();
    expect(panel.getByText('Форум проведён 5 марта')).toBeTruthy();
    // The report can take files: its own list of attachments, under the report's id.
    expect((await panel.findByTestId('attachments')).dataset.owner).toBe('r-1');
    expect(ipc.listAttachments).toHaveBeenCalledWith('execution_report', 'r-1');

    await fireEvent.click(panel.getByTestId('action-remove'));
    await fireEvent.click(panel.getByTestId('remove-go'));
    expect(ipc.moveInstruction).toHaveBeenCalledWith('i-1', 'removed', '');
    await vi.waitFor(() => expect(row('3.1').dataset.state).toBe('removed'));
    expect(within(row('3.1')).getByText('Снято с контроля')).toBeTruthy();
    expect(panel.queryByTestId('action-remove')).toBeNull();
    expect(panel.queryByTestId('action-error')).toBeNull();
  });

  it('cancels only with a reason, and shows the refusal by the reason field', async () => {
    vi.mocked(ipc.moveInstruction)
      .mockRejectedValueOnce({ code: 'required', message: 'Заполните поле «причина».', field: 'reason' })
      .mockImplementation(async (key, to, note) =>
        update(key, (h) => ({ ...h, instruction: { ...h.instruction, state: to, state_reason: note } })));
    const panel = within(await openRow('3.1'));
    await fireEvent.click(panel.getByTestId('action-cancel'));
    await fireEvent.click(panel.getByTestId('cancel-save'));

    expect(ipc.moveInstruction).toHaveBeenCalledWith('i-1', 'cancelled', '');
    const message = await panel.findByTestId('error-reason');
    expect(message.textContent).toBe('Заполните поле «Причина отмены».');
    const reason = field('cancel-reason');
    expect(reason.parentElement?.contains(message)).toBe(true);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(reason);
    expect(row('3.1').dataset.state).toBe('assigned');

    await fireEvent.input(reason, { target: { value: 'Утратило актуальность' } });
    await fireEvent.click(panel.getByTestId('cancel-save'));
    expect(ipc.moveInstruction).toHaveBeenLastCalledWith('i-1', 'cancelled', 'Утратило актуальность');
    await vi.waitFor(() => expect(row('3.1').dataset.state).toBe('cancelled'));
    expect(panel.getByText('Утратило актуальность')).toBeTruthy();
  });

  it('starts work on an assigned one and returns a reported one to work with a note', async () => {
    vi.mocked(ipc.moveInstruction).mockImplementation(async (key, to) =>
      update(key, (h) => ({ ...h, instruction: { ...h.instruction, state: to } })));
    let panel = within(await openRow('3.1'));
    expect(panel.queryByTestId('action-return')).toBeNull();
    await fireEvent.click(panel.getByTestId('action-start'));
    expect(ipc.moveInstruction).toHaveBeenCalledWith('i-1', 'in_progress', '');
    await vi.waitFor(() => expect(row('3.1').dataset.state).toBe('in_progress'));
    expect(panel.queryByTestId('action-start')).toBeNull();

    panel = within(await openRow('S-2026-4'));
    await fireEvent.click(panel.getByTestId('action-return'));
    await fireEvent.input(field('return-note'), { target: { value: 'Нет сведений о финансировании' } });
    await fireEvent.click(panel.getByTestId('return-save'));
    expect(ipc.moveInstruction).toHaveBeenLastCalledWith('i-2', 'in_progress', 'Нет сведений о финансировании');
  });

  it('is usable from the keyboard: Enter opens a row, Escape closes a form and then the panel', async () => {
    await renderScreen();
    const first = row('3.1');
    expect(first.tabIndex).toBe(0);
    expect(row('S-2026-4').tabIndex).toBe(-1);
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(row('S-2026-4'));
    await fireEvent.keyDown(row('S-2026-4'), { key: 'Enter' });
    const panel = within(await screen.findByTestId('instruction-panel'));
    expect(panel.getByText('Поручение S-2026-4')).toBeTruthy();

    await fireEvent.click(panel.getByTestId('action-extend'));
    await fireEvent.keyDown(field('extend-date'), { key: 'Escape' });
    expect(screen.queryByTestId('extend-form')).toBeNull();
    expect(screen.getByTestId('instruction-panel')).toBeTruthy();

    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('instruction-panel')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement).toBe(row('S-2026-4')));
  });

  it('focuses the filter box with Ctrl+F and opens a new instruction with Ctrl+N', async () => {
    await renderScreen();
    await fireEvent.keyDown(window, { key: 'а', code: 'KeyF', ctrlKey: true });
    expect(document.activeElement).toBe(field('filter-text'));
    await fireEvent.keyDown(window, { key: 'т', code: 'KeyN', ctrlKey: true });
    expect(screen.getByTestId('instruction-form')).toBeTruthy();
    expect(document.activeElement).toBe(field('instruction-text-ru'));
  });

  it('creates a standalone instruction and opens it', async () => {
    const created = instruction({ id: 'i-9', number: 'S-2026-9', co_executor_ids: [sverdlovskGovernment.id] });
    vi.mocked(ipc.createInstruction).mockImplementation(async () => {
      histories.set(created.id, instructionHistory(created));
      return created;
    });
    await renderScreen();
    await fireEvent.click(screen.getByTestId('instruction-new'));
    await fireEvent.input(field('instruction-text-ru'), { target: { value: ' Провести форум молодёжи ' } });
    expect(screen.getByTestId('missing-instruction-text-uz')).toBeTruthy();
    await fireEvent.change(field('instruction-lead'), { target: { value: energyMinistry.id } });
    expect(field(`instruction-co-${energyMinistry.id}`).disabled).toBe(true);
    await fireEvent.click(field(`instruction-co-${sverdlovskGovernment.id}`));
    await fireEvent.change(field('instruction-controller'), { target: { value: 'pe-1' } });
    await fireEvent.input(field('instruction-due'), { target: { value: '2026-06-30' } });
    await fireEvent.click(screen.getByTestId('instruction-save'));

    expect(ipc.createInstruction).toHaveBeenCalledWith({
      decision_id: null, parent_id: null,
      text: { ru: 'Провести форум молодёжи', uz: '', en: '' },
      lead_body_id: energyMinistry.id, co_executor_ids: [sverdlovskGovernment.id],
      controller_person_id: 'pe-1', pairing_id: null, due_on: '2026-06-30',
    });
    const panel = within(await screen.findByTestId('instruction-panel'));
    expect(panel.getByText('Поручение S-2026-9')).toBeTruthy();
    expect(panel.getByText('Правительство Свердловской области')).toBeTruthy();
    await vi.waitFor(() => expect(row('S-2026-9')).toBeTruthy());
  });

  it('takes a due date as the screens show it, typed or picked from the calendar', async () => {
    vi.mocked(ipc.createInstruction).mockRejectedValue({ code: 'not_found', message: '…', field: null });
    await renderScreen();
    await fireEvent.click(screen.getByTestId('instruction-new'));
    await fireEvent.input(field('instruction-text-ru'), { target: { value: 'Провести форум' } });
    await fireEvent.change(field('instruction-lead'), { target: { value: energyMinistry.id } });
    expect(field('instruction-due').placeholder).toBe('ДД.ММ.ГГГГ');
    await fireEvent.input(field('instruction-due'), { target: { value: '31.12.2026' } });
    expect(field('instruction-due-picker').value).toBe('2026-12-31');
    await fireEvent.click(screen.getByTestId('instruction-save'));
    expect(vi.mocked(ipc.createInstruction).mock.lastCall?.[0].due_on).toBe('2026-12-31');
    await fireEvent.change(field('instruction-due-picker'), { target: { value: '2027-01-15' } });
    expect(field('instruction-due').value).toBe('15.01.2027');
    await fireEvent.click(screen.getByTestId('instruction-save'));
    expect(vi.mocked(ipc.createInstruction).mock.lastCall?.[0].due_on).toBe('2027-01-15');
  });

  it('shows a refused new instruction by the field the backend names', async () => {
    vi.mocked(ipc.createInstruction).mockRejectedValue({
      code: 'invalid_date', message: '«2026-02-30» — не настоящая дата.', field: 'due_on',
    });
    await renderScreen();
    await fireEvent.click(screen.getByTestId('instruction-new'));
    await fireEvent.input(field('instruction-text-ru'), { target: { value: 'Провести форум' } });
    await fireEvent.change(field('instruction-lead'), { target: { value: energyMinistry.id } });
    await fireEvent.input(field('instruction-due'), { target: { value: '2026-02-30' } });
    await fireEvent.click(screen.getByTestId('instruction-save'));
    expect((await screen.findByTestId('error-due_on')).textContent).toContain('не настоящая дата');
    expect(document.activeElement).toBe(field('instruction-due'));
    expect((field('instruction-due')).value).toBe('2026-02-30');
  });
});
