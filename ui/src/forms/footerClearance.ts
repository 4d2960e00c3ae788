/**
 * Keeps a field that gets keyboard focus clear of a panel's sticky buttons. The panel has no scroll-padding
 * (a click on a field just above the buttons would scroll the form under the pointer and the click would be
 * lost), so a field reached with Tab that sits under the buttons is scrolled up just enough here instead.
 */
export function keepClearOfFooter(event: FocusEvent): void {
  const panel = event.currentTarget;
  const field = event.target;
  if (!(panel instanceof HTMLElement) || !(field instanceof HTMLElement)) return;
  const footer = panel.querySelector<HTMLElement>(':scope .actions');
  if (!footer || footer.contains(field) || !field.matches(':focus-visible')) return;
  const covered = field.getBoundingClientRect().bottom - footer.getBoundingClientRect().top;
  if (covered > 0) panel.scrollTop += covered + 8;
}
