/**
 * Conservative email address syntax check and normaliser.
 *
 * Accepted: an unquoted "dot-atom" local part (RFC 5322 atext characters,
 * no leading, trailing or consecutive dots, at most 64 characters), "@",
 * and a DNS host name with at least two labels (letters, digits and
 * hyphens, 1-63 characters each, no leading or trailing hyphen) whose last
 * label is alphabetic or an IDNA "xn--" label. Whole address at most 254
 * characters. Quoted local parts, comments, IP-literal domains and
 * non-ASCII characters are rejected on purpose: they are legal in theory but
 * almost never legitimate in a sign-up form.
 *
 * Normalisation trims surrounding whitespace and lowercases the domain.
 * The local part is kept as typed, since it is case-sensitive in principle.
 */
import { err, ok, type Result, type ValidationError } from './result.js';

export type EmailErrorCode = 'FORMAT' | 'TOO_LONG';

export type Email = {
  /** Normalised address: local part as typed, domain lowercased. */
  address: string;
  localPart: string;
  domain: string;
};

export type EmailResult = Result<Email, ValidationError<EmailErrorCode>>;

export const EMAIL_MAX_LENGTH = 254;
const LOCAL_PART_MAX_LENGTH = 64;

const LOCAL_PART_RE = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL_RE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TLD_RE = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

const MESSAGES = {
  format: "L'indirizzo email non è valido.",
  tooLong: `L'indirizzo email non può superare i ${EMAIL_MAX_LENGTH} caratteri.`,
} as const;

export function parseEmail(input: string): EmailResult {
  if (typeof input !== 'string') return err('FORMAT', MESSAGES.format);
  const trimmed = input.trim();
  if (trimmed.length > EMAIL_MAX_LENGTH) return err('TOO_LONG', MESSAGES.tooLong);

  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return err('FORMAT', MESSAGES.format);
  const localPart = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).toLowerCase();

  if (localPart.length > LOCAL_PART_MAX_LENGTH || !LOCAL_PART_RE.test(localPart)) {
    return err('FORMAT', MESSAGES.format);
  }

  const labels = domain.split('.');
  const tld = labels[labels.length - 1];
  if (
    labels.length < 2 ||
    tld === undefined ||
    !TLD_RE.test(tld) ||
    !labels.every((label) => LABEL_RE.test(label))
  ) {
    return err('FORMAT', MESSAGES.format);
  }

  return ok({ address: `${localPart}@${domain}`, localPart, domain });
}

export function isValidEmail(input: string): boolean {
  return parseEmail(input).ok;
}

/** Returns the normalised address, or null when the input is not valid. */
export function normalizeEmail(input: string): string | null {
  const result = parseEmail(input);
  return result.ok ? result.value.address : null;
}
