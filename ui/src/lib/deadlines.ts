// The deadline notice: asked for once the database has passed its start-up check, then every hour, and given
// once per secretariat day (the backend's `today`), so a window left open overnight gives the next day's.
import type { DeadlineNotice } from '../ipc';
import * as ipc from '../ipc';

/** How often the window asks whether the secretariat's day has turned. */
export const NOTICE_CHECK_MS = 60 * 60 * 1000;

/** The words of the desktop notification, in the interface language. */
export type NoticeWords = (notice: DeadlineNotice) => { title: string; body: string };

/** Whether the notice has anything to say. */
export function worthNoticing(notice: DeadlineNotice): boolean {
  return notice.overdue + notice.due_soon > 0;
}

/**
 * Asks for the notice now and every hour; calls `onnotice` with the first notice of each day that has
 * something to say, and hands it to the desktop's notifications unless the officer switched them off there.
 * A desktop without notifications, or a failed request, changes nothing: the next hour asks again, or
 * `check` sooner (a hub desk once the officer has signed in there). `stop` ends the watch.
 */
export function watchDeadlines(
  onnotice: (notice: DeadlineNotice) => void,
  words: NoticeWords,
): { check: () => Promise<void>; stop: () => void } {
  let noticedDay: string | null = null;
  const check = async () => {
    try {
      const notice = await ipc.deadlineNotice();
      if (notice.today === noticedDay) return;
      noticedDay = notice.today;
      if (!worthNoticing(notice)) return;
      onnotice(notice);
      if (notice.settings.desktop) {
        const { title, body } = words(notice);
        await ipc.notifyDesktop(title, body);
      }
    } catch {
      // Not asked, or not shown on the desktop: the next hour asks again; the window's notice stands.
    }
  };
  void check();
  const timer = setInterval(() => void check(), NOTICE_CHECK_MS);
  return { check, stop: () => clearInterval(timer) };
}
