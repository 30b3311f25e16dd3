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

export async function createTemplate(
  databaseUrl: string | undefined,
  dumpPath: string,
): Promise<TemplateInfo> {
  if (databaseUrl) {
    const name = `sl_template_${randomBytes(4).toString('hex')}`;
    const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`create database "${name}"`);
    } finally {
      await admin.end();
    }
    const handle = await createDb({ databaseUrl: adminUrl(databaseUrl, name), poolSize: 2 });
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
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${template.ref}" with (force)`);
  } finally {
    await admin.end();
  }
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
    const name = `sl_test_${randomBytes(6).toString('hex')}`;
    const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`create database "${name}" template "${template.ref}"`);
    } finally {
      await admin.end();
    }
    const url = adminUrl(databaseUrl, name);
    const handle = await createDb({ databaseUrl: url, poolSize: 10, ...options });
    return {
      ...handle,
      url,
      destroy: async () => {
        await handle.close();
        const cleanup = postgres(databaseUrl, { max: 1, onnotice: () => {} });
        try {
          await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
        } finally {
          await cleanup.end();
        }
      },
    };
  }
  const dump = new Blob([await readFile(template.ref)]);
  const handle = await createDb({ pgliteDataDir: 'memory://', pgliteLoadDataDir: dump, ...options });
  return { ...handle, destroy: () => handle.close() };
}
export { type SyntheticData, type SyntheticOptions, seedSynthetic } from './synthetic.js';
