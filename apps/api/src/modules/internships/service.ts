import {
  type Db,
  escoSkills,
  internshipMonitoringEntries,
  internshipSkills,
  internshipStatusEvents,
  internships,
  MAX_INTERNSHIP_WEEKLY_HOURS,
  type Tx,
  users,
} from '@sportello/db';
import { todayInItaly } from '@sportello/domain';
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import { groupByKey } from '../../lib/group-by.js';
import { createOnce } from '../../lib/idempotency.js';
import type { Page } from '../../lib/pagination.js';
import { emailField, isUuid, optionalPhone, requiredText } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import type { CitizenService } from '../citizens/service.js';
import { isOnLaw68Lists } from '../citizens/special-categories.js';
import type { CompanyProfileService } from '../companies/profile.js';
import type { CompanyService } from '../companies/service.js';
import type { EscoSkill } from '../cvs/service.js';
import { attestSkills, type SkillLevel, skillListErrors } from '../cvs/skills.js';
import type { NetworkService } from '../network/service.js';
import { internshipChanged } from '../notifications/messages.js';
import type { Notify } from '../notifications/service.js';
import type { Placement, PlacementService } from '../placements/service.js';

export type Internship = typeof internships.$inferSelect;
export type InternshipStatus = Internship['status'];
export type InternshipEvent = typeof internshipStatusEvents.$inferSelect & { actorKind: string };
export type InternshipSkills = {
  targets: EscoSkill[];
  acquired: { skill: EscoSkill; level: SkillLevel }[];
};
export type MonitoringEntry = typeof internshipMonitoringEntries.$inferSelect & {
  authorKind: string;
  authorName: string;
};

export interface ProposeInternshipInput {
  companyId: string;
  companySiteId?: string | null;
  traineeId: string;
  promotingTutorId?: string | null;
  companyTutor: { name: string; role?: string | null; email?: string | null; phone?: string | null };
  type: Internship['type'];
  objectives: string;
  activities: string;
  targetSkillUris: readonly string[];
  startsOn: string;
  endsOn: string;
  hoursPerWeek: number;
  monthlyIndemnityCents: number;
}

export interface MonitoringEntryInput {
  periodStartsOn: string;
  periodEndsOn: string;
  hoursAttended: number;
  note: string;
}

export interface CompleteInternshipInput {
  outcome: NonNullable<Internship['evaluationOutcome']>;
  judgement: string;
  acquiredSkills: readonly { skillUri: string; level: SkillLevel }[];
  hire?: {
    contractType: Placement['contractType'];
    startsOn: string;
    durationMonths?: number | null;
  } | null;
}

/** The moves an operator makes, with the status each one starts from. */
const TRANSITIONS = {
  sign: { from: ['PROPOSED'], to: 'AGREEMENT_SIGNED' },
  start: { from: ['AGREEMENT_SIGNED'], to: 'ACTIVE' },
  suspend: { from: ['ACTIVE'], to: 'SUSPENDED' },
  resume: { from: ['SUSPENDED'], to: 'ACTIVE' },
  interrupt: { from: ['ACTIVE', 'SUSPENDED'], to: 'INTERRUPTED' },
  complete: { from: ['ACTIVE'], to: 'COMPLETED' },
} as const satisfies Record<string, { from: InternshipStatus[]; to: InternshipStatus }>;
type InternshipMove = keyof typeof TRANSITIONS;

const MONITORED: InternshipStatus[] = ['ACTIVE', 'SUSPENDED'];
const MAX_SKILLS = 30;
/** Longest tirocinio in months: inclusion tirocini may last longer than the others. */
const MAX_MONTHS: Record<Internship['type'], number> = { EXTRACURRICULAR: 12, INCLUSION: 24 };
const MAX_INDEMNITY_CENTS = 1_000_000;

const STATUS_LABEL: Record<InternshipStatus, string> = {
  PROPOSED: 'proposto',
  AGREEMENT_SIGNED: 'con convenzione firmata',
  ACTIVE: 'in corso',
  SUSPENDED: 'sospeso',
  INTERRUPTED: 'interrotto',
  COMPLETED: 'concluso',
};

function addMonths(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function integerIn(field: string, value: number, min: number, max: number, message: string): UserError[] {
  return Number.isInteger(value) && value >= min && value <= max
    ? []
    : [userError(field, 'OUT_OF_RANGE', message)];
}

const optionalText = (field: string, value: string | null | undefined, max: number) =>
  value?.trim() ? requiredText(field, value, 1, max) : [];

export function createInternshipService(
  db: Db,
  deps: {
    citizens: CitizenService;
    companies: CompanyService;
    companyProfiles: CompanyProfileService;
    network: NetworkService;
    placements: PlacementService;
    notify: Notify;
  },
) {
  async function byId(id: string): Promise<Internship | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await db.select().from(internships).where(eq(internships.id, id));
    return row;
  }

  /** Errors for skills that are not ESCO skills of the reference data, repeated, or too many. */
  async function skillErrors(field: string, uris: readonly string[], fieldOf: (i: number) => string) {
    if (uris.length > MAX_SKILLS)
      return [userError(field, 'TOO_MANY', `Al massimo ${MAX_SKILLS} competenze.`)];
    return skillListErrors(db, uris, fieldOf);
  }

  async function validateProposal(networkId: string, input: ProposeInternshipInput, tutorId: string) {
    const { companyTutor } = input;
    const errors: UserError[] = [
      ...requiredText('companyTutor.name', companyTutor.name, 2, 200),
      ...optionalText('companyTutor.role', companyTutor.role, 200),
      ...(companyTutor.email?.trim() ? emailField('companyTutor.email', companyTutor.email).errors : []),
      ...optionalPhone('companyTutor.phone', companyTutor.phone),
      ...requiredText('objectives', input.objectives, 10, 5000),
      ...requiredText('activities', input.activities, 10, 5000),
      ...integerIn(
        'hoursPerWeek',
        input.hoursPerWeek,
        1,
        MAX_INTERNSHIP_WEEKLY_HOURS,
        `Le ore settimanali vanno da 1 a ${MAX_INTERNSHIP_WEEKLY_HOURS}.`,
      ),
      ...integerIn(
        'monthlyIndemnityCents',
        input.monthlyIndemnityCents,
        0,
        MAX_INDEMNITY_CENTS,
        "L'indennità mensile va da 0 a 10.000 euro.",
      ),
    ];
    if (input.endsOn <= input.startsOn) {
      errors.push(userError('endsOn', 'BEFORE_START', 'La fine deve seguire l’inizio.'));
    } else if (input.endsOn > addMonths(input.startsOn, MAX_MONTHS[input.type])) {
      errors.push(
        userError(
          'endsOn',
          'TOO_LONG',
          `Un tirocinio di questo tipo dura al massimo ${MAX_MONTHS[input.type]} mesi.`,
        ),
      );
    }
    const [company, citizen, [tutor]] = await Promise.all([
      isUuid(input.companyId) ? deps.companies.byId(input.companyId) : undefined,
      deps.citizens.byId(networkId, input.traineeId),
      deps.network.operatorsByIds([tutorId]),
    ]);
    if (!company || company.networkId !== networkId) {
      errors.push(userError('companyId', 'NOT_FOUND', 'Azienda non trovata nella rete.'));
    } else if (company.status !== 'VERIFIED') {
      errors.push(
        userError(
          'companyId',
          'COMPANY_NOT_VERIFIED',
          "L'azienda non è ancora stata verificata dallo sportello.",
        ),
      );
    } else if (input.companySiteId) {
      const sites = (await deps.companyProfiles.sitesOf([company.id])).get(company.id) ?? [];
      if (!sites.some((site) => site.id === input.companySiteId))
        errors.push(userError('companySiteId', 'NOT_FOUND', "Sede non trovata tra quelle dell'azienda."));
    }
    if (!citizen) errors.push(userError('traineeId', 'NOT_FOUND', 'Persona non trovata nella rete.'));
    if (!tutor || tutor.user.networkId !== networkId) {
      errors.push(userError('promotingTutorId', 'NOT_FOUND', 'Operatore non trovato nella rete.'));
    }
    errors.push(
      ...(await skillErrors('targetSkillUris', input.targetSkillUris, (i) => `targetSkillUris[${i}]`)),
    );
    return { errors, tutor };
  }

  async function addEvent(
    tx: Tx,
    internshipId: string,
    from: InternshipStatus | null,
    to: InternshipStatus,
    actorUserId: string,
    reason?: string | null,
  ) {
    await tx
      .insert(internshipStatusEvents)
      .values({ internshipId, fromStatus: from, toStatus: to, actorUserId, reason: reason?.trim() || null });
  }

  /** A status change that applies only from the status read: of concurrent changes one wins. */
  async function transition(
    tx: Tx,
    internship: Internship,
    move: InternshipMove,
    actorUserId: string,
    reason: string | null,
    extra: Partial<Internship> = {},
  ): Promise<Internship> {
    const { from, to } = TRANSITIONS[move];
    if (!(from as readonly InternshipStatus[]).includes(internship.status)) {
      throw new UserErrors([
        userError('id', 'INVALID_TRANSITION', `Il tirocinio è ${STATUS_LABEL[internship.status]}.`),
      ]);
    }
    const [updated] = await tx
      .update(internships)
      .set({ status: to, updatedAt: new Date(), ...extra })
      .where(and(eq(internships.id, internship.id), eq(internships.status, internship.status)))
      .returning();
    if (!updated)
      throw new UserErrors([
        userError('id', 'STALE', 'Il tirocinio è stato appena modificato: ricarica la pagina.'),
      ]);
    await addEvent(tx, internship.id, internship.status, to, actorUserId, reason);
    await recordAudit(tx, {
      networkId: internship.networkId,
      actorUserId,
      action: `internship.${move}`,
      subjectType: 'internship',
      subjectId: internship.id,
      reason,
    });
    await deps.notify(tx, await internshipChanged(tx, updated));
    return updated;
  }

  async function list(where: SQL | undefined, page: Page) {
    const [rows, [total]] = await Promise.all([
      db
        .select()
        .from(internships)
        .where(where)
        .orderBy(desc(internships.startsOn), desc(internships.id))
        .limit(page.limit + 1)
        .offset(page.offset),
      db.select({ n: count() }).from(internships).where(where),
    ]);
    return { rows, total: total?.n ?? 0 };
  }

  return {
    byId,

    async byIds(ids: readonly string[]): Promise<Internship[]> {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return [];
      return db.select().from(internships).where(inArray(internships.id, valid));
    },

    listForNetwork: (networkId: string, status: InternshipStatus | null | undefined, page: Page) =>
      list(
        and(eq(internships.networkId, networkId), status ? eq(internships.status, status) : undefined),
        page,
      ),
    listForCompany: (companyId: string, page: Page) => list(eq(internships.companyId, companyId), page),
    listForCitizen: (citizenId: string, page: Page) => list(eq(internships.citizenId, citizenId), page),

    /** The history of each internship, oldest first, with the kind of user who acted. */
    async histories(internshipIds: readonly string[]): Promise<Map<string, InternshipEvent[]>> {
      const rows = internshipIds.length
        ? await db
            .select({ event: internshipStatusEvents, actorKind: users.kind })
            .from(internshipStatusEvents)
            .innerJoin(users, eq(users.id, internshipStatusEvents.actorUserId))
            .where(inArray(internshipStatusEvents.internshipId, [...internshipIds]))
            .orderBy(asc(internshipStatusEvents.at), asc(internshipStatusEvents.id))
        : [];
      return groupByKey(
        internshipIds,
        rows.map(({ event, actorKind }) => ({ ...event, actorKind })),
        (event) => event.internshipId,
      );
    },

    /** The target and acquired skills of each internship, in label order. */
    async skillsOf(internshipIds: readonly string[]): Promise<Map<string, InternshipSkills>> {
      const rows = internshipIds.length
        ? await db
            .select({ link: internshipSkills, skill: escoSkills })
            .from(internshipSkills)
            .innerJoin(escoSkills, eq(escoSkills.uri, internshipSkills.skillUri))
            .where(inArray(internshipSkills.internshipId, [...internshipIds]))
            .orderBy(asc(sql`coalesce(${escoSkills.labelIt}, ${escoSkills.labelEn})`))
        : [];
      const skills = new Map<string, InternshipSkills>(
        internshipIds.map((id) => [id, { targets: [], acquired: [] }]),
      );
      for (const { link, skill } of rows) {
        const entry = skills.get(link.internshipId);
        if (link.kind === 'TARGET') entry?.targets.push(skill);
        else if (link.level) entry?.acquired.push({ skill, level: link.level });
      }
      return skills;
    },

    async monitoringOf(internshipIds: readonly string[]): Promise<Map<string, MonitoringEntry[]>> {
      const rows = internshipIds.length
        ? await db
            .select({
              entry: internshipMonitoringEntries,
              authorKind: users.kind,
              givenName: users.givenName,
              familyName: users.familyName,
            })
            .from(internshipMonitoringEntries)
            .innerJoin(users, eq(users.id, internshipMonitoringEntries.authorUserId))
            .where(inArray(internshipMonitoringEntries.internshipId, [...internshipIds]))
            .orderBy(
              asc(internshipMonitoringEntries.periodStartsOn),
              asc(internshipMonitoringEntries.createdAt),
            )
        : [];
      return groupByKey(
        internshipIds,
        rows.map(({ entry, authorKind, givenName, familyName }) => ({
          ...entry,
          authorKind,
          authorName: `${givenName} ${familyName}`,
        })),
        (entry) => entry.internshipId,
      );
    },

    async propose(
      networkId: string,
      operatorId: string,
      input: ProposeInternshipInput,
      idempotencyKey: string | null | undefined,
    ): Promise<Internship> {
      const tutorId = input.promotingTutorId ?? operatorId;
      const { errors, tutor } = await validateProposal(networkId, input, tutorId);
      if (errors.length) throw new UserErrors(errors);
      const { id } = await createOnce(
        db,
        { actorId: operatorId, key: idempotencyKey, operation: 'proposeInternship', request: input },
        async (tx) => {
          if (input.type === 'INCLUSION') {
            const eligible = await isOnLaw68Lists(
              tx,
              { citizen: { userId: input.traineeId, networkId }, actorUserId: operatorId },
              `Tirocinio di inclusione presso l'azienda ${input.companyId}`,
            );
            if (!eligible)
              throw new UserErrors([
                userError(
                  'traineeId',
                  'NOT_ON_LAW_68_LISTS',
                  'Il tirocinio di inclusione è riservato alle persone iscritte al collocamento mirato (legge 68/1999).',
                ),
              ]);
          }
          const { companyTutor } = input;
          const [row] = await tx
            .insert(internships)
            .values({
              networkId,
              companyId: input.companyId,
              companySiteId: input.companySiteId || null,
              citizenId: input.traineeId,
              sportelloId: tutor!.sportelloId,
              promotingTutorId: tutorId,
              companyTutorName: companyTutor.name.trim(),
              companyTutorRole: companyTutor.role?.trim() || null,
              companyTutorEmail: companyTutor.email?.trim()
                ? emailField('companyTutor.email', companyTutor.email).email
                : null,
              companyTutorPhone: companyTutor.phone?.trim() || null,
              type: input.type,
              objectives: input.objectives.trim(),
              activities: input.activities.trim(),
              startsOn: input.startsOn,
              endsOn: input.endsOn,
              hoursPerWeek: input.hoursPerWeek,
              monthlyIndemnityCents: input.monthlyIndemnityCents,
              createdBy: operatorId,
            })
            .returning({ id: internships.id });
          const internshipId = row!.id;
          if (input.targetSkillUris.length) {
            await tx.insert(internshipSkills).values(
              input.targetSkillUris.map((skillUri) => ({
                internshipId,
                skillUri,
                kind: 'TARGET' as const,
              })),
            );
          }
          await addEvent(tx, internshipId, null, 'PROPOSED', operatorId);
          await recordAudit(tx, {
            networkId,
            actorUserId: operatorId,
            action: 'internship.propose',
            subjectType: 'internship',
            subjectId: internshipId,
          });
          const [proposed] = await tx.select().from(internships).where(eq(internships.id, internshipId));
          await deps.notify(tx, await internshipChanged(tx, proposed!));
          return internshipId;
        },
      );
      return (await byId(id))!;
    },

    move(internship: Internship, move: 'sign' | 'start' | 'resume', operatorId: string) {
      return db.transaction((tx) =>
        transition(
          tx,
          internship,
          move,
          operatorId,
          null,
          move === 'sign'
            ? { agreementSignedAt: new Date() }
            : move === 'resume'
              ? { statusReason: null }
              : {},
        ),
      );
    },

    /** Suspending and interrupting need the reason, which the trainee and the company see. */
    stop(internship: Internship, move: 'suspend' | 'interrupt', operatorId: string, reason: string) {
      const errors = requiredText('reason', reason, 5, 1000);
      if (errors.length) throw new UserErrors(errors);
      return db.transaction((tx) =>
        transition(tx, internship, move, operatorId, reason.trim(), { statusReason: reason.trim() }),
      );
    },

    async addMonitoringEntry(
      internship: Internship,
      authorUserId: string,
      input: MonitoringEntryInput,
    ): Promise<Internship> {
      const errors = requiredText('note', input.note, 5, 4000);
      const { periodStartsOn: from, periodEndsOn: to } = input;
      if (to < from) {
        errors.push(userError('periodEndsOn', 'BEFORE_START', 'La fine del periodo deve seguirne l’inizio.'));
      } else if (from < internship.startsOn || to > internship.endsOn) {
        errors.push(
          userError(
            'periodStartsOn',
            'OUTSIDE_INTERNSHIP',
            'Il periodo deve cadere entro le date del tirocinio.',
          ),
        );
      } else if (to > todayInItaly()) {
        errors.push(userError('periodEndsOn', 'IN_THE_FUTURE', 'Si registra un periodo già trascorso.'));
      } else {
        // At most the agreed weekly hours for each week of the period (a partial week counts whole).
        const maxHours = Math.ceil((daysBetween(from, to) + 1) / 7) * internship.hoursPerWeek;
        errors.push(
          ...integerIn(
            'hoursAttended',
            input.hoursAttended,
            0,
            maxHours,
            `Nel periodo le ore di presenza vanno da 0 a ${maxHours}.`,
          ),
        );
      }
      if (!MONITORED.includes(internship.status)) {
        errors.push(
          userError(
            'id',
            'NOT_IN_PROGRESS',
            `Il tirocinio è ${STATUS_LABEL[internship.status]}: non si monitora.`,
          ),
        );
      }
      if (errors.length) throw new UserErrors(errors);
      return db.transaction(async (tx) => {
        // Locks the internship so an entry never lands on one that a concurrent call just closed.
        const [current] = await tx
          .select({ status: internships.status })
          .from(internships)
          .where(eq(internships.id, internship.id))
          .for('update');
        if (!current || !MONITORED.includes(current.status))
          throw new UserErrors([
            userError('id', 'STALE', 'Il tirocinio è stato appena modificato: ricarica la pagina.'),
          ]);
        const [entry] = await tx
          .insert(internshipMonitoringEntries)
          .values({
            internshipId: internship.id,
            periodStartsOn: from,
            periodEndsOn: to,
            hoursAttended: input.hoursAttended,
            note: input.note.trim(),
            authorUserId,
          })
          .returning({ id: internshipMonitoringEntries.id });
        await recordAudit(tx, {
          networkId: internship.networkId,
          actorUserId: authorUserId,
          action: 'internship.monitor',
          subjectType: 'internship',
          subjectId: internship.id,
          details: { entryId: entry!.id },
        });
        return internship;
      });
    },

    /**
     * The final evaluation closes the tirocinio; in the same transaction the acquired skills enter
     * the trainee's CV and a hire becomes a placement.
     */
    /**
     * The final evaluation. A hire becomes a placement; without one, `withoutHire` runs in the same
     * transaction (the outcome ledger's entry).
     */
    async complete(
      internship: Internship,
      operatorId: string,
      input: CompleteInternshipInput,
      withoutHire: (tx: Tx, completed: Internship) => Promise<void>,
    ) {
      const errors = [
        ...requiredText('judgement', input.judgement, 10, 5000),
        ...(await skillErrors(
          'acquiredSkills',
          input.acquiredSkills.map((s) => s.skillUri),
          (i) => `acquiredSkills[${i}].skillUri`,
        )),
      ];
      if (input.hire && input.hire.startsOn < internship.startsOn) {
        errors.push(
          userError(
            'hire.startsOn',
            'BEFORE_INTERNSHIP',
            "L'assunzione non può precedere l'inizio del tirocinio.",
          ),
        );
      }
      if (errors.length) throw new UserErrors(errors);
      return db.transaction(async (tx) => {
        const completed = await transition(tx, internship, 'complete', operatorId, null, {
          evaluationOutcome: input.outcome,
          evaluationJudgement: input.judgement.trim(),
          evaluatedBy: operatorId,
          evaluatedAt: new Date(),
        });
        if (input.acquiredSkills.length) {
          await tx.insert(internshipSkills).values(
            input.acquiredSkills.map(({ skillUri, level }) => ({
              internshipId: internship.id,
              skillUri,
              kind: 'ACQUIRED' as const,
              level,
            })),
          );
          await attestSkills(
            tx,
            { userId: internship.citizenId, networkId: internship.networkId },
            { internshipId: internship.id },
            input.acquiredSkills,
          );
        }
        if (input.hire) await deps.placements.fromInternship(tx, completed, input.hire, operatorId);
        else await withoutHire(tx, completed);
        return completed;
      });
    },
  };
}

export type InternshipService = ReturnType<typeof createInternshipService>;
