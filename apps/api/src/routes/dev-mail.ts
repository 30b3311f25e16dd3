import type { FastifyInstance } from 'fastify';
import type { StoredMail } from '../lib/mailer.js';
import type { PeriodicJob } from '../lib/periodic-job.js';
import type { OutboxWorker } from '../modules/notifications/outbox.js';

const WEEK_MS = 7 * 86_400_000;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const linkify = (text: string) => escapeHtml(text).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>');

/** Only without SMTP and outside production: the emails the system would have sent. */
export async function devMailRoutes(
  app: FastifyInstance,
  {
    outbox,
    jobAlerts,
    emailOutbox,
  }: { outbox: StoredMail[]; jobAlerts: PeriodicJob; emailOutbox: OutboxWorker },
) {
  // Sends every job alert digest now, as if a week had passed, and delivers it to the list below.
  app.post('/dev/job-alerts/run', async () => {
    const alerts = await jobAlerts.run(new Date(Date.now() + WEEK_MS));
    await emailOutbox.drain();
    return { alerts };
  });

  app.get('/dev/mail', async (request, reply) => {
    if (!(request.headers.accept ?? '').includes('text/html')) return outbox;
    const items = outbox
      .map(
        (mail) =>
          `<article><h2>${escapeHtml(mail.subject)}</h2><p><strong>A:</strong> ${escapeHtml(mail.to)} · ${escapeHtml(mail.date)}</p><pre>${linkify(mail.text)}</pre></article>`,
      )
      .join('<hr>');
    return reply
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Posta inviata (sviluppo)</title><style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}pre{white-space:pre-wrap;background:#f4f6f8;padding:1rem}</style></head><body><h1>Posta inviata</h1><p>Le email che il sistema ha inviato, senza server SMTP configurato. Le più recenti in alto.</p>${items || '<p>Nessuna email.</p>'}</body></html>`,
      );
  });
}
