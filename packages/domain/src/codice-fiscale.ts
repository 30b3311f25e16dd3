/**
 * Italian personal codice fiscale (16 characters), as defined by
 * D.M. 23/12/1976 and subsequent rules on "omocodia".
 *
 * Layout (0-based indexes):
 *   0-2   surname letters
 *   3-5   first-name letters
 *   6-7   year of birth (2 digits)
 *   8     month of birth (letter, see MONTH_LETTERS)
 *   9-10  day of birth (+40 for women)
 *   11-14 Belfiore cadastral code of the birthplace (letter + 3 digits)
 *   15    check character
 *
 * Omocodia: when two people would get the same code, the Agenzia delle
 * Entrate replaces digits (starting from the rightmost) with the letters
 * L M N P Q R S T U V (standing for 0..9). The check character is computed
 * on the code as written, i.e. with the substituted letters.
 */
import { err, ok, type Result, type ValidationError } from './result.js';

export type CodiceFiscaleErrorCode = 'FORMAT' | 'CHECK_DIGIT' | 'DATE';

export type CodiceFiscale = {
  /** Normalised code, exactly as issued (omocodia letters are kept). */
  code: string;
  /** Birth date as YYYY-MM-DD. */
  birthDate: string;
  sex: 'F' | 'M';
  /** Belfiore cadastral code of the birthplace, omocodia decoded (e.g. "A562"). */
  belfiore: string;
};

export type CodiceFiscaleResult = Result<CodiceFiscale, ValidationError<CodiceFiscaleErrorCode>>;

/** Letters that replace the digits 0..9 in omocodic codes. */
const OMOCODIA_LETTERS = 'LMNPQRSTUV';

/** Month letters for January..December. */
const MONTH_LETTERS = 'ABCDEHLMPRST';

/** Indexes of the characters that are digits in a non-omocodic code. */
const NUMERIC_POSITIONS: readonly number[] = [6, 7, 9, 10, 12, 13, 14];

const DIGIT_OR_OMOCODIA = '[0-9LMNPQRSTUV]';
const FORMAT_RE = new RegExp(
  `^[A-Z]{6}${DIGIT_OR_OMOCODIA}{2}[A-Z]${DIGIT_OR_OMOCODIA}{2}[A-Z]${DIGIT_OR_OMOCODIA}{3}[A-Z]$`,
);

/**
 * Values of characters in odd (1-based) positions, indexed by the
 * character's ordinal: 0..9 for digits, 0..25 for letters A..Z
 * (digit n and the n-th letter share the same value).
 */
const ODD_VALUES: readonly number[] = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

const CODE_0 = 48; // '0'
const CODE_A = 65; // 'A'

/** Ordinal of an alphanumeric character: '0'..'9' -> 0..9, 'A'..'Z' -> 0..25. */
function ordinal(ch: string): number {
  const c = ch.charCodeAt(0);
  return c >= CODE_A ? c - CODE_A : c - CODE_0;
}

/**
 * Computes the check character for the first 15 characters of a code.
 * The input must already be normalised (uppercase, [0-9A-Z]).
 */
export function computeCodiceFiscaleCheckChar(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = first15.charAt(i);
    const n = ordinal(ch);
    // Index i is 0-based, so even i is an odd (1-based) position.
    sum += i % 2 === 0 ? (ODD_VALUES[n] ?? 0) : n;
  }
  return String.fromCharCode(CODE_A + (sum % 26));
}

/** Replaces omocodia letters in the numeric positions with their digits. */
function decodeOmocodia(code: string): string {
  const chars = code.split('');
  for (const i of NUMERIC_POSITIONS) {
    const ch = chars[i];
    if (ch === undefined) continue;
    const digit = OMOCODIA_LETTERS.indexOf(ch);
    if (digit >= 0) chars[i] = String(digit);
  }
  return chars.join('');
}

/** Trims, uppercases and removes all whitespace. */
export function normalizeCodiceFiscale(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

type DecodedFields = {
  /** Two-digit year as encoded (0..99). */
  yy: number;
  month: number;
  day: number;
  sex: 'F' | 'M';
  belfiore: string;
};

const MESSAGES = {
  format:
    'Il codice fiscale non è nel formato corretto: deve essere composto da 16 caratteri (lettere e numeri).',
  check: 'Il codice fiscale non è valido: il carattere di controllo non corrisponde.',
  month: 'Il codice fiscale non è valido: il mese di nascita non è corretto.',
  day: 'Il codice fiscale non è valido: il giorno di nascita non è corretto.',
  date: 'Il codice fiscale non è valido: la data di nascita non esiste.',
} as const;

/**
 * Validates format and check character and decodes the fields that do not
 * depend on the century. `code` must be normalised.
 */
function decodeFields(code: string): Result<DecodedFields, ValidationError<CodiceFiscaleErrorCode>> {
  if (!FORMAT_RE.test(code)) return err('FORMAT', MESSAGES.format);

  if (computeCodiceFiscaleCheckChar(code.slice(0, 15)) !== code.charAt(15)) {
    return err('CHECK_DIGIT', MESSAGES.check);
  }

  const plain = decodeOmocodia(code);
  const yy = Number(plain.slice(6, 8));
  const monthIndex = MONTH_LETTERS.indexOf(plain.charAt(8));
  if (monthIndex < 0) return err('DATE', MESSAGES.month);

  const rawDay = Number(plain.slice(9, 11));
  let day: number;
  let sex: 'F' | 'M';
  if (rawDay >= 1 && rawDay <= 31) {
    day = rawDay;
    sex = 'M';
  } else if (rawDay >= 41 && rawDay <= 71) {
    day = rawDay - 40;
    sex = 'F';
  } else {
    return err('DATE', MESSAGES.day);
  }

  const month = monthIndex + 1;
  // A day that cannot exist in any year (e.g. 31 April, 30 February) is
  // rejected here; 29 February depends on the century and is checked later.
  if (day > daysInMonth(2000, month)) return err('DATE', MESSAGES.date);

  return ok({ yy, month, day, sex, belfiore: plain.slice(11, 15) });
}

/**
 * Parses and validates a personal codice fiscale.
 *
 * The two-digit year is resolved to the latest century for which the birth
 * date is not after `today` (compared on UTC calendar dates).
 */
export function parseCodiceFiscale(input: string, today: Date = new Date()): CodiceFiscaleResult {
  if (typeof input !== 'string') return err('FORMAT', MESSAGES.format);
  const code = normalizeCodiceFiscale(input);

  const decoded = decodeFields(code);
  if (!decoded.ok) return decoded;
  const { yy, month, day, sex, belfiore } = decoded.value;

  const refYear = today.getUTCFullYear();
  const refMonth = today.getUTCMonth() + 1;
  const refDay = today.getUTCDate();
  let year = refYear - (refYear % 100) + yy;
  const isAfterRef =
    year > refYear || (year === refYear && (month > refMonth || (month === refMonth && day > refDay)));
  if (isAfterRef) year -= 100;

  if (day > daysInMonth(year, month)) return err('DATE', MESSAGES.date);

  return ok({
    code,
    birthDate: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
    sex,
    belfiore,
  });
}

/** Returns true when the input is a valid personal codice fiscale. */
export function isValidCodiceFiscale(input: string, today?: Date): boolean {
  return parseCodiceFiscale(input, today).ok;
}

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks that a codice fiscale is valid and matches the given birth date
 * (YYYY-MM-DD) and, if provided, sex. Only the last two digits of the year
 * are compared, since the code does not encode the century. Returns false
 * for an invalid code or an invalid/nonexistent birth date.
 */
export function isCodiceFiscaleConsistentWith(
  cf: string,
  expected: { birthDate: string; sex?: 'F' | 'M' | undefined },
): boolean {
  if (typeof cf !== 'string') return false;
  const decoded = decodeFields(normalizeCodiceFiscale(cf));
  if (!decoded.ok) return false;

  const m = ISO_DATE_RE.exec(expected.birthDate);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;

  const fields = decoded.value;
  if (fields.yy !== year % 100 || fields.month !== month || fields.day !== day) return false;
  if (expected.sex !== undefined && fields.sex !== expected.sex) return false;
  return true;
}
