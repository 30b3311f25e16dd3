/**
 * Italian partita IVA (VAT number) and company codice fiscale.
 *
 * A partita IVA has 11 digits: 7 for the taxpayer's serial number, 3 for the
 * issuing office and a final check digit computed with a Luhn-like
 * algorithm (Agenzia delle Entrate): digits in odd (1-based) positions are
 * summed as they are, digits in even positions are doubled (subtracting 9
 * when the result exceeds 9); the check digit is (10 - sum mod 10) mod 10.
 *
 * The numeric codice fiscale of companies and other entities uses the same
 * 11-digit format and algorithm.
 */
import { type CodiceFiscale, normalizeCodiceFiscale, parseCodiceFiscale } from './codice-fiscale.js';
import { err, ok, type Result, type ValidationError } from './result.js';

export type PartitaIvaErrorCode = 'FORMAT' | 'CHECK_DIGIT';

export type PartitaIva = {
  /** The 11 digits, without any country prefix. */
  code: string;
};

export type PartitaIvaResult = Result<PartitaIva, ValidationError<PartitaIvaErrorCode>>;

/** Doubled digit with 9 subtracted when above 9, indexed by digit. */
const DOUBLED: readonly number[] = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];

const ELEVEN_DIGITS_RE = /^[0-9]{11}$/;

/** Computes the check digit for the first 10 digits of an 11-digit code. */
export function computePartitaIvaCheckDigit(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const d = first10.charCodeAt(i) - 48;
    sum += i % 2 === 0 ? d : (DOUBLED[d] ?? 0);
  }
  return (10 - (sum % 10)) % 10;
}

type NumericCheck = 'OK' | 'FORMAT' | 'ALL_ZEROS' | 'CHECK_DIGIT';

function checkElevenDigits(code: string): NumericCheck {
  if (!ELEVEN_DIGITS_RE.test(code)) return 'FORMAT';
  if (code === '00000000000') return 'ALL_ZEROS';
  if (computePartitaIvaCheckDigit(code) !== code.charCodeAt(10) - 48) return 'CHECK_DIGIT';
  return 'OK';
}

function normalize(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

const PIVA_MESSAGES = {
  format: 'La partita IVA deve essere composta da 11 cifre.',
  zeros: 'La partita IVA non è valida.',
  check: 'La partita IVA non è valida: la cifra di controllo non corrisponde.',
} as const;

/**
 * Parses and validates a partita IVA. Whitespace is removed and an optional
 * "IT" country prefix (as used in EU VAT identifiers) is stripped.
 */
export function parsePartitaIva(input: string): PartitaIvaResult {
  if (typeof input !== 'string') return err('FORMAT', PIVA_MESSAGES.format);
  let code = normalize(input);
  if (code.startsWith('IT')) code = code.slice(2);

  switch (checkElevenDigits(code)) {
    case 'FORMAT':
      return err('FORMAT', PIVA_MESSAGES.format);
    case 'ALL_ZEROS':
      return err('FORMAT', PIVA_MESSAGES.zeros);
    case 'CHECK_DIGIT':
      return err('CHECK_DIGIT', PIVA_MESSAGES.check);
    case 'OK':
      return ok({ code });
  }
}

/** Returns true when the input is a valid partita IVA. */
export function isValidPartitaIva(input: string): boolean {
  return parsePartitaIva(input).ok;
}

export type CompanyTaxCodeErrorCode = 'FORMAT' | 'CHECK_DIGIT' | 'DATE';

export type CompanyTaxCode =
  | {
      /** 11-digit numeric codice fiscale (companies, entities). */
      kind: 'NUMERIC';
      code: string;
    }
  | {
      /** 16-character personal codice fiscale (e.g. sole traders). */
      kind: 'PERSONAL';
      code: string;
      personal: CodiceFiscale;
    };

export type CompanyTaxCodeResult = Result<CompanyTaxCode, ValidationError<CompanyTaxCodeErrorCode>>;

const COMPANY_MESSAGES = {
  format:
    'Il codice fiscale deve essere composto da 11 cifre (società ed enti) oppure da 16 caratteri (persone fisiche).',
  zeros: 'Il codice fiscale non è valido.',
  check: 'Il codice fiscale non è valido: la cifra di controllo non corrisponde.',
} as const;

/**
 * Parses the codice fiscale of a business: either the 11-digit numeric code
 * (same algorithm as the partita IVA) or, for sole traders, a 16-character
 * personal codice fiscale. No "IT" prefix is accepted: that belongs to VAT
 * numbers, not to the codice fiscale.
 */
export function parseCompanyTaxCode(input: string, today?: Date): CompanyTaxCodeResult {
  if (typeof input !== 'string') return err('FORMAT', COMPANY_MESSAGES.format);
  const code = normalize(input);

  if (code.length === 11) {
    switch (checkElevenDigits(code)) {
      case 'FORMAT':
        return err('FORMAT', COMPANY_MESSAGES.format);
      case 'ALL_ZEROS':
        return err('FORMAT', COMPANY_MESSAGES.zeros);
      case 'CHECK_DIGIT':
        return err('CHECK_DIGIT', COMPANY_MESSAGES.check);
      case 'OK':
        return ok({ kind: 'NUMERIC', code });
    }
  }

  if (code.length === 16) {
    const personal = parseCodiceFiscale(normalizeCodiceFiscale(code), today);
    if (!personal.ok) return personal;
    return ok({ kind: 'PERSONAL', code: personal.value.code, personal: personal.value });
  }

  return err('FORMAT', COMPANY_MESSAGES.format);
}
