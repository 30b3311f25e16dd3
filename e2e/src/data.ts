import { computeCodiceFiscaleCheckChar, computePartitaIvaCheckDigit } from '@sportello/domain';

export const DEMO_PASSWORD = 'sportello-demo-2026';
export const DEMO = {
  operator: 'operatore.legnano@demo.sportellolavoro.it',
  networkAdmin: 'admin.rete@demo.sportellolavoro.it',
  citizen: 'giulia.bianchi@demo.sportellolavoro.it',
  companyMember: 'hr@officinemeccanichelegnano.demo',
} as const;

export interface StoredMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  date: string;
  /** The calendar file attached (a colloquio, the sessions of an activity). */
  calendar?: { method: string; content: string; filename?: string };
}

let counter = 0;

/** A value unique within this test run (the database is new for each run). */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A valid personal codice fiscale, different at each call: born 14/03/1985 in Legnano (E514). */
export function codiceFiscale(): string {
  counter += 1;
  const n = Date.now() + counter;
  const name = Array.from({ length: 6 }, (_, i) => LETTERS[Math.floor(n / 26 ** i) % 26]).join('');
  const first15 = `${name}85C14E514`;
  return first15 + computeCodiceFiscaleCheckChar(first15);
}

/** A valid partita IVA, different at each call. */
export function partitaIva(): string {
  counter += 1;
  const first10 = String((Date.now() * 7 + counter) % 10_000_000_000).padStart(10, '1');
  return first10 + computePartitaIvaCheckDigit(first10);
}

/** Waits for the newest email to `to` whose subject matches, from the dev mailbox (GET /dev/mail). */
export async function waitForMail(
  baseUrl: string,
  to: string,
  subject: RegExp,
  timeoutMs = 15_000,
): Promise<StoredMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl}/dev/mail`, { headers: { accept: 'application/json' } });
    if (response.ok) {
      const mails = (await response.json()) as StoredMail[];
      const mail = mails.find(
        (m) => m.to.toLowerCase().includes(to.toLowerCase()) && subject.test(m.subject),
      );
      if (mail) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No email to ${to} with subject ${subject} within ${timeoutMs / 1000} s`);
}

/** The first link in the email's text that goes to the given path, e.g. /cittadini/verifica-email. */
export function linkTo(mail: StoredMail, path: string): URL {
  for (const match of mail.text.matchAll(/https?:\/\/\S+/g)) {
    const url = new URL(match[0]);
    if (url.pathname === path) return url;
  }
  throw new Error(`No link to ${path} in the email "${mail.subject}":\n${mail.text}`);
}

/** Calls the GraphQL API directly (for set-up steps the portals under test do not offer). */
export async function graphqlRequest<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
  accessToken?: string,
): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}
