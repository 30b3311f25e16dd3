import {
  type Announcement,
  formatDate,
  LoadError,
  Loading,
  Notice,
  PageTitle,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { client } from '../client';
import { ReviewActions } from '../components';
import { graphql } from '../gql';
import type { PendingCompaniesPage_PendingCompaniesQueryQuery } from '../gql/graphql';

const PendingCompaniesQuery = graphql(`
  query PendingCompaniesPage_PendingCompaniesQuery {
    companies(status: PENDING, first: 50) {
      totalCount
      edges {
        node {
          id
          legalName
          partitaIva
          codiceFiscale
          email
          createdAt
          comune {
            name
            provinceCode
          }
        }
      }
    }
  }
`);

const VerifyCompanyMutation = graphql(`
  mutation PendingCompaniesPage_VerifyCompanyMutation($id: ID!) {
    verifyCompany(id: $id) {
      company {
        id
        legalName
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

const RejectCompanyMutation = graphql(`
  mutation PendingCompaniesPage_RejectCompanyMutation($id: ID!, $reason: String!) {
    rejectCompany(id: $id, reason: $reason) {
      company {
        id
        legalName
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

type PendingCompany = PendingCompaniesPage_PendingCompaniesQueryQuery['companies']['edges'][number]['node'];

const pendingKey = ['companies', 'PENDING'] as const;

export function PendingCompaniesPage() {
  const queryClient = useQueryClient();
  const { data, error, isPending, isFetching, refetch } = useQuery({
    queryKey: pendingKey,
    queryFn: () => client.request(PendingCompaniesQuery),
  });
  const [announcement, announce] = useAnnouncement();

  // After an action the company's card disappears: the focus goes to the message that says what happened.
  async function done(next: Announcement) {
    announce(next);
    await queryClient.invalidateQueries({ queryKey: ['companies'] });
  }

  const companies = data?.companies.edges.map((edge) => edge.node) ?? [];
  const total = data?.companies.totalCount ?? 0;

  return (
    <>
      <PageTitle>Aziende da verificare</PageTitle>
      <p className="sl-lead">
        Le aziende registrate nella rete aspettano che lo sportello controlli i loro dati. Verifica quelle in
        regola; rifiuta le altre spiegando il motivo, che l’azienda vedrà.
      </p>
      {announcement}
      {isPending ? (
        <Loading />
      ) : error ? (
        <LoadError error={error} retry={refetch} />
      ) : companies.length === 0 ? (
        <Notice kind="info" testId="no-pending">
          <p className="mb-0">Non ci sono aziende in attesa di verifica.</p>
        </Notice>
      ) : (
        <>
          <p data-testid="pending-count">
            {total === 1 ? 'Un’azienda in attesa di verifica.' : `${total} aziende in attesa di verifica.`}
            {total > companies.length ? ` Qui vedi le ${companies.length} più recenti.` : ''}
            {isFetching ? <span className="visually-hidden"> Aggiornamento in corso.</span> : null}
          </p>
          <ul className="sl-company-list" aria-label="Aziende in attesa di verifica">
            {companies.map((company) => (
              <li key={company.id}>
                <CompanyCard company={company} onDone={done} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function CompanyCard({
  company,
  onDone,
}: {
  company: PendingCompany;
  onDone: (a: Announcement) => Promise<void>;
}) {
  const headingId = `company-${company.id}`;
  return (
    <article className="card sl-company" aria-labelledby={headingId} data-testid="pending-company">
      <div className="card-body">
        <h2 id={headingId} className="h4 sl-company-name">
          {company.legalName}
        </h2>
        <dl className="sl-details sl-details--compact">
          <dt>Partita IVA</dt>
          <dd>{company.partitaIva}</dd>
          {company.codiceFiscale !== company.partitaIva ? (
            <>
              <dt>Codice fiscale</dt>
              <dd>{company.codiceFiscale}</dd>
            </>
          ) : null}
          <dt>Comune della sede</dt>
          <dd>
            {company.comune.name} ({company.comune.provinceCode})
          </dd>
          <dt>Email</dt>
          <dd className="text-break">{company.email}</dd>
          <dt>Registrata il</dt>
          <dd>{formatDate(company.createdAt)}</dd>
        </dl>
        <ReviewActions
          id={company.id}
          subject={company.legalName}
          approveLabel="Verifica"
          reasonHint="L’azienda lo vedrà: scrivi con parole semplici cosa non va e cosa può fare (almeno 5 caratteri)."
          approve={async () =>
            (await client.request(VerifyCompanyMutation, { id: company.id })).verifyCompany.userErrors
          }
          reject={async (reason) =>
            (await client.request(RejectCompanyMutation, { id: company.id, reason })).rejectCompany.userErrors
          }
          onApproved={() =>
            onDone({ kind: 'success', text: `L’azienda «${company.legalName}» è stata verificata.` })
          }
          onRejected={() =>
            onDone({ kind: 'success', text: `La registrazione di «${company.legalName}» è stata rifiutata.` })
          }
        />
      </div>
    </article>
  );
}
