// What the backend tells the window on its own (Tauri events), heard only here: with `call.ts`, the only
// modules that import `@tauri-apps/api`.
import { listen } from '@tauri-apps/api/event';
import type { HubStatus, PackageProgress, RegisterChange } from './bindings';

/**
 * Hears how far the package `receivePackage` applies has come: nothing in its first moment, then up to ten
 * times a second and at its last change. Answers the function that stops listening.
 */
export const onPackageProgress = (heard: (progress: PackageProgress) => void): Promise<() => void> =>
  listen<PackageProgress>('package-progress', (event) => heard(event.payload));

/**
 * Hears each change committed on the office hub this desk works with (colleagues' and its own), in order; a
 * change with `seq` 0 means the desk reconnected and anything may have changed. Answers the function that
 * stops listening.
 */
export const onRegisterChanged = (heard: (change: RegisterChange) => void): Promise<() => void> =>
  listen<RegisterChange>('register-changed', (event) => heard(event.payload));

/** Hears when the office hub stops or starts answering again. */
export const onHubStatus = (heard: (status: HubStatus) => void): Promise<() => void> =>
  listen<HubStatus>('hub-status', (event) => heard(event.payload));
