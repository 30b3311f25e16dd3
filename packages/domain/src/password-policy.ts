/**
 * Password policy following OWASP ASVS (v4, section 2.1 "Password Security"):
 *   - at least 12 characters, after collapsing runs of spaces (2.1.1);
 *   - at most 128 characters (2.1.2);
 *   - no composition rules: any Unicode character, spaces and emoji
 *     included, is allowed (2.1.4, 2.1.9);
 *   - the password is never trimmed or truncated (2.1.3).
 * Characters are counted as Unicode code points.
 *
 * In addition, the password must not be, or contain, the local part of the
 * user's email address (case-insensitive).
 *
 * Checking against breached-password lists (2.1.7) needs external data and
 * is outside this pure module.
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * Local parts shorter than this are only rejected when they are the whole
 * password: a containment check on, say, "al" would reject far too many
 * legitimate passphrases.
 */
const MIN_LOCAL_PART_FOR_CONTAINS = 4;

export type PasswordCheckErrorCode = 'TOO_SHORT' | 'TOO_LONG' | 'CONTAINS_EMAIL';

export type PasswordCheckResult = { ok: true } | { ok: false; code: PasswordCheckErrorCode; message: string };

const MESSAGES = {
  tooShort: `La password deve contenere almeno ${PASSWORD_MIN_LENGTH} caratteri.`,
  tooLong: `La password non può superare i ${PASSWORD_MAX_LENGTH} caratteri.`,
  containsEmail: 'La password non può contenere il tuo indirizzo email o parte di esso.',
} as const;

function codePointLength(s: string): number {
  return Array.from(s).length;
}

/** Lowercased local-part variants of an email: full and without "+tag". */
function localPartVariants(email: string): string[] {
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf('@');
  const local = (at >= 0 ? trimmed.slice(0, at) : trimmed).toLowerCase();
  const variants = new Set<string>();
  if (local.length > 0) variants.add(local);
  const plus = local.indexOf('+');
  if (plus > 0) variants.add(local.slice(0, plus));
  return [...variants];
}

export function checkPassword(
  password: string,
  options: { email?: string | undefined } = {},
): PasswordCheckResult {
  if (typeof password !== 'string') {
    return { ok: false, code: 'TOO_SHORT', message: MESSAGES.tooShort };
  }
  if (codePointLength(password) > PASSWORD_MAX_LENGTH) {
    return { ok: false, code: 'TOO_LONG', message: MESSAGES.tooLong };
  }
  if (codePointLength(password.replace(/ {2,}/g, ' ')) < PASSWORD_MIN_LENGTH) {
    return { ok: false, code: 'TOO_SHORT', message: MESSAGES.tooShort };
  }

  if (typeof options.email === 'string') {
    const lowered = password.toLowerCase();
    for (const local of localPartVariants(options.email)) {
      const matches =
        lowered === local || (local.length >= MIN_LOCAL_PART_FOR_CONTAINS && lowered.includes(local));
      if (matches) {
        return { ok: false, code: 'CONTAINS_EMAIL', message: MESSAGES.containsEmail };
      }
    }
  }

  return { ok: true };
}
