import { Param, SQL, StringChunk } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';

// Where a parameter goes in the rendered text: NUL never occurs in the statements the planner writes.
const MARK = '\u0000';

// Renders as the database handle does (`createDb` names columns in snake_case).
const dialect = new (class extends PgDialect {
  override escapeParam(num: number) {
    return `${MARK}${num}${MARK}`;
  }
})({ casing: 'snake_case' });

/**
 * A plan's document rendered to text once, its parameters kept where they go. Rendering the tree
 * of a nested plan (aliased tables, one chunk per column) took more time than reading its rows; a
 * statement that embeds the rendered document only copies its text and values.
 */
export function prerender(document: SQL): SQL {
  const { sql: text, params } = dialect.sqlToQuery(document);
  // Even pieces are text, odd ones the index of a parameter: one flat list of chunks.
  const pieces = text.split(MARK);
  return new SQL(
    pieces.map((piece, i) => (i % 2 ? new Param(params[Number(piece)]) : new StringChunk(piece))),
  );
}
