import type { Actor } from '../../context.js';

/** Presa in carico is a desk act: an operator of the citizen's network, at the operator's sportello. */
export const canTakeInCharge = (actor: Actor, citizen: { networkId: string }) =>
  actor.kind === 'OPERATOR' && actor.networkId === citizen.networkId && actor.sportelloId !== null;
