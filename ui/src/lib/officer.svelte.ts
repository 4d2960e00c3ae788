// Who works at this desk now: the signed-in officer, and whether the register has accounts at all. A register
// without accounts is one person's desk, as before accounts existed: nobody signs in and nothing is refused.
import type { Officer } from '../ipc/bindings';

const current = $state({ known: false, accounts: false, officer: null as Officer | null });

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
  current.known = true;
  current.accounts = true;
  current.officer = officer;
}

/** The officer signed out (Switch officer): the accounts remain. */
export function officerSignedOut(): void {
  current.officer = null;
}

/** What the backend said at start: the accounts there are, and who is signed in (after a reload). */
export function officersKnown(accounts: boolean, officer: Officer | null): void {
  current.known = true;
  current.accounts = accounts || officer !== null;
  current.officer = officer;
}
