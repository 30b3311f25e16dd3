import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inDays } from '../src/api.js';
import { launchBrowser, login, newPage, row } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, graphqlRequest, unique } from '../src/data.js';
import { check, openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';
const COMPANY = 'Officine Meccaniche Legnano S.r.l. (demo)';
const HIRE_STARTS_ON = '2026-12-01';

/** A day from today as YYYY-MM-DD. */

type Payload<K extends string> = Record<K, { id: string } | null> & { userErrors: { message: string }[] };

async function accessToken(email: string): Promise<string> {
  const data = await graphqlRequest<{ login: { session: { accessToken: string } | null } }>(
    baseUrl,
    'mutation($input: LoginInput!) { login(input: $input) { session { accessToken } } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  if (!data.login.session) throw new Error(`Login of ${email} failed`);
  return data.login.session.accessToken;
}

/** Runs a mutation that answers `{ <entity> { id } userErrors { message } }`; fails on userErrors. */
async function mutate<K extends string>(
  token: string,
  mutation: string,
  entity: K,
  variables: Record<string, unknown>,
): Promise<string> {
  const data = await graphqlRequest<Record<string, Payload<K>>>(baseUrl, mutation, variables, token);
  const payload = Object.values(data)[0]!;
  expect(payload.userErrors).toEqual([]);
  return payload[entity]!.id;
}

/** The demo company writes a vacancy and sends it; the operator publishes it (there is none in the demo). */
const ESCO_SKILL = {
  arcWelding: 'http://data.europa.eu/esco/skill/27d26fd6-5795-4f0a-884e-112df7c68314',
  protectiveGear: 'http://data.europa.eu/esco/skill/6122d586-5978-431f-8e7a-96e61fc1f3fc',
  metalActiveGasWelding: 'http://data.europa.eu/esco/skill/60ff3eac-7d4d-4e51-87b8-74c3b5d62498',
};

async function publishedVacancy(title: string): Promise<string> {
  const company = await accessToken(DEMO.companyMember);
  const id = await mutate(
    company,
    'mutation($input: VacancyInput!) { createVacancy(input: $input) { vacancy { id } userErrors { message } } }',
    'vacancy',
    {
      input: {
        title,
        occupationUri: WELDER,
        description:
          'Cerchiamo una persona per la saldatura a filo nella nostra carpenteria.\nOffriamo formazione in azienda.',
        contractType: 'PERMANENT',
        hours: 'FULL_TIME',
        weeklyHours: 40,
        shifts: false,
        workplaceComuneCode: '015118',
        remote: false,
        salaryMinCents: 170_000,
        salaryMaxCents: 200_000,
        positions: 2,
        law68Reserved: false,
        minExperienceMonths: 12,
        drivingLicences: ['B'],
        languages: [{ languageCode: 'en', minLevel: 'A2' }],
        skills: [
          { skillUri: ESCO_SKILL.protectiveGear, essential: true },
          { skillUri: ESCO_SKILL.metalActiveGasWelding, essential: false },
          { skillUri: ESCO_SKILL.arcWelding, essential: true },
        ],
        expiresOn: inDays(60),
      },
    },
  );
  await mutate(
    company,
    'mutation($id: ID!) { submitVacancy(id: $id) { vacancy { id } userErrors { message } } }',
    'vacancy',
    { id },
  );
  await mutate(
    await accessToken(DEMO.operator),
    'mutation($id: ID!) { publishVacancy(id: $id) { vacancy { id } userErrors { message } } }',
    'vacancy',
    { id },
  );
  return id;
}

/** Giulia accepts the operator's proposal; the company takes her through the pipeline and hires her. */
async function acceptAndHire(vacancyId: string): Promise<void> {
  const giulia = await accessToken(DEMO.citizen);
  const { myApplications } = await graphqlRequest<{
    myApplications: { edges: { node: { id: string; status: string; vacancy: { id: string } } }[] };
  }>(
    baseUrl,
    'query { myApplications(first: 100) { edges { node { id status vacancy { id } } } } }',
    {},
    giulia,
  );
  const proposal = myApplications.edges.find((e) => e.node.vacancy.id === vacancyId)?.node;
  expect(proposal?.status).toBe('PROPOSED');
  await mutate(
    giulia,
    'mutation($id: ID!) { acceptProposal(id: $id) { application { id } userErrors { message } } }',
    'application',
    { id: proposal!.id },
  );
  const company = await accessToken(DEMO.companyMember);
  for (const status of ['SHORTLISTED', 'INTERVIEW', 'OFFER', 'HIRED']) {
    await mutate(
      company,
      'mutation($id: ID!, $status: ApplicationStatus!, $hire: HireInput) { moveApplication(id: $id, status: $status, hire: $hire) { application { id } userErrors { message } } }',
      'application',
      { id: proposal!.id, status, hire: status === 'HIRED' ? { startsOn: HIRE_STARTS_ON } : null },
    );
  }
}

/** Picks a person in a select whose options read "Nome Cognome – CODICEFISCALE". */
async function choosePerson(page: Page, label: string, name: string) {
  const select = page.getByLabel(label, { exact: true });
  const option = select.locator('option', { hasText: name });
  await option.waitFor({ state: 'attached' });
  await select.selectOption((await option.getAttribute('value'))!);
}

describe.skipIf(Boolean(skipReason))('operators: vacancies, proposals and placements (/operatori)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const title = unique('Saldatrice a filo ');
  let vacancyId: string;

  beforeAll(async () => {
    vacancyId = await publishedVacancy(title);
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, baseUrl));
    await login(page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('offerte: the network’s vacancies, filtered by status', async () => {
    await openSection(page, 'Offerte');
    const vacancy = row(page, 'vacancies-table', title);
    await vacancy.waitFor();
    const text = (await vacancy.textContent()) ?? '';
    for (const expected of [COMPANY, 'Legnano (MI)', 'Tempo indeterminato', 'Tempo pieno', 'Pubblicata']) {
      expect(text).toContain(expected);
    }
    expect(await vacancy.locator('td').nth(4).textContent()).toBe('2');
    expect(await page.getByRole('link', { name: 'Offerte', exact: true }).getAttribute('aria-current')).toBe(
      'page',
    );
    await check(page, 'vacancies');

    const status = page.getByLabel('Stato dell’offerta');
    await status.selectOption({ label: 'Scaduta' });
    await page.getByTestId('empty-state').waitFor();
    expect(await page.getByTestId('empty-state').textContent()).toContain(
      'Nessuna offerta nello stato «scaduta»',
    );
    expect(page.url()).toContain('stato=EXPIRED');
    await status.selectOption({ label: 'Pubblicata' });
    await vacancy.waitFor();
    expect(await page.getByTestId('vacancies-table').locator('caption').textContent()).toContain(
      'pubblicata',
    );
  });

  it('offerta: the details, and proposing people with and without consent', async () => {
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByTestId('vacancy-status').textContent()).toContain('Pubblicata');
    const details = (await page.getByTestId('vacancy-details').textContent()) ?? '';
    expect(details).toMatch(/da 1\.700,00\s€ a 2\.000,00\s€ lordi al mese/);
    expect(details).toContain('Tempo pieno, 40 ore a settimana');
    expect(details).toContain('12 mesi');
    expect(details).toContain('Aperta a tutti');
    expect(await page.getByTestId('vacancy-languages').textContent()).toMatch(/Inglese: almeno A2/);
    // Essential first, each group by label.
    expect(await page.getByTestId('vacancy-skills').locator('li').allTextContents()).toEqual([
      'Essenziali: apply arc welding techniques; wear appropriate protective gear',
      'Utili: perform metal active gas welding',
    ]);
    // The description keeps its line breaks.
    const description = page.getByTestId('vacancy-description');
    expect(await description.textContent()).toContain('carpenteria.\nOffriamo formazione');
    expect(await description.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('pre-line');
    expect(await page.getByTestId('public-url').getAttribute('href')).toContain(vacancyId);
    await page.getByTestId('empty-state').waitFor();
    expect(await page.getByTestId('empty-state').textContent()).toContain(
      'Nessuna candidatura per questa offerta.',
    );
    await check(page, 'vacancy');

    const form = page.getByTestId('propose-form');
    await form.getByRole('button', { name: 'Proponi la persona' }).click();
    await form.getByTestId('error-summary').waitFor();
    expect(await form.getByTestId('error-summary').textContent()).toContain('Scegli la persona da proporre.');

    await choosePerson(page, 'Persona da proporre', 'Giulia Bianchi');
    await form.getByLabel('Nota').fill('Ha esperienza di saldatura a filo.');
    await form.getByRole('button', { name: 'Proponi la persona' }).click();
    const result = page.getByTestId('action-result');
    await result.waitFor();
    expect(await result.textContent()).toContain(`Hai proposto Giulia Bianchi per l’offerta «${title}»`);
    expect(await form.getByTestId('error-summary').count()).toBe(0);
    const giulia = row(page, 'applications-table', 'Giulia Bianchi');
    await giulia.waitFor();
    expect(await giulia.locator('td').first().textContent()).toBe('Proposta');
    const history = (await giulia.getByTestId('application-history').textContent()) ?? '';
    expect(history).toContain('Proposta');
    expect(history).toContain('Ha esperienza di saldatura a filo.');

    await choosePerson(page, 'Persona da proporre', 'Luca Ferrari');
    await form.getByRole('button', { name: 'Proponi la persona' }).click();
    await expect
      .poll(() => form.getByTestId('error-summary').textContent())
      .toContain('La persona non ha dato il consenso');
    expect(await form.locator('#citizenId-error').textContent()).toContain(
      'consenso alla condivisione del CV',
    );
    expect(await form.getByLabel('Persona da proporre').getAttribute('aria-invalid')).toBe('true');
    expect(await row(page, 'applications-table', 'Luca Ferrari').count()).toBe(0);
    await check(page, 'vacancy-propose-error');

    // Giulia accepts; the company hires her: the candidatura shows the whole history.
    await acceptAndHire(vacancyId);
    await page.reload();
    await giulia.waitFor();
    expect(await giulia.locator('td').first().textContent()).toBe('Assunta');
    const fullHistory = (await giulia.getByTestId('application-history').textContent()) ?? '';
    for (const step of ['Proposta', 'Candidatura', 'Preselezionata', 'Colloquio', 'Offerta', 'Assunta']) {
      expect(fullHistory).toContain(step);
    }
    await check(page, 'vacancy-hired');
  });

  it('inserimenti: the hire from the candidatura, verified with the button', async () => {
    await openSection(page, 'Inserimenti');
    const giulia = row(page, 'placements-table', 'Giulia Bianchi');
    await giulia.waitFor();
    const text = (await giulia.textContent()) ?? '';
    for (const expected of [COMPANY, 'Tempo indeterminato', '1 dicembre 2026', 'Da candidatura']) {
      expect(text).toContain(expected);
    }
    expect(await giulia.getByRole('link', { name: 'Giulia Bianchi' }).getAttribute('href')).toMatch(
      /\/operatori\/cittadini\/.+/,
    );
    await check(page, 'placements');

    const filter = page.getByLabel('Mostra', { exact: true });
    await filter.selectOption({ label: 'Verificati' });
    await page.getByTestId('empty-state').waitFor();
    expect(await page.getByTestId('empty-state').textContent()).toContain('Nessun inserimento verificato.');
    await filter.selectOption({ label: 'Da verificare' });
    await giulia.waitFor();

    await giulia.getByRole('button', { name: /^Verifica/ }).click();
    const result = page.getByTestId('action-result');
    await result.waitFor();
    expect(await result.textContent()).toContain(
      `L’inserimento di Giulia Bianchi presso ${COMPANY} è verificato.`,
    );
    await giulia.waitFor({ state: 'detached' });
    await filter.selectOption({ label: 'Verificati' });
    await giulia.waitFor();
    expect(await giulia.textContent()).toMatch(/Sì, il \d+ \w+ \d{4}/);
    expect(await giulia.getByRole('button').count()).toBe(0);
  });

  it('inserimenti: recording a hire found elsewhere, with errors first', async () => {
    await page.getByLabel('Mostra', { exact: true }).selectOption({ label: 'Tutti' });
    const form = page.getByTestId('record-placement-form');
    const submit = form.getByRole('button', { name: 'Registra l’inserimento' });
    await submit.click();
    const summary = form.getByTestId('error-summary');
    await summary.waitFor();
    for (const message of [
      'Scegli la persona assunta.',
      'Scrivi il nome del datore di lavoro.',
      'Scegli il tipo di contratto.',
      'Scrivi la data di inizio del lavoro.',
    ]) {
      expect(await summary.textContent()).toContain(message);
    }

    const employer = unique('Bar Centrale Parabiago ');
    await choosePerson(page, 'Persona', 'Marco Colombo');
    await form.getByLabel('Datore di lavoro').fill(employer);
    await form.getByLabel('Tipo di contratto').selectOption({ label: 'Tempo determinato' });
    await form.getByLabel('Data di inizio').fill(inDays(-10));
    // The API checks the duration: its userError lands on the field and in the summary.
    await form.getByLabel('Durata in mesi').fill('200');
    await submit.click();
    await expect.poll(() => summary.textContent()).toContain('La durata va da 1 a 120 mesi.');
    expect(await summary.textContent()).not.toContain('Scegli la persona assunta.');
    expect(await form.locator('#placement-duration-error').textContent()).toContain('da 1 a 120 mesi');
    await check(page, 'placements-form-errors');

    await form.getByLabel('Durata in mesi').fill('6');
    await submit.click();
    const result = page
      .getByRole('region', { name: 'Registra un inserimento trovato altrove' })
      .getByTestId('action-result');
    await result.waitFor();
    expect(await result.textContent()).toContain(`Inserimento registrato: Marco Colombo presso ${employer}`);
    const marco = page.getByTestId('placements-table').locator('tbody tr').filter({ hasText: employer });
    await marco.waitFor();
    const text = (await marco.textContent()) ?? '';
    for (const expected of ['Marco Colombo', 'Tempo determinato', '6 mesi', 'Trovato altrove', 'No']) {
      expect(text).toContain(expected);
    }
    expect(await marco.getByRole('button', { name: /^Verifica/ }).count()).toBe(1);
    await check(page, 'placement-recorded');
  });
});
