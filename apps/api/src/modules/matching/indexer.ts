import { type Db, matchingChanges } from '@sportello/db';
import { todayInItaly } from '@sportello/domain';
import { cvProfile, MatchingIndex, Vocabulary, vacancyProfile } from '@sportello/matching';
import { and, asc, gt, lt, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { MatchingSource } from './source.js';

/**
 * CVs are loaded in parts of about this many, two read side by side, so that PostgreSQL joins one
 * part while the API takes in the rows of the other; the parts come in whole pairs, so that no part
 * is read alone at the end. A part's hash tables stay in memory (see `BULK_READ` in the source).
 */
const CVS_PER_PART = 500_000;
const PARTS_SIDE_BY_SIDE = 2;

/** How many parts to load `cvs` CVs in: a whole number of rounds of side-by-side parts. */
export const loadParts = (cvs: number) =>
  PARTS_SIDE_BY_SIDE * Math.max(1, Math.round(cvs / (CVS_PER_PART * PARTS_SIDE_BY_SIDE)));
const CHANGES_PER_READ = 5000;
/** At start, changes this far back are applied again, in case they committed after the load read them. */
const REPLAY_ON_BUILD = 1000;
/** A hole in the change ids older than this is a rolled-back transaction, not a slow one. */
const GAP_TIMEOUT_MS = 10_000;
const CLEANUP_EVERY_MS = 10 * 60_000;

export interface MatchingState {
  index: MatchingIndex;
  vocabulary: Vocabulary;
  /** Day (YYYY-MM-DD, Italy) the profiles were computed for: months of ongoing jobs, target groups. */
  builtOn: string;
}

/**
 * Holds this API instance's matching index: built from the database on first use (and again each
 * new day), then kept fresh from the change feed that triggers write into `matching_changes`,
 * either by polling (`start`) or, with polling off, before every use.
 */
export function createMatchingIndexer(deps: {
  db: Db;
  source: MatchingSource;
  log: FastifyBaseLogger;
  now?: () => Date;
}) {
  const { db, source, log } = deps;
  const now = deps.now ?? (() => new Date());
  let state: MatchingState | null = null;
  /** Every change id up to the floor has been applied; `applied` holds those above it. */
  let floor = 0;
  const applied = new Set<number>();
  const gaps = new Map<number, number>();
  let queue: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let polling = false;
  let lastCleanup = 0;

  /** One build or catch-up at a time. */
  function serialize<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work);
    queue = run.catch(() => {});
    return run;
  }

  async function build(): Promise<MatchingState> {
    const started = performance.now();
    const [last] = await db
      .select({ id: sql<string | null>`max(${matchingChanges.id})` })
      .from(matchingChanges);
    floor = Math.max(0, Number(last?.id ?? 0) - REPLAY_ON_BUILD);
    applied.clear();
    gaps.clear();
    const vocabulary = new Vocabulary(await source.reference());
    const index = new MatchingIndex(vocabulary.ref);
    index.deferPostings();
    const builtOn = todayInItaly(now());
    const partCount = loadParts(await source.cvCountEstimate());
    const parts = Array.from({ length: partCount }, (_, part) => ({ part, parts: partCount }));
    const known = vocabulary.knownIds;
    const loadCvs = async () => {
      for (let scope = parts.shift(); scope; scope = parts.shift()) {
        await source.cvRecords(scope, known, (record) =>
          index.upsertCv(cvProfile(record, vocabulary, builtOn)),
        );
      }
    };
    await Promise.all([
      ...Array.from({ length: PARTS_SIDE_BY_SIDE }, loadCvs),
      source.vacancyRecords({ part: 0, parts: 1 }, known, (record) =>
        index.upsertVacancy(vacancyProfile(record, vocabulary)),
      ),
    ]);
    index.clusterCvRows();
    log.info(
      { cvs: index.cvCount, vacancies: index.vacancyCount, ms: Math.round(performance.now() - started) },
      'matching index built',
    );
    return { index, vocabulary, builtOn };
  }

  async function ensureBuilt(): Promise<MatchingState> {
    if (!state || state.builtOn !== todayInItaly(now())) state = await build();
    return state;
  }

  async function reload(s: MatchingState, cvIds: string[], vacancyIds: string[]) {
    const found = new Set<string>();
    await Promise.all([
      source.cvRecords({ ids: cvIds }, s.vocabulary.knownIds, (record) => {
        s.index.upsertCv(cvProfile(record, s.vocabulary, s.builtOn));
        found.add(record.citizenId);
      }),
      source.vacancyRecords({ ids: vacancyIds }, s.vocabulary.knownIds, (record) => {
        s.index.upsertVacancy(vacancyProfile(record, s.vocabulary));
        found.add(record.id);
      }),
    ]);
    for (const id of cvIds) if (!found.has(id)) s.index.removeCv(id);
    for (const id of vacancyIds) if (!found.has(id)) s.index.removeVacancy(id);
  }

  /** Moves the floor over applied ids, and over holes left long enough to be rollbacks. */
  function advanceFloor() {
    const time = Date.now();
    while (applied.size > 0) {
      const next = floor + 1;
      if (applied.delete(next)) {
        floor = next;
        continue;
      }
      const since = gaps.get(next);
      if (since === undefined) gaps.set(next, time);
      if (since === undefined || time - since < GAP_TIMEOUT_MS) break;
      gaps.delete(next);
      floor = next;
    }
  }

  async function catchUp(s: MatchingState): Promise<void> {
    for (;;) {
      const rows = await db
        .select({
          id: matchingChanges.id,
          subject: matchingChanges.subject,
          subjectId: matchingChanges.subjectId,
        })
        .from(matchingChanges)
        .where(gt(matchingChanges.id, floor))
        .orderBy(asc(matchingChanges.id))
        .limit(CHANGES_PER_READ);
      const fresh = rows.filter((r) => !applied.has(r.id));
      const ids = (subject: 'CV' | 'VACANCY') => [
        ...new Set(fresh.filter((r) => r.subject === subject).map((r) => r.subjectId)),
      ];
      if (fresh.length > 0) await reload(s, ids('CV'), ids('VACANCY'));
      for (const r of fresh) applied.add(r.id);
      advanceFloor();
      if (rows.length < CHANGES_PER_READ) return;
    }
  }

  async function cleanUp() {
    if (Date.now() - lastCleanup < CLEANUP_EVERY_MS) return;
    lastCleanup = Date.now();
    await db
      .delete(matchingChanges)
      .where(
        and(lt(matchingChanges.changedAt, sql`now() - interval '1 day'`), lt(matchingChanges.id, floor)),
      );
  }

  const tick = async (pollMs: number) => {
    try {
      await serialize(async () => {
        await catchUp(await ensureBuilt());
        await cleanUp();
      });
    } catch (error) {
      log.error({ err: error }, 'matching index update failed');
    } finally {
      if (polling) timer = setTimeout(() => void tick(pollMs), pollMs);
    }
  };

  return {
    /** The index, up to date within the polling interval (or exactly, with polling off). */
    async current(): Promise<MatchingState> {
      // While polling, requests never wait for a catch-up or for the new day's rebuild.
      if (polling && state) return state;
      return serialize(async () => {
        const s = await ensureBuilt();
        if (!polling) await catchUp(s);
        return s;
      });
    },

    /** Polls the change feed every `pollMs` (0: never; the index then catches up at each use). */
    start(pollMs: number) {
      if (pollMs <= 0 || polling) return;
      polling = true;
      void tick(pollMs);
    },

    async stop() {
      polling = false;
      clearTimeout(timer);
      await queue;
    },
  };
}

export type MatchingIndexer = ReturnType<typeof createMatchingIndexer>;
