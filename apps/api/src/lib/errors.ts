import mercurius from 'mercurius';

const { ErrorWithProps } = mercurius;

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BAD_USER_INPUT'
  | 'INTERNAL'
  /** A staff member must set up the second factor their network requires before anything else. */
  | 'TWO_FACTOR_ENROLMENT_REQUIRED';

/** A GraphQL error whose message and code are safe to show to any client. */
export class ApiError extends ErrorWithProps {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message, { code });
    this.code = code;
  }
}

export const unauthenticated = () => new ApiError('UNAUTHENTICATED', 'Autenticazione richiesta.');

export const forbidden = () => new ApiError('FORBIDDEN', 'Operazione non consentita.');

/** Also what an actor gets for an object it may not see, so existence never leaks. */
export const notFound = () => new ApiError('NOT_FOUND', 'Risorsa non trovata.');

export const badInput = (message: string) => new ApiError('BAD_USER_INPUT', message);

/** An expected failure of a mutation, returned in its payload rather than thrown. */
export interface UserError {
  field: string | null;
  code: string;
  message: string;
}

export const userError = (field: string | null, code: string, message: string): UserError => ({
  field,
  code,
  message,
});

/** Thrown inside a service to abort the transaction and answer with userErrors. */
export class UserErrors extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((error) => error.message).join('; '));
  }
}
