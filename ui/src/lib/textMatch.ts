// Matching what an officer types against names and texts, forgiving the ways the same letter is typed.

/**
 * Lower-cases and folds what people type differently for the same letter: ё/е in Russian, and the
 * Uzbek okina and tutuq belgisi (ʻ ʼ) against the apostrophes a keyboard gives (' ‘ ’ `).
 */
export function fold(text: string): string {
  return text
    .toLocaleLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[ʻʼ'‘’`]/g, "'");
}

/** True when `query` (trimmed; empty matches everything) is part of one of `fields`. */
export function matchesAny(fields: readonly string[], query: string): boolean {
  const needle = fold(query.trim());
  return !needle || fields.some((field) => fold(field).includes(needle));
}
