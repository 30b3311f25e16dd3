import { describe, expect, it } from 'vitest';
import {
  computeCodiceFiscaleCheckChar,
  isCodiceFiscaleConsistentWith,
  isValidCodiceFiscale,
  parseCodiceFiscale,
} from './codice-fiscale.js';

// Independent reference for the check character: digits are mapped to the
// letter with the same ordinal, odd positions go through the classic
// compressed lookup string, even positions use the letter's ordinal.
const ODD_LOOKUP = 'BAFHJNPRTVCESULDGIMOQKWZYX';
function referenceCheckChar(first15: string): string {
  const letters = first15.replace(/[0-9]/g, (d) => String.fromCharCode(65 + Number(d)));
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = letters.charCodeAt(i) - 65;
    sum += i % 2 === 0 ? ODD_LOOKUP.charCodeAt(c) - 65 : c;
  }
  return String.fromCharCode(65 + (sum % 26));
}
function withCheck(first15: string): string {
  return first15 + referenceCheckChar(first15);
}

const TODAY = new Date(Date.UTC(2025, 2, 15)); // 2025-03-15

describe('check character', () => {
  it('matches a hand computation for RSSMRA85T10A562S', () => {
    const oddPositionValues = [8, 12, 8, 19, 14, 1, 13, 5];
    const evenPositionValues = [18, 12, 0, 5, 1, 0, 6];
    const sum = [...oddPositionValues, ...evenPositionValues].reduce((a, b) => a + b, 0);
    expect(sum).toBe(122);
    expect(sum % 26).toBe(18);
    expect(String.fromCharCode(65 + 18)).toBe('S');
    expect(computeCodiceFiscaleCheckChar('RSSMRA85T10A562')).toBe('S');
    expect(referenceCheckChar('RSSMRA85T10A562')).toBe('S');
  });

  it('agrees with the reference implementation on many generated codes', () => {
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    let seed = 12345;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let i = 0; i < 15; i++) s += alphabet.charAt(next() % alphabet.length);
      expect(computeCodiceFiscaleCheckChar(s)).toBe(referenceCheckChar(s));
    }
  });
});

describe('parseCodiceFiscale: valid codes', () => {
  const table: Array<[string, string, 'F' | 'M', string]> = [
    ['RSSMRA85T10A562S', '1985-12-10', 'M', 'A562'],
    ['CCCFBA85D03L219P', '1985-04-03', 'M', 'L219'],
    ['BRNGNN71B26L219T', '1971-02-26', 'M', 'L219'],
    ['GMBLSN84A05G674H', '1984-01-05', 'M', 'G674'],
    ['MRTMRA83T56A269B', '1983-12-16', 'F', 'A269'],
    ['PNLMHL79R27I158P', '1979-10-27', 'M', 'I158'],
    ['QTRDRA71P13G388J', '1971-09-13', 'M', 'G388'],
    ['TKKYKU87B68L219F', '1987-02-28', 'F', 'L219'],
    ['RSSMRA80A41F205B', '1980-01-01', 'F', 'F205'],
    ['THDSDA95P08Z330H', '1995-09-08', 'M', 'Z330'],
    ['BLSLGS84C22Z145O', '1984-03-22', 'M', 'Z145'],
  ];

  it.each(table)('%s', (code, birthDate, sex, belfiore) => {
    expect(referenceCheckChar(code.slice(0, 15))).toBe(code.charAt(15));
    expect(parseCodiceFiscale(code, TODAY)).toEqual({
      ok: true,
      value: { code, birthDate, sex, belfiore },
    });
  });

  it('normalises case and whitespace', () => {
    const result = parseCodiceFiscale('  rssmra 85t10\ta562s ', TODAY);
    expect(result).toEqual({
      ok: true,
      value: { code: 'RSSMRA85T10A562S', birthDate: '1985-12-10', sex: 'M', belfiore: 'A562' },
    });
  });

  it('defaults the reference date to now', () => {
    expect(isValidCodiceFiscale('RSSMRA85T10A562S')).toBe(true);
    const result = parseCodiceFiscale('RSSMRA85T10A562S');
    expect(result.ok && result.value.birthDate).toBe('1985-12-10');
  });
});

describe('parseCodiceFiscale: omocodia', () => {
  const variants = [
    'CCCFBA85D03L21VE',
    'CCCFBA85D03L2MVP',
    'CCCFBA85D03LNMVE',
    'CCCFBA85D0PLNMVA',
    'CCCFBA85DLPLNMVL',
    'CCCFBA8RDLPLNMVX',
    'CCCFBAURDLPLNMVU',
  ];

  it.each(variants)('%s decodes like CCCFBA85D03L219P', (code) => {
    expect(referenceCheckChar(code.slice(0, 15))).toBe(code.charAt(15));
    expect(parseCodiceFiscale(code, TODAY)).toEqual({
      ok: true,
      value: { code, birthDate: '1985-04-03', sex: 'M', belfiore: 'L219' },
    });
  });

  it('decodes omocodia in the Belfiore code', () => {
    const code = withCheck('RSSMRA85T10ARSN');
    const result = parseCodiceFiscale(code, TODAY);
    expect(result).toEqual({
      ok: true,
      value: { code, birthDate: '1985-12-10', sex: 'M', belfiore: 'A562' },
    });
  });

  it('decodes omocodia in a female day', () => {
    const code = withCheck('RSSMRA80AQMF205');
    const result = parseCodiceFiscale(code, TODAY);
    expect(result.ok && result.value).toMatchObject({ birthDate: '1980-01-01', sex: 'F' });
  });
});

describe('parseCodiceFiscale: errors', () => {
  it.each(['CCCFBA85D03L219B', 'RSSMRA85T10A562T', 'CCCFBA85D03L21VP', 'SRSMRA85T10A562S'])(
    'rejects wrong check character in %s',
    (code) => {
      const result = parseCodiceFiscale(code, TODAY);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('CHECK_DIGIT');
        expect(result.error.message).toMatch(/carattere di controllo/);
      }
    },
  );

  it.each([
    '',
    'RSSMRA85T10A562',
    'RSSMRA85T10A562SS',
    'RSSMRA8AT10A562S',
    'RSSMRA85T1WA562S',
    'RSSMRA85T10A56ZS',
    'RSSMRA85T10A5624',
    'RSSMR085T10A562S',
    'RSSMRA85T10-562S',
    'RSSMRA85T10A562Ś',
    '0SSMRA85T10A562S',
    'RSSMRA85310A562S',
    'RSSMRA85T105562S',
    '12345678901',
  ])('rejects bad format %j', (code) => {
    const result = parseCodiceFiscale(code, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('FORMAT');
      expect(result.error.message).toMatch(/16 caratteri/);
    }
  });

  it.each([
    ['RSSMRA85B31A562', '31 February'],
    ['RSSMRA85B30A562', '30 February'],
    ['RSSMRA85B29A562', '29 February in a non-leap year'],
    ['RSSMRA85B69A562', '29 February (female) in a non-leap year'],
    ['RSSMRA85D31A562', '31 April'],
    ['RSSMRA85D71A562', '31 April (female)'],
    ['RSSMRA85T00A562', 'day 00'],
    ['RSSMRA85T32A562', 'day 32'],
    ['RSSMRA85T40A562', 'day 40'],
    ['RSSMRA85T72A562', 'day 72'],
    ['RSSMRA85T99A562', 'day 99'],
    ['RSSMRA85F10A562', 'month letter F'],
    ['RSSMRA85Z10A562', 'month letter Z'],
    ['RSSMRA85TLLA562', 'day 00 through omocodia'],
  ])('rejects %s (%s)', (first15) => {
    const result = parseCodiceFiscale(withCheck(first15), TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('DATE');
      expect(result.error.message).toMatch(/^Il codice fiscale non è valido/);
    }
  });

  it('accepts 29 February in leap years', () => {
    const male = parseCodiceFiscale(withCheck('RSSMRA84B29A562'), TODAY);
    expect(male.ok && male.value).toMatchObject({ birthDate: '1984-02-29', sex: 'M' });
    const female = parseCodiceFiscale(withCheck('RSSMRA84B69A562'), TODAY);
    expect(female.ok && female.value).toMatchObject({ birthDate: '1984-02-29', sex: 'F' });
    const y2000 = parseCodiceFiscale(withCheck('RSSMRA00B29A562'), TODAY);
    expect(y2000.ok && y2000.value.birthDate).toBe('2000-02-29');
  });

  it('rejects 29 February when the resolved century is not leap', () => {
    const result = parseCodiceFiscale(withCheck('RSSMRA00B29A562'), new Date(Date.UTC(1999, 5, 1)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('DATE');
  });
});

describe('parseCodiceFiscale: century resolution', () => {
  const birthDate = (first15: string, today: Date) => {
    const result = parseCodiceFiscale(withCheck(first15), today);
    return result.ok ? result.value.birthDate : result.error.code;
  };

  it.each([
    ['RSSMRA25C15A562', '2025-03-15'],
    ['RSSMRA25C16A562', '1925-03-16'],
    ['RSSMRA25B28A562', '2025-02-28'],
    ['RSSMRA25D01A562', '1925-04-01'],
    ['RSSMRA24T31A562', '2024-12-31'],
    ['RSSMRA26A01A562', '1926-01-01'],
    ['RSSMRA00A01A562', '2000-01-01'],
    ['RSSMRA99T31A562', '1999-12-31'],
    ['RSSMRA50H15A562', '1950-06-15'],
  ])('%s -> %s with today 2025-03-15', (first15, expected) => {
    expect(birthDate(first15, TODAY)).toBe(expected);
  });

  it('uses the reference date passed in', () => {
    expect(birthDate('RSSMRA05A01A562', new Date(Date.UTC(2004, 11, 31)))).toBe('1905-01-01');
    expect(birthDate('RSSMRA05A01A562', new Date(Date.UTC(2005, 0, 1)))).toBe('2005-01-01');
    expect(birthDate('RSSMRA85T10A562', new Date(Date.UTC(2101, 0, 1)))).toBe('2085-12-10');
  });
});

describe('isCodiceFiscaleConsistentWith', () => {
  it('matches birth date and sex', () => {
    expect(isCodiceFiscaleConsistentWith('RSSMRA85T10A562S', { birthDate: '1985-12-10' })).toBe(true);
    expect(isCodiceFiscaleConsistentWith('RSSMRA85T10A562S', { birthDate: '1985-12-10', sex: 'M' })).toBe(
      true,
    );
    expect(isCodiceFiscaleConsistentWith('rssmra80a41f205b', { birthDate: '1980-01-01', sex: 'F' })).toBe(
      true,
    );
    expect(isCodiceFiscaleConsistentWith('CCCFBAURDLPLNMVU', { birthDate: '1985-04-03', sex: 'M' })).toBe(
      true,
    );
  });

  it('ignores the century, which the code does not encode', () => {
    const code = withCheck('RSSMRA00B29A562');
    expect(isCodiceFiscaleConsistentWith(code, { birthDate: '2000-02-29' })).toBe(true);
    expect(isCodiceFiscaleConsistentWith(code, { birthDate: '1900-02-28' })).toBe(false);
    expect(isCodiceFiscaleConsistentWith('RSSMRA85T10A562S', { birthDate: '2085-12-10' })).toBe(true);
  });

  it('detects mismatches', () => {
    expect(isCodiceFiscaleConsistentWith('RSSMRA85T10A562S', { birthDate: '1985-12-11' })).toBe(false);
    expect(isCodiceFiscaleConsistentWith('RSSMRA85T10A562S', { birthDate: '1985-11-10' })).toBe(false);
    expect(isCodiceFiscaleConsistentWith('RSSMRA85T10A562S', { birthDate: '1986-12-10' })).toBe(false);
    expect(isCodiceFiscaleConsistentWith('RSSMRA85T10A562S', { birthDate: '1985-12-10', sex: 'F' })).toBe(
      false,
    );
    expect(isCodiceFiscaleConsistentWith('RSSMRA80A41F205B', { birthDate: '1980-01-01', sex: 'M' })).toBe(
      false,
    );
  });

  it('returns false for invalid inputs', () => {
    expect(isCodiceFiscaleConsistentWith('RSSMRA85T10A562T', { birthDate: '1985-12-10' })).toBe(false);
    expect(isCodiceFiscaleConsistentWith('RSSMRA85T10A562S', { birthDate: '10/12/1985' })).toBe(false);
    expect(isCodiceFiscaleConsistentWith('RSSMRA85T10A562S', { birthDate: '1985-12-32' })).toBe(false);
    expect(isCodiceFiscaleConsistentWith('RSSMRA85T10A562S', { birthDate: '' })).toBe(false);
    expect(isCodiceFiscaleConsistentWith(withCheck('RSSMRA85B31A562'), { birthDate: '1985-02-31' })).toBe(
      false,
    );
  });
});
