import { useQuery } from '@tanstack/react-query';
import { client } from './client';
import { graphql } from './gql';

const CitizenOptionsQuery = graphql(`
  query CitizenOptions_CitizensQuery($first: Int!) {
    citizens(first: $first) {
      totalCount
      edges {
        node {
          id
          givenName
          familyName
          codiceFiscale
        }
      }
    }
  }
`);

/** The most that the API returns in one page: the choice of a person lists at most these. */
const MAX_CITIZENS = 100;

/** The citizens of the network as options of a select: name and codice fiscale, sorted by surname. */
export function useCitizenOptions() {
  const query = useQuery({
    queryKey: ['citizens', 'options'],
    queryFn: () => client.request(CitizenOptionsQuery, { first: MAX_CITIZENS }),
  });
  const citizens = query.data?.citizens.edges.map((edge) => edge.node) ?? [];
  const options = [...citizens]
    .sort((a, b) => `${a.familyName} ${a.givenName}`.localeCompare(`${b.familyName} ${b.givenName}`, 'it'))
    .map((c) => ({
      value: c.id,
      label: `${c.givenName} ${c.familyName} – ${c.codiceFiscale}`,
      name: `${c.givenName} ${c.familyName}`,
    }));
  return { ...query, options, total: query.data?.citizens.totalCount ?? 0 };
}
