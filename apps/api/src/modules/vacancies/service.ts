import {
  builtOncePerSession,
  companies,
  companyNeedVacancies,
  comuni,
  type Db,
  escoOccupations,
  escoSkills,
  isAnyOf,
  networks,
  type Tx,
  vacancies,
  vacancyLanguages,
  vacancySkills,
} from '@sportello/db';
import { todayInItaly } from '@sportello/domain';
import { and, asc, count, desc, eq, getTableColumns, gte, inArray, type SQL, sql } from 'drizzle-orm';
import { alias, type PgSelect } from 'drizzle-orm/pg-core';
import { addDays } from '../../lib/days.js';
import { type UserError, UserErrors, userError } from '../../lib/errors.js';
import { groupByKey } from '../../lib/group-by.js';
import { createOnce } from '../../lib/idempotency.js';
import type { Page } from '../../lib/pagination.js';
import {
  type PlannedRead,
  plannedPage,
  plannedStatement,
  plannedTotal,
} from '../../lib/sql-planner/index.js';
import { isUuid, requiredText } from '../../lib/validation.js';
import { recordAudit } from '../audit/service.js';
import { languageName } from '../cvs/service.js';
import { skillListErrors } from '../cvs/skills.js';
import { vacancyReviewed } from '../notifications/messages.js';
import type { Notify } from '../notifications/service.js';
import { recordWebhookEvent, type WebhookEventKind } from '../webhooks/events.js';

/** The vacancy states integrations hear about through webhooks. */
const VACANCY_EVENTS: Partial<Record<VacancyRow['status'], WebhookEventKind>> = {
  PUBLISHED: 'VACANCY_PUBLISHED',
  CLOSED: 'VACANCY_CLOSED',
  FILLED: 'VACANCY_CLOSED',
};

export type VacancyRow = typeof vacancies.$inferSelect;
export type VacancyLanguage = typeof vacancyLanguages.$inferSelect;
export type Vacancy = Omit<VacancyRow, 'searchDocument'>;
export type VacancySkillRecord = { essential: boolean; skill: typeof escoSkills.$inferSelect };

type Cefr = VacancyLanguage['minLevel'];

export interface VacancyInput {
  title: string;
  occupationUri: string;
  description: string;
  contractType: VacancyRow['contractType'];
  hours: VacancyRow['hours'];
  weeklyHours?: number | null;
  shifts: boolean;
  workplaceComuneCode?: string | null;
  remote: boolean;
  salaryMinCents?: number | null;
  salaryMaxCents?: number | null;
  collectiveAgreement?: string | null;
  agreementLevel?: string | null;
  positions: number;
  law68Reserved: boolean;
  minEqfLevel?: number | null;
  minExperienceMonths: number;
  drivingLicences: string[];
  languages: { languageCode: string; minLevel: Cefr }[];
  /** None when omitted. */
  skills?: { skillUri: string; essential: boolean }[] | null;
  expiresOn: string;
}

export interface VacancySearch {
  text?: string | null;
  comuneCode?: string | null;
  radiusKm?: number | null;
  occupationUri?: string | null;
  contractTypes?: VacancyRow['contractType'][] | null;
  hours?: VacancyRow['hours'] | null;
  publishedSince?: string | null;
  networkSlug?: string | null;
}

export const MAX_EXPIRY_DAYS = 180;
const MAX_RADIUS_KM = 300;
const MAX_SKILLS = 40;

/** Every column but the search document, which only the database needs. */
const { searchDocument: _searchDocument, ...vacancyColumns } = getTableColumns(vacancies);
// Vacancies are read by id on every vacancy page and for every match shown.
const vacancyById = builtOncePerSession((db) =>
  db
    .select(vacancyColumns)
    .from(vacancies)
    .where(eq(vacancies.id, sql.placeholder('id')))
    .prepare('vacancy_by_id'),
);

// And lists of them: the matches shown to a citizen, a company's candidatures.
const vacanciesByIds = builtOncePerSession((db) =>
  db.select(vacancyColumns).from(vacancies).where(isAnyOf(vacancies.id, 'ids')).prepare('vacancies_by_ids'),
);

const NOT_EDITABLE = userError(
  null,
  'NOT_EDITABLE',
  "L'offerta si modifica solo in bozza o dopo un rifiuto.",
);
const WRONG_STATE = (message: string) => userError(null, 'INVALID_STATE', message);

/** A pay range, or the collective agreement and level that fix the pay. */
const statesPay = (vacancy: Vacancy) =>
  (vacancy.salaryMinCents != null && vacancy.salaryMaxCents != null) ||
  (vacancy.collectiveAgreement != null && vacancy.agreementLevel != null);

/**
 * The area around the comune of the placeholder `comune`: the vacancy's workplace joined, and the
 * centre read in the same statement (an unknown comune joins no centre, so nothing matches).
 */
function searchArea() {
  const centre = alias(comuni, 'centre');
  const lat = sql`radians(${centre.latitude})`;
  const distanceKm = sql`6371 * 2 * asin(sqrt(power(sin((radians(${comuni.latitude}) - ${lat}) / 2), 2) + cos(${lat}) * cos(radians(${comuni.latitude})) * power(sin((radians(${comuni.longitude}) - radians(${centre.longitude})) / 2), 2)))`;
  return {
    distanceKm,
    join: <Q extends PgSelect>(query: Q) =>
      query
        .leftJoin(comuni, eq(comuni.istatCode, vacancies.workplaceComuneCode))
        .innerJoin(centre, eq(centre.istatCode, sql.placeholder('comune'))),
  };
}
type SearchArea = ReturnType<typeof searchArea>;

export function createVacancyService(db: Db, publicUrl: string, notify: Notify) {
  async function validate(input: VacancyInput): Promise<UserError[]> {
    const today = todayInItaly();
    const errors: UserError[] = [
      ...requiredText('title', input.title, 3, 150),
      ...requiredText('description', input.description, 30, 8000),
    ];
    const [occupation] = await db
      .select({ uri: escoOccupations.uri })
      .from(escoOccupations)
      .where(eq(escoOccupations.uri, input.occupationUri));
    if (!occupation)
      errors.push(
        userError(
          'occupationUri',
          'UNKNOWN_OCCUPATION',
          'Professione non trovata: scegline una dalla lista.',
        ),
      );
    if (input.workplaceComuneCode) {
      const [comune] = await db
        .select({ code: comuni.istatCode })
        .from(comuni)
        .where(eq(comuni.istatCode, input.workplaceComuneCode));
      if (!comune)
        errors.push(
          userError('workplaceComuneCode', 'UNKNOWN_COMUNE', 'Comune non trovato: scegli dalla lista.'),
        );
    } else if (!input.remote) {
      errors.push(
        userError(
          'workplaceComuneCode',
          'REQUIRED',
          'Indica il comune della sede di lavoro, oppure il lavoro da remoto.',
        ),
      );
    }
    if (input.weeklyHours != null && (input.weeklyHours < 1 || input.weeklyHours > 48)) {
      errors.push(userError('weeklyHours', 'OUT_OF_RANGE', 'Le ore settimanali vanno da 1 a 48.'));
    }
    for (const field of ['salaryMinCents', 'salaryMaxCents'] as const) {
      const value = input[field];
      if (value != null && (!Number.isInteger(value) || value < 0 || value > 100_000_00)) {
        errors.push(userError(field, 'OUT_OF_RANGE', 'Importo mensile lordo non valido.'));
      }
    }
    if (
      input.salaryMinCents != null &&
      input.salaryMaxCents != null &&
      input.salaryMaxCents < input.salaryMinCents
    ) {
      errors.push(
        userError('salaryMaxCents', 'INVALID_RANGE', 'Il massimo deve essere almeno pari al minimo.'),
      );
    }
    const agreement = input.collectiveAgreement?.trim() ?? '';
    const level = input.agreementLevel?.trim() ?? '';
    if (agreement && !level) {
      errors.push(
        userError('agreementLevel', 'REQUIRED', 'Indica anche il livello del contratto collettivo.'),
      );
    } else if (level && !agreement) {
      errors.push(userError('collectiveAgreement', 'REQUIRED', 'Indica anche il contratto collettivo.'));
    } else if (agreement) {
      errors.push(
        ...requiredText('collectiveAgreement', agreement, 4, 200),
        ...requiredText('agreementLevel', level, 1, 100),
      );
    }
    if (!Number.isInteger(input.positions) || input.positions < 1 || input.positions > 500) {
      errors.push(userError('positions', 'OUT_OF_RANGE', 'I posti vanno da 1 a 500.'));
    }
    if (input.minEqfLevel != null && (input.minEqfLevel < 1 || input.minEqfLevel > 8)) {
      errors.push(userError('minEqfLevel', 'OUT_OF_RANGE', 'Il livello EQF va da 1 a 8.'));
    }
    if (input.minExperienceMonths < 0 || input.minExperienceMonths > 600) {
      errors.push(
        userError('minExperienceMonths', 'OUT_OF_RANGE', "L'esperienza minima va da 0 a 600 mesi."),
      );
    }
    if (input.expiresOn < today || input.expiresOn > addDays(today, MAX_EXPIRY_DAYS)) {
      errors.push(
        userError('expiresOn', 'OUT_OF_RANGE', `La scadenza va da oggi a ${MAX_EXPIRY_DAYS} giorni.`),
      );
    }
    const seen = new Set<string>();
    input.languages.forEach((l, i) => {
      if (!languageName(l.languageCode) || seen.has(l.languageCode)) {
        errors.push(
          userError(
            `languages[${i}].languageCode`,
            'UNKNOWN_LANGUAGE',
            'Lingua non riconosciuta o ripetuta.',
          ),
        );
      }
      seen.add(l.languageCode);
    });
    const skills = input.skills ?? [];
    if (skills.length > MAX_SKILLS) {
      errors.push(userError('skills', 'TOO_MANY', `Al massimo ${MAX_SKILLS} competenze.`));
    }
    errors.push(
      ...(await skillListErrors(
        db,
        skills.map((s) => s.skillUri),
      )),
    );
    return errors;
  }

  const columnsOf = (input: VacancyInput) => ({
    title: input.title.trim(),
    occupationUri: input.occupationUri,
    description: input.description.trim(),
    contractType: input.contractType,
    hours: input.hours,
    weeklyHours: input.weeklyHours ?? null,
    shifts: input.shifts,
    workplaceComuneCode: input.workplaceComuneCode || null,
    remote: input.remote,
    salaryMinCents: input.salaryMinCents ?? null,
    salaryMaxCents: input.salaryMaxCents ?? null,
    collectiveAgreement: input.collectiveAgreement?.trim() || null,
    agreementLevel: input.agreementLevel?.trim() || null,
    positions: input.positions,
    law68Reserved: input.law68Reserved,
    minEqfLevel: input.minEqfLevel ?? null,
    minExperienceMonths: input.minExperienceMonths,
    drivingLicences: [...new Set(input.drivingLicences)],
    expiresOn: input.expiresOn,
  });

  async function replaceLanguages(tx: Tx, vacancyId: string, languages: VacancyInput['languages']) {
    await tx.delete(vacancyLanguages).where(eq(vacancyLanguages.vacancyId, vacancyId));
    if (languages.length) {
      await tx.insert(vacancyLanguages).values(languages.map((l) => ({ vacancyId, ...l })));
    }
  }

  async function replaceSkills(tx: Tx, vacancyId: string, skills: NonNullable<VacancyInput['skills']>) {
    await tx.delete(vacancySkills).where(eq(vacancySkills.vacancyId, vacancyId));
    if (skills.length) {
      await tx.insert(vacancySkills).values(skills.map((s) => ({ vacancyId, ...s })));
    }
  }

  async function byId(id: string): Promise<Vacancy | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await vacancyById(db).execute({ id });
    return row as Vacancy | undefined;
  }

  /** A state change that only applies from the given states; a concurrent change finds none left. */
  async function transition(
    vacancy: Vacancy,
    from: VacancyRow['status'][],
    set: Partial<VacancyRow>,
    refusal: UserError,
    audit?: { actorUserId: string; action: string; reason?: string },
  ): Promise<Vacancy> {
    return db.transaction(async (tx) => {
      const [updated] = await tx
        .update(vacancies)
        .set({ ...set, updatedAt: new Date() })
        .where(and(eq(vacancies.id, vacancy.id), inArray(vacancies.status, from)))
        .returning(vacancyColumns);
      if (!updated) throw new UserErrors([refusal]);
      if (audit) {
        await recordAudit(tx, {
          networkId: vacancy.networkId,
          actorUserId: audit.actorUserId,
          action: audit.action,
          subjectType: 'vacancy',
          subjectId: vacancy.id,
          reason: audit.reason ?? null,
        });
      }
      // The moderation outcomes are the ones the company hears about.
      if (updated.status === 'PUBLISHED' || updated.status === 'REJECTED') {
        await notify(tx, await vacancyReviewed(tx, updated));
      }
      const event = VACANCY_EVENTS[updated.status];
      if (event) {
        await recordWebhookEvent(tx, updated.networkId, event, {
          vacancyId: updated.id,
          companyId: updated.companyId,
          status: updated.status,
        });
      }
      return updated as Vacancy;
    });
  }

  /** The network's pay rule, when the vacancy breaks it. */
  async function payRuleErrors(vacancy: Vacancy): Promise<UserError[]> {
    if (statesPay(vacancy)) return [];
    const [network] = await db
      .select({ required: networks.vacancyPayRequired })
      .from(networks)
      .where(eq(networks.id, vacancy.networkId));
    return network?.required
      ? [
          userError(
            'salaryMinCents',
            'PAY_REQUIRED',
            'Indica una retribuzione (da… a…) oppure il contratto collettivo e il livello.',
          ),
        ]
      : [];
  }

  /**
   * One page of vacancies read as planned (nested fields included), and their number when asked
   * for. `query` gives the conditions and order of this `shape` of query with placeholders, bound
   * to `values` (and `rows`, `offset`): its statements are built once per plan and shape.
   */
  function page(
    shape: string,
    query: () => { where: SQL | undefined; order: SQL[]; area?: SearchArea },
    values: Record<string, unknown>,
    p: Page,
    planned: PlannedRead<Vacancy>,
  ) {
    const statements = plannedStatement(db, planned, shape, () => {
      const { where, order, area } = query();
      const countBase = db.select({ n: count() }).from(vacancies).$dynamic();
      const counted = (area ? area.join(countBase) : countBase).where(where);
      const base = db
        .select({ doc: planned.document, total: plannedTotal(planned, counted) })
        .from(vacancies)
        .$dynamic();
      return {
        page: (area ? area.join(base) : base)
          .where(where)
          .orderBy(...order)
          .limit(sql.placeholder('rows'))
          .offset(sql.placeholder('offset'))
          .prepare('planned_vacancies'),
        count: counted.prepare('planned_vacancies_count'),
      };
    });
    return plannedPage(planned, p, statements, values);
  }

  return {
    byId,

    /** One vacancy read as planned, with its nested fields, in one statement. */
    async read(id: string, planned: PlannedRead<Vacancy>): Promise<Vacancy | undefined> {
      if (!isUuid(id)) return undefined;
      const statement = plannedStatement(db, planned, 'by id', () =>
        db
          .select({ doc: planned.document })
          .from(vacancies)
          .where(eq(vacancies.id, sql.placeholder('id')))
          .prepare('planned_vacancy'),
      );
      const rows = await statement.execute({ id });
      return planned.decode(rows.map((row) => row.doc))[0];
    },

    /** The network's vacancies on public view (published, not expired), the latest first. */
    async publicOf(networkId: string): Promise<Vacancy[]> {
      return (await db
        .select(vacancyColumns)
        .from(vacancies)
        .where(
          and(
            eq(vacancies.networkId, networkId),
            eq(vacancies.status, 'PUBLISHED'),
            gte(vacancies.expiresOn, todayInItaly()),
          ),
        )
        .orderBy(desc(vacancies.publishedAt), asc(vacancies.id))) as Vacancy[];
    },

    /** How many public vacancy pages there are, for the sitemap. */
    async publicPageCount(): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(vacancies)
        .where(and(eq(vacancies.status, 'PUBLISHED'), gte(vacancies.expiresOn, todayInItaly())));
      return row?.n ?? 0;
    },

    /** Public vacancy pages with their last change, for the sitemap: in a stable order, by id. */
    async publicPages(page: { limit: number; offset: number }): Promise<{ url: string; updatedAt: Date }[]> {
      const rows = await db
        .select({ id: vacancies.id, updatedAt: vacancies.updatedAt })
        .from(vacancies)
        .where(and(eq(vacancies.status, 'PUBLISHED'), gte(vacancies.expiresOn, todayInItaly())))
        .orderBy(asc(vacancies.id))
        .limit(page.limit)
        .offset(page.offset);
      return rows.map((row) => ({ url: `${publicUrl}/offerte/${row.id}`, updatedAt: row.updatedAt }));
    },

    /** The company's latest vacancies in any state, newest first (for choosing one among them). */
    async latestOfCompany(companyId: string, limit: number): Promise<Vacancy[]> {
      return (await db
        .select(vacancyColumns)
        .from(vacancies)
        .where(eq(vacancies.companyId, companyId))
        .orderBy(desc(vacancies.createdAt), desc(vacancies.id))
        .limit(limit)) as Vacancy[];
    },

    async byIds(ids: readonly string[]): Promise<Vacancy[]> {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return [];
      if (valid.length === 1) return (await vacancyById(db).execute({ id: valid[0] })) as Vacancy[];
      return (await vacanciesByIds(db).execute({ ids: valid })) as Vacancy[];
    },

    async languagesOf(vacancyIds: readonly string[]): Promise<Map<string, VacancyLanguage[]>> {
      const rows = vacancyIds.length
        ? await db
            .select()
            .from(vacancyLanguages)
            .where(inArray(vacancyLanguages.vacancyId, [...vacancyIds]))
            .orderBy(asc(vacancyLanguages.languageCode))
        : [];
      return groupByKey(vacancyIds, rows, (row) => row.vacancyId);
    },

    async skillsOf(vacancyIds: readonly string[]): Promise<Map<string, VacancySkillRecord[]>> {
      const rows = vacancyIds.length
        ? await db
            .select({
              vacancyId: vacancySkills.vacancyId,
              essential: vacancySkills.essential,
              skill: escoSkills,
            })
            .from(vacancySkills)
            .innerJoin(escoSkills, eq(escoSkills.uri, vacancySkills.skillUri))
            .where(inArray(vacancySkills.vacancyId, [...vacancyIds]))
            .orderBy(
              desc(vacancySkills.essential),
              asc(sql`coalesce(${escoSkills.labelIt}, ${escoSkills.labelEn})`),
            )
        : [];
      return groupByKey(vacancyIds, rows, (row) => row.vacancyId);
    },

    /** Which of the vacancies the sportello drafted from a company's need. */
    async draftedFromNeed(vacancyIds: readonly string[]): Promise<Set<string>> {
      const valid = vacancyIds.filter(isUuid);
      if (!valid.length) return new Set();
      const rows = await db
        .select({ id: companyNeedVacancies.vacancyId })
        .from(companyNeedVacancies)
        .where(
          and(inArray(companyNeedVacancies.vacancyId, valid), eq(companyNeedVacancies.draftedFromNeed, true)),
        );
      return new Set(rows.map((r) => r.id));
    },

    async companyNames(companyIds: readonly string[]): Promise<Map<string, string>> {
      if (companyIds.length === 0) return new Map();
      const rows = await db
        .select({ id: companies.id, legalName: companies.legalName })
        .from(companies)
        .where(inArray(companies.id, [...companyIds]));
      return new Map(rows.map((r) => [r.id, r.legalName]));
    },

    publicUrl: (vacancy: { id: string }) => `${publicUrl}/offerte/${vacancy.id}`,

    /** The userErrors of a vacancy's fields (none when it may be saved as a draft). */
    validate,

    /** Inserts a draft within the caller's transaction (validated by the caller); its id. */
    async insertDraft(
      tx: Tx,
      company: { id: string; networkId: string },
      createdBy: string,
      input: VacancyInput,
    ): Promise<string> {
      const [row] = await tx
        .insert(vacancies)
        .values({ ...columnsOf(input), networkId: company.networkId, companyId: company.id, createdBy })
        .returning({ id: vacancies.id });
      await replaceLanguages(tx, row!.id, input.languages);
      await replaceSkills(tx, row!.id, input.skills ?? []);
      return row!.id;
    },

    async create(
      company: { id: string; networkId: string },
      createdBy: string,
      input: VacancyInput,
      idempotencyKey: string | null | undefined,
    ): Promise<Vacancy> {
      const errors = await validate(input);
      if (errors.length) throw new UserErrors(errors);
      const { id } = await createOnce(
        db,
        { actorId: createdBy, key: idempotencyKey, operation: 'createVacancy', request: input },
        async (tx) => {
          const [row] = await tx
            .insert(vacancies)
            .values({ ...columnsOf(input), networkId: company.networkId, companyId: company.id, createdBy })
            .returning({ id: vacancies.id });
          await replaceLanguages(tx, row!.id, input.languages);
          await replaceSkills(tx, row!.id, input.skills ?? []);
          return row!.id;
        },
      );
      return (await byId(id))!;
    },

    async update(vacancy: Vacancy, input: VacancyInput): Promise<Vacancy> {
      const errors = await validate(input);
      if (errors.length) throw new UserErrors(errors);
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(vacancies)
          .set({ ...columnsOf(input), status: 'DRAFT', rejectionReason: null, updatedAt: new Date() })
          .where(and(eq(vacancies.id, vacancy.id), inArray(vacancies.status, ['DRAFT', 'REJECTED'])))
          .returning(vacancyColumns);
        if (!row) throw new UserErrors([NOT_EDITABLE]);
        await replaceLanguages(tx, vacancy.id, input.languages);
        await replaceSkills(tx, vacancy.id, input.skills ?? []);
        return row as Vacancy;
      });
    },

    async submit(vacancy: Vacancy): Promise<Vacancy> {
      const [company] = await db
        .select({ status: companies.status })
        .from(companies)
        .where(eq(companies.id, vacancy.companyId));
      if (company?.status !== 'VERIFIED') {
        throw new UserErrors([
          userError(
            null,
            'COMPANY_NOT_VERIFIED',
            "L'azienda deve essere verificata dallo sportello prima di pubblicare offerte.",
          ),
        ]);
      }
      if (vacancy.expiresOn < todayInItaly()) {
        throw new UserErrors([
          userError('expiresOn', 'EXPIRED', 'La scadenza è passata: aggiornala prima di inviare.'),
        ]);
      }
      const payErrors = await payRuleErrors(vacancy);
      if (payErrors.length) throw new UserErrors(payErrors);
      return transition(
        vacancy,
        ['DRAFT'],
        { status: 'SUBMITTED' },
        WRONG_STATE("Si invia solo un'offerta in bozza."),
      );
    },

    /** The pay rule is checked again: the network may have turned it on since the vacancy was sent. */
    async publish(vacancy: Vacancy, operatorId: string): Promise<Vacancy> {
      const payErrors = await payRuleErrors(vacancy);
      if (payErrors.length) throw new UserErrors(payErrors);
      return transition(
        vacancy,
        ['SUBMITTED'],
        { status: 'PUBLISHED', publishedAt: new Date(), moderatedBy: operatorId },
        WRONG_STATE("Si pubblica solo un'offerta inviata e non ancora moderata."),
        { actorUserId: operatorId, action: 'vacancy.publish' },
      );
    },

    async reject(vacancy: Vacancy, operatorId: string, reason: string): Promise<Vacancy> {
      const errors = requiredText('reason', reason, 5, 1000);
      if (errors.length) throw new UserErrors(errors);
      return transition(
        vacancy,
        ['SUBMITTED'],
        { status: 'REJECTED', rejectionReason: reason.trim(), moderatedBy: operatorId },
        WRONG_STATE("Si rifiuta solo un'offerta inviata e non ancora moderata."),
        { actorUserId: operatorId, action: 'vacancy.reject', reason: reason.trim() },
      );
    },

    close: (vacancy: Vacancy, filled: boolean) =>
      transition(
        vacancy,
        ['PUBLISHED'],
        { status: filled ? 'FILLED' : 'CLOSED' },
        WRONG_STATE("Si chiude solo un'offerta pubblicata."),
      ),

    /** Published and not expired, filtered; best text match first when there is text, newest otherwise. */
    search(filter: VacancySearch, p: Page, planned: PlannedRead<Vacancy>) {
      const text = filter.text?.trim();
      const contractTypes = filter.contractTypes?.length ? filter.contractTypes : undefined;
      const filters = {
        text,
        networkSlug: filter.networkSlug,
        occupation: filter.occupationUri,
        contractTypes,
        hours: filter.hours,
        publishedSince: filter.publishedSince && `${filter.publishedSince}T00:00:00Z`,
        comune: filter.comuneCode,
      };
      // The filters given make the shape of the query; their values are bound to it.
      const given = Object.keys(filters).filter((name) => filters[name as keyof typeof filters]);
      const values = {
        ...filters,
        today: todayInItaly(),
        radius: Math.min(Math.max(filter.radiusKm ?? 0, 0), MAX_RADIUS_KM),
      };
      return page(
        `search:${given.join(',')}`,
        () => {
          const conditions: SQL[] = [
            eq(vacancies.status, 'PUBLISHED'),
            gte(vacancies.expiresOn, sql.placeholder('today')),
          ];
          const order: SQL[] = [];
          if (text) {
            const query = sql`websearch_to_tsquery('italian', ${sql.placeholder('text')})`;
            conditions.push(sql`${vacancies.searchDocument} @@ ${query}`);
            order.push(sql`ts_rank(${vacancies.searchDocument}, ${query}) desc`);
          }
          if (values.networkSlug) {
            conditions.push(
              sql`${vacancies.networkId} = (select ${networks.id} from ${networks} where ${networks.slug} = ${sql.placeholder('networkSlug')})`,
            );
          }
          if (values.occupation) conditions.push(eq(vacancies.occupationUri, sql.placeholder('occupation')));
          if (contractTypes) conditions.push(isAnyOf(vacancies.contractType, 'contractTypes'));
          if (values.hours) conditions.push(eq(vacancies.hours, sql.placeholder('hours')));
          if (values.publishedSince) {
            conditions.push(gte(vacancies.publishedAt, sql.placeholder('publishedSince')));
          }
          let area: SearchArea | undefined;
          if (values.comune) {
            area = searchArea();
            conditions.push(sql`(${vacancies.remote} or ${area.distanceKm} <= ${sql.placeholder('radius')})`);
          }
          order.push(desc(vacancies.publishedAt), desc(vacancies.id));
          return { where: and(...conditions), order, area };
        },
        values,
        p,
        planned,
      );
    },

    listForCompany: (companyId: string, status: StatusFilter, p: Page, planned: PlannedRead<Vacancy>) =>
      page(
        `company:${status}`,
        () => ({
          where: and(eq(vacancies.companyId, sql.placeholder('company')), statusFilter(status)),
          order: [desc(vacancies.createdAt), desc(vacancies.id)],
        }),
        { company: companyId, today: todayInItaly() },
        p,
        planned,
      ),

    listForNetwork: (networkId: string, status: StatusFilter, p: Page, planned: PlannedRead<Vacancy>) =>
      page(
        `network:${status}`,
        () => ({
          where: and(eq(vacancies.networkId, sql.placeholder('network')), statusFilter(status)),
          order: [desc(vacancies.createdAt), desc(vacancies.id)],
        }),
        { network: networkId, today: todayInItaly() },
        p,
        planned,
      ),

    listToModerate: (networkId: string, p: Page, planned: PlannedRead<Vacancy>) =>
      page(
        'to moderate',
        () => ({
          where: and(eq(vacancies.networkId, sql.placeholder('network')), eq(vacancies.status, 'SUBMITTED')),
          order: [asc(vacancies.updatedAt), asc(vacancies.id)],
        }),
        { network: networkId },
        p,
        planned,
      ),
  };
}

export type VacancyService = ReturnType<typeof createVacancyService>;

type StatusFilter = VacancyRow['status'] | 'EXPIRED' | null | undefined;

/** Filters on the status a reader sees: EXPIRED and PUBLISHED are told apart by the day `today`. */
function statusFilter(status: StatusFilter): SQL | undefined {
  const today = sql.placeholder('today');
  if (status === 'EXPIRED')
    return and(eq(vacancies.status, 'PUBLISHED'), sql`${vacancies.expiresOn} < ${today}`);
  if (status === 'PUBLISHED') return and(eq(vacancies.status, 'PUBLISHED'), gte(vacancies.expiresOn, today));
  return status ? eq(vacancies.status, status) : undefined;
}

/** The status a reader sees: a published vacancy past its day has expired. */
export const effectiveStatus = (vacancy: Vacancy, today: string) =>
  vacancy.status === 'PUBLISHED' && vacancy.expiresOn < today ? 'EXPIRED' : vacancy.status;
