import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { inDays } from './vacancy-fixtures.js';

// Without SMTP the emails stay in the local mailbox, and the dev routes are served (not in production).
let dev: TestApp;
let production: TestApp;

const LUCA = 'luca.ferrari@demo.sportellolavoro.it';
const TAKE = `mutation($id: ID!) { takeCitizenInCharge(citizenId: $id, reason: "Accoglienza e presa in carico allo sportello") { caseAssignment { case { id } } userErrors { code } } }`;
const SAVE = `mutation($id: ID!, $input: PattoInput!) { savePatto(caseId: $id, input: $input) { patto { actions { id description dueOn } } userErrors { code } } }`;
const CASE = `query($id: ID!) { citizenCase(citizenId: $id) { overdueActionCount patto { version actions { description dueOn overdue } } } }`;
const TODAY = `{ caseworkToday { overdueActionCount actionsDue { description overdue } } }`;

/** Luca taken in charge at Legnano with a patto of two actions due today; the ids of the actions. */
async function pattoDueToday(t: TestApp) {
  const operator = (await t.login(DEMO.operator)).accessToken;
  const luca = (await t.login(LUCA)).accessToken;
  const lucaId = (await t.gql('{ me { id } }', {}, luca)).data!.me.id as string;
  const taken = await t.gql(TAKE, { id: lucaId }, operator);
  const caseId = taken.data!.takeCitizenInCharge.caseAssignment.case.id;
  const saved = await t.gql(
    SAVE,
    {
      id: caseId,
      input: {
        objectives: 'Trovare un lavoro in magazzino entro sei mesi, vicino a casa.',
        actions: [
          {
            kind: 'JOB_SEARCH',
            description: 'Inviare due candidature',
            dueOn: inDays(0),
            assignee: 'CITIZEN',
          },
          { kind: 'JOB_CLUB', description: 'Partecipare al Job Club', dueOn: inDays(0), assignee: 'CITIZEN' },
        ],
      },
    },
    operator,
  );
  expect(saved.data!.savePatto.userErrors).toEqual([]);
  const [first, second] = saved.data!.savePatto.patto.actions as { id: string }[];
  return { operator, lucaId, first: first!.id, second: second!.id };
}

const earlier = (t: TestApp, id: string) =>
  t.app.inject({ method: 'POST', url: `/dev/patto-actions/${id}/due-a-day-earlier` });

beforeAll(async () => {
  dev = await startTestApp({ env: { SMTP_URL: '' } });
  production = await startTestApp({
    env: {
      NODE_ENV: 'production',
      JWT_PRIVATE_KEY: 'unused: the harness signs with its own key',
      SMTP_URL: '',
    },
  });
});
afterAll(async () => {
  await dev?.close();
  await production?.close();
});

describe('the next day, for the browser tests', () => {
  it('moves one action’s due day a day back and nothing else: it reads as overdue', async () => {
    const { operator, lucaId, first } = await pattoDueToday(dev);
    const response = await earlier(dev, first);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ id: first, dueOn: inDays(-1) });

    const found = (await dev.gql(CASE, { id: lucaId }, operator)).data!.citizenCase;
    expect(found.overdueActionCount).toBe(1);
    // No new version: the patto is the one the citizen was asked to accept.
    expect(found.patto).toEqual({
      version: 1,
      actions: [
        { description: 'Inviare due candidature', dueOn: inDays(-1), overdue: true },
        { description: 'Partecipare al Job Club', dueOn: inDays(0), overdue: false },
      ],
    });
    const today = (await dev.gql(TODAY, {}, operator)).data!.caseworkToday;
    expect(today.actionsDue).toContainEqual({ description: 'Inviare due candidature', overdue: true });
    expect(today.actionsDue).toContainEqual({ description: 'Partecipare al Job Club', overdue: false });
  });

  it('answers 404 for an unknown or malformed action', async () => {
    for (const id of [randomUUID(), 'not-an-id']) expect((await earlier(dev, id)).statusCode).toBe(404);
  });

  it('is not served in production', async () => {
    const { operator, lucaId, first } = await pattoDueToday(production);
    const response = await earlier(production, first);
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toMatch(/^Route POST:.* not found$/);
    const found = (await production.gql(CASE, { id: lucaId }, operator)).data!.citizenCase;
    expect(found.overdueActionCount).toBe(0);
  });
});
