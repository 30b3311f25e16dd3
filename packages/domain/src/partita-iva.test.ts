import { describe, expect, it } from 'vitest';
import {
  computePartitaIvaCheckDigit,
  isValidPartitaIva,
  parseCompanyTaxCode,
  parsePartitaIva,
} from './partita-iva.js';

function referenceCheckDigit(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const d = Number(first10[i]);
    if (i % 2 === 0) {
      sum += d;
    } else {
      const doubled = 2 * d;
      sum += Math.floor(doubled / 10) + (doubled % 10);
    }
  }
  return (10 - (sum % 10)) % 10;
}

function luhnValid(code: string): boolean {
  let sum = 0;
  for (let i = 0; i < code.length; i++) {
    const d = Number(code[code.length - 1 - i]);
    const v = i % 2 === 1 ? d * 2 : d;
    sum += v > 9 ? v - 9 : v;
  }
  return sum % 10 === 0;
}

function generatedPrefixes(count: number): string[] {
  const out: string[] = [];
  let seed = 42;
  for (let n = 0; n < count; n++) {
    let s = '';
    for (let i = 0; i < 10; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      s += String(Math.floor(seed / 65536) % 10);
    }
    out.push(s);
  }
  return out;
}

describe('parsePartitaIva', () => {
  it('matches a hand computation for 01234567897', () => {
    const oddPositionDigits = [0, 2, 4, 6, 8];
    const evenPositionReduced = [2, 6, 1, 5, 9];
    const sum = [...oddPositionDigits, ...evenPositionReduced].reduce((a, b) => a + b, 0);
    expect(sum).toBe(43);
    expect((10 - (sum % 10)) % 10).toBe(7);
    expect(computePartitaIvaCheckDigit('0123456789')).toBe(7);
    expect(parsePartitaIva('01234567897')).toEqual({ ok: true, value: { code: '01234567897' } });
    expect(parsePartitaIva('01234567890').ok).toBe(false);
  });

  it.each([
    '06363391001',
    '01114601006',
    '00905811006',
    '00488410010',
    '00484960588',
    '02313821007',
    '00743110157',
    '00159560366',
    '80213330584',
    '97735020584',
  ])('accepts real public number %s', (code) => {
    expect(referenceCheckDigit(code.slice(0, 10))).toBe(Number(code[10]));
    expect(luhnValid(code)).toBe(true);
    expect(parsePartitaIva(code)).toEqual({ ok: true, value: { code } });
  });

  it('agrees with the reference on generated numbers', () => {
    for (const prefix of generatedPrefixes(500)) {
      const check = referenceCheckDigit(prefix);
      expect(computePartitaIvaCheckDigit(prefix)).toBe(check);
      const code = prefix + String(check);
      if (code === '00000000000') continue;
      expect(luhnValid(code)).toBe(true);
      expect(isValidPartitaIva(code)).toBe(true);
      const wrong = prefix + String((check + 1 + (Number(prefix[0]) % 9)) % 10);
      const result = parsePartitaIva(wrong);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('CHECK_DIGIT');
    }
  });

  it('rejects single-digit typos and adjacent transpositions of distinct digits', () => {
    const code = '06363391001';
    for (let i = 0; i < 11; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === code[i]) continue;
        const typo = code.slice(0, i) + String(d) + code.slice(i + 1);
        expect(isValidPartitaIva(typo)).toBe(false);
      }
    }
    expect(isValidPartitaIva('60363391001')).toBe(false);
    expect(isValidPartitaIva('03663391001')).toBe(false);
  });

  it('strips whitespace and the IT prefix', () => {
    const expected = { ok: true, value: { code: '01234567897' } };
    expect(parsePartitaIva('IT01234567897')).toEqual(expected);
    expect(parsePartitaIva(' it 012 345 678 97 ')).toEqual(expected);
    expect(parsePartitaIva('\t01234567897\n')).toEqual(expected);
  });

  it.each([
    '',
    'IT',
    '0123456789',
    '012345678970',
    'IT012345678970',
    'DE01234567897',
    '0123456789A',
    '01234-567897',
    '０1234567897',
    'ITIT01234567897',
  ])('rejects bad format %j', (input) => {
    const result = parsePartitaIva(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('FORMAT');
      expect(result.error.message).toMatch(/partita IVA/);
    }
  });

  it('rejects all zeros even though the check digit matches', () => {
    expect(referenceCheckDigit('0000000000')).toBe(0);
    const result = parsePartitaIva('00000000000');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('FORMAT');
    expect(isValidPartitaIva('IT00000000000')).toBe(false);
  });

  it('returns an Italian message for a wrong check digit', () => {
    const result = parsePartitaIva('06363391002');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'CHECK_DIGIT',
        message: 'La partita IVA non è valida: la cifra di controllo non corrisponde.',
      },
    });
  });
});

describe('parseCompanyTaxCode', () => {
  it('accepts an 11-digit numeric code', () => {
    expect(parseCompanyTaxCode('06363391001')).toEqual({
      ok: true,
      value: { kind: 'NUMERIC', code: '06363391001' },
    });
    expect(parseCompanyTaxCode(' 80213330584 ')).toEqual({
      ok: true,
      value: { kind: 'NUMERIC', code: '80213330584' },
    });
  });

  it('accepts a personal codice fiscale', () => {
    const today = new Date(Date.UTC(2025, 0, 1));
    expect(parseCompanyTaxCode('rssmra85t10a562s', today)).toEqual({
      ok: true,
      value: {
        kind: 'PERSONAL',
        code: 'RSSMRA85T10A562S',
        personal: { code: 'RSSMRA85T10A562S', birthDate: '1985-12-10', sex: 'M', belfiore: 'A562' },
      },
    });
    const omocodic = parseCompanyTaxCode('CCCFBAURDLPLNMVU', today);
    expect(omocodic.ok && omocodic.value.kind).toBe('PERSONAL');
  });

  it('reports check digit errors for both kinds', () => {
    for (const input of ['06363391002', 'RSSMRA85T10A562T']) {
      const result = parseCompanyTaxCode(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('CHECK_DIGIT');
    }
  });

  it('reports date errors of personal codes', () => {
    const result = parseCompanyTaxCode('RSSMRA85B31A562F');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('DATE');
  });

  it.each([
    '',
    '00000000000',
    'IT06363391001',
    '0636339100',
    '063633910011',
    '0636339100A',
    'RSSMRA85T10A56',
    'RSSMRA85T10A562SX',
    '1234567890123456',
  ])('rejects bad format %j', (input) => {
    const result = parseCompanyTaxCode(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('FORMAT');
  });
});
