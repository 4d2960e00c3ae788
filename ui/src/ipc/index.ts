// The one door to the backend. Every command has its typed function in `commands.ts`, generated from the
// command table (src-tauri/src/surface/table.rs); this module re-exports them under the names the UI uses and
// keeps only what is not a plain call: the conveniences that reshape arguments. Errors: `./errors` (`asError`).
import type { ChosenFile, ImportReport, RestoreOutcome } from './bindings';
import * as commands from './commands';

export type * from './bindings';
export type * from './printing';
export * from './commands';
export * from './events';
export { onHubSessionEnded, withBasis } from './call';

/** Imports the CSV file chosen (`file`, from `chooseCsvFile`) as bodies or people; a dry run writes nothing. */
export const importCsvFile = (file: ChosenFile, kind: 'bodies' | 'people', dryRun: boolean): Promise<ImportReport> =>
  commands.importCsvFile(file.token, kind, dryRun);

/** Reads the chosen .ics file as draft sessions: all or none; `dryRun` only reports. */
export const importSessionsIcs = (file: ChosenFile, dryRun: boolean): Promise<ImportReport> =>
  commands.importSessionsIcs(file.token, dryRun);

/** Restores a backup; the current data is kept as a backup first (its path is answered, with what content
 * the restored data lacks). */
export const restoreBackup = (file: ChosenFile): Promise<RestoreOutcome> => commands.restoreBackup(file.token);

/** The value of one pairing's joint projects by sector, in US dollars at the rates of `asOf` (today when absent). */
export const pairingPortfolio = (pairing: string, asOf: string | null = null) =>
  commands.pairingPortfolio(pairing, asOf);

/**
 * Tells the backend the first screen has painted its data (the start-up benchmark's marker), with the page's
 * own steps as `[name, ms since the page began loading]`. Never fails: a lost marker must not disturb the
 * officer.
 */
export const markReady = (steps: [string, number][]): Promise<void> =>
  commands.markReady(steps).catch(() => undefined);
