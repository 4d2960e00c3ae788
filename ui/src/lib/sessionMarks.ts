// The signs that tell a session's status at a glance, beside its colour and its name (never colour alone),
// and the warning sign; `Mark.svelte` draws them.
import type { SessionStatus } from '../ipc/bindings';

export type MarkName = SessionStatus | 'warning';
