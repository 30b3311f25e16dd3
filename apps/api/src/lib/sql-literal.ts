import { type SQL, sql } from 'drizzle-orm';

/**
 * A constant of the code as an SQL text literal: part of the statement's text, not a parameter, so
 * that the statements that embed it stay few-parametered enough to be prepared and kept (see
 * `namedStatements` in the db package).
 */
export const textLiteral = (value: string): SQL => sql.raw(`'${value.replaceAll("'", "''")}'::text`);
