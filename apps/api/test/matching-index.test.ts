import {
  citizenSpecialCategories,
  citizens,
  consents,
  cvExperiences,
  cvMatchingLists,
  cvSkills,
  cvSoughtOccupations,
  cvs,
  escoOccupations,
  escoSkills,
  users,
  vacancies,
  vacancySkills,
} from '@sportello/db';
import { todayInItaly } from '@sportello/domain';
import { type CitizenCvRecord, dayNumber } from '@sportello/matching';
import { and, eq, gte, inArray } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSpecialCategoryService } from '../src/modules/citizens/special-categories.js';
import { createMatchingIndexer } from '../src/modules/matching/indexer.js';
import { createMatchingSource } from '../src/modules/matching/source.js';
import { DEMO } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { ESCO_SKILLS } from './skill-fixtures.js';

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';

let t: TestApp;
let giulia: string;
let luca: string;
let welding: string;
let networkId: string;

const idOf = async (email: string) =>
  (await t.db.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]!.id;

beforeAll(async () => {
  t = await startTestApp();
  giulia = await idOf(DEMO.citizen);
  luca = await idOf('luca.ferrari@demo.sportellolavoro.it');
  networkId = (
    await t.db.select({ id: citizens.networkId }).from(citizens).where(eq(citizens.userId, luca))
  )[0]!.id;
  welding = (
    await t.db.select({ id: vacancies.id }).from(vacancies).where(eq(vacancies.occupationUri, WELDER))
  )[0]!.id;
});
afterAll(() => t?.close());

const marco = async () =>
  (
    await t.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'marco.colombo@demo.sportellolavoro.it'))
  )[0]!.id;

const today = () => dayNumber(todayInItaly());

/** The index's source over the test app's database, as the API builds it. */
const matchingSource = () => createMatchingSource(t.db, createSpecialCategoryService(t.db));

async function citizensFor(vacancyId: string) {
  const { index } = await t.app.matching.current();
  return index.topCitizens(index.vacancy(vacancyId)!, { k: 50, today: today() });
}

describe('matching index from the database', () => {
  it('holds the CVs and vacancies with what the score needs', async () => {
    const { index, vocabulary } = await t.app.matching.current();
    // Giulia's, Luca's, and Marco's, made by the safety module he completed, which attested its skill.
    expect(index.cvCount).toBe(3);
    expect(index.vacancyCount).toBe(2);
    const cv = index.cv(giulia)!;
    expect(cv).toMatchObject({
      mobilityRadiusKm: 25,
      sharesCv: true,
      active: true,
      law68Eligible: false,
      eqfLevel: 3,
      experiences: [{ occupation: vocabulary.occupation(WELDER), months: 123 }],
    });
    expect(vocabulary.comuni.values[cv.comune]).toBe(DEMO.legnano);
    expect(index.vacancy(welding)).toMatchObject({
      published: true,
      occupation: vocabulary.occupation(WELDER),
      minEqfLevel: 3,
      minExperienceMonths: 24,
    });
    // Luca has not consented to share his CV: no company sees him.
    expect((await citizensFor(welding)).map((m) => m.key)).toEqual([giulia]);
  });

  it('reads each CV and vacancy in exactly one part of a full load', async () => {
    const source = matchingSource();
    const known = { skills: 0, occupations: 0 };
    for (const parts of [1, 2, 3, 16]) {
      const cvIds: string[] = [];
      const vacancyIds: string[] = [];
      for (let part = 0; part < parts; part++) {
        await source.cvRecords({ part, parts }, known, (r) => cvIds.push(r.citizenId));
        await source.vacancyRecords({ part, parts }, known, (r) => vacancyIds.push(r.id));
      }
      expect(cvIds.sort()).toEqual([giulia, luca, await marco()].sort());
      expect(vacancyIds).toHaveLength(2);
      expect(new Set(vacancyIds).size).toBe(2);
    }
  });

  it('reads the lists the triggers keep exactly as the sections they come from', async () => {
    const source = matchingSource();
    const { vocabulary } = await t.app.matching.current();
    const read = async (known: { skills: number; occupations: number }) => {
      const records: CitizenCvRecord[] = [];
      // The fast path's records carry whether they were read from the lists; the comparison does not.
      await source.cvRecords({ part: 0, parts: 1 }, known, (record) => {
        const { newerConcepts: _, ...fields } = record as CitizenCvRecord & { newerConcepts?: boolean };
        records.push(fields);
      });
      return records.sort((a, b) => (a.citizenId < b.citizenId ? -1 : 1));
    };
    // Concepts newer than the vocabulary send every CV through its sections, by URI.
    const fromSections = await read({ skills: -1, occupations: -1 });
    expect(fromSections.every((r) => r.skills.every((key) => typeof key === 'string'))).toBe(true);
    const fromLists = await read(vocabulary.knownIds);
    expect(fromLists.some((r) => r.skills.length > 0 && r.experiences.length > 0)).toBe(true);
    const byUri = (ids: Map<number, string>) => (key: string | number) =>
      typeof key === 'number' ? ids.get(key) : key;
    const skillUri = byUri(
      new Map((await t.db.select().from(escoSkills)).map((s) => [s.id, s.uri] as const)),
    );
    const occupationUri = byUri(
      new Map((await t.db.select().from(escoOccupations)).map((o) => [o.id, o.uri] as const)),
    );
    expect(
      fromLists.map((r) => ({
        ...r,
        skills: r.skills.map(skillUri).sort(),
        soughtOccupations: r.soughtOccupations.map(occupationUri),
        experiences: r.experiences.map((e) => ({
          ...e,
          occupation: e.occupation && occupationUri(e.occupation),
        })),
      })),
    ).toEqual(fromSections.map((r) => ({ ...r, skills: [...r.skills].sort() })));
  });

  it('loses neither of two concurrent changes to the sections of one CV', async () => {
    const marcoId = await marco();
    const held = await t.db
      .select({ uri: cvSkills.skillUri })
      .from(cvSkills)
      .where(eq(cvSkills.citizenId, marcoId));
    const skills = Object.values(ESCO_SKILLS)
      .map((skill) => skill.uri)
      .filter((uri) => !held.some((h) => h.uri === uri))
      .slice(0, 2);
    // The first holds its transaction open while the second writes: without the lock on the CV,
    // the second would rebuild the lists from a view that misses the first's skill.
    await Promise.all(
      skills.map((skillUri, n) =>
        t.db.transaction(async (tx) => {
          await new Promise((resolve) => setTimeout(resolve, n * 50));
          await tx
            .insert(cvSkills)
            .values({ citizenId: marcoId, skillUri, level: 'BASIC', position: 80 + n });
          await new Promise((resolve) => setTimeout(resolve, 200 - n * 50));
        }),
      ),
    );
    const [lists] = await t.db
      .select({ skills: cvMatchingLists.skills })
      .from(cvMatchingLists)
      .where(eq(cvMatchingLists.citizenId, marcoId));
    const ids = await t.db
      .select({ id: escoSkills.id })
      .from(escoSkills)
      .where(inArray(escoSkills.uri, skills));
    expect(lists!.skills).toEqual(expect.arrayContaining(ids.map((s) => s.id)));
    await t.db
      .delete(cvSkills)
      .where(and(eq(cvSkills.citizenId, marcoId), inArray(cvSkills.skillUri, skills)));
    const [after] = await t.db
      .select({ skills: cvMatchingLists.skills })
      .from(cvMatchingLists)
      .where(eq(cvMatchingLists.citizenId, marcoId));
    expect(after!.skills).not.toEqual(expect.arrayContaining(ids.map((s) => s.id)));
  });

  it('follows consents, disabled accounts and removed CVs', async () => {
    await t.db
      .update(consents)
      .set({ withdrawnAt: new Date() })
      .where(and(eq(consents.citizenId, giulia), eq(consents.purpose, 'CV_SHARING')));
    expect(await citizensFor(welding)).toEqual([]);

    const [network] = await t.db
      .select({ id: citizens.networkId })
      .from(citizens)
      .where(eq(citizens.userId, luca));
    await t.db
      .insert(consents)
      .values({ citizenId: luca, networkId: network!.id, purpose: 'CV_SHARING', textVersion: 'test' });
    expect((await citizensFor(welding)).map((m) => m.key)).toEqual([luca]);

    await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, luca));
    expect(await citizensFor(welding)).toEqual([]);
    await t.db.update(users).set({ disabledAt: null }).where(eq(users.id, luca));
    expect((await citizensFor(welding)).map((m) => m.key)).toEqual([luca]);

    await t.db.delete(cvs).where(eq(cvs.citizenId, luca));
    const { index } = await t.app.matching.current();
    expect(index.cv(luca)).toBeUndefined();
    expect(index.cvCount).toBe(2);
  });

  it('shows a reserved vacancy only to citizens on the lists of law 68/1999', async () => {
    await t.db.update(vacancies).set({ law68Reserved: true }).where(eq(vacancies.id, welding));
    await t.db
      .insert(consents)
      .values({ citizenId: giulia, networkId, purpose: 'CV_SHARING', textVersion: 'test' });
    expect(await citizensFor(welding)).toEqual([]);
    const { index } = await t.app.matching.current();
    expect(index.topVacancies(index.cv(giulia)!, { k: 10, today: today() })).toEqual([]);

    await t.db.insert(citizenSpecialCategories).values({
      citizenId: giulia,
      networkId,
      law68Disability: true,
      disabilityCategory: 'CIVIL_INVALIDITY',
      declaredBy: giulia,
    });
    expect((await citizensFor(welding)).map((m) => m.key)).toEqual([giulia]);
    expect(index.topVacancies(index.cv(giulia)!, { k: 10, today: today() }).map((m) => m.key)).toEqual([
      welding,
    ]);
    await t.db.update(vacancies).set({ law68Reserved: false }).where(eq(vacancies.id, welding));
  });

  it('reads a skill added to the ESCO reference after the index was built by its URI', async () => {
    const { vocabulary } = await t.app.matching.current();
    const uri = 'http://data.europa.eu/esco/skill/00000000-0000-4000-8000-00000000e5c0';
    await t.db.insert(escoSkills).values({ uri, skillType: 'skill/competence', labelEn: 'added later' });
    const [added] = await t.db.select({ id: escoSkills.id }).from(escoSkills).where(eq(escoSkills.uri, uri));
    expect(added!.id).toBeGreaterThan(vocabulary.knownIds.skills);
    await t.db.insert(vacancySkills).values({ vacancyId: welding, skillUri: uri, essential: true });
    const { index } = await t.app.matching.current();
    const id = vocabulary.skills.get(uri);
    expect(id).toBeDefined();
    expect(index.vacancy(welding)!.essentialSkills).toContain(id);
    await t.db.delete(vacancySkills).where(eq(vacancySkills.skillUri, uri));
    expect((await t.app.matching.current()).index.vacancy(welding)!.essentialSkills).not.toContain(id);
  });

  it('keeps the order of sought occupations and past jobs that mix known and newer concepts', async () => {
    const { vocabulary } = await t.app.matching.current();
    const marcoId = await marco();
    const newer = 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-00000000e5c1';
    const newerSkill = 'http://data.europa.eu/esco/skill/00000000-0000-4000-8000-00000000e5c2';
    await t.db
      .insert(escoOccupations)
      .values({ uri: newer, code: '7212.9', iscoGroup: '7212', labelEn: 'added later' });
    await t.db
      .insert(escoSkills)
      .values({ uri: newerSkill, skillType: 'skill/competence', labelEn: 'added later' });
    const [known] = await t.db
      .select({ id: escoOccupations.id })
      .from(escoOccupations)
      .where(eq(escoOccupations.uri, WELDER));
    try {
      await t.db.insert(cvSoughtOccupations).values([
        { citizenId: marcoId, occupationUri: newer, position: 90 },
        { citizenId: marcoId, occupationUri: WELDER, position: 91 },
      ]);
      await t.db.insert(cvExperiences).values([
        {
          citizenId: marcoId,
          position: 90,
          employer: 'A',
          jobTitle: 'a',
          occupationUri: newer,
          startsOn: '2020-01-01',
          endsOn: '2020-06-30',
        },
        {
          citizenId: marcoId,
          position: 91,
          employer: 'B',
          jobTitle: 'b',
          occupationUri: WELDER,
          startsOn: '2021-01-01',
        },
      ]);
      await t.db
        .insert(cvSkills)
        .values({ citizenId: marcoId, skillUri: newerSkill, level: 'BASIC', position: 90 });
      const source = matchingSource();
      const records: CitizenCvRecord[] = [];
      await source.cvRecords({ ids: [marcoId] }, vocabulary.knownIds, (r) => records.push(r));
      const [record] = records;
      expect(record!.soughtOccupations.slice(-2)).toEqual([newer, known!.id]);
      expect(record!.experiences.slice(-2)).toEqual([
        { occupation: newer, startsOn: '2020-01-01', endsOn: '2020-06-30' },
        { occupation: known!.id, startsOn: '2021-01-01', endsOn: null },
      ]);
      expect(record!.skills).toContain(newerSkill);
      expect(record!.skills.filter((key) => typeof key === 'number').length).toBe(record!.skills.length - 1);
    } finally {
      await t.db.delete(cvSkills).where(eq(cvSkills.skillUri, newerSkill));
      await t.db
        .delete(cvExperiences)
        .where(and(eq(cvExperiences.citizenId, marcoId), gte(cvExperiences.position, 90)));
      await t.db
        .delete(cvSoughtOccupations)
        .where(and(eq(cvSoughtOccupations.citizenId, marcoId), gte(cvSoughtOccupations.position, 90)));
    }
  });

  it('picks up a skill a vacancy asks for after the index was built', async () => {
    const skill = ESCO_SKILLS.forklift;
    await t.db.insert(vacancySkills).values({ vacancyId: welding, skillUri: skill.uri, essential: true });
    const { index, vocabulary } = await t.app.matching.current();
    expect(index.vacancy(welding)!.essentialSkills).toContain(vocabulary.skills.get(skill.uri));
    const [match] = await citizensFor(welding);
    expect(match!.key).toBe(giulia);
  });
});

describe('the index over days', () => {
  it('is rebuilt on a new day, so ongoing jobs count their months to date', async () => {
    await t.db.insert(cvExperiences).values({
      citizenId: giulia,
      position: 1,
      employer: 'Officina (in corso)',
      jobTitle: 'Saldatrice',
      occupationUri: WELDER,
      startsOn: '2026-01-10',
    });
    let now = new Date('2026-11-23T10:00:00Z');
    const indexer = createMatchingIndexer({
      db: t.db,
      source: matchingSource(),
      log: pino({ level: 'silent' }),
      now: () => now,
    });
    const ongoing = async () => (await indexer.current()).index.cv(giulia)!.experiences.at(-1)!.months;
    expect(await ongoing()).toBe(10);
    now = new Date('2027-01-11T10:00:00Z');
    expect(await ongoing()).toBe(12);
  });
});

describe('fairness through the database', () => {
  it('birth date, gender and birthplace in the codice fiscale, and disability never change the matches', async () => {
    const fresh = await startTestApp();
    try {
      const [luca] = await fresh.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, 'luca.ferrari@demo.sportellolavoro.it'));
      const [net] = await fresh.db
        .select({ id: citizens.networkId })
        .from(citizens)
        .where(eq(citizens.userId, luca!.id));
      await fresh.db
        .insert(consents)
        .values({ citizenId: luca!.id, networkId: net!.id, purpose: 'CV_SHARING', textVersion: 'test' });
      const ranking = async () => {
        const { index } = await fresh.app.matching.current();
        const all = await fresh.db.select({ id: vacancies.id }).from(vacancies);
        return all.map(({ id }) => index.topCitizens(index.vacancy(id)!, { k: 10, today: today() }));
      };
      const before = await ranking();
      expect(before.flat().length).toBeGreaterThan(0);
      // Older, a woman born abroad (day + 40, Z-code of the birthplace), with a disability.
      await fresh.db
        .update(citizens)
        .set({ birthDate: '1955-01-31', codiceFiscale: 'FRRLCU55A71Z600X' })
        .where(eq(citizens.userId, luca!.id));
      await fresh.db.insert(citizenSpecialCategories).values({
        citizenId: luca!.id,
        networkId: net!.id,
        law68Disability: true,
        disabilityCategory: 'BLIND_OR_DEAF',
        economicHardship: true,
        declaredBy: luca!.id,
      });
      const { index } = await fresh.app.matching.current();
      expect(index.cv(luca!.id)!.law68Eligible).toBe(true);
      expect(await ranking()).toEqual(before);
    } finally {
      await fresh.close();
    }
  });
});
