import {
  ErrorSummary,
  type FormErrors,
  formatDate,
  it,
  Loading,
  mapUserErrors,
  Notice,
  noErrors,
  PageTitle,
  TextAreaField,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { client } from '../client';
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

interface Announcement {
  kind: 'success' | 'danger';
  text: string;
}

export function PendingCompaniesPage() {
  const queryClient = useQueryClient();
  const { data, error, isPending, isFetching, refetch } = useQuery({
    queryKey: pendingKey,
    queryFn: () => client.request(PendingCompaniesQuery),
  });
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const announcementRef = useRef<HTMLDivElement>(null);

  // After an action the company's card disappears: the focus goes to the message that says what happened.
  useEffect(() => {
    if (announcement) announcementRef.current?.focus();
  }, [announcement]);

  async function done(next: Announcement) {
    setAnnouncement(next);
    await queryClient.invalidateQueries({ queryKey: pendingKey });
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
      <div aria-live="polite" aria-atomic="true">
        {announcement ? (
          <div
            ref={announcementRef}
            tabIndex={-1}
            className={`alert alert-${announcement.kind} sl-notice`}
            data-testid="action-result"
          >
            <p className="mb-0">{announcement.text}</p>
          </div>
        ) : null}
      </div>
      {isPending ? (
        <Loading />
      ) : error ? (
        <Notice kind="danger" live="assertive">
          <p>{error.message}</p>
          <button type="button" className="btn btn-primary" onClick={() => refetch()}>
            {it.common.retry}
          </button>
        </Notice>
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
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors<'reason'>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const reasonId = `reason-${company.id}`;
  const headingId = `company-${company.id}`;

  useEffect(() => {
    if (rejecting) document.getElementById(reasonId)?.focus();
  }, [rejecting, reasonId]);

  function fail(next: FormErrors<'reason'>) {
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  async function verify() {
    if (pending) return;
    setPending(true);
    try {
      const { verifyCompany } = await client.request(VerifyCompanyMutation, { id: company.id });
      if (verifyCompany.company && verifyCompany.userErrors.length === 0) {
        await onDone({ kind: 'success', text: `L’azienda «${company.legalName}» è stata verificata.` });
        return;
      }
      fail(mapUserErrors(verifyCompany.userErrors, []));
    } catch (error) {
      fail({ fields: {}, form: [error instanceof Error ? error.message : it.errors.server] });
    } finally {
      setPending(false);
    }
  }

  async function reject(event: FormEvent) {
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
    setPending(true);
    try {
      const { rejectCompany } = await client.request(RejectCompanyMutation, { id: company.id, reason: text });
      if (rejectCompany.company && rejectCompany.userErrors.length === 0) {
        await onDone({
          kind: 'success',
          text: `La registrazione di «${company.legalName}» è stata rifiutata.`,
        });
        return;
      }
      fail(mapUserErrors(rejectCompany.userErrors, ['reason'] as const));
    } catch (error) {
      fail({ fields: {}, form: [error instanceof Error ? error.message : it.errors.server] });
    } finally {
      setPending(false);
    }
  }

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
        {!rejecting ? (
          <ErrorSummary errors={errors} labels={{}} focusKey={submits} title="Operazione non riuscita" />
        ) : null}
        {rejecting ? (
          <form className="sl-reject-form" noValidate onSubmit={reject}>
            <ErrorSummary
              errors={errors}
              labels={{ reason: 'Motivo del rifiuto' }}
              ids={{ reason: reasonId }}
              focusKey={submits}
            />
            <TextAreaField
              id={reasonId}
              label="Motivo del rifiuto"
              hint="L’azienda lo vedrà: scrivi con parole semplici cosa non va e cosa può fare (almeno 5 caratteri)."
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
        ) : (
          <div className="sl-card-actions">
            <Button type="button" color="success" onClick={verify} aria-disabled={pending || undefined}>
              {pending ? it.common.sending : 'Verifica'}
              <span className="visually-hidden"> {company.legalName}</span>
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
              Rifiuta<span className="visually-hidden"> {company.legalName}</span>
            </Button>
          </div>
        )}
      </div>
    </article>
  );
}
