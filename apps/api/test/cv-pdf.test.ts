import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { expectTaggedPdf } from './pdf-structure.js';

let t: TestApp;
let giuliaId: string;

beforeAll(async () => {
  t = await startTestApp();
  const giulia = (await t.login(DEMO.citizen)).accessToken;
  giuliaId = (await t.gql('{ me { id } }', {}, giulia)).data!.me.id;
});
afterAll(() => t?.close());

const pdfOf = (id: string, email?: string) =>
  (async () =>
    t.app.inject({
      method: 'GET',
      url: `/api/cv/${id}.pdf`,
      headers: email ? { authorization: `Bearer ${(await t.login(email)).accessToken}` } : {},
    }))();

describe('CV as PDF', () => {
  it('the citizen and the staff of the network download it; others get 404 like for a missing CV', async () => {
    const own = await pdfOf(giuliaId, DEMO.citizen);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.headers['content-disposition']).toBe('attachment; filename="CV-Bianchi-Giulia.pdf"');
    expect(own.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(own.rawPayload.length).toBeGreaterThan(2000);
    expectTaggedPdf(own.rawPayload);
    if (process.env.CV_PDF_OUT) writeFileSync(process.env.CV_PDF_OUT, own.rawPayload);

    expect((await pdfOf(giuliaId, DEMO.operator)).statusCode).toBe(200);
    expect((await pdfOf(giuliaId, DEMO.companyMember)).statusCode).toBe(404);
    expect((await pdfOf('00000000-0000-4000-8000-000000000000', DEMO.operator)).statusCode).toBe(404);
    expect((await pdfOf(giuliaId)).statusCode).toBe(401);
  });
});
