import {
  ErrorSummary,
  type FormErrors,
  failure,
  it,
  mapUserErrors,
  noErrors,
  TextAreaField,
  type UserErrorLike,
} from '@sportello/ui';
import { Button } from 'design-react-kit';
import { type FormEvent, useEffect, useState } from 'react';

/**
 * "Approve" and "Rifiuta" with a reason, for what the sportello moderates (companies, vacancies).
 * `approve` and `reject` answer the mutation's userErrors: none means done.
 */
export function ReviewActions({
  id,
  subject,
  approveLabel,
  reasonHint,
  approve,
  reject,
  onApproved,
  onRejected,
}: {
  id: string;
  /** What is acted on, read by screen readers after the buttons' text, e.g. the company's name. */
  subject: string;
  approveLabel: string;
  reasonHint: string;
  approve: () => Promise<readonly UserErrorLike[]>;
  reject: (reason: string) => Promise<readonly UserErrorLike[]>;
  onApproved: () => Promise<void>;
  onRejected: () => Promise<void>;
}) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors<'reason'>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const reasonId = `reason-${id}`;

  useEffect(() => {
    if (rejecting) document.getElementById(reasonId)?.focus();
  }, [rejecting, reasonId]);

  function fail(next: FormErrors<'reason'>) {
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  async function run(action: () => Promise<readonly UserErrorLike[]>, done: () => Promise<void>) {
    setPending(true);
    try {
      const userErrors = await action();
      if (userErrors.length === 0) {
        await done();
        return;
      }
      fail(mapUserErrors(userErrors, ['reason'] as const));
    } catch (error) {
      fail(failure(error));
    } finally {
      setPending(false);
    }
  }

  function submitReject(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const text = reason.trim();
    if (text.length < 5) {
      fail({
        fields: { reason: text ? 'Scrivi almeno 5 caratteri.' : 'Scrivi il motivo del rifiuto.' },
        form: [],
      });
      return;
    }
    void run(() => reject(text), onRejected);
  }

  if (rejecting) {
    return (
      <form className="sl-reject-form" noValidate onSubmit={submitReject}>
        <ErrorSummary
          errors={errors}
          labels={{ reason: 'Motivo del rifiuto' }}
          ids={{ reason: reasonId }}
          focusKey={submits}
        />
        <TextAreaField
          id={reasonId}
          label="Motivo del rifiuto"
          hint={reasonHint}
          value={reason}
          onChange={setReason}
          maxLength={500}
          error={errors.fields.reason}
        />
        <div className="sl-card-actions">
          <Button type="submit" color="danger" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : 'Conferma il rifiuto'}
          </Button>
          <Button
            type="button"
            color="secondary"
            outline
            onClick={() => {
              setRejecting(false);
              setErrors(noErrors());
            }}
          >
            Annulla
          </Button>
        </div>
      </form>
    );
  }
  return (
    <>
      <ErrorSummary errors={errors} labels={{}} focusKey={submits} title="Operazione non riuscita" />
      <div className="sl-card-actions">
        <Button
          type="button"
          color="success"
          onClick={() => {
            if (!pending) void run(approve, onApproved);
          }}
          aria-disabled={pending || undefined}
        >
          {pending ? it.common.sending : approveLabel}
          <span className="visually-hidden"> {subject}</span>
        </Button>
        <Button
          type="button"
          color="danger"
          outline
          onClick={() => {
            setErrors(noErrors());
            setRejecting(true);
          }}
        >
          Rifiuta<span className="visually-hidden"> {subject}</span>
        </Button>
      </div>
    </>
  );
}
