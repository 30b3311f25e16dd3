import type { FastifyBaseLogger } from 'fastify';
import { type ExecutionResult, GraphQLError } from 'graphql';
import mercurius from 'mercurius';
import { ApiError } from '../lib/errors.js';

const GENERIC = 'Si è verificato un errore interno. Riprova più tardi.';

/**
 * Clients get a code and a safe message; SQL text, stacks and host names go to the log only.
 * In production the "Did you mean ...?" hints are stripped so the schema cannot be probed.
 */
export function createErrorFormatter(production: boolean) {
  return (execution: ExecutionResult, context: { reply?: { log: FastifyBaseLogger } }) => {
    const log = context.reply?.log;
    const errors = (execution.errors ?? []).map((error) => maskError(error, production, log));
    return mercurius.defaultErrorFormatter({ ...execution, errors }, context as never);
  };
}

function maskError(
  error: GraphQLError,
  production: boolean,
  log: FastifyBaseLogger | undefined,
): GraphQLError {
  const original = unwrap(error);
  if (original instanceof ApiError) {
    return cloneWith(error, original.message, { code: original.code });
  }
  if (!error.originalError) {
    // Parse and validation errors: about the query, safe to show.
    const code = (error.extensions?.code as string | undefined) ?? 'BAD_USER_INPUT';
    const message = production ? error.message.replace(/ ?Did you mean .*\?$/, '') : error.message;
    return cloneWith(error, message, { code });
  }
  if (
    original instanceof TypeError &&
    /Variable|Expected|cannot represent|non valid/.test(original.message)
  ) {
    return cloneWith(error, original.message, { code: 'BAD_USER_INPUT' });
  }
  log?.error({ err: original, path: error.path }, 'unexpected error in a resolver');
  return cloneWith(error, GENERIC, { code: 'INTERNAL' });
}

function unwrap(error: GraphQLError): unknown {
  let current: unknown = error.originalError;
  while (
    current &&
    typeof current === 'object' &&
    'originalError' in current &&
    (current as GraphQLError).originalError
  ) {
    current = (current as GraphQLError).originalError;
  }
  return current;
}

function cloneWith(error: GraphQLError, message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions,
  });
}
