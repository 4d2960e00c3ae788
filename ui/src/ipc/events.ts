// What the backend tells the window on its own (Tauri events), heard only here: with `call.ts`, the only
// modules that import `@tauri-apps/api`.
import { listen } from '@tauri-apps/api/event';
import type { PackageProgress } from './bindings';

/**
 * Hears how far the package `receivePackage` applies has come: nothing in its first moment, then up to ten
 * times a second and at its last change. Answers the function that stops listening.
 */
export const onPackageProgress = (heard: (progress: PackageProgress) => void): Promise<() => void> =>
  listen<PackageProgress>('package-progress', (event) => heard(event.payload));
