import type { FastifyError, FastifyInstance } from 'fastify';

/** What a client is told for each status: a machine code (as OAuth 2.0 asks) and a message in Italian. */
const CLIENT_ERRORS: Record<number, { error: string; message: string }> = {
  400: { error: 'invalid_request', message: 'Richiesta non valida.' },
  401: { error: 'unauthorized', message: 'Autenticazione richiesta.' },
  403: { error: 'forbidden', message: 'Operazione non consentita.' },
  404: { error: 'not_found', message: 'Non trovato.' },
  405: { error: 'method_not_allowed', message: 'Metodo non consentito.' },
  406: { error: 'not_acceptable', message: 'Formato di risposta non disponibile.' },
  413: { error: 'payload_too_large', message: 'Richiesta troppo grande.' },
  415: { error: 'unsupported_media_type', message: 'Tipo di contenuto non supportato.' },
  429: { error: 'too_many_requests', message: 'Troppe richieste: riprova tra poco.' },
};

const SERVER_ERROR = {
  error: 'server_error',
  message: 'Si è verificato un errore interno. Riprova più tardi.',
};

/**
 * The one error handler of the REST routes (GraphQL masks its own errors): the client gets a fixed
 * code and message for the status, never the error's own text (SQL, parameters, stack, paths);
 * unexpected errors are logged with everything.
 */
export function handleHttpErrors(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status =
      // A path whose id is malformed names nothing, as for GraphQL ids.
      error.validationContext === 'params'
        ? 404
        : typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500
          ? error.statusCode
          : 500;
    if (status === 500) request.log.error({ err: error }, 'unexpected error in a route');
    else request.log.info({ reason: error.message, status }, 'request refused');
    return reply
      .code(status)
      .send(CLIENT_ERRORS[status] ?? (status < 500 ? CLIENT_ERRORS[400] : SERVER_ERROR));
  });
}
