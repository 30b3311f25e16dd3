import { citizens, type Db, erasureRequests, type Tx, users } from '@sportello/db';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { notFound, UserErrors, userError } from '../../lib/errors.js';
import { rawRows } from '../../lib/raw-rows.js';
import { isUuid } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import type { RevocationList } from '../identity/revocations.js';
import { type ErasureOrigin, eraseCitizen } from './erasure.js';

export type ErasureRequestRow = typeof erasureRequests.$inferSelect & { citizenName: string };
export type ErasureStatus = ErasureRequestRow['status'];

/**
 * What keeps an erasure from running at once: the sportello must first close what is in progress,
 * so the request waits for an operator.
 */
async function openObligations(db: Db | Tx, citizenId: string): Promise<string[]> {
  const [row] = await rawRows<{ openCase: boolean; internship: boolean; placement: boolean }>(
    db,
    sql`
    select
      exists (select 1 from cases where citizen_id = ${citizenId} and closed_at is null) as "openCase",
      exists (select 1 from internships where citizen_id = ${citizenId}
              and status in ('PROPOSED', 'AGREEMENT_SIGNED', 'ACTIVE', 'SUSPENDED')) as "internship",
      exists (select 1 from placements where citizen_id = ${citizenId} and verified_at is null) as "placement"
  `,
  );
  return [
    row?.openCase && 'Lo sportello ti segue ancora (hai un percorso aperto).',
    row?.internship && 'Hai un tirocinio in corso o in preparazione.',
    row?.placement && 'Lo sportello deve ancora verificare un tuo nuovo lavoro.',
  ].filter((reason): reason is string => Boolean(reason));
}

const identityNotConfirmed = (before: string) =>
  new UserErrors([
    userError(
      'identityConfirmed',
      'IDENTITY_NOT_CONFIRMED',
      `${before} conferma di aver verificato che la richiesta viene proprio da questa persona.`,
    ),
  ]);

/**
 * Right to erasure (art. 17 GDPR). A citizen asks in the portal; with nothing in progress at the
 * sportello the erasure runs at once (the signed-in account proves who asks), otherwise it waits
 * for an operator or admin of the network, who confirms the person's identity and executes it.
 */
export function createErasureService(db: Db, deps: { revocations: RevocationList; publicUrl: string }) {
  const withName = (tx: Db | Tx) =>
    tx
      .select({
        request: erasureRequests,
        citizenName: sql<string>`${users.givenName} || ' ' || ${users.familyName}`,
      })
      .from(erasureRequests)
      .innerJoin(users, eq(users.id, erasureRequests.citizenId));
  const flatten = (r: { request: typeof erasureRequests.$inferSelect; citizenName: string }) => ({
    ...r.request,
    citizenName: r.citizenName,
  });

  /** Erases and closes the request (or records one for the retention job), in the caller's transaction. */
  async function complete(
    tx: Tx,
    citizen: { citizenId: string; networkId: string },
    origin: ErasureOrigin,
    executedBy: string | null,
  ) {
    await eraseCitizen(tx, deps, { ...citizen, origin, executedBy });
    const [closed] = await tx
      .update(erasureRequests)
      .set({ status: 'COMPLETED', completedAt: sql`now()`, completedBy: executedBy })
      .where(and(eq(erasureRequests.citizenId, citizen.citizenId), eq(erasureRequests.status, 'PENDING')))
      .returning();
    if (closed) return closed;
    const [recorded] = await tx
      .insert(erasureRequests)
      .values({ ...citizen, origin, status: 'COMPLETED', completedAt: sql`now()`, completedBy: executedBy })
      .returning();
    return recorded!;
  }

  return {
    complete,

    /** The citizen's request waiting for the sportello, and what would keep a new one waiting. */
    async ofCitizen(citizenId: string) {
      const [pending] = await withName(db).where(
        and(eq(erasureRequests.citizenId, citizenId), eq(erasureRequests.status, 'PENDING')),
      );
      return {
        request: pending ? flatten(pending) : null,
        obligations: await openObligations(db, citizenId),
      };
    },

    /** The citizen asks; returns the request, completed when nothing was in progress. */
    async request(citizen: { userId: string; networkId: string }, confirm: boolean) {
      if (!confirm)
        throw new UserErrors([
          userError(
            'confirm',
            'CONFIRMATION_REQUIRED',
            'Per continuare conferma di aver letto cosa viene cancellato.',
          ),
        ]);
      const ref = { citizenId: citizen.userId, networkId: citizen.networkId };
      return db.transaction(async (tx) => {
        await tx.select({ id: users.id }).from(users).where(eq(users.id, citizen.userId)).for('update');
        if ((await openObligations(tx, citizen.userId)).length === 0) {
          const done = await complete(tx, ref, 'CITIZEN', null);
          const [row] = await withName(tx).where(eq(erasureRequests.id, done.id));
          return { request: flatten(row!), erased: true };
        }
        const [created] = await tx
          .insert(erasureRequests)
          .values({ ...ref, origin: 'CITIZEN' })
          .onConflictDoNothing()
          .returning();
        if (created)
          await recordAudit(tx, {
            networkId: citizen.networkId,
            actorUserId: citizen.userId,
            action: 'privacy.erasure_requested',
            subjectType: 'citizen',
            subjectId: citizen.userId,
          });
        const [pending] = await withName(tx).where(
          and(eq(erasureRequests.citizenId, citizen.userId), eq(erasureRequests.status, 'PENDING')),
        );
        return { request: flatten(pending!), erased: false };
      });
    },

    /** Staff record the request of a citizen of their network who asks in person at the sportello. */
    async requestAtDesk(networkId: string, citizenId: string, staffId: string, identityConfirmed: boolean) {
      if (!isUuid(citizenId)) throw notFound();
      if (!identityConfirmed) throw identityNotConfirmed('Prima di registrarla');
      return db.transaction(async (tx) => {
        const [citizen] = await tx
          .select({ id: users.id })
          .from(users)
          .innerJoin(citizens, eq(citizens.userId, users.id))
          .where(and(eq(users.id, citizenId), eq(citizens.networkId, networkId), isNull(users.erasedAt)))
          .for('update', { of: users });
        if (!citizen) throw notFound();
        const [created] = await tx
          .insert(erasureRequests)
          .values({ citizenId, networkId, origin: 'DESK' })
          .onConflictDoNothing()
          .returning();
        if (created)
          await recordAudit(tx, {
            networkId,
            actorUserId: staffId,
            action: 'privacy.erasure_requested_at_desk',
            subjectType: 'citizen',
            subjectId: citizenId,
          });
        const [pending] = await withName(tx).where(
          and(eq(erasureRequests.citizenId, citizenId), eq(erasureRequests.status, 'PENDING')),
        );
        return { request: flatten(pending!), erased: false };
      });
    },

    async list(networkId: string, status: ErasureStatus | null | undefined) {
      const rows = await withName(db)
        .where(
          and(
            eq(erasureRequests.networkId, networkId),
            status ? eq(erasureRequests.status, status) : undefined,
          ),
        )
        .orderBy(desc(erasureRequests.requestedAt), desc(erasureRequests.id))
        .limit(200);
      return rows.map(flatten);
    },

    /** Staff execute a request of their network; a completed one is returned as it is. */
    async execute(networkId: string, requestId: string, executedBy: string, identityConfirmed: boolean) {
      if (!isUuid(requestId)) throw notFound();
      return db.transaction(async (tx) => {
        const [found] = await tx
          .select()
          .from(erasureRequests)
          .where(and(eq(erasureRequests.id, requestId), eq(erasureRequests.networkId, networkId)))
          .for('update');
        if (!found) throw notFound();
        if (found.status === 'PENDING') {
          if (!identityConfirmed) throw identityNotConfirmed('Prima di cancellare');
          await complete(tx, { citizenId: found.citizenId, networkId }, found.origin, executedBy);
        }
        const [row] = await withName(tx).where(eq(erasureRequests.id, requestId));
        return flatten(row!);
      });
    },
  };
}

export type ErasureService = ReturnType<typeof createErasureService>;
