import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { dismissUndo, undoOffer } from '../lib/undo.svelte';
import SessionPage from '../sessions/SessionPage.svelte';
import { decision, sectors } from '../test/builders';
import { backendWith, mockSessionBackend, type Backend } from '../test/sessionBackend';

vi.mock('../ipc');

let backend: Backend;

describe('deleting a decision on the session page', () => {
  beforeEach(() => {
    showLanguage('ru');
    dismissUndo();
    backend = mockSessionBackend(backendWith([], { decisions: [decision({ id: 'd-1', number: '3/1' })] }));
    vi.mocked(ipc.deleteDecision).mockReset().mockImplementation(async (id) => {
      const gone = backend.decisions.find((d) => d.id === id)!;
      backend.decisions = backend.decisions.filter((d) => d.id !== id);
      return { ...gone, deleted_at: '2026-11-29T08:00:00.000Z' };
    });
    vi.mocked(ipc.restoreFromTrash).mockReset().mockImplementation(async () => {
      backend.decisions = [decision({ id: 'd-1', number: '3/1' })];
    });
  });

  it('moves it to the trash and offers Undo, which brings it back under its number', async () => {
    const onloaded = vi.fn();
    render(SessionPage, { sessionId: 's-1', sectors, onback: vi.fn(), onopeninstruction: vi.fn(), ondeleted: vi.fn(), onloaded });
    await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
    await fireEvent.click(screen.getByTestId('decision-delete'));
    expect(ipc.deleteDecision).toHaveBeenCalledWith('d-1');
    await vi.waitFor(() => expect(screen.queryByTestId('decision-row')).toBeNull());
    expect(undoOffer()?.message).toBe('Перемещено в корзину');

    await undoOffer()?.undo();
    expect(ipc.restoreFromTrash).toHaveBeenCalledWith('decision', 'd-1');
    await vi.waitFor(() => expect(screen.getByTestId('decision-row').dataset.number).toBe('3/1'));
  });

  it('shows a refusal next to the decision and keeps it', async () => {
    vi.mocked(ipc.deleteDecision).mockRejectedValue({ code: 'invalid_transition', message: 'Есть поручения', field: null });
    const onloaded = vi.fn();
    render(SessionPage, { sessionId: 's-1', sectors, onback: vi.fn(), onopeninstruction: vi.fn(), ondeleted: vi.fn(), onloaded });
    await vi.waitFor(() => expect(onloaded).toHaveBeenCalled());
    await fireEvent.click(screen.getByTestId('decision-delete'));
    expect((await screen.findByTestId('decision-delete-error')).textContent).toBe('Есть поручения');
    expect(screen.getByTestId('decision-row')).toBeTruthy();
    expect(undoOffer()).toBeNull();
  });
});
