import { auditLog, caseAssignments } from '@sportello/db';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
let legnano: string;
let varese: string;
beforeAll(async () => {
  t = await startTestApp();
  legnano = (await t.login(DEMO.operator)).accessToken;
  varese = (await t.login(DEMO.operatorVarese)).accessToken;
});
afterAll(() => t?.close());

const TAKE = `mutation($id: ID!, $reason: String!) { takeCitizenInCharge(citizenId: $id, reason: $reason) { caseAssignment { sportello { name } } userErrors { field code message } } }`;
const REASON = 'Si è trasferita a Varese e segue il percorso qui';

async function citizenId(email: string) {
  const [row] = await t.query<{ id: string }>(sql`select id from users where email = ${email}`);
  return row!.id;
}

const openAssignments = (id: string) =>
  t.db
    .select()
    .from(caseAssignments)
    .where(and(eq(caseAssignments.citizenId, id), isNull(caseAssignments.endedAt)));

const audits = (id: string) =>
  t.db.select().from(auditLog).where(eq(auditLog.subjectId, id)).orderBy(desc(auditLog.at));

describe('presa in carico and transfer', () => {
  it('needs a reason; without one nothing changes and nobody is told', async () => {
    const giulia = await citizenId(DEMO.citizen);
    const before = { open: await openAssignments(giulia), audits: (await audits(giulia)).length };
    await t.app.outbox.drain();
    const mails = t.mails.length;
    for (const reason of ['', '   ', 'perché sì']) {
      const result = await t.gql(TAKE, { id: giulia, reason }, varese);
      expect(result.data!.takeCitizenInCharge.caseAssignment).toBeNull();
      expect(result.data!.takeCitizenInCharge.userErrors).toEqual([
        { field: 'reason', code: 'REQUIRED', message: 'Scrivi almeno 10 caratteri.' },
      ]);
    }
    const tooLong = await t.gql(TAKE, { id: giulia, reason: 'x'.repeat(501) }, varese);
    expect(tooLong.data!.takeCitizenInCharge.userErrors[0]).toMatchObject({
      field: 'reason',
      code: 'TOO_LONG',
    });
    expect(await openAssignments(giulia)).toEqual(before.open);
    expect((await audits(giulia)).length).toBe(before.audits);
    await t.app.outbox.drain();
    expect(t.mails.length).toBe(mails);
  });

  it('a transfer is audited with its reason and told to the citizen and to the sportello that had the case', async () => {
    const giulia = await citizenId(DEMO.citizen);
    const result = await t.gql(TAKE, { id: giulia, reason: `  ${REASON} ` }, varese);
    expect(result.data!.takeCitizenInCharge).toEqual({
      caseAssignment: { sportello: { name: 'Sportello Lavoro Varese' } },
      userErrors: [],
    });
    const [entry] = await audits(giulia);
    expect(entry).toMatchObject({ action: 'case.transfer', reason: REASON });

    await t.app.outbox.drain();
    const toCitizen = t.mails.filter((m) => m.to.includes(DEMO.citizen));
    expect(toCitizen).toHaveLength(1);
    expect(toCitizen[0]!.subject).toBe('Sportello Lavoro Varese ti ha preso in carico');
    expect(toCitizen[0]!.text).toContain(REASON);
    expect(toCitizen[0]!.text).toContain('Prima ti seguiva Sportello Lavoro Legnano');
    const toLegnano = t.mails.filter(
      (m) => m.subject === 'Presa in carico di Giulia Bianchi passata a Sportello Lavoro Varese',
    );
    expect(toLegnano.map((m) => m.to).sort()).toEqual([
      DEMO.operator,
      'sportello.legnano@demo.sportellolavoro.it',
    ]);
    expect(toLegnano[0]!.text).toContain(REASON);
    // Varese is not told about its own act.
    expect(t.mails.some((m) => m.to.includes(DEMO.operatorVarese))).toBe(false);
  });

  it('concurrent takers queue: one open assignment at the end, one notice to the citizen per change', async () => {
    const luca = await citizenId('luca.ferrari@demo.sportellolavoro.it');
    await t.app.outbox.drain();
    const mails = t.mails.length;
    const results = await Promise.all(
      [legnano, varese, legnano, varese].map((token, i) =>
        t.gql(TAKE, { id: luca, reason: `Richiesta numero ${i} della persona` }, token),
      ),
    );
    expect(results.every((r) => r.data!.takeCitizenInCharge.userErrors.length === 0)).toBe(true);
    expect(await openAssignments(luca)).toHaveLength(1);
    const changes = (await audits(luca)).filter((a) => a.action.startsWith('case.'));
    await t.app.outbox.drain();
    const citizenMails = t.mails.slice(mails).filter((m) => m.to.includes('luca.ferrari'));
    // One notice to the citizen for each change that happened, whatever the interleaving.
    expect(citizenMails).toHaveLength(changes.length);
  });
});
