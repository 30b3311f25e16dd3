import type { FastifyBaseLogger } from 'fastify';
import { type ExecutionResult, GraphQLError } from 'graphql';
import mercurius from 'mercurius';
import { ApiError } from '../lib/errors.js';

const GENERIC = 'Si è verificato un errore interno. Riprova più tardi.';

type FormatterContext = { reply?: { log: FastifyBaseLogger } };

/**
 * Clients get a code and a safe message; SQL text, stacks and host names go to the log only.
 * In production the "Did you mean ...?" hints are stripped so the schema cannot be probed.
 */
export function createErrorFormatter(production: boolean) {
  return (execution: ExecutionResult & { statusCode?: number }, context: FormatterContext) => {
    // The default formatter knows the HTTP status rules (e.g. 400 for validation errors).
    const { statusCode } = mercurius.defaultErrorFormatter(execution as never, context as never);
    const errors = (execution.errors ?? []).flatMap((error) =>
      maskError(error, production, context.reply?.log),
    );
    return { statusCode, response: { data: execution.data ?? null, errors: errors.map((e) => e.toJSON()) } };
  };
}

function maskError(
  error: GraphQLError,
  production: boolean,
  log: FastifyBaseLogger | undefined,
): GraphQLError[] {
  const original = error.originalError as (Error & { errors?: unknown; statusCode?: number }) | undefined;
  if (original instanceof ApiError) return [withMessage(error, original.message, original.code)];
  if (original && Array.isArray(original.errors)) {
    // Mercurius wraps the validation errors of a document in one error.
    return (original.errors as GraphQLError[]).map((inner) => clientError(inner, production));
  }
  if (!original) return [clientError(error, production)];
  if (typeof original.statusCode === 'number' && original.statusCode < 500) {
    return [withMessage(error, original.message, 'BAD_USER_INPUT')];
  }
  if (original instanceof TypeError && isVariableCoercion(error))
    return [withMessage(error, error.message, 'BAD_USER_INPUT')];
  log?.error({ err: original, path: error.path }, 'unexpected error while executing an operation');
  return [withMessage(error, GENERIC, 'INTERNAL')];
}

/** Parse and validation errors are about the client's document: safe to show. */
function clientError(error: GraphQLError, production: boolean): GraphQLError {
  const message = production ? error.message.replace(/ ?Did you mean .*\?$/, '') : error.message;
  return withMessage(error, message, (error.extensions?.code as string | undefined) ?? 'BAD_USER_INPUT');
}

/** Scalar parsing failures (e.g. a malformed Date variable) surface as TypeErrors from parseValue. */
const isVariableCoercion = (error: GraphQLError) => /^Variable "\$/.test(error.message);

function withMessage(error: GraphQLError, message: string, code: string): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { code },
  });
}
