// Who works at this desk now: the signed-in officer, and whether the register has accounts at all. A register
// without accounts is one person's desk, as before accounts existed: nobody signs in and nothing is refused.
// This machine remembers whether the register had accounts, so the next start can open on the profile pick.
import type { Officer } from '../ipc/bindings';

const current = $state({ known: false, accounts: false, officer: null as Officer | null });

const ACCOUNTS_KEY = 'council-desk.accounts';

function remember(accounts: boolean): void {
  current.known = true;
  current.accounts = accounts;
  try {
    globalThis.localStorage?.setItem(ACCOUNTS_KEY, String(accounts));
  } catch {
    // Without storage the next start shows the pick a moment after the first screen.
  }
}

/** Whether the register had accounts when this machine last knew (the app then opens on the pick). */
export function hadAccounts(): boolean {
  try {
    return globalThis.localStorage?.getItem(ACCOUNTS_KEY) === 'true';
  } catch {
    return false;
  }
}

/** The signed-in officer; null on a desk without accounts or before someone picked their profile. */
export function signedInOfficer(): Officer | null {
  return current.officer;
}

/** Whether the register has officer accounts (then every change needs a signed-in officer). */
export function accountsExist(): boolean {
  return current.accounts;
}

/** Whether the backend has said whether there are accounts (a desk without them is then asked for one). */
export function officersAreKnown(): boolean {
  return current.known;
}

/** Someone signed in (the first account too, which makes the register one with accounts). */
export function officerSignedIn(officer: Officer): void {
  remember(true);
  current.officer = officer;
}

/** The officer signed out (Switch officer): the accounts remain. */
export function officerSignedOut(): void {
  current.officer = null;
}

/** What the backend said: whether there are accounts, and who is signed in (after a reload of the window). */
export function officersKnown(accounts: boolean, officer: Officer | null): void {
  remember(accounts || officer !== null);
  current.officer = officer;
}
