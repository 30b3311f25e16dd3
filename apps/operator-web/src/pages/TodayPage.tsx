import {
  DataTable,
  formatDate,
  LoadError,
  Loading,
  PageTitle,
  pattoActionAssigneeLabels,
  pattoActionKindLabels,
} from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';

const TodayQuery = graphql(`
  query TodayPage_TodayQuery {
    companyServices {
      company {
        id
        legalName
      }
      followUpsDue
      followUpsOverdue
    }
    caseworkToday {
      actionsDue {
        id
        kind
        description
        dueOn
        assignee
        overdue
        case {
          id
          citizen {
            id
            givenName
            familyName
          }
        }
      }
      pattiAwaitingAcceptance {
        id
        citizen {
          id
          givenName
          familyName
        }
        patto {
          id
          version
          createdAt
        }
      }
    }
  }
`);

/**
 * "Da fare oggi": the actions of the patti due today or late, the patti still to accept, and the
 * companies with follow-ups due.
 */
export function TodayPage() {
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['casework-today'],
    queryFn: () => client.request(TodayQuery),
    // The day's work list is read afresh whenever it is opened: what fell due or was done since
    // the last visit (a colleague's work, the day changing) shows at once.
    refetchOnMount: 'always',
  });
  if (isPending)
    return (
      <>
        <PageTitle>Da fare oggi</PageTitle>
        <Loading />
      </>
    );
  if (error)
    return (
      <>
        <PageTitle>Da fare oggi</PageTitle>
        <LoadError error={error} retry={refetch} />
      </>
    );
  const { actionsDue, pattiAwaitingAcceptance } = data.caseworkToday;
  const companiesDue = data.companyServices.filter((r) => r.followUpsDue > 0);
  const person = (c: { citizen: { id: string; givenName: string; familyName: string } }) => (
    <Link to={`/cittadini/${c.citizen.id}`}>{`${c.citizen.givenName} ${c.citizen.familyName}`}</Link>
  );
  return (
    <>
      <PageTitle>Da fare oggi</PageTitle>
      <section className="sl-section" aria-labelledby="actions-due">
        <h2 id="actions-due">Azioni del patto in scadenza o scadute</h2>
        {actionsDue.length === 0 ? (
          <p>Nessuna azione in scadenza oggi.</p>
        ) : (
          <DataTable
            caption="Azioni da fare oggi o già scadute, dalla più vecchia"
            testId="actions-due"
            rows={actionsDue}
            rowKey={(a) => a.id}
            columns={[
              { header: 'Persona', cell: (a) => person(a.case) },
              { header: 'Azione', cell: (a) => `${pattoActionKindLabels[a.kind]}: ${a.description}` },
              { header: 'Chi la fa', cell: (a) => pattoActionAssigneeLabels[a.assignee] },
              {
                header: 'Entro il',
                cell: (a) => (a.overdue ? <strong>{`${formatDate(a.dueOn!)} (scaduta)`}</strong> : 'Oggi'),
              },
            ]}
          />
        )}
      </section>
      <section className="sl-section" aria-labelledby="patti-awaiting">
        <h2 id="patti-awaiting">Patti da far accettare</h2>
        {pattiAwaitingAcceptance.length === 0 ? (
          <p>Tutti i patti sono stati accettati.</p>
        ) : (
          <DataTable
            caption="Patti che la persona non ha ancora accettato"
            testId="patti-awaiting"
            rows={pattiAwaitingAcceptance}
            rowKey={(c) => c.id}
            columns={[
              { header: 'Persona', cell: person },
              {
                header: 'Versione',
                cell: (c) => (c.patto ? `${c.patto.version}, del ${formatDate(c.patto.createdAt)}` : ''),
              },
            ]}
          />
        )}
      </section>
      <section className="sl-section" aria-labelledby="company-follow-ups">
        <h2 id="company-follow-ups">Scadenze con le aziende</h2>
        {companiesDue.length === 0 ? (
          <p>Nessuna scadenza con le aziende per oggi.</p>
        ) : (
          <DataTable
            caption="Aziende con scadenze per oggi o già scadute"
            testId="company-follow-ups"
            rows={companiesDue}
            rowKey={(r) => r.company.id}
            columns={[
              {
                header: 'Azienda',
                cell: (r) => <Link to={`/aziende/${r.company.id}/servizi`}>{r.company.legalName}</Link>,
              },
              {
                header: 'Scadenze',
                cell: (r) =>
                  r.followUpsOverdue ? (
                    <strong>{`${r.followUpsDue} da fare, ${r.followUpsOverdue} scadute`}</strong>
                  ) : (
                    `${r.followUpsDue} per oggi`
                  ),
              },
            ]}
          />
        )}
      </section>
    </>
  );
}
