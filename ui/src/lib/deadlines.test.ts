import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as ipc from '../ipc';
import type { DeadlineNotice } from '../ipc';
import { deadlineNotice } from '../test/builders';
import { NOTICE_CHECK_MS, watchDeadlines } from './deadlines';

vi.mock('../ipc');

const words = (notice: DeadlineNotice) => ({ title: 'Deadlines', body: `Overdue: ${notice.overdue}` });

describe('deadline notices', () => {
  let stop = () => {};

  beforeEach(() => {
    vi.useFakeTimers();
    vi.mocked(ipc.deadlineNotice).mockReset().mockResolvedValue(deadlineNotice());
    vi.mocked(ipc.notifyDesktop).mockReset().mockResolvedValue(undefined);
  });

  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('notices on start, in the window and on the desktop', async () => {
    const onnotice = vi.fn();
    stop = watchDeadlines(onnotice, words).stop;
    await vi.waitFor(() => expect(ipc.notifyDesktop).toHaveBeenCalled());
    expect(onnotice).toHaveBeenCalledWith(deadlineNotice());
    expect(ipc.notifyDesktop).toHaveBeenCalledWith('Deadlines', 'Overdue: 2');
  });

  it('notices once a day: the same day asked again says nothing, the next day speaks again', async () => {
    const onnotice = vi.fn();
    stop = watchDeadlines(onnotice, words).stop;
    await vi.waitFor(() => expect(onnotice).toHaveBeenCalledTimes(1));
    await vi.advanceTimersByTimeAsync(NOTICE_CHECK_MS);
    expect(ipc.deadlineNotice).toHaveBeenCalledTimes(2);
    expect(onnotice).toHaveBeenCalledTimes(1);
    vi.mocked(ipc.deadlineNotice).mockResolvedValue(deadlineNotice({ today: '2026-12-08', overdue: 3 }));
    await vi.advanceTimersByTimeAsync(NOTICE_CHECK_MS);
    expect(onnotice).toHaveBeenCalledTimes(2);
    expect(onnotice.mock.calls[1][0].overdue).toBe(3);
    expect(ipc.notifyDesktop).toHaveBeenCalledTimes(2);
  });

  it('keeps to the window when the officer switched desktop notifications off', async () => {
    vi.mocked(ipc.deadlineNotice).mockResolvedValue(deadlineNotice({ settings: { within_days: 7, desktop: false } }));
    const onnotice = vi.fn();
    stop = watchDeadlines(onnotice, words).stop;
    await vi.waitFor(() => expect(onnotice).toHaveBeenCalled());
    expect(ipc.notifyDesktop).not.toHaveBeenCalled();
  });

  it('says nothing when nothing is overdue or due soon', async () => {
    vi.mocked(ipc.deadlineNotice).mockResolvedValue(deadlineNotice({ overdue: 0, due_soon: 0, first: [] }));
    const onnotice = vi.fn();
    stop = watchDeadlines(onnotice, words).stop;
    await vi.waitFor(() => expect(ipc.deadlineNotice).toHaveBeenCalled());
    await vi.advanceTimersByTimeAsync(0);
    expect(onnotice).not.toHaveBeenCalled();
    expect(ipc.notifyDesktop).not.toHaveBeenCalled();
  });

  it('asks again at once when told to, so a hub desk signed in late is not left an hour without it', async () => {
    vi.mocked(ipc.deadlineNotice).mockRejectedValueOnce({ code: 'sign_in_required', message: 'Sign in', field: 'hub_session' });
    const onnotice = vi.fn();
    const watch = watchDeadlines(onnotice, words);
    stop = watch.stop;
    await vi.advanceTimersByTimeAsync(0);
    expect(onnotice).not.toHaveBeenCalled();
    await watch.check();
    expect(onnotice).toHaveBeenCalledTimes(1);
  });

  it('gives the notice in the window when the desktop has no notifications or the hub does not answer', async () => {
    vi.mocked(ipc.notifyDesktop).mockRejectedValue({ code: 'internal', message: 'no notification service' });
    vi.mocked(ipc.deadlineNotice).mockRejectedValueOnce({ code: 'hub_unreachable', message: 'The hub does not answer' });
    const onnotice = vi.fn();
    stop = watchDeadlines(onnotice, words).stop;
    await vi.advanceTimersByTimeAsync(0);
    expect(onnotice).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(NOTICE_CHECK_MS);
    expect(onnotice).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(ipc.notifyDesktop).toHaveBeenCalled());
  });
});
