import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { coverLetters } from '@sportello/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, OTHER_OPERATOR, seedOtherNetwork } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { expectTaggedPdf } from './pdf-structure.js';
import { vacancyIn } from './vacancy-fixtures.js';

let t: TestApp;
let giulia: string;
let operator: string;
let company: string;
let admin: string;
let otherOperator: string;
let giuliaId: string;
let lucaId: string;

const LETTER_FIELDS = `id title body revision template { key } vacancy { id title } lastEditedBy { name onBehalf } updatedAt`;
const DRAFT = `mutation($input: DraftCoverLetterInput!, $key: String) {
  draftCoverLetter(input: $input, idempotencyKey: $key) { coverLetter { ${LETTER_FIELDS} } userErrors { field code message } }
}`;
const UPDATE = `mutation($id: ID!, $input: CoverLetterInput!) {
  updateCoverLetter(id: $id, input: $input) { coverLetter { ${LETTER_FIELDS} } userErrors { field code message } }
}`;
const DELETE = `mutation($id: ID!) { deleteCoverLetter(id: $id) { deletedId userErrors { code } } }`;
const LETTER = `query($id: ID!) { coverLetter(id: $id) { ${LETTER_FIELDS} } }`;
const APPLY = `mutation($id: ID!, $letter: String, $letterId: ID) {
  applyToVacancy(vacancyId: $id, coverLetter: $letter, coverLetterId: $letterId) { application { id coverLetter } userErrors { field code message } }
}`;

const vacancy = (overrides: Record<string, unknown> = {}) =>
  vacancyIn(t, { company, operator }, 'PUBLISHED', overrides);

async function draft(input: Record<string, unknown>, token = giulia, key?: string) {
  const result = await t.gql(DRAFT, { input, key }, token);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.draftCoverLetter;
}

const letterCount = async () =>
  Number((await t.query<{ n: number }>(sql`select count(*)::int as n from cover_letters`))[0]!.n);

beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
  giulia = (await t.login(DEMO.citizen)).accessToken;
  operator = (await t.login(DEMO.operator)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  admin = (await t.login(DEMO.admin)).accessToken;
  otherOperator = (await t.login(OTHER_OPERATOR)).accessToken;
  giuliaId = (await t.gql('{ me { id } }', {}, giulia)).data!.me.id;
  const citizens = await t.gql('{ citizens(first: 20) { edges { node { id givenName } } } }', {}, operator);
  lucaId = (citizens.data!.citizens.edges as { node: { id: string; givenName: string } }[]).find(
    (e) => e.node.givenName === 'Luca',
  )!.node.id;
});
afterAll(() => t?.close());

describe('cover letter templates', () => {
  it('are listed with what each needs', async () => {
    const result = await t.gql('{ coverLetterTemplates { key name description requiresVacancy } }');
    const templates = result.data!.coverLetterTemplates as { key: string; requiresVacancy: boolean }[];
    expect(templates.map((x) => [x.key, x.requiresVacancy])).toEqual([
      ['VACANCY_RESPONSE', true],
      ['SPONTANEOUS', false],
      ['INTERNSHIP', false],
    ]);
  });
});

describe('drafting a cover letter', () => {
  it('fills the template with the vacancy and the citizen’s profile and CV', async () => {
    const vacancyId = await vacancy({ title: 'Saldatrice a filo continuo' });
    const { coverLetter, userErrors } = await draft({ templateKey: 'VACANCY_RESPONSE', vacancyId });
    expect(userErrors).toEqual([]);
    expect(coverLetter.title).toBe('Candidatura per la posizione di Saldatrice a filo continuo');
    expect(coverLetter.vacancy).toEqual({ id: vacancyId, title: 'Saldatrice a filo continuo' });
    expect(coverLetter.template.key).toBe('VACANCY_RESPONSE');
    expect(coverLetter.revision).toBe(1);
    expect(coverLetter.lastEditedBy).toEqual({ name: 'Giulia Bianchi', onBehalf: false });
    const body = coverLetter.body as string;
    expect(body).toMatch(/^Gentile Responsabile della selezione di Officine Meccaniche Legnano/);
    expect(body).toContain('per la posizione di Saldatrice a filo continuo a Legnano');
    expect(body).toContain('Saldatrice presso Carpenteria metallica (Legnano), dal 2014 al 2024');
    expect(body).toContain('Attestato di qualifica di operatore professionale (IeFP) – Operatore meccanico.');
    expect(body).toContain('Conosco queste lingue: italiano (madrelingua).');
    expect(body).toContain('Saldatrice con esperienza in carpenteria metallica.');
    expect(body).toMatch(/Giulia Bianchi$/);
    expect(body).not.toMatch(/\n{3,}|\{\{|undefined|null/);
  });

  it('leaves out what the CV does not have and reports CEFR levels conservatively', async () => {
    const { coverLetter } = await draft({ citizenId: lucaId, templateKey: 'INTERNSHIP' }, operator);
    expect(coverLetter.title).toBe('Richiesta di tirocinio');
    expect(coverLetter.body).toContain('inglese (livello A2)');
    expect(coverLetter.body).not.toContain('esperienze di lavoro');
    expect(coverLetter.lastEditedBy.onBehalf).toBe(true);
  });

  it('refuses unknown templates, a missing or unpublished vacancy, and writes nothing', async () => {
    const before = await letterCount();
    const draftVacancy = await vacancyIn(t, { company, operator }, 'DRAFT');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ templateKey: 'NESSUNO' }, 'templateKey', 'UNKNOWN_TEMPLATE'],
      [{ templateKey: 'VACANCY_RESPONSE' }, 'vacancyId', 'REQUIRED'],
      [{ templateKey: 'SPONTANEOUS', vacancyId: randomUUID() }, 'vacancyId', 'VACANCY_NOT_FOUND'],
      [{ templateKey: 'SPONTANEOUS', vacancyId: 'non-un-id' }, 'vacancyId', 'VACANCY_NOT_FOUND'],
      [{ templateKey: 'SPONTANEOUS', vacancyId: draftVacancy }, 'vacancyId', 'VACANCY_NOT_FOUND'],
    ];
    for (const [input, field, code] of cases) {
      const { coverLetter, userErrors } = await draft(input);
      expect(coverLetter).toBeNull();
      expect(userErrors).toContainEqual(expect.objectContaining({ field, code }));
      expect(userErrors[0].message).toMatch(/\p{L}/u);
    }
    expect(await letterCount()).toBe(before);
  });

  it('keeps at most 50 letters per citizen', async () => {
    const marco = (
      await t.gql('{ citizens(first: 20) { edges { node { id givenName } } } }', {}, operator)
    ).data!.citizens.edges.find((e: { node: { givenName: string } }) => e.node.givenName === 'Marco')!.node
      .id;
    const [network] = await t.query<{ network_id: string }>(
      sql`select network_id from citizens where user_id = ${marco}`,
    );
    await t.db.insert(coverLetters).values(
      Array.from({ length: 50 }, (_, i) => ({
        networkId: network!.network_id,
        citizenId: marco,
        templateKey: 'SPONTANEOUS',
        title: `Lettera ${i}`,
        body: 'x'.repeat(60),
        lastEditedBy: marco,
      })),
    );
    const { coverLetter, userErrors } = await draft(
      { citizenId: marco, templateKey: 'SPONTANEOUS' },
      operator,
    );
    expect(coverLetter).toBeNull();
    expect(userErrors).toEqual([expect.objectContaining({ field: null, code: 'TOO_MANY' })]);
  });

  it('is idempotent per key, also for concurrent retries', async () => {
    const key = randomUUID();
    const input = { templateKey: 'SPONTANEOUS' };
    const results = await Promise.all([1, 2, 3].map(() => draft(input, giulia, key)));
    const ids = new Set(results.map((r) => r.coverLetter.id));
    expect(ids.size).toBe(1);
    const reused = await draft({ templateKey: 'INTERNSHIP' }, giulia, key);
    expect(reused.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('is refused to companies, other networks and for citizens other than oneself, like a missing citizen', async () => {
    const refused = [
      [giulia, lucaId],
      [company, giuliaId],
      [otherOperator, giuliaId],
      [operator, randomUUID()],
    ] as const;
    for (const [token, citizenId] of refused) {
      const result = await t.gql(DRAFT, { input: { citizenId, templateKey: 'SPONTANEOUS' } }, token);
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(result.data?.draftCoverLetter ?? null).toBeNull();
    }
    const withoutCitizen = await t.gql(DRAFT, { input: { templateKey: 'SPONTANEOUS' } }, operator);
    expect(withoutCitizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('editing a cover letter', () => {
  it('the citizen and the staff edit it; staff edits are audited and shown as made on the citizen’s behalf', async () => {
    const { coverLetter } = await draft({ templateKey: 'SPONTANEOUS' });
    const body = `${coverLetter.body}\n\nPS: sono disponibile anche per turni nel fine settimana.`;
    const own = await t.gql(
      UPDATE,
      { id: coverLetter.id, input: { title: 'La mia candidatura', body, revision: 1 } },
      giulia,
    );
    expect(own.data!.updateCoverLetter.coverLetter).toMatchObject({
      title: 'La mia candidatura',
      body,
      revision: 2,
      lastEditedBy: { name: 'Giulia Bianchi', onBehalf: false },
    });
    const audited = async () =>
      t.query<{ action: string }>(
        sql`select action from audit_log where subject_type = 'cover_letter' and subject_id = ${coverLetter.id}`,
      );
    expect(await audited()).toEqual([]);

    const byOperator = await t.gql(
      UPDATE,
      { id: coverLetter.id, input: { title: 'Candidatura spontanea', body, revision: 2 } },
      operator,
    );
    expect(byOperator.data!.updateCoverLetter.coverLetter.lastEditedBy.onBehalf).toBe(true);
    expect(byOperator.data!.updateCoverLetter.coverLetter.revision).toBe(3);
    const byAdmin = await t.gql(
      UPDATE,
      { id: coverLetter.id, input: { title: 'Candidatura spontanea', body, revision: 3 } },
      admin,
    );
    expect(byAdmin.data!.updateCoverLetter.userErrors).toEqual([]);
    expect((await audited()).map((r) => r.action)).toEqual(['cover_letter.updated', 'cover_letter.updated']);

    const read = await t.gql(LETTER, { id: coverLetter.id }, giulia);
    expect(read.data!.coverLetter.revision).toBe(4);
    const listed = await t.gql('{ me { citizen { coverLetters { id } } } }', {}, giulia);
    expect(listed.data!.me.citizen.coverLetters[0].id).toBe(coverLetter.id);
  });

  it('refuses a title or body out of bounds, naming the field, and changes nothing', async () => {
    const { coverLetter } = await draft({ templateKey: 'SPONTANEOUS' });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '  ', body: coverLetter.body }, 'title', 'REQUIRED'],
      [{ title: 'x'.repeat(121), body: coverLetter.body }, 'title', 'TOO_LONG'],
      [{ title: 'Lettera', body: 'Troppo breve.' }, 'body', 'REQUIRED'],
      [{ title: 'Lettera', body: 'x'.repeat(5001) }, 'body', 'TOO_LONG'],
    ];
    for (const [input, field, code] of cases) {
      const result = await t.gql(UPDATE, { id: coverLetter.id, input: { ...input, revision: 1 } }, giulia);
      expect(result.data!.updateCoverLetter.userErrors).toEqual([expect.objectContaining({ field, code })]);
    }
    const read = await t.gql(LETTER, { id: coverLetter.id }, giulia);
    expect(read.data!.coverLetter).toMatchObject({
      title: coverLetter.title,
      body: coverLetter.body,
      revision: 1,
    });
  });

  it('of two concurrent edits of the same revision, one is saved and the other is refused as stale', async () => {
    const { coverLetter } = await draft({ templateKey: 'SPONTANEOUS' });
    const edit = (token: string, who: string) =>
      t.gql(
        UPDATE,
        { id: coverLetter.id, input: { title: `Versione di ${who}`, body: coverLetter.body, revision: 1 } },
        token,
      );
    const results = await Promise.all([edit(giulia, 'Giulia'), edit(operator, 'operatore')]);
    const outcomes = results.map((r) => r.data!.updateCoverLetter);
    expect(outcomes.filter((o) => o.coverLetter)).toHaveLength(1);
    expect(outcomes.flatMap((o) => o.userErrors)).toEqual([
      expect.objectContaining({ field: 'revision', code: 'STALE' }),
    ]);
    const read = await t.gql(LETTER, { id: coverLetter.id }, giulia);
    expect(read.data!.coverLetter.revision).toBe(2);
    expect(read.data!.coverLetter.title).toBe(outcomes.find((o) => o.coverLetter)!.coverLetter.title);
  });

  it('is hidden from companies and other networks like a missing letter', async () => {
    const { coverLetter } = await draft({ templateKey: 'SPONTANEOUS' });
    for (const token of [company, otherOperator]) {
      for (const id of [coverLetter.id, randomUUID()]) {
        const read = await t.gql(LETTER, { id }, token);
        expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        const update = await t.gql(
          UPDATE,
          { id, input: { title: 'Presa', body: coverLetter.body, revision: 1 } },
          token,
        );
        expect(update.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect((await t.gql(DELETE, { id }, token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
    }
    const lucaLetter = (await draft({ citizenId: lucaId, templateKey: 'SPONTANEOUS' }, operator)).coverLetter;
    expect((await t.gql(LETTER, { id: lucaLetter.id }, giulia)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('is deleted by the citizen or by staff (audited)', async () => {
    const mine = (await draft({ templateKey: 'SPONTANEOUS' })).coverLetter;
    expect((await t.gql(DELETE, { id: mine.id }, giulia)).data!.deleteCoverLetter.deletedId).toBe(mine.id);
    expect((await t.gql(LETTER, { id: mine.id }, giulia)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const other = (await draft({ templateKey: 'SPONTANEOUS' })).coverLetter;
    expect((await t.gql(DELETE, { id: other.id }, operator)).data!.deleteCoverLetter.deletedId).toBe(
      other.id,
    );
    const audit = await t.query<{ action: string }>(
      sql`select action from audit_log where subject_type = 'cover_letter' and subject_id = ${other.id}`,
    );
    expect(audit.map((r) => r.action)).toEqual(['cover_letter.deleted']);
  });
});

describe('applying with a saved cover letter', () => {
  it('the application keeps a copy that later edits and deletion leave untouched', async () => {
    const vacancyId = await vacancy();
    const { coverLetter } = await draft({ templateKey: 'VACANCY_RESPONSE', vacancyId });
    const applied = await t.gql(APPLY, { id: vacancyId, letterId: coverLetter.id }, giulia);
    const application = applied.data!.applyToVacancy.application;
    expect(applied.data!.applyToVacancy.userErrors).toEqual([]);
    expect(application.coverLetter).toBe(coverLetter.body);
    const linked = await t.query<{ cover_letter_id: string }>(
      sql`select cover_letter_id from applications where id = ${application.id}`,
    );
    expect(linked[0]!.cover_letter_id).toBe(coverLetter.id);

    await t.gql(
      UPDATE,
      { id: coverLetter.id, input: { title: 'Altro', body: 'x'.repeat(60), revision: 1 } },
      giulia,
    );
    await t.gql(DELETE, { id: coverLetter.id }, giulia);
    const seen = await t.gql(
      'query($id: ID!) { application(id: $id) { coverLetter } }',
      { id: application.id },
      company,
    );
    expect(seen.data!.application.coverLetter).toBe(coverLetter.body);
  });

  it('refuses a letter of someone else, an unknown one, or both a letter and a written text', async () => {
    const vacancyId = await vacancy();
    const lucaLetter = (await draft({ citizenId: lucaId, templateKey: 'SPONTANEOUS' }, operator)).coverLetter;
    const mine = (await draft({ templateKey: 'SPONTANEOUS' })).coverLetter;
    const cases: [Record<string, unknown>, string][] = [
      [{ letterId: lucaLetter.id }, 'NOT_FOUND'],
      [{ letterId: randomUUID() }, 'NOT_FOUND'],
      [{ letterId: 'non-un-id' }, 'NOT_FOUND'],
      [{ letterId: mine.id, letter: 'Scritta a mano' }, 'BOTH_LETTERS'],
    ];
    for (const [variables, code] of cases) {
      const result = await t.gql(APPLY, { id: vacancyId, ...variables }, giulia);
      expect(result.data!.applyToVacancy.userErrors).toEqual([
        expect.objectContaining({ field: 'coverLetterId', code }),
      ]);
    }
    const applications = await t.query<{ n: number }>(
      sql`select count(*)::int as n from applications where vacancy_id = ${vacancyId}`,
    );
    expect(Number(applications[0]!.n)).toBe(0);
  });
});

describe('cover letter as PDF', () => {
  const pdfOf = (id: string, token?: string) =>
    t.app.inject({
      method: 'GET',
      url: `/api/cover-letters/${id}.pdf`,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  it('the citizen and the staff of the network download it; others get 404 like for a missing letter', async () => {
    const vacancyId = await vacancy();
    const { coverLetter } = await draft({ templateKey: 'VACANCY_RESPONSE', vacancyId });
    const own = await pdfOf(coverLetter.id, giulia);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.headers['content-disposition']).toBe('attachment; filename="Lettera-Bianchi-Giulia.pdf"');
    expect(own.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(own.rawPayload.length).toBeGreaterThan(1500);
    expectTaggedPdf(own.rawPayload);
    if (process.env.COVER_LETTER_PDF_OUT) writeFileSync(process.env.COVER_LETTER_PDF_OUT, own.rawPayload);

    expect((await pdfOf(coverLetter.id, operator)).statusCode).toBe(200);
    expect((await pdfOf(coverLetter.id, admin)).statusCode).toBe(200);
    expect((await pdfOf(coverLetter.id, company)).statusCode).toBe(404);
    expect((await pdfOf(coverLetter.id, otherOperator)).statusCode).toBe(404);
    expect((await pdfOf(randomUUID(), operator)).statusCode).toBe(404);
    expect((await pdfOf('non-un-id', operator)).statusCode).toBe(404);
    expect((await pdfOf(coverLetter.id)).statusCode).toBe(401);
  });
});
