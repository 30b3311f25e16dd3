import {
  type Announcement,
  attempt,
  ErrorSummary,
  type FormErrors,
  it,
  mapUserErrors,
  noErrors,
  TextAreaField,
  type UserErrorLike,
} from '@sportello/ui';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { client } from '../client';
import { graphql } from '../gql';
import type { Internship } from './InternshipPage';

const SignMutation = graphql(`
  mutation InternshipActions_SignMutation($id: ID!) {
    signInternshipAgreement(id: $id) {
      internship {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const StartMutation = graphql(`
  mutation InternshipActions_StartMutation($id: ID!) {
    startInternship(id: $id) {
      internship {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const ResumeMutation = graphql(`
  mutation InternshipActions_ResumeMutation($id: ID!) {
    resumeInternship(id: $id) {
      internship {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const SuspendMutation = graphql(`
  mutation InternshipActions_SuspendMutation($id: ID!, $reason: String!) {
    suspendInternship(id: $id, reason: $reason) {
      internship {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const InterruptMutation = graphql(`
  mutation InternshipActions_InterruptMutation($id: ID!, $reason: String!) {
    interruptInternship(id: $id, reason: $reason) {
      internship {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export function InternshipActions({
  internship: i,
  onDone,
}: {
  internship: Internship;
  onDone: (next: Announcement) => Promise<void>;
}) {
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors<'reason'>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  async function run(action: () => Promise<readonly UserErrorLike[]>, success: string) {
    if (pending) return;
    setPending(true);
    const userErrors = await attempt(action);
    setPending(false);
    if (userErrors.length === 0) {
      setReason('');
      setErrors(noErrors());
      await onDone({ kind: 'success', text: success });
      return;
    }
    setErrors(mapUserErrors(userErrors, ['reason'] as const));
    setSubmits((n) => n + 1);
  }

  function stop(event: FormEvent, kind: 'suspend' | 'interrupt') {
    event.preventDefault();
    if (!reason.trim()) {
      setErrors({ fields: { reason: 'Scrivi il motivo.' }, form: [] });
      setSubmits((n) => n + 1);
      return;
    }
    void run(
      async () =>
        kind === 'suspend'
          ? (await client.request(SuspendMutation, { id: i.id, reason })).suspendInternship.userErrors
          : (await client.request(InterruptMutation, { id: i.id, reason })).interruptInternship.userErrors,
      kind === 'suspend' ? 'Il tirocinio è sospeso.' : 'Il tirocinio è interrotto.',
    );
  }

  const button = (label: string, action: () => Promise<readonly UserErrorLike[]>, success: string) => (
    <Button
      type="button"
      color="primary"
      aria-disabled={pending || undefined}
      onClick={() => void run(action, success)}
    >
      {pending ? it.common.sending : label}
    </Button>
  );

  if (i.status === 'INTERRUPTED' || i.status === 'COMPLETED') return null;
  return (
    <section className="sl-section" aria-labelledby="actions">
      <h2 id="actions">Avanzamento</h2>
      {i.status === 'PROPOSED' ? (
        <>
          <p>
            Quando l’azienda, lo sportello e il tirocinante hanno firmato la convenzione e il progetto
            formativo:
          </p>
          <div className="sl-actions mt-0">
            {button(
              'Registra la firma della convenzione',
              async () =>
                (await client.request(SignMutation, { id: i.id })).signInternshipAgreement.userErrors,
              'La firma della convenzione è registrata.',
            )}
          </div>
        </>
      ) : null}
      {i.status === 'AGREEMENT_SIGNED' ? (
        <div className="sl-actions mt-0">
          {button(
            'Avvia il tirocinio',
            async () => (await client.request(StartMutation, { id: i.id })).startInternship.userErrors,
            'Il tirocinio è iniziato.',
          )}
        </div>
      ) : null}
      {i.status === 'SUSPENDED' ? (
        <div className="sl-actions mt-0">
          {button(
            'Riprendi il tirocinio',
            async () => (await client.request(ResumeMutation, { id: i.id })).resumeInternship.userErrors,
            'Il tirocinio è ripreso.',
          )}
        </div>
      ) : null}
      {i.status === 'ACTIVE' || i.status === 'SUSPENDED' ? (
        <form
          className="sl-form-box"
          noValidate
          onSubmit={(e) => stop(e, 'interrupt')}
          data-testid="stop-form"
        >
          <h3>{i.status === 'ACTIVE' ? 'Sospendi o interrompi' : 'Interrompi'}</h3>
          <ErrorSummary errors={errors} labels={{ reason: 'Motivo' }} focusKey={submits} />
          <TextAreaField
            id="reason"
            label="Motivo"
            hint="Per esempio malattia, maternità, chiusura aziendale; lo vedono il tirocinante e l’azienda."
            value={reason}
            onChange={setReason}
            maxLength={1000}
            error={errors.fields.reason}
          />
          <div className="sl-actions mt-0 mb-3">
            {i.status === 'ACTIVE' ? (
              <Button
                type="button"
                color="primary"
                aria-disabled={pending || undefined}
                onClick={(e) => stop(e, 'suspend')}
              >
                Sospendi
              </Button>
            ) : null}
            <Button type="submit" color="danger" aria-disabled={pending || undefined}>
              Interrompi il tirocinio
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
