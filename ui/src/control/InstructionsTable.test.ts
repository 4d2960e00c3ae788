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

describe('a reminded instruction', () => {
  it('says when it was last reminded and, from the second letter, which reminder that was', () => {
    for (const [language, once, twice] of [
      ['ru', 'напомнено 03.12.2026', 'напомнено 07.12.2026 · 2-е напоминание'],
      ['uz', 'eslatilgan: 03.12.2026', 'eslatilgan: 07.12.2026 · 2-eslatma'],
      ['en', 'reminded 2026-12-03', 'reminded 2026-12-07 · 2nd reminder'],
    ] as const) {
      showLanguage(language);
      const { unmount } = render(InstructionsTable, {
        instructions: [
          instruction({ id: 'i-1', number: '3.1', reminder_count: 1, last_reminded_on: '2026-12-03' }),
          instruction({ id: 'i-2', number: '3.2', reminder_count: 2, last_reminded_on: '2026-12-07' }),
          instruction({ id: 'i-3', number: '3.3' }),
        ],
        onopen: vi.fn(),
      });
      const mark = (number: string) => row(number).querySelector('[data-testid="reminded-mark"]')?.textContent ?? null;
      expect(mark('3.1')).toBe(once);
      expect(mark('3.2')).toBe(twice);
      expect(mark('3.3')).toBeNull();
      unmount();
    }
  });
});
