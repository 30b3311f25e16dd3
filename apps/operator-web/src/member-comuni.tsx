import { useQuery } from '@tanstack/react-query';
import { client } from './client';
import { graphql } from './gql';

const MemberComuniQuery = graphql(`
  query MemberComuni_Query {
    me {
      id
      network {
        memberComuni {
          istatCode
          name
        }
      }
    }
  }
`);

/** The member comuni of the operator's network: where modules and sessions are held. */
export function useMemberComuni() {
  const query = useQuery({
    queryKey: ['network', 'memberComuni'],
    queryFn: () => client.request(MemberComuniQuery),
  });
  return { ...query, comuni: query.data?.me?.network?.memberComuni ?? [] };
}
