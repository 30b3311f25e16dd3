import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { semesterOf } from '../src/modules/reports/semester.js';
import { DEMO, randomCodiceFiscale } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { expectTaggedPdf, pdfText } from './pdf-structure.js';

let t: TestApp;
let admin: string;
let operator: string;
let company: string;
let citizen: string;
let networkId: string;
const semester = semesterOf(new Date().toISOString().slice(0, 10));

const REPORT = `query($s: String!, $c: String) { labourMarketReport(semester: $s, comuneCode: $c) {
  semester startsOn endsOn minCount comune { name }
  registrations { rowKeys rowLabels columnKeys columnLabels cells rowTotals columnTotals grandTotal }
  peopleInCharge { rowKeys cells rowTotals columnTotals grandTotal }
  vacancies vacanciesBySection { key label count } vacanciesByOccupationGroup { key label count }
  vacanciesByContractType { key label count }
  topDemandedSkills { skill label demanded offered demandShare supplyShare gapPoints }
  topOfferedSkills { skill offered } largestSkillGaps { skill gapPoints }
  funnel { key label count } internships { key count } training { key count }
  timeToPlacement { group placements medianDays }
  outcomes { rowKeys columnKeys cells rowTotals columnTotals grandTotal }
  stillEmployedAt90Days { key count }
  charts { id title suppressed spec } pdfUrl
} }`;

interface Table {
  rowKeys: string[];
  columnKeys: string[];
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  grandTotal: number | null;
}

/** Citizens registered now, resident in `comune`, in economic hardship or not. */
async function register(count: number, comune: string, hardship: boolean) {
  for (let i = 0; i < count; i++) {
    const [user] = await t.query<{ id: string }>(sql`
      insert into users (network_id, kind, given_name, family_name)
      values (${networkId}, 'CITIZEN', 'Persona', ${`Report ${comune} ${i}`}) returning id`);
    await t.query(sql`
      insert into citizens (user_id, network_id, codice_fiscale, birth_date, residence_comune_code, employment_status)
      values (${user!.id}, ${networkId}, ${randomCodiceFiscale()}, '1990-03-01', ${comune}, 'EMPLOYED_SEEKING')`);
    if (hardship)
      await t.query(sql`
        insert into citizen_special_categories (citizen_id, network_id, law68_disability, economic_hardship, declared_by)
        values (${user!.id}, ${networkId}, false, true, ${user!.id})`);
  }
}

/** Every shown count of persons is 0 or at least k. */
function expectKAnonymous(table: Table, k: number) {
  const figures = [...table.cells.flat(), ...table.rowTotals, ...table.columnTotals, table.grandTotal];
  for (const figure of figures) if (figure !== null) expect(figure === 0 || figure >= k).toBe(true);
}

beforeAll(async () => {
  t = await startTestApp();
  admin = (await t.login(DEMO.admin)).accessToken;
  operator = (await t.login(DEMO.operator)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  citizen = (await t.login(DEMO.citizen)).accessToken;
  const [network] = await t.query<{ network_id: string }>(
    sql`select network_id from users where lower(email) = ${DEMO.admin}`,
  );
  networkId = network!.network_id;
  await register(12, DEMO.legnano, false);
  await register(2, DEMO.parabiago, true);
});

afterAll(async () => {
  await t?.close();
});

describe('labour-market report', () => {
  it('counts registrations as a plain count does, and shows no count of persons under k', async () => {
    const result = await t.gql(REPORT, { s: semester }, admin);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const report = result.data!.labourMarketReport;
    expect(report.semester).toBe(semester);
    expect(report.minCount).toBe(5);
    const registrations: Table = report.registrations;
    expectKAnonymous(registrations, 5);
    expectKAnonymous(report.peopleInCharge, 5);
    expectKAnonymous(report.outcomes, 5);
    for (const tally of [...report.funnel, ...report.internships, ...report.training])
      if (tally.count !== null) expect(tally.count === 0 || tally.count >= 5).toBe(true);

    // The two people in hardship at Parabiago are not shown, nor can they be worked out.
    const parabiago = registrations.rowKeys.indexOf(DEMO.parabiago);
    const hardship = registrations.columnKeys.indexOf('ECONOMIC_HARDSHIP');
    expect(registrations.cells[parabiago]![hardship]).toBeNull();
    const hiddenInRow =
      registrations.cells[parabiago]!.filter((v) => v === null).length +
      (registrations.rowTotals[parabiago] === null ? 1 : 0);
    expect(hiddenInRow).toBeGreaterThanOrEqual(2);
    const hiddenInColumn =
      registrations.cells.filter((row) => row[hardship] === null).length +
      (registrations.columnTotals[hardship] === null ? 1 : 0);
    expect(hiddenInColumn).toBeGreaterThanOrEqual(2);

    // Shown totals equal a plain re-count.
    const [from, to] = [report.startsOn, report.endsOn];
    const byComune = await t.query<{ code: string; n: number }>(sql`
      select residence_comune_code as code, count(*)::int as n from citizens
      where network_id = ${networkId} and created_at >= ${from}::date and created_at < ${to}::date + 1
      group by 1`);
    const legnano = registrations.rowKeys.indexOf(DEMO.legnano);
    expect(registrations.rowTotals[legnano]).toBe(byComune.find((r) => r.code === DEMO.legnano)!.n);
    if (registrations.grandTotal !== null)
      expect(registrations.grandTotal).toBe(byComune.reduce((s, r) => s + r.n, 0));

    const charts = report.charts as { id: string; spec: string }[];
    expect(charts.map((c) => c.id)).toContain('vacancies-section');
    for (const chart of charts) expect(JSON.parse(chart.spec).data).toBeDefined();
    expect(report.pdfUrl).toBe(`/api/reports/labour-market/${semester}.pdf`);
  });

  it('reports one comune of the network, and refuses a comune outside it or a wrong semester', async () => {
    const one = await t.gql(REPORT, { s: semester, c: DEMO.legnano }, operator);
    expect(one.errors, JSON.stringify(one.errors)).toBeUndefined();
    expect(one.data!.labourMarketReport.comune.name).toBe('Legnano');
    expect(one.data!.labourMarketReport.registrations.rowKeys).toEqual([DEMO.legnano]);

    const outside = await t.gql(REPORT, { s: semester, c: '001272' }, admin);
    expect(outside.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const wrong = await t.gql(REPORT, { s: '2026-H3' }, admin);
    expect(wrong.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('is for staff of the network only', async () => {
    for (const token of [company, citizen]) {
      const refused = await t.gql(REPORT, { s: semester }, token);
      expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
  });

  it('lets the admins set the minimum count, within 3 and 50', async () => {
    const SET =
      'mutation($k: Int!) { setReportMinCount(minCount: $k) { reportMinCount userErrors { field code message } } }';
    const low = await t.gql(SET, { k: 2 }, admin);
    expect(low.data!.setReportMinCount.userErrors[0]).toMatchObject({
      field: 'minCount',
      code: 'OUT_OF_RANGE',
    });
    const refused = await t.gql(SET, { k: 10 }, operator);
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const set = await t.gql(SET, { k: 20 }, admin);
    expect(set.data!.setReportMinCount.reportMinCount).toBe(20);
    const report = await t.gql(REPORT, { s: semester }, admin);
    expect(report.data!.labourMarketReport.minCount).toBe(20);
    expectKAnonymous(report.data!.labourMarketReport.registrations, 20);
    await t.gql(SET, { k: 5 }, admin);
  });

  it('downloads as a tagged PDF with charts, for staff only', async () => {
    const url = `/api/reports/labour-market/${semester}.pdf`;
    const response = await t.app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.rawPayload;
    expectTaggedPdf(pdf);
    expect(pdf.toString('latin1')).toMatch(/\/S \/Figure/);
    const text = pdfText(pdf);
    expect(text).toContain('Rapporto sul mercato del lavoro');
    expect(text).toContain('Iscrizioni e prese in carico');
    expect(text).toContain('Offerte pubblicate per settore');

    const forCompany = await t.app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${company}` },
    });
    expect(forCompany.statusCode).toBe(404);
    const anonymous = await t.app.inject({ method: 'GET', url });
    expect(anonymous.statusCode).toBe(401);
  });
});
