import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy.js';

describe('checkPassword', () => {
  it('uses the ASVS limits', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
  });

  it.each([
    'aaaaaaaaaaaa',
    'correct horse battery staple',
    'tuttominuscolo',
    '123456789012',
    'x'.repeat(128),
    'pässwörd ünïcode',
    '🔒🔑🔒🔑🔒🔑🔒🔑🔒🔑🔒🔑',
    ' spazi ai lati ',
  ])('accepts %j without composition rules', (password) => {
    expect(checkPassword(password)).toEqual({ ok: true });
  });

  it('rejects passwords shorter than 12 characters', () => {
    expect(checkPassword('a'.repeat(11))).toEqual({
      ok: false,
      code: 'TOO_SHORT',
      message: 'La password deve contenere almeno 12 caratteri.',
    });
    expect(checkPassword('').ok).toBe(false);
  });

  it('counts code points, not UTF-16 units', () => {
    expect(checkPassword('🔒'.repeat(11)).ok).toBe(false);
    expect(checkPassword('🔒'.repeat(12)).ok).toBe(true);
    expect(checkPassword('🔒'.repeat(128)).ok).toBe(true);
    expect(checkPassword('🔒'.repeat(129)).ok).toBe(false);
  });

  it('collapses runs of spaces for the minimum length', () => {
    expect(checkPassword('ab     cd     ef').ok).toBe(false);
    expect(checkPassword(' '.repeat(20)).ok).toBe(false);
    expect(checkPassword('abcde     fghijk').ok).toBe(true);
  });

  it('rejects passwords longer than 128 characters', () => {
    expect(checkPassword('x'.repeat(129))).toEqual({
      ok: false,
      code: 'TOO_LONG',
      message: 'La password non può superare i 128 caratteri.',
    });
  });

  it('rejects passwords equal to or containing the email local part', () => {
    const email = 'Mario.Rossi1985@example.it';
    const expected = {
      ok: false,
      code: 'CONTAINS_EMAIL',
      message: 'La password non può contenere il tuo indirizzo email o parte di esso.',
    };
    expect(checkPassword('mario.rossi1985', { email })).toEqual(expected);
    expect(checkPassword('MARIO.ROSSI1985', { email })).toEqual(expected);
    expect(checkPassword('ciao mario.rossi1985!', { email })).toEqual(expected);
    expect(checkPassword('mario.rossi1985@example.it', { email })).toEqual(expected);
    expect(checkPassword('una frase qualunque', { email })).toEqual({ ok: true });
  });

  it('also checks the local part without a +tag', () => {
    const email = 'giulia.bianchi+lavoro@example.it';
    expect(checkPassword('giulia.bianchi+lavoro', { email }).ok).toBe(false);
    expect(checkPassword('sono giulia.bianchi!', { email }).ok).toBe(false);
  });

  it('does not reject on very short local parts being contained', () => {
    expect(checkPassword('totally valid phrase', { email: 'al@example.it' })).toEqual({ ok: true });
    expect(checkPassword('una password lunga', { email: 'una@example.it' })).toEqual({ ok: true });
    expect(checkPassword('marcopolo123456', { email: 'marco@example.it' }).ok).toBe(false);
  });

  it('checks length before the email rule', () => {
    expect(checkPassword('mario', { email: 'mario@example.it' })).toMatchObject({ code: 'TOO_SHORT' });
  });

  it('works without options or with an empty email', () => {
    expect(checkPassword('una frase qualunque', {})).toEqual({ ok: true });
    expect(checkPassword('una frase qualunque', { email: '' })).toEqual({ ok: true });
  });
});
