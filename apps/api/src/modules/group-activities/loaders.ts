import type { RequestContext } from '../../context.js';
import { isStaffOf } from '../../lib/actors.js';
import { citizenLoader } from '../citizens/loaders.js';
import type { CitizenRecord } from '../citizens/service.js';
import { comuneLoader, sportelloLoader } from '../network/loaders.js';
import { canReadGroupEnrolment } from './policy.js';
import type { GroupActivity, GroupEnrolment, GroupSession } from './service.js';

type Query<T> = { obj: T };

const ids = <T extends { id: string }>(queries: Query<T>[]) => [...new Set(queries.map((q) => q.obj.id))];

async function seatsTaken(queries: Query<GroupActivity>[], { services }: RequestContext) {
  return services.groupActivities.seatsTakenOf(ids(queries));
}

/** The citizen asking, whose own rows they see; staff see everyone's. */
const citizenAsking = ({ actor }: RequestContext) => (actor.kind === 'CITIZEN' ? actor.userId : undefined);

export const groupActivityLoaders = {
  GroupActivity: {
    sportello: sportelloLoader<GroupActivity>((a) => a.sportelloId),
    facilitator: async (queries: Query<GroupActivity>[], { services }: RequestContext) => {
      const operatorIds = queries.flatMap((q) => q.obj.facilitatorOperatorId ?? []);
      const found = new Map(
        (await services.network.operatorsByIds([...new Set(operatorIds)])).map((o) => [o.user.id, o]),
      );
      return queries.map((q) => {
        const operator = q.obj.facilitatorOperatorId ? found.get(q.obj.facilitatorOperatorId) : undefined;
        return operator
          ? `${operator.user.givenName} ${operator.user.familyName}`
          : (q.obj.facilitatorName ?? '');
      });
    },
    enrolledCount: async (queries: Query<GroupActivity>[], ctx: RequestContext) => {
      const taken = await seatsTaken(queries, ctx);
      return queries.map((q) => taken.get(q.obj.id) ?? 0);
    },
    seatsLeft: async (queries: Query<GroupActivity>[], ctx: RequestContext) => {
      const taken = await seatsTaken(queries, ctx);
      return queries.map((q) => Math.max(0, q.obj.capacity - (taken.get(q.obj.id) ?? 0)));
    },
    sessions: async (queries: Query<GroupActivity>[], { services }: RequestContext) => {
      const found = await services.groupActivities.sessionsOf(ids(queries));
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
    /** The staff of the activity's network see every enrolment; a citizen only their own. */
    enrolments: async (queries: Query<GroupActivity>[], ctx: RequestContext) => {
      const { actor, services } = ctx;
      const citizenId = citizenAsking(ctx);
      const staff = actor.kind === 'OPERATOR' || actor.kind === 'NETWORK_ADMIN';
      const found =
        citizenId || staff
          ? await services.groupActivities.enrolmentsOf(ids(queries), citizenId)
          : new Map<string, GroupEnrolment[]>();
      return queries.map((q) =>
        citizenId || isStaffOf(actor, q.obj.networkId) ? (found.get(q.obj.id) ?? []) : [],
      );
    },
    attendanceFigures: async (queries: Query<GroupActivity>[], { actor, services }: RequestContext) => {
      const mine = queries.filter((q) => isStaffOf(actor, q.obj.networkId));
      const found = await services.groupActivities.figuresOfActivities(ids(mine));
      return queries.map((q) => found.get(q.obj.id) ?? null);
    },
  },
  GroupSession: {
    comune: comuneLoader<GroupSession>((s) => s.comuneCode),
    /** The room is for the staff and for the citizens holding a place. */
    videoUrl: async (queries: Query<GroupSession>[], ctx: RequestContext) => {
      const citizenId = citizenAsking(ctx);
      const enrolled = citizenId
        ? await ctx.services.groupActivities.enrolmentsOf(
            [...new Set(queries.map((q) => q.obj.activityId))],
            citizenId,
          )
        : new Map<string, GroupEnrolment[]>();
      return queries.map((q) => {
        const holdsPlace = enrolled.get(q.obj.activityId)?.some((e) => e.status === 'ENROLLED');
        return isStaffOf(ctx.actor, q.obj.networkId) || holdsPlace ? q.obj.videoUrl : null;
      });
    },
    attendance: async (queries: Query<GroupSession>[], ctx: RequestContext) => {
      const citizenId = citizenAsking(ctx);
      const visible = queries.filter((q) => citizenId || isStaffOf(ctx.actor, q.obj.networkId));
      const found = await ctx.services.groupActivities.attendanceOfSessions(ids(visible), citizenId);
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
  },
  GroupEnrolment: {
    activity: async (queries: Query<GroupEnrolment>[], { services }: RequestContext) => {
      const found = new Map(
        (await services.groupActivities.byIds(queries.map((q) => q.obj.activityId))).map((a) => [a.id, a]),
      );
      return queries.map((q) => found.get(q.obj.activityId));
    },
    citizen: citizenLoader<GroupEnrolment>((e) => e.citizenId),
    attendance: async (queries: Query<GroupEnrolment>[], { actor, services }: RequestContext) => {
      const visible = queries.filter((q) => canReadGroupEnrolment(actor, q.obj));
      const found = await services.groupActivities.attendanceOfEnrolments(ids(visible));
      return queries.map((q) => found.get(q.obj.id) ?? []);
    },
    certificateUrl: async (queries: Query<GroupEnrolment>[], { actor, services }: RequestContext) => {
      const visible = queries.filter((q) => canReadGroupEnrolment(actor, q.obj));
      const found = await services.groupActivities.attendanceOfEnrolments(ids(visible));
      return queries.map((q) =>
        found.get(q.obj.id)?.some((r) => r.status === 'PRESENT')
          ? `/api/group-enrolments/${q.obj.id}/certificate.pdf`
          : null,
      );
    },
  },
  Citizen: {
    groupAttendance: async (queries: Query<CitizenRecord>[], { actor, services }: RequestContext) => {
      const mine = queries.filter((q) => isStaffOf(actor, q.obj.networkId));
      const found = await services.groupActivities.figuresOfCitizens([
        ...new Set(mine.map((q) => q.obj.userId)),
      ]);
      return queries.map((q) => found.get(q.obj.userId) ?? null);
    },
  },
};
