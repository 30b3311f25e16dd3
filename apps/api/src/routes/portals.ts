import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const PORTALS = [
  {
    path: '/cittadini',
    app: 'citizen-web',
    title: 'Cittadini',
    text: 'Registrati, cura il tuo CV e trova lavoro vicino a te.',
  },
  {
    path: '/aziende',
    app: 'company-web',
    title: 'Aziende',
    text: 'Registra la tua azienda, pubblica offerte e incontra candidati.',
  },
  {
    path: '/operatori',
    app: 'operator-web',
    title: 'Operatori',
    text: 'Area riservata agli operatori degli sportelli lavoro.',
  },
] as const;

/** Built web apps the API serves: the portals, and GraphiQL for developers and integrators. */
const WEB_APPS = [...PORTALS, { path: '/graphiql', app: 'graphiql-web' }] as const;

const appsDir = fileURLToPath(new URL('../../../', import.meta.url));

/** Vite names the files under assets/ by their content hash (a new build, new names); .br/.gz are their copies. */
const HASHED_ASSET = /\/assets\/[^/]+-[\w-]{8,}\.\w+(\.br|\.gz)?$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and unhashed files (the favicon) are revalidated on each visit, so a deploy shows at once. */
const REVALIDATE = 'no-cache';

/**
 * Serves each built web app under its path, falling back to its index.html for client-side routes.
 * The build writes brotli and gzip copies of each asset, sent as they are to browsers that accept them.
 */
export async function portalRoutes(app: FastifyInstance) {
  for (const portal of WEB_APPS) {
    const root = `${appsDir}${portal.app}/dist`;
    if (!existsSync(root)) {
      app.log.warn({ app: portal.app }, `web app not built: run "pnpm build" to serve ${portal.path}`);
      continue;
    }
    await app.register(async (scope) => {
      await scope.register(fastifyStatic, {
        root,
        prefix: `${portal.path}/`,
        wildcard: false,
        // The directory index answers 404 with preCompressed when index.html (too small to be
        // compressed at build) has no compressed copy: the route below serves it.
        index: false,
        preCompressed: true,
        cacheControl: false,
        setHeaders: (reply, path) => {
          reply.header('cache-control', HASHED_ASSET.test(path) ? IMMUTABLE : REVALIDATE);
        },
      });
      scope.get(portal.path, (_request, reply) => reply.redirect(`${portal.path}/`));
      scope.get(`${portal.path}/*`, (_request, reply) =>
        reply.type('text/html').header('cache-control', REVALIDATE).sendFile('index.html', root),
      );
    });
  }

  app.get('/', (_request, reply) => reply.type('text/html; charset=utf-8').send(landingPage()));
}

function landingPage(): string {
  const cards = PORTALS.map(
    (p) => `<li><a href="${p.path}/"><strong>${p.title}</strong></a><p>${p.text}</p></li>`,
  ).join('');
  return `<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sportello Lavoro</title>
<style>
body{margin:0;font-family:"Titillium Web",system-ui,sans-serif;color:#1a1a1a;background:#f5f7fa}
header{background:#0066cc;color:#fff;padding:1.5rem 1rem}
header h1{margin:0 auto;max-width:60rem;font-size:2rem}
main{max-width:60rem;margin:2rem auto;padding:0 1rem}
ul{list-style:none;padding:0;display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr))}
li{background:#fff;border-radius:4px;padding:1.25rem;box-shadow:0 1px 3px rgba(0,0,0,.15)}
a{color:#0059b3;font-size:1.4rem}
a:focus{outline:3px solid #ffb400;outline-offset:2px}
</style>
</head>
<body>
<header><h1>Sportello Lavoro</h1></header>
<main>
<p>I servizi per il lavoro dei comuni della rete: scegli la tua area.</p>
<ul>${cards}</ul>
<p>Dati aperti: i numeri sul lavoro di ogni rete, per comune, sono <a href="/api/open-data/index.json" style="font-size:inherit">liberi da riusare</a> con licenza CC BY 4.0.</p>
</main>
</body>
</html>`;
}
