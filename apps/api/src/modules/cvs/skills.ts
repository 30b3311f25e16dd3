import { cvSkills, type Db, escoSkills, type Tx } from '@sportello/db';
import { and, eq, inArray } from 'drizzle-orm';
import { type UserError, userError } from '../../lib/errors.js';

export type SkillLevel = 'BASIC' | 'INTERMEDIATE' | 'ADVANCED';

/** Errors for a list of skill URIs (field `skills[i].skillUri`): unknown to ESCO, or repeated. */
export async function skillListErrors(db: Db, uris: string[]): Promise<UserError[]> {
  const unique = [...new Set(uris)];
  const known = new Set(
    unique.length
      ? (
          await db.select({ uri: escoSkills.uri }).from(escoSkills).where(inArray(escoSkills.uri, unique))
        ).map((r) => r.uri)
      : [],
  );
  const seen = new Set<string>();
  return uris.flatMap((uri, i) => {
    const field = `skills[${i}].skillUri`;
    if (!known.has(uri))
      return [userError(field, 'UNKNOWN_SKILL', 'Competenza non trovata: scegline una dalla lista.')];
    if (seen.has(uri)) return [userError(field, 'DUPLICATE', 'Competenza già indicata.')];
    seen.add(uri);
    return [];
  });
}

/**
 * Replaces the citizen's declared skills. A skill already attested by a tirocinio keeps its attested
 * row: declaring it again changes nothing.
 */
export async function replaceDeclaredSkills(
  tx: Tx,
  citizenId: string,
  skills: { skillUri: string; level: SkillLevel }[],
): Promise<void> {
  await tx.delete(cvSkills).where(and(eq(cvSkills.citizenId, citizenId), eq(cvSkills.source, 'DECLARED')));
  if (skills.length === 0) return;
  await tx
    .insert(cvSkills)
    .values(skills.map((s, position) => ({ citizenId, skillUri: s.skillUri, level: s.level, position })))
    .onConflictDoNothing();
}
