import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import { instruction } from '../test/builders';
import DueDate from './DueDate.svelte';

const sunday = {
  ru: 'Срок 2027-05-09 приходится на нерабочий день: воскресенье, праздник в России «День Победы».',
  uz: '2027-05-09 muddati ishlanmaydigan kunga toʻgʻri keladi: yakshanba, Rossiyada bayram «Gʻalaba kuni».',
  en: 'The due date 2027-05-09 is a day off: a Sunday, a public holiday in Russia, “Victory Day”.',
};

describe('due date', () => {
  it('marks a due date on a weekend or a holiday as a day off and says why', () => {
    showLanguage('en');
    render(DueDate, { instruction: instruction({ due_on: '2027-05-09', original_due_on: '2027-05-09', due_warning: sunday }) });
    const mark = screen.getByTestId('due-warning');
    expect(mark.textContent).toContain('day off');
    expect(mark.getAttribute('title')).toBe(sunday.en);
    expect(mark.textContent).toContain('Victory Day');
  });

  it('says it in the interface language', () => {
    showLanguage('uz');
    render(DueDate, { instruction: instruction({ due_on: '2027-05-09', original_due_on: '2027-05-09', due_warning: sunday }) });
    expect(screen.getByTestId('due-warning').textContent).toContain('dam olish kuni');
    expect(screen.getByTestId('due-warning').getAttribute('title')).toBe(sunday.uz);
  });

  it('shows no mark on a working day', () => {
    showLanguage('ru');
    render(DueDate, { instruction: instruction({ due_on: '2027-05-11', original_due_on: '2027-05-11' }) });
    expect(screen.queryByTestId('due-warning')).toBeNull();
  });

  it('says a past due date reported on time awaits review instead of being overdue', () => {
    showLanguage('en');
    render(DueDate, { instruction: instruction({ awaiting_review: true, overdue: false, state: 'reported' }) });
    expect(screen.getByTestId('awaiting-review-mark').textContent).toBe('reported on time, awaiting review');
    expect(screen.queryByTestId('overdue-mark')).toBeNull();
  });
});
