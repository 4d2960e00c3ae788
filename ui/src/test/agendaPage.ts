// The session page with its agenda builder, rendered on the mocked backend of `sessionBackend`, and the rows
// of its agenda as a test reads them.
import { render, screen } from '@testing-library/svelte';
import { expect, vi } from 'vitest';
import SessionPage from '../sessions/SessionPage.svelte';
import { agendaItem, sectors } from './builders';

/** Opening (10 min), energy (30), tourism (20): a session's agenda at 10:00. */
export const threeItems = () => [
  agendaItem({ id: 'opening', position: 0, kind: 'opening', duration_min: 10,
    title: { ru: 'Открытие заседания', uz: 'Majlisning ochilishi', en: 'Opening' } }),
  agendaItem({ id: 'energy', position: 1, duration_min: 30,
    title: { ru: 'О сотрудничестве в энергетике', uz: 'Energetikadagi hamkorlik haqida', en: 'Energy cooperation' } }),
  agendaItem({ id: 'tourism', position: 2, duration_min: 20,
    title: { ru: 'О туризме', uz: 'Turizm haqida', en: 'Tourism' } }),
];

export async function renderAgendaPage() {
  const onloaded = vi.fn();
  render(SessionPage, { sessionId: 's-1', sectors, onback: vi.fn(), onopeninstruction: vi.fn(), ondeleted: vi.fn(), onloaded });
  await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
  await screen.findAllByTestId('agenda-row');
}

export const rows = () => screen.getAllByTestId('agenda-row');
export const row = (id: string) => rows().find((r) => r.dataset.id === id)!;
/** `number id` of every row, in order. */
export const order = () => rows().map((r) => `${r.dataset.number} ${r.dataset.id}`);
