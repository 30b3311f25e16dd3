import type { Actor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { notFound, UserErrors, userError } from '../../lib/errors.js';
import { payload } from '../../lib/payload.js';
import type { Services } from '../../services.js';
import { canManageApiClients, isUser } from '../identity/policy.js';

/** The network admin's active client of their network, or NOT_FOUND for anyone else. */
async function managedClient(actor: Actor, services: Services, apiClientId: string) {
  const networkId = networkOf(actor);
  if (!canManageApiClients(actor, networkId)) refuse(actor);
  const client = await services.trustedDocuments.activeClient(networkId, apiClientId);
  if (!client) throw notFound();
  return client;
}

export const trustedDocumentResolvers: Resolvers = {
  Mutation: {
    registerApiClientOperations: async (_, { apiClientId, documents }, { actor, services }, info) => {
      const client = await managedClient(actor, services, apiClientId);
      if (!isUser(actor)) refuse(actor);
      return payload(async () => ({
        operations: await services.trustedDocuments.register(info.schema, client, documents, actor.userId),
      }));
    },
    removeApiClientOperation: async (_, { apiClientId, hash }, { actor, services }) => {
      const client = await managedClient(actor, services, apiClientId);
      return payload(async () => {
        if (!(await services.trustedDocuments.remove(client, hash))) {
          throw new UserErrors([
            userError('hash', 'NOT_REGISTERED', 'Questa operazione non è registrata per il client.'),
          ]);
        }
        return { apiClient: client };
      });
    },
    setApiClientPersistedOnly: async (_, { apiClientId, persistedOnly }, { actor, services }) => {
      const client = await managedClient(actor, services, apiClientId);
      return payload(async () => ({
        apiClient: await services.trustedDocuments.setPersistedOnly(client, persistedOnly),
      }));
    },
  },
  ApiClient: {
    operations: (client, _, { services }) => services.trustedDocuments.operationsOf(client.id),
  },
};
