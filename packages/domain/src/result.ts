/**
 * Shared result type for the domain validators.
 *
 * Validators never throw on bad input: they return either the normalised
 * value or an error with a machine-readable `code` and a user-facing
 * `message` (in Italian).
 */
export type Ok<T> = { ok: true; value: T };

export type ValidationError<C extends string = string> = {
  code: C;
  message: string;
};

export type Err<E> = { ok: false; error: E };

export type Result<T, E> = Ok<T> | Err<E>;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function err<C extends string>(code: C, message: string): Err<ValidationError<C>> {
  return { ok: false, error: { code, message } };
}
