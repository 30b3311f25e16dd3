import {
  companies,
  companyContactCorrections,
  companyContacts,
  companyFollowUps,
  companyNeedInternships,
  companyNeedSkills,
  companyNeeds,
  companyNeedVacancies,
  type Db,
  escoOccupations,
  type Tx,
  users,
} from '@sportello/db';
import { todayInItaly } from '@sportello/domain';
import { and, asc, count, desc, eq, inArray, isNull, lt, lte, max, sql } from 'drizzle-orm';
import { addDays } from '../../lib/days.js';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import { createOnce } from '../../lib/idempotency.js';
import { integerIn, isUuid, optionalText, requiredText, violatedConstraint } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import type { Company } from '../companies/service.js';
import { skillListErrors } from '../cvs/skills.js';
import type { InternshipService } from '../internships/service.js';
import { vacancyDraftPrepared } from '../notifications/messages.js';
import type { Notify } from '../notifications/service.js';
import {
  MAX_EXPIRY_DAYS,
  type Vacancy,
  type VacancyInput,
  type VacancyService,
} from '../vacancies/service.js';

type ContactRow = typeof companyContacts.$inferSelect;
export type CompanyContact = ContactRow & { recordedByName: string };
export type CompanyNeed = typeof companyNeeds.$inferSelect & { recordedOn: string };
export type CompanyFollowUp = typeof companyFollowUps.$inferSelect;
export type CompanyNeedStatus = CompanyNeed['status'];
export interface CompanyServiceFile {
  company: Company;
}
export interface CompanyServiceSummary {
  company: Company;
  lastContactOn: string | null;
  openNeeds: number;
  followUpsDue: number;
  followUpsOverdue: number;
}
export interface ReceivedCompanyServices {
  services: { id: string; contactedOn: string; channel: ContactRow['channel']; summary: string }[];
  openNeeds: CompanyNeed[];
}

export interface CompanyNeedInput {
  occupationUri: string;
  headcount: number;
  neededBy: string;
  skillUris: readonly string[];
}

export interface CompanyContactInput {
  contactedOn: string;
  channel: ContactRow['channel'];
  summary: string;
  sharedWithCompany: boolean;
  outcome?: string | null | undefined;
  internalNotes?: string | null | undefined;
  law68Quota?: number | null | undefined;
  law68Uncovered?: number | null | undefined;
  needs: readonly CompanyNeedInput[];
}

/** What a correction may change of a contact: its own fields, not its needs or the quota. */
export type CompanyContactCorrectionInput = Pick<
  CompanyContactInput,
  'contactedOn' | 'channel' | 'summary' | 'sharedWithCompany' | 'outcome' | 'internalNotes'
> & { reason?: string | null | undefined };

/** The fields a correction may change, by their GraphQL name, and the column each one is. */
export const CORRECTABLE = {
  CONTACTED_ON: 'contactedOn',
  CHANNEL: 'channel',
  SUMMARY: 'summary',
  SHARED_WITH_COMPANY: 'sharedWithCompany',
  OUTCOME: 'outcome',
  INTERNAL_NOTES: 'internalNotes',
} as const;
export type CorrectableField = keyof typeof CORRECTABLE;
type CorrectableColumn = (typeof CORRECTABLE)[CorrectableField];

export type CompanyContactCorrection = typeof companyContactCorrections.$inferSelect & {
  correctedByName: string;
};

export interface CompanyFollowUpInput {
  dueOn: string;
  action: string;
}

const MAX_NEEDS = 20;
const MAX_SKILLS = 30;
/** A generous ceiling: the largest employers' quota of reserved posts stays well below it. */
const MAX_LAW68_QUOTA = 10_000;
/** A draft from a need stays on view at least this long once published, and at most the vacancies' limit. */
const DRAFT_MIN_DAYS = 14;

const longDate = new Intl.DateTimeFormat('it-IT', { dateStyle: 'long', timeZone: 'UTC' });
const italianDate = (iso: string) => longDate.format(new Date(`${iso}T00:00:00Z`));

const needColumns = { need: companyNeeds, recordedOn: companyContacts.contactedOn };
const asNeed = (r: { need: typeof companyNeeds.$inferSelect; recordedOn: string }): CompanyNeed => ({
  ...r.need,
  recordedOn: r.recordedOn,
});

const fail = (field: string, code: string, message: string) =>
  new UserErrors([userError(field, code, message)]);

const trimmedOrNull = (value: string | null | undefined) => value?.trim() || null;

export function createCompanyServicesService(
  db: Db,
  deps: { vacancies: VacancyService; internships: InternshipService; notify: Notify },
) {
  const one = async <T>(rows: Promise<T[]>) => (await rows)[0];

  const contactQuery = () =>
    db
      .select({ contact: companyContacts, givenName: users.givenName, familyName: users.familyName })
      .from(companyContacts)
      .innerJoin(users, eq(users.id, companyContacts.operatorId));
  const asContact = (r: { contact: ContactRow; givenName: string; familyName: string }): CompanyContact => ({
    ...r.contact,
    recordedByName: `${r.givenName} ${r.familyName}`,
  });
  const needQuery = () =>
    db
      .select(needColumns)
      .from(companyNeeds)
      .innerJoin(companyContacts, eq(companyContacts.id, companyNeeds.contactId));

  /**
   * The subject is the record changed, not the company: the company's own access log (in its data
   * export) never lists the sportello's internal records.
   */
  async function audit(
    tx: Db | Tx,
    networkId: string,
    actorUserId: string,
    action: string,
    subject: { type: string; id: string },
  ) {
    await recordAudit(tx, {
      networkId,
      actorUserId,
      action: `company_services.${action}`,
      subjectType: subject.type,
      subjectId: subject.id,
    });
  }

  async function needErrors(needs: readonly CompanyNeedInput[], contactedOn: string) {
    if (needs.length > MAX_NEEDS)
      return [userError('input.needs', 'TOO_MANY', `Al massimo ${MAX_NEEDS} fabbisogni per contatto.`)];
    const uris = [...new Set(needs.map((n) => n.occupationUri))];
    const known = new Set(
      uris.length
        ? (
            await db
              .select({ uri: escoOccupations.uri })
              .from(escoOccupations)
              .where(inArray(escoOccupations.uri, uris))
          ).map((r) => r.uri)
        : [],
    );
    const errors: UserError[] = [];
    for (const [i, need] of needs.entries()) {
      const at = `input.needs[${i}]`;
      if (!known.has(need.occupationUri))
        errors.push(
          userError(
            `${at}.occupationUri`,
            'UNKNOWN_OCCUPATION',
            'Professione non trovata: sceglila dalla lista.',
          ),
        );
      errors.push(
        ...integerIn(`${at}.headcount`, need.headcount, 1, 500, 'Indica quante persone servono, da 1 a 500.'),
      );
      if (need.neededBy < contactedOn)
        errors.push(
          userError(
            `${at}.neededBy`,
            'BEFORE_CONTACT',
            'La data entro cui servono le persone non può precedere il contatto.',
          ),
        );
      if (need.skillUris.length > MAX_SKILLS)
        errors.push(userError(`${at}.skillUris`, 'TOO_MANY', `Al massimo ${MAX_SKILLS} competenze.`));
      else errors.push(...(await skillListErrors(db, need.skillUris, (j) => `${at}.skillUris[${j}]`)));
    }
    return errors;
  }

  function quotaErrors(quota: number | null | undefined, uncovered: number | null | undefined): UserError[] {
    if (quota == null && uncovered == null) return [];
    if (quota == null)
      return [
        userError('input.law68Quota', 'REQUIRED', 'Indica anche i posti d’obbligo della quota di riserva.'),
      ];
    if (uncovered == null)
      return [
        userError('input.law68Uncovered', 'REQUIRED', 'Indica anche quanti posti sono scoperti (anche 0).'),
      ];
    const errors = integerIn(
      'input.law68Quota',
      quota,
      0,
      MAX_LAW68_QUOTA,
      'I posti d’obbligo sono un numero intero da 0 in su.',
    );
    if (!errors.length)
      errors.push(
        ...integerIn(
          'input.law68Uncovered',
          uncovered,
          0,
          quota,
          'I posti scoperti vanno da 0 al numero dei posti d’obbligo.',
        ),
      );
    return errors;
  }

  return {
    contactById: (id: string) =>
      one(contactQuery().where(eq(companyContacts.id, id))).then((r) => r && asContact(r)),
    needById: (id: string) => one(needQuery().where(eq(companyNeeds.id, id))).then((r) => r && asNeed(r)),
    followUpById: (id: string) => one(db.select().from(companyFollowUps).where(eq(companyFollowUps.id, id))),

    async contactsOf(companyId: string): Promise<CompanyContact[]> {
      const rows = await contactQuery()
        .where(eq(companyContacts.companyId, companyId))
        .orderBy(desc(companyContacts.contactedOn), desc(companyContacts.createdAt));
      return rows.map(asContact);
    },

    async sharedContactsOf(companyId: string): Promise<CompanyContact[]> {
      const rows = await contactQuery()
        .where(and(eq(companyContacts.companyId, companyId), eq(companyContacts.sharedWithCompany, true)))
        .orderBy(desc(companyContacts.contactedOn), desc(companyContacts.createdAt));
      return rows.map(asContact);
    },

    async needsOf(companyId: string): Promise<CompanyNeed[]> {
      const rows = await needQuery()
        .where(eq(companyNeeds.companyId, companyId))
        .orderBy(desc(companyContacts.contactedOn), desc(companyNeeds.createdAt), asc(companyNeeds.id));
      return rows.map(asNeed);
    },

    /** The open needs the company may read: those of the contacts shared with it. */
    async sharedOpenNeedsOf(companyId: string): Promise<CompanyNeed[]> {
      const rows = await needQuery()
        .where(
          and(
            eq(companyNeeds.companyId, companyId),
            eq(companyNeeds.status, 'OPEN'),
            eq(companyContacts.sharedWithCompany, true),
          ),
        )
        .orderBy(asc(companyNeeds.neededBy), asc(companyNeeds.id));
      return rows.map(asNeed);
    },

    async needsOfContacts(contactIds: readonly string[]): Promise<Map<string, CompanyNeed[]>> {
      const byContact = new Map<string, CompanyNeed[]>();
      if (!contactIds.length) return byContact;
      const rows = await needQuery()
        .where(inArray(companyNeeds.contactId, [...contactIds]))
        .orderBy(asc(companyNeeds.createdAt), asc(companyNeeds.id));
      for (const row of rows.map(asNeed))
        byContact.set(row.contactId, [...(byContact.get(row.contactId) ?? []), row]);
      return byContact;
    },

    followUpsOf: (companyId: string) =>
      db
        .select()
        .from(companyFollowUps)
        .where(eq(companyFollowUps.companyId, companyId))
        .orderBy(
          sql`${companyFollowUps.doneAt} is not null`,
          asc(companyFollowUps.dueOn),
          asc(companyFollowUps.id),
        ),

    async skillsOf(needIds: readonly string[]): Promise<Map<string, string[]>> {
      const rows = needIds.length
        ? await db
            .select()
            .from(companyNeedSkills)
            .where(inArray(companyNeedSkills.needId, [...needIds]))
            .orderBy(asc(companyNeedSkills.skillUri))
        : [];
      const map = new Map<string, string[]>();
      for (const r of rows) map.set(r.needId, [...(map.get(r.needId) ?? []), r.skillUri]);
      return map;
    },

    async vacancyIdsOf(needIds: readonly string[]): Promise<Map<string, string[]>> {
      const rows = needIds.length
        ? await db
            .select()
            .from(companyNeedVacancies)
            .where(inArray(companyNeedVacancies.needId, [...needIds]))
        : [];
      const map = new Map<string, string[]>();
      for (const r of rows) map.set(r.needId, [...(map.get(r.needId) ?? []), r.vacancyId]);
      return map;
    },

    async internshipIdsOf(needIds: readonly string[]): Promise<Map<string, string[]>> {
      const rows = needIds.length
        ? await db
            .select()
            .from(companyNeedInternships)
            .where(inArray(companyNeedInternships.needId, [...needIds]))
        : [];
      const map = new Map<string, string[]>();
      for (const r of rows) map.set(r.needId, [...(map.get(r.needId) ?? []), r.internshipId]);
      return map;
    },

    /** Per company of the network with a contact or a follow-up: last contact and what is open. */
    async summaries(networkId: string, today: string) {
      const [contacts, needs, followUps] = await Promise.all([
        db
          .select({ companyId: companyContacts.companyId, last: max(companyContacts.contactedOn) })
          .from(companyContacts)
          .where(eq(companyContacts.networkId, networkId))
          .groupBy(companyContacts.companyId),
        db
          .select({ companyId: companyNeeds.companyId, n: count() })
          .from(companyNeeds)
          .where(and(eq(companyNeeds.networkId, networkId), eq(companyNeeds.status, 'OPEN')))
          .groupBy(companyNeeds.companyId),
        db
          .select({
            companyId: companyFollowUps.companyId,
            due: count(sql`case when ${lte(companyFollowUps.dueOn, today)} then 1 end`),
            overdue: count(sql`case when ${lt(companyFollowUps.dueOn, today)} then 1 end`),
          })
          .from(companyFollowUps)
          .where(and(eq(companyFollowUps.networkId, networkId), isNull(companyFollowUps.doneAt)))
          .groupBy(companyFollowUps.companyId),
      ]);
      const ids = [...new Set([...contacts, ...followUps].map((r) => r.companyId))];
      const last = new Map(contacts.map((r) => [r.companyId, r.last]));
      const open = new Map(needs.map((r) => [r.companyId, r.n]));
      const pending = new Map(followUps.map((r) => [r.companyId, r]));
      return ids.map((companyId) => ({
        companyId,
        lastContactOn: last.get(companyId) ?? null,
        openNeeds: open.get(companyId) ?? 0,
        followUpsDue: pending.get(companyId)?.due ?? 0,
        followUpsOverdue: pending.get(companyId)?.overdue ?? 0,
      }));
    },

    async recordContact(
      company: Company,
      actorUserId: string,
      input: CompanyContactInput,
      today: string,
      idempotencyKey?: string | null,
    ): Promise<CompanyContact> {
      const errors: UserError[] = [
        ...requiredText('input.summary', input.summary, 5, 5000),
        ...optionalText('input.outcome', input.outcome, 2000),
        ...optionalText('input.internalNotes', input.internalNotes, 5000),
        ...quotaErrors(input.law68Quota, input.law68Uncovered),
        ...(await needErrors(input.needs, input.contactedOn)),
      ];
      if (input.contactedOn > today)
        errors.unshift(
          userError('input.contactedOn', 'IN_FUTURE', 'Il contatto non può essere in una data futura.'),
        );
      if (errors.length) throw new UserErrors(errors);
      const { id } = await createOnce(
        db,
        {
          actorId: actorUserId,
          key: idempotencyKey,
          operation: 'recordCompanyContact',
          request: { ...input, companyId: company.id },
        },
        async (tx) => {
          const [contact] = await tx
            .insert(companyContacts)
            .values({
              networkId: company.networkId,
              companyId: company.id,
              contactedOn: input.contactedOn,
              channel: input.channel,
              summary: input.summary.trim(),
              sharedWithCompany: input.sharedWithCompany,
              outcome: trimmedOrNull(input.outcome),
              internalNotes: trimmedOrNull(input.internalNotes),
              law68Quota: input.law68Quota ?? null,
              law68Uncovered: input.law68Uncovered ?? null,
              operatorId: actorUserId,
            })
            .returning({ id: companyContacts.id });
          for (const need of input.needs) {
            const [row] = await tx
              .insert(companyNeeds)
              .values({
                networkId: company.networkId,
                companyId: company.id,
                contactId: contact!.id,
                occupationUri: need.occupationUri,
                headcount: need.headcount,
                neededBy: need.neededBy,
              })
              .returning({ id: companyNeeds.id });
            if (need.skillUris.length)
              await tx
                .insert(companyNeedSkills)
                .values(need.skillUris.map((skillUri) => ({ needId: row!.id, skillUri })));
          }
          await audit(tx, company.networkId, actorUserId, 'record_contact', {
            type: 'company_contact',
            id: contact!.id,
          });
          return contact!.id;
        },
      );
      return (await this.contactById(id))!;
    },

    async scheduleFollowUp(
      company: Company,
      actorUserId: string,
      input: CompanyFollowUpInput,
      idempotencyKey?: string | null,
    ): Promise<CompanyFollowUp> {
      const errors = requiredText('input.action', input.action, 3, 1000);
      if (errors.length) throw new UserErrors(errors);
      const { id } = await createOnce(
        db,
        {
          actorId: actorUserId,
          key: idempotencyKey,
          operation: 'scheduleCompanyFollowUp',
          request: { ...input, companyId: company.id },
        },
        async (tx) => {
          const [row] = await tx
            .insert(companyFollowUps)
            .values({
              networkId: company.networkId,
              companyId: company.id,
              dueOn: input.dueOn,
              action: input.action.trim(),
              createdBy: actorUserId,
            })
            .returning({ id: companyFollowUps.id });
          await audit(tx, company.networkId, actorUserId, 'schedule_follow_up', {
            type: 'company_follow_up',
            id: row!.id,
          });
          return row!.id;
        },
      );
      return (await this.followUpById(id))!;
    },

    async setFollowUpDone(followUp: CompanyFollowUp, actorUserId: string, done: boolean) {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(companyFollowUps)
          .set(done ? { doneAt: new Date(), doneBy: actorUserId } : { doneAt: null, doneBy: null })
          .where(eq(companyFollowUps.id, followUp.id))
          .returning();
        await audit(tx, followUp.networkId, actorUserId, done ? 'follow_up_done' : 'follow_up_reopened', {
          type: 'company_follow_up',
          id: followUp.id,
        });
        return row!;
      });
    },

    async setNeedStatus(need: CompanyNeed, actorUserId: string, status: CompanyNeedStatus) {
      await db.transaction(async (tx) => {
        await tx.update(companyNeeds).set({ status }).where(eq(companyNeeds.id, need.id));
        await audit(tx, need.networkId, actorUserId, 'set_need_status', {
          type: 'company_need',
          id: need.id,
        });
      });
      return (await this.needById(need.id))!;
    },

    async linkVacancy(need: CompanyNeed, actorUserId: string, vacancyId: string) {
      const vacancy = isUuid(vacancyId) ? await deps.vacancies.byId(vacancyId) : undefined;
      if (!vacancy || vacancy.companyId !== need.companyId)
        throw fail('vacancyId', 'NOT_FOUND', 'Offerta non trovata tra quelle di questa azienda.');
      await db.transaction(async (tx) => {
        await tx.insert(companyNeedVacancies).values({ needId: need.id, vacancyId }).onConflictDoNothing();
        await audit(tx, need.networkId, actorUserId, 'link_vacancy', {
          type: 'company_need',
          id: need.id,
        });
      });
      return need;
    },

    async linkInternship(need: CompanyNeed, actorUserId: string, internshipId: string) {
      const internship = isUuid(internshipId) ? await deps.internships.byId(internshipId) : undefined;
      if (!internship || internship.companyId !== need.companyId)
        throw fail('internshipId', 'NOT_FOUND', 'Tirocinio non trovato tra quelli di questa azienda.');
      await db.transaction(async (tx) => {
        await tx
          .insert(companyNeedInternships)
          .values({ needId: need.id, internshipId })
          .onConflictDoNothing();
        await audit(tx, need.networkId, actorUserId, 'link_internship', {
          type: 'company_need',
          id: need.id,
        });
      });
      return need;
    },

    /** The draft the sportello created from each need, if any. */
    async draftedVacancyIdsOf(needIds: readonly string[]): Promise<Map<string, string>> {
      const rows = needIds.length
        ? await db
            .select()
            .from(companyNeedVacancies)
            .where(
              and(
                inArray(companyNeedVacancies.needId, [...needIds]),
                eq(companyNeedVacancies.draftedFromNeed, true),
              ),
            )
        : [];
      return new Map(rows.map((r) => [r.needId, r.vacancyId]));
    },

    /**
     * A vacancy draft of the need's company, prefilled from the need and linked to it; the company's
     * members are told. What the need does not say gets a neutral default the company reviews:
     * a permanent full-time contract at the company's registered office, on view until the need's
     * date (at least two weeks, at most the vacancies' limit of 180 days).
     */
    async createVacancyFromNeed(
      need: CompanyNeed,
      actorUserId: string,
      idempotencyKey?: string | null,
    ): Promise<{ vacancy: Vacancy; need: CompanyNeed }> {
      const [existing] = await db
        .select({ vacancyId: companyNeedVacancies.vacancyId })
        .from(companyNeedVacancies)
        .where(and(eq(companyNeedVacancies.needId, need.id), eq(companyNeedVacancies.draftedFromNeed, true)));
      const alreadyDrafted = () =>
        fail(
          'needId',
          'ALREADY_DRAFTED',
          'Da questo fabbisogno è già stata creata un’offerta: la trovi collegata al fabbisogno.',
        );
      if (existing && !idempotencyKey) throw alreadyDrafted();
      if (need.status !== 'OPEN' && !existing)
        throw fail(
          'needId',
          'NEED_NOT_OPEN',
          'Il fabbisogno non è più aperto: riaprilo per crearne un’offerta.',
        );
      const [source] = await db
        .select({
          title: sql<string>`coalesce(${escoOccupations.labelIt}, ${escoOccupations.labelEn})`,
          comuneCode: companies.comuneCode,
          channel: companyContacts.channel,
        })
        .from(companyNeeds)
        .innerJoin(escoOccupations, eq(escoOccupations.uri, companyNeeds.occupationUri))
        .innerJoin(companies, eq(companies.id, companyNeeds.companyId))
        .innerJoin(companyContacts, eq(companyContacts.id, companyNeeds.contactId))
        .where(eq(companyNeeds.id, need.id));
      const skillUris = (await this.skillsOf([need.id])).get(need.id) ?? [];
      const today = todayInItaly();
      const earliest = addDays(today, DRAFT_MIN_DAYS);
      const latest = addDays(today, MAX_EXPIRY_DAYS);
      const occupation = source!.title;
      const title = (occupation.charAt(0).toLocaleUpperCase('it') + occupation.slice(1)).slice(0, 150);
      const people = need.headcount === 1 ? 'una persona' : `${need.headcount} persone`;
      const input: VacancyInput = {
        title,
        occupationUri: need.occupationUri,
        // The skills are in the vacancy's own field; the company writes the duties.
        description: `Cerchiamo ${people} come «${occupation}», da inserire entro il ${italianDate(need.neededBy)}.`,
        contractType: 'PERMANENT',
        hours: 'FULL_TIME',
        weeklyHours: null,
        shifts: false,
        workplaceComuneCode: source!.comuneCode,
        remote: false,
        positions: need.headcount,
        law68Reserved: false,
        minExperienceMonths: 0,
        drivingLicences: [],
        languages: [],
        skills: skillUris.map((skillUri) => ({ skillUri, essential: true })),
        // The middle of the three: the need's date within the bounds.
        expiresOn: [earliest, need.neededBy, latest].sort()[1]!,
      };
      const errors = await deps.vacancies.validate(input);
      if (errors.length) throw new UserErrors(errors);
      let vacancyId: string;
      try {
        ({ id: vacancyId } = await createOnce(
          db,
          {
            actorId: actorUserId,
            key: idempotencyKey,
            operation: 'createVacancyFromCompanyNeed',
            request: { needId: need.id },
          },
          async (tx) => {
            if (existing) throw alreadyDrafted();
            const company = { id: need.companyId, networkId: need.networkId };
            const id = await deps.vacancies.insertDraft(tx, company, actorUserId, input);
            await tx
              .insert(companyNeedVacancies)
              .values({ needId: need.id, vacancyId: id, draftedFromNeed: true });
            await audit(tx, need.networkId, actorUserId, 'draft_vacancy_from_need', {
              type: 'company_need',
              id: need.id,
            });
            await recordAudit(tx, {
              networkId: need.networkId,
              actorUserId,
              action: 'vacancy.draft_from_need',
              subjectType: 'vacancy',
              subjectId: id,
            });
            await deps.notify(
              tx,
              await vacancyDraftPrepared(
                tx,
                { id, networkId: need.networkId, companyId: need.companyId, title },
                { recordedOn: need.recordedOn, channel: source!.channel },
              ),
            );
            return id;
          },
        ));
      } catch (error) {
        // Two clicks at once: the unique index lets one draft through, the other hears why.
        if (violatedConstraint(error) === 'company_need_vacancies_drafted_idx') throw alreadyDrafted();
        throw error;
      }
      return { vacancy: (await deps.vacancies.byId(vacancyId))!, need };
    },

    async correctionsOf(contactIds: readonly string[]): Promise<Map<string, CompanyContactCorrection[]>> {
      const map = new Map<string, CompanyContactCorrection[]>();
      if (!contactIds.length) return map;
      const rows = await db
        .select({
          correction: companyContactCorrections,
          givenName: users.givenName,
          familyName: users.familyName,
        })
        .from(companyContactCorrections)
        .innerJoin(users, eq(users.id, companyContactCorrections.correctedBy))
        .where(inArray(companyContactCorrections.contactId, [...contactIds]))
        .orderBy(desc(companyContactCorrections.createdAt), desc(companyContactCorrections.id));
      for (const r of rows)
        map.set(r.correction.contactId, [
          ...(map.get(r.correction.contactId) ?? []),
          { ...r.correction, correctedByName: `${r.givenName} ${r.familyName}` },
        ]);
      return map;
    },

    /**
     * Corrects a recorded contact: the row takes the new values, a correction row keeps who changed
     * what and the previous values of the changed fields, and the audit log names the change.
     */
    async correctContact(
      contact: CompanyContact,
      actorUserId: string,
      input: CompanyContactCorrectionInput,
      today: string,
    ): Promise<CompanyContact> {
      const errors: UserError[] = [
        ...requiredText('input.summary', input.summary, 5, 5000),
        ...optionalText('input.outcome', input.outcome, 2000),
        ...optionalText('input.internalNotes', input.internalNotes, 5000),
        ...optionalText('input.reason', input.reason, 1000),
      ];
      if (input.contactedOn > today)
        errors.unshift(
          userError('input.contactedOn', 'IN_FUTURE', 'Il contatto non può essere in una data futura.'),
        );
      else {
        const [earliestNeed] = await db
          .select({ neededBy: sql<string | null>`min(${companyNeeds.neededBy})` })
          .from(companyNeeds)
          .where(eq(companyNeeds.contactId, contact.id));
        if (earliestNeed?.neededBy && input.contactedOn > earliestNeed.neededBy)
          errors.unshift(
            userError(
              'input.contactedOn',
              'AFTER_NEED',
              `Il contatto non può essere successivo alla data entro cui servono le persone di un suo fabbisogno (${italianDate(earliestNeed.neededBy)}).`,
            ),
          );
      }
      if (errors.length) throw new UserErrors(errors);
      const next: Record<CorrectableColumn, string | boolean | null> = {
        contactedOn: input.contactedOn,
        channel: input.channel,
        summary: input.summary.trim(),
        sharedWithCompany: input.sharedWithCompany,
        outcome: trimmedOrNull(input.outcome),
        internalNotes: trimmedOrNull(input.internalNotes),
      };
      const previous: Partial<Record<CorrectableField, string | boolean | null>> = {};
      for (const [field, column] of Object.entries(CORRECTABLE) as [CorrectableField, CorrectableColumn][])
        if (contact[column] !== next[column]) previous[field] = contact[column];
      if (!Object.keys(previous).length)
        throw fail('input', 'NO_CHANGE', 'Nessuna modifica: cambia almeno un campo prima di salvare.');
      await db.transaction(async (tx) => {
        await tx
          .update(companyContacts)
          .set(next as Partial<ContactRow>)
          .where(eq(companyContacts.id, contact.id));
        await tx.insert(companyContactCorrections).values({
          contactId: contact.id,
          networkId: contact.networkId,
          correctedBy: actorUserId,
          reason: trimmedOrNull(input.reason),
          previous,
        });
        await recordAudit(tx, {
          networkId: contact.networkId,
          actorUserId,
          action: 'company_services.correct_contact',
          subjectType: 'company_contact',
          subjectId: contact.id,
          reason: `Campi corretti: ${Object.keys(previous).join(', ')}`,
        });
      });
      return (await this.contactById(contact.id))!;
    },
  };
}

export type CompanyServicesService = ReturnType<typeof createCompanyServicesService>;
