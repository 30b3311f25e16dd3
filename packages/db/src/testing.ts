import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import postgres from 'postgres';
import { createDb, type DatabaseHandle } from './client.js';
import { loadReferenceData } from './reference/load.js';

/**
 * Test databases start from a template that is migrated and loaded with reference data once per test
 * run: a PostgreSQL template database when DATABASE_URL is set, a PGlite data-dir dump otherwise.
 */
export interface TemplateInfo {
  kind: 'postgres' | 'pglite';
  /** Template database name, or the path of the PGlite dump. */
  ref: string;
}

function adminUrl(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs one statement (creating or dropping a database) on the server of `databaseUrl`. */
async function onServer(databaseUrl: string, statement: string): Promise<void> {
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(statement);
  } finally {
    await admin.end();
  }
}

const dropDatabase = (databaseUrl: string, name: string) =>
  onServer(databaseUrl, `drop database if exists "${name}" with (force)`);

/** A new database named `<prefix>_<random>` on the server of `databaseUrl`, empty or from `template`. */
export async function createDatabase(
  databaseUrl: string,
  prefix: string,
  template?: string,
): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onServer(databaseUrl, `create database "${name}"${template ? ` template "${template}"` : ''}`);
  return { name, url: adminUrl(databaseUrl, name), drop: () => dropDatabase(databaseUrl, name) };
}

export async function createTemplate(
  databaseUrl: string | undefined,
  dumpPath: string,
): Promise<TemplateInfo> {
  if (databaseUrl) {
    const { name, url } = await createDatabase(databaseUrl, 'sl_template');
    const handle = await createDb({ databaseUrl: url, poolSize: 2 });
    await handle.migrate();
    await loadReferenceData(handle.db);
    await handle.close();
    return { kind: 'postgres', ref: name };
  }
  const handle = await createDb({ pgliteDataDir: 'memory://' });
  await handle.migrate();
  await loadReferenceData(handle.db);
  const dump = await handle.pglite!.dumpDataDir('none');
  await writeFile(dumpPath, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  return { kind: 'pglite', ref: dumpPath };
}

export async function dropTemplate(databaseUrl: string | undefined, template: TemplateInfo): Promise<void> {
  if (template.kind !== 'postgres' || !databaseUrl) return;
  await dropDatabase(databaseUrl, template.ref);
}

export interface TestDatabase extends DatabaseHandle {
  /** The database's connection string, on PostgreSQL (for other processes, e.g. a benchmark's servers). */
  url?: string;
  /** Closes the connection and drops the database. */
  destroy(): Promise<void>;
}

/** A fresh database of its own for one test file, cloned from the template. */
export async function createTestDatabase(
  databaseUrl: string | undefined,
  template: TemplateInfo,
  options: { onQuery?: (sql: string) => void; statementTimeoutMs?: number } = {},
): Promise<TestDatabase> {
  if (template.kind === 'postgres' && databaseUrl) {
    const database = await createDatabase(databaseUrl, 'sl_test', template.ref);
    const handle = await createDb({ databaseUrl: database.url, poolSize: 10, ...options });
    return {
      ...handle,
      url: database.url,
      destroy: async () => {
        await handle.close();
        await database.drop();
      },
    };
  }
  const dump = new Blob([await readFile(template.ref)]);
  const handle = await createDb({ pgliteDataDir: 'memory://', pgliteLoadDataDir: dump, ...options });
  return { ...handle, destroy: () => handle.close() };
}
export { type SyntheticData, type SyntheticOptions, seedSynthetic } from './synthetic.js';
