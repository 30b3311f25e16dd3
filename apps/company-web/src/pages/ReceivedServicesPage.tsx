import {
  CompanyNeedSummary,
  companyContactChannelLabels,
  formatDate,
  LoadError,
  Loading,
  PageTitle,
} from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';

const ReceivedServicesQuery = graphql(`
  query ReceivedServicesPage_Query {
    myCompanyServices {
      services {
        id
        contactedOn
        channel
        summary
      }
      openNeeds {
        id
        headcount
        neededBy
        occupation {
          uri
          label
        }
        skills {
          uri
          label
        }
        vacancies {
          id
          title
        }
      }
    }
  }
`);

/** "Servizi ricevuti": the sportello's contacts with the company and its open needs, read only. */
export function ReceivedServicesPage() {
  const query = useQuery({
    queryKey: ['myCompanyServices'],
    queryFn: () => client.request(ReceivedServicesQuery),
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} retry={query.refetch} />;
  const { services, openNeeds } = query.data.myCompanyServices;
  return (
    <>
      <PageTitle>Servizi ricevuti</PageTitle>
      <p className="sl-lead">
        Le visite, le telefonate e gli incontri con lo sportello lavoro, e le persone che cercate secondo
        quanto vi siete detti. Per cambiare qualcosa, parlane con lo sportello.
      </p>
      <section className="sl-section" aria-labelledby="open-needs">
        <h2 id="open-needs">Persone che cercate</h2>
        {openNeeds.length === 0 ? (
          <p>Nessuna ricerca aperta con lo sportello.</p>
        ) : (
          <ul className="list-unstyled" data-testid="open-needs">
            {openNeeds.map((need) => (
              <li key={need.id} className="mb-3">
                <CompanyNeedSummary
                  need={need}
                  vacancyLink={(v) => <Link to={`/offerte/${v.id}`}>{v.title}</Link>}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="sl-section" aria-labelledby="services">
        <h2 id="services">Contatti con lo sportello</h2>
        {services.length === 0 ? (
          <p>Nessun contatto registrato finora.</p>
        ) : (
          <ul className="list-unstyled" data-testid="services">
            {services.map((s) => (
              <li key={s.id} className="mb-3">
                <strong>
                  {formatDate(s.contactedOn)}, {companyContactChannelLabels[s.channel]}
                </strong>
                <div>{s.summary}</div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
