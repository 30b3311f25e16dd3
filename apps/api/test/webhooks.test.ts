import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { users } from '@sportello/db';
import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/lib/passwords.js';
import {
  citizenInput,
  DEMO,
  DEMO_PASSWORD,
  REGISTER_CITIZEN,
  seedOtherNetwork,
  uniqueEmail,
} from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { vacancyIn } from './vacancy-fixtures.js';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A real HTTP receiver on a free local port. It answers with the statuses queued in `plan` (then
 * 200), keeps every request, and accepts each event id once, as a receiver deduplicating should.
 */
async function startReceiver() {
  const requests: Received[] = [];
  const accepted: string[] = [];
  const plan: number[] = [];
  let hang = false;
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      requests.push({ headers: request.headers, body });
      if (hang) return;
      const status = plan.shift() ?? 200;
      const id = request.headers['webhook-id'] as string;
      if (status < 300 && !accepted.includes(id)) accepted.push(id);
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    requests,
    accepted,
    failNext(times: number, status = 500) {
      plan.push(...Array.from({ length: times }, () => status));
    },
    set hang(value: boolean) {
      hang = value;
    },
    reset() {
      requests.length = 0;
      accepted.length = 0;
      plan.length = 0;
      hang = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const CREATE_CLIENT = `mutation($name: String!, $scopes: [ApiScope!]!) {
  createApiClient(input: { name: $name, scopes: $scopes }) { apiClient { id clientId } clientSecret userErrors { message } }
}`;
const SUBSCRIBE = `mutation($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    subscription { id apiClientId url events active }
    secret
    userErrors { field code message }
  }
}`;
const DELIVERIES = `query($id: ID!, $status: WebhookDeliveryStatus) {
  webhookDeliveries(subscriptionId: $id, status: $status) {
    totalCount
    edges { node { id eventId event status deliveredAt attempts { statusCode error durationMs } } }
  }
}`;
const REPLAY = `mutation($id: ID!) { replayWebhookDelivery(id: $id) { delivery { id status } userErrors { code message } } }`;
const DISABLE = `mutation($id: ID!) { disableWebhookSubscription(id: $id) { subscription { active } userErrors { code } } }`;
const TAKE = `mutation($id: ID!) { takeCitizenInCharge(citizenId: $id, reason: "Cerca lavoro da più di un anno") { userErrors { code } } }`;

const MAX_ATTEMPTS = 5;

let t: TestApp;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let admin: string;
let operator: string;
let company: string;
let citizen: string;
let otherAdmin: string;

async function newClient(scopes: string[], token = admin) {
  const result = await t.gql(CREATE_CLIENT, { name: 'Sistema regionale', scopes }, token);
  const { apiClient, clientSecret } = result.data!.createApiClient;
  const response = await t.app.inject({
    method: 'POST',
    url: '/oauth/token',
    payload: { grant_type: 'client_credentials', client_id: apiClient.clientId, client_secret: clientSecret },
  });
  return { id: apiClient.id as string, token: response.json().access_token as string };
}

async function subscribe(apiClientId: string, events: string[], token = admin, url = receiver.url) {
  const result = await t.gql(SUBSCRIBE, { input: { apiClientId, url, events } }, token);
  const payload = result.data!.createWebhookSubscription;
  expect(payload.userErrors).toEqual([]);
  return { id: payload.subscription.id as string, secret: payload.secret as string };
}

async function deliveries(subscriptionId: string, token = admin) {
  const result = await t.gql(DELIVERIES, { id: subscriptionId }, token);
  return result.data!.webhookDeliveries.edges.map((edge: { node: unknown }) => edge.node) as {
    id: string;
    eventId: string;
    event: string;
    status: string;
    attempts: { statusCode: number | null; error: string | null }[];
  }[];
}

/** Runs the worker until nothing is pending any more (retries come due within milliseconds here). */
async function deliverAll() {
  for (let round = 0; round < 200; round++) {
    await t.app.webhooks.drain();
    const [pending] = await t.query<{ n: number }>(
      sql`select count(*)::int as n from webhook_deliveries d join webhook_subscriptions s on s.id = d.subscription_id where d.status = 'PENDING' and s.disabled_at is null`,
    );
    if (pending!.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('deliveries still pending');
}

const publishVacancy = () => vacancyIn(t, { company, operator }, 'PUBLISHED');

beforeAll(async () => {
  t = await startTestApp({
    env: {
      WEBHOOK_POLL_MS: '0',
      WEBHOOK_RETRY_BASE_MS: '2',
      WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      WEBHOOK_TIMEOUT_MS: '300',
    },
  });
  receiver = await startReceiver();
  admin = (await t.login(DEMO.admin)).accessToken;
  operator = (await t.login(DEMO.operator)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  citizen = (await t.login(DEMO.citizen)).accessToken;
  const other = await seedOtherNetwork(t);
  const email = uniqueEmail('admin.altra');
  await t.db.insert(users).values({
    networkId: other.networkId,
    kind: 'NETWORK_ADMIN',
    email,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    givenName: 'Altra',
    familyName: 'Amministratrice',
    emailVerifiedAt: new Date(),
  });
  otherAdmin = (await t.login(email)).accessToken;
});

afterAll(async () => {
  await receiver?.close();
  await t?.close();
});

beforeEach(async () => {
  // Each test starts with no live subscription and an empty receiver.
  await t.query(sql`update webhook_subscriptions set disabled_at = now() where disabled_at is null`);
  receiver.reset();
});

describe('webhook deliveries', () => {
  it('retries a failing receiver until it accepts, with the same event id and a valid signature each time', async () => {
    const client = await newClient(['VACANCY_EVENTS']);
    const { id, secret } = await subscribe(client.id, ['VACANCY_PUBLISHED', 'VACANCY_CLOSED']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    receiver.failNext(3);

    const vacancyId = await publishVacancy();
    await deliverAll();

    expect(receiver.requests).toHaveLength(4);
    const eventIds = new Set(receiver.requests.map((r) => r.headers['webhook-id']));
    expect(eventIds.size).toBe(1);
    expect(receiver.accepted).toEqual([...eventIds]);
    const verifier = new Webhook(secret);
    for (const request of receiver.requests) {
      const payload = verifier.verify(request.body, request.headers as Record<string, string>) as Record<
        string,
        unknown
      >;
      expect(payload).toMatchObject({
        id: request.headers['webhook-id'],
        type: 'vacancy.published',
        data: { vacancyId, status: 'PUBLISHED' },
      });
    }
    // Every attempt sends the event's body byte for byte.
    expect(new Set(receiver.requests.map((r) => r.body)).size).toBe(1);

    const [delivery] = await deliveries(id);
    expect(delivery).toMatchObject({
      event: 'VACANCY_PUBLISHED',
      status: 'DELIVERED',
      eventId: [...eventIds][0],
    });
    expect(delivery!.attempts.map((a) => a.statusCode)).toEqual([500, 500, 500, 200]);
    expect(delivery!.attempts[0]!.error).toBe('Risposta HTTP 500');
    expect(delivery!.attempts[3]!.error).toBeNull();
  });

  it('a tampered body or another secret fails verification', async () => {
    const client = await newClient(['VACANCY_EVENTS']);
    const { secret } = await subscribe(client.id, ['VACANCY_PUBLISHED']);
    await publishVacancy();
    await deliverAll();
    const [request] = receiver.requests;
    const headers = request!.headers as Record<string, string>;
    expect(() => new Webhook(secret).verify(request!.body, headers)).not.toThrow();
    const tampered = request!.body.replace('"PUBLISHED"', '"CLOSED"');
    expect(tampered).not.toBe(request!.body);
    expect(() => new Webhook(secret).verify(tampered, headers)).toThrow();
    const other = await subscribe(client.id, ['VACANCY_PUBLISHED']);
    expect(() => new Webhook(other.secret).verify(request!.body, headers)).toThrow();
  });

  it('dead-letters after the last attempt; a replay sends the same event again', async () => {
    const client = await newClient(['VACANCY_EVENTS']);
    const { id } = await subscribe(client.id, ['VACANCY_CLOSED']);
    receiver.failNext(MAX_ATTEMPTS, 503);
    const vacancyId = await publishVacancy();
    const closed = await t.gql(
      'mutation($id: ID!) { closeVacancy(id: $id, filled: false) { userErrors { code } } }',
      { id: vacancyId },
      company,
    );
    expect(closed.data!.closeVacancy.userErrors).toEqual([]);
    await deliverAll();

    expect(receiver.requests).toHaveLength(MAX_ATTEMPTS);
    expect(receiver.accepted).toEqual([]);
    const [dead] = await deliveries(id);
    expect(dead).toMatchObject({ status: 'DEAD', event: 'VACANCY_CLOSED' });
    expect(dead!.attempts).toHaveLength(MAX_ATTEMPTS);
    const dlq = await t.gql(DELIVERIES, { id, status: 'DEAD' }, admin);
    expect(dlq.data!.webhookDeliveries.totalCount).toBe(1);

    const replayed = await t.gql(REPLAY, { id: dead!.id }, admin);
    expect(replayed.data!.replayWebhookDelivery).toEqual({
      delivery: { id: dead!.id, status: 'PENDING' },
      userErrors: [],
    });
    await deliverAll();
    expect(receiver.requests).toHaveLength(MAX_ATTEMPTS + 1);
    expect(receiver.requests.at(-1)!.headers['webhook-id']).toBe(dead!.eventId);
    expect(receiver.requests.at(-1)!.body).toBe(receiver.requests[0]!.body);
    expect(receiver.accepted).toEqual([dead!.eventId]);
    const [after] = await deliveries(id);
    expect(after).toMatchObject({ status: 'DELIVERED' });
    expect(after!.attempts).toHaveLength(MAX_ATTEMPTS + 1);

    // A delivered event replayed comes again with its id: the receiver recognises it.
    await t.gql(REPLAY, { id: dead!.id }, admin);
    await deliverAll();
    expect(receiver.requests).toHaveLength(MAX_ATTEMPTS + 2);
    expect(receiver.accepted).toEqual([dead!.eventId]);
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const client = await newClient(['VACANCY_EVENTS']);
    const { id } = await subscribe(client.id, ['VACANCY_PUBLISHED']);
    receiver.hang = true;
    await publishVacancy();
    await t.app.webhooks.drain();
    const [delivery] = await deliveries(id);
    expect(delivery!.attempts[0]).toMatchObject({
      statusCode: null,
      error: 'Nessuna risposta entro il tempo massimo (300 ms).',
    });
    expect(delivery!.status).not.toBe('DELIVERED');
  });

  it('two instances draining at once send each delivery once', async () => {
    const client = await newClient(['VACANCY_EVENTS']);
    await subscribe(client.id, ['VACANCY_PUBLISHED']);
    for (let i = 0; i < 4; i++) await publishVacancy();
    const second = await t.newInstance();
    try {
      await Promise.all([t.app.webhooks.drain(), second.webhooks.drain(), t.app.webhooks.drain()]);
    } finally {
      await second.close();
    }
    expect(receiver.requests).toHaveLength(4);
    expect(new Set(receiver.requests.map((r) => r.headers['webhook-id'])).size).toBe(4);
  });

  it('a client with the case scope hears of cases opened, not of vacancies', async () => {
    const client = await newClient(['CASE_EVENTS']);
    const { id } = await subscribe(client.id, ['CASE_OPENED', 'CASE_CLOSED']);
    const registered = await t.gql(REGISTER_CITIZEN, { input: citizenInput() });
    const citizenId = registered.data!.registerCitizen.citizen.id;
    await publishVacancy();
    expect((await t.gql(TAKE, { id: citizenId }, operator)).data!.takeCitizenInCharge.userErrors).toEqual([]);
    const beforeDrain = receiver.requests.length;
    await deliverAll();
    expect(beforeDrain).toBe(0);
    const received = receiver.requests.map((r) => JSON.parse(r.body));
    expect(received.map((event) => event.type)).toEqual(['case.opened']);
    expect(Object.keys(received[0].data).sort()).toEqual(['caseId', 'sportelloId']);
    const closed = await t.gql(
      'mutation($id: ID!) { closeCase(caseId: $id, reason: HIRED) { userErrors { code } } }',
      { id: received[0].data.caseId },
      operator,
    );
    expect(closed.data!.closeCase.userErrors).toEqual([]);
    await deliverAll();
    expect(JSON.parse(receiver.requests[1]!.body)).toMatchObject({
      type: 'case.closed',
      data: { caseId: received[0].data.caseId, reason: 'HIRED' },
    });
    expect((await deliveries(id)).map((d) => d.event)).toEqual(['CASE_CLOSED', 'CASE_OPENED']);
  });

  it('a client with the candidature and placement scopes hears each move and the verified placement', async () => {
    const client = await newClient(['APPLICATION_EVENTS', 'PLACEMENT_EVENTS']);
    const { id } = await subscribe(client.id, ['APPLICATION_STATUS_CHANGED', 'PLACEMENT_VERIFIED']);
    const vacancyId = await publishVacancy();
    const applied = await t.gql(
      'mutation($id: ID!) { applyToVacancy(vacancyId: $id) { application { id } userErrors { code } } }',
      { id: vacancyId },
      citizen,
    );
    const applicationId = applied.data!.applyToVacancy.application.id;
    for (const [status, hire] of [
      ['SHORTLISTED', null],
      ['INTERVIEW', null],
      ['OFFER', null],
      ['HIRED', { startsOn: '2026-12-01' }],
    ] as const) {
      const moved = await t.gql(
        'mutation($id: ID!, $s: ApplicationStatus!, $hire: HireInput) { moveApplication(id: $id, status: $s, hire: $hire) { userErrors { code } } }',
        { id: applicationId, s: status, hire },
        company,
      );
      expect(moved.data!.moveApplication.userErrors).toEqual([]);
    }
    const [placement] = await t.query<{ id: string }>(
      sql`select id from placements where application_id = ${applicationId}`,
    );
    const verified = await t.gql(
      'mutation($id: ID!) { verifyPlacement(id: $id) { userErrors { code } } }',
      { id: placement!.id },
      operator,
    );
    expect(verified.data!.verifyPlacement.userErrors).toEqual([]);
    await deliverAll();

    // A batch is sent in parallel: the events' own times give their order.
    const received = receiver.requests
      .map((r) => JSON.parse(r.body))
      .sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    expect(received.map((event) => [event.type, event.data.from ?? null, event.data.to ?? null])).toEqual([
      ['application.status_changed', 'APPLIED', 'SHORTLISTED'],
      ['application.status_changed', 'SHORTLISTED', 'INTERVIEW'],
      ['application.status_changed', 'INTERVIEW', 'OFFER'],
      ['application.status_changed', 'OFFER', 'HIRED'],
      ['placement.verified', null, null],
    ]);
    expect(received[0].data).toEqual({ applicationId, vacancyId, from: 'APPLIED', to: 'SHORTLISTED' });
    expect(received[4].data).toMatchObject({ placementId: placement!.id, applicationId });
    expect(await deliveries(id)).toHaveLength(5);
  });

  it('never delivers events of another network or outside the client’s scopes', async () => {
    const otherClient = await newClient(['VACANCY_EVENTS'], otherAdmin);
    await subscribe(otherClient.id, ['VACANCY_PUBLISHED'], otherAdmin);
    const narrow = await newClient(['NETWORK_READ', 'CASE_EVENTS']);
    const sneaky = await subscribe(narrow.id, ['CASE_OPENED']);
    // Even if a subscription somehow asked for a kind its client may not see, the fan-out checks.
    await t.query(
      sql`update webhook_subscriptions set events = array['CASE_OPENED', 'VACANCY_PUBLISHED'] where id = ${sneaky.id}`,
    );
    await publishVacancy();
    await deliverAll();
    expect(receiver.requests).toEqual([]);
    expect(await deliveries(sneaky.id)).toEqual([]);
  });

  it('a disabled subscription gets nothing more; a revoked client neither', async () => {
    const client = await newClient(['VACANCY_EVENTS']);
    const first = await subscribe(client.id, ['VACANCY_PUBLISHED']);
    expect((await t.gql(DISABLE, { id: first.id }, admin)).data!.disableWebhookSubscription).toEqual({
      subscription: { active: false },
      userErrors: [],
    });
    expect(
      (await t.gql(DISABLE, { id: first.id }, admin)).data!.disableWebhookSubscription.userErrors,
    ).toEqual([{ code: 'ALREADY_DISABLED' }]);
    const revoked = await newClient(['VACANCY_EVENTS']);
    await subscribe(revoked.id, ['VACANCY_PUBLISHED']);
    await t.gql('mutation($id: ID!) { revokeApiClient(id: $id) { ok } }', { id: revoked.id }, admin);
    await publishVacancy();
    await deliverAll();
    expect(receiver.requests).toEqual([]);
  });
});

describe('managing subscriptions', () => {
  it('refuses events outside the client’s scopes and URLs that are not http(s), in Italian', async () => {
    const client = await newClient(['NETWORK_READ']);
    const result = await t.gql(
      SUBSCRIBE,
      { input: { apiClientId: client.id, url: 'ftp://esempio.it/x', events: ['VACANCY_PUBLISHED'] } },
      admin,
    );
    expect(result.data!.createWebhookSubscription.subscription).toBeNull();
    expect(result.data!.createWebhookSubscription.userErrors).toEqual([
      { field: 'url', code: 'INVALID_URL', message: 'L’indirizzo deve iniziare con https://.' },
      expect.objectContaining({ field: 'events', code: 'OUT_OF_SCOPE' }),
    ]);
    const [{ n }] = (await t.query<{ n: number }>(
      sql`select count(*)::int as n from webhook_subscriptions where api_client_id = ${client.id}`,
    )) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('an API client subscribes itself and sees only its own subscriptions', async () => {
    const mine = await newClient(['VACANCY_EVENTS']);
    const theirs = await newClient(['VACANCY_EVENTS']);
    const theirSubscription = await subscribe(theirs.id, ['VACANCY_PUBLISHED']);
    const own = await t.gql(
      SUBSCRIBE,
      { input: { url: receiver.url, events: ['VACANCY_PUBLISHED'] } },
      mine.token,
    );
    expect(own.data!.createWebhookSubscription.subscription).toMatchObject({
      apiClientId: mine.id,
      active: true,
    });
    const listed = await t.gql('{ webhookSubscriptions { apiClientId } }', {}, mine.token);
    expect(listed.data!.webhookSubscriptions).toEqual([{ apiClientId: mine.id }]);
    const forOther = await t.gql(
      SUBSCRIBE,
      { input: { apiClientId: theirs.id, url: receiver.url, events: ['VACANCY_PUBLISHED'] } },
      mine.token,
    );
    expect(forOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const operation of [
      t.gql(DELIVERIES, { id: theirSubscription.id }, mine.token),
      t.gql(DISABLE, { id: theirSubscription.id }, mine.token),
    ]) {
      expect((await operation).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('refuses operators, citizens, companies and the admins of another network', async () => {
    const client = await newClient(['VACANCY_EVENTS']);
    const { id } = await subscribe(client.id, ['VACANCY_PUBLISHED']);
    await publishVacancy();
    await deliverAll();
    const [delivery] = await deliveries(id);
    for (const [token, expected] of [
      [operator, 'FORBIDDEN'],
      [citizen, 'FORBIDDEN'],
      [company, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const create = await t.gql(
        SUBSCRIBE,
        { input: { apiClientId: client.id, url: receiver.url, events: ['VACANCY_PUBLISHED'] } },
        token,
      );
      expect(create.errors?.[0]?.extensions?.code).toBe(expected);
      expect((await t.gql('{ webhookSubscriptions { id } }', {}, token)).errors?.[0]?.extensions?.code).toBe(
        expected,
      );
    }
    for (const token of [operator, citizen, company, otherAdmin]) {
      for (const [query, variables] of [
        [DELIVERIES, { id }],
        [DISABLE, { id }],
        [REPLAY, { id: delivery!.id }],
      ] as const) {
        const result = await t.gql(query, variables, token);
        expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
    }
    // Another network's admin cannot subscribe one of this network's clients.
    const cross = await t.gql(
      SUBSCRIBE,
      { input: { apiClientId: client.id, url: receiver.url, events: ['VACANCY_PUBLISHED'] } },
      otherAdmin,
    );
    expect(cross.data!.createWebhookSubscription.userErrors[0]).toMatchObject({ code: 'UNKNOWN_CLIENT' });
    const theirs = await t.gql('{ webhookSubscriptions { id } }', {}, otherAdmin);
    expect(theirs.data!.webhookSubscriptions).not.toContainEqual({ id });
    const [after] = await deliveries(id);
    expect(after!.attempts).toHaveLength(1);
  });
});
