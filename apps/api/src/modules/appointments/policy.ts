import type { Actor } from '../../context.js';

type SlotRef = { networkId: string; sportelloId: string };
type BookingRef = { citizenId: string | null; companyId: string | null };

const isOperatorAt = (actor: Actor, slot: SlotRef) =>
  actor.kind === 'OPERATOR' && actor.networkId === slot.networkId && actor.sportelloId === slot.sportelloId;

const isParty = (actor: Actor, booking: BookingRef) =>
  (actor.kind === 'CITIZEN' && booking.citizenId === actor.userId) ||
  (actor.kind === 'COMPANY_MEMBER' && booking.companyId !== null && booking.companyId === actor.companyId);

export const canPublishSlots = (actor: Actor) => actor.kind === 'OPERATOR' && actor.sportelloId !== null;

/** Anyone with an account in the network may look for free slots. */
export const canSeeSlots = (actor: Actor, networkId: string) =>
  (actor.kind === 'CITIZEN' ||
    actor.kind === 'COMPANY_MEMBER' ||
    actor.kind === 'OPERATOR' ||
    actor.kind === 'NETWORK_ADMIN') &&
  actor.networkId === networkId;

export const canBookSlot = (actor: Actor, slot: SlotRef) =>
  canSeeSlots(actor, slot.networkId) && actor.kind !== 'NETWORK_ADMIN';

export const canSeeBooking = (actor: Actor, booking: BookingRef, slot: SlotRef) =>
  isParty(actor, booking) ||
  isOperatorAt(actor, slot) ||
  (actor.kind === 'NETWORK_ADMIN' && actor.networkId === slot.networkId);

/** One citizen's bookings among those the staff see (a citizen and a company see only their own anyway). */
export const canListBookingsOfCitizen = (actor: Actor) =>
  actor.kind === 'OPERATOR' || actor.kind === 'NETWORK_ADMIN';

export const canChangeBooking = (actor: Actor, booking: BookingRef, slot: SlotRef) =>
  isParty(actor, booking) || isOperatorAt(actor, slot);

/** Outcome and notes belong to the desk that held the colloquio. */
export const canRecordOutcome = (actor: Actor, slot: SlotRef) => isOperatorAt(actor, slot);

export const canSeeOutcomeNotes = canRecordOutcome;
