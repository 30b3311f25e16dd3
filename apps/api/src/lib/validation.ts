import { normalizeEmail, parseCodiceFiscale } from '@sportello/domain';
import { type UserError, userError } from './errors.js';

export function requiredText(field: string, value: string, min: number, max: number): UserError[] {
  const length = value.trim().length;
  if (length < min) {
    return [
      userError(field, 'REQUIRED', min <= 1 ? 'Campo obbligatorio.' : `Scrivi almeno ${min} caratteri.`),
    ];
  }
  if (length > max) return [userError(field, 'TOO_LONG', `Al massimo ${max} caratteri.`)];
  return [];
}

/** A whole number from min to max, else OUT_OF_RANGE with the message. */
export function integerIn(
  field: string,
  value: number,
  min: number,
  max: number,
  message: string,
): UserError[] {
  return Number.isInteger(value) && value >= min && value <= max
    ? []
    : [userError(field, 'OUT_OF_RANGE', message)];
}

/** Blank is fine; otherwise at most `max` characters. */
export const optionalText = (field: string, value: string | null | undefined, max: number): UserError[] =>
  value?.trim() ? requiredText(field, value, 1, max) : [];

export function emailField(field: string, value: string): { email: string | null; errors: UserError[] } {
  const email = value.length <= 254 ? normalizeEmail(value) : null;
  return email
    ? { email, errors: [] }
    : { email: null, errors: [userError(field, 'INVALID_EMAIL', 'Indirizzo email non valido.')] };
}

export function optionalPhone(field: string, value: string | null | undefined): UserError[] {
  if (!value?.trim()) return [];
  return /^\+?[0-9 ./-]{6,20}$/.test(value.trim())
    ? []
    : [
        userError(
          field,
          'INVALID_PHONE',
          'Numero di telefono non valido: usa solo cifre, spazi e il prefisso +.',
        ),
      ];
}

export function codiceFiscaleField(field: string, value: string) {
  const parsed = parseCodiceFiscale(value);
  if (parsed.ok) return { value: parsed.value, errors: [] as UserError[] };
  return {
    value: null,
    errors: [userError(field, `CODICE_FISCALE_${parsed.error.code}`, parsed.error.message)],
  };
}

export function acceptedPrivacy(field: string, accepted: boolean): UserError[] {
  return accepted
    ? []
    : [
        userError(
          field,
          'PRIVACY_NOTICE_REQUIRED',
          "Per registrarti devi dichiarare di aver letto l'informativa sulla privacy.",
        ),
      ];
}

/** The PostgreSQL error with one of these codes, in the error or the driver error drizzle wraps. */
export function postgresError(error: unknown, ...codes: string[]): { code: string; message?: string } | null {
  for (
    let current = error;
    typeof current === 'object' && current !== null;
    current = (current as Error).cause
  ) {
    const { code } = current as { code?: unknown };
    if (typeof code === 'string' && codes.includes(code))
      return current as { code: string; message?: string };
  }
  return null;
}

/**
 * The constraint a write violated, when the error is a unique_violation (23505) or an
 * exclusion_violation (23P01); null otherwise.
 */
export function violatedConstraint(error: unknown): string | null {
  const violation = postgresError(error, '23505', '23P01');
  return violation && (/"([^"]+)"/.exec(violation.message ?? '')?.[1] ?? '');
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from clients are checked before they reach SQL, where a malformed uuid would be a server error. */
export const isUuid = (value: string) => UUID_PATTERN.test(value);
