import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { referenceDatasets } from '../schema/reference.js';
import { searchText } from './search-text.js';

export const referenceDataDir = fileURLToPath(new URL('../../reference-data', import.meta.url));

type ColumnType = 'text' | 'float8' | 'int4' | 'text[]';

interface Dataset {
  name: string;
  file: string;
  table: string;
  key: string[];
  /** Target column -> [type, how to read it from a CSV record]. */
  columns: Record<string, [ColumnType, Reader]>;
  /** Optional datasets are loaded when their file is present. */
  optional?: boolean;
  /**
   * `update` adds columns to rows an earlier dataset inserted (translations), and leaves alone the
   * keys that are not there; the default inserts or updates whole rows.
   */
  mode?: 'upsert' | 'update';
}

type Reader = (record: Record<string, string>) => unknown;

const text = (name: string) => (r: Record<string, string>) => r[name] ?? null;
const nullableText = (name: string) => (r: Record<string, string>) => r[name]?.trim() || null;
const pipeList = (value: string | undefined) =>
  value
    ? value
        .split('|')
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
const list = (name: string) => (r: Record<string, string>) => pipeList(r[name]);
/** The search column of a preferred label and its pipe-separated alternatives. */
const search =
  (preferred: string, alternatives: string): Reader =>
  (r) =>
    searchText([r[preferred], ...pipeList(r[alternatives])]);

/** In dependency order: a dataset may reference the ones before it. */
export const DATASETS: Dataset[] = [
  {
    name: 'comuni',
    file: 'comuni.csv',
    table: 'comuni',
    key: ['istat_code'],
    columns: {
      istat_code: ['text', text('istat_code')],
      name: ['text', text('name')],
      province_name: ['text', text('province_name')],
      province_code: ['text', text('province_code')],
      region_name: ['text', text('region_name')],
      latitude: ['float8', (r) => Number(r.latitude)],
      longitude: ['float8', (r) => Number(r.longitude)],
    },
  },
  {
    name: 'isco_groups',
    file: 'isco_groups.csv',
    table: 'isco_groups',
    key: ['code'],
    columns: {
      code: ['text', text('code')],
      uri: ['text', text('uri')],
      label_en: ['text', text('preferred_label_en')],
    },
  },
  {
    name: 'isco_groups_it',
    file: 'isco_groups_it.csv',
    table: 'isco_groups',
    key: ['code'],
    mode: 'update',
    columns: {
      code: ['text', text('code')],
      label_it: ['text', nullableText('preferred_label_it')],
    },
  },
  {
    name: 'esco_occupations',
    file: 'esco_occupations.csv',
    table: 'esco_occupations',
    key: ['uri'],
    columns: {
      uri: ['text', text('uri')],
      code: ['text', text('code')],
      isco_group: ['text', text('isco_group')],
      label_en: ['text', text('preferred_label_en')],
      alt_labels_en: ['text[]', list('alt_labels_en')],
      search_en: ['text', search('preferred_label_en', 'alt_labels_en')],
    },
  },
  {
    name: 'esco_occupations_it',
    file: 'esco_occupations_it.csv',
    table: 'esco_occupations',
    key: ['uri'],
    mode: 'update',
    columns: {
      uri: ['text', text('uri')],
      label_it: ['text', nullableText('preferred_label_it')],
      alt_labels_it: ['text[]', list('alt_labels_it')],
      description_it: ['text', nullableText('description_it')],
      search_it: ['text', search('preferred_label_it', 'alt_labels_it')],
    },
  },
  {
    name: 'esco_skills',
    file: 'esco_skills.csv',
    table: 'esco_skills',
    key: ['uri'],
    columns: {
      uri: ['text', text('uri')],
      skill_type: ['text', text('skill_type')],
      reuse_level: ['text', nullableText('reuse_level')],
      label_en: ['text', text('preferred_label_en')],
      label_it: ['text', nullableText('preferred_label_it')],
      alt_labels_en: ['text[]', list('alt_labels_en')],
      description_en: ['text', nullableText('description_en')],
      search: ['text', search('preferred_label_en', 'alt_labels_en')],
    },
  },
  {
    name: 'esco_skill_groups',
    file: 'esco_skill_groups.csv',
    table: 'esco_skill_groups',
    key: ['uri'],
    columns: {
      uri: ['text', text('uri')],
      code: ['text', nullableText('code')],
      label_en: ['text', text('preferred_label_en')],
      description_en: ['text', nullableText('description_en')],
    },
  },
  {
    name: 'esco_occupation_skills',
    file: 'esco_occupation_skills.csv',
    table: 'esco_occupation_skills',
    key: ['occupation_uri', 'skill_uri'],
    columns: {
      occupation_uri: ['text', text('occupation_uri')],
      skill_uri: ['text', text('skill_uri')],
      relation_type: ['text', text('relation_type')],
    },
  },
  {
    name: 'esco_skill_broader',
    file: 'esco_skill_hierarchy.csv',
    table: 'esco_skill_broader',
    key: ['skill_uri', 'broader_uri'],
    columns: {
      skill_uri: ['text', text('skill_uri')],
      skill_kind: ['text', text('skill_kind')],
      broader_uri: ['text', text('broader_uri')],
      broader_kind: ['text', text('broader_kind')],
    },
  },
  {
    name: 'esco_skill_relations',
    file: 'esco_skill_relations.csv',
    table: 'esco_skill_relations',
    key: ['skill_uri', 'related_skill_uri'],
    columns: {
      skill_uri: ['text', text('skill_uri')],
      related_skill_uri: ['text', text('related_skill_uri')],
      relation_type: ['text', text('relation_type')],
    },
  },
  {
    name: 'education_titles',
    file: 'education_titles.csv',
    table: 'education_titles',
    key: ['code'],
    columns: {
      code: ['text', text('code')],
      label_it: ['text', text('label_it')],
      eqf_level: ['int4', (r) => (r.eqf_level ? Number(r.eqf_level) : null)],
    },
  },
  {
    name: 'ateco',
    file: 'ateco.csv',
    table: 'ateco',
    key: ['code'],
    optional: true,
    columns: {
      code: ['text', text('code')],
      level: ['text', text('level')],
      title_it: ['text', text('title_it')],
      parent_code: ['text', nullableText('parent_code')],
    },
  },
];

const CHUNK_ROWS = 5_000;

export interface LoadReport {
  name: string;
  rows: number;
  skipped: boolean;
}

/**
 * Loads every reference dataset whose file changed since the last load: a few statements per
 * dataset (rows travel as one JSON parameter per chunk), upserting on the natural key, so running
 * it again changes nothing.
 */
export async function loadReferenceData(db: Db, dir = referenceDataDir): Promise<LoadReport[]> {
  const reports: LoadReport[] = [];
  for (const dataset of DATASETS) {
    const path = `${dir}/${dataset.file}`;
    if (!existsSync(path)) {
      if (dataset.optional) continue;
      throw new Error(`reference data file missing: ${path}`);
    }
    const content = readFileSync(path);
    // The columns are part of the checksum: reading a file into new columns loads it again.
    const checksum = createHash('sha256')
      .update(content)
      .update(Object.keys(dataset.columns).join(','))
      .digest('hex');
    const [loaded] = await db
      .select()
      .from(referenceDatasets)
      .where(eq(referenceDatasets.name, dataset.name));
    if (loaded?.checksum === checksum) {
      reports.push({ name: dataset.name, rows: loaded.rows, skipped: true });
      continue;
    }
    const records = parse(content, { columns: true, skip_empty_lines: true, bom: true }) as Record<
      string,
      string
    >[];
    const rows = records.map((record) =>
      Object.fromEntries(Object.entries(dataset.columns).map(([column, [, read]]) => [column, read(record)])),
    );
    await db.transaction(async (tx) => {
      for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
        const chunk = rows.slice(start, start + CHUNK_ROWS);
        await tx.execute(
          dataset.mode === 'update' ? updateStatement(dataset, chunk) : upsertStatement(dataset, chunk),
        );
      }
      await tx
        .insert(referenceDatasets)
        .values({ name: dataset.name, checksum, rows: rows.length })
        .onConflictDoUpdate({ target: referenceDatasets.name, set: { checksum, rows: rows.length } });
    });
    reports.push({ name: dataset.name, rows: rows.length, skipped: false });
  }
  return reports;
}

const recordType = (dataset: Dataset) =>
  sql.raw(
    Object.entries(dataset.columns)
      .map(([c, [type]]) => `"${c}" ${type}`)
      .join(', '),
  );

function updateStatement(dataset: Dataset, rows: Record<string, unknown>[]) {
  const table = `"${dataset.table}"`;
  const updates = Object.keys(dataset.columns).filter((c) => !dataset.key.includes(c));
  return sql`update ${sql.raw(table)} set ${sql.raw(updates.map((c) => `"${c}" = x."${c}"`).join(', '))}
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(${recordType(dataset)})
    where ${sql.raw(dataset.key.map((c) => `${table}."${c}" = x."${c}"`).join(' and '))}`;
}

function upsertStatement(dataset: Dataset, rows: Record<string, unknown>[]) {
  const columns = Object.keys(dataset.columns);
  const list = sql.raw(columns.map((c) => `"${c}"`).join(', '));
  const updates = columns.filter((c) => !dataset.key.includes(c));
  const onConflict = updates.length
    ? sql.raw(`do update set ${updates.map((c) => `"${c}" = excluded."${c}"`).join(', ')}`)
    : sql.raw('do nothing');
  return sql`insert into ${sql.raw(`"${dataset.table}"`)} (${list})
    select ${list} from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(${recordType(dataset)})
    on conflict (${sql.raw(dataset.key.map((c) => `"${c}"`).join(', '))}) ${onConflict}`;
}
