import { parseEmail } from '@sportello/domain';
import { it } from './strings';
import { type FormErrors, noErrors } from './user-errors';

export type LoginField = 'email' | 'password';

/** Before sending: both fields filled, a plausible email (the API stays the authority). */
export function validateLogin(values: { email: string; password: string }): FormErrors<LoginField> {
  const errors = noErrors<LoginField>();
  if (!values.email.trim()) errors.fields.email = it.errors.required;
  else if (!parseEmail(values.email).ok) errors.fields.email = it.errors.email;
  if (!values.password) errors.fields.password = it.errors.required;
  return errors;
}
