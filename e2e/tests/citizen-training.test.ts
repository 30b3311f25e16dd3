import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessToken, inDays, mutate } from '../src/api.js';
import { checkPage, launchBrowser, login, newPage } from '../src/browser.js';
import { DEMO, graphqlRequest } from '../src/data.js';
import { registeredCitizen } from '../src/internships.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const FORKLIFT = 'Muletto: conduzione di carrelli elevatori';

/** An online module of the network with one seat, created and published by the Legnano operator. */
async function publishedModule(title: string): Promise<string> {
  const operator = await accessToken(baseUrl, DEMO.operator);
  const id = await mutate(
    baseUrl,
    operator,
    'mutation($input: TrainingModuleInput!) { createTrainingModule(input: $input) { trainingModule { id } userErrors { message } } }',
    'trainingModule',
    {
      input: {
        title,
        provider: 'Centro di formazione professionale di Legnano',
        description: 'Come presentarsi a un colloquio di lavoro: prove pratiche a piccoli gruppi.',
        skills: [],
        hours: 6,
        startsOn: inDays(10),
        endsOn: inDays(12),
        mode: 'ONLINE',
        seats: 1,
      },
    },
  );
  await mutate(
    baseUrl,
    operator,
    'mutation($id: ID!) { publishTrainingModule(id: $id) { trainingModule { id } userErrors { message } } }',
    'trainingModule',
    { id },
  );
  return id;
}

interface EnrolmentRow {
  status: string;
  module: { id: string; title: string };
}

/** The citizen's enrolments, read through the API. */
async function enrolmentsOf(token: string): Promise<EnrolmentRow[]> {
  const data = await graphqlRequest<{ myTrainingEnrolments: { edges: { node: EnrolmentRow }[] } }>(
    baseUrl,
    '{ myTrainingEnrolments(first: 100) { edges { node { status module { id title } } } } }',
    {},
    token,
  );
  return data.myTrainingEnrolments.edges.map((e) => e.node);
}

/** Clicks "Chiedi un posto" and confirms. */
async function askPlace(page: Page) {
  await page.getByRole('button', { name: 'Chiedi un posto' }).click();
  const confirm = page.getByRole('button', { name: 'Sì, chiedo un posto' });
  await confirm.waitFor();
  await confirm.click();
}

describe.skipIf(Boolean(skipReason))('citizens: corsi di formazione (/cittadini/corsi)', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let citizen: { id: string; email: string; password: string };
  let token: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    citizen = await registeredCitizen(baseUrl, 'Anna', 'Ferri');
    token = await accessToken(baseUrl, citizen.email, citizen.password);
    ({ context, page } = await newPage(browser, baseUrl));
    await login(page, '/cittadini', citizen.email, citizen.password);
    await page.getByTestId('profile').waitFor();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('lists the open modules, asks for a place, sees it in "Le mie iscrizioni" and withdraws', async () => {
    await page
      .getByRole('navigation', { name: 'Collegamenti utili' })
      .getByRole('link', { name: 'Corsi di formazione' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Corsi di formazione' }).waitFor();
    const forklift = page.getByTestId('training-module-row').filter({ hasText: FORKLIFT });
    await forklift.waitFor();
    const card = (await forklift.textContent()) ?? '';
    for (const expected of ['Scuola edile e logistica di Parabiago', '12 ore in tutto', 'In presenza, a']) {
      expect(card).toContain(expected);
    }
    expect(
      await page.getByTestId('training-module-row').filter({ hasText: 'Excel di base' }).textContent(),
    ).toContain('Online');
    await checkPage(page, 'citizen-training-modules');

    // A second window opened now still offers the place once it is taken.
    const { context: staleContext, page: stale } = await newPage(browser, baseUrl);
    await login(stale, '/cittadini', citizen.email, citizen.password);
    await stale.getByTestId('profile').waitFor();
    await forklift.getByRole('link', { name: FORKLIFT }).click();
    await page.getByRole('heading', { level: 1, name: FORKLIFT }).waitFor();
    const url = page.url();
    await stale.goto(url);
    await stale.getByRole('button', { name: 'Chiedi un posto' }).waitFor();
    expect(await page.getByTestId('training-module-description').textContent()).toContain(
      'carrelli elevatori',
    );

    await page.getByRole('button', { name: 'Chiedi un posto' }).click();
    const question = page.getByTestId('ask-place-confirm');
    await question.waitFor();
    expect(await question.textContent()).toContain(`Vuoi un posto nel corso «${FORKLIFT}»`);
    await page.getByRole('button', { name: 'Annulla' }).click();
    expect(await enrolmentsOf(token)).toEqual([]);
    await askPlace(page);
    const result = page.getByTestId('action-result');
    await expect.poll(() => result.textContent()).toContain(`Fatto: hai un posto nel corso «${FORKLIFT}»`);
    // The outcome takes the focus, so a screen reader reads it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('action-result');
    await expect
      .poll(() => page.getByTestId('training-place-status').textContent())
      .toContain('Sei iscritta/o a questo corso');
    await checkPage(page, 'citizen-training-module');

    await page.getByRole('link', { name: 'Vai alle tue iscrizioni' }).click();
    await page.getByRole('heading', { level: 1, name: 'Le mie iscrizioni' }).waitFor();
    const enrolment = page.getByTestId('training-enrolment-row').filter({ hasText: FORKLIFT });
    await enrolment.waitFor();
    expect(await enrolment.textContent()).toContain('Iscritta/o');
    await checkPage(page, 'citizen-training-enrolments');

    // Asking again, from the tab opened before: the error in plain words, nothing written.
    await askPlace(stale);
    await expect
      .poll(() => stale.getByTestId('action-result').textContent())
      .toContain('Hai già un posto in questo corso');
    await expect
      .poll(() => stale.getByTestId('training-place-status').textContent())
      .toContain('Sei iscritta/o');
    expect((await enrolmentsOf(token)).map((e) => e.status)).toEqual(['ENROLLED']);
    await staleContext.close();

    await enrolment.getByRole('button', { name: `Ritirati dal corso «${FORKLIFT}»` }).click();
    await page.getByRole('button', { name: 'Sì, mi ritiro' }).click();
    await expect.poll(() => result.textContent()).toContain(`Ti sei ritirata/o dal corso «${FORKLIFT}»`);
    await expect.poll(() => enrolment.textContent()).toContain('Ritirata/o');
    expect(await enrolment.getByRole('button').count()).toBe(0);
    expect((await enrolmentsOf(token)).map((e) => e.status)).toEqual(['WITHDRAWN']);
  });

  it('a module whose last seat goes meanwhile shows "I posti sono esauriti" and writes nothing', async () => {
    const title = 'Prepararsi al colloquio di lavoro';
    const id = await publishedModule(title);
    await page.goto(`/cittadini/corsi/${id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByTestId('training-module-details').textContent()).toContain('Posti liberi1');

    // Giulia takes the last seat while the page is open.
    await mutate(
      baseUrl,
      await accessToken(baseUrl, DEMO.citizen),
      'mutation($id: ID!) { enrolInTrainingModule(moduleId: $id) { enrolment { id } userErrors { message } } }',
      'enrolment',
      { id },
    );
    await askPlace(page);
    await expect
      .poll(() => page.getByTestId('action-result').textContent())
      .toContain('I posti sono esauriti');
    await expect
      .poll(() => page.getByTestId('training-module-details').textContent())
      .toContain('Nessuno, i posti sono esauriti');
    expect(await page.getByRole('button', { name: 'Chiedi un posto' }).count()).toBe(0);
    await checkPage(page, 'citizen-training-full');

    expect((await enrolmentsOf(token)).some((e) => e.module.id === id)).toBe(false);
    const { trainingModule } = await graphqlRequest<{
      trainingModule: { enrolledCount: number; seatsLeft: number };
    }>(
      baseUrl,
      'query($id: ID!) { trainingModule(id: $id) { enrolledCount seatsLeft } }',
      { id },
      await accessToken(baseUrl, DEMO.operator),
    );
    expect(trainingModule).toEqual({ enrolledCount: 1, seatsLeft: 0 });
  });
});
