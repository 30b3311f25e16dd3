import { randomUUID } from 'node:crypto';
import { constants as zlibConstants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import type { DatabaseHandle } from '@sportello/db';
import { todayInItaly } from '@sportello/domain';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import mercurius from 'mercurius';
import type { Config } from './config.js';
import type { RequestContext } from './context.js';
import { PERSISTED_QUERY_NOT_FOUND, portalOperations } from './graphql/persisted-operations.js';
import { DateScalar, DateTime } from './graphql/scalars.js';
import { loadSdl } from './graphql/sdl.js';
import { batchedLoaderResolvers } from './lib/batched-loaders.js';
import { ApiError } from './lib/errors.js';
import type { Mailer } from './lib/mailer.js';
import { servicesByNetwork } from './lib/network-services.js';
import { createPeriodicJob, type PeriodicJob } from './lib/periodic-job.js';
import { createPlanner, plannedResolvers, spliceRawAnswers } from './lib/sql-planner/index.js';
import type { TokenService } from './lib/tokens.js';
import { jitsiRooms } from './lib/video-rooms.js';
import { applicationLoaders } from './modules/applications/loaders.js';
import { applicationResolvers } from './modules/applications/resolvers.js';
import { appointmentLoaders } from './modules/appointments/loaders.js';
import { appointmentResolvers } from './modules/appointments/resolvers.js';
import { bookingCalendarRoutes } from './modules/appointments/routes.js';
import { caseworkLoaders } from './modules/casework/loaders.js';
import { caseworkResolvers } from './modules/casework/resolvers.js';
import { citizenLoaders } from './modules/citizens/loaders.js';
import { citizenResolvers } from './modules/citizens/resolvers.js';
import { createSpecialCategoryService } from './modules/citizens/special-categories.js';
import { companyLoaders } from './modules/companies/loaders.js';
import { companyResolvers } from './modules/companies/resolvers.js';
import { companyServicesLoaders } from './modules/company-services/loaders.js';
import { companyServicesResolvers } from './modules/company-services/resolvers.js';
import { coverLetterLoaders } from './modules/cover-letters/loaders.js';
import { coverLetterResolvers } from './modules/cover-letters/resolvers.js';
import { coverLetterPdfRoutes } from './modules/cover-letters/routes.js';
import { cvLoaders } from './modules/cvs/loaders.js';
import { cvResolvers } from './modules/cvs/resolvers.js';
import { cvDownloadRoutes } from './modules/cvs/routes.js';
import { frontDeskLoaders } from './modules/front-desk/loaders.js';
import { frontDeskResolvers } from './modules/front-desk/resolvers.js';
import { groupActivityLoaders } from './modules/group-activities/loaders.js';
import { groupActivityResolvers } from './modules/group-activities/resolvers.js';
import { groupCertificateRoutes } from './modules/group-activities/routes.js';
import { createRelyingParty } from './modules/identity/oidc-client.js';
import { identityResolvers } from './modules/identity/resolvers.js';
import { createRevocationList } from './modules/identity/revocations.js';
import { externalLoginRoutes } from './modules/identity/routes.js';
import { internshipLoaders } from './modules/internships/loaders.js';
import { internshipResolvers } from './modules/internships/resolvers.js';
import { createLiveFeed, LIVE_TOPIC } from './modules/live/feed.js';
import { announceOverdueActions } from './modules/live/overdue-actions.js';
import { liveResolvers } from './modules/live/resolvers.js';
import { createMatchingIndexer, type MatchingIndexer } from './modules/matching/indexer.js';
import { matchingLoaders } from './modules/matching/loaders.js';
import { matchingResolvers } from './modules/matching/resolvers.js';
import { createMatchingSource } from './modules/matching/source.js';
import { networkLoaders } from './modules/network/loaders.js';
import { networkResolvers } from './modules/network/resolvers.js';
import { createOutboxWorker, type OutboxWorker } from './modules/notifications/outbox.js';
import { notificationResolvers } from './modules/notifications/resolvers.js';
import { jobAlertRoutes } from './modules/notifications/routes.js';
import { openDataRoutes } from './modules/open-data/routes.js';
import { orientationLoaders } from './modules/orientation/loaders.js';
import { orientationResolvers } from './modules/orientation/resolvers.js';
import { outcomeLoaders } from './modules/outcomes/loaders.js';
import { outcomeResolvers } from './modules/outcomes/resolvers.js';
import { statementRoutes } from './modules/outcomes/routes.js';
import { outplacementLoaders } from './modules/outplacement/loaders.js';
import { outplacementResolvers } from './modules/outplacement/resolvers.js';
import { placementLoaders } from './modules/placements/loaders.js';
import { placementResolvers } from './modules/placements/resolvers.js';
import { privacyResolvers } from './modules/privacy/resolvers.js';
import { privacyExportRoutes } from './modules/privacy/routes.js';
import { programLoaders } from './modules/programs/loaders.js';
import { programResolvers } from './modules/programs/resolvers.js';
import { programStatementRoutes } from './modules/programs/routes.js';
import { reportResolvers } from './modules/reports/resolvers.js';
import { reportRoutes } from './modules/reports/routes.js';
import { selfEmploymentLoaders } from './modules/self-employment/loaders.js';
import { selfEmploymentResolvers } from './modules/self-employment/resolvers.js';
import { trainingLoaders } from './modules/training/loaders.js';
import { trainingResolvers } from './modules/training/resolvers.js';
import { trustedDocumentResolvers } from './modules/trusted-documents/resolvers.js';
import type { SentOperation } from './modules/trusted-documents/service.js';
import { vacancyLoaders } from './modules/vacancies/loaders.js';
import { vacancyResolvers } from './modules/vacancies/resolvers.js';
import { vacancyPageRoutes } from './modules/vacancies/routes.js';
import { createWebhookWorker, type WebhookWorker } from './modules/webhooks/delivery.js';
import { webhookResolvers } from './modules/webhooks/resolvers.js';
import { webhookSecretBox } from './modules/webhooks/service.js';
import { plans } from './plans.js';
import { checkArgumentBounds } from './plugins/argument-bounds.js';
import { authPlugin } from './plugins/auth.js';
import { createErrorFormatter } from './plugins/error-formatter.js';
import { checkOperationCost, LIMITS, validationRules } from './plugins/graphql-limits.js';
import { handleHttpErrors } from './plugins/http-errors.js';
import { createIntrospectionGate } from './plugins/introspection-gate.js';
import { authenticateConnection, validateSubscription } from './plugins/live-connections.js';
import { oncePerOperation } from './plugins/passed-checks.js';
import { checkTwoFactorGate } from './plugins/two-factor-gate.js';
import { devClockRoutes } from './routes/dev-clock.js';
import { devMailRoutes } from './routes/dev-mail.js';
import { healthRoutes } from './routes/health.js';
import { oauthRoutes } from './routes/oauth.js';
import { portalRoutes } from './routes/portals.js';
import { createReferenceReads, createServices, type Services } from './services.js';

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  tokens: TokenService;
  mailer: Mailer;
  /** Keys the aliases of pseudonymous candidates (`deriveAliasKey` of the signing key). */
  aliasKey: Buffer;
  /** Serve the built portals and the landing page (off in API-only tests). */
  servePortals?: boolean;
  /**
   * Plan nested reads into one statement (the default); off, every nested field is read by its
   * loader, one batched statement per level (to compare the two).
   */
  planNestedReads?: boolean;
}

const GRAPHQL_COMPRESSION_THRESHOLD_BYTES = 1024;
/** Brotli's default (quality 11) is for files compressed once; responses use a quick level. */
const FAST_BROTLI = { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } };

const resolverModules = [
  identityResolvers,
  networkResolvers,
  citizenResolvers,
  caseworkResolvers,
  frontDeskResolvers,
  companyResolvers,
  companyServicesResolvers,
  appointmentResolvers,
  cvResolvers,
  coverLetterResolvers,
  vacancyResolvers,
  applicationResolvers,
  placementResolvers,
  outcomeResolvers,
  reportResolvers,
  internshipResolvers,
  trainingResolvers,
  groupActivityResolvers,
  programResolvers,
  selfEmploymentResolvers,
  outplacementResolvers,
  matchingResolvers,
  orientationResolvers,
  notificationResolvers,
  privacyResolvers,
  webhookResolvers,
  trustedDocumentResolvers,
  liveResolvers,
];

declare module 'fastify' {
  interface FastifyRequest {
    /** The use cases as the request's actor reaches the database (see network-services.ts). */
    services: Services;
  }
  interface FastifyInstance {
    /** Delivers queued emails; tests call `drain()` to deliver on demand. */
    outbox: OutboxWorker;
    /** This instance's matching index, kept fresh from the change feed. */
    matching: MatchingIndexer;
    /** Sends the job alert digests that are due; tests call `run()` to send on demand. */
    jobAlerts: PeriodicJob;
    companyAnswers: PeriodicJob;
    /** Sends retention notices and anonymises expired accounts; tests call `run()` on demand. */
    retention: PeriodicJob<Awaited<ReturnType<Services['retention']['run']>>>;
    /** Sends the webhook deliveries that are due; tests call `drain()` to send on demand. */
    webhooks: WebhookWorker;
    /** Tells the sportelli of patto actions gone overdue; tests call `run()` on demand. */
    overdueActions: PeriodicJob;
  }
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database, tokens, mailer, aliasKey } = deps;
  const app = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    },
    bodyLimit: LIMITS.maxBodyBytes,
    // Only the configured proxies may name the client: anyone else could forge X-Forwarded-For.
    trustProxy: trustedProxies(config.TRUSTED_PROXIES),
    return503OnClosing: true,
  });
  handleHttpErrors(app);
  // While shutting down, responses to in-flight requests close their keep-alive connection, so
  // the server is not held open by idle sockets until their keep-alive timeout.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (closing) reply.header('connection', 'close');
  });

  const mailDomain = new URL(config.publicUrl).hostname;
  const revocations = createRevocationList({
    db: database.db,
    accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    log: app.log,
  });
  // Loaded before the first request, since the auth hook consults it.
  app.addHook('onReady', revocations.start);
  const videoRooms = jitsiRooms(config.VIDEO_ROOM_BASE_URL);
  const relyingParty = createRelyingParty(config, config.oidcDevelopmentProvider);
  const matchingIndex = createMatchingIndexer({
    db: database.db,
    source: createMatchingSource(database.db, createSpecialCategoryService(database.db)),
    log: app.log.child({ module: 'matching' }),
  });
  const reference = createReferenceReads();
  const networkServices = servicesByNetwork(database, (db) =>
    createServices({
      db,
      matchingIndex,
      reference,
      tokens,
      mailer,
      publicUrl: config.publicUrl,
      refreshTokenTtlDays: config.REFRESH_TOKEN_TTL_DAYS,
      revocations,
      videoRooms,
      bookingReminderHours: config.BOOKING_REMINDER_HOURS,
      mailDomain,
      log: app.log,
      aliasKey,
      production: config.production,
      relyingParty,
    }),
  );
  /** The owner's: for the anonymous, platform admins and the background jobs. */
  const services = networkServices.owner;
  const planner = createPlanner(plans, { nested: deps.planNestedReads ?? true });
  const portalDocuments = portalOperations();
  const portals = {
    trustedOnly: config.TRUSTED_DOCUMENTS_ONLY,
    hashes: new Set(Object.keys(portalDocuments)),
  };
  const baseContext = (request: FastifyRequest): Omit<RequestContext, 'reply'> => {
    const today = todayInItaly();
    return {
      actor: request.actor,
      ip: request.ip,
      services: request.services,
      today,
      planner: planner.forRequest(request.actor, today),
      log: request.log,
      request,
    };
  };
  const outbox = createOutboxWorker({ db: database.db, mailer, log: app.log, messageIdDomain: mailDomain });
  app.decorate('outbox', outbox);
  app.addHook('onReady', async () => outbox.start(config.OUTBOX_POLL_MS));
  app.decorate('matching', matchingIndex);
  app.addHook('onReady', async () => matchingIndex.start(config.MATCHING_POLL_MS));
  const jobAlerts = createPeriodicJob({
    name: 'job alert digests',
    log: app.log,
    run: (dueBy) => services.jobAlerts.runDue(dueBy),
  });
  app.decorate('jobAlerts', jobAlerts);
  app.addHook('onReady', async () => jobAlerts.start(config.JOB_ALERT_POLL_MS));
  const companyAnswers = createPeriodicJob({
    name: 'company answer reminders',
    log: app.log,
    run: (now) => services.companyAnswers.sweep(now),
  });
  app.decorate('companyAnswers', companyAnswers);
  app.addHook('onReady', async () => companyAnswers.start(config.COMPANY_ANSWER_POLL_MS));
  const retention = createPeriodicJob({
    name: 'retention pass',
    log: app.log,
    run: () => services.retention.run(),
  });
  app.decorate('retention', retention);
  app.addHook('onReady', async () => retention.start(config.RETENTION_POLL_MS));
  const webhooks = createWebhookWorker({
    db: database.db,
    secretBox: webhookSecretBox(tokens),
    log: app.log.child({ module: 'webhooks' }),
    settings: {
      maxAttempts: config.WEBHOOK_MAX_ATTEMPTS,
      retryBaseMs: config.WEBHOOK_RETRY_BASE_MS,
      timeoutMs: config.WEBHOOK_TIMEOUT_MS,
      publicOnly: config.production,
    },
  });
  app.decorate('webhooks', webhooks);
  app.addHook('onReady', async () => webhooks.start(config.WEBHOOK_POLL_MS));
  const overdueActions = createPeriodicJob({
    name: 'overdue patto actions',
    log: app.log,
    run: (at) => announceOverdueActions(database.db, at),
  });
  app.decorate('overdueActions', overdueActions);
  app.addHook('onReady', async () => overdueActions.start(config.OVERDUE_ACTIONS_POLL_MS));

  // Order: cross-cutting plugins first (auth needs to run before any route), then routes.
  // Compression only where a route asks for it (GraphQL): the portals' assets are compressed at build.
  await app.register(fastifyCompress, { global: false, encodings: ['br', 'gzip'] });
  await app.register(fastifyCookie);
  await app.register(authPlugin, { tokens, revocations });
  app.decorateRequest('services', null as never);
  app.addHook('onRequest', (request, _reply, done) => {
    request.services = networkServices.of(request.actor);
    done();
  });
  await app.register(healthRoutes, { ping: database.ping });
  await app.register(oauthRoutes, { identity: services.identity });
  await app.register(externalLoginRoutes, {
    externalLogin: services.externalLogin,
    production: config.production,
  });
  await app.register(vacancyPageRoutes);
  await app.register(cvDownloadRoutes);
  await app.register(coverLetterPdfRoutes);
  await app.register(groupCertificateRoutes);
  await app.register(jobAlertRoutes);
  await app.register(bookingCalendarRoutes);
  await app.register(privacyExportRoutes);
  await app.register(statementRoutes);
  await app.register(programStatementRoutes);
  await app.register(reportRoutes);
  // Public data of every network: the owner's, whoever asks.
  await app.register(openDataRoutes, { services, publicUrl: config.publicUrl });

  await app.register(mercurius, {
    schema: loadSdl(),
    resolvers: Object.assign({ DateTime, Date: DateScalar }, ...mergeResolvers(resolverModules)) as never,
    // Not `{ ...baseContext(request), reply }`: on Node 20 the spread copy kept the whole request
    // alive through minor GCs (7.9 MB per scavenge under `{ __typename }`; none this way).
    context: (request, reply): Omit<RequestContext, 'reply'> & { reply: typeof reply } =>
      Object.assign(baseContext(request), { reply }),
    subscription: {
      context: (socket, request) => Object.assign(baseContext(request), { socket }),
      onConnect: authenticateConnection(tokens, revocations),
      keepAlive: 30_000,
    },
    jit: 1,
    // The portals send their operations by hash; other clients (and the portals' fallback) send the text.
    persistedQueryProvider: {
      ...mercurius.persistedQueryDefaults.prepared(portalDocuments),
      // Then the operations network admins registered for API clients (trusted documents).
      getQueryFromHash: async (hash: string) =>
        portalDocuments[hash] ?? (await services.trustedDocuments.documentByHash(hash)),
      notFoundError: PERSISTED_QUERY_NOT_FOUND,
    },
    queryDepth: LIMITS.maxDepth,
    validationRules,
    allowBatchedQueries: true,
    // A WebSocket upgrade carries Sec-WebSocket-Key, which no page can set on a cross-site request;
    // the subscription's token travels in its first message, never in a cookie.
    csrfPrevention: {
      requiredHeaders: ['x-mercurius-operation-name', 'mercurius-require-preflight', 'sec-websocket-key'],
    },
    // GraphiQL is our own build (apps/graphiql-web) at /graphiql: Mercurius's loads from a CDN.
    graphiql: false,
    errorFormatter: createErrorFormatter(config.production),
    additionalRouteOptions: {
      // Small answers are not worth the CPU; large pages of results shrink several times.
      compress: { threshold: GRAPHQL_COMPRESSION_THRESHOLD_BYTES, brotliOptions: FAST_BROTLI },
      preValidation: async (request, reply) => {
        // PostgreSQL cannot store NUL characters in text: refuse them here, for every operation.
        if (JSON.stringify(request.body ?? request.query ?? '').includes('\\u0000')) {
          return reply.code(400).send({
            errors: [
              { message: 'Il testo contiene caratteri non ammessi.', extensions: { code: 'BAD_USER_INPUT' } },
            ],
          });
        }
        if (!isGraphqlRequestShape(request.body ?? request.query, request.method === 'GET')) {
          return reply.code(400).send({
            errors: [
              {
                message: 'Richiesta non valida: query deve essere un testo, variables un oggetto.',
                extensions: { code: 'BAD_USER_INPUT' },
              },
            ],
          });
        }
        const sent = (
          Array.isArray(request.body) ? request.body : [request.body ?? request.query]
        ) as SentOperation[];
        const refusal = await request.services.trustedDocuments.refusal(request.actor, sent, portals);
        if (refusal) {
          return reply
            .code(400)
            .send({ errors: [{ message: refusal, extensions: { code: 'PERSISTED_QUERY_REQUIRED' } }] });
        }
        if (Array.isArray(request.body) && request.body.length > LIMITS.maxBatch) {
          return reply.code(400).send({
            errors: [
              {
                message: `Too many operations in one batch: at most ${LIMITS.maxBatch}.`,
                extensions: { code: 'BAD_USER_INPUT' },
              },
            ],
          });
        }
      },
    },
  });

  const checkOperation = oncePerOperation((schema, document, variables) => {
    checkOperationCost(schema, document, variables);
    checkArgumentBounds(schema, document, variables);
  });
  const checkIntrospection = createIntrospectionGate(config.production);
  app.graphql.addHook('preExecution', (schema, document, context, variables) => {
    const { actor } = context as unknown as RequestContext;
    checkTwoFactorGate(actor, document);
    checkIntrospection(schema, document, actor);
    checkOperation(schema, document, variables);
  });

  app.graphql.addHook('preSubscriptionParsing', async (_schema, source, context) => {
    const refusal = await services.trustedDocuments.subscriptionRefusal(
      (context as unknown as RequestContext).actor,
      source,
    );
    if (refusal) throw new ApiError('FORBIDDEN', refusal);
  });
  app.graphql.addHook('preSubscriptionExecution', async (schema, document) => {
    validateSubscription(schema, document);
    checkOperation(schema, document, undefined);
  });
  const liveFeed = createLiveFeed({
    db: database.db,
    log: app.log.child({ module: 'live' }),
    publish: (event) => app.graphql.pubsub.publish({ topic: LIVE_TOPIC, payload: { liveEvents: event } }),
  });
  app.addHook('onReady', liveFeed.start);

  app.graphql.defineResolvers(
    batchedLoaderResolvers<RequestContext>(
      mergeLoaders([
        networkLoaders,
        citizenLoaders,
        frontDeskLoaders,
        caseworkLoaders,
        companyLoaders,
        companyServicesLoaders,
        appointmentLoaders,
        cvLoaders,
        coverLetterLoaders,
        vacancyLoaders,
        applicationLoaders,
        placementLoaders,
        outcomeLoaders,
        internshipLoaders,
        trainingLoaders,
        groupActivityLoaders,
        programLoaders,
        selfEmploymentLoaders,
        outplacementLoaders,
        matchingLoaders,
        orientationLoaders,
      ]),
    ) as never,
  );
  // After the loaders, which the planned fields fall back to.
  app.graphql.defineResolvers(plannedResolvers(app.graphql.schema, plans) as never);
  // Planned answers PostgreSQL wrote as JSON text go into the reply as they are.
  app.decorateReply('rawTexts', null);
  app.graphql.addHook('onResolution', spliceRawAnswers as never);

  if (mailer.outbox && !config.production) {
    await app.register(devMailRoutes, { outbox: mailer.outbox, jobAlerts, emailOutbox: outbox });
    await app.register(devClockRoutes, { db: database.db });
  }
  if (deps.servePortals) await app.register(portalRoutes);

  app.addHook('onClose', async () => {
    await jobAlerts.stop();
    await companyAnswers.stop();
    await retention.stop();
    await webhooks.stop();
    await overdueActions.stop();
    await liveFeed.stop();
    await outbox.stop();
    await matchingIndex.stop();
    await revocations.stop();
    mailer.close();
  });
  return app;
}

const isOptional = (value: unknown, type: 'string' | 'object' | 'boolean') =>
  value == null || (typeof value === type && !Array.isArray(value));

/**
 * One operation (or a batch of them) with the member types GraphQL over HTTP asks for; in a GET's
 * query string the objects come as JSON text.
 */
function isGraphqlRequestShape(body: unknown, inQueryString: boolean): boolean {
  if (Array.isArray(body))
    return !inQueryString && body.length > 0 && body.every((item) => isGraphqlRequestShape(item, false));
  if (typeof body !== 'object' || body === null) return false;
  const { query, variables, operationName, extensions, persisted } = body as Record<string, unknown>;
  const object = inQueryString ? 'string' : 'object';
  return (
    isOptional(query, 'string') &&
    isOptional(variables, object) &&
    isOptional(operationName, 'string') &&
    isOptional(extensions, object) &&
    (inQueryString || isOptional(persisted, 'boolean'))
  );
}

/** A hop count trusts that many proxies nearest to the server (as proxy-addr counts them). */
function trustedProxies(setting: Config['TRUSTED_PROXIES']) {
  return typeof setting === 'number' ? (_address: string, hop: number) => hop < setting : setting;
}

/** Module resolver maps merged per type (each module may add fields to Query, Mutation, ...). */
function mergeResolvers(modules: object[]): object[] {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const module of modules) {
    for (const [type, fields] of Object.entries(module)) {
      merged[type] = { ...merged[type], ...(fields as Record<string, unknown>) };
    }
  }
  return [merged];
}

function mergeLoaders(modules: object[]) {
  return mergeResolvers(modules)[0] as Parameters<typeof batchedLoaderResolvers<RequestContext>>[0];
}
