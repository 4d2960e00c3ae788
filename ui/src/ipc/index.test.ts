import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  addExecutionReport,
  adoptDecision,
  amendDecision,
  changeSessionStatus,
  createSeries,
  createSession,
  dashboard,
  getAgenda,
  extendInstruction,
  history,
  listBodies,
  listPairings,
  listPeople,
  moveAgendaItem,
  moveInstruction,
  openBeforeSession,
  previewSeries,
  reference,
  rescindDecision,
  restoreFromTrash,
  setLanguage,
  updatePairing,
  updateSession,
} from './index';
import type { AgendaItemInput, PairingInput, SeriesInput, SessionInput } from './bindings';

afterEach(() => clearMocks());

function recordCalls() {
  const calls: { cmd: string; args: unknown }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args });
    return cmd === 'set_language' ? { language: 'uz' } : [];
  });
  return calls;
}

describe('ipc', () => {
  it('invokes the backend commands with camelCase argument keys', async () => {
    const calls = recordCalls();
    const input = { region_a: 'a', region_b: 'b' } as PairingInput;
    await reference();
    await setLanguage('uz');
    await listPairings({ status: null, region: null, deleted: false });
    await updatePairing('p-1', input);
    await history('pairing', 'p-1');
    expect(calls.map(({ cmd, args }) => [cmd, args])).toEqual([
      ['reference', {}],
      ['set_language', { lang: 'uz' }],
      ['list_pairings', { filter: { status: null, region: null, deleted: false } }],
      ['update_pairing', { id: 'p-1', input }],
      ['history', { entity: 'pairing', recordId: 'p-1' }],
    ]);
  });

  it('names the arguments of the control commands as the backend expects', async () => {
    const calls = recordCalls();
    await listBodies('UZ', false);
    await listPeople('b-1', true);
    await dashboard();
    await extendInstruction('S-2026-1', '2026-12-31', 'Ждём ответа');
    await addExecutionReport('i-1', { reported_on: null, text: 'Сделано', author: '' });
    await moveInstruction('i-1', 'cancelled', 'Утратило актуальность');
    expect(calls.map(({ cmd, args }) => [cmd, args])).toEqual([
      ['list_bodies', { country: 'UZ', deleted: false }],
      ['list_people', { bodyId: 'b-1', deleted: true }],
      ['dashboard', {}],
      ['extend_instruction', { id: 'S-2026-1', newDueOn: '2026-12-31', reason: 'Ждём ответа' }],
      ['add_execution_report', { id: 'i-1', report: { reported_on: null, text: 'Сделано', author: '' } }],
      ['move_instruction', { id: 'i-1', to: 'cancelled', note: 'Утратило актуальность' }],
    ]);
  });

  it('names the arguments of the session, agenda and decision commands as the backend expects', async () => {
    const calls = recordCalls();
    const item = { kind: 'report' } as AgendaItemInput;
    const text = { ru: 'Текст', uz: 'Matn', en: 'Text' };
    await changeSessionStatus('s-1', { to: 'cancelled', new_start: null, reason: 'Визит отменён' });
    await getAgenda('s-1', null);
    await addAgendaItem('s-1', item, { parent_id: null, position: null });
    await moveAgendaItem('a-1', { parent_id: 'a-0', position: 2 });
    await adoptDecision('s-1', { agenda_item_id: 'a-1', text, adopted_on: null });
    await amendDecision('d-1', text, 'Уточнено');
    await rescindDecision('d-1', 'Утратило силу');
    await openBeforeSession('s-1');
    await restoreFromTrash('agenda_item', 'a-1');
    expect(calls.map(({ cmd, args }) => [cmd, args])).toEqual([
      ['change_session_status', { id: 's-1', change: { to: 'cancelled', new_start: null, reason: 'Визит отменён' } }],
      ['get_agenda', { sessionId: 's-1', version: null }],
      ['add_agenda_item', { sessionId: 's-1', input: item, place: { parent_id: null, position: null } }],
      ['move_agenda_item', { id: 'a-1', place: { parent_id: 'a-0', position: 2 } }],
      ['adopt_decision', { sessionId: 's-1', input: { agenda_item_id: 'a-1', text, adopted_on: null } }],
      ['amend_decision', { id: 'd-1', text, reason: 'Уточнено' }],
      ['rescind_decision', { id: 'd-1', reason: 'Утратило силу' }],
      ['open_before_session', { sessionId: 's-1' }],
      ['restore_from_trash', { entity: 'agenda_item', id: 'a-1' }],
    ]);
  });

  it('names the arguments of the scheduling commands as the backend expects', async () => {
    const calls = recordCalls();
    const input = { starts_at: '2026-09-01 10:00' } as SessionInput;
    const series = { session: input, exceptions: [] } as unknown as SeriesInput;
    await createSession(input, ['holiday:h-1:2026-09-01']);
    await updateSession('s-1', input, []);
    await previewSeries(series);
    await createSeries(series);
    expect(calls.map(({ cmd, args }) => [cmd, args])).toEqual([
      ['create_session', { input, confirmed: ['holiday:h-1:2026-09-01'] }],
      ['update_session', { id: 's-1', input, confirmed: [] }],
      ['preview_series', { input: series }],
      ['create_series', { input: series }],
    ]);
  });

  it('passes the backend error through as it is', async () => {
    const payload = { code: 'invalid_date', message: '“x” is not a real date.', field: 'since' };
    mockIPC(() => {
      throw payload;
    });
    await expect(reference()).rejects.toEqual(payload);
  });

  it('keeps the warnings a save refused over scheduling warnings carries', async () => {
    const conflicts = [{ key: 'weekend:2026-09-05', kind: 'weekend' }];
    const payload = { code: 'schedule_conflicts', message: 'Scheduling warnings: 1.', field: null, conflicts };
    mockIPC(() => {
      throw payload;
    });
    await expect(createSession({} as SessionInput, [])).rejects.toEqual(payload);
  });
});
