import { createHash } from 'node:crypto';
import { type Db, idempotencyKeys, type Tx } from '@sportello/db';
import { and, eq } from 'drizzle-orm';
import { stringify } from 'safe-stable-stringify';
import { UserErrors, userError } from './errors.js';
import { violatedConstraint } from './validation.js';

const REUSED = userError(
  'idempotencyKey',
  'IDEMPOTENCY_KEY_REUSED',
  'Questa chiave è già stata usata per una richiesta diversa.',
);

export interface IdempotencyScope {
  actorId: string;
  key: string | null | undefined;
  operation: string;
  request: unknown;
}

/**
 * Runs a create once per (actor, key): a retry with the same key and the same request returns the
 * id of what the first call made; the same key with another request is refused. Without a key the
 * create simply runs.
 */
export async function createOnce(
  db: Db,
  scope: IdempotencyScope,
  create: (tx: Tx) => Promise<string>,
): Promise<{ id: string; replayed: boolean }> {
  if (!scope.key) return { id: await db.transaction(create), replayed: false };
  if (scope.key.length > 200)
    throw new UserErrors([userError('idempotencyKey', 'TOO_LONG', 'Chiave troppo lunga.')]);
  const requestHash = createHash('sha256')
    .update(stringify(scope.request) ?? '')
    .digest('hex');
  const previous = async () => {
    const [row] = await db
      .select()
      .from(idempotencyKeys)
      .where(and(eq(idempotencyKeys.actorId, scope.actorId), eq(idempotencyKeys.key, scope.key!)));
    if (!row) return null;
    if (row.requestHash !== requestHash || row.operation !== scope.operation) throw new UserErrors([REUSED]);
    return { id: row.resultId, replayed: true };
  };
  const earlier = await previous();
  if (earlier) return earlier;
  try {
    const id = await db.transaction(async (tx) => {
      const created = await create(tx);
      await tx.insert(idempotencyKeys).values({
        actorId: scope.actorId,
        key: scope.key!,
        operation: scope.operation,
        requestHash,
        resultId: created,
      });
      return created;
    });
    return { id, replayed: false };
  } catch (error) {
    // A concurrent call with the same key committed first: answer with its result.
    if (violatedConstraint(error) === null) throw error;
    const winner = await previous();
    if (!winner) throw error;
    return winner;
  }
}
