// Moving through the results of the search box with the arrow keys, and what it tells about a query.

/** The result selected after moving `delta` from `current` among `count`, wrapping at both ends. */
export function moveSelection(current: number, delta: number, count: number): number {
  if (count <= 0) return 0;
  return (((current + delta) % count) + count) % count;
}

/** Whether `text` holds a single letter or digit (the modifier letters ʻ ʼ are apostrophes, not letters): the
 *  core then finds it only as a word of its own, not as the beginning of words, and the box says so. */
export function isOneLetter(text: string): boolean {
  return [...text].filter((c) => /[\p{Lu}\p{Ll}\p{Lt}\p{Lo}\p{N}]/u.test(c)).length === 1;
}
