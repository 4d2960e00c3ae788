// Keyboard shortcuts of the screens. `code` keeps them working on a Russian keyboard layout,
// where Ctrl+N is typed as Ctrl+т.

/** Ctrl+`letter` (⌘ on a Mac), without Alt or Shift. */
export function isShortcut(event: KeyboardEvent, letter: 'N' | 'F' | 'K' | 'P'): boolean {
  const pressed = event.code === `Key${letter}` || event.key.toLowerCase() === letter.toLowerCase();
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && pressed;
}
