import type { TestApp } from './harness.js';

export const GROUP_ACTIVITY_FIELDS = `id kind title description facilitator facilitatorOperatorId capacity status
  enrolledCount seatsLeft sportello { name }
  sessions { id startsAt endsAt mode comune { name } address videoUrl topic }`;

export const CREATE_GROUP_ACTIVITY = `mutation($input: GroupActivityInput!, $sessions: [GroupSessionInput!], $key: String) {
  createGroupActivity(input: $input, sessions: $sessions, idempotencyKey: $key) { groupActivity { ${GROUP_ACTIVITY_FIELDS} } userErrors { field code message } }
}`;

export const ENROL_IN_GROUP = `mutation($a: ID!, $c: ID) {
  enrolInGroupActivity(activityId: $a, citizenId: $c) { enrolment { id status requestedByCitizen citizen { id } activity { id seatsLeft } } userErrors { field code message } }
}`;

export const RECORD_ATTENDANCE = `mutation($s: ID!, $entries: [AttendanceInput!]!) {
  recordGroupAttendance(sessionId: $s, entries: $entries) { session { id attendance { enrolmentId status corrected } } userErrors { field code message } }
}`;

/** A moment `days` from now, at `hour` (UTC) on the hour. */
export function daysFromNow(days: number, hour = 8): string {
  const at = new Date(Date.now() + days * 86_400_000);
  at.setUTCHours(hour, 0, 0, 0);
  return at.toISOString();
}

export function groupActivityInput(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'JOB_CLUB',
    title: 'Job Club di primavera',
    description: 'Un ciclo di incontri per cercare lavoro insieme: CV, candidature, colloqui.',
    facilitatorName: 'Laura Conti, orientatrice',
    capacity: 10,
    ...overrides,
  };
}

export function groupSessionInput(days: number, overrides: Record<string, unknown> = {}) {
  return {
    startsAt: daysFromNow(days, 8),
    endsAt: daysFromNow(days, 10),
    mode: 'IN_PERSON',
    comuneCode: '015118',
    address: 'Piazza San Magno 9',
    topic: 'Il mio obiettivo professionale',
    ...overrides,
  };
}

/** Creates an activity with two sessions as the operator and, unless it is to stay a draft, publishes it. */
export async function groupActivityIn(
  t: TestApp,
  operator: string,
  state: 'DRAFT' | 'PUBLISHED',
  input: Record<string, unknown> = groupActivityInput(),
  sessions: Record<string, unknown>[] = [
    groupSessionInput(7),
    groupSessionInput(14, { topic: 'Il colloquio' }),
  ],
): Promise<string> {
  const created = await t.gql(CREATE_GROUP_ACTIVITY, { input, sessions }, operator);
  const id = created.data?.createGroupActivity.groupActivity?.id as string | undefined;
  if (!id) throw new Error(`createGroupActivity failed: ${JSON.stringify(created)}`);
  if (state === 'PUBLISHED')
    await t.gql(
      'mutation($id: ID!) { publishGroupActivity(id: $id) { userErrors { code } } }',
      { id },
      operator,
    );
  return id;
}
