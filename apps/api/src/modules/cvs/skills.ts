import { cvSkills, cvs, type Db, escoSkills, type Tx } from '@sportello/db';
import { and, eq, inArray, max, ne, sql } from 'drizzle-orm';
import { type UserError, userError } from '../../lib/errors.js';

export type SkillLevel = 'BASIC' | 'INTERMEDIATE' | 'ADVANCED';

/** Errors for a list of skill URIs (field `skills[i].skillUri` by default): unknown to ESCO, or repeated. */
export async function skillListErrors(
  db: Db,
  uris: readonly string[],
  fieldOf = (i: number) => `skills[${i}].skillUri`,
): Promise<UserError[]> {
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
    const field = fieldOf(i);
    if (!known.has(uri))
      return [userError(field, 'UNKNOWN_SKILL', 'Competenza non trovata: scegline una dalla lista.')];
    if (seen.has(uri)) return [userError(field, 'DUPLICATE', 'Competenza già indicata.')];
    seen.add(uri);
    return [];
  });
}

/**
 * Writes the citizen's declared skills, once the save has deleted those declared before. A skill
 * already attested (by a tirocinio or a modulo formativo) keeps its attested row: declaring it
 * again changes nothing.
 */
export async function insertDeclaredSkills(
  tx: Tx,
  citizenId: string,
  skills: { skillUri: string; level: SkillLevel }[],
): Promise<void> {
  if (skills.length === 0) return;
  await tx
    .insert(cvSkills)
    .values(skills.map((s, position) => ({ citizenId, skillUri: s.skillUri, level: s.level, position })))
    .onConflictDoNothing();
}

/** What attests a skill in a CV: a tirocinio's final evaluation or the completion of a modulo formativo. */
export type Attestation = { internshipId: string } | { trainingModuleId: string };

/**
 * Writes attested skills into the citizen's CV (created if missing), in the caller's transaction.
 * An attested skill replaces the same skill declared before, and one attested before at the same
 * level or lower: a short course never lowers what a tirocinio attested.
 */
export async function attestSkills(
  tx: Tx,
  citizen: { userId: string; networkId: string },
  by: Attestation,
  skills: readonly { skillUri: string; level: SkillLevel }[],
): Promise<void> {
  if (skills.length === 0) return;
  const source = 'internshipId' in by ? ('INTERNSHIP' as const) : ('TRAINING' as const);
  await tx
    .insert(cvs)
    .values({ citizenId: citizen.userId, networkId: citizen.networkId })
    .onConflictDoUpdate({ target: cvs.citizenId, set: { updatedAt: new Date() } });
  const [last] = await tx
    .select({ position: max(cvSkills.position) })
    .from(cvSkills)
    .where(and(eq(cvSkills.citizenId, citizen.userId), ne(cvSkills.source, 'DECLARED')));
  const first = (last?.position ?? -1) + 1;
  await tx
    .insert(cvSkills)
    .values(
      skills.map((s, i) => ({
        citizenId: citizen.userId,
        skillUri: s.skillUri,
        level: s.level,
        source,
        internshipId: 'internshipId' in by ? by.internshipId : null,
        trainingModuleId: 'trainingModuleId' in by ? by.trainingModuleId : null,
        position: first + i,
      })),
    )
    .onConflictDoUpdate({
      target: [cvSkills.citizenId, cvSkills.skillUri],
      set: {
        level: sql`excluded.level`,
        source: sql`excluded.source`,
        internshipId: sql`excluded.internship_id`,
        trainingModuleId: sql`excluded.training_module_id`,
        position: sql`excluded.position`,
      },
      setWhere: sql`${cvSkills.source} = 'DECLARED' or ${cvSkills.level} <= excluded.level`,
    });
}
