import type { RequestContext } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { notFound } from '../../lib/errors.js';
import { parsePageArgs } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import {
  canReadAllOrientationRecords,
  canReadOrientationConstraints,
  canReadOwnOrientationRecords,
  canRecordOrientation,
  canSeeSkillsGap,
} from './policy.js';

/** The citizen of the caller's network and the sportello that has them in charge. */
async function citizenInCharge(citizenId: string, { actor, services }: RequestContext) {
  const networkId = networkOf(actor);
  const citizen = await services.citizens.byId(networkId, citizenId);
  if (!citizen) throw notFound();
  const open = await services.casework.openAssignments([citizen.userId]);
  return { citizen, inChargeAt: open.get(citizen.userId)?.sportelloId ?? null };
}

export const orientationResolvers: Resolvers = {
  Query: {
    skillsGap: async (_, { citizenId, occupationUri }, { actor, services }) => {
      const networkId = networkOf(actor);
      const id = citizenId ?? (actor.kind === 'CITIZEN' ? actor.userId : null);
      if (!id) refuse(actor);
      const citizen = await services.citizens.byId(networkId, id);
      if (!citizen || !canSeeSkillsGap(actor, citizen)) throw notFound();
      return services.orientation.gap(citizen, occupationUri);
    },
    orientationRecords: async (_, { citizenId }, ctx) => {
      const { actor, services } = ctx;
      networkOf(actor);
      if (actor.kind !== 'CITIZEN' && actor.kind !== 'OPERATOR') refuse(actor);
      const id = citizenId ?? (actor.kind === 'CITIZEN' ? actor.userId : null);
      if (!id) refuse(actor);
      const { citizen, inChargeAt } = await citizenInCharge(id, ctx);
      const view = { constraintsVisible: canReadOrientationConstraints(actor, citizen, inChargeAt) };
      if (canReadAllOrientationRecords(actor, citizen, inChargeAt))
        return (await services.orientationRecords.listForCitizen(citizen.userId)).map((r) => ({
          ...r,
          ...view,
        }));
      if (!canReadOwnOrientationRecords(actor, citizen)) throw notFound();
      const own = await services.orientationRecords.listForCitizen(citizen.userId, actor.userId);
      await services.orientationRecords.auditReads(own, actor);
      return own.map((r) => ({ ...r, ...view }));
    },
  },
  Mutation: {
    recordOrientation: async (_, { input, idempotencyKey }, ctx) => {
      const { actor, services } = ctx;
      networkOf(actor);
      if (actor.kind !== 'OPERATOR') refuse(actor);
      const { citizen, inChargeAt } = await citizenInCharge(input.citizenId, ctx);
      if (!canRecordOrientation(actor, citizen, inChargeAt)) refuse(actor);
      return payload(async () => ({
        record: {
          ...(await services.orientationRecords.record(
            { userId: actor.userId, sportelloId: actor.sportelloId! },
            citizen,
            input,
            idempotencyKey,
          )),
          constraintsVisible: true,
        },
      }));
    },
  },
  SkillsGap: {
    vacancies: (gap, args, { services }) => services.orientation.vacancies(gap, parsePageArgs(args, 10)),
  },
  OrientationRecord: {
    constraints: (record) =>
      record.constraintsVisible
        ? {
            hoursPerWeek: record.hoursPerWeek,
            transport: record.transport,
            careDuties: record.careDuties,
            careDutiesNote: record.careDutiesNote,
          }
        : null,
  },
};
