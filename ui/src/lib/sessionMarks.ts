// The marks that tell a session's status at a glance, beside its colour (never colour alone).
import type { SessionStatus } from '../ipc/bindings';

export const STATUS_MARKS: Record<SessionStatus, string> = {
  draft: '✎',
  scheduled: '◷',
  confirmed: '✓',
  held: '●',
  minutes_approved: '☑',
  postponed: '⇥',
  cancelled: '✕',
};
