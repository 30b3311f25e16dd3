import { builtOncePerSession, coverLetters, type Db, type Tx, users } from '@sportello/db';
import { todayInItaly } from '@sportello/domain';
import { and, count, desc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import { groupByKey } from '../../lib/group-by.js';
import { createOnce } from '../../lib/idempotency.js';
import { isUuid, requiredText } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import type { CitizenRecord } from '../citizens/service.js';
import type { CvService } from '../cvs/service.js';
import type { NetworkService } from '../network/service.js';
import { isPubliclyVisible } from '../vacancies/policy.js';
import type { VacancyService } from '../vacancies/service.js';
import { letterContext } from './context.js';
import { renderTemplate, templateByKey } from './templates.js';

export const COVER_LETTER_LIMITS = { title: 120, bodyMin: 50, body: 5000, perCitizen: 50 };

const letterColumns = {
  ...getTableColumns(coverLetters),
  editorGivenName: users.givenName,
  editorFamilyName: users.familyName,
};

const lettersWhere = (db: Db, where: SQL) =>
  db
    .select(letterColumns)
    .from(coverLetters)
    .innerJoin(users, eq(users.id, coverLetters.lastEditedBy))
    .where(where)
    .orderBy(desc(coverLetters.updatedAt), desc(coverLetters.id));
// The apply page reads the citizen's letters on every visit.
const lettersOfCitizen = builtOncePerSession((db) =>
  lettersWhere(db, eq(coverLetters.citizenId, sql.placeholder('citizenId'))).prepare('letters_of_citizen'),
);

export type CoverLetter = typeof coverLetters.$inferSelect & {
  editorGivenName: string;
  editorFamilyName: string;
};

const VACANCY_NOT_FOUND = userError(
  'vacancyId',
  'VACANCY_NOT_FOUND',
  'Offerta non trovata o non più aperta.',
);
const STALE = userError(
  'revision',
  'STALE',
  'Nel frattempo la lettera è stata modificata: ricarica la pagina per vedere l’ultima versione.',
);

export interface DraftInput {
  templateKey: string;
  vacancyId?: string | null;
}

export function createCoverLetterService(deps: {
  db: Db;
  cvs: CvService;
  vacancies: VacancyService;
  network: NetworkService;
}) {
  const { db } = deps;

  async function byId(id: string): Promise<CoverLetter | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await lettersWhere(db, eq(coverLetters.id, id));
    return row;
  }

  /** Staff acting on a citizen's letter leave a trace; the citizen's own edits do not need one. */
  async function auditOnBehalf(
    tx: Tx,
    letter: { id: string; networkId: string; citizenId: string },
    editorId: string,
    action: string,
  ) {
    if (editorId === letter.citizenId) return;
    await recordAudit(tx, {
      networkId: letter.networkId,
      actorUserId: editorId,
      action,
      subjectType: 'cover_letter',
      subjectId: letter.id,
      details: { citizenId: letter.citizenId },
    });
  }

  async function vacancyFor(citizen: CitizenRecord, vacancyId: string) {
    const vacancy = await deps.vacancies.byId(vacancyId);
    if (!vacancy || vacancy.networkId !== citizen.networkId || !isPubliclyVisible(vacancy, todayInItaly()))
      return null;
    const [names, comuni] = await Promise.all([
      deps.vacancies.companyNames([vacancy.companyId]),
      deps.network.comuniByCodes(vacancy.workplaceComuneCode ? [vacancy.workplaceComuneCode] : []),
    ]);
    return {
      record: vacancy,
      companyName: names.get(vacancy.companyId) ?? '',
      comune: comuni[0]?.name ?? null,
    };
  }

  return {
    byId,

    async ofCitizens(citizenIds: readonly string[]): Promise<Map<string, CoverLetter[]>> {
      if (citizenIds.length === 0) return new Map();
      const rows =
        citizenIds.length === 1
          ? await lettersOfCitizen(db).execute({ citizenId: citizenIds[0] })
          : await lettersWhere(db, inArray(coverLetters.citizenId, [...citizenIds]));
      return groupByKey(citizenIds, rows, (row) => row.citizenId);
    },

    /** A new letter from a template, filled in with the citizen's profile, CV and the vacancy. */
    async draft(
      citizen: CitizenRecord,
      editorId: string,
      input: DraftInput,
      idempotencyKey: string | null | undefined,
    ): Promise<CoverLetter> {
      const errors: UserError[] = [];
      const template = templateByKey(input.templateKey);
      if (!template)
        errors.push(userError('templateKey', 'UNKNOWN_TEMPLATE', 'Modello di lettera non trovato.'));
      const vacancy = input.vacancyId ? await vacancyFor(citizen, input.vacancyId) : null;
      if (input.vacancyId && !vacancy) errors.push(VACANCY_NOT_FOUND);
      if (template?.requiresVacancy && !input.vacancyId)
        errors.push(userError('vacancyId', 'REQUIRED', 'Scegli l’offerta a cui rispondere.'));
      const [existing] = await db
        .select({ n: count() })
        .from(coverLetters)
        .where(eq(coverLetters.citizenId, citizen.userId));
      if ((existing?.n ?? 0) >= COVER_LETTER_LIMITS.perCitizen) {
        errors.push(
          userError(
            null,
            'TOO_MANY',
            `Si possono tenere al massimo ${COVER_LETTER_LIMITS.perCitizen} lettere: eliminane una che non serve più.`,
          ),
        );
      }
      if (errors.length || !template) throw new UserErrors(errors);

      const [cvs, residence] = await Promise.all([
        deps.cvs.byCitizens([citizen.userId]),
        deps.network.comuniByCodes([citizen.residenceComuneCode]),
      ]);
      const context = letterContext(citizen, cvs.get(citizen.userId), residence[0]?.name ?? null, vacancy);
      const { title, body } = renderTemplate(template.key, context);
      const { id } = await createOnce(
        db,
        {
          actorId: editorId,
          key: idempotencyKey,
          operation: 'draftCoverLetter',
          request: { citizenId: citizen.userId, ...input },
        },
        async (tx) => {
          const [row] = await tx
            .insert(coverLetters)
            .values({
              networkId: citizen.networkId,
              citizenId: citizen.userId,
              vacancyId: vacancy?.record.id ?? null,
              templateKey: template.key,
              title: title.slice(0, COVER_LETTER_LIMITS.title),
              body: body.slice(0, COVER_LETTER_LIMITS.body),
              lastEditedBy: editorId,
            })
            .returning();
          await auditOnBehalf(tx, row!, editorId, 'cover_letter.drafted');
          return row!.id;
        },
      );
      return (await byId(id))!;
    },

    /** Saves an edit made on the latest revision; an edit on an older one changes nothing. */
    async update(
      letter: CoverLetter,
      editorId: string,
      input: { title: string; body: string; revision: number },
    ): Promise<CoverLetter> {
      const errors = [
        ...requiredText('title', input.title, 1, COVER_LETTER_LIMITS.title),
        ...requiredText('body', input.body, COVER_LETTER_LIMITS.bodyMin, COVER_LETTER_LIMITS.body),
      ];
      if (errors.length) throw new UserErrors(errors);
      await db.transaction(async (tx) => {
        const [row] = await tx
          .update(coverLetters)
          .set({
            title: input.title.trim(),
            body: input.body.trim(),
            revision: sql`${coverLetters.revision} + 1`,
            lastEditedBy: editorId,
            updatedAt: sql`now()`,
          })
          .where(and(eq(coverLetters.id, letter.id), eq(coverLetters.revision, input.revision)))
          .returning();
        if (!row) throw new UserErrors([STALE]);
        await auditOnBehalf(tx, row, editorId, 'cover_letter.updated');
      });
      return (await byId(letter.id))!;
    },

    async remove(letter: CoverLetter, editorId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const [row] = await tx.delete(coverLetters).where(eq(coverLetters.id, letter.id)).returning();
        if (row) await auditOnBehalf(tx, row, editorId, 'cover_letter.deleted');
      });
    },
  };
}

export type CoverLetterService = ReturnType<typeof createCoverLetterService>;
