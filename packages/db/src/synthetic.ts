import { randomUUID } from 'node:crypto';
import { asc, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import {
  applicationEvents,
  applications,
  citizens,
  comuni,
  consents,
  cvEducation,
  cvExperiences,
  cvLanguages,
  cvSkills,
  cvSoughtOccupations,
  cvs,
  educationTitles,
  escoOccupations,
  users,
  vacancies,
  vacancyLanguages,
  vacancySkills,
} from './schema/index.js';

/**
 * Synthetic candidates and vacancies for tests and benchmarks, written straight into a network
 * that already exists (the demo one): published vacancies of one company, each with candidatures
 * from citizens whose CVs have every section filled. Codes (comuni, ESCO occupations,
 * qualifications) are taken from the reference tables; names and texts are made up and say so.
 */
export interface SyntheticOptions {
  networkId: string;
  companyId: string;
  /** The company member recorded as the vacancies' author. */
  createdBy: string;
  /** The operator recorded as the author of the proposals. */
  proposedBy: string;
  vacancies: number;
  citizens: number;
  /** Candidatures per vacancy, from the first citizens; every third one a proposal not yet accepted. */
  applicationsPerVacancy: number;
  /** Sections per CV: sought occupations, experiences, education titles, languages. */
  cvItems?: number;
  /**
   * ESCO skills to put in every CV and vacancy, when the skills table has any (the ESCO skill
   * files are not loaded yet, so tests bring their own synthetic ones).
   */
  skillUris?: string[];
}

export interface SyntheticData {
  vacancyIds: string[];
  citizenIds: string[];
}

const BATCH = 500;

async function insertAll<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function seedSynthetic(db: Db, options: SyntheticOptions): Promise<SyntheticData> {
  const items = options.cvItems ?? 3;
  const [places, occupations, titles] = await Promise.all([
    db.select({ code: comuni.istatCode }).from(comuni).orderBy(asc(comuni.istatCode)).limit(50),
    db.select({ uri: escoOccupations.uri }).from(escoOccupations).orderBy(asc(escoOccupations.uri)).limit(50),
    db.select({ code: educationTitles.code }).from(educationTitles).orderBy(asc(educationTitles.code)),
  ]);
  const pick = <T>(list: T[], i: number) => list[i % list.length]!;
  const run = randomUUID().slice(0, 8);
  const citizenIds = Array.from({ length: options.citizens }, () => randomUUID());
  const vacancyIds = Array.from({ length: options.vacancies }, () => randomUUID());
  const { networkId } = options;

  await insertAll(
    citizenIds.map((id, i) => ({
      id,
      networkId,
      kind: 'CITIZEN' as const,
      email: `sintetico.${run}.${i}@esempio.invalid`,
      givenName: `Nome${i}`,
      familyName: `Sintetico${i}`,
      emailVerifiedAt: new Date(),
    })),
    (batch) => db.insert(users).values(batch),
  );
  await insertAll(
    citizenIds.map((userId, i) => ({
      userId,
      networkId,
      codiceFiscale: `SYN${run}${String(i).padStart(5, '0')}`.toUpperCase(),
      birthDate: `${1960 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
      residenceComuneCode: pick(places, i).code,
      employmentStatus: 'UNEMPLOYED' as const,
    })),
    (batch) => db.insert(citizens).values(batch),
  );
  await insertAll(
    citizenIds.map((citizenId) => ({
      networkId,
      citizenId,
      purpose: 'CV_SHARING' as const,
      textVersion: 'sintetico',
    })),
    (batch) => db.insert(consents).values(batch),
  );
  await insertAll(
    citizenIds.map((citizenId, i) => ({
      citizenId,
      networkId,
      headline: `Profilo sintetico ${i}`,
      summary: 'Testo di prova generato per misure e test.',
    })),
    (batch) => db.insert(cvs).values(batch),
  );
  const perItem = <T>(make: (citizenId: string, i: number, position: number) => T) =>
    citizenIds.flatMap((citizenId, i) =>
      Array.from({ length: items }, (_, position) => make(citizenId, i, position)),
    );
  await insertAll(
    perItem((citizenId, i, position) => ({
      citizenId,
      occupationUri: pick(occupations, i + position).uri,
      position,
    })),
    (batch) => db.insert(cvSoughtOccupations).values(batch),
  );
  await insertAll(
    perItem((citizenId, i, position) => ({
      citizenId,
      position,
      employer: `Ditta sintetica ${position}`,
      jobTitle: 'Mansione di prova',
      occupationUri: pick(occupations, i + position + 1).uri,
      comuneCode: pick(places, i + position).code,
      startsOn: `${2010 + position}-03-01`,
      endsOn: `${2011 + position}-02-01`,
      description: 'Esperienza generata per misure e test.',
    })),
    (batch) => db.insert(cvExperiences).values(batch),
  );
  await insertAll(
    perItem((citizenId, i, position) => ({
      citizenId,
      position,
      titleCode: pick(titles, i + position).code,
      institution: 'Istituto sintetico',
    })),
    (batch) => db.insert(cvEducation).values(batch),
  );
  await insertAll(
    perItem((citizenId, _i, position) => ({
      citizenId,
      languageCode: ['it', 'en', 'fr', 'de', 'es'][position % 5]!,
      motherTongue: position === 0,
      ...(position === 0
        ? {}
        : {
            listening: 'B1' as const,
            reading: 'B1' as const,
            spokenInteraction: 'A2' as const,
            spokenProduction: 'A2' as const,
            writing: 'A2' as const,
          }),
    })),
    (batch) => db.insert(cvLanguages).values(batch),
  );

  const skillUris = options.skillUris ?? [];
  await insertAll(
    citizenIds.flatMap((citizenId, i) =>
      skillUris.map((skillUri, position) => ({
        citizenId,
        skillUri,
        position,
        level: (['BASIC', 'INTERMEDIATE', 'ADVANCED'] as const)[(i + position) % 3]!,
      })),
    ),
    (batch) => db.insert(cvSkills).values(batch),
  );

  const expiresOn = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  await insertAll(
    vacancyIds.map((id, i) => ({
      id,
      networkId,
      companyId: options.companyId,
      title: `Offerta sintetica ${i}`,
      occupationUri: pick(occupations, i).uri,
      description: 'Offerta generata per misure e test, con un testo abbastanza lungo.',
      contractType: 'PERMANENT' as const,
      hours: 'FULL_TIME' as const,
      workplaceComuneCode: pick(places, i).code,
      collectiveAgreement: 'CCNL Commercio – Terziario',
      agreementLevel: '4° livello',
      status: 'PUBLISHED' as const,
      publishedAt: new Date(Date.now() - i * 1000),
      expiresOn,
      createdBy: options.createdBy,
    })),
    (batch) => db.insert(vacancies).values(batch),
  );
  await insertAll(
    vacancyIds.flatMap((vacancyId) => [
      { vacancyId, languageCode: 'it', minLevel: 'B2' as const },
      { vacancyId, languageCode: 'en', minLevel: 'A2' as const },
    ]),
    (batch) => db.insert(vacancyLanguages).values(batch),
  );
  await insertAll(
    vacancyIds.flatMap((vacancyId) =>
      skillUris.map((skillUri, position) => ({ vacancyId, skillUri, essential: position < 2 })),
    ),
    (batch) => db.insert(vacancySkills).values(batch),
  );
  const candidatures = vacancyIds.flatMap((vacancyId, v) =>
    citizenIds.slice(0, options.applicationsPerVacancy).map((citizenId, i) => {
      const proposed = i % 3 === 2;
      return {
        id: randomUUID(),
        networkId,
        vacancyId,
        companyId: options.companyId,
        citizenId,
        status: proposed ? ('PROPOSED' as const) : ('APPLIED' as const),
        proposedBy: proposed ? options.proposedBy : null,
        disclosedAt: proposed ? null : new Date(),
        coverLetter: proposed ? null : 'Lettera di presentazione sintetica.',
        updatedAt: sql`now() - make_interval(secs => ${v * 1000 + i})`,
      };
    }),
  );
  await insertAll(candidatures, (batch) => db.insert(applications).values(batch));
  await insertAll(
    candidatures.map((c) => ({
      applicationId: c.id,
      toStatus: c.status,
      actorUserId: c.proposedBy ?? c.citizenId,
    })),
    (batch) => db.insert(applicationEvents).values(batch),
  );
  return { vacancyIds, citizenIds };
}
