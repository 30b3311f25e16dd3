import {
  CheckboxField,
  ErrorSummary,
  type FormErrors,
  failure,
  LoadError,
  Loading,
  mapUserErrors,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';

const RequirementQuery = graphql(`
  query NetworkTwoFactor_Query {
    me {
      id
      twoFactor {
        enabled
        requiredByNetwork
      }
    }
  }
`);

const SetRequirementMutation = graphql(`
  mutation NetworkTwoFactor_SetMutation($required: Boolean!) {
    setStaffTwoFactorRequired(required: $required) {
      staffTwoFactorRequired
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const QUERY_KEY = ['network', 'two-factor'];

/** Network admins: whether every operator and admin must log in with a second factor. */
export function NetworkTwoFactor() {
  const query = useQuery({ queryKey: QUERY_KEY, queryFn: () => client.request(RequirementQuery) });
  const status = query.data?.me?.twoFactor;
  return (
    <section className="sl-section" aria-labelledby="network-two-factor">
      <h2 id="network-two-factor">Verifica in due passaggi per il personale</h2>
      <p>
        Se la rendi obbligatoria, operatori e amministratori che non l’hanno ancora attivata dovranno farlo al
        prossimo accesso (o entro 15 minuti, se sono già collegati) prima di poter lavorare.
      </p>
      {query.isPending ? <Loading /> : null}
      {query.error ? <LoadError error={query.error} retry={query.refetch} /> : null}
      {status ? <RequirementForm initial={status.requiredByNetwork} adminEnabled={status.enabled} /> : null}
    </section>
  );
}

function RequirementForm({ initial, adminEnabled }: { initial: boolean; adminEnabled: boolean }) {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const [required, setRequired] = useState(initial);
  const [errors, setErrors] = useState<FormErrors<'required'>>({ fields: {}, form: [] });
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    let next: FormErrors<'required'> = { fields: {}, form: [] };
    try {
      const { setStaffTwoFactorRequired: result } = await client.request(SetRequirementMutation, {
        required,
      });
      if (result.userErrors.length === 0) {
        announce({
          kind: 'success',
          text: result.staffTwoFactorRequired
            ? 'Salvato: la verifica in due passaggi è obbligatoria per il personale.'
            : 'Salvato: la verifica in due passaggi è facoltativa.',
        });
        await queryClient.invalidateQueries({ queryKey: QUERY_KEY });
      } else next = mapUserErrors(result.userErrors, ['required'] as const);
    } catch (error) {
      next = failure(error);
    } finally {
      setPending(false);
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <form noValidate onSubmit={save} aria-labelledby="network-two-factor">
      {announcement}
      <ErrorSummary
        errors={errors}
        labels={{ required: 'Obbligatoria per operatori e amministratori' }}
        focusKey={submits}
      />
      {!adminEnabled ? (
        <p>
          Per renderla obbligatoria, prima attivala sul tuo account da{' '}
          <Link to="/sicurezza">Sicurezza dell’account</Link>.
        </p>
      ) : null}
      <CheckboxField
        id="required"
        label="Obbligatoria per operatori e amministratori"
        checked={required}
        onChange={setRequired}
        error={errors.fields.required}
      />
      <Button type="submit" color="primary" aria-disabled={pending || undefined}>
        {pending ? 'Salvataggio…' : 'Salva la scelta'}
      </Button>
    </form>
  );
}
