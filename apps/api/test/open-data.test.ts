import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { semesterOf } from '../src/modules/reports/semester.js';
import { DEMO, DEMO_NETWORK_SLUG, randomCodiceFiscale, seedOtherNetwork } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { inDays, vacancyIn } from './vacancy-fixtures.js';

let t: TestApp;
let admin: string;
let operator: string;
let company: string;
let networkId: string;
let other: { networkId: string };
const semester = semesterOf(new Date().toISOString().slice(0, 10));
const base = `/api/open-data/${DEMO_NETWORK_SLUG}`;

const figure = z.number().int().nonnegative().nullable();
const RecordSchema = z
  .object({
    network: z.string(),
    semester: z.string().regex(/^\d{4}-H[12]$/),
    period_start: z.string().date(),
    period_end: z.string().date(),
    comune_code: z.string().regex(/^(\d{6}|ALTRI|TOTALE)$/),
    comune_name: z.string().min(1),
    target_group: z.enum([
      'LAW_68_DISABILITY',
      'ECONOMIC_HARDSHIP',
      'OVER_45',
      'YOUNG_UNEMPLOYED',
      'NONE',
      'TOTALE',
    ]),
    target_group_label: z.string().min(1),
    registrations: figure,
    people_in_charge: figure,
    job_starts: figure,
  })
  .strict();
const Licence = z.object({ id: z.literal('CC-BY-4.0'), name: z.string(), url: z.string().url() });
const SemesterFileSchema = z
  .object({
    title: z.string(),
    publisher: z.string(),
    attribution: z.string().endsWith('Sportello Lavoro'),
    licence: Licence,
    semester: z.string(),
    periodStart: z.string().date(),
    periodEnd: z.string().date(),
    provisional: z.boolean(),
    minCount: z.number().int().min(3),
    suppressionMarker: z.null(),
    dictionary: z.string().url(),
    csv: z.string().url(),
    records: z.array(RecordSchema),
  })
  .strict();
const DictionarySchema = z.object({
  title: z.string(),
  licence: Licence,
  suppression: z.object({ csv: z.literal(''), json: z.null(), description: z.string() }),
  fields: z.array(
    z
      .object({
        name: z.string().regex(/^[a-z_]+$/),
        description: z.string().min(10),
        type: z.enum(['string', 'date', 'integer']),
        unit: z.string().nullable(),
        suppressionMarker: z.object({ csv: z.literal(''), json: z.null() }).nullable(),
      })
      .strict(),
  ),
});

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });
type OpenRecord = z.infer<typeof RecordSchema>;
const find = (records: OpenRecord[], comune: string, group: string) =>
  records.find((r) => r.comune_code === comune && r.target_group === group);

/** Citizens registered now in `network`, resident in `comune`, in economic hardship or not. */
async function register(network: string, count: number, comune: string, hardship: boolean) {
  for (let i = 0; i < count; i++) {
    const [user] = await t.query<{ id: string }>(sql`
      insert into users (network_id, kind, given_name, family_name)
      values (${network}, 'CITIZEN', 'Persona', ${`Dati aperti ${comune} ${i}`}) returning id`);
    await t.query(sql`
      insert into citizens (user_id, network_id, codice_fiscale, birth_date, residence_comune_code, employment_status)
      values (${user!.id}, ${network}, ${randomCodiceFiscale()}, '1990-03-01', ${comune}, 'EMPLOYED_SEEKING')`);
    if (hardship)
      await t.query(sql`
        insert into citizen_special_categories (citizen_id, network_id, law68_disability, economic_hardship, declared_by)
        values (${user!.id}, ${network}, false, true, ${user!.id})`);
  }
}

beforeAll(async () => {
  t = await startTestApp();
  admin = (await t.login(DEMO.admin)).accessToken;
  operator = (await t.login(DEMO.operator)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  const [network] = await t.query<{ network_id: string }>(
    sql`select network_id from users where lower(email) = ${DEMO.admin}`,
  );
  networkId = network!.network_id;
  await register(networkId, 12, DEMO.legnano, false);
  await register(networkId, 2, DEMO.parabiago, true);
  // Work found today, recorded and verified at the sportello: six at Legnano, one at Parabiago.
  const hired = await t.query<{ id: string }>(sql`
    (select user_id as id from citizens where residence_comune_code = ${DEMO.legnano}
      and user_id in (select id from users where family_name like 'Dati aperti %') limit 6)
    union all
    (select user_id from citizens where residence_comune_code = ${DEMO.parabiago}
      and user_id in (select id from users where family_name like 'Dati aperti %') limit 1)`);
  for (const { id } of hired) {
    const recorded = await t.gql(
      'mutation($c: ID!, $d: Date!) { recordPlacement(input: { citizenId: $c, employerName: "Ditta del territorio", contractType: PERMANENT, startsOn: $d }) { placement { id } userErrors { message } } }',
      { c: id, d: inDays(0) },
      operator,
    );
    const verified = await t.gql(
      'mutation($id: ID!) { verifyPlacement(id: $id) { userErrors { message } } }',
      { id: recorded.data!.recordPlacement.placement.id },
      operator,
    );
    expect(verified.data!.verifyPlacement.userErrors).toEqual([]);
  }
  other = await seedOtherNetwork(t);
  await register(other.networkId, 7, DEMO.milano, false);
});

afterAll(async () => {
  await t?.close();
});

describe('open data of the labour-market report', () => {
  it('lists the semesters and files of a network, by slug or id, without login', async () => {
    const bySlug = await get(`${base}/index.json`);
    expect(bySlug.statusCode).toBe(200);
    expect(bySlug.headers['access-control-allow-origin']).toBe('*');
    expect(bySlug.headers.link).toBe('<https://creativecommons.org/licenses/by/4.0/deed.it>; rel="license"');
    const index = bySlug.json();
    expect(index.licence.id).toBe('CC-BY-4.0');
    expect(index.attribution).toMatch(/– Sportello Lavoro$/);
    expect(index.semesters[0]).toEqual({
      semester,
      provisional: true,
      csv: `http://localhost:3000${base}/${semester}.csv`,
      json: `http://localhost:3000${base}/${semester}.json`,
    });
    const byId = await get(`/api/open-data/${networkId}/index.json`);
    expect(byId.json()).toEqual(index);
    const networks = (await get('/api/open-data/index.json')).json().networks;
    expect(networks).toContainEqual({
      name: 'Altra rete',
      slug: 'altra-rete',
      attribution: 'Altra rete – Sportello Lavoro',
      index: 'http://localhost:3000/api/open-data/altra-rete/index.json',
    });
    expect(networks.map((n: { slug: string }) => n.slug)).toContain(DEMO_NETWORK_SLUG);

    for (const url of [
      '/api/open-data/nessuna-rete/index.json',
      '/api/open-data/nessuna-rete/dictionary.json',
      `/api/open-data/nessuna-rete/${semester}.csv`,
      `/api/open-data/${randomUUID()}/${semester}.json`,
      '/api/open-data/nessuna-rete/vacancies.jsonld',
      `${base}/2026-H3.csv`,
      `${base}/1999-H1.json`,
      `${base}/2090-H1.csv`,
      `${base}/${semester}.xlsx`,
    ])
      expect((await get(url)).statusCode, url).toBe(404);
  });

  it('publishes the data dictionary, whose fields are the columns of the CSV', async () => {
    const response = await get(`${base}/dictionary.json`);
    expect(response.statusCode).toBe(200);
    const dictionary = DictionarySchema.parse(response.json());
    const csv = await get(`${base}/${semester}.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    const [header] = parse(csv.body, { to_line: 1 }) as string[][];
    expect(header).toEqual(dictionary.fields.map((f) => f.name));
    const suppressible = dictionary.fields.filter((f) => f.suppressionMarker).map((f) => f.name);
    expect(suppressible).toEqual(['registrations', 'people_in_charge', 'job_starts']);
  });

  it('serves the figures of the report by comune, with the same suppression, in JSON and CSV', async () => {
    const response = await get(`${base}/${semester}.json`);
    expect(response.statusCode).toBe(200);
    const file = SemesterFileSchema.parse(response.json());
    expect(file.minCount).toBe(5);
    const records = file.records;

    // The report's table, figure by figure: what it hides stays hidden.
    const report = await t.gql(
      `query($s: String!) { labourMarketReport(semester: $s) {
        registrations { rowKeys columnKeys cells rowTotals columnTotals grandTotal } } }`,
      { s: semester },
      admin,
    );
    const table = report.data!.labourMarketReport.registrations;
    table.rowKeys.forEach((comune: string, r: number) => {
      table.columnKeys.forEach((group: string, c: number) => {
        expect(find(records, comune, group)?.registrations).toBe(table.cells[r][c]);
      });
      expect(find(records, comune, 'TOTALE')?.registrations).toBe(table.rowTotals[r]);
    });
    expect(find(records, 'TOTALE', 'TOTALE')?.registrations).toBe(table.grandTotal);
    expect(records).toHaveLength((table.rowKeys.length + 1) * (table.columnKeys.length + 1));

    // The two people in hardship at Parabiago: suppressed, and not recoverable from the rest.
    expect(find(records, DEMO.parabiago, 'ECONOMIC_HARDSHIP')!.registrations).toBeNull();
    const parabiagoHidden = records.filter(
      (r) => r.comune_code === DEMO.parabiago && r.registrations === null,
    );
    expect(parabiagoHidden.length).toBeGreaterThanOrEqual(2);
    for (const r of records)
      for (const value of [r.registrations, r.people_in_charge, r.job_starts])
        if (value !== null) expect(value === 0 || value >= 5).toBe(true);

    // Starts of work, recomputed from the ledger: the six at Legnano shown, the one at Parabiago
    // hidden, and with it enough of Parabiago's row that it cannot be recovered from the totals.
    const starts = await t.query<{ comune: string; n: number }>(sql`
      select comune_code as comune, count(*)::int as n from outcomes
      where network_id = ${networkId} and starts_on >= ${file.periodStart}::date and starts_on <= ${file.periodEnd}::date
        and kind in ('HIRE', 'INTERNSHIP_HIRE', 'PROGRAM_HIRE', 'BUSINESS_STARTED')
      group by 1`);
    expect(starts).toEqual(
      expect.arrayContaining([
        { comune: DEMO.legnano, n: 6 },
        { comune: DEMO.parabiago, n: 1 },
      ]),
    );
    // The network's total is shown; Parabiago's one is hidden, and so is Legnano's six, which the
    // total would otherwise give away (7 − 6), and each comune's total with them.
    const total = starts.reduce((sum, s) => sum + s.n, 0);
    expect(find(records, 'TOTALE', 'TOTALE')!.job_starts).toBe(total);
    for (const [comune, group] of [
      [DEMO.parabiago, 'ECONOMIC_HARDSHIP'],
      [DEMO.parabiago, 'TOTALE'],
      [DEMO.legnano, 'NONE'],
      [DEMO.legnano, 'TOTALE'],
      ['TOTALE', 'ECONOMIC_HARDSHIP'],
      ['TOTALE', 'NONE'],
    ])
      expect(find(records, comune!, group!)!.job_starts, `${comune} ${group}`).toBeNull();
    expect(find(records, DEMO.legnano, 'OVER_45')!.job_starts).toBe(0);
    expect(find(records, DEMO.legnano, 'TOTALE')!.registrations).toBeGreaterThanOrEqual(12);

    // The CSV holds the same records, a suppressed figure as an empty field.
    const csv = await get(`${base}/${semester}.csv`);
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(records.length);
    rows.forEach((row, i) => {
      const record = records[i]!;
      expect(row.comune_code).toBe(record.comune_code);
      expect(row.target_group).toBe(record.target_group);
      expect(row.registrations).toBe(record.registrations === null ? '' : String(record.registrations));
      expect(row.people_in_charge).toBe(
        record.people_in_charge === null ? '' : String(record.people_in_charge),
      );
      expect(row.job_starts).toBe(record.job_starts === null ? '' : String(record.job_starts));
    });
    expect(csv.headers['content-disposition']).toBe(
      `inline; filename="${DEMO_NETWORK_SLUG}-${semester}.csv"`,
    );

    // A raised k hides more, at once.
    const SET =
      'mutation($k: Int!) { setReportMinCount(minCount: $k) { reportMinCount userErrors { code } } }';
    await t.gql(SET, { k: 20 }, admin);
    const raised = SemesterFileSchema.parse((await get(`${base}/${semester}.json`)).json());
    expect(raised.minCount).toBe(20);
    expect(find(raised.records, DEMO.legnano, 'NONE')!.registrations).toBeNull();
    await t.gql(SET, { k: 5 }, admin);
  });

  it('never shows another network’s people', async () => {
    const ours = SemesterFileSchema.parse((await get(`${base}/${semester}.json`)).json());
    expect(ours.records.some((r) => r.comune_code === DEMO.milano)).toBe(false);
    expect(new Set(ours.records.map((r) => r.network))).toEqual(new Set([DEMO_NETWORK_SLUG]));

    const theirs = SemesterFileSchema.parse((await get(`/api/open-data/altra-rete/${semester}.json`)).json());
    expect(theirs.publisher).toBe('Altra rete');
    expect(theirs.records.map((r) => r.comune_code).sort()).toEqual(
      [...Array(6).fill(DEMO.milano), ...Array(6).fill('TOTALE')].sort(),
    );
    expect(find(theirs.records, 'TOTALE', 'TOTALE')!.registrations).toBe(7);
  });

  it('answers a repeated request with 304 while the figures are unchanged', async () => {
    const first = await get(`${base}/${semester}.csv`);
    expect(first.headers['cache-control']).toBe('public, max-age=3600');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^".+"$/);
    expect((await get(`${base}/${semester}.csv`, { 'if-none-match': etag })).statusCode).toBe(304);
    await register(networkId, 5, DEMO.legnano, false);
    const changed = await get(`${base}/${semester}.csv`, { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
  });
});

describe('public feed of vacancies', () => {
  let published: string;
  let draft: string;
  let expired: string;

  beforeAll(async () => {
    const tokens = { company, operator };
    published = await vacancyIn(t, tokens, 'PUBLISHED', { title: 'Saldatore & tubista <Legnano>' });
    draft = await vacancyIn(t, tokens, 'DRAFT');
    expired = await vacancyIn(t, tokens, 'PUBLISHED');
    await t.query(sql`update vacancies set expires_on = ${inDays(-1)} where id = ${expired}`);
  });

  it('lists only published, unexpired vacancies of the network as schema.org JobPostings', async () => {
    const response = await get(`${base}/vacancies.jsonld`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    const feed = response.json();
    expect(feed['@context']).toBe('https://schema.org/');
    const postings = feed['@graph'] as Record<string, any>[];
    const ids = postings.map((p) => p.identifier.value);
    expect(ids).toContain(published);
    expect(ids).not.toContain(draft);
    expect(ids).not.toContain(expired);
    const [publicIds] = [
      await t.query<{ id: string }>(sql`
        select id from vacancies where network_id = ${networkId} and status = 'PUBLISHED'
          and expires_on >= (now() at time zone 'Europe/Rome')::date`),
    ];
    expect(ids.sort()).toEqual(publicIds.map((r) => r.id).sort());

    const posting = postings.find((p) => p.identifier.value === published)!;
    expect(posting).toMatchObject({
      '@type': 'JobPosting',
      title: 'Saldatore & tubista <Legnano>',
      employmentType: ['FULL_TIME'],
      hiringOrganization: { '@type': 'Organization', name: expect.any(String) },
      jobLocation: {
        address: { addressLocality: 'Legnano', addressRegion: 'Lombardia', addressCountry: 'IT' },
      },
      baseSalary: { currency: 'EUR', value: { minValue: 1700, maxValue: 2000, unitText: 'MONTH' } },
      url: `http://localhost:3000/offerte/${published}`,
    });
    expect(posting.datePosted).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(posting.validThrough).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59/);

    // Nothing about people: only the JobPosting's own properties, no e-mail, no person's id.
    const allowed = [
      '@type',
      'identifier',
      'url',
      'title',
      'description',
      'datePosted',
      'validThrough',
      'employmentType',
      'occupationalCategory',
      'totalJobOpenings',
      'hiringOrganization',
      'skills',
      'jobLocation',
      'jobLocationType',
      'applicantLocationRequirements',
      'baseSalary',
    ];
    for (const p of postings) for (const key of Object.keys(p)) expect(allowed).toContain(key);
    const users = await t.query<{ id: string; email: string | null }>(sql`select id, email from users`);
    const text = response.body.toLowerCase();
    for (const user of users) {
      expect(text).not.toContain(user.id);
      if (user.email) expect(text).not.toContain(user.email.toLowerCase());
    }

    const theirs = (await get('/api/open-data/altra-rete/vacancies.jsonld')).json();
    expect(theirs['@graph']).toEqual([]);
  });

  it('lists the public vacancy pages in a valid sitemap, with their last change', async () => {
    const response = await get('/sitemap.xml');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(XMLValidator.validate(response.body)).toBe(true);
    const { urlset } = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' }).parse(
      response.body,
    );
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const urls = urlset.url as { loc: string; lastmod: string }[];
    const locs = urls.map((u) => u.loc);
    expect(locs).toContain(`http://localhost:3000/offerte/${published}`);
    expect(locs).not.toContain(`http://localhost:3000/offerte/${draft}`);
    expect(locs).not.toContain(`http://localhost:3000/offerte/${expired}`);
    for (const { lastmod } of urls) expect(Number.isNaN(Date.parse(lastmod!))).toBe(false);
  });

  it('beyond 50,000 pages the sitemap is an index of numbered sitemaps, each within the limit', async () => {
    // 50,001 more published copies of one vacancy, made in one statement, removed at the end.
    const columns = (
      await t.query<{ name: string }>(sql`
        select column_name as name from information_schema.columns
        where table_name = 'vacancies' and is_generated = 'NEVER' and column_name <> 'id'`)
    )
      .map((c) => `"${c.name}"`)
      .join(', ');
    await t.query(sql`
      insert into vacancies (id, ${sql.raw(columns)})
      select gen_random_uuid(), ${sql.raw(columns)} from vacancies, generate_series(1, 50001)
      where id = ${published}`);
    try {
      const pages = (
        await t.query<{ n: number }>(sql`
          select count(*)::int as n from vacancies
          where status = 'PUBLISHED' and expires_on >= (now() at time zone 'Europe/Rome')::date`)
      )[0]!.n;
      const parser = new XMLParser({
        ignoreAttributes: false,
        isArray: (name) => name === 'url' || name === 'sitemap',
      });
      const index = await get('/sitemap.xml');
      expect(XMLValidator.validate(index.body)).toBe(true);
      const { sitemapindex } = parser.parse(index.body);
      const files = (sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
      expect(files).toEqual(
        Array.from(
          { length: Math.ceil(pages / 50_000) },
          (_, i) => `http://localhost:3000/sitemap-${i + 1}.xml`,
        ),
      );
      const seen = new Set<string>();
      for (const file of files) {
        const part = await get(new URL(file).pathname);
        expect(part.statusCode).toBe(200);
        const urls = parser.parse(part.body).urlset.url as { loc: string }[];
        expect(urls.length).toBeLessThanOrEqual(50_000);
        for (const { loc } of urls) seen.add(loc);
      }
      // Every page once, in one of the files.
      expect(seen.size).toBe(pages);
      expect(seen.has(`http://localhost:3000/offerte/${published}`)).toBe(true);
      expect((await get(`/sitemap-${files.length + 1}.xml`)).statusCode).toBe(404);
      expect((await get('/sitemap-0.xml')).statusCode).toBe(404);
    } finally {
      await t.query(sql`
        delete from vacancies where id <> ${published} and status = 'PUBLISHED'
          and (title, company_id) = (select title, company_id from vacancies where id = ${published})
          and created_at = (select created_at from vacancies where id = ${published})`);
    }
    expect((await get('/sitemap-1.xml')).statusCode).toBe(404);
  });
});
