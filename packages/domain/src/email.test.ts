import { describe, expect, it } from 'vitest';
import { EMAIL_MAX_LENGTH, isValidEmail, normalizeEmail, parseEmail } from './email.js';

describe('parseEmail', () => {
  it('trims and lowercases the domain only', () => {
    expect(parseEmail('  Mario.Rossi@Example.IT ')).toEqual({
      ok: true,
      value: { address: 'Mario.Rossi@example.it', localPart: 'Mario.Rossi', domain: 'example.it' },
    });
  });

  it.each([
    'mario@example.it',
    'mario.rossi@example.it',
    'mario+lavoro@example.it',
    "o'brien@example.co.uk",
    'a_b-c@sub.example-domain.com',
    'x@a.io',
    '1234@123.example.it',
    'user@xn--caff-dma.it',
    'user@example.xn--p1ai',
    "!#$%&'*+/=?^_`{|}~-@example.org",
  ])('accepts %s', (email) => {
    expect(isValidEmail(email)).toBe(true);
  });

  it.each([
    '',
    'mario',
    'mario@',
    '@example.it',
    'mario@example',
    'mario@@example.it',
    'mario@ex@ample.it',
    'mario rossi@example.it',
    '.mario@example.it',
    'mario.@example.it',
    'mario..rossi@example.it',
    '"mario rossi"@example.it',
    'mario@[192.168.0.1]',
    'mario@192.168.0.1',
    'mario@-example.it',
    'mario@example-.it',
    'mario@example..it',
    'mario@.example.it',
    'mario@example.it.',
    'mario@example.i',
    'mario@example.1t',
    'mario@ex_ample.it',
    'màrio@example.it',
    'mario@caffè.it',
    'mario(comment)@example.it',
    'mario@exa\nmple.it',
    'mario\n@example.it',
  ])('rejects %j', (email) => {
    const result = parseEmail(email);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('FORMAT');
      expect(result.error.message).toBe("L'indirizzo email non è valido.");
    }
  });

  it('limits the local part to 64 characters', () => {
    expect(isValidEmail(`${'a'.repeat(64)}@example.it`)).toBe(true);
    expect(isValidEmail(`${'a'.repeat(65)}@example.it`)).toBe(false);
  });

  it('limits domain labels to 63 characters', () => {
    expect(isValidEmail(`a@${'b'.repeat(63)}.it`)).toBe(true);
    expect(isValidEmail(`a@${'b'.repeat(64)}.it`)).toBe(false);
  });

  it('limits the whole address to 254 characters after trimming', () => {
    const domain = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.it`;
    const exact = `${'a'.repeat(EMAIL_MAX_LENGTH - domain.length - 1)}@${domain}`;
    expect(exact.length).toBe(254);
    expect(isValidEmail(exact)).toBe(true);
    expect(isValidEmail(`   ${exact}   `)).toBe(true);
    const tooLong = `a${exact}`;
    const result = parseEmail(tooLong);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('TOO_LONG');
      expect(result.error.message).toMatch(/254 caratteri/);
    }
  });
});

describe('normalizeEmail', () => {
  it('returns the normalised address or null', () => {
    expect(normalizeEmail(' Giulia.Bianchi@GMAIL.com')).toBe('Giulia.Bianchi@gmail.com');
    expect(normalizeEmail('not an email')).toBeNull();
  });
});
