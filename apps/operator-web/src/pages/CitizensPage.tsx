import { DataTable, PAGE_SIZE, PagedList, PageTitle, usePagedQuery } from '@sportello/ui';
import { Link } from 'react-router';
import { client } from '../client';
import { labels, yesNo } from '../format';
import { graphql } from '../gql';
import type { TargetGroup } from '../gql/graphql';

const CitizensQuery = graphql(`
  query CitizensPage_CitizensQuery($first: Int!, $after: String) {
    citizens(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          givenName
          familyName
          codiceFiscale
          age
          emailVerified
          targetGroups
          residenceComune {
            name
            provinceCode
          }
          inChargeAt {
            id
            name
          }
        }
      }
    }
  }
`);

export function TargetGroups({ groups }: { groups: readonly TargetGroup[] }) {
  if (groups.length === 0) return <>—</>;
  return (
    <span className="sl-tags">
      {groups.map((group) => (
        <span key={group} className="sl-tag">
          {labels.targetGroup[group]}
        </span>
      ))}
    </span>
  );
}

export function CitizensPage() {
  const query = usePagedQuery(['citizens'], async (after) => {
    const { citizens } = await client.request(CitizensQuery, { first: PAGE_SIZE, after });
    return citizens;
  });
  return (
    <>
      <PageTitle>Cittadini</PageTitle>
      <p className="sl-lead">
        I cittadini registrati nella rete. Apri una scheda per vedere il profilo, i consensi e il curriculum,
        o per prendere la persona in carico.
      </p>
      <p>
        <Link className="btn btn-primary" to="/cittadini/nuovo">
          Registra un cittadino allo sportello
        </Link>
      </p>
      <PagedList query={query} empty="Nessun cittadino registrato nella rete.">
        {(citizens) => (
          <DataTable
            caption="Cittadini della rete"
            testId="citizens-table"
            rows={citizens}
            rowKey={(citizen) => citizen.id}
            columns={[
              {
                header: 'Nome',
                cell: (c) => (
                  <Link to={`/cittadini/${c.id}`}>
                    {c.givenName} {c.familyName}
                  </Link>
                ),
              },
              { header: 'Codice fiscale', cell: (c) => <span className="sl-nowrap">{c.codiceFiscale}</span> },
              {
                header: 'Comune di residenza',
                cell: (c) => `${c.residenceComune.name} (${c.residenceComune.provinceCode})`,
              },
              { header: 'Età', cell: (c) => c.age },
              { header: 'Gruppi target', cell: (c) => <TargetGroups groups={c.targetGroups} /> },
              { header: 'In carico presso', cell: (c) => c.inChargeAt?.name ?? 'Nessuno sportello' },
              { header: 'Email verificata', cell: (c) => yesNo(c.emailVerified) },
            ]}
          />
        )}
      </PagedList>
    </>
  );
}
