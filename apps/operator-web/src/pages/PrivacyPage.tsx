import { PrivacyView } from '@sportello/ui';
import { client } from '../client';
import { graphql } from '../gql';

const NetworksQuery = graphql(`
  query PrivacyPage_NetworksQuery {
    networks {
      id
      name
      privacyController
      dpoEmail
    }
  }
`);

export function PrivacyPage() {
  return <PrivacyView loadNetworks={async () => (await client.request(NetworksQuery)).networks} />;
}
