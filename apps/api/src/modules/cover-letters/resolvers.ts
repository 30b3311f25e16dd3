import type { RequestContext, UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { notFound } from '../../lib/errors.js';
import { payload } from '../../lib/payload.js';
import { canEditCoverLetter, canReadCoverLetter } from './policy.js';
import { COVER_LETTER_TEMPLATES, templateByKey } from './templates.js';

/** A letter the actor may read or edit; any other answers like a missing one. */
async function letterFor(id: string, { actor, services }: RequestContext, allowed = canReadCoverLetter) {
  const networkId = networkOf(actor);
  const letter = await services.coverLetters.byId(id);
  const citizen = letter && (await services.citizens.byId(networkId, letter.citizenId));
  if (!letter || !citizen || !allowed(actor, citizen)) throw notFound();
  return letter;
}

export const coverLetterResolvers: Resolvers = {
  Query: {
    coverLetterTemplates: () => COVER_LETTER_TEMPLATES,
    coverLetter: (_, { id }, ctx) => letterFor(id, ctx),
  },
  Mutation: {
    draftCoverLetter: async (_, { input, idempotencyKey }, { actor, services }) => {
      const networkId = networkOf(actor);
      const id = input.citizenId ?? (actor.kind === 'CITIZEN' ? actor.userId : null);
      if (!id) refuse(actor);
      const citizen = await services.citizens.byId(networkId, id);
      if (!citizen || !canEditCoverLetter(actor, citizen)) throw notFound();
      const editor = actor as UserActor;
      return payload(async () => ({
        coverLetter: await services.coverLetters.draft(citizen, editor.userId, input, idempotencyKey),
      }));
    },
    updateCoverLetter: async (_, { id, input }, ctx) => {
      const letter = await letterFor(id, ctx, canEditCoverLetter);
      const editor = ctx.actor as UserActor;
      return payload(async () => ({
        coverLetter: await ctx.services.coverLetters.update(letter, editor.userId, input),
      }));
    },
    deleteCoverLetter: async (_, { id }, ctx) => {
      const letter = await letterFor(id, ctx, canEditCoverLetter);
      const editor = ctx.actor as UserActor;
      return payload(async () => {
        await ctx.services.coverLetters.remove(letter, editor.userId);
        return { deletedId: letter.id };
      });
    },
  },
  CoverLetter: {
    template: (letter) => templateByKey(letter.templateKey) ?? null,
    lastEditedBy: (letter) => ({
      name: `${letter.editorGivenName} ${letter.editorFamilyName}`,
      onBehalf: letter.lastEditedBy !== letter.citizenId,
    }),
  },
};
