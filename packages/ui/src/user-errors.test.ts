import { describe, expect, it } from 'vitest';
import { hasErrors, mapUserErrors } from './user-errors';
import { validateLogin } from './validation';

describe('mapUserErrors', () => {
  const fields = ['codiceFiscale', 'email', 'password'] as const;

  it('puts each message next to the field the API names, by its last path segment', () => {
    const errors = mapUserErrors(
      [
        { field: 'codiceFiscale', code: 'CODICE_FISCALE_FORMAT', message: 'Formato non valido.' },
        { field: 'input.email', code: 'EMAIL_TAKEN', message: 'Esiste già un account con questa email.' },
        { field: 'email', code: 'OTHER', message: 'Secondo messaggio sullo stesso campo.' },
      ],
      fields,
    );
    expect(errors).toEqual({
      fields: { codiceFiscale: 'Formato non valido.', email: 'Esiste già un account con questa email.' },
      form: [],
    });
  });

  it('sends errors about no known field to the whole form, once each', () => {
    const errors = mapUserErrors(
      [
        { field: null, code: 'INVALID_CREDENTIALS', message: 'Email o password non corretti.' },
        { field: 'token', code: 'INVALID_TOKEN', message: 'Il link non è valido o è scaduto.' },
        { field: null, code: 'INVALID_CREDENTIALS', message: 'Email o password non corretti.' },
      ],
      fields,
    );
    expect(errors.form).toEqual(['Email o password non corretti.', 'Il link non è valido o è scaduto.']);
    expect(hasErrors(errors)).toBe(true);
  });

  it('maps an API argument to a differently named form field', () => {
    const errors = mapUserErrors(
      [{ field: 'newPassword', code: 'WEAK_PASSWORD', message: 'Troppo corta.' }],
      ['password'] as const,
      { newPassword: 'password' },
    );
    expect(errors.fields.password).toBe('Troppo corta.');
  });
});

describe('validateLogin', () => {
  it('asks for both fields and a valid email, in Italian', () => {
    expect(validateLogin({ email: '', password: '' }).fields).toEqual({
      email: 'Questo campo è obbligatorio.',
      password: 'Questo campo è obbligatorio.',
    });
    expect(validateLogin({ email: 'mario', password: 'x' }).fields.email).toMatch(/indirizzo email valido/);
    expect(hasErrors(validateLogin({ email: 'mario@esempio.it', password: 'x' }))).toBe(false);
  });
});
