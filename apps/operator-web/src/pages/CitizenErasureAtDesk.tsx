import {
  CheckboxField,
  ErrorSummary,
  type FormErrors,
  failure,
  mapUserErrors,
  Notice,
  noErrors,
} from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';

const RequestAtDeskMutation = graphql(`
  mutation CitizenErasureAtDesk_RequestMutation($citizenId: ID!, $identityConfirmed: Boolean!) {
    requestErasureAtDesk(citizenId: $citizenId, identityConfirmed: $identityConfirmed) {
      request {
        id
        requestedAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const FIELD_ID = 'erasure-identity';

/**
 * The right to erasure for a person who asks in person at the sportello: without email, or not
 * using the portal, they cannot ask from their profile. The request then waits in _Cancellazione
 * dati_ with the others.
 */
export function CitizenErasureAtDesk({
  citizen,
}: {
  citizen: { id: string; givenName: string; familyName: string };
}) {
  const queryClient = useQueryClient();
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<FormErrors<'identityConfirmed'>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const [recorded, setRecorded] = useState(false);
  const name = `${citizen.givenName} ${citizen.familyName}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next: FormErrors<'identityConfirmed'> = noErrors();
    if (!confirmed) {
      next = {
        fields: { identityConfirmed: 'Spunta la casella dopo aver verificato il documento della persona.' },
        form: [],
      };
    } else {
      setPending(true);
      try {
        const { requestErasureAtDesk: result } = await client.request(RequestAtDeskMutation, {
          citizenId: citizen.id,
          identityConfirmed: true,
        });
        if (result.userErrors.length === 0) {
          setRecorded(true);
          await queryClient.invalidateQueries({ queryKey: ['erasure-requests'] });
          return;
        }
        next = mapUserErrors(result.userErrors, ['identityConfirmed'] as const);
      } catch (error) {
        next = failure(error);
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <section className="sl-section" aria-labelledby="erasure-at-desk-title" data-testid="erasure-at-desk">
      <h2 id="erasure-at-desk-title">Cancellazione dei dati chiesta allo sportello</h2>
      {recorded ? (
        <Notice kind="success" testId="erasure-at-desk-recorded">
          <p className="mb-0">
            Richiesta registrata. La trovi in <Link to="/cancellazioni">Cancellazione dati</Link>: chiudi
            prima quello che è in corso per {name}, poi esegui la cancellazione.
          </p>
        </Notice>
      ) : (
        <>
          <p>
            Se {name} chiede di persona di cancellare account e dati (art. 17 GDPR), per esempio perché non ha
            un’email o non usa il portale, registra qui la richiesta. Aspetterà in Cancellazione dati con le
            altre.
          </p>
          <form noValidate onSubmit={submit} aria-labelledby="erasure-at-desk-title">
            <ErrorSummary
              errors={errors}
              labels={{ identityConfirmed: 'Verifica della persona' }}
              ids={{ identityConfirmed: FIELD_ID }}
              focusKey={submits}
            />
            <CheckboxField
              id={FIELD_ID}
              label={`Ho visto il documento d’identità: è ${name} a chiederlo, qui allo sportello`}
              checked={confirmed}
              onChange={setConfirmed}
              error={errors.fields.identityConfirmed}
            />
            <Button type="submit" color="danger" outline aria-disabled={pending || undefined}>
              {pending ? 'Registrazione in corso…' : 'Registra la richiesta di cancellazione'}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
