import type { Actor } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';

type ActivityRef = { networkId: string; status: string };
type RunRef = { networkId: string; sportelloId: string };
type EnrolmentRef = { networkId: string; citizenId: string };

export const canListGroupActivities = (actor: Actor, networkId: string) => isStaffOf(actor, networkId);

/** Creating, editing, publishing, cancelling, scheduling and enrolling are desk tasks: operators of the network. */
export const canManageGroupActivities = (actor: Actor, networkId: string) =>
  actor.kind === 'OPERATOR' && actor.networkId === networkId;

/** The register is kept by the sportello that runs the activity. */
export const canRecordAttendance = (actor: Actor, activity: RunRef) =>
  canManageGroupActivities(actor, activity.networkId) &&
  actor.kind === 'OPERATOR' &&
  actor.sportelloId === activity.sportelloId;

/** The staff read any activity of their network; citizens of the network the published and ended ones. */
export const canReadGroupActivity = (actor: Actor, activity: ActivityRef) =>
  isStaffOf(actor, activity.networkId) ||
  (actor.kind === 'CITIZEN' &&
    actor.networkId === activity.networkId &&
    (activity.status === 'PUBLISHED' || activity.status === 'ENDED'));

/** A citizen asks for a place themself, in a published activity of their network. */
export const canRequestGroupPlace = (actor: Actor, activity: ActivityRef) =>
  actor.kind === 'CITIZEN' && actor.networkId === activity.networkId && activity.status === 'PUBLISHED';

export const isEnrolledCitizen = (actor: Actor, enrolment: EnrolmentRef) =>
  actor.kind === 'CITIZEN' && actor.userId === enrolment.citizenId;

export const canWithdrawGroupEnrolment = (actor: Actor, enrolment: EnrolmentRef) =>
  canManageGroupActivities(actor, enrolment.networkId) || isEnrolledCitizen(actor, enrolment);

/** The citizen and the network's staff read an enrolment, its attendance and its certificate. */
export const canReadGroupEnrolment = (actor: Actor, enrolment: EnrolmentRef) =>
  isStaffOf(actor, enrolment.networkId) || isEnrolledCitizen(actor, enrolment);
