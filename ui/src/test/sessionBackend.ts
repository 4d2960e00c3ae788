// A small stand-in for the backend of one session page: the mocked ipc answers from these records,
// and the agenda is recomputed from the items as the backend would.
import { vi } from 'vitest';
import * as ipc from '../ipc';
import type { AgendaItem, AgendaPlace, Decision, Instruction, Session } from '../ipc';
import { agendaOf, energyMinistry, person, sessionEvent, session as sessionOf } from './builders';

export type Backend = {
  session: Session;
  items: AgendaItem[];
  decisions: Decision[];
  instructions: Instruction[];
};

/** Puts an item at `place` among its new siblings, closing the gap among the old ones. */
function placeItem(backend: Backend, id: string, place: AgendaPlace) {
  const item = backend.items.find((i) => i.id === id)!;
  const renumber = (parent: string | null, order: AgendaItem[]) =>
    order.forEach((sibling, position) => {
      const k = backend.items.findIndex((i) => i.id === sibling.id);
      backend.items[k] = { ...backend.items[k], parent_id: parent, position };
    });
  const siblings = (parent: string | null) => backend.items
    .filter((i) => i.parent_id === parent && i.id !== id).sort((a, b) => a.position - b.position);
  renumber(item.parent_id, siblings(item.parent_id));
  const target = siblings(place.parent_id);
  target.splice(Math.min(place.position ?? target.length, target.length), 0, item);
  renumber(place.parent_id, target);
}

export function mockSessionBackend(backend: Backend) {
  const agenda = () => agendaOf(backend.items, backend.session);
  const entry = (id: string) => agenda().entries.find((e) => e.item.id === id)!;
  vi.mocked(ipc.getSession).mockReset().mockImplementation(async () => backend.session);
  vi.mocked(ipc.sessionEvents).mockReset().mockResolvedValue([sessionEvent()]);
  vi.mocked(ipc.getAgenda).mockReset().mockImplementation(async () => agenda());
  vi.mocked(ipc.agendaVersions).mockReset().mockImplementation(async () =>
    [{ version: backend.session.agenda_version, approved_at: backend.session.agenda_approved_at }]);
  vi.mocked(ipc.listDecisions).mockReset().mockImplementation(async () => backend.decisions);
  vi.mocked(ipc.listInstructions).mockReset().mockImplementation(async () => backend.instructions);
  vi.mocked(ipc.listPeople).mockReset().mockResolvedValue([person()]);
  vi.mocked(ipc.listBodies).mockReset().mockResolvedValue([energyMinistry]);
  vi.mocked(ipc.listPairings).mockReset().mockResolvedValue([]);
  vi.mocked(ipc.moveAgendaItem).mockReset().mockImplementation(async (id, place) => {
    placeItem(backend, id, place);
    return entry(id);
  });
  vi.mocked(ipc.updateAgendaItem).mockReset().mockImplementation(async (id, input) => {
    backend.items = backend.items.map((i) => (i.id === id ? { ...i, duration_min: input.duration_min } : i));
    return entry(id);
  });
  vi.mocked(ipc.setAgendaItemDuration).mockReset().mockImplementation(async (id, minutes) => {
    backend.items = backend.items.map((i) => (i.id === id ? { ...i, duration_min: minutes } : i));
    return entry(id);
  });
  vi.mocked(ipc.changeSessionStatus).mockReset();
  vi.mocked(ipc.adoptDecision).mockReset();
  vi.mocked(ipc.createInstruction).mockReset();
  return backend;
}

export function backendWith(items: AgendaItem[], overrides: Partial<Backend> = {}): Backend {
  return { session: sessionOf(), items, decisions: [], instructions: [], ...overrides };
}
