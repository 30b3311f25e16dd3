import { ageOn, targetGroups } from '@sportello/domain';
import type { Actor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { forbidden, notFound } from '../../lib/errors.js';
import { parsePageArgs, toConnection } from '../../lib/pagination.js';
import { payload } from '../../lib/payload.js';
import type { Services } from '../../services.js';
import {
  canAccessSpecialCategories,
  canEditCitizen,
  canListCitizens,
  canReadCitizen,
  canRegisterCitizenForOthers,
} from './policy.js';
import type { CitizenRecord } from './service.js';

/** The citizen a mutation is about: the given one (checked by `allowed`), or the caller. */
async function targetCitizen(
  actor: Actor,
  services: Services,
  citizenId: string | null | undefined,
  allowed: (citizen: CitizenRecord) => boolean | Promise<boolean>,
): Promise<CitizenRecord> {
  const networkId = networkOf(actor);
  const id = citizenId ?? (actor.kind === 'CITIZEN' ? actor.userId : null);
  if (!id) refuse(actor);
  const citizen = await services.citizens.byId(networkId, id);
  if (!citizen || !(await allowed(citizen))) throw notFound();
  return citizen;
}

async function inChargeAt(services: Services, citizenId: string): Promise<string | null> {
  return (await services.casework.openAssignments([citizenId])).get(citizenId)?.sportelloId ?? null;
}

const actorUserId = (actor: Actor) =>
  actor.kind === 'ANONYMOUS' || actor.kind === 'API_CLIENT' ? null : actor.userId;

export const citizenResolvers: Resolvers = {
  Query: {
    citizens: async (_, args, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canListCitizens(actor, networkId)) refuse(actor);
      const page = parsePageArgs(args);
      const { rows, total } = await services.citizens.list(networkId, page);
      return toConnection(rows, page, total);
    },
    citizen: async (_, { id }, { actor, services, planner }, info) => {
      const networkId = networkOf(actor);
      const citizen = await services.citizens.read(
        networkId,
        id,
        planner.object<CitizenRecord>(info, 'Citizen'),
      );
      if (!citizen || !canReadCitizen(actor, citizen)) throw notFound();
      return citizen;
    },
  },
  Mutation: {
    registerCitizen: (_, { input }, { services }) =>
      payload(async () => ({ citizen: await services.citizens.register(input) })),
    registerCitizenByOperator: (_, { input }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canRegisterCitizenForOthers(actor, networkId) || actor.kind !== 'OPERATOR') refuse(actor);
      return payload(async () => ({
        citizen: await services.citizens.registerByOperator(networkId, actor.userId, input),
      }));
    },
    updateCitizenProfile: async (_, { citizenId, input }, { actor, services }) => {
      const citizen = await targetCitizen(actor, services, citizenId, (c) => canEditCitizen(actor, c));
      const editorId = actorUserId(actor);
      if (!editorId) refuse(actor);
      return payload(async () => ({
        citizen: await services.citizens.updateProfile(citizen, input, editorId),
      }));
    },
    giveConsent: async (_, { purpose }, { actor, services }) => {
      if (actor.kind !== 'CITIZEN') refuse(actor);
      const citizen = await targetCitizen(actor, services, null, () => true);
      return payload(async () => ({ consent: await services.consents.give(citizen, purpose) }));
    },
    withdrawConsent: async (_, { purpose }, { actor, services }) => {
      if (actor.kind !== 'CITIZEN') refuse(actor);
      return payload(async () => ({ consent: await services.consents.withdraw(actor.userId, purpose) }));
    },
    declareSpecialCategories: async (_, { citizenId, input }, { actor, services }) => {
      const citizen = await targetCitizen(actor, services, citizenId, async (c) =>
        canAccessSpecialCategories(actor, c, await inChargeAt(services, c.userId)),
      );
      return payload(async () => ({
        specialCategories: await services.specialCategories.declare(
          { citizen, actorUserId: actorUserId(actor)! },
          input,
        ),
      }));
    },
  },
  Citizen: {
    id: (citizen) => citizen.userId,
    email: (citizen) => citizen.user.email,
    givenName: (citizen) => citizen.user.givenName,
    familyName: (citizen) => citizen.user.familyName,
    emailVerified: (citizen) => citizen.user.emailVerifiedAt !== null,
    accountActivated: (citizen) => citizen.user.passwordHash !== null,
    age: (citizen, _, { today }) => ageOn(citizen.birthDate, today),
    targetGroups: (citizen, _, { today }) => targetGroups(citizen, today),
    availability: (citizen) => ({
      fullTime: citizen.availableFullTime,
      partTime: citizen.availablePartTime,
      shifts: citizen.availableForShifts,
      mobilityRadiusKm: citizen.mobilityRadiusKm,
      hasOwnVehicle: citizen.hasOwnVehicle,
      drivingLicences: citizen.drivingLicences as never,
    }),
    specialCategories: async (citizen, { reason }, { actor, services }) => {
      const userId = actorUserId(actor);
      if (
        !userId ||
        !canAccessSpecialCategories(actor, citizen, await inChargeAt(services, citizen.userId))
      ) {
        throw forbidden();
      }
      return services.specialCategories.read({ citizen, actorUserId: userId }, reason);
    },
  },
};
