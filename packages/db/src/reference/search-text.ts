/** The words of a text as search compares them: lower case, without accents, split on punctuation. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The search column of a concept: each label's words, each after a space, labels apart by " |", the
 * preferred label first. `% word%` then matches a word starting with "word" in any label.
 */
export function searchText(labels: readonly (string | null | undefined)[]): string {
  return `${labels
    .filter((label): label is string => Boolean(label))
    .map((label) => ` ${searchWords(label).join(' ')}`)
    .join(' |')} `;
}

/** LIKE patterns for a query against a search column: every word must start a word of the column. */
export const searchPatterns = (query: string) => searchWords(query).map((word) => `% ${word}%`);
