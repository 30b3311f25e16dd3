import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { accessToken, inDays, workingDayIn } from '../src/api.js';
import { checkPage, launchBrowser, login, newPage, row } from '../src/browser.js';
import { tick, WAIT } from '../src/cv-editor.js';
import {
  codiceFiscale,
  DEMO,
  DEMO_PASSWORD,
  graphqlRequest,
  linkTo,
  unique,
  waitForMail,
} from '../src/data.js';
import { check, openSection } from '../src/operator-portal.js';
import { pdfTitle } from '../src/pdf.js';
import { sessionStartingSoon } from '../src/session-times.js';

const baseUrl = inject('baseUrl');
const skipReason = inject('skipReason');

const GIVEN = 'Ornella';
const FAMILY = 'Vitali';
const NAME = `${GIVEN} ${FAMILY}`;
const PASSWORD = 'una password lunga e sicura';
const TITLE = `Job Club di primavera ${unique('')}`;
const TARGET = 'commesso di libreria/commessa di libreria';

const ORIENTATION_ACTION = 'Colloquio di orientamento con l’operatrice';
const JOB_CLUB_ACTION = 'Partecipare al Job Club dello sportello';
/** Due today: "the next day" it is overdue. */
const SEARCH_ACTION = 'Inviare due candidature alle offerte della rete';

/** A free orientation slot the sportello publishes for the interview: two working days ahead, 08:15. */
const SLOT_DAY = workingDayIn(2);
const SLOT_TIME = '08:15';

/**
 * The Job Club's first session starts in two or three minutes, so that its register can be kept
 * within the journey.
 */
const firstSession = sessionStartingSoon(150_000, 90);

/** Clicks a ConfirmAction's first button, then its confirmation. */
async function confirm(page: Page, button: Locator, confirmLabel: string) {
  await button.click();
  const yes = page.getByRole('button', { name: confirmLabel });
  await yes.waitFor();
  await yes.click();
}

const shot = (page: Page, name: string) => check(page, `path-${name}`);

/**
 * One person's path at the sportello, through the portals only: a walk-in registered at the desk,
 * taken in charge, the patto drafted and accepted online, the orientation interview booked and
 * recorded, a Job Club with attendance and its certificate, and the overdue action the next day.
 */
describe.skipIf(Boolean(skipReason))('the citizen’s path, from the desk to the next day', () => {
  let browser: Browser;
  let operator: { context: BrowserContext; page: Page };
  let citizen: { context: BrowserContext; page: Page };
  const email = `${unique('ornella.vitali.')}@example.it`;
  let citizenId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    operator = await newPage(browser, baseUrl);
    await login(operator.page, '/operatori', DEMO.operator, DEMO_PASSWORD);
    await operator.page.getByRole('heading', { level: 1, name: 'Aziende da verificare' }).waitFor();
  });
  afterAll(async () => {
    await citizen?.context.close();
    await operator?.context.close();
    await browser?.close();
  });

  it('set-up in the portal: the sportello publishes an orientation slot and a Job Club cycle', async () => {
    const { page } = operator;
    await openSection(page, 'Orari disponibili');
    const slotForm = page.getByTestId('new-slot-form');
    await slotForm.getByLabel('Tipo di colloquio').selectOption({ label: 'Orientamento' });
    await slotForm.getByLabel('Data e ora di inizio').fill(`${SLOT_DAY}T${SLOT_TIME}`);
    await slotForm.getByRole('button', { name: 'Pubblica l’orario' }).click();
    await expect
      .poll(() => page.getByTestId('action-result').textContent(), WAIT)
      .toContain('Orario pubblicato: orientamento, in presenza');

    await openSection(page, 'Attività di gruppo');
    const form = page.getByTestId('new-group-form');
    await form.getByLabel('Tipo di attività').selectOption({ label: 'Job Club' });
    await form.getByLabel('Titolo').fill(TITLE);
    await form
      .getByLabel('Descrizione')
      .fill('Un ciclo di incontri per cercare lavoro insieme: obiettivo professionale e candidature.');
    await form.getByLabel('Posti').fill('12');
    const session = (field: string) => form.locator(`#new-group-s0-${field}`);
    await session('date').fill(firstSession.day);
    await session('startTime').fill(firstSession.startTime);
    await session('endTime').fill(firstSession.endTime);
    await session('mode').selectOption('IN_PERSON');
    await session('comuneCode').locator('option', { hasText: 'Legnano' }).waitFor({ state: 'attached' });
    await session('comuneCode').selectOption({ label: 'Legnano' });
    await session('address').fill('Piazza San Magno 9, sala 2');
    await session('topic').fill('Il mio obiettivo professionale');
    await form.getByRole('button', { name: 'Crea l’attività' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByRole('button', { name: 'Pubblica l’attività' }).click();
    await expect
      .poll(() => page.getByTestId('group-activity-status').textContent(), WAIT)
      .toContain('Pubblicata');
  });

  it('a walk-in at the desk: registered with her email from Accoglienza, and the contact recorded', async () => {
    const { page } = operator;
    await openSection(page, 'Accoglienza');
    const form = page.getByTestId('contact-form');
    await form.getByText('Una persona registrata sulla piattaforma').click();
    await form.getByRole('link', { name: 'Registrala allo sportello' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registra un cittadino allo sportello' }).waitFor();
    await page.getByLabel('Comune di residenza').selectOption({ label: 'Legnano (MI)' });
    await page.getByLabel('Nome', { exact: true }).fill(GIVEN);
    await page.getByLabel('Cognome', { exact: true }).fill(FAMILY);
    await page.getByLabel('Codice fiscale').fill(codiceFiscale());
    await page.getByLabel('Indirizzo email').fill(email);
    await shot(page, '01-register');
    await page.getByRole('button', { name: 'Registra e torna all’accoglienza' }).click();

    // Back at the desk with the person chosen: the contact is hers, its outcome the registration.
    await page.getByRole('heading', { level: 1, name: 'Accoglienza' }).waitFor();
    await expect
      .poll(() => page.getByTestId('just-registered').textContent(), WAIT)
      .toContain(`Registrazione di ${NAME} fatta`);
    const person = page.locator('#contact-citizenId option:checked');
    await expect.poll(() => person.textContent(), WAIT).toContain(NAME);
    expect(await form.getByLabel('Esito').locator('option:checked').textContent()).toBe(
      'Registrata sulla piattaforma',
    );
    await form.getByLabel('Argomento').selectOption({ label: 'Orientamento' });
    await form.getByLabel('Nota').fill('Cerca lavoro da due mesi, vorrebbe un percorso con lo sportello.');
    await shot(page, '02-desk-contact');
    await form.getByRole('button', { name: 'Registra il contatto' }).click();
    await expect
      .poll(() => page.getByTestId('action-result').first().textContent(), WAIT)
      .toContain(`Registrato: allo sportello, ${NAME}.`);
    const contact = page.getByTestId('today-contacts').locator('tbody tr').filter({ hasText: NAME });
    await contact.waitFor();
    expect(await contact.textContent()).toContain('Registrata sulla piattaforma');
    await shot(page, '03-desk-today');

    await contact.getByRole('link', { name: NAME }).click();
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    citizenId = new URL(page.url()).pathname.split('/').at(-1)!;
  });

  it('takes her in charge: the case opens at the sportello', async () => {
    const { page } = operator;
    expect(await page.getByTestId('in-charge').textContent()).toContain(
      'Non è in carico a nessuno sportello.',
    );
    await page
      .getByLabel('Motivo della presa in carico')
      .fill('Prima accoglienza allo sportello: cerca lavoro e chiede un percorso');
    await page.getByRole('button', { name: 'Prendi in carico' }).click();
    await page.getByTestId('case-file').waitFor();
    await expect
      .poll(() => page.getByTestId('in-charge').textContent(), WAIT)
      .toContain('In carico presso Sportello Lavoro Legnano (il tuo sportello).');
    expect(await page.getByTestId('patto').textContent()).toContain('Il patto non è ancora stato scritto.');
    await shot(page, '04-taken-in-charge');
  });

  it('drafts the patto with its objectives and three actions, one due today', async () => {
    const { page } = operator;
    await page.getByRole('button', { name: 'Scrivi il patto' }).click();
    await page
      .getByLabel('Obiettivi concordati')
      .fill('Trovare un lavoro nella vendita entro sei mesi, a Legnano o vicino, con orari compatibili.');
    const action = async (i: number, kind: string, what: string, due: string, who: string) => {
      if (i > 0) await page.getByRole('button', { name: 'Aggiungi un’azione' }).click();
      await page.locator(`#action-kind-${i}`).selectOption({ label: kind });
      await page.locator(`#action-description-${i}`).fill(what);
      await page.locator(`#action-due-${i}`).fill(due);
      await page.locator(`#action-assignee-${i}`).selectOption({ label: who });
    };
    await action(0, 'Colloquio di orientamento', ORIENTATION_ACTION, inDays(7), 'Lo sportello');
    await action(1, 'Job Club', JOB_CLUB_ACTION, inDays(14), 'La persona');
    await action(2, 'Ricerca attiva di lavoro', SEARCH_ACTION, inDays(0), 'La persona');
    await shot(page, '05-patto-form');
    await page.getByRole('button', { name: 'Salva il patto' }).click();
    await page.getByText('Patto salvato.', { exact: false }).waitFor();
    expect(await page.getByTestId('patto-state').textContent()).toContain(
      'Non ancora accettato dalla persona.',
    );
    const actions = (await page.getByTestId('patto-actions-1').textContent()) ?? '';
    for (const text of [ORIENTATION_ACTION, JOB_CLUB_ACTION, SEARCH_ACTION]) expect(actions).toContain(text);
    // The orientation action still to do: the case offers to book the interview.
    expect(await page.getByTestId('orientation-action-to-book').textContent()).toContain(ORIENTATION_ACTION);
    await shot(page, '06-patto-draft');
  });

  it('the citizen activates her account from the invitation, logs in and accepts the patto online', async () => {
    const mail = await waitForMail(baseUrl, email, /Il tuo accesso a Sportello Lavoro/);
    const link = linkTo(mail, '/cittadini/invito');
    const invited = await newPage(browser, baseUrl);
    await invited.page.goto(`${link.pathname}${link.search}`);
    await invited.page.getByLabel('Nuova password').fill(PASSWORD);
    await checkPage(invited.page, 'path-07-citizen-invitation');
    await invited.page.getByRole('button', { name: 'Salva la password e accedi' }).click();
    await invited.page.getByTestId('profile').waitFor();
    await invited.context.close();
    await waitForMail(baseUrl, email, /Il tuo patto di servizio è pronto/);

    // Another day, another device: she logs in with the password she chose.
    citizen = await newPage(browser, baseUrl);
    const { page } = citizen;
    await login(page, '/cittadini', email, PASSWORD);
    await page.getByTestId('profile').waitFor();
    await page
      .getByRole('navigation', { name: 'Sezioni dell’area cittadini' })
      .getByRole('link', { name: 'Il mio percorso' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Il mio percorso' }).waitFor();
    const patto = page.getByTestId('my-patto');
    expect(await patto.textContent()).toContain('Trovare un lavoro nella vendita');
    expect(await page.getByTestId('my-patto-state').textContent()).toBe(
      'Leggi il tuo patto e, se sei d’accordo, accettalo.',
    );
    await checkPage(page, 'path-08-citizen-patto-to-accept');
    await page.getByRole('button', { name: 'Accetto il patto' }).click();
    await page.getByText('Grazie: hai accettato il patto.').waitFor();
    await expect
      .poll(() => page.getByTestId('my-patto-state').textContent(), WAIT)
      .toMatch(/^Hai accettato questo patto il /);
    await checkPage(page, 'path-09-citizen-patto-accepted');
  });

  it('the operator sees the patto accepted and books the orientation interview from the case', async () => {
    const { page } = operator;
    await page.reload();
    await page
      .getByTestId('patto-state')
      .getByText(/Accettato online il/)
      .waitFor();
    await page
      .getByTestId('orientation-action-to-book')
      .getByRole('link', { name: 'prenota il colloquio di orientamento' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Prenota un colloquio per un cittadino' }).waitFor();
    // The person and the purpose come from the case.
    await expect.poll(() => page.locator('#citizen option:checked').textContent(), WAIT).toContain(NAME);
    expect(await page.locator('#purpose option:checked').textContent()).toBe('Colloquio di orientamento');
    await page.getByLabel('Sportello', { exact: true }).selectOption({ label: 'Sportello Lavoro Legnano' });
    await page.getByLabel('A partire dal giorno').fill(SLOT_DAY);
    const slot = page.getByTestId('slot-row').filter({ hasText: SLOT_TIME });
    await slot.first().waitFor(WAIT);
    await shot(page, '10-book-orientation');
    await confirm(page, slot.first().getByTestId('book-slot'), 'Sì, prenota');
    await expect
      .poll(() => page.getByTestId('action-result').textContent(), WAIT)
      .toContain(`Colloquio di orientamento prenotato per ${NAME}`);
    await waitForMail(baseUrl, email, /^Colloquio prenotato/);
    await shot(page, '11-orientation-booked');
    await page
      .getByTestId('after-booking')
      .getByRole('link', { name: `Torna alla scheda di ${NAME}` })
      .click();
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
  });

  it('after the interview the operator writes its record, which feeds the patto and the skills gap', async () => {
    const { page } = operator;
    // The case knows the colloquio is booked, and leads to its record.
    const booked = page.getByTestId('orientation-action-booked');
    await booked.waitFor(WAIT);
    expect(await booked.textContent()).toContain(
      `Colloquio di orientamento prenotato per l’azione «${ORIENTATION_ACTION}»`,
    );
    expect(await page.getByTestId('orientation-bookings').textContent()).toContain(
      'Colloquio di orientamento, ',
    );
    await shot(page, '12-case-orientation-booked');
    // As if the colloquio had just been held: the record of the booked colloquio, written today.
    await booked.getByRole('link', { name: 'scrivi la scheda', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Scheda di orientamento: ${NAME}` }).waitFor();
    const form = page.getByTestId('orientation-form');
    await form.getByTestId('for-booking').waitFor();
    await form.getByLabel('Interessi').fill('I libri, la vendita, il contatto con le persone.');
    await form.getByLabel('Punti di forza').fill('Precisione, puntualità, dieci anni in un negozio.');
    await form.getByLabel('Ore settimanali disponibili').fill('30');
    await form.getByLabel('Spostamenti').selectOption({ label: 'Mezzi pubblici' });
    await form.getByLabel('Cerca una professione').fill('commesso di libreria');
    const picker = form.getByLabel('Aggiungi una professione obiettivo');
    await expect
      .poll(async () => (await picker.locator('option').allTextContents()).includes(TARGET), WAIT)
      .toBe(true);
    await picker.selectOption({ label: TARGET });
    await expect.poll(() => form.getByTestId('orientation-targets-chosen').textContent()).toContain(TARGET);
    await form.getByLabel('Sintesi').fill('Puntiamo alla vendita in libreria: prossimo passo, il Job Club.');
    await shot(page, '13-orientation-record');
    await form.getByRole('button', { name: 'Salva la scheda' }).click();
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();

    // Next to the patto: the record's target occupation, and the orientation action it fulfils.
    const box = page.getByTestId('patto-orientation');
    await expect.poll(() => box.textContent(), WAIT).toContain(TARGET);
    const fulfilled = box.getByTestId('orientation-action-fulfilled');
    expect(await fulfilled.textContent()).toContain(ORIENTATION_ACTION);
    await shot(page, '14-case-after-orientation');
    await fulfilled.getByRole('button', { name: 'Segna l’azione come fatta' }).click();
    await expect
      .poll(() => page.getByTestId('case-file').getByTestId('action-result').textContent(), WAIT)
      .toContain('Azione segnata come «fatta».');
    // Columns after the kind: description, who, by when, status.
    const status = row(page, 'patto-actions-1', 'Colloquio di orientamento').locator('td').nth(3);
    await expect.poll(() => status.textContent(), WAIT).toBe('Fatta');
    // Progress, not a change of the agreement: the same version, still accepted.
    const state = (await page.getByTestId('patto-state').textContent()) ?? '';
    expect(state).toContain('Versione 1');
    expect(state).toContain('Accettato online');

    await box.getByRole('link', { name: `competenze mancanti per ${TARGET}` }).click();
    const gap = page.getByRole('region', { name: 'Competenze mancanti' });
    await gap.getByRole('heading', { level: 3, name: TARGET }).waitFor(WAIT);
    await shot(page, '15-skills-gap');
  });

  it('enrols her in the Job Club cycle', async () => {
    const { page } = operator;
    await openSection(page, 'Attività di gruppo');
    await row(page, 'group-activities-table', TITLE).getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const enrol = page.getByTestId('enrol-form');
    const option = page.locator('#enrol-citizenId option', { hasText: NAME });
    await option.waitFor({ state: 'attached', ...WAIT });
    await enrol.getByLabel('Persona').selectOption({ label: (await option.textContent())! });
    await enrol.getByRole('button', { name: 'Iscrivi all’attività' }).click();
    await expect
      .poll(() => page.getByTestId('action-result').first().textContent(), WAIT)
      .toContain(`${NAME} è iscritta/o all’attività.`);
    const mail = await waitForMail(baseUrl, email, new RegExp(`Iscrizione confermata: ${TITLE}`));
    expect(mail.calendar?.filename).toBe('attivita.ics');
    await shot(page, '16-job-club-enrolled');
  });

  it('once the session has started, the operator marks her present and she downloads the certificate', async () => {
    const { page } = operator;
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, firstSession.start.getTime() - Date.now() + 2_000)),
    );
    await page.reload();
    const register = page.getByTestId('attendance-form');
    await register.waitFor(WAIT);
    await register.getByLabel(`Presenza di ${NAME}`).selectOption({ label: 'Presente' });
    await register.getByRole('button', { name: 'Salva le presenze' }).click();
    await expect
      .poll(() => page.getByTestId('action-result').first().textContent(), WAIT)
      .toContain('Presenze salvate.');
    await shot(page, '17-attendance');

    const own = citizen.page;
    await own
      .getByRole('navigation', { name: 'Sezioni dell’area cittadini' })
      .getByRole('link', { name: 'Attività di gruppo', exact: true })
      .click();
    await own.getByRole('heading', { level: 1, name: 'Attività di gruppo' }).waitFor();
    const mine = own.getByTestId('my-group-activity').filter({ hasText: TITLE });
    await mine.waitFor(WAIT);
    expect(await mine.getByTestId('my-attendance').textContent()).toContain('Presente');
    await checkPage(own, 'path-18-citizen-job-club');
    const [download] = await Promise.all([
      own.waitForEvent('download'),
      mine.getByRole('button', { name: 'Scarica l’attestato di partecipazione' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`-${FAMILY}\\.pdf$`));
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfTitle(pdf)).toBe(`Attestato di partecipazione – ${TITLE} – ${NAME}`);

    // In "Il mio percorso" she sees the orientation action done, and reaches her orientation record.
    await own
      .getByRole('navigation', { name: 'Sezioni dell’area cittadini' })
      .getByRole('link', { name: 'Il mio percorso' })
      .click();
    const orientation = own
      .getByTestId('my-patto-actions-1')
      .locator('tbody tr')
      .filter({ hasText: ORIENTATION_ACTION });
    // Columns: what, who, by when, how far along.
    await expect.poll(() => orientation.locator('td, th').nth(3).textContent(), WAIT).toBe('Fatta');
    await checkPage(own, 'path-19-citizen-path');
    await own.getByTestId('my-orientation').getByRole('link', { name: 'Vedi il mio orientamento' }).click();
    await own.getByRole('heading', { level: 1, name: 'Il mio orientamento' }).waitFor();
    await own.getByTestId('orientation-record').filter({ hasText: TARGET }).waitFor(WAIT);
  }, 240_000);

  it('today the action is due; the next day the caseload and “Da fare oggi” show it overdue', async () => {
    const { page } = operator;
    await openSection(page, 'Da fare oggi');
    const dueToday = row(page, 'actions-due', NAME).filter({ hasText: SEARCH_ACTION });
    await dueToday.waitFor(WAIT);
    expect(await dueToday.textContent()).toContain('Oggi');
    await shot(page, '20-today');

    // The clock stands in for the next day: the API reads the real date, so the action's due day
    // moves one day back (and nothing else changes), through the dev route the e2e API serves.
    const token = await accessToken(baseUrl, DEMO.operator);
    const { citizenCase } = await graphqlRequest<{
      citizenCase: { patto: { actions: { id: string; description: string }[] } };
    }>(
      baseUrl,
      'query($id: ID!) { citizenCase(citizenId: $id) { patto { actions { id description } } } }',
      { id: citizenId },
      token,
    );
    const action = citizenCase.patto.actions.find((a) => a.description === SEARCH_ACTION)!;
    const moved = await fetch(`${baseUrl}/dev/patto-actions/${action.id}/due-a-day-earlier`, {
      method: 'POST',
    });
    expect(await moved.json()).toEqual({ id: action.id, dueOn: inDays(-1) });

    await openSection(page, 'Casi in carico');
    await tick(page, 'caseload-overdue');
    const mine = row(page, 'caseload', NAME);
    await mine.waitFor(WAIT);
    // Columns: patto, then overdue actions.
    expect(await mine.textContent()).toMatch(/Accettato1/);
    const notice = page.getByTestId('overdue-notice');
    await notice.waitFor(WAIT);
    expect(await notice.textContent()).toMatch(/azion[ei] del patto scadut[ae]/);
    await shot(page, '21-next-day-caseload');
    await notice.getByRole('link', { name: 'Vedi che cosa c’è da fare oggi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Da fare oggi' }).waitFor();
    const overdue = row(page, 'actions-due', NAME).filter({ hasText: SEARCH_ACTION });
    // The list is read afresh when opened (what the cache had shows until then).
    await expect.poll(() => overdue.textContent(), WAIT).toContain('(scaduta)');
    await shot(page, '22-next-day-today');
  });
});
