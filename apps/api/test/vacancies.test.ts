import { randomUUID } from 'node:crypto';
import { vacancies } from '@sportello/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyInput, DEMO, REGISTER_COMPANY } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { ESCO_SKILLS } from './skill-fixtures.js';
import { CREATE_VACANCY, inDays, vacancyIn, vacancyInput, WAREHOUSE } from './vacancy-fixtures.js';

let t: TestApp;
let company: string;
let operator: string;
let tokens: { company: string; operator: string };

beforeAll(async () => {
  t = await startTestApp();
  company = (await t.login(DEMO.companyMember)).accessToken;
  operator = (await t.login(DEMO.operator)).accessToken;
  tokens = { company, operator };
});
afterAll(() => t?.close());

const SEARCH = `query($filter: VacancySearchInput, $n: Int) {
  vacancySearch(filter: $filter, first: $n) { totalCount edges { node { id title companyName status workplaceComune { name } occupation { label } languages { languageName minLevel } } } }
}`;
const search = async (filter: Record<string, unknown>, n = 50) => {
  const result = await t.gql(SEARCH, { filter, n });
  expect(result.errors).toBeUndefined();
  return result.data!.vacancySearch.edges.map((e: { node: { id: string } }) => e.node.id) as string[];
};

describe('vacancy lifecycle', () => {
  it('draft -> submitted -> published by moderation -> filled, and only published ones are public', async () => {
    const id = await vacancyIn(t, tokens, 'DRAFT');
    const anonymous = await t.gql('query($id: ID!) { vacancy(id: $id) { title } }', { id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await t.gql('mutation($id: ID!) { submitVacancy(id: $id) { vacancy { status } } }', { id }, company);
    const queue = await t.gql('{ vacanciesToModerate { edges { node { id } } } }', {}, operator);
    expect(queue.data!.vacanciesToModerate.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      id,
    );
    const published = await t.gql(
      'mutation($id: ID!) { publishVacancy(id: $id) { vacancy { status publishedAt publicUrl } } }',
      { id },
      operator,
    );
    expect(published.data!.publishVacancy.vacancy).toMatchObject({
      status: 'PUBLISHED',
      publicUrl: `http://localhost:3000/offerte/${id}`,
    });
    const visible = await t.gql('query($id: ID!) { vacancy(id: $id) { title companyName } }', { id });
    expect(visible.data!.vacancy.companyName).toContain('Officine Meccaniche Legnano');
    const again = await t.gql(
      'mutation($id: ID!) { publishVacancy(id: $id) { userErrors { code } } }',
      { id },
      operator,
    );
    expect(again.data!.publishVacancy.userErrors[0].code).toBe('INVALID_STATE');
    const filled = await t.gql(
      'mutation($id: ID!) { closeVacancy(id: $id, filled: true) { vacancy { status } } }',
      { id },
      company,
    );
    expect(filled.data!.closeVacancy.vacancy.status).toBe('FILLED');
    expect(await search({})).not.toContain(id);
  });

  it('a rejected vacancy shows the reason to the company, can be edited and submitted again', async () => {
    const id = await vacancyIn(t, tokens, 'SUBMITTED');
    await t.gql(
      'mutation($id: ID!) { rejectVacancy(id: $id, reason: "Indicare la retribuzione prevista dal CCNL") { vacancy { status } } }',
      { id },
      operator,
    );
    const seen = await t.gql(
      'query($id: ID!) { vacancy(id: $id) { status rejectionReason } }',
      { id },
      company,
    );
    expect(seen.data!.vacancy).toEqual({
      status: 'REJECTED',
      rejectionReason: 'Indicare la retribuzione prevista dal CCNL',
    });
    const updated = await t.gql(
      'mutation($id: ID!, $input: VacancyInput!) { updateVacancy(id: $id, input: $input) { vacancy { status title } } }',
      { id, input: vacancyInput({ title: 'Saldatore a filo (CCNL metalmeccanici)' }) },
      company,
    );
    expect(updated.data!.updateVacancy.vacancy).toEqual({
      status: 'DRAFT',
      title: 'Saldatore a filo (CCNL metalmeccanici)',
    });
  });

  it('a company still pending verification cannot submit', async () => {
    const input = companyInput();
    await t.gql(REGISTER_COMPANY, { input });
    await t.gql('mutation($t: String!) { verifyEmail(token: $t) { ok } }', {
      t: t.tokenFromLink(await t.linkFromMail(input.email, 'Conferma')),
    });
    const pending = (await t.login(input.email, input.password)).accessToken;
    const id = (await t.gql(CREATE_VACANCY, { input: vacancyInput() }, pending)).data!.createVacancy.vacancy
      .id;
    const submitted = await t.gql(
      'mutation($id: ID!) { submitVacancy(id: $id) { userErrors { code message } } }',
      { id },
      pending,
    );
    expect(submitted.data!.submitVacancy.userErrors[0].code).toBe('COMPANY_NOT_VERIFIED');
  });

  it('refuses invalid fields by name and creates nothing', async () => {
    const [before] = await t.db.select({ n: sql<number>`count(*)::int` }).from(vacancies);
    const result = await t.gql(
      CREATE_VACANCY,
      {
        input: vacancyInput({
          title: 'x',
          description: 'troppo corta',
          occupationUri: 'http://data.europa.eu/esco/occupation/inventata',
          workplaceComuneCode: null,
          salaryMinCents: 300_000,
          salaryMaxCents: 100_000,
          positions: 0,
          expiresOn: inDays(400),
          languages: [{ languageCode: 'zz', minLevel: 'B1' }],
          skills: [{ skillUri: 'http://data.europa.eu/esco/skill/non-esiste', essential: true }],
        }),
      },
      company,
    );
    const fields = result.data!.createVacancy.userErrors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual([
      'description',
      'expiresOn',
      'languages[0].languageCode',
      'occupationUri',
      'positions',
      'salaryMaxCents',
      'skills[0].skillUri',
      'title',
      'workplaceComuneCode',
    ]);
    const [after] = await t.db.select({ n: sql<number>`count(*)::int` }).from(vacancies);
    expect(after!.n).toBe(before!.n);
  });

  it('asks for essential and optional ESCO skills, shown essential first, also in the public search', async () => {
    // Essential skills come by label: "operate forklift" before "stack goods".
    const { forklift: sorting, stacking: driving, receiving: packing } = ESCO_SKILLS;
    const skills = [
      { skillUri: packing.uri, essential: false },
      { skillUri: sorting.uri, essential: true },
      { skillUri: driving.uri, essential: true },
    ];
    const id = await vacancyIn(t, tokens, 'PUBLISHED', {
      skills,
      title: 'Addetto smistamento con competenze',
    });
    const read = await t.gql(
      'query($id: ID!) { vacancy(id: $id) { skills { essential skill { uri label } } } }',
      { id },
    );
    expect(read.data!.vacancy.skills).toEqual([
      { essential: true, skill: { uri: sorting.uri, label: sorting.label } },
      { essential: true, skill: { uri: driving.uri, label: driving.label } },
      { essential: false, skill: { uri: packing.uri, label: packing.label } },
    ]);
    const page = await t.app.inject({ method: 'GET', url: `/offerte/${id}` });
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.body)![1]!);
    expect(jsonLd.skills).toEqual(
      [sorting, driving, packing].map((s) => ({
        '@type': 'DefinedTerm',
        name: s.label,
        termCode: s.uri,
        inDefinedTermSet: 'https://esco.ec.europa.eu/',
      })),
    );
    expect(page.body).toContain(`Competenze richieste: ${sorting.label}, ${driving.label}.`);
    expect(page.body).toContain(`Competenze gradite: ${packing.label}.`);
    expect(page.body).toContain('Professione: saldatore/saldatrice');

    const repeated = await t.gql(
      CREATE_VACANCY,
      { input: vacancyInput({ skills: [skills[0], { ...skills[0], essential: true }] }) },
      company,
    );
    expect(repeated.data!.createVacancy.userErrors).toEqual([
      { field: 'skills[1].skillUri', code: 'DUPLICATE', message: 'Competenza già indicata.' },
    ]);
  });

  it('a published vacancy past its day shows as expired and leaves the search', async () => {
    const id = await vacancyIn(t, tokens, 'PUBLISHED');
    expect(await search({})).toContain(id);
    await t.db
      .update(vacancies)
      .set({ expiresOn: inDays(-1) })
      .where(eq(vacancies.id, id));
    expect(await search({})).not.toContain(id);
    const own = await t.gql('query($id: ID!) { vacancy(id: $id) { status } }', { id }, company);
    expect(own.data!.vacancy.status).toBe('EXPIRED');
  });
});

describe('idempotency', () => {
  it('same key, same vacancy; same key with another body, an error; concurrent retries create one', async () => {
    const key = randomUUID();
    const first = await t.gql(CREATE_VACANCY, { input: vacancyInput(), key }, company);
    const second = await t.gql(CREATE_VACANCY, { input: vacancyInput(), key }, company);
    expect(second.data!.createVacancy.vacancy.id).toBe(first.data!.createVacancy.vacancy.id);
    const other = await t.gql(
      CREATE_VACANCY,
      { input: vacancyInput({ title: 'Altro titolo' }), key },
      company,
    );
    expect(other.data!.createVacancy.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');

    const concurrentKey = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        t.gql(
          CREATE_VACANCY,
          { input: vacancyInput({ title: 'Magazziniere' }), key: concurrentKey },
          company,
        ),
      ),
    );
    const ids = new Set(results.map((r) => r.data!.createVacancy.vacancy.id));
    expect(ids.size).toBe(1);
  });
});

describe('public search', () => {
  let legnanoWelder: string;
  let vareseWarehouse: string;
  let remote: string;

  beforeAll(async () => {
    legnanoWelder = await vacancyIn(t, tokens, 'PUBLISHED');
    vareseWarehouse = await vacancyIn(t, tokens, 'PUBLISHED', {
      title: 'Magazziniere con patentino del carrello',
      occupationUri: WAREHOUSE,
      description:
        'Magazzino logistico a Varese cerca magazzinieri per carico, scarico e gestione delle scorte.',
      workplaceComuneCode: '012133',
      contractType: 'FIXED_TERM',
      hours: 'PART_TIME',
    });
    remote = await vacancyIn(t, tokens, 'PUBLISHED', {
      title: 'Operatore di assistenza clienti da remoto',
      description: 'Assistenza telefonica e via chat ai clienti della nostra officina, interamente da casa.',
      workplaceComuneCode: null,
      remote: true,
      contractType: 'COLLABORATION',
    });
  });

  it('finds by Italian full text, with stemming', async () => {
    const found = await search({ text: 'saldatori' });
    expect(found).toContain(legnanoWelder);
    expect(found).not.toContain(vareseWarehouse);
    expect(await search({ text: 'magazzinieri carrello' })).toEqual([vareseWarehouse]);
  });

  it('filters by distance from a comune (remote work always matches), contract and hours', async () => {
    // Parabiago is about 3 km from Legnano and 30 km from Varese.
    const near = await search({ comuneCode: '015168', radiusKm: 10 });
    expect(near).toContain(legnanoWelder);
    expect(near).toContain(remote);
    expect(near).not.toContain(vareseWarehouse);
    expect(await search({ comuneCode: '015168', radiusKm: 40 })).toContain(vareseWarehouse);
    expect(await search({ contractTypes: ['FIXED_TERM'] })).toEqual([vareseWarehouse]);
    // The same filters with other values: the statement built for them is bound to the new ones.
    expect(await search({ contractTypes: ['COLLABORATION'] })).toEqual([remote]);
    expect(await search({ contractTypes: ['COLLABORATION', 'FIXED_TERM'] })).toEqual(
      expect.arrayContaining([remote, vareseWarehouse]),
    );
    expect(await search({ comuneCode: '012133', radiusKm: 5 })).toEqual(
      expect.arrayContaining([vareseWarehouse, remote]),
    );
    expect(await search({ comuneCode: '012133', radiusKm: 5 })).not.toContain(legnanoWelder);
    expect(await search({ hours: 'PART_TIME' })).toEqual([vareseWarehouse]);
    expect(await search({ occupationUri: WAREHOUSE })).toEqual([vareseWarehouse]);
    expect(await search({ publishedSince: inDays(1) })).toEqual([]);
  });

  it('runs in a number of statements independent of the page size', async () => {
    for (let i = 0; i < 6; i++) await vacancyIn(t, tokens, 'PUBLISHED');
    const count = async (n: number) => {
      t.statements.length = 0;
      const result = await t.gql(SEARCH, { filter: {}, n });
      expect(result.data!.vacancySearch.edges).toHaveLength(n);
      return t.statements.length;
    };
    expect(await count(8)).toBe(await count(2));
  });

  it('serves each published vacancy on a public page with its schema.org JobPosting', async () => {
    const page = await t.app.inject({ method: 'GET', url: `/offerte/${legnanoWelder}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.body)![1]!);
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Saldatore a filo',
      employmentType: ['FULL_TIME'],
      hiringOrganization: {
        '@type': 'Organization',
        name: expect.stringContaining('Officine Meccaniche Legnano'),
      },
      jobLocation: {
        address: { addressLocality: 'Legnano', addressRegion: 'Lombardia', addressCountry: 'IT' },
      },
      baseSalary: { currency: 'EUR', value: { minValue: 1700, maxValue: 2000, unitText: 'MONTH' } },
      occupationalCategory: 'ISCO-08 7212 Saldatori e tagliatori a fiamma',
    });
    expect(page.body).toContain(`href="/cittadini/candidatura/${legnanoWelder}"`);
    const draft = await vacancyIn(t, tokens, 'DRAFT');
    expect((await t.app.inject({ method: 'GET', url: `/offerte/${draft}` })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/offerte/non-esiste' })).statusCode).toBe(404);
  });
});

describe('pay rule', () => {
  const SUBMIT =
    'mutation($id: ID!) { submitVacancy(id: $id) { vacancy { status } userErrors { field code message } } }';
  const PUBLISH =
    'mutation($id: ID!) { publishVacancy(id: $id) { vacancy { status } userErrors { field code message } } }';
  const UPDATE =
    'mutation($id: ID!, $input: VacancyInput!) { updateVacancy(id: $id, input: $input) { vacancy { collectiveAgreement agreementLevel } userErrors { field code message } } }';
  const SET_RULE =
    'mutation($required: Boolean!) { setVacancyPayRequired(required: $required) { vacancyPayRequired userErrors { code } } }';
  const PAY_REQUIRED = {
    field: 'salaryMinCents',
    code: 'PAY_REQUIRED',
    message: 'Indica una retribuzione (da… a…) oppure il contratto collettivo e il livello.',
  };
  const noPay = { salaryMinCents: null, salaryMaxCents: null };

  it('is on for the network, and refuses to send a draft with neither a pay range nor a CCNL level', async () => {
    const network = await t.gql('{ me { network { vacancyPayRequired } } }', {}, company);
    expect(network.data!.me.network.vacancyPayRequired).toBe(true);
    const id = await vacancyIn(t, tokens, 'DRAFT', noPay);
    expect((await t.gql(SUBMIT, { id }, company)).data!.submitVacancy.userErrors).toEqual([PAY_REQUIRED]);
    // A minimum alone is no range.
    await t.gql(UPDATE, { id, input: vacancyInput({ ...noPay, salaryMinCents: 150_000 }) }, company);
    expect((await t.gql(SUBMIT, { id }, company)).data!.submitVacancy.userErrors).toEqual([PAY_REQUIRED]);

    const withAgreement = await t.gql(
      UPDATE,
      {
        id,
        input: vacancyInput({
          ...noPay,
          collectiveAgreement: ' CCNL Commercio – Terziario ',
          agreementLevel: '4° livello',
        }),
      },
      company,
    );
    expect(withAgreement.data!.updateVacancy).toEqual({
      vacancy: { collectiveAgreement: 'CCNL Commercio – Terziario', agreementLevel: '4° livello' },
      userErrors: [],
    });
    expect((await t.gql(SUBMIT, { id }, company)).data!.submitVacancy.vacancy.status).toBe('SUBMITTED');
    expect((await t.gql(PUBLISH, { id }, operator)).data!.publishVacancy.vacancy.status).toBe('PUBLISHED');
    const page = await t.app.inject({ method: 'GET', url: `/offerte/${id}` });
    expect(page.body).toContain('Contratto collettivo: CCNL Commercio – Terziario, 4° livello');
  });

  it('wants the agreement and its level together', async () => {
    const created = await t.gql(
      CREATE_VACANCY,
      { input: vacancyInput({ collectiveAgreement: 'CCNL Commercio – Terziario' }), key: randomUUID() },
      company,
    );
    expect(created.data!.createVacancy.userErrors).toEqual([
      {
        field: 'agreementLevel',
        code: 'REQUIRED',
        message: 'Indica anche il livello del contratto collettivo.',
      },
    ]);
  });

  it('network admins may turn it off; publishing checks it again once it is back on', async () => {
    const admin = (await t.login(DEMO.admin)).accessToken;
    const off = await t.gql(SET_RULE, { required: false }, admin);
    expect(off.data!.setVacancyPayRequired).toEqual({ vacancyPayRequired: false, userErrors: [] });
    const id = await vacancyIn(t, tokens, 'SUBMITTED', noPay);
    await t.gql(SET_RULE, { required: true }, admin);
    expect((await t.gql(PUBLISH, { id }, operator)).data!.publishVacancy.userErrors).toEqual([PAY_REQUIRED]);
    const [row] = await t.db.select({ status: vacancies.status }).from(vacancies).where(eq(vacancies.id, id));
    expect(row!.status).toBe('SUBMITTED');

    const byOperator = await t.gql(SET_RULE, { required: false }, operator);
    expect(byOperator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
