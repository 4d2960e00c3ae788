import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import { deadlineNotice, instruction } from '../test/builders';
import DeadlineBanner from './DeadlineBanner.svelte';

describe('deadline notice banner', () => {
  beforeEach(() => showLanguage('ru'));

  it('says how many are overdue and due within the window, names the first and counts the rest', () => {
    const notice = deadlineNotice({
      overdue: 4,
      due_soon: 3,
      settings: { within_days: 14, desktop: true },
      first: [
        instruction({ id: 'i-1', number: '2/1.1', due_on: '2026-11-20', text: { ru: 'Провести ярмарку', uz: 'Yarmarka oʻtkazish', en: 'Hold the fair' } }),
        instruction({ id: 'i-2', number: '2/1.2', due_on: '2026-12-09' }),
      ],
    });
    render(DeadlineBanner, { notice, onopen: vi.fn(), ondismiss: vi.fn() });
    expect(screen.getByTestId('deadline-notice-overdue').textContent).toBe('просрочено: 4');
    expect(screen.getByTestId('deadline-notice-due-soon').textContent?.trim()).toBe('срок в ближайшие 14 дн.: 3');
    const items = screen.getAllByTestId('deadline-notice-item');
    expect(items.map((item) => item.dataset.number)).toEqual(['2/1.1', '2/1.2']);
    expect(items[0].textContent).toContain('20.11.2026');
    expect(items[0].textContent).toContain('Провести ярмарку');
    expect(screen.getByTestId('deadline-notice').textContent).toContain('и ещё 5');
  });

  it('speaks Uzbek with its own letters', async () => {
    await showLanguage('uz');
    render(DeadlineBanner, { notice: deadlineNotice(), onopen: vi.fn(), ondismiss: vi.fn() });
    expect(screen.getByTestId('deadline-notice-overdue').textContent).toBe('muddati o\u02BBtgan: 2');
    expect(screen.getByTestId('deadline-notice-open').textContent?.trim()).toBe('Nazorat ro\u02BByxatida ko\u02BBrsatish');
  });

  it('opens the control list or goes away when asked', async () => {
    const onopen = vi.fn();
    const ondismiss = vi.fn();
    render(DeadlineBanner, { notice: deadlineNotice(), onopen, ondismiss });
    await fireEvent.click(screen.getByTestId('deadline-notice-open'));
    expect(onopen).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByTestId('deadline-notice-dismiss'));
    expect(ondismiss).toHaveBeenCalledTimes(1);
  });
});
