import { companies, type Db, placements, type Tx } from '@sportello/db';
import { todayInItaly } from '@sportello/domain';
import { and, count, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import type { Page } from '../../lib/pagination.js';
import { isUuid, requiredText } from '../../lib/validation.js';
import type { Application } from '../applications/service.js';
import { recordAudit } from '../audit/service.js';
import type { Vacancy } from '../vacancies/service.js';
import { recordWebhookEvent } from '../webhooks/events.js';

export type Placement = typeof placements.$inferSelect;

function durationErrors(durationMonths: number | null | undefined): UserError[] {
  if (durationMonths == null) return [];
  return Number.isInteger(durationMonths) && durationMonths >= 1 && durationMonths <= 120
    ? []
    : [userError('durationMonths', 'OUT_OF_RANGE', 'La durata va da 1 a 120 mesi.')];
}

/**
 * A hire by a company of the platform, recorded in the caller's transaction: the employer is named
 * as the company is.
 */
async function insertCompanyHire(
  tx: Tx,
  values: Omit<typeof placements.$inferInsert, 'employerName' | 'durationMonths'> & {
    companyId: string;
    durationMonths?: number | null | undefined;
  },
): Promise<Placement> {
  const errors = durationErrors(values.durationMonths);
  if (errors.length) throw new UserErrors(errors);
  const [company] = await tx
    .select({ legalName: companies.legalName })
    .from(companies)
    .where(eq(companies.id, values.companyId));
  const [row] = await tx
    .insert(placements)
    .values({
      ...values,
      employerName: company?.legalName ?? '',
      durationMonths: values.durationMonths ?? null,
    })
    .returning();
  return row!;
}

export function createPlacementService(db: Db) {
  return {
    /** A hire on the platform becomes a placement in the same transaction as the hire. */
    fromApplication(
      tx: Tx,
      application: Application,
      vacancy: Vacancy,
      hire: { startsOn: string; durationMonths?: number | null },
      recordedBy: string,
    ): Promise<Placement> {
      return insertCompanyHire(tx, {
        networkId: application.networkId,
        citizenId: application.citizenId,
        source: 'APPLICATION',
        applicationId: application.id,
        companyId: vacancy.companyId,
        contractType: vacancy.contractType,
        startsOn: hire.startsOn,
        durationMonths: hire.durationMonths,
        recordedBy,
      });
    },

    /** A tirocinio that ends in a hire by the host company, in the same transaction as its completion. */
    fromInternship(
      tx: Tx,
      internship: { id: string; networkId: string; citizenId: string; companyId: string },
      hire: { contractType: Placement['contractType']; startsOn: string; durationMonths?: number | null },
      recordedBy: string,
    ): Promise<Placement> {
      return insertCompanyHire(tx, {
        networkId: internship.networkId,
        citizenId: internship.citizenId,
        source: 'INTERNSHIP',
        internshipId: internship.id,
        companyId: internship.companyId,
        contractType: hire.contractType,
        startsOn: hire.startsOn,
        durationMonths: hire.durationMonths,
        recordedBy,
      });
    },

    async byIds(ids: readonly string[]): Promise<Placement[]> {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(placements)
        .where(inArray(placements.id, [...ids]));
    },

    async byInternships(internshipIds: readonly string[]): Promise<Placement[]> {
      if (internshipIds.length === 0) return [];
      return db
        .select()
        .from(placements)
        .where(inArray(placements.internshipId, [...internshipIds]));
    },

    async recordExternal(
      networkId: string,
      operatorId: string,
      input: {
        citizenId: string;
        employerName: string;
        contractType: Placement['contractType'];
        startsOn: string;
        durationMonths?: number | null;
      },
    ): Promise<Placement> {
      const errors = [
        ...requiredText('employerName', input.employerName, 2, 200),
        ...durationErrors(input.durationMonths),
      ];
      if (input.startsOn > todayInItaly()) {
        errors.push(userError('startsOn', 'IN_THE_FUTURE', 'Si registra un inserimento già iniziato.'));
      }
      if (errors.length) throw new UserErrors(errors);
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(placements)
          .values({
            networkId,
            citizenId: input.citizenId,
            source: 'EXTERNAL',
            employerName: input.employerName.trim(),
            contractType: input.contractType,
            startsOn: input.startsOn,
            durationMonths: input.durationMonths ?? null,
            recordedBy: operatorId,
          })
          .returning();
        await recordAudit(tx, {
          networkId,
          actorUserId: operatorId,
          action: 'placement.record',
          subjectType: 'placement',
          subjectId: row!.id,
        });
        return row!;
      });
    },

    async byId(id: string): Promise<Placement | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await db.select().from(placements).where(eq(placements.id, id));
      return row;
    },

    /** `then` runs in the same transaction, so what follows from the verification exists exactly when it does. */
    async verify(
      placement: Placement,
      operatorId: string,
      then: (tx: Tx, verified: Placement) => Promise<void>,
    ): Promise<Placement> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(placements)
          .set({ verifiedBy: operatorId, verifiedAt: sql`now()` })
          .where(and(eq(placements.id, placement.id), isNull(placements.verifiedAt)))
          .returning();
        if (!row)
          throw new UserErrors([
            userError('id', 'ALREADY_VERIFIED', "L'inserimento è già stato verificato."),
          ]);
        await recordAudit(tx, {
          networkId: placement.networkId,
          actorUserId: operatorId,
          action: 'placement.verify',
          subjectType: 'placement',
          subjectId: placement.id,
        });
        await recordWebhookEvent(tx, placement.networkId, 'PLACEMENT_VERIFIED', {
          placementId: row.id,
          applicationId: row.applicationId,
          internshipId: row.internshipId,
          companyId: row.companyId,
        });
        await then(tx, row);
        return row;
      });
    },

    async list(networkId: string, verified: boolean | null | undefined, page: Page) {
      const where = and(
        eq(placements.networkId, networkId),
        verified == null
          ? undefined
          : verified
            ? isNotNull(placements.verifiedAt)
            : isNull(placements.verifiedAt),
      );
      const [rows, [total]] = await Promise.all([
        db
          .select()
          .from(placements)
          .where(where)
          .orderBy(desc(placements.startsOn), desc(placements.id))
          .limit(page.limit + 1)
          .offset(page.offset),
        db.select({ n: count() }).from(placements).where(where),
      ]);
      return { rows, total: total?.n ?? 0 };
    },
  };
}

export type PlacementService = ReturnType<typeof createPlacementService>;
