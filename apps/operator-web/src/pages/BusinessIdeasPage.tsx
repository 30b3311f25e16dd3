import {
  DataTable,
  ErrorSummary,
  type FormErrors,
  failure,
  formatDate,
  it,
  mapUserErrors,
  noErrors,
  PAGE_SIZE,
  PagedList,
  PageTitle,
  referralStatusLabels,
  TextField,
  usePagedQuery,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../AppLayout';
import { client } from '../client';
import { graphql } from '../gql';

const IdeasQuery = graphql(`
  query BusinessIdeasPage_IdeasQuery($first: Int!, $after: String) {
    businessIdeas(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          createdAt
          businessStartedOn
          citizen {
            id
            givenName
            familyName
          }
          atecoActivity {
            code
            title
          }
          comune {
            istatCode
            name
          }
          referrals {
            id
            status
            partner {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const PartnersQuery = graphql(`
  query BusinessIdeasPage_PartnersQuery {
    microcreditPartners {
      id
      name
      contactEmail
    }
  }
`);

const RegisterPartnerMutation = graphql(`
  mutation BusinessIdeasPage_RegisterPartnerMutation($input: MicrocreditPartnerInput!, $idempotencyKey: String) {
    registerMicrocreditPartner(input: $input, idempotencyKey: $idempotencyKey) {
      partner {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** Autoimpiego: the network's business ideas and the microcredit partners. */
export function BusinessIdeasPage() {
  const isAdmin = useMe().data?.me?.kind === 'NETWORK_ADMIN';
  const query = usePagedQuery(['businessIdeas', 'all'], async (after) => {
    const { businessIdeas } = await client.request(IdeasQuery, { first: PAGE_SIZE, after });
    return businessIdeas;
  });
  const partners = useQuery({
    queryKey: ['microcreditPartners'],
    queryFn: () => client.request(PartnersQuery),
  });
  return (
    <>
      <PageTitle>Autoimpiego e microcredito</PageTitle>
      <p className="sl-lead">
        Le idee d’impresa dei cittadini della rete: il piano d’impresa, la segnalazione a un ente di
        microcredito e l’avvio dell’impresa. Per scrivere una nuova idea con un cittadino apri la sua scheda
        in «Cittadini».
      </p>
      <PagedList query={query} empty="Nessuna idea d’impresa nella rete.">
        {(ideas) => (
          <DataTable
            caption="Idee d’impresa"
            testId="business-ideas-table"
            rows={ideas}
            rowKey={(i) => i.id}
            columns={[
              { header: 'Idea', cell: (i) => <Link to={`/autoimpiego/${i.id}`}>{i.title}</Link> },
              {
                header: 'Cittadino',
                cell: (i) => (
                  <Link to={`/cittadini/${i.citizen.id}`}>
                    {i.citizen.givenName} {i.citizen.familyName}
                  </Link>
                ),
              },
              { header: 'Settore', cell: (i) => `${i.atecoActivity.code} – ${i.atecoActivity.title}` },
              { header: 'Comune', cell: (i) => i.comune.name },
              {
                header: 'Microcredito',
                cell: (i) =>
                  i.referrals[0]
                    ? `${i.referrals[0].partner.name}: ${referralStatusLabels[i.referrals[0].status].toLowerCase()}`
                    : 'Non segnalata',
              },
              {
                header: 'Impresa avviata',
                cell: (i) => (i.businessStartedOn ? `Sì, il ${formatDate(i.businessStartedOn)}` : 'No'),
              },
            ]}
          />
        )}
      </PagedList>
      <section className="sl-section" aria-labelledby="partners">
        <h2 id="partners">Enti di microcredito</h2>
        <p>
          Gli enti a cui gli sportelli segnalano le idee d’impresa. Li registra l’amministrazione della rete.
        </p>
        {partners.isPending ? <p>{it.common.loading}</p> : null}
        {partners.data?.microcreditPartners.length === 0 ? <p>Nessun ente registrato.</p> : null}
        <ul data-testid="microcredit-partners">
          {partners.data?.microcreditPartners.map((p) => (
            <li key={p.id}>
              {p.name}
              {p.contactEmail ? ` – ${p.contactEmail}` : ''}
            </li>
          ))}
        </ul>
        {isAdmin ? <NewPartnerForm /> : null}
      </section>
    </>
  );
}

type Field = 'name' | 'contactEmail';
const fieldLabels: Record<Field, string> = { name: 'Nome dell’ente', contactEmail: 'Email per le pratiche' };

function NewPartnerForm() {
  const queryClient = useQueryClient();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [values, setValues] = useState({ name: '', contactEmail: '' });
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const ids: Record<Field, string> = { name: 'partner-name', contactEmail: 'partner-email' };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = noErrors<Field>();
    if (values.name.trim().length < 2) next.fields.name = 'Scrivi il nome dell’ente.';
    if (Object.keys(next.fields).length === 0) {
      setPending(true);
      try {
        const { registerMicrocreditPartner } = await client.request(RegisterPartnerMutation, {
          input: { name: values.name, contactEmail: values.contactEmail || null },
          idempotencyKey,
        });
        if (registerMicrocreditPartner.userErrors.length === 0) {
          await queryClient.invalidateQueries({ queryKey: ['microcreditPartners'] });
          setValues({ name: '', contactEmail: '' });
          setIdempotencyKey(crypto.randomUUID());
          setErrors(noErrors());
          return;
        }
        next = mapUserErrors(registerMicrocreditPartner.userErrors, ['name', 'contactEmail']);
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
    <form className="sl-form-box" noValidate onSubmit={submit} aria-labelledby="new-partner">
      <h3 id="new-partner">Registra un ente</h3>
      <ErrorSummary errors={errors} labels={fieldLabels} ids={ids} focusKey={submits} />
      <TextField
        id={ids.name}
        label={fieldLabels.name}
        hint="Per esempio «Fondazione per il microcredito di Legnano»."
        value={values.name}
        onChange={(name) => setValues((v) => ({ ...v, name }))}
        maxLength={200}
        error={errors.fields.name}
      />
      <TextField
        id={ids.contactEmail}
        label={fieldLabels.contactEmail}
        type="email"
        value={values.contactEmail}
        onChange={(contactEmail) => setValues((v) => ({ ...v, contactEmail }))}
        error={errors.fields.contactEmail}
        optional
      />
      <div className="sl-actions mt-0 mb-3">
        <Button type="submit" color="primary" aria-disabled={pending || undefined}>
          {pending ? it.common.sending : 'Registra l’ente'}
        </Button>
      </div>
    </form>
  );
}
