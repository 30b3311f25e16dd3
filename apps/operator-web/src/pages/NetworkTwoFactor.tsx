import { LoadError, Loading } from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';
import { BooleanSettingForm } from './BooleanSettingForm';

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
  const queryClient = useQueryClient();
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
      {status ? (
        <BooleanSettingForm
          labelledBy="network-two-factor"
          id="required"
          label="Obbligatoria per operatori e amministratori"
          submitLabel="Salva la scelta"
          initial={status.requiredByNetwork}
          before={
            status.enabled ? null : (
              <p>
                Per renderla obbligatoria, prima attivala sul tuo account da{' '}
                <Link to="/sicurezza">Sicurezza dell’account</Link>.
              </p>
            )
          }
          save={async (required) => {
            const { setStaffTwoFactorRequired: result } = await client.request(SetRequirementMutation, {
              required,
            });
            if (result.userErrors.length === 0) await queryClient.invalidateQueries({ queryKey: QUERY_KEY });
            return {
              userErrors: result.userErrors,
              saved: result.staffTwoFactorRequired
                ? 'Salvato: la verifica in due passaggi è obbligatoria per il personale.'
                : 'Salvato: la verifica in due passaggi è facoltativa.',
            };
          }}
        />
      ) : null}
    </section>
  );
}
