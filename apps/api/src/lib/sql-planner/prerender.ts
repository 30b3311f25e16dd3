import { type SQL, sql } from 'drizzle-orm';
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
  // Even pieces are text, odd ones the index of a parameter.
  const pieces = text.split(MARK);
  return sql.join(pieces.map((piece, i) => (i % 2 ? sql.param(params[Number(piece)]) : sql.raw(piece))));
}
