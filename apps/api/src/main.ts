import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './demo-seed.js';
import { withDevelopmentProvider } from './dev-provider/provider.js';
import { PORTALS } from './routes/portals.js';
import { prepareRuntime } from './runtime.js';

async function main() {
  let loaded: ReturnType<typeof loadConfig>;
  try {
    loaded = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  const { config, provider } = await withDevelopmentProvider(loaded);
  const runtime = await prepareRuntime(config);
  const app = await buildApp({ config, ...runtime, servePortals: true });
  app.addHook('onClose', async () => {
    await runtime.database.close();
    await provider?.close();
  });

  // SIGTERM: stop accepting, let in-flight requests finish (new ones get 503), close the pool, exit.
  closeWithGrace({ delay: config.SHUTDOWN_TIMEOUT_MS, logger: app.log }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
  });

  await app.listen({ host: config.HOST, port: config.PORT });
  const base = config.publicUrl;
  const lines = [
    '',
    `Sportello Lavoro is running at ${base}/ (database: ${runtime.database.driver === 'pglite' ? `embedded, ${config.PGLITE_DATA_DIR}` : 'PostgreSQL'})`,
    ...PORTALS.map((p) => `  ${p.title.padEnd(10)} ${base}${p.path}/`),
    `  GraphQL    ${base}/graphql  (GraphiQL: ${base}/graphiql)`,
  ];
  if (provider) lines.push(`  SPID/CIE   ${provider.issuer}  (development provider with test identities)`);
  if (runtime.mailer.outbox) lines.push(`  Emails     ${base}/dev/mail  (no SMTP_URL: emails are kept here)`);
  if (runtime.demo) {
    lines.push('', `Demo logins (password "${DEMO_PASSWORD}"):`);
    lines.push(...DEMO_LOGINS.map((l) => `  ${l.role.padEnd(34)} ${l.email.padEnd(45)} ${base}${l.portal}/`));
  }
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
