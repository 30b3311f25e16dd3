import { createHash } from 'node:crypto';
import { apiClientOperations, apiClients, type Db } from '@sportello/db';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { type GraphQLSchema, Kind, parse, specifiedRules, validate } from 'graphql';
import type { Actor } from '../../context.js';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import { isUuid } from '../../lib/validation.js';

export type RegisteredOperation = typeof apiClientOperations.$inferSelect;

/** The hash a document is registered and sent under, written as the portals' hashes are. */
export const documentHash = (document: string) =>
  `sha256:${createHash('sha256').update(document, 'utf8').digest('hex')}`;

const MAX_DOCUMENTS = 50;
const MAX_DOCUMENT_CHARS = 20_000;
/** Registered texts kept in memory by hash; a text never changes under its hash. */
const CACHED_DOCUMENTS = 1000;

/** One operation as a GraphQL request sends it (the body, one item of a batch, or the query string). */
export interface SentOperation {
  persisted?: unknown;
  query?: unknown;
}

/** The hash an operation was sent by, or null when it came as text. */
const sentHash = (operation: SentOperation): string | null =>
  operation.persisted === true && typeof operation.query === 'string' ? operation.query : null;

export const TRUSTED_ONLY_MESSAGE =
  'Sono ammesse solo le operazioni registrate, inviate con il loro hash ("persisted": true).';

export function createTrustedDocumentsService(db: Db) {
  const cached = new Map<string, string>();

  /** A persisted-only client may send only hashes registered for it; any other client, anything. */
  async function clientRefusal(clientId: string, hashes: readonly (string | null)[]): Promise<string | null> {
    const [client] = await db
      .select({ persistedOnly: apiClients.persistedOnly })
      .from(apiClients)
      .where(eq(apiClients.id, clientId));
    if (!client?.persistedOnly) return null;
    if (hashes.includes(null)) return TRUSTED_ONLY_MESSAGE;
    const wanted = [...new Set(hashes as string[])];
    const registered = await db
      .select({ hash: apiClientOperations.hash })
      .from(apiClientOperations)
      .where(and(eq(apiClientOperations.apiClientId, clientId), inArray(apiClientOperations.hash, wanted)));
    return registered.length === wanted.length ? null : TRUSTED_ONLY_MESSAGE;
  }

  async function activeClient(networkId: string, apiClientId: string) {
    if (!isUuid(apiClientId)) return undefined;
    const [client] = await db
      .select()
      .from(apiClients)
      .where(
        and(
          eq(apiClients.id, apiClientId),
          eq(apiClients.networkId, networkId),
          isNull(apiClients.revokedAt),
        ),
      );
    return client;
  }

  function checked(schema: GraphQLSchema, documents: readonly string[]) {
    const errors: UserError[] = [];
    if (documents.length === 0 || documents.length > MAX_DOCUMENTS) {
      errors.push(userError('documents', 'COUNT', `Registra da 1 a ${MAX_DOCUMENTS} operazioni alla volta.`));
    }
    const parsed = documents.map((text, index) => {
      const field = `documents.${index}`;
      if (text.length > MAX_DOCUMENT_CHARS) {
        errors.push(userError(field, 'TOO_LONG', `L’operazione supera ${MAX_DOCUMENT_CHARS} caratteri.`));
        return null;
      }
      try {
        const document = parse(text);
        const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
        const invalid = validate(schema, document, specifiedRules);
        if (operations.length !== 1 || !operations[0]!.name) {
          errors.push(
            userError(
              field,
              'ONE_NAMED_OPERATION',
              'Ogni testo deve contenere una sola operazione, con un nome.',
            ),
          );
        } else if (invalid.length) {
          errors.push(userError(field, 'INVALID', `Operazione non valida: ${invalid[0]!.message}`));
        } else {
          return { document: text, operationName: operations[0]!.name.value, hash: documentHash(text) };
        }
      } catch (error) {
        errors.push(userError(field, 'SYNTAX', `Testo GraphQL non leggibile: ${(error as Error).message}`));
      }
      return null;
    });
    if (errors.length) throw new UserErrors(errors);
    return parsed.filter((operation) => operation !== null);
  }

  return {
    activeClient,

    operationsOf: (apiClientId: string) =>
      db
        .select()
        .from(apiClientOperations)
        .where(eq(apiClientOperations.apiClientId, apiClientId))
        .orderBy(asc(apiClientOperations.createdAt), asc(apiClientOperations.hash)),

    /** Registers the documents (all or none); a text registered before keeps its row. */
    async register(
      schema: GraphQLSchema,
      client: { id: string },
      documents: readonly string[],
      registeredBy: string,
    ): Promise<RegisteredOperation[]> {
      const operations = checked(schema, documents);
      await db
        .insert(apiClientOperations)
        .values(operations.map((operation) => ({ ...operation, apiClientId: client.id, registeredBy })))
        .onConflictDoNothing();
      return db
        .select()
        .from(apiClientOperations)
        .where(
          and(
            eq(apiClientOperations.apiClientId, client.id),
            inArray(
              apiClientOperations.hash,
              operations.map((operation) => operation.hash),
            ),
          ),
        )
        .orderBy(asc(apiClientOperations.createdAt), asc(apiClientOperations.hash));
    },

    async remove(client: { id: string }, hash: string): Promise<boolean> {
      const removed = await db
        .delete(apiClientOperations)
        .where(and(eq(apiClientOperations.apiClientId, client.id), eq(apiClientOperations.hash, hash)))
        .returning({ hash: apiClientOperations.hash });
      return removed.length > 0;
    },

    async setPersistedOnly(client: { id: string }, persistedOnly: boolean) {
      const [updated] = await db
        .update(apiClients)
        .set({ persistedOnly })
        .where(eq(apiClients.id, client.id))
        .returning();
      return updated!;
    },

    /** The text of a registered operation, for the persisted-query lookup. */
    async documentByHash(hash: string): Promise<string | undefined> {
      const known = cached.get(hash);
      if (known !== undefined) return known;
      const [row] = await db
        .select({ document: apiClientOperations.document })
        .from(apiClientOperations)
        .where(eq(apiClientOperations.hash, hash))
        .limit(1);
      if (!row) return undefined;
      if (cached.size >= CACHED_DOCUMENTS) cached.delete(cached.keys().next().value!);
      cached.set(hash, row.document);
      return row.document;
    },

    /**
     * Why the request may not run, or null. A persisted-only API client sends only hashes of its own
     * registered operations; with `portals.trustedOnly`, everyone else sends only the portals' hashes.
     * Without either, no work is done: this runs before every GraphQL request.
     */
    async refusal(
      actor: Actor,
      operations: readonly SentOperation[],
      portals: { trustedOnly: boolean; hashes: ReadonlySet<string> },
    ): Promise<string | null> {
      if (actor.kind === 'API_CLIENT') return clientRefusal(actor.clientId, operations.map(sentHash));
      if (!portals.trustedOnly) return null;
      return operations.every((operation) => portals.hashes.has(sentHash(operation) ?? ''))
        ? null
        : TRUSTED_ONLY_MESSAGE;
    },

    /** A subscription arrives as text over WebSocket: a persisted-only client's must be registered. */
    subscriptionRefusal: (actor: Actor, source: string): Promise<string | null> =>
      actor.kind === 'API_CLIENT'
        ? clientRefusal(actor.clientId, [documentHash(source)])
        : Promise.resolve(null),
  };
}

export type TrustedDocumentsService = ReturnType<typeof createTrustedDocumentsService>;
