import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inDays, workingDayIn } from '../src/api.js';
import { launchBrowser, login, newPage, row } from '../src/browser.js';
import { DEMO, DEMO_PASSWORD, graphqlRequest, unique, waitForMail } from '../src/data.js';
import { check, openSection } from '../src/operator-portal.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';

/** A day from today as YYYY-MM-DD. */

async function accessToken(email: string): Promise<string> {
  const data = await graphqlRequest<{ login: { session: { accessToken: string } | null } }>(
    baseUrl,
    'mutation($input: LoginInput!) { login(input: $input) { session { accessToken } } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  if (!data.login.session) throw new Error(`Login of ${email} failed`);
  return data.login.session.accessToken;
}

/** The demo company sends a vacancy to the sportello (there is none in the demo data). */
async function submitVacancy(title: string): Promise<void> {
  const token = await accessToken(DEMO.companyMember);
  type Payload = { vacancy: { id: string } | null; userErrors: { message: string }[] };
  const { createVacancy } = await graphqlRequest<{ createVacancy: Payload }>(
    baseUrl,
    'mutation($input: VacancyInput!) { createVacancy(input: $input) { vacancy { id } userErrors { message } } }',
    {
      input: {
        title,
        occupationUri: WELDER,
        description: 'Cerchiamo una persona per la saldatura a filo nella nostra carpenteria di Legnano.',
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
        drivingLicences: [],
        languages: [],
        expiresOn: inDays(60),
      },
    },
    token,
  );
  if (!createVacancy.vacancy) throw new Error(JSON.stringify(createVacancy.userErrors));
  const { submitVacancy } = await graphqlRequest<{ submitVacancy: Payload }>(
    baseUrl,
    'mutation($id: ID!) { submitVacancy(id: $id) { vacancy { id } userErrors { message } } }',
    { id: createVacancy.vacancy.id },
    token,
  );
  expect(submitVacancy.userErrors).toEqual([]);
}

/** The operator publishes slots through the API, to have more than one page of them. */
async function publishSlots(count: number): Promise<void> {
  const token = await accessToken(DEMO.operator);
  for (let i = 0; i < count; i++) {
    const { publishSlot } = await graphqlRequest<{ publishSlot: { userErrors: { message: string }[] } }>(
      baseUrl,
      'mutation($input: PublishSlotInput!) { publishSlot(input: $input) { userErrors { message } } }',
      {
        input: {
          kind: 'COUNSELLING',
          mode: 'IN_PERSON',
          startsAt: `${inDays(30 + i)}T15:00:00Z`,
          durationMinutes: 30,
          confirmNonWorkingDay: true,
        },
      },
      token,
    );
    expect(publishSlot.userErrors).toEqual([]);
  }
}

describe.skipIf(Boolean(skipReason))('operators’ lists (/operatori)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, baseUrl));
    await login(page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('companies: every company of the network with its status', async () => {
    await openSection(page, 'Aziende');
    const verified = row(page, 'companies-table', 'Officine Meccaniche Legnano S.r.l. (demo)');
    await verified.waitFor();
    expect(await verified.textContent()).toContain('Verificata');
    // How the company answers its candidatures: the demo company has answered some.
    expect(await verified.textContent()).toMatch(/In media [\d,]+ giorn/);
    expect(await row(page, 'companies-table', 'Logistica Parabiago S.r.l. (demo)').textContent()).toContain(
      'In attesa',
    );
    expect(
      await row(page, 'companies-table', 'Trattoria del Lago di Gavirate (demo)').textContent(),
    ).toContain('In attesa');
    expect(await page.getByRole('link', { name: 'Aziende', exact: true }).getAttribute('aria-current')).toBe(
      'page',
    );
    await check(page, 'companies');
  });

  it('citizens: the list, a citizen’s file with CV, and presa in carico', async () => {
    await openSection(page, 'Cittadini');
    const giulia = row(page, 'citizens-table', 'Giulia Bianchi');
    await giulia.waitFor();
    const giuliaText = await giulia.textContent();
    expect(giuliaText).toContain('Sportello Lavoro Legnano');
    expect(giuliaText).toContain('Over 45');
    expect(giuliaText).toContain('Legnano (MI)');
    expect(await row(page, 'citizens-table', 'Marco Colombo').textContent()).toContain('Parabiago (MI)');
    const luca = row(page, 'citizens-table', 'Luca Ferrari');
    expect(await luca.textContent()).toContain('Under 30');
    expect(await luca.textContent()).toContain('Nessuno sportello');
    await check(page, 'citizens');

    await page.getByRole('link', { name: 'Giulia Bianchi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Giulia Bianchi' }).waitFor();
    await page.getByTestId('cv').waitFor();
    expect(await page.getByTestId('in-charge').textContent()).toContain(
      'In carico presso Sportello Lavoro Legnano (il tuo sportello)',
    );
    expect(await page.getByRole('button', { name: 'Prendi in carico' }).count()).toBe(0);
    const cv = (await page.getByTestId('cv').textContent()) ?? '';
    expect(cv).toContain('Saldatrice con esperienza in carpenteria metallica');
    expect(cv).toContain('Carpenteria metallica (Legnano)');
    expect(cv).toContain('Italiano');
    expect(await page.getByTestId('consents-table').textContent()).toContain('Informativa sulla privacy');
    expect(await page.getByTestId('availability').textContent()).toContain('25 km');
    await check(page, 'citizen-detail');

    await page.getByRole('link', { name: 'Torna all’elenco dei cittadini' }).click();
    await page.getByRole('link', { name: 'Luca Ferrari' }).click();
    await page.getByRole('heading', { level: 1, name: 'Luca Ferrari' }).waitFor();
    expect(await page.getByTestId('in-charge').textContent()).toContain(
      'Non è in carico a nessuno sportello',
    );
    // The reason is required: it goes to the audit log and to the citizen.
    await page.getByRole('button', { name: 'Prendi in carico' }).click();
    await page.getByTestId('error-summary').waitFor();
    expect(await page.getByTestId('error-summary').textContent()).toContain(
      'Scrivi il motivo della presa in carico.',
    );
    await check(page, 'citizen-take-in-charge-error');
    await page
      .getByLabel('Motivo della presa in carico')
      .fill('Primo colloquio di orientamento allo sportello');
    await page.getByRole('button', { name: 'Prendi in carico' }).click();
    const result = page.getByTestId('action-result');
    await result.waitFor();
    expect(await result.textContent()).toContain(
      'Luca Ferrari è ora in carico presso Sportello Lavoro Legnano',
    );
    await expect
      .poll(() => page.getByTestId('in-charge').textContent())
      .toContain('In carico presso Sportello Lavoro Legnano');
    expect(await page.getByRole('button', { name: 'Prendi in carico' }).count()).toBe(0);
    await check(page, 'citizen-taken-in-charge');
    const notice = await waitForMail(
      baseUrl,
      'luca.ferrari@demo.sportellolavoro.it',
      /ti ha preso in carico/,
    );
    expect(notice.text).toContain('Primo colloquio di orientamento allo sportello');

    await openSection(page, 'Cittadini');
    await expect
      .poll(() => row(page, 'citizens-table', 'Luca Ferrari').textContent())
      .toContain('Sportello Lavoro Legnano');
  });

  it('vacancies to moderate: the operator publishes one', async () => {
    await openSection(page, 'Offerte da moderare');
    // The demo company's vacancy waiting for moderation.
    const demo = page
      .getByTestId('vacancy-to-moderate')
      .filter({ has: page.getByRole('heading', { name: 'Magazziniere con patentino del carrello' }) });
    await demo.waitFor();
    // Its pay is stated by the collective agreement and level.
    expect(await demo.textContent()).toContain('CCNL Logistica, Trasporto Merci e Spedizione, 5° livello');

    const title = unique('Saldatore a filo ');
    await submitVacancy(title);
    await page.reload();
    const card = page
      .getByTestId('vacancy-to-moderate')
      .filter({ has: page.getByRole('heading', { name: title }) });
    await card.waitFor();
    const text = await card.textContent();
    expect(text).toContain('Officine Meccaniche Legnano S.r.l. (demo)');
    expect(text).toContain('Tempo indeterminato');
    expect(text).toMatch(/da 1\.700,00\s€ a 2\.000,00\s€/);
    await check(page, 'vacancies-to-moderate');

    await card.getByRole('button', { name: /^Pubblica/ }).click();
    const result = page.getByTestId('action-result');
    await result.waitFor();
    expect(await result.textContent()).toContain(`«${title}» è stata pubblicata`);
    await card.waitFor({ state: 'detached' });
  });

  it('colloqui: the bookings of the operator’s sportello', async () => {
    await openSection(page, 'Colloqui');
    const marco = page.getByTestId('bookings-table').locator('tbody tr').filter({ hasText: 'Marco Colombo' });
    await marco.waitFor();
    const text = (await marco.textContent()) ?? '';
    expect(text).toContain('Orientamento');
    expect(text).toContain('In presenza');
    expect(text).toContain('Prenotato');
    expect(text).toContain('Sportello Lavoro Legnano');
    // The demo slot is at 9:00 in Italy, whatever the browser's time zone.
    expect(text).toContain('09:00');
    await check(page, 'bookings');
  });

  it('orari disponibili: free slots, a new one through the form, more pages', async () => {
    await openSection(page, 'Orari disponibili');
    const table = page.getByTestId('slots-table');
    await table.waitFor();
    expect(await table.textContent()).toContain('Sportello Lavoro Legnano');
    expect(await table.textContent()).not.toContain('Sportello Lavoro Varese');
    await page
      .getByLabel('Sportello', { exact: true })
      .selectOption({ label: 'Tutti gli sportelli della rete' });
    await expect.poll(() => table.textContent()).toContain('Sportello Lavoro Varese');
    expect(await table.textContent()).toContain('Online');
    await check(page, 'slots');

    await page.getByLabel('Sportello', { exact: true }).selectOption({ label: 'Sportello Lavoro Legnano' });
    await expect.poll(() => table.textContent()).not.toContain('Sportello Lavoro Varese');

    const form = page.getByTestId('new-slot-form');
    await form.getByLabel('Tipo di colloquio').selectOption({ label: 'Consulenza' });
    await form.getByLabel('Modalità').selectOption({ label: 'Online' });
    await form.getByLabel('Data e ora di inizio').fill('2020-01-10T10:00');
    await form.getByLabel('Durata in minuti').fill('300');
    await form.getByRole('button', { name: 'Pubblica l’orario' }).click();
    const summary = form.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/orario deve essere nel futuro/);
    expect(await summary.textContent()).toContain('La durata va da 15 a 240 minuti.');
    expect(await form.locator('#startsAt-error').textContent()).toContain('nel futuro');
    expect(await form.getByLabel('Data e ora di inizio').getAttribute('aria-invalid')).toBe('true');
    await check(page, 'slots-form-errors');

    const day = workingDayIn(20);
    await form.getByLabel('Data e ora di inizio').fill(`${day}T14:30`);
    await form.getByLabel('Durata in minuti').fill('30');
    await form.getByRole('button', { name: 'Pubblica l’orario' }).click();
    const result = page.getByTestId('action-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('Orario pubblicato: consulenza, online');
    expect(await result.textContent()).toContain('14:30');
    const added = table.locator('tbody tr').filter({ hasText: '14:30' });
    await added.waitFor();
    expect(await added.textContent()).toContain('Consulenza');
    expect(await added.textContent()).toContain('30 minuti');
    await check(page, 'slot-published');

    // More slots than a page: "Carica altri" brings the rest.
    await publishSlots(15);
    await page.reload();
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(20);
    await page.getByRole('button', { name: 'Carica altri' }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBeGreaterThan(20);
    expect(await page.getByTestId('list-count').textContent()).toMatch(/^In tutto: \d+\.$/);
    expect(await page.getByRole('button', { name: 'Carica altri' }).count()).toBe(0);
  });

  it('rete: sportelli and member comuni with their fees; no operators for an operator', async () => {
    await openSection(page, 'Rete');
    const sportelli = page.getByTestId('sportelli-table');
    await sportelli.waitFor();
    const text = (await sportelli.textContent()) ?? '';
    for (const name of ['Sportello Lavoro Legnano', 'Sportello Lavoro Varese', 'Informagiovani Parabiago']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('Piazza San Magno 9, Legnano');
    const memberships = page.getByTestId('memberships-table');
    // The two tables load separately: wait for the last member row before counting.
    await memberships.locator('tbody tr').nth(6).waitFor();
    expect(await memberships.locator('tbody tr').count()).toBe(7);
    expect(await memberships.textContent()).toMatch(
      /2025: 2\.500,00\s€, pagata il 31 marzo 2025; \d+ residenti iscritti a fine anno/,
    );
    expect(await memberships.textContent()).toMatch(
      /2026: [\d.,]+\s€, [^;]+; \d+ resident[ei] iscritt[io] a (fine anno|oggi)/,
    );
    expect(await memberships.textContent()).toContain('Busto Garolfo');
    expect(await page.getByRole('heading', { name: 'Operatori' }).count()).toBe(0);
    await check(page, 'network');
  });

  it('rete: a network admin also sees the operators', async () => {
    const admin = await newPage(browser, baseUrl);
    await login(admin.page, '/operatori', DEMO.networkAdmin, DEMO_PASSWORD);
    await admin.page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    await openSection(admin.page, 'Rete');
    const operators = admin.page.getByTestId('operators-table');
    await operators.waitFor();
    expect(await row(admin.page, 'operators-table', 'Chiara Galli').textContent()).toContain(
      'Sportello Lavoro Legnano',
    );
    expect(await operators.textContent()).toContain('Paolo Brambilla');
    await check(admin.page, 'network-admin');
    await admin.context.close();
  });

  it('rete: a network admin sets the DPO that the privacy notice names to everyone', async () => {
    const admin = await newPage(browser, baseUrl);
    await login(admin.page, '/operatori', DEMO.networkAdmin, DEMO_PASSWORD);
    await admin.page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
    await openSection(admin.page, 'Rete');
    const dpo = admin.page.getByLabel('Email del responsabile della protezione dei dati (RPD/DPO)');
    await expect.poll(() => dpo.inputValue()).toBe('rpd@demo.sportellolavoro.it');
    await dpo.fill('rpd non valido');
    await admin.page.getByRole('button', { name: 'Salva', exact: true }).click();
    await admin.page.getByTestId('error-summary').waitFor();
    await dpo.fill('protezione.dati@demo.sportellolavoro.it');
    await admin.page.getByRole('button', { name: 'Salva', exact: true }).click();
    await admin.page.getByText('Salvato: l’informativa mostra già i nuovi dati.').waitFor();

    const answerDays = admin.page.getByLabel('Giorni per rispondere');
    await expect.poll(() => answerDays.inputValue()).toBe('10');
    await answerDays.fill('90');
    await admin.page.getByRole('button', { name: 'Salva i giorni', exact: true }).click();
    await admin.page
      .getByTestId('error-summary')
      .getByText('Indica un numero di giorni tra 1 e 60.')
      .waitFor();
    await answerDays.fill('14');
    await admin.page.getByRole('button', { name: 'Salva i giorni', exact: true }).click();
    await admin.page.getByText('Salvato: promemoria dopo 14 giorni, chiusura dopo 28.').waitFor();

    // The pay rule is on for the demo network; saved as it is, it stays on.
    const payRule = admin.page.getByLabel('Pubblica solo offerte con retribuzione o contratto collettivo');
    expect(await payRule.isChecked()).toBe(true);
    await admin.page.getByRole('button', { name: 'Salva la regola', exact: true }).click();
    await admin.page
      .getByText('Salvato: le offerte devono indicare la retribuzione o il contratto collettivo.')
      .waitFor();
    await admin.context.close();

    const visitor = await newPage(browser, baseUrl);
    await visitor.page.goto('/cittadini/privacy');
    const controller = visitor.page.getByTestId('privacy-controller');
    await controller.waitFor();
    const text = (await controller.textContent()) ?? '';
    expect(text).toContain('Comune di Legnano, capofila della Rete Lavoro Alto Milanese e Varesotto (demo)');
    expect(text).toContain('protezione.dati@demo.sportellolavoro.it');
    await check(visitor.page, 'privacy-notice');
    await visitor.context.close();
  });
});
