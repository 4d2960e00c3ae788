// The register as colleagues change it: on a desk connected to the office hub, each change committed there
// (heard by `App.svelte`) moves `changes` on, and open screens read their data again; the hub's status says
// whether it answers. A standalone desk hears nothing and nothing here moves.
import { untrack } from 'svelte';
import * as ipc from '../ipc';
import type { HubStatus } from '../ipc';

const live = $state({ changes: 0, hub: null as HubStatus | null });

/** How many rounds of changes the window has heard of. */
export function registerChanges(): number {
  return live.changes;
}

/** The register changed on the hub (a burst of changes counts once): open screens reload. */
export function registerChanged(): void {
  live.changes += 1;
}

/** The desk's hub, whether it answers and who is signed in; null on a standalone desk. */
export function hubStatus(): HubStatus | null {
  return live.hub;
}

export function setHubStatus(status: HubStatus | null): void {
  live.hub = status;
}

/**
 * Calls `reload` each time the register changes on the hub, not at first: a screen reads its data when it
 * opens and again when colleagues change it, keeping what is typed in its open forms. Call it while the
 * component is set up.
 */
export function reloadOnChange(reload: () => unknown): void {
  let seen = untrack(() => live.changes);
  $effect(() => {
    const now = live.changes;
    if (now === seen) return;
    seen = now;
    untrack(() => void reload());
  });
}

/**
 * The register's version a form opened now is based on, on a desk connected to the office hub (its save
 * carries it: `withBasis`); null on a standalone desk, which asks nothing.
 */
export async function formBasis(): Promise<number | null> {
  if (live.hub === null) return null;
  try {
    return (await ipc.hubBasis()) ?? null;
  } catch {
    return null;
  }
}
