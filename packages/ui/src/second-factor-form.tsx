import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { ErrorSummary, TextField } from './fields';
import { it } from './strings';
import { type FormErrors, noErrors } from './user-errors';

export type SecondFactorField = 'code' | 'recoveryCode';

export interface SecondFactorFormProps {
  /** Resolves to the errors to show, or null when the user is logged in. */
  onSubmit: (
    answer: { code: string } | { recoveryCode: string },
  ) => Promise<FormErrors<SecondFactorField> | null>;
  /** Back to email and password. */
  onCancel: () => void;
}

const labels: Record<SecondFactorField, string> = {
  code: it.secondFactor.code,
  recoveryCode: it.secondFactor.recoveryCode,
};

/** The login's second step: the authenticator app's code, or one of the recovery codes. */
export function SecondFactorForm({ onSubmit, onCancel }: SecondFactorFormProps) {
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [errors, setErrors] = useState<FormErrors<SecondFactorField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  function show(next: FormErrors<SecondFactorField>) {
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (useRecovery) {
      if (!recoveryCode.trim())
        return show({ fields: { recoveryCode: it.secondFactor.recoveryRequired }, form: [] });
    } else if (!/^\d{6}$/.test(code.replace(/\s/g, ''))) {
      return show({ fields: { code: it.secondFactor.codeFormat }, form: [] });
    }
    setPending(true);
    try {
      const result = await onSubmit(
        useRecovery ? { recoveryCode: recoveryCode.trim() } : { code: code.replace(/\s/g, '') },
      );
      if (result) show(result);
    } catch (error) {
      show({ fields: {}, form: [error instanceof Error ? error.message : it.errors.server] });
    } finally {
      setPending(false);
    }
  }

  function toggle() {
    setUseRecovery((value) => !value);
    setErrors(noErrors());
  }

  return (
    <form className="sl-form" noValidate onSubmit={submit} aria-labelledby="second-factor-title">
      <h2 id="second-factor-title" className="h3">
        {it.secondFactor.title}
      </h2>
      <p>{useRecovery ? it.secondFactor.recoveryIntro : it.secondFactor.intro}</p>
      <ErrorSummary errors={errors} labels={labels} focusKey={submits} />
      {useRecovery ? (
        <TextField
          id="recoveryCode"
          label={labels.recoveryCode}
          hint={it.secondFactor.recoveryHint}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          value={recoveryCode}
          onChange={setRecoveryCode}
          maxLength={40}
          error={errors.fields.recoveryCode}
        />
      ) : (
        <TextField
          id="code"
          label={labels.code}
          hint={it.secondFactor.codeHint}
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          value={code}
          onChange={setCode}
          maxLength={7}
          error={errors.fields.code}
        />
      )}
      <div className="sl-actions">
        <Button type="submit" color="primary" size="lg" aria-disabled={pending || undefined}>
          {pending ? it.common.sending : it.secondFactor.submit}
        </Button>
        <p className="mt-3 mb-0">
          <button type="button" className="btn btn-link p-0" onClick={toggle}>
            {useRecovery ? it.secondFactor.useApp : it.secondFactor.useRecovery}
          </button>
        </p>
        <p className="mt-2 mb-0">
          <button type="button" className="btn btn-link p-0" onClick={onCancel}>
            {it.secondFactor.restart}
          </button>
        </p>
      </div>
    </form>
  );
}
