import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { appointmentSlots, bookings } from '@sportello/db';
import { and, eq, gt, notExists, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, DEMO_NETWORK_SLUG, newApiClient } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { PROBE, publishProbe } from './live-fixtures.js';
import { vacancyIn } from './vacancy-fixtures.js';

const apiDir = fileURLToPath(new URL('..', import.meta.url));
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** The code block that follows `<!-- snippet: name -->` in the README, as written there. */
function snippet(name: string): string {
  const match = new RegExp(`<!-- snippet: ${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\``).exec(readme);
  if (!match?.[1]) throw new Error(`README has no snippet "${name}"`);
  return match[1];
}

let t: TestApp;
let env: Record<string, string>;
const running: ChildProcess[] = [];

/** Runs a Node snippet from the API package, where its imports resolve; resolves on a line of output. */
function startNode(code: string, extraEnv: Record<string, string>) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
    cwd: apiDir,
    env: { ...process.env, ...env, ...extraEnv },
  });
  running.push(child);
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  return {
    output: () => output,
    async line(pattern: RegExp, what: string): Promise<string> {
      for (let attempt = 0; attempt < 400; attempt++) {
        const found = output.split('\n').find((line) => pattern.test(line));
        if (found) return found;
        if (child.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`no ${what} in the snippet's output:\n${output}`);
    },
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let admin: string;
let clientUuid: string;

beforeAll(async () => {
  t = await startTestApp();
  const url = await t.app.listen({ port: 0, host: '127.0.0.1' });
  admin = (await t.login(DEMO.admin)).accessToken;
  const client = await newApiClient(t, admin, ['NETWORK_READ', 'CASE_EVENTS', 'VACANCY_EVENTS']);
  clientUuid = client.id;
  env = { SPORTELLO_URL: url, CLIENT_ID: client.clientId, CLIENT_SECRET: client.clientSecret };
});

afterAll(async () => {
  for (const child of running) child.kill();
  await t?.close();
});

describe('the README integration guide, run as written', () => {
  it('gets a token and runs a query with curl', async () => {
    const { stdout } = await promisify(execFile)(
      'bash',
      ['-euo', 'pipefail', '-c', snippet('token-and-query')],
      {
        env: { ...process.env, ...env },
      },
    );
    const answer = JSON.parse(stdout);
    expect(answer.data.sportelli.map((s: { name: string }) => s.name)).toContain('Sportello Lavoro Legnano');
  });

  it('queries and then hears a colloquio booked, in Node', async () => {
    const live = startNode(snippet('live-events'), {});
    expect(await live.line(/^Sportelli: /, 'query answer')).toContain('Sportello Lavoro Legnano');
    await live.line(/^In ascolto degli eventi$/, 'connection');
    // Until the subscription is in place, probes published on the instance; then a real booking.
    const [{ id: networkId }] = (await t.query<{ id: string }>(
      sql`select id from networks where slug = ${DEMO_NETWORK_SLUG}`,
    )) as [{ id: string }];
    for (let attempt = 0; attempt < 200 && !live.output().includes(PROBE); attempt++) {
      publishProbe(t.app, { networkId });
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const [slot] = await t.db
      .select({ id: appointmentSlots.id })
      .from(appointmentSlots)
      .where(
        and(
          gt(appointmentSlots.startsAt, new Date()),
          notExists(t.db.select().from(bookings).where(eq(bookings.slotId, appointmentSlots.id))),
        ),
      )
      .limit(1);
    const citizen = (await t.login(DEMO.citizen)).accessToken;
    const booked = await t.gql(
      'mutation($id: ID!) { bookSlot(slotId: $id) { booking { id } userErrors { message } } }',
      { id: slot!.id },
      citizen,
    );
    expect(booked.data!.bookSlot.userErrors).toEqual([]);
    expect(await live.line(/^BOOKING_CHANGED Colloquio prenotato: /, 'booking event')).toBeTruthy();
  });

  it('receives a webhook, verifies it and refuses a forged one', async () => {
    const port = await freePort();
    const subscribed = await t.gql(
      'mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret userErrors { message } } }',
      {
        input: {
          apiClientId: clientUuid,
          url: `http://127.0.0.1:${port}/eventi`,
          events: ['VACANCY_PUBLISHED'],
        },
      },
      admin,
    );
    const secret = subscribed.data!.createWebhookSubscription.secret;
    expect(secret).toMatch(/^whsec_/);
    const receiver = startNode(snippet('webhook-receiver'), { PORT: String(port), WEBHOOK_SECRET: secret });
    await receiver.line(/^Ricevitore pronto$/, 'readiness');

    const operator = (await t.login(DEMO.operator)).accessToken;
    const company = (await t.login(DEMO.companyMember)).accessToken;
    const vacancyId = await vacancyIn(t, { company, operator }, 'PUBLISHED');
    await t.app.webhooks.drain();
    const line = await receiver.line(/^vacancy\.published /, 'the event');
    expect(JSON.parse(line.slice('vacancy.published '.length))).toMatchObject({
      vacancyId,
      status: 'PUBLISHED',
    });

    const forged = await fetch(`http://127.0.0.1:${port}/eventi`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': randomUUID(),
        'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
        'webhook-signature': 'v1,Zm9yZ2Vk',
      },
      body: JSON.stringify({ type: 'vacancy.published', data: { vacancyId } }),
    });
    expect(forged.status).toBe(401);
  });
});
