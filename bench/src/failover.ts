/**
 * Failover under write load on a real replicated PostgreSQL. Starts, on this machine, a
 * pg_auto_failover monitor with a primary and a synchronous standby (see resilience/cluster.ts),
 * two API instances on the multi-host connection string with target_session_attrs=read-write, and
 * citizens writing through the portals' own GraphQL operations (candidatures, CV saves, cover
 * letters with an idempotency key, colloquio bookings), each retried with the same request until
 * answered. Kills the primary (its pg_autoctl, postmaster and backends, SIGKILL) N times, each once
 * the old primary has rejoined as synchronous standby, then checks every acknowledged write in the
 * database and every email of the outbox at an SMTP receiver.
 *
 *   pnpm bench:failover [-- --failovers 20 --writers 24]
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import postgres from 'postgres';
import { Cluster, ensurePgAutoFailover } from './resilience/cluster.js';
import {
  type ApiProcess,
  type GraphqlResult,
  graphql,
  option,
  percentile,
  portalOperations,
  printTable,
  retriable,
  seedNetwork,
  signingKeyPem,
  sleep,
  startApi,
  startSmtpReceiver,
  tokenIssuer,
} from './resilience/common.js';

const FAILOVERS = option('failovers', 20);
const WRITERS = option('writers', 24);
/** Seconds of steady writing before each kill, once the cluster is healthy again. */
const SETTLE = option('settle', 3);
const API_PORT = option('api-port', 3101);
/** A write given no answer for this long is given up (counted, never acknowledged). */
const GIVE_UP_MS = 60_000;

type Kind = 'candidature' | 'cv' | 'coverLetter' | 'booking';
const KINDS: Kind[] = ['candidature', 'cv', 'coverLetter', 'booking'];

interface Ack {
  kind: Kind;
  citizenId: string;
  /** vacancy id, CV revision, cover letter id, booking id. */
  value: string;
  /** When the successful attempt was sent, and when its answer came. */
  sentAt: number;
  ackedAt: number;
  attempts: number;
  /** Which API instance answered. */
  api: number;
}

/** A mutation's answer: its payload, with the created object (or null) under its field. */
type Answer = Record<string, Record<string, { id?: string } | null> | undefined>;

const citizen = portalOperations('citizen');
const state = {
  stopping: false,
  acks: [] as Ack[],
  clientErrors: [] as { at: number; kind: Kind; what: string }[],
  givenUp: [] as { kind: Kind; citizenId: string }[],
  refused: [] as { kind: Kind; code: string; at: number }[],
  /** When each primary was killed. */
  kills: [] as number[],
  /** Cover letter requests per citizen (one idempotency key each): at most one letter each. */
  letterRequests: new Map<string, number>(),
  /** The last CV revision each citizen sent (acknowledged or not). */
  cvSent: new Map<string, number>(),
};

async function writer(
  index: number,
  citizenId: string,
  token: string,
  api: ApiProcess,
  apiIndex: number,
  vacancyIds: string[],
  slotIds: string[],
) {
  let step = 0;
  const counters = { vacancy: 0, slot: 0, cv: 0 };
  while (!state.stopping) {
    const kind = KINDS[(index + step++) % KINDS.length]!;
    let query: string;
    let variables: Record<string, unknown>;
    let value: (data: Answer) => string | undefined;
    /** A userError a retry may meet because an earlier, unanswered attempt went through. */
    let replayCode: string | undefined;
    switch (kind) {
      case 'candidature': {
        const vacancyId = vacancyIds[counters.vacancy++ % vacancyIds.length]!;
        if (counters.vacancy > vacancyIds.length) continue;
        query = citizen('ApplyPage_ApplyMutation');
        variables = { vacancyId, coverLetter: `Candidatura di prova ${randomUUID()}` };
        value = (data) => (data.applyToVacancy?.application?.id ? vacancyId : undefined);
        replayCode = 'ALREADY_APPLIED';
        break;
      }
      case 'cv': {
        const revision = ++counters.cv;
        state.cvSent.set(citizenId, revision);
        query = citizen('CvPage_SaveCvMutation');
        variables = {
          input: {
            headline: `Revisione ${revision}`,
            summary: `Curriculum salvato durante la prova di failover, revisione ${revision}.`,
            soughtOccupationUris: [],
            experiences: [],
            education: [],
            languages: [],
            certifications: [],
          },
        };
        value = (data) => (data.saveCv?.cv ? String(revision) : undefined);
        break;
      }
      case 'coverLetter': {
        state.letterRequests.set(citizenId, (state.letterRequests.get(citizenId) ?? 0) + 1);
        query = citizen('CoverLettersPage_DraftMutation');
        variables = { input: { templateKey: 'SPONTANEOUS' }, idempotencyKey: randomUUID() };
        value = (data) => data.draftCoverLetter?.coverLetter?.id;
        break;
      }
      case 'booking': {
        const slotId = slotIds[index + WRITERS * counters.slot++];
        if (!slotId) continue;
        query = citizen('Colloqui_BookMutation');
        variables = { slotId };
        value = (data) => data.bookSlot?.booking?.id;
        replayCode = 'SLOT_TAKEN';
        break;
      }
    }
    const started = Date.now();
    let attempts = 0;
    let result: GraphqlResult;
    let sentAt: number;
    for (;;) {
      attempts++;
      sentAt = Date.now();
      result = await graphql(api.url, token, query, variables, 10_000);
      if (!retriable(result)) break;
      state.clientErrors.push({
        at: Date.now(),
        kind,
        what:
          result.status === 0
            ? 'no answer'
            : `${result.status} ${result.errors?.[0]?.extensions?.code ?? ''}`,
      });
      if (Date.now() - started > GIVE_UP_MS) break;
      await sleep(Math.min(1000, 100 * 2 ** Math.min(attempts, 4)));
    }
    const data = (result.data ?? {}) as Answer;
    const acked = value(data);
    const payload = Object.values(data)[0] as { userErrors?: { code: string }[] } | undefined;
    const code = payload?.userErrors?.[0]?.code;
    if (acked) {
      state.acks.push({
        kind,
        citizenId,
        value: acked,
        sentAt,
        ackedAt: Date.now(),
        attempts,
        api: apiIndex,
      });
    } else if (code && code === replayCode && attempts > 1) {
      // The first attempt was committed but its answer lost: the retry is told so. Checked below.
      state.acks.push({
        kind,
        citizenId,
        value: kind === 'candidature' ? String(variables.vacancyId) : `slot:${variables.slotId}`,
        sentAt,
        ackedAt: Date.now(),
        attempts,
        api: apiIndex,
      });
    } else if (retriable(result)) {
      state.givenUp.push({ kind, citizenId });
    } else {
      state.refused.push({
        kind,
        code: code ?? result.errors?.[0]?.extensions?.code ?? `HTTP ${result.status}`,
        at: Date.now(),
      });
    }
  }
}

async function run() {
  ensurePgAutoFailover();
  const benchStarted = new Date();
  const cluster = new Cluster();
  const apis: ApiProcess[] = [];
  const smtp = await startSmtpReceiver();
  let writers: Promise<unknown> = Promise.resolve();
  try {
    console.log(`Starting pg_auto_failover (monitor :6000, nodes :6001 :6002) under ${cluster.dir} ...`);
    await cluster.start();
    const first = await cluster.primary();
    console.log(
      `Cluster ready in ${((Date.now() - benchStarted.getTime()) / 1000).toFixed(0)} s: primary ${first.name}; synchronous_standby_names = ${cluster.psql(first.port, 'show synchronous_standby_names')}; synchronous_commit = ${cluster.psql(first.port, 'show synchronous_commit')}`,
    );
    console.log('Migrating and seeding (reference data, demo network, citizens, vacancies, slots) ...');
    const network = await seedNetwork(cluster.url, {
      citizens: WRITERS,
      vacancies: 300,
      slots: WRITERS * 150,
      applicationsPerVacancy: 0,
    });
    await cluster.checkpoint();
    const key = signingKeyPem();
    for (const i of [0, 1]) {
      apis.push(
        await startApi({
          name: `api-${i + 1}`,
          databaseUrl: cluster.url,
          port: API_PORT + i,
          privateKeyPem: key,
          smtpUrl: smtp.url,
          logFile: join(cluster.dir, `api-${i + 1}.log`),
        }),
      );
    }
    console.log(`Two API instances: ${apis.map((api) => api.url).join(', ')}\n  DATABASE_URL=${cluster.url}`);
    const tokens = tokenIssuer(key, network);
    const citizenTokens = await Promise.all(network.citizenIds.map((id) => tokens.citizen(id)));
    const loadStarted = Date.now();
    writers = Promise.all(
      network.citizenIds.map((citizenId, i) =>
        writer(i, citizenId, citizenTokens[i]!, apis[i % 2]!, i % 2, network.vacancyIds, network.slotIds),
      ),
    );
    console.log(
      `${WRITERS} citizens writing; ${FAILOVERS} failovers, each after ${SETTLE} s of healthy cluster.\n`,
    );

    const failovers: {
      killed: string;
      promotedMs: number;
      recoveredMs: number;
      errors: number;
      rejoinMs: number;
    }[] = [];
    await sleep(SETTLE * 1000);
    for (let n = 1; n <= FAILOVERS; n++) {
      const victim = await cluster.primary();
      const errorsBefore = state.clientErrors.length;
      const killedAt = Date.now();
      state.kills.push(killedAt);
      cluster.kill(victim);
      let promotedMs = Number.NaN;
      while (Date.now() - killedAt < 120_000) {
        const port = cluster.writable();
        if (port !== undefined && port !== victim.port) {
          promotedMs = Date.now() - killedAt;
          break;
        }
        await sleep(100);
      }
      // Recovered once each API instance has acknowledged a write sent after the kill.
      let recoveredMs = Number.NaN;
      while (Date.now() - killedAt < 120_000) {
        const firsts = [0, 1].map((api) => state.acks.find((a) => a.api === api && a.sentAt > killedAt));
        if (firsts.every(Boolean)) {
          recoveredMs = Math.max(...firsts.map((a) => a!.ackedAt)) - killedAt;
          break;
        }
        await sleep(50);
      }
      cluster.restart(victim);
      const restartedAt = Date.now();
      await cluster.waitHealthy(300_000);
      const rejoinMs = Date.now() - restartedAt;
      failovers.push({
        killed: victim.name,
        promotedMs,
        recoveredMs,
        errors: state.clientErrors.length - errorsBefore,
        rejoinMs,
      });
      console.log(
        `failover ${n}/${FAILOVERS}: killed ${victim.name}; new primary writable after ${(promotedMs / 1000).toFixed(1)} s, API writes acknowledged again after ${(recoveredMs / 1000).toFixed(1)} s; ${failovers.at(-1)!.errors} client-seen errors (retried); old primary back as synchronous standby in ${(rejoinMs / 1000).toFixed(0)} s`,
      );
      await sleep(SETTLE * 1000);
    }
    state.stopping = true;
    await writers;
    const loadSeconds = (Date.now() - loadStarted) / 1000;

    // Every acknowledged write, read back from the new primary.
    const sql = postgres(cluster.url, { max: 2, onnotice: () => {} });
    const citizenIds = network.citizenIds;
    const applications = await sql<{ citizen_id: string; vacancy_id: string; n: number }[]>`
      select citizen_id, vacancy_id, count(*)::int as n from applications
      where citizen_id in ${sql(citizenIds)} group by 1, 2`;
    const cvs = await sql<{ citizen_id: string; headline: string }[]>`
      select citizen_id, headline from cvs where citizen_id in ${sql(citizenIds)}`;
    const letters = await sql<{ id: string; citizen_id: string }[]>`
      select id, citizen_id from cover_letters where citizen_id in ${sql(citizenIds)}`;
    const bookings = await sql<{ id: string; citizen_id: string; slot_id: string; status: string }[]>`
      select id, citizen_id, slot_id, status from bookings where citizen_id in ${sql(citizenIds)}`;

    const lost: Record<Kind, number> = { candidature: 0, cv: 0, coverLetter: 0, booking: 0 };
    const duplicates: Record<Kind, number> = { candidature: 0, cv: 0, coverLetter: 0, booking: 0 };
    const applicationSet = new Map(applications.map((row) => [`${row.citizen_id}/${row.vacancy_id}`, row.n]));
    const headlines = new Map(
      cvs.map((row) => [row.citizen_id, Number(/\d+$/.exec(row.headline ?? '')?.[0] ?? 0)]),
    );
    const letterIds = new Set(letters.map((row) => row.id));
    const bookingIds = new Set(bookings.filter((row) => row.status === 'BOOKED').map((row) => row.id));
    const bookedSlots = new Set(
      bookings.filter((row) => row.status === 'BOOKED').map((row) => `${row.citizen_id}/${row.slot_id}`),
    );
    const lastCvAck = new Map<string, number>();
    for (const ack of state.acks) {
      if (ack.kind === 'candidature' && !applicationSet.has(`${ack.citizenId}/${ack.value}`))
        lost.candidature++;
      if (ack.kind === 'cv')
        lastCvAck.set(ack.citizenId, Math.max(lastCvAck.get(ack.citizenId) ?? 0, Number(ack.value)));
      if (ack.kind === 'coverLetter' && !letterIds.has(ack.value)) lost.coverLetter++;
      if (ack.kind === 'booking') {
        const found = ack.value.startsWith('slot:')
          ? bookedSlots.has(`${ack.citizenId}/${ack.value.slice(5)}`)
          : bookingIds.has(ack.value);
        if (!found) lost.booking++;
      }
    }
    // A CV is saved whole: the stored one must be the last acknowledged revision or a later one sent.
    for (const [citizenId, revision] of lastCvAck) if ((headlines.get(citizenId) ?? 0) < revision) lost.cv++;
    for (const row of applications) if (row.n > 1) duplicates.candidature += row.n - 1;
    const lettersPerCitizen = new Map<string, number>();
    for (const row of letters)
      lettersPerCitizen.set(row.citizen_id, (lettersPerCitizen.get(row.citizen_id) ?? 0) + 1);
    for (const [citizenId, count] of lettersPerCitizen) {
      duplicates.coverLetter += Math.max(0, count - (state.letterRequests.get(citizenId) ?? 0));
    }
    const perSlot = new Map<string, number>();
    for (const row of bookings)
      perSlot.set(
        `${row.citizen_id}/${row.slot_id}`,
        (perSlot.get(`${row.citizen_id}/${row.slot_id}`) ?? 0) + 1,
      );
    for (const count of perSlot.values()) duplicates.booking += count - 1;

    // The outbox: wait until nothing is due, then every sent row must have reached the receiver once.
    const waitStarted = Date.now();
    for (;;) {
      const [pending] = await sql<{ n: number }[]>`
        select count(*)::int as n from outbox where sent_at is null and discarded_at is null and not_before <= now()`;
      if (pending!.n === 0 || Date.now() - waitStarted > 120_000) break;
      await sleep(1000);
    }
    await sleep(1000);
    const sent = await sql<
      { id: string }[]
    >`select id from outbox where sent_at is not null and created_at >= ${benchStarted}`;
    const [unsent] = await sql<{ n: number }[]>`
      select count(*)::int as n from outbox where sent_at is null and created_at >= ${benchStarted} and not_before <= now()`;
    await sql.end();
    const messageId = (id: string) => `<${id}@127.0.0.1>`;
    let once = 0;
    let repeated = 0;
    let missing = 0;
    for (const row of sent) {
      const count = smtp.received.get(messageId(row.id)) ?? 0;
      if (count === 1) once++;
      else if (count === 0) missing++;
      else repeated += count - 1;
    }
    const sentIds = new Set(sent.map((row) => messageId(row.id)));
    const unexpected = [...smtp.received.keys()].filter((id) => !sentIds.has(id)).length;

    console.log(
      `\nWrites over ${loadSeconds.toFixed(0)} s by ${WRITERS} citizens through 2 API instances:\n`,
    );
    const rows = KINDS.map((kind) => {
      const acks = state.acks.filter((a) => a.kind === kind);
      const retried = acks.filter((a) => a.attempts > 1).length;
      return [
        kind,
        acks.length,
        retried,
        lost[kind],
        duplicates[kind],
        state.clientErrors.filter((e) => e.kind === kind).length,
        state.givenUp.filter((g) => g.kind === kind).length,
        state.refused.filter((r) => r.kind === kind).length,
      ];
    });
    const total = (i: number) => rows.reduce((sum, row) => sum + Number(row[i]), 0);
    printTable(
      [
        'write',
        'acknowledged',
        'after retries',
        'lost',
        'duplicated',
        'client-seen errors',
        'given up',
        'refused',
      ],
      [...rows, ['total', total(1), total(2), total(3), total(4), total(5), total(6), total(7)]],
    );
    if (state.refused.length > 0) {
      const codes = new Map<string, number>();
      for (const r of state.refused)
        codes.set(`${r.kind} ${r.code}`, (codes.get(`${r.kind} ${r.code}`) ?? 0) + 1);
      console.log('refused (answered with a user error, not retried):', Object.fromEntries(codes));
      const sinceKill = state.refused
        .filter((r) => r.code === 'NOT_FOUND')
        .map((r) => {
          const kill = state.kills.filter((k) => k <= r.at).at(-1);
          return kill === undefined ? 'before any kill' : `${((r.at - kill) / 1000).toFixed(1)} s`;
        });
      if (sinceKill.length) console.log('NOT_FOUND answers, time since the last kill:', sinceKill.join(', '));
    }
    const kinds = new Map<string, number>();
    for (const e of state.clientErrors) kinds.set(e.what, (kinds.get(e.what) ?? 0) + 1);
    console.log(
      'client-seen errors by kind (each retried with the same request):',
      Object.fromEntries(kinds),
    );

    console.log('\nFailovers:\n');
    printTable(
      [
        '#',
        'killed',
        'new primary writable (s)',
        'writes acknowledged again, both APIs (s)',
        'client-seen errors',
        'old primary rejoined (s)',
      ],
      failovers.map((f, i) => [
        i + 1,
        f.killed,
        (f.promotedMs / 1000).toFixed(1),
        (f.recoveredMs / 1000).toFixed(1),
        f.errors,
        (f.rejoinMs / 1000).toFixed(0),
      ]),
    );
    const recovery = failovers.map((f) => f.recoveredMs).sort((a, b) => a - b);
    const promotion = failovers.map((f) => f.promotedMs).sort((a, b) => a - b);
    console.log(
      `\nrecovery (kill -> each API instance has acknowledged a write sent after it): p50 ${(percentile(recovery, 0.5) / 1000).toFixed(1)} s, max ${(recovery.at(-1)! / 1000).toFixed(1)} s (target <= 10 s); promotion p50 ${(percentile(promotion, 0.5) / 1000).toFixed(1)} s, max ${(promotion.at(-1)! / 1000).toFixed(1)} s`,
    );
    console.log('\nEmails (outbox -> SMTP receiver, by Message-ID):\n');
    printTable(
      [
        'outbox rows sent',
        'received once',
        'received more than once (extra copies)',
        'not received',
        'unsent (due)',
        'unknown at receiver',
      ],
      [[sent.length, once, repeated, missing, unsent!.n, unexpected]],
    );
    const ok =
      total(3) === 0 &&
      total(4) === 0 &&
      recovery.every((ms) => ms <= 10_000) &&
      missing === 0 &&
      repeated === 0 &&
      unsent!.n === 0;
    console.log(`\n${ok ? 'All targets met.' : 'Some targets missed (see above).'}`);
  } finally {
    state.stopping = true;
    await writers.catch(() => {});
    await cleanup(cluster, apis, smtp);
  }
}

async function cleanup(cluster: Cluster, apis: ApiProcess[], smtp: { close(): Promise<void> }) {
  for (const api of apis) await api.stop();
  await smtp.close();
  if (process.env.BENCH_KEEP_CLUSTER) console.log(`cluster kept under ${cluster.dir}`);
  else {
    await cluster.stop();
    console.log(`logs (pg_autoctl, API instances) in ${cluster.dir}`);
  }
}

run().catch((error) => {
  console.error(error);
  process.exit(1);
});
