import { GraphQLScalarType, Kind } from 'graphql';

const DATE_PATTERN = /^(?!0000)\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_PATTERN = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseDateTime(ast.value) : undefined),
});

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parseDate(ast.value) : undefined),
});

/** ISO 8601 with an offset and a day that exists (years 0001-9999, which PostgreSQL also stores). */
function parseDateTime(value: unknown): Date {
  const text = String(value);
  const date = DATE_TIME_PATTERN.test(text) ? new Date(text) : null;
  if (!date || Number.isNaN(date.getTime()) || !isExistingDay(text.slice(0, 10))) {
    throw new TypeError('DateTime non valida: usa il formato ISO 8601, ad es. 2026-03-01T09:30:00Z.');
  }
  return date;
}

function isExistingDay(text: string): boolean {
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** A calendar day that exists: JavaScript would roll 2026-02-30 over to March, PostgreSQL refuses it. */
function parseDate(value: unknown): string {
  const text = String(value);
  if (!DATE_PATTERN.test(text) || !isExistingDay(text)) {
    throw new TypeError('Data non valida: usa il formato AAAA-MM-GG con un giorno che esiste.');
  }
  return text;
}
