/**
 * Gives focus back to an element without moving the screen more than needed: focusing scrolls the element to
 * the middle in WebKit, so the list jumped and its filters scrolled away when a panel closed. The element is
 * scrolled only as far as it takes to show it.
 */
export function focusInPlace(element: HTMLElement | null | undefined): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}
