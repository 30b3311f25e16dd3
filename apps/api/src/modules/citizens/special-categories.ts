import { citizenSpecialCategories, type Db, type Tx } from '@sportello/db';
import { and, eq } from 'drizzle-orm';
import { badInput, UserErrors, userError } from '../../lib/errors.js';
import { requiredText } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import { type Scope, within } from '../matching/source.js';

export type SpecialCategories = typeof citizenSpecialCategories.$inferSelect;

export interface SpecialCategoriesInput {
  law68Disability: boolean;
  disabilityCategory?: SpecialCategories['disabilityCategory'];
  economicHardship: boolean;
}

export interface Access {
  citizen: { userId: string; networkId: string };
  actorUserId: string;
}

/**
 * Whether the citizen is on the law 68/1999 lists: an eligibility check the system makes for
 * reserved opportunities, audited like any other read, that answers yes or no and nothing more.
 */
export async function isOnLaw68Lists(
  tx: Db | Tx,
  { citizen, actorUserId }: Access,
  reason: string,
): Promise<boolean> {
  const [row] = await tx
    .select({ eligible: citizenSpecialCategories.law68Disability })
    .from(citizenSpecialCategories)
    .where(eq(citizenSpecialCategories.citizenId, citizen.userId));
  await recordAudit(tx, {
    networkId: citizen.networkId,
    actorUserId,
    action: 'special_categories.eligibility_check',
    subjectType: 'citizen',
    subjectId: citizen.userId,
    reason,
  });
  return row?.eligible === true;
}

/**
 * The two special-category facts that put a person in a target group (law 68/1999 lists, economic
 * hardship): read for an outcome at hire or an eligibility check, audited like any other read.
 */
export async function readFragility(
  tx: Db | Tx,
  { citizen, actorUserId }: Access,
  audit: { action: string; reason: string },
): Promise<{ law68Disability: boolean; economicHardship: boolean }> {
  const [row] = await tx
    .select({
      law68Disability: citizenSpecialCategories.law68Disability,
      economicHardship: citizenSpecialCategories.economicHardship,
    })
    .from(citizenSpecialCategories)
    .where(eq(citizenSpecialCategories.citizenId, citizen.userId));
  await recordAudit(tx, {
    networkId: citizen.networkId,
    actorUserId,
    action: audit.action,
    subjectType: 'citizen',
    subjectId: citizen.userId,
    reason: audit.reason,
  });
  return { law68Disability: row?.law68Disability === true, economicHardship: row?.economicHardship === true };
}

/** Every read and write is audited in the same transaction as the data it concerns. */
export function createSpecialCategoryService(db: Db) {
  return {
    async read({ citizen, actorUserId }: Access, reason: string): Promise<SpecialCategories | null> {
      if (requiredText('reason', reason, 5, 300).length) {
        throw badInput(
          'Indica il motivo della consultazione (tra 5 e 300 caratteri): resta nel registro degli accessi.',
        );
      }
      return db.transaction(async (tx) => {
        const [row] = await tx
          .select()
          .from(citizenSpecialCategories)
          .where(eq(citizenSpecialCategories.citizenId, citizen.userId));
        await recordAudit(tx, {
          networkId: citizen.networkId,
          actorUserId,
          action: 'special_categories.read',
          subjectType: 'citizen',
          subjectId: citizen.userId,
          reason: reason.trim(),
        });
        return row ?? null;
      });
    },

    /**
     * Which of these citizens are on the lists of law 68/1999: the one special-category fact the
     * matching index holds, used only to show reserved vacancies to the people they are for.
     */
    async law68Eligible(scope: Scope): Promise<Set<string>> {
      const rows = await db
        .select({ citizenId: citizenSpecialCategories.citizenId })
        .from(citizenSpecialCategories)
        .where(
          and(
            within(citizenSpecialCategories.citizenId, scope),
            eq(citizenSpecialCategories.law68Disability, true),
          ),
        );
      return new Set(rows.map((r) => r.citizenId));
    },

    async declare(
      { citizen, actorUserId }: Access,
      input: SpecialCategoriesInput,
    ): Promise<SpecialCategories> {
      if (input.disabilityCategory && !input.law68Disability) {
        throw new UserErrors([
          userError(
            'disabilityCategory',
            'INCONSISTENT',
            "La categoria di disabilità si indica solo per l'iscrizione al collocamento mirato (legge 68/1999).",
          ),
        ]);
      }
      if (input.law68Disability && !input.disabilityCategory) {
        throw new UserErrors([
          userError('disabilityCategory', 'REQUIRED', 'Indica la categoria prevista dalla legge 68/1999.'),
        ]);
      }
      const values = {
        law68Disability: input.law68Disability,
        disabilityCategory: input.disabilityCategory ?? null,
        economicHardship: input.economicHardship,
        declaredBy: actorUserId,
        updatedAt: new Date(),
      };
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(citizenSpecialCategories)
          .values({ citizenId: citizen.userId, networkId: citizen.networkId, ...values })
          .onConflictDoUpdate({ target: citizenSpecialCategories.citizenId, set: values })
          .returning();
        await recordAudit(tx, {
          networkId: citizen.networkId,
          actorUserId,
          action: 'special_categories.declare',
          subjectType: 'citizen',
          subjectId: citizen.userId,
        });
        return row!;
      });
    },
  };
}

export type SpecialCategoryService = ReturnType<typeof createSpecialCategoryService>;
