import type { RequestContext } from '../../context.js';
import { citizenLoader } from '../citizens/loaders.js';
import { operatorLoader, sportelloLoader } from '../network/loaders.js';
import { canReadDiaryEntry, canReadPatto, isCaseCitizen, isCaseOperator } from './policy.js';
import type { Case, DiaryEntry, PattoAction, PattoVersion, SportelloCaseCounts } from './service.js';

type Query<T> = { obj: T };

/** The cases of some rows, in one statement. */
async function casesOf(ids: readonly string[], { services }: RequestContext) {
  return new Map((await services.casework.casesByIds(ids)).map((c) => [c.id, c]));
}

/** Loads for the cases the actor may read with `allowed` only; the others get `none`. */
function caseField<R>(
  allowed: (ctx: RequestContext, c: Case) => boolean,
  load: (cases: Case[], ctx: RequestContext) => Promise<(c: Case) => R>,
  none: R,
) {
  return async (queries: Query<Case>[], ctx: RequestContext) => {
    const readable = queries.map((q) => q.obj).filter((c) => allowed(ctx, c));
    const pick = readable.length ? await load(readable, ctx) : () => none;
    return queries.map((q) => (allowed(ctx, q.obj) ? pick(q.obj) : none));
  };
}

const inCharge = ({ actor }: RequestContext, c: Case) => isCaseOperator(actor, c);

export const caseworkLoaders = {
  Case: {
    citizen: citizenLoader<Case>((c) => c.citizenId),
    sportello: sportelloLoader<Case>((c) => c.sportelloId),
    takenBy: operatorLoader<Case>((c) => c.takenBy),
    patto: caseField<PattoVersion | null>(
      ({ actor }, c) => canReadPatto(actor, c),
      async (cases, { services }) => {
        const ids = cases.map((c) => c.pattoVersionId).filter((id): id is string => id !== null);
        const found = new Map((await services.casework.versionsByIds(ids)).map((v) => [v.id, v]));
        return (c) => (c.pattoVersionId ? (found.get(c.pattoVersionId) ?? null) : null);
      },
      null,
    ),
    pattoVersions: caseField<PattoVersion[]>(
      ({ actor }, c) => canReadPatto(actor, c),
      async (cases, { services }) => {
        const found = await services.casework.versionsOf(cases.map((c) => c.id));
        return (c) => found.get(c.id) ?? [];
      },
      [],
    ),
    diary: caseField<DiaryEntry[]>(
      ({ actor }, c) => isCaseOperator(actor, c) || isCaseCitizen(actor, c),
      async (cases, { actor, services }) => {
        const found = await services.casework.diaryOf(
          cases.map((c) => c.id),
          actor.kind === 'CITIZEN',
        );
        return (c) => found.get(c.id) ?? [];
      },
      [],
    ),
    lastContactOn: caseField<string | null>(
      inCharge,
      async (cases, { services, today }) => {
        const facts = await services.casework.caseloadFacts(
          cases.map((c) => c.id),
          today,
        );
        return (c) => facts.get(c.id)?.lastContactOn ?? null;
      },
      null,
    ),
    overdueActionCount: caseField<number>(
      inCharge,
      async (cases, { services, today }) => {
        const facts = await services.casework.caseloadFacts(
          cases.map((c) => c.id),
          today,
        );
        return (c) => facts.get(c.id)?.overdueActions ?? 0;
      },
      0,
    ),
  },
  PattoVersion: {
    actions: async (queries: Query<PattoVersion>[], { services }: RequestContext) => {
      const found = await services.casework.actionsOf(queries.map((q) => q.obj.id));
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
    current: async (queries: Query<PattoVersion>[], ctx: RequestContext) => {
      const found = await casesOf(
        queries.map((q) => q.obj.caseId),
        ctx,
      );
      return queries.map((q) => found.get(q.obj.caseId)?.pattoVersionId === q.obj.id);
    },
    createdBy: operatorLoader<PattoVersion>((v) => v.createdBy),
    acceptanceRecordedBy: operatorLoader<PattoVersion>((v) => v.acceptanceRecordedBy),
  },
  PattoAction: {
    case: async (queries: Query<PattoAction>[], ctx: RequestContext) => {
      const found = await casesOf(
        queries.map((q) => q.obj.caseId),
        ctx,
      );
      return queries.map((q) => found.get(q.obj.caseId));
    },
  },
  DiaryEntry: {
    author: operatorLoader<DiaryEntry>((e) => e.authorId),
    corrects: async (queries: Query<DiaryEntry>[], ctx: RequestContext) => {
      const ids = queries.map((q) => q.obj.correctsId).filter((id): id is string => id !== null);
      const found = new Map((await ctx.services.casework.entriesByIds(ids)).map((e) => [e.id, e]));
      const owners = await casesOf(
        queries.map((q) => q.obj.caseId),
        ctx,
      );
      return queries.map((q) => {
        const corrected = q.obj.correctsId ? found.get(q.obj.correctsId) : undefined;
        const owner = owners.get(q.obj.caseId);
        return corrected && owner && canReadDiaryEntry(ctx.actor, owner, corrected) ? corrected : null;
      });
    },
    /** A citizen sees a shared note superseded only by a correction shared with them too. */
    supersededBy: async (queries: Query<DiaryEntry>[], ctx: RequestContext) => {
      const found = await ctx.services.casework.correctionsOf(queries.map((q) => q.obj.id));
      const owners = await casesOf(
        queries.map((q) => q.obj.caseId),
        ctx,
      );
      return queries.map((q) => {
        const correction = found.get(q.obj.id);
        const owner = owners.get(q.obj.caseId);
        return correction && owner && canReadDiaryEntry(ctx.actor, owner, correction) ? correction : null;
      });
    },
  },
  SportelloCaseCounts: { sportello: sportelloLoader<SportelloCaseCounts>((c) => c.sportelloId) },
};
