import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import { officerSignedOut, officersKnown } from '../lib/officer.svelte';
import { instruction } from '../test/builders';
import { head, observer, officer } from '../test/officers';
import InstructionActions from './InstructionActions.svelte';

vi.mock('../ipc');

function renderActions() {
  render(InstructionActions, { instruction: instruction({ state: 'in_progress' }), onchanged: vi.fn() });
}

const button = (id: string) => screen.getByTestId(id);
const refused = (id: string) => button(id).getAttribute('aria-disabled') === 'true';

describe('what an officer may do with an instruction', () => {
  beforeEach(() => {
    showLanguage('ru');
    officersKnown(false, null);
    vi.mocked(ipc.moveInstruction).mockReset();
  });

  it('lets an officer report and extend, but not remove from control or cancel, and says why', async () => {
    officersKnown(true, officer());
    renderActions();
    expect(refused('action-report')).toBe(false);
    expect(refused('action-extend')).toBe(false);
    for (const id of ['action-remove', 'action-cancel']) {
      expect(refused(id)).toBe(true);
      expect(button(id).getAttribute('title')).toBe('Только руководитель секретариата');
    }
    await fireEvent.click(button('action-remove'));
    expect(screen.queryByTestId('remove-confirm')).toBeNull();
    expect(button('action-remove').getAttribute('aria-expanded')).toBe('false');
  });

  it('lets an observer change nothing, saying so in Uzbek', () => {
    showLanguage('uz');
    officersKnown(true, observer);
    renderActions();
    for (const id of ['action-report', 'action-extend', 'action-remove', 'action-cancel']) {
      expect(refused(id)).toBe(true);
    }
    expect(button('action-report').title).toBe('Faqat kotibiyat xodimi, kuzatuvchi emas');
    expect(button('action-cancel').title).toBe('Faqat kotibiyat rahbari');
  });

  it('follows signing in and out: nothing refused without accounts, a head may remove, nobody signed in may not',
    async () => {
      vi.mocked(ipc.moveInstruction).mockRejectedValue({
        code: 'forbidden', message: 'Только руководитель секретариата может снять поручение с контроля', field: null,
      });
      renderActions();
      expect(refused('action-remove')).toBe(false);
      officersKnown(true, head);
      await vi.waitFor(() => expect(refused('action-report')).toBe(false));
      expect(refused('action-remove')).toBe(false);
      expect(button('action-remove').hasAttribute('title')).toBe(false);
      // Sent anyway (the account was switched off at another desk meanwhile), the core's refusal shows.
      await fireEvent.click(button('action-remove'));
      await fireEvent.click(screen.getByTestId('remove-go'));
      expect((await screen.findByTestId('action-error')).textContent)
        .toBe('Только руководитель секретариата может снять поручение с контроля');
      officerSignedOut();
      await vi.waitFor(() => expect(refused('action-remove')).toBe(true));
      expect(button('action-remove').title).toBe('Сначала выберите свой профиль');
    });
});
