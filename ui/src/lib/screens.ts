/** The screens of the main window, in the order the navigation lists them. */
export type Screen = 'regions' | 'pairings' | 'trash' | 'settings';

export const SCREENS: readonly Screen[] = ['regions', 'pairings', 'trash', 'settings'];
