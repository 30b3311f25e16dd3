import { Button } from 'design-react-kit';
import { type FormEvent, type ReactNode, useState } from 'react';
import { ErrorSummary, PasswordField, TextField } from './fields';
import { it } from './strings';
import { type FormErrors, hasErrors, noErrors } from './user-errors';
import { type LoginField, validateLogin } from './validation';

export interface LoginFormProps {
  /** Logs in; resolves to the errors to show, or null when the user is logged in. */
  onSubmit: (credentials: { email: string; password: string }) => Promise<FormErrors<LoginField> | null>;
  /** E.g. a router link to the password reset page. */
  forgotPassword?: ReactNode;
  initialEmail?: string;
  /** For a password asked again, e.g. "Collega e accedi"; the form is named after it too. */
  submitLabel?: string;
}

const labels: Record<LoginField, string> = { email: it.login.email, password: it.login.password };

export function LoginForm({
  onSubmit,
  forgotPassword,
  initialEmail = '',
  submitLabel = it.login.submit,
}: LoginFormProps) {
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<LoginField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const clientErrors = validateLogin({ email, password });
    if (hasErrors(clientErrors)) {
      setErrors(clientErrors);
      setSubmits((n) => n + 1);
      return;
    }
    setPending(true);
    try {
      const result = await onSubmit({ email: email.trim(), password });
      if (result) {
        setErrors(result);
        setSubmits((n) => n + 1);
      }
    } catch (error) {
      setErrors({ fields: {}, form: [error instanceof Error ? error.message : it.errors.server] });
      setSubmits((n) => n + 1);
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="sl-form" noValidate onSubmit={submit} aria-label={submitLabel}>
      <ErrorSummary errors={errors} labels={labels} focusKey={submits} />
      <TextField
        id="email"
        label={labels.email}
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        autoCapitalize="none"
        value={email}
        onChange={setEmail}
        error={errors.fields.email}
      />
      <PasswordField
        id="password"
        label={labels.password}
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errors.fields.password}
      />
      <div className="sl-actions">
        <Button type="submit" color="primary" size="lg" aria-disabled={pending || undefined}>
          {pending ? it.common.sending : submitLabel}
        </Button>
        {forgotPassword ? <p className="mt-3 mb-0">{forgotPassword}</p> : null}
      </div>
    </form>
  );
}
