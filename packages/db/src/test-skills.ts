import type { Db } from './client.js';
import { escoSkills } from './schema/index.js';

export interface TestSkill {
  uri: string;
  label: string;
}

/**
 * The ESCO skill files are not in the repository yet, so the reference table of skills is empty.
 * Tests that need skills insert these clearly synthetic rows into their own test database only: the
 * API tests into theirs, the browser tests into the embedded database before the API opens it.
 */
export async function insertTestSkills(db: Db, count: number, prefix = 'skill'): Promise<TestSkill[]> {
  const skills = Array.from({ length: count }, (_, i) => ({
    uri: `urn:sportello:test:skill:${prefix}-${i + 1}`,
    label: `Competenza di prova ${prefix} ${i + 1}`,
  }));
  await db
    .insert(escoSkills)
    .values(
      skills.map((s) => ({
        uri: s.uri,
        labelIt: s.label,
        labelEn: `Test skill ${s.uri}`,
        skillType: 'skill/competence',
      })),
    )
    .onConflictDoNothing();
  return skills;
}
