// What the signed-in officer may do, from the role each command needs (`commandNeeds`, generated into
// `commands.ts` from the command table, which a test holds to the core's own checks). The UI only disables
// and explains: the core refuses whatever is sent anyway with `forbidden`, shown like any other error.
import type { Attachment } from 'svelte/attachments';
import { t } from '../i18n/index.svelte';
import { commandNeeds, type Role } from '../ipc';
import { hubStatus } from './live.svelte';
import { accountsExist, signedInOfficer } from './officer.svelte';

/** A command by the name of its function in `ipc` (`deletePairing`). */
export type CommandName = keyof typeof commandNeeds;

const RANK: Record<Role, number> = { observer: 0, officer: 1, head: 2 };

/** What a desk connected to the office hub leaves to the hub's machine for now: backups and the exchange of
 * packages (the backend refuses them with `hub_elsewhere`). */
const ON_THE_HUBS_MACHINE = new Set<CommandName>([
  'backupNow', 'chooseBackupFile', 'restoreBackup', 'saveSiteCard', 'addPeerFromCard', 'preparePackage',
  'lookAtPackage', 'receivePackage', 'openDemonstration',
]);

/** The role `command` needs; `atLeast` raises it where the arguments ask more (removing from control). */
function needOf(command: CommandName, atLeast: Role = 'observer'): Role {
  const need: Role = commandNeeds[command];
  return RANK[atLeast] > RANK[need] ? atLeast : need;
}

/**
 * Why the officer may not run `command` (the text the disabled action carries), or null when they may.
 * Reading it in a template or `$derived` follows signing in and out. A desk without accounts may do all.
 */
export function refusal(command: CommandName, atLeast: Role = 'observer'): string | null {
  if (hubStatus() !== null && ON_THE_HUBS_MACHINE.has(command)) return t('may.onTheHub');
  if (!accountsExist()) return null;
  const need = needOf(command, atLeast);
  if (need === 'observer') return null;
  const officer = signedInOfficer();
  if (!officer) return t('may.signIn');
  if (RANK[officer.role] >= RANK[need]) return null;
  return need === 'head' ? t('may.head') : t('may.officer');
}

/**
 * On a button: while the officer may not run `command`, it is `aria-disabled` (still reachable with Tab, so
 * the reason can be read), carries the reason as its title (its accessible description), and its clicks go
 * nowhere. `{@attach gate('deletePairing')}`.
 */
export function gate(command: CommandName, atLeast: Role = 'observer'): Attachment<HTMLElement> {
  return (node) => {
    const reason = refusal(command, atLeast);
    if (!reason) return;
    const title = node.getAttribute('title');
    const stop = (event: Event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    node.setAttribute('aria-disabled', 'true');
    node.setAttribute('title', reason);
    node.addEventListener('click', stop, true);
    return () => {
      node.removeEventListener('click', stop, true);
      node.removeAttribute('aria-disabled');
      if (title === null) node.removeAttribute('title');
      else node.setAttribute('title', title);
    };
  };
}
