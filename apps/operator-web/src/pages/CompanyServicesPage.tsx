import { DataTable, formatDate, LoadError, Loading, PageTitle } from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';

const CompanyServicesQuery = graphql(`
  query CompanyServicesPage_Query {
    companyServices {
      company {
        id
        legalName
      }
      lastContactOn
      openNeeds
      followUpsDue
      followUpsOverdue
    }
  }
`);

/** "Servizi alle aziende": the companies served, those with follow-ups overdue first. */
export function CompanyServicesPage() {
  const query = useQuery({
    queryKey: ['companyServices'],
    queryFn: () => client.request(CompanyServicesQuery),
    refetchOnMount: 'always',
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} retry={query.refetch} />;
  const rows = query.data.companyServices;
  return (
    <>
      <PageTitle>Servizi alle aziende</PageTitle>
      <p className="sl-lead">
        Le aziende che lo sportello ha contattato o visitato, con i fabbisogni aperti e le scadenze. Per
        un’azienda nuova, aprila dalla pagina <Link to="/aziende">Aziende</Link> e scegli «Servizi».
      </p>
      {rows.length === 0 ? (
        <p>Nessun contatto con le aziende registrato finora.</p>
      ) : (
        <DataTable
          caption="Aziende seguite dallo sportello"
          testId="company-services-table"
          rows={rows}
          rowKey={(r) => r.company.id}
          columns={[
            {
              header: 'Azienda',
              cell: (r) => <Link to={`/aziende/${r.company.id}/servizi`}>{r.company.legalName}</Link>,
            },
            {
              header: 'Ultimo contatto',
              cell: (r) => (r.lastContactOn ? formatDate(r.lastContactOn) : 'Nessuno'),
            },
            { header: 'Fabbisogni aperti', cell: (r) => r.openNeeds },
            {
              header: 'Scadenze',
              cell: (r) =>
                r.followUpsOverdue ? (
                  <strong className="text-danger">{r.followUpsOverdue} in ritardo</strong>
                ) : r.followUpsDue ? (
                  `${r.followUpsDue} per oggi`
                ) : (
                  'Nessuna'
                ),
            },
          ]}
        />
      )}
    </>
  );
}
