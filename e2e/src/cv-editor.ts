import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** What a person types to find a skill, and the label they pick: an essential ESCO skill of a welder. */
export const SKILL_SEARCH = 'arc welding';
export const SKILL = 'apply arc welding techniques';
/** The ESCO occupation the journeys seek, by its Italian label. */
export const OCCUPATION_SEARCH = 'saldatore';
export const OCCUPATION = 'saldatore/saldatrice';

/** How long to wait for what a person waits for (a save, a page); the machine may be busy. */
export const WAIT = { timeout: 20_000 };

/** Bootstrap Italia draws checkboxes on their label, which is what a person clicks. */
export const tick = (page: Page, id: string) => page.locator(`label[for="${id}"]`).click();

/** Step by step, as the person does it: search an occupation and add it, then save the step. */
export async function addOccupation(page: Page) {
  await page.getByLabel('Cerca una professione').fill(OCCUPATION_SEARCH);
  const select = page.getByLabel('Aggiungi un lavoro cercato');
  await expect.poll(() => select.locator('option', { hasText: OCCUPATION }).count(), WAIT).toBeGreaterThan(0);
  await select.selectOption({ label: OCCUPATION });
  await page.getByTestId('sought-occupations-picked').getByText(OCCUPATION, { exact: true }).waitFor();
}

export async function saveStep(page: Page, saved: string, next: string) {
  await page.getByRole('button', { name: 'Salva e continua' }).click();
  await expect.poll(() => page.getByTestId('cv-status').textContent(), WAIT).toBe(`Salvato: ${saved}.`);
  await page.getByRole('heading', { level: 2, name: new RegExp(`: ${next}$`) }).waitFor();
}

export async function addSkill(page: Page) {
  await page.getByLabel('Cerca una competenza').fill(SKILL_SEARCH);
  const skill = page.getByLabel(/^Competenza \(/);
  await skill.locator('option', { hasText: SKILL }).first().waitFor({ state: 'attached' });
  await skill.selectOption({ label: SKILL });
  await page.getByLabel(/^Livello \(/).selectOption({ label: 'Intermedio' });
  await page.getByRole('button', { name: 'Aggiungi la competenza' }).click();
  await page.getByTestId('skills-picked').getByText(SKILL).waitFor();
}

export async function shareCv(page: Page) {
  await page.getByRole('button', { name: 'Condividi il mio curriculum' }).click();
  await expect
    .poll(() => page.getByTestId('cv-sharing-state').textContent(), WAIT)
    .toMatch(/^Stai condividendo/);
}

export async function withdrawCv(page: Page) {
  await page.getByRole('button', { name: 'Ritira il consenso' }).click();
  await expect
    .poll(() => page.getByTestId('cv-sharing-state').textContent(), WAIT)
    .toBe('Non stai condividendo il tuo curriculum.');
}
