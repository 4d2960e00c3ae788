import { render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import { instruction, sverdlovskGovernment } from '../test/builders';
import InstructionsTable from './InstructionsTable.svelte';

vi.mock('../ipc');

const row = (number: string) =>
  screen.getAllByTestId('control-row').find((r) => r.dataset.number === number)!;

describe('the control list filtered by a body', () => {
  beforeEach(() => showLanguage('ru'));

  it('marks the rows where that body is only a co-executor, under the lead executor', () => {
    render(InstructionsTable, {
      instructions: [
        instruction({ id: 'i-1', number: '3.1', body_role: 'lead' }),
        instruction({ id: 'i-2', number: '3.2', lead_body_id: sverdlovskGovernment.id,
          lead_body: sverdlovskGovernment.name, body_role: 'co_executor' }),
        instruction({ id: 'i-3', number: '3.3' }),
      ],
      onopen: vi.fn(),
    });
    expect(row('3.2').querySelector('[data-testid="co-executor-mark"]')?.textContent).toBe('(соисполнитель)');
    expect(row('3.2').textContent).toContain('Правительство Свердловской области');
    expect(row('3.1').querySelector('[data-testid="co-executor-mark"]')).toBeNull();
    expect(row('3.3').querySelector('[data-testid="co-executor-mark"]')).toBeNull();
  });
});

describe('an instruction given on a site that does not number its session', () => {
  it('shows "number pending" in each language until its number comes, never a placeholder', () => {
    for (const [language, words] of [['ru', 'номер ожидается'], ['uz', 'raqam kutilmoqda'],
      ['en', 'number pending']] as const) {
      showLanguage(language);
      const { unmount } = render(InstructionsTable, {
        instructions: [
          instruction({ id: 'i-1', number: '3.1' }),
          instruction({ id: 'i-2', number: '', number_pending: true }),
        ],
        onopen: vi.fn(),
      });
      const [numbered, waiting] = screen.getAllByTestId('control-row');
      expect(numbered.querySelector('td.code')?.textContent).toBe('3.1');
      expect(waiting.querySelector('td.code')?.textContent).toBe(words);
      unmount();
    }
  });
});
