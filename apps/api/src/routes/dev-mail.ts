import type { FastifyInstance } from 'fastify';
import type { StoredMail } from '../lib/mailer.js';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const linkify = (text: string) => escapeHtml(text).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>');

/** Only without SMTP and outside production: the emails the system would have sent. */
export async function devMailRoutes(app: FastifyInstance, { outbox }: { outbox: StoredMail[] }) {
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
