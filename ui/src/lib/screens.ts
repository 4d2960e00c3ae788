/** The screens of the main window, in the order the navigation lists them. */
export type Screen =
  | 'dashboard'
  | 'overview'
  | 'calendar'
  | 'control'
  | 'pairings'
  | 'bodies'
  | 'regions'
  | 'trash'
  | 'history'
  | 'review'
  | 'settings';

export const SCREENS: readonly Screen[] = [
  'dashboard',
  'overview',
  'calendar',
  'control',
  'pairings',
  'bodies',
  'regions',
  'trash',
  'history',
  'review',
  'settings',
];

/** The screen the window opens on the first time. */
export const START_SCREEN: Screen = 'dashboard';

const STORAGE_KEY = 'council-desk.screen';

/** The screen open when the window was last closed, or the start screen. */
export function restoreScreen(storage: Storage | undefined = globalThis.localStorage): Screen {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    return SCREENS.find((s) => s === stored) ?? START_SCREEN;
  } catch {
    return START_SCREEN;
  }
}

/** Remembers the open screen; a webview without storage just forgets it. */
export function rememberScreen(screen: Screen, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(STORAGE_KEY, screen);
  } catch {
    // Storage may be disabled or full; the next start opens the start screen.
  }
}
