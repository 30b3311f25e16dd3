/** Escapes LIKE wildcards so that user text matches literally. */
export const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);
