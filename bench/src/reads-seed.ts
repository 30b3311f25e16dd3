import { seedDemo } from '@sportello/api/dist/demo-seed.js';
import { companyMembers, escoSkills, users } from '@sportello/db';
import { seedSynthetic, type TestDatabase } from '@sportello/db/testing';
import { asc, eq } from 'drizzle-orm';

export interface ReadSizes {
  citizens: number;
  vacancies: number;
  applicationsPerVacancy: number;
  /** Real ESCO skills put in every CV and vacancy. */
  skills?: number;
}

/** The demo network, then generated candidates, vacancies and candidatures in it. */
export async function seedReads(database: TestDatabase, sizes: ReadSizes) {
  await seedDemo(database.db);
  const [member] = await database.db
    .select({ userId: users.id, networkId: users.networkId, companyId: companyMembers.companyId })
    .from(users)
    .innerJoin(companyMembers, eq(companyMembers.userId, users.id))
    .where(eq(users.email, 'hr@officinemeccanichelegnano.demo'));
  const [operator] = await database.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'operatore.legnano@demo.sportellolavoro.it'));
  const skillUris = sizes.skills
    ? (
        await database.db
          .select({ uri: escoSkills.uri })
          .from(escoSkills)
          .orderBy(asc(escoSkills.uri))
          .limit(sizes.skills)
      ).map((row) => row.uri)
    : [];
  const data = await seedSynthetic(database.db, {
    networkId: member!.networkId!,
    companyId: member!.companyId,
    createdBy: member!.userId,
    proposedBy: operator!.id,
    citizens: sizes.citizens,
    vacancies: sizes.vacancies,
    applicationsPerVacancy: sizes.applicationsPerVacancy,
    skillUris,
  });
  return { ...data, networkId: member!.networkId! };
}
