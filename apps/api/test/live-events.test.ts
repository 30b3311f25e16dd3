import { randomUUID } from 'node:crypto';
import { appointmentSlots, bookings, cases, pattoActions, sportelli, users } from '@sportello/db';
import { and, eq, gt, isNull, notExists, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { createClient } from 'graphql-ws';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { TokenService } from '../src/lib/tokens.js';
import type { LiveEvent } from '../src/modules/live/events.js';
import { DEMO, newApiClient, OTHER_OPERATOR, seedOtherNetwork } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { PROBE, publishProbe } from './live-fixtures.js';
import { vacancyIn } from './vacancy-fixtures.js';

const LIVE = `subscription($kinds: [LiveEventKind!]) {
  liveEvents(kinds: $kinds) { id kind title path subjectId occurredAt }
}`;

let t: TestApp;
let second: FastifyInstance;
const urls: string[] = [];
const opened: Array<() => void> = [];

interface Listener {
  events: Array<Pick<LiveEvent, 'id' | 'kind' | 'title' | 'path' | 'subjectId'>>;
  errors: unknown[];
  closeCode: () => number | undefined;
  connected: () => boolean;
  /** Events other than the probes used to know the subscription is in place. */
  real: () => Listener['events'];
}

/** Connects to one instance over WebSocket and subscribes; resolves once the subscription is live. */
async function listen(
  instance: 0 | 1,
  token: string | null,
  options: { kinds?: string[]; probe?: { networkId: string; userId?: string } } = {},
): Promise<Listener> {
  const events: Listener['events'] = [];
  const errors: unknown[] = [];
  let closeCode: number | undefined;
  let connected = false;
  const client = createClient({
    url: `${urls[instance]!.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    on: {
      connected: () => (connected = true),
      closed: (event) => (closeCode = (event as { code: number }).code),
    },
  });
  opened.push(() => client.dispose());
  let failed = false;
  client.subscribe(
    { query: LIVE, variables: { kinds: options.kinds ?? null } },
    {
      next: (value) => {
        if (value.errors) errors.push(value.errors);
        else events.push((value.data as { liveEvents: LiveEvent }).liveEvents);
      },
      error: (error) => {
        failed = true;
        const close = error as { code?: number; reason?: string };
        errors.push(close.code ? { code: close.code, reason: close.reason } : error);
      },
      complete: () => undefined,
    },
  );
  const listener: Listener = {
    events,
    errors,
    closeCode: () => closeCode,
    connected: () => connected,
    real: () => events.filter((event) => event.title !== PROBE),
  };
  if (!options.probe) return listener;
  // A probe published on the instance itself until it arrives: the subscription is then in place.
  const app = instance === 0 ? t.app : second;
  for (let attempt = 0; attempt < 200 && !failed; attempt++) {
    if (events.some((event) => event.title === PROBE)) return listener;
    publishProbe(app, options.probe);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`subscription not live: ${JSON.stringify(errors)}`);
}

async function until<T>(read: () => T | undefined, what: string, withinMs = 5_000): Promise<T> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Lets events that should not arrive have every chance to arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

const who = (token: string) => {
  const claims = decodeJwt(token);
  return { userId: claims.sub!, networkId: claims.net as string };
};

let operator: string;
let operatorVarese: string;
let citizen: string;
let company: string;
let admin: string;
let network: string;

beforeAll(async () => {
  t = await startTestApp();
  urls.push(await t.app.listen({ port: 0, host: '127.0.0.1' }));
  second = await t.newInstance();
  urls.push(await second.listen({ port: 0, host: '127.0.0.1' }));
  const token = async (email: string) => (await t.login(email)).accessToken;
  operator = await token(DEMO.operator);
  operatorVarese = await token(DEMO.operatorVarese);
  citizen = await token(DEMO.citizen);
  company = await token(DEMO.companyMember);
  admin = await token(DEMO.admin);
  network = who(operator).networkId;
});

afterAll(async () => {
  for (const close of opened) close();
  await second?.close();
  await t?.close();
});

async function freeSlotAt(sportelloName: string): Promise<string> {
  const [slot] = await t.db
    .select({ id: appointmentSlots.id })
    .from(appointmentSlots)
    .innerJoin(sportelli, eq(sportelli.id, appointmentSlots.sportelloId))
    .where(
      and(
        sql`${sportelli.name} like ${`%${sportelloName}%`}`,
        gt(appointmentSlots.startsAt, new Date()),
        notExists(
          t.db
            .select()
            .from(bookings)
            .where(and(eq(bookings.slotId, appointmentSlots.id), eq(bookings.status, 'BOOKED'))),
        ),
      ),
    )
    .limit(1);
  return slot!.id;
}

describe('live events over WebSocket', () => {
  it('a new candidature reaches the sportello in charge on both instances, with one id', async () => {
    const here = await listen(0, operator, { probe: who(operator) });
    const there = await listen(1, operator, { probe: who(operator) });
    const otherSportello = await listen(1, operatorVarese, { probe: who(operatorVarese) });
    const vacancy = await vacancyIn(t, { company, operator }, 'PUBLISHED');
    const applied = await t.gql(
      'mutation($id: ID!) { applyToVacancy(vacancyId: $id) { application { id } userErrors { code } } }',
      { id: vacancy },
      citizen,
    );
    const applicationId = applied.data!.applyToVacancy.application.id;
    const [first, other] = await Promise.all(
      [here, there].map((listener) =>
        until(() => listener.real().find((event) => event.subjectId === applicationId), 'the candidature'),
      ),
    );
    expect(first).toMatchObject({
      kind: 'APPLICATION_RECEIVED',
      path: `/offerte/${vacancy}`,
      title: expect.stringMatching(/^Nuova candidatura per «.+»$/),
    });
    expect(other!.id).toBe(first!.id);
    await settle();
    expect(here.real().filter((event) => event.subjectId === applicationId)).toHaveLength(1);
    // Legnano published the vacancy and has Giulia in charge: Varese is not told.
    expect(otherSportello.real()).toEqual([]);
  });

  it('booking changes reach the sportello of the slot, and kinds filter what one hears', async () => {
    const bookingsOnly = await listen(0, operator, { kinds: ['BOOKING_CHANGED'], probe: who(operator) });
    const overdueOnly = await listen(0, operator, { kinds: ['ACTION_OVERDUE'] });
    const varese = await listen(1, operatorVarese, { probe: who(operatorVarese) });
    const slotId = await freeSlotAt('Legnano');
    const booked = await t.gql(
      'mutation($id: ID!) { bookSlot(slotId: $id) { booking { id } userErrors { code message } } }',
      { id: slotId },
      citizen,
    );
    const bookingId = booked.data!.bookSlot.booking.id;
    const event = await until(
      () => bookingsOnly.real().find((e) => e.subjectId === bookingId),
      'the booking',
    );
    expect(event).toMatchObject({ kind: 'BOOKING_CHANGED', path: '/colloqui' });
    expect(event.title).toMatch(/^Colloquio prenotato: /);
    await t.gql(
      'mutation($id: ID!) { cancelBooking(id: $id) { booking { status } } }',
      { id: bookingId },
      citizen,
    );
    await until(
      () => bookingsOnly.real().find((e) => e.title.startsWith('Colloquio annullato')),
      'the cancellation',
    );
    await settle();
    expect(overdueOnly.events).toEqual([]);
    expect(varese.real()).toEqual([]);
  });

  it('an overdue patto action is announced once, however many instances look', async () => {
    const listener = await listen(1, operator, { kinds: ['ACTION_OVERDUE'] });
    await settle();
    const [action] = await t.db
      .select({ id: pattoActions.id })
      .from(pattoActions)
      .innerJoin(cases, eq(cases.id, pattoActions.caseId))
      .innerJoin(users, eq(users.id, cases.citizenId))
      .where(and(eq(users.email, DEMO.citizen), eq(pattoActions.status, 'TODO'), isNull(cases.closedAt)))
      .limit(1);
    await t.db
      .update(pattoActions)
      .set({ dueOn: sql`current_date - 1` })
      .where(eq(pattoActions.id, action!.id));
    const counts = await Promise.all([t.app.overdueActions.run(), second.overdueActions.run()]);
    expect(counts[0] + counts[1]).toBe(1);
    expect(await t.app.overdueActions.run()).toBe(0);
    const event = await until(
      () => listener.events.find((e) => e.subjectId === action!.id),
      'the overdue action',
    );
    expect(event.kind).toBe('ACTION_OVERDUE');
    expect(event.path).toMatch(/^\/cittadini\//);
    await settle();
    expect(listener.events.filter((e) => e.subjectId === action!.id)).toHaveLength(1);
  });

  it('API clients hear only their network and the kinds their scopes allow', async () => {
    const { token: caseEvents } = await newApiClient(t, admin, ['CASE_EVENTS']);
    const listener = await listen(0, caseEvents, { probe: { networkId: network } });
    const vacancy = await vacancyIn(t, { company, operator }, 'PUBLISHED');
    await t.gql(
      'mutation($id: ID!) { applyToVacancy(vacancyId: $id) { application { id } } }',
      { id: vacancy },
      citizen,
    );
    const booked = await t.gql(
      'mutation($id: ID!) { bookSlot(slotId: $id) { booking { id } } }',
      { id: await freeSlotAt('Varese') },
      citizen,
    );
    const bookingId = booked.data!.bookSlot.booking.id;
    await until(() => listener.real().find((e) => e.subjectId === bookingId), 'the booking');
    await settle();
    expect(listener.real().map((e) => e.kind)).toEqual(['BOOKING_CHANGED']);
  });

  it('staff of another network hear nothing of this one', async () => {
    await seedOtherNetwork(t);
    const otherOperator = (await t.login(OTHER_OPERATOR)).accessToken;
    const listener = await listen(0, otherOperator, { probe: who(otherOperator) });
    const vacancy = await vacancyIn(t, { company, operator }, 'PUBLISHED');
    await t.gql(
      'mutation($id: ID!) { applyToVacancy(vacancyId: $id) { application { id } } }',
      { id: vacancy },
      citizen,
    );
    // The same event reaches the sportello in charge, so it was sent.
    const control = await listen(0, operator, { probe: who(operator) });
    const again = await vacancyIn(t, { company, operator }, 'PUBLISHED');
    await t.gql(
      'mutation($id: ID!) { applyToVacancy(vacancyId: $id) { application { id } } }',
      { id: again },
      citizen,
    );
    await until(() => control.real()[0], 'the control event');
    await settle();
    expect(listener.real()).toEqual([]);
  });
});

describe('who may subscribe', () => {
  it('refuses a connection without a valid token', async () => {
    const anonymous = await listen(0, null);
    const forged = await listen(0, `${operator.slice(0, -4)}AAAA`);
    for (const refused of [anonymous, forged]) {
      await until(() => refused.closeCode(), 'the refusal');
      expect(refused.connected()).toBe(false);
      expect(refused.events).toEqual([]);
    }
  });

  it('refuses citizens and companies the subscription', async () => {
    for (const token of [citizen, company]) {
      const listener = await listen(0, token);
      const errors = await until(() => (listener.errors.length ? listener.errors : undefined), 'the error');
      expect(JSON.stringify(errors)).toContain('FORBIDDEN');
    }
  });

  it('validates the document like any other operation', async () => {
    const client = createClient({
      url: `${urls[0]!.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${operator}` },
      retryAttempts: 0,
    });
    opened.push(() => client.dispose());
    const errors: unknown[] = [];
    client.subscribe(
      { query: 'subscription { liveEvents { id secret } }' },
      {
        next: (value) => errors.push(value.errors),
        error: (error) => errors.push(error),
        complete: () => undefined,
      },
    );
    await until(() => errors[0], 'the validation error');
    expect(JSON.stringify(errors)).toContain('Cannot query field');
  });

  it('ends the connection when the token expires', async () => {
    const shortLived = new TokenService({
      privateKeyPem: t.signingKeyPem,
      issuer: t.config.JWT_ISSUER,
      audience: t.config.JWT_AUDIENCE,
      // Long enough for the subscription to go live first on a busy machine.
      accessTokenTtlSeconds: 5,
    });
    const { userId, networkId } = who(operator);
    const [staff] = await t.db.select().from(users).where(eq(users.id, userId));
    expect(staff).toBeDefined();
    const { token } = await shortLived.signUser(
      { kind: 'OPERATOR', userId, networkId, sportelloId: null, companyId: null },
      randomUUID(),
    );
    const listener = await listen(0, token, { probe: { networkId, userId } });
    await until(() => listener.closeCode(), 'the end of the connection', 10_000);
    expect(listener.closeCode()).toBe(4401);
  });

  it('stops a logged-out session at its next event', async () => {
    const session = await t.login(DEMO.operator);
    const listener = await listen(1, session.accessToken, { probe: who(session.accessToken) });
    await t.gql(
      'mutation($r: String!) { logout(refreshToken: $r) { ok } }',
      { r: session.refreshToken },
      session.accessToken,
    );
    const slotId = await freeSlotAt('Legnano');
    await t.gql('mutation($id: ID!) { bookSlot(slotId: $id) { booking { id } } }', { id: slotId }, citizen);
    await until(() => listener.closeCode(), 'the end of the connection');
    expect(listener.closeCode()).toBe(4401);
    expect(listener.real()).toEqual([]);
  });
});
