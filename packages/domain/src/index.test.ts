import { describe, expect, it } from 'vitest';
import * as domain from './index.js';

describe('index', () => {
  it('re-exports the public API', () => {
    for (const name of [
      'ok',
      'err',
      'parseCodiceFiscale',
      'isValidCodiceFiscale',
      'isCodiceFiscaleConsistentWith',
      'computeCodiceFiscaleCheckChar',
      'normalizeCodiceFiscale',
      'parsePartitaIva',
      'isValidPartitaIva',
      'computePartitaIvaCheckDigit',
      'parseCompanyTaxCode',
      'isValidCap',
      'parseEmail',
      'isValidEmail',
      'normalizeEmail',
      'checkPassword',
    ]) {
      expect(typeof (domain as Record<string, unknown>)[name]).toBe('function');
    }
  });
});
