import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DatabaseHandle } from '../client.js';
import {
  ateco,
  comuni,
  escoOccupationSkills,
  escoOccupations,
  escoSkillBroader,
  escoSkillGroups,
  escoSkillRelations,
  escoSkills,
  iscoGroups,
} from '../schema/reference.js';
import { createDatabase } from '../testing.js';
import { loadReferenceData } from './load.js';

const databaseUrl = process.env.DATABASE_URL || undefined;
let handle: DatabaseHandle;
let dropDatabase = async () => {};

beforeAll(async () => {
  if (databaseUrl) {
    const database = await createDatabase(databaseUrl, 'sl_db_test');
    handle = await createDb({ databaseUrl: database.url });
    dropDatabase = database.drop;
  } else {
    handle = await createDb({ pgliteDataDir: 'memory://' });
  }
  await handle.migrate();
});

afterAll(async () => {
  await handle?.close();
  await dropDatabase();
});

describe(`reference data on ${databaseUrl ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('loads every comune, ESCO concept and relation, ISCO group and ATECO code, then skips unchanged files', async () => {
    const first = await loadReferenceData(handle.db);
    expect(first.every((r) => !r.skipped)).toBe(true);
    const count = async (table: Parameters<ReturnType<typeof handle.db.select>['from']>[0]) =>
      Number((await handle.db.select({ n: sql<number>`count(*)` }).from(table))[0]!.n);
    expect(await count(comuni)).toBeGreaterThan(7_800);
    expect(await count(comuni)).toBeLessThan(8_000);
    expect(await count(escoOccupations)).toBe(3_007);
    expect(await count(iscoGroups)).toBe(619);
    expect(await count(ateco)).toBe(381);
    expect(await count(escoSkills)).toBe(13_896);
    expect(await count(escoOccupationSkills)).toBe(123_788);
    expect(await count(escoSkillBroader)).toBe(20_649);
    expect(await count(escoSkillGroups)).toBe(640);
    expect(await count(escoSkillRelations)).toBe(5_899);
    const dangling = await handle.db.execute(sql`select count(*)::int as n from ${escoOccupationSkills} r
      where not exists (select 1 from ${escoSkills} s where s.uri = r.skill_uri)
         or not exists (select 1 from ${escoOccupations} o where o.uri = r.occupation_uri)`);
    expect(JSON.stringify(dangling)).toContain('"n":0');

    const second = await loadReferenceData(handle.db);
    expect(second.every((r) => r.skipped)).toBe(true);
    expect(await count(comuni)).toBe(first.find((r) => r.name === 'comuni')!.rows);
  });

  it('holds real comuni with their province, region and coordinates', async () => {
    const [legnano] = await handle.db.select().from(comuni).where(eq(comuni.istatCode, '015118'));
    expect(legnano).toMatchObject({ name: 'Legnano', provinceCode: 'MI', regionName: 'Lombardia' });
    expect(legnano!.latitude).toBeCloseTo(45.595, 2);
    expect(legnano!.longitude).toBeCloseTo(8.919, 2);
    const [roma] = await handle.db.select().from(comuni).where(eq(comuni.istatCode, '058091'));
    expect(roma).toMatchObject({ name: 'Roma', provinceCode: 'RM', regionName: 'Lazio' });
    const invented = await handle.db.select().from(comuni).where(eq(comuni.name, 'Vigata'));
    expect(invented).toEqual([]);
  });

  it('links ESCO occupations to their ISCO group', async () => {
    const rows = await handle.db
      .select({ label: escoOccupations.labelEn, group: iscoGroups.labelEn })
      .from(escoOccupations)
      .innerJoin(iscoGroups, eq(iscoGroups.code, escoOccupations.iscoGroup))
      .where(eq(escoOccupations.labelEn, 'technical director'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.group).toBeTruthy();
  });

  it('holds the Italian labels of occupations and ISCO groups, and English skills with their alternatives', async () => {
    const italian = await handle.db
      .select({ n: sql<number>`count(*)` })
      .from(escoOccupations)
      .where(sql`${escoOccupations.labelIt} is not null`);
    expect(Number(italian[0]!.n)).toBe(2_939);
    const [warehouse] = await handle.db
      .select()
      .from(escoOccupations)
      .where(eq(escoOccupations.labelIt, 'magazziniere/magazziniera'));
    expect(warehouse).toMatchObject({ labelEn: 'warehouse worker', iscoGroup: '9333' });
    expect(warehouse!.searchIt).toContain(' magazziniere magazziniera ');
    const [group] = await handle.db.select().from(iscoGroups).where(eq(iscoGroups.code, '9333'));
    expect(group!.labelIt).toBeTruthy();
    const [excel] = await handle.db
      .select()
      .from(escoSkills)
      .where(eq(escoSkills.labelEn, 'use microsoft office'));
    expect(excel!.labelIt).toBeNull();
    expect(excel!.descriptionEn).toBeTruthy();
    expect(excel!.search.startsWith(' use microsoft office |')).toBe(true);
  });

  it('searches comuni by trigram index (pg_trgm available on both drivers)', async () => {
    const rows = await handle.db.execute(
      sql`select name from comuni where name % 'Legnao' order by similarity(name, 'Legnao') desc limit 1`,
    );
    const first =
      (rows as unknown as { rows?: { name: string }[] }).rows?.[0] ??
      (rows as unknown as { name: string }[])[0];
    expect(first?.name).toBe('Legnano');
  });
});
