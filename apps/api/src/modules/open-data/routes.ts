import { createHash } from 'node:crypto';
import { todayInItaly } from '@sportello/domain';
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { create } from 'xmlbuilder2';
import { isUuid } from '../../lib/validation.js';
import type { Services } from '../../services.js';
import { parseSemester, semesterOf, semestersBetween } from '../reports/semester.js';
import { publicVacancies } from '../vacancies/job-posting.js';
import { dictionary, FIELDS, LICENCE, SUPPRESSION_MARKER } from './dictionary.js';
import { openDataRecords } from './records.js';

/** The sitemaps protocol's limit of addresses in one file. */
const SITEMAP_LIMIT = 50_000;
const DAY = 24 * 60 * 60;
/** A slug or an id: anything else is a 400 before a query runs. */
const networkParam = {
  schema: {
    params: {
      type: 'object',
      required: ['network'],
      properties: { network: { type: 'string', pattern: '^[A-Za-z0-9-]{1,100}$' } },
    },
  },
};

/**
 * Public, no login: a network's k-anonymous semestral figures by comune (CSV and JSON, CC BY 4.0)
 * with their data dictionary, its published vacancies as schema.org JobPostings, and the sitemap
 * of the public vacancy pages.
 *
 * - `GET /api/open-data/index.json`: the networks, each with its own index
 * - `GET /api/open-data/:network/index.json`: what there is, with the addresses
 * - `GET /api/open-data/:network/dictionary.json`
 * - `GET /api/open-data/:network/:semester.csv` and `.json` (e.g. 2026-H1)
 * - `GET /api/open-data/:network/vacancies.jsonld`
 * - `GET /sitemap.xml`: the public vacancy pages; beyond 50,000 an index of `GET /sitemap-<n>.xml`
 *
 * `:network` is the network's slug or id. Answers carry an ETag and Cache-Control, and may be
 * read from any origin.
 */
export async function openDataRoutes(
  app: FastifyInstance,
  { services, publicUrl }: { services: Services; publicUrl: string },
) {
  const base = (slug: string) => `${publicUrl}/api/open-data/${slug}`;

  async function networkOf(key: string) {
    const network = isUuid(key)
      ? await services.network.networkById(key)
      : await services.network.networkBySlug(key);
    return network ?? null;
  }

  /** Sends `body` with its ETag, or 304 when the client already holds it. */
  function send(
    request: FastifyRequest,
    reply: FastifyReply,
    body: string,
    type: string,
    options: { maxAge: number; licensed: boolean; filename?: string },
  ) {
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    reply
      .header('etag', etag)
      .header('cache-control', `public, max-age=${options.maxAge}`)
      .header('access-control-allow-origin', '*')
      .header('x-content-type-options', 'nosniff');
    if (options.licensed) reply.header('link', `<${LICENCE.url}>; rel="license"`);
    if (options.filename) reply.header('content-disposition', `inline; filename="${options.filename}"`);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type(type).send(body);
  }

  const notFound = (reply: FastifyReply) =>
    reply.code(404).header('access-control-allow-origin', '*').send({ error: 'Non trovato.' });

  /** The semesters with figures, newest first: from the network's first day to today's. */
  async function semestersOf(networkId: string) {
    const first = await services.reports.firstDay(networkId);
    return first ? semestersBetween(first, todayInItaly()) : [];
  }

  const attribution = (networkName: string) => `${networkName} – Sportello Lavoro`;

  app.get('/api/open-data/index.json', async (request, reply) => {
    const body = {
      title: 'Dati aperti di Sportello Lavoro',
      licence: LICENCE,
      networks: (await services.network.listNetworks()).map((network) => ({
        name: network.name,
        slug: network.slug,
        attribution: attribution(network.name),
        index: `${base(network.slug)}/index.json`,
      })),
    };
    return send(request, reply, JSON.stringify(body), 'application/json; charset=utf-8', {
      maxAge: 3600,
      licensed: true,
    });
  });

  app.get<{ Params: { network: string } }>(
    '/api/open-data/:network/index.json',
    networkParam,
    async (request, reply) => {
      const network = await networkOf(request.params.network);
      if (!network) return notFound(reply);
      const at = base(network.slug);
      const current = semesterOf(todayInItaly());
      const body = {
        title: `Dati aperti di ${network.name}`,
        publisher: network.name,
        attribution: attribution(network.name),
        licence: LICENCE,
        dictionary: `${at}/dictionary.json`,
        vacancies: `${at}/vacancies.jsonld`,
        semesters: (await semestersOf(network.id)).map((code) => ({
          semester: code,
          provisional: code === current,
          csv: `${at}/${code}.csv`,
          json: `${at}/${code}.json`,
        })),
      };
      return send(request, reply, JSON.stringify(body), 'application/json; charset=utf-8', {
        maxAge: 3600,
        licensed: true,
      });
    },
  );

  app.get<{ Params: { network: string } }>(
    '/api/open-data/:network/dictionary.json',
    networkParam,
    async (request, reply) => {
      const network = await networkOf(request.params.network);
      if (!network) return notFound(reply);
      return send(request, reply, JSON.stringify(dictionary()), 'application/json; charset=utf-8', {
        maxAge: DAY,
        licensed: true,
      });
    },
  );

  app.get<{ Params: { network: string; file: string } }>(
    '/api/open-data/:network/:file',
    networkParam,
    async (request, reply) => {
      const match = /^(\d{4}-H[12])\.(csv|json)$/.exec(request.params.file);
      const semester = match ? parseSemester(match[1]!) : null;
      const network = semester ? await networkOf(request.params.network) : null;
      if (!match || !semester || !network || !(await semestersOf(network.id)).includes(semester.code))
        return notFound(reply);
      const { minCount, ...tables } = await services.reports.openData(network.id, semester);
      const records = openDataRecords(network.slug, semester, tables);
      // A finished semester no longer changes but for late corrections: a day's cache is enough.
      const maxAge = semester.code === semesterOf(todayInItaly()) ? 3600 : DAY;
      const filename = `${network.slug}-${semester.code}.${match[2]}`;
      if (match[2] === 'csv') {
        const csv = stringify(records, {
          header: true,
          columns: FIELDS.map((f) => f.name),
          cast: { number: String },
        });
        return send(request, reply, csv, 'text/csv; charset=utf-8; header=present', {
          maxAge,
          licensed: true,
          filename,
        });
      }
      const at = base(network.slug);
      const body = {
        title: `Iscrizioni, prese in carico e avvii al lavoro per comune, ${semester.code}`,
        publisher: network.name,
        attribution: attribution(network.name),
        licence: LICENCE,
        semester: semester.code,
        periodStart: semester.startsOn,
        periodEnd: semester.endsOn,
        provisional: semester.code === semesterOf(todayInItaly()),
        minCount,
        suppressionMarker: SUPPRESSION_MARKER.json,
        dictionary: `${at}/dictionary.json`,
        csv: `${at}/${semester.code}.csv`,
        records,
      };
      return send(request, reply, JSON.stringify(body), 'application/json; charset=utf-8', {
        maxAge,
        licensed: true,
        filename,
      });
    },
  );

  app.get<{ Params: { network: string } }>(
    '/api/open-data/:network/vacancies.jsonld',
    networkParam,
    async (request, reply) => {
      const network = await networkOf(request.params.network);
      if (!network) return notFound(reply);
      const postings = await publicVacancies(services, await services.vacancies.publicOf(network.id));
      const body = {
        '@context': 'https://schema.org/',
        '@graph': postings.map(({ posting: { '@context': _context, ...posting } }) => posting),
      };
      return send(request, reply, JSON.stringify(body), 'application/ld+json; charset=utf-8', {
        maxAge: 900,
        licensed: false,
      });
    },
  );

  /** One sitemap file: the public vacancy pages of one slice. */
  async function urlset(offset: number) {
    const set = create({ version: '1.0', encoding: 'UTF-8' }).ele(
      'http://www.sitemaps.org/schemas/sitemap/0.9',
      'urlset',
    );
    for (const page of await services.vacancies.publicPages({ limit: SITEMAP_LIMIT, offset })) {
      const url = set.ele('url');
      url.ele('loc').txt(page.url);
      url.ele('lastmod').txt(page.updatedAt.toISOString());
    }
    return set.end();
  }

  // Up to the protocol's limit, the sitemap itself; beyond it, an index of numbered sitemaps.
  app.get('/sitemap.xml', async (request, reply) => {
    const pages = await services.vacancies.publicPageCount();
    if (pages <= SITEMAP_LIMIT)
      return send(request, reply, await urlset(0), 'application/xml; charset=utf-8', {
        maxAge: 900,
        licensed: false,
      });
    const index = create({ version: '1.0', encoding: 'UTF-8' }).ele(
      'http://www.sitemaps.org/schemas/sitemap/0.9',
      'sitemapindex',
    );
    for (let n = 1; n <= Math.ceil(pages / SITEMAP_LIMIT); n++)
      index.ele('sitemap').ele('loc').txt(`${publicUrl}/sitemap-${n}.xml`);
    return send(request, reply, index.end(), 'application/xml; charset=utf-8', {
      maxAge: 900,
      licensed: false,
    });
  });

  app.get<{ Params: { n: string } }>('/sitemap-:n(^\\d{1,6}).xml', async (request, reply) => {
    const n = Number(request.params.n);
    const pages = n ? await services.vacancies.publicPageCount() : 0;
    if (!n || pages <= SITEMAP_LIMIT || n > Math.ceil(pages / SITEMAP_LIMIT)) return notFound(reply);
    return send(request, reply, await urlset((n - 1) * SITEMAP_LIMIT), 'application/xml; charset=utf-8', {
      maxAge: 900,
      licensed: false,
    });
  });
}
