import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { showLanguage } from '../i18n/index.svelte';
import * as ipc from '../ipc';
import NoticesSection from './NoticesSection.svelte';

vi.mock('../ipc');

describe('settings: deadline notices', () => {
  beforeEach(() => {
    showLanguage('en');
    vi.mocked(ipc.noticeSettings).mockReset().mockResolvedValue({ within_days: 7, desktop: true });
    vi.mocked(ipc.setNoticeSettings).mockReset();
  });

  it('shows the window and the desktop choice kept in the register', async () => {
    vi.mocked(ipc.noticeSettings).mockResolvedValue({ within_days: 10, desktop: false });
    render(NoticesSection);
    await vi.waitFor(() => expect((screen.getByTestId('notices-days') as HTMLInputElement).value).toBe('10'));
    expect((screen.getByTestId('notices-desktop') as HTMLInputElement).checked).toBe(false);
  });

  it('switches the desktop notification off and widens the window', async () => {
    vi.mocked(ipc.setNoticeSettings).mockImplementation(async (settings) => settings);
    render(NoticesSection);
    await vi.waitFor(() => expect(screen.getByTestId('notices-save').hasAttribute('disabled')).toBe(false));
    await fireEvent.input(screen.getByTestId('notices-days'), { target: { value: '14' } });
    await fireEvent.click(screen.getByTestId('notices-desktop'));
    await fireEvent.submit(screen.getByTestId('notices-form'));
    expect(ipc.setNoticeSettings).toHaveBeenCalledWith({ within_days: 14, desktop: false });
    await vi.waitFor(() => expect(screen.getByTestId('notices-saved').textContent).toBe('Saved'));
  });

  it('shows the refusal of a window outside 1 to 60 days', async () => {
    vi.mocked(ipc.setNoticeSettings).mockRejectedValue({
      code: 'invalid_value', message: 'Invalid value: 90', field: 'within_days',
    });
    render(NoticesSection);
    await vi.waitFor(() => expect(screen.getByTestId('notices-save').hasAttribute('disabled')).toBe(false));
    await fireEvent.input(screen.getByTestId('notices-days'), { target: { value: '90' } });
    await fireEvent.submit(screen.getByTestId('notices-form'));
    await vi.waitFor(() => expect(screen.getByTestId('notices-error').textContent).toBe('Invalid value: 90'));
    expect(screen.queryByTestId('notices-saved')).toBeNull();
  });
});
