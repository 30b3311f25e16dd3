import { badInput } from './errors.js';

export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  limit: number;
  offset: number;
}

/**
 * Checked in the resolver, where variables are already bound, so a page size sent in a variable is
 * bounded exactly like a literal one.
 */
export function parsePageArgs({ first, after }: PageArgs, defaultSize = 20): Page {
  const limit = first ?? defaultSize;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw badInput(`"first" deve essere un intero tra 0 e ${MAX_PAGE_SIZE}.`);
  }
  return { limit, offset: after ? decodeCursor(after) : 0 };
}

function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw badInput('Cursore "after" non valido.');
  return Number(match[1]) + 1;
}

const encodeCursor = (offset: number) => Buffer.from(`o:${offset}`, 'utf8').toString('base64url');

/**
 * Builds a Relay connection from one page fetched with `limit + 1` rows, or with `limit` rows when
 * `totalCount` counts the whole list: either shows whether rows lie past the page.
 */
export function toConnection<T>(rows: T[], page: Page, totalCount: number) {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  const hasNextPage = rows.length > page.limit || totalCount > page.offset + page.limit;
  return { edges, totalCount, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}
