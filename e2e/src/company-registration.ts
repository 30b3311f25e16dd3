import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './browser.js';
import { linkTo, partitaIva, unique, waitForMail } from './data.js';

export const PASSWORD = 'la nostra password aziendale';

/** Registers a company through the portal and confirms the contact's email; returns its data. */
export async function registerCompany(page: Page, baseUrl: string, comune: string, snap = false) {
  const legalName = `${unique('Officina Test ')} S.r.l.`;
  const piva = partitaIva();
  const email = `${unique('referente.')}@azienda-test.it`;

  await page.goto('/aziende/');
  if (snap) await screenshot(page, 'company-home');
  await page.getByRole('link', { name: 'Registra l’azienda' }).first().click();
  await page.getByLabel('Ragione sociale').fill(legalName);
  // A wrong check digit is caught before sending.
  await page.getByLabel('Partita IVA').fill(`${piva.slice(0, 10)}${(Number(piva[10]) + 1) % 10}`);
  await page.getByLabel('Comune della sede legale').selectOption({ label: comune });
  await page.getByLabel('Nome del referente', { exact: true }).fill('Anna');
  await page.getByLabel('Cognome del referente', { exact: true }).fill('Verdi');
  await page.getByLabel('Email del referente').fill(email);
  await page.getByLabel('Scegli una password').fill(PASSWORD);
  // Bootstrap Italia draws the checkbox on its label, which is what a person clicks.
  await page.locator('label[for="privacyNoticeAccepted"]').click();
  expect(await page.getByLabel('Ho letto l’informativa sulla privacy').isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Invia la registrazione' }).click();
  const summary = page.getByTestId('error-summary');
  await summary.waitFor();
  expect(await summary.textContent()).toContain('la cifra di controllo non corrisponde');
  if (snap) await screenshot(page, 'company-register-error');

  await page.getByLabel('Partita IVA').fill(piva);
  await page.getByRole('button', { name: 'Invia la registrazione' }).click();
  await page.getByRole('heading', { name: 'Registrazione inviata' }).waitFor();
  expect(await page.getByTestId('registration-done').textContent()).toContain('in attesa di verifica');
  if (snap) await screenshot(page, 'company-registration-sent');

  const mail = await waitForMail(baseUrl, email, /Conferma il tuo indirizzo email/);
  const link = linkTo(mail, '/aziende/verifica-email');
  await page.goto(`${link.pathname}${link.search}`);
  await page.getByTestId('verify-done').waitFor();
  if (snap) await screenshot(page, 'company-email-verified');
  return { legalName, piva, email };
}
