// Moving through the results of the search box with the arrow keys.

/** The result selected after moving `delta` from `current` among `count`, wrapping at both ends. */
export function moveSelection(current: number, delta: number, count: number): number {
  if (count <= 0) return 0;
  return (((current + delta) % count) + count) % count;
}
