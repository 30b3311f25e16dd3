import { comuni, type Db, memberships, networks } from '@sportello/db';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { UserErrors, userError } from '../../lib/errors.js';
import { recordAudit } from '../audit/service.js';
import { CLASS_LABEL, GROUP_LABEL, KIND_LABEL } from '../outcomes/labels.js';
import type { ContractClass, OutcomeKind } from '../outcomes/rules.js';
import { type ProtectedTable, protectCounts, protectTable } from './k-anonymity.js';
import type { Semester } from './semester.js';

/** The four target groups of the seeds, and everyone else. Each person counts in one only. */
export const REPORT_GROUPS = [
  'LAW_68_DISABILITY',
  'ECONOMIC_HARDSHIP',
  'OVER_45',
  'YOUNG_UNEMPLOYED',
  'NONE',
] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];
export const REPORT_GROUP_LABEL: Record<ReportGroup, string> = {
  ...GROUP_LABEL,
  NONE: 'Nessuno dei quattro gruppi',
};

export const CONTRACT_TYPE_LABEL: Record<string, string> = {
  PERMANENT: 'Tempo indeterminato',
  FIXED_TERM: 'Tempo determinato',
  APPRENTICESHIP: 'Apprendistato',
  AGENCY: 'Somministrazione',
  INTERNSHIP: 'Tirocinio',
  COLLABORATION: 'Collaborazione',
  SELF_EMPLOYMENT: 'Lavoro autonomo',
};

/** The outcome table's columns: a hire by its contract class, any other outcome by its kind. */
const OUTCOME_COLUMNS = [
  'PERMANENT',
  'FIXED_TERM_LONG',
  'FIXED_TERM_SHORT',
  'BUSINESS_STARTED',
  'INTERNSHIP_COMPLETED',
  'PROGRAM_TRAINING',
  'PROGRAM_COMPLETED',
] as const;
const outcomeColumnLabel = (column: (typeof OUTCOME_COLUMNS)[number]) =>
  column in CLASS_LABEL ? CLASS_LABEL[column as ContractClass] : KIND_LABEL[column as OutcomeKind];
/** The row of residents of comuni outside the network. */
export const OTHER_COMUNI = 'ALTRI';

/** A published table with the keys and Italian labels of its rows and columns. */
export interface CountTable extends ProtectedTable {
  rowKeys: string[];
  rowLabels: string[];
  columnKeys: string[];
  columnLabels: string[];
  /** The column totals under their GraphQL name. */
  columnTotals: (number | null)[];
}

const published = (table: ProtectedTable) => ({ ...table, columnTotals: table.colTotals });

/** One figure of a list; `count` null when suppressed (persons only). */
export interface Tally {
  key: string;
  label: string;
  count: number | null;
}

export interface SkillBalance {
  skillUri: string;
  label: string;
  /** Vacancies of the semester that ask for it. */
  demanded: number;
  /** CVs that offer it (persons: null when fewer than k). */
  offered: number | null;
  /** Percentage of the semester's vacancies that ask for it. */
  demandShare: number;
  /** Percentage of the CVs that offer it; null with `offered`. */
  supplyShare: number | null;
  /** Share of vacancies asking for it minus share of CVs offering it, in points; null with `offered`. */
  gapPoints: number | null;
}

export interface GroupMedian {
  group: ReportGroup;
  label: string;
  placements: number | null;
  /** Median days from registration to the first day of work; null when placements are suppressed. */
  medianDays: number | null;
}

export interface LabourMarketReport {
  networkId: string;
  networkName: string;
  semester: Semester;
  comune: typeof comuni.$inferSelect | null;
  minCount: number;
  registrations: CountTable;
  peopleInCharge: CountTable;
  vacanciesBySection: Tally[];
  vacanciesByOccupationGroup: Tally[];
  vacanciesByContractType: Tally[];
  vacancies: number;
  topDemandedSkills: SkillBalance[];
  topOfferedSkills: SkillBalance[];
  largestSkillGaps: SkillBalance[];
  funnel: Tally[];
  internships: Tally[];
  training: Tally[];
  timeToPlacement: GroupMedian[];
  outcomes: CountTable;
  stillEmployedAt90Days: Tally[];
}

type Row = Record<string, unknown>;
/** Rows of a raw statement, from either driver (postgres-js gives an array, PGlite `{ rows }`). */
export const rowsOf = (result: unknown): Row[] =>
  Array.isArray(result) ? (result as Row[]) : ((result as { rows: Row[] }).rows ?? []);
const num = (value: unknown) => Number(value ?? 0);

/**
 * The disjoint target group of a citizen on a day (`c` citizens, `sc` special categories): law
 * 68/1999 lists first, then economic hardship, then 45 or older, then 15–29 and out of work.
 */
const citizenGroup = (day: string) => sql`case
  when sc.law68_disability then 'LAW_68_DISABILITY'
  when sc.economic_hardship then 'ECONOMIC_HARDSHIP'
  when c.birth_date <= ${day}::date - interval '45 years' then 'OVER_45'
  when c.birth_date > ${day}::date - interval '30 years' and c.birth_date <= ${day}::date - interval '15 years'
    and c.employment_status in ('UNEMPLOYED', 'NEVER_EMPLOYED') then 'YOUNG_UNEMPLOYED'
  else 'NONE' end`;

/** The same precedence on the groups an outcome recorded at hire (`o`). */
const outcomeGroup = sql`case
  when 'LAW_68_DISABILITY' = any(o.target_groups) then 'LAW_68_DISABILITY'
  when 'ECONOMIC_HARDSHIP' = any(o.target_groups) then 'ECONOMIC_HARDSHIP'
  when 'OVER_45' = any(o.target_groups) then 'OVER_45'
  when 'YOUNG_UNEMPLOYED' = any(o.target_groups) then 'YOUNG_UNEMPLOYED'
  else 'NONE' end`;

/**
 * The semestral labour-market report of a network (or of one member comune): a handful of
 * aggregate statements, each one pass over its tables, and every count of persons k-anonymous.
 */
export function createReportService(db: Db) {
  async function rows(query: SQL) {
    return rowsOf(await db.execute(query));
  }

  /**
   * Registrations in the semester and people in charge during it: comuni of residence × target
   * groups, k-anonymous with their totals; one statement, whatever the number of comuni. With
   * `jobStarts`, also the semester's starts of work (hires and businesses of one's own) by comune
   * of residence and group on the first day, from the outcome ledger.
   */
  async function comuneTables(
    networkId: string,
    semester: Semester,
    comuneCode: string | null,
    k: number,
    options: { jobStarts: boolean } = { jobStarts: false },
  ): Promise<{ registrations: CountTable; peopleInCharge: CountTable; jobStarts?: CountTable }> {
    const { startsOn: from, endsBefore: to, endsOn } = semester;
    const residentIn = comuneCode ? sql`and c.residence_comune_code = ${comuneCode}` : sql``;
    const members = sql`
      select distinct m.comune_code from memberships m
      where m.network_id = ${networkId} and m.starts_on < ${to}::date
        and (m.ends_on is null or m.ends_on >= ${from}::date)`;
    const starts = options.jobStarts
      ? rows(sql`
      with members as (${members})
      select coalesce(mb.comune_code, ${OTHER_COMUNI}) as comune, ${outcomeGroup} as grp, count(*) as job_starts
      from outcomes o left join members mb on mb.comune_code = o.comune_code
      where o.network_id = ${networkId} and o.starts_on >= ${from}::date and o.starts_on < ${to}::date
        and o.kind in ('HIRE', 'INTERNSHIP_HIRE', 'PROGRAM_HIRE', 'BUSINESS_STARTED')
        ${comuneCode ? sql`and o.comune_code = ${comuneCode}` : sql``}
      group by 1, 2`)
      : Promise.resolve([]);
    const people = await rows(sql`
      with in_charge as (
        select distinct a.citizen_id from case_assignments a
        where a.network_id = ${networkId} and a.started_at < ${to}::date
          and (a.ended_at is null or a.ended_at >= ${from}::date)
      ), members as (${members})
      select coalesce(mb.comune_code, ${OTHER_COMUNI}) as comune, ${citizenGroup(endsOn)} as grp,
        count(*) filter (where c.created_at >= ${from}::date and c.created_at < ${to}::date) as registered,
        count(ic.citizen_id) as in_charge
      from citizens c
      left join citizen_special_categories sc on sc.citizen_id = c.user_id
      left join in_charge ic on ic.citizen_id = c.user_id
      left join members mb on mb.comune_code = c.residence_comune_code
      where c.network_id = ${networkId} and c.created_at < ${to}::date ${residentIn}
      group by 1, 2`);
    const started = await starts;
    const comuneCodes = [...new Set([...people, ...started].map((r) => String(r.comune)))].sort((a, b) =>
      a === OTHER_COMUNI ? 1 : b === OTHER_COMUNI ? -1 : a.localeCompare(b),
    );
    const names = new Map<string, string>();
    if (comuneCodes.length) {
      for (const row of await rows(
        sql`select istat_code, name from comuni where istat_code in (${sql.join(
          comuneCodes.map((code) => sql`${code}`),
          sql`, `,
        )})`,
      ))
        names.set(String(row.istat_code), String(row.name));
    }
    const comuneLabels = comuneCodes.map((code) =>
      code === OTHER_COMUNI ? 'Comuni fuori dalla rete' : (names.get(code) ?? code),
    );
    const countTable = (source: Row[], field: 'registered' | 'in_charge' | 'job_starts'): CountTable => {
      const cells = comuneCodes.map((code) =>
        REPORT_GROUPS.map((group) => num(source.find((r) => r.comune === code && r.grp === group)?.[field])),
      );
      return {
        rowKeys: comuneCodes,
        rowLabels: comuneLabels,
        columnKeys: [...REPORT_GROUPS],
        columnLabels: REPORT_GROUPS.map((g) => REPORT_GROUP_LABEL[g]),
        ...published(protectTable({ cells, rowTotals: true, colTotals: true }, k)),
      };
    };
    return {
      registrations: countTable(people, 'registered'),
      peopleInCharge: countTable(people, 'in_charge'),
      ...(options.jobStarts ? { jobStarts: countTable(started, 'job_starts') } : {}),
    };
  }

  return {
    async minCount(networkId: string) {
      const [row] = await db
        .select({ k: networks.reportMinCount })
        .from(networks)
        .where(eq(networks.id, networkId));
      return row?.k ?? 5;
    },

    /** Whether a comune is or was a member of the network. */
    async isMember(networkId: string, istatCode: string) {
      const [row] = await db
        .select({ id: memberships.id })
        .from(memberships)
        .where(and(eq(memberships.networkId, networkId), eq(memberships.comuneCode, istatCode)))
        .limit(1);
      return row !== undefined;
    },

    /** Audited. */
    async setMinCount(networkId: string, minCount: number, actorUserId: string) {
      if (!Number.isInteger(minCount) || minCount < 3 || minCount > 50) {
        throw new UserErrors([
          userError('minCount', 'OUT_OF_RANGE', 'Indica una soglia minima tra 3 e 50 persone.'),
        ]);
      }
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(networks)
          .set({ reportMinCount: minCount })
          .where(eq(networks.id, networkId))
          .returning({ k: networks.reportMinCount });
        await recordAudit(tx, {
          networkId,
          actorUserId,
          action: 'network.report_min_count_changed',
          subjectType: 'network',
          subjectId: networkId,
          details: { minCount },
        });
        return row!.k;
      });
    },

    /**
     * The figures of a semester by comune for the open data: the same tables, and the same
     * suppression, as the network's report. Public, so not audited.
     */
    async openData(networkId: string, semester: Semester) {
      const k = await this.minCount(networkId);
      const { registrations, peopleInCharge, jobStarts } = await comuneTables(networkId, semester, null, k, {
        jobStarts: true,
      });
      return { minCount: k, registrations, peopleInCharge, jobStarts: jobStarts! };
    },

    /** The first day the network has figures for: its creation, or an earlier registration. */
    async firstDay(networkId: string): Promise<string | null> {
      const [row] = await rows(sql`
        select (least(n.created_at, (select min(c.created_at) from citizens c where c.network_id = n.id))
          at time zone 'Europe/Rome')::date::text as day
        from networks n where n.id = ${networkId}`);
      return row ? String(row.day) : null;
    },

    async comune(istatCode: string) {
      const [row] = await db.select().from(comuni).where(eq(comuni.istatCode, istatCode));
      return row ?? null;
    },

    async labourMarket(input: {
      networkId: string;
      semester: Semester;
      comuneCode: string | null;
      actorUserId: string;
    }): Promise<LabourMarketReport> {
      const { networkId, semester, comuneCode } = input;
      const { startsOn: from, endsBefore: to, endsOn } = semester;
      const [network] = await db
        .select({ name: networks.name, k: networks.reportMinCount })
        .from(networks)
        .where(eq(networks.id, networkId));
      const k = network?.k ?? 5;
      const comune = comuneCode ? await this.comune(comuneCode) : null;
      const residentIn = comuneCode ? sql`and c.residence_comune_code = ${comuneCode}` : sql``;
      /** Joins the person of a row (`alias`.citizen_id) only when a comune narrows the report. */
      const person = (alias: string) =>
        comuneCode ? sql.raw(`join citizens c on c.user_id = ${alias}.citizen_id`) : sql``;
      const workplaceIn = comuneCode ? sql`and v.workplace_comune_code = ${comuneCode}` : sql``;

      const [{ registrations, peopleInCharge }, vacancyRows, skillRows, activity, medians, outcomeRows] =
        await Promise.all([
          comuneTables(networkId, semester, comuneCode, k),
          // Vacancies published in the semester: by ATECO section, ISCO major group, contract type.
          rows(sql`
          select grouping(section, isco, contract_type) as level, section, isco, contract_type, count(*) as n
          from (
            select coalesce(case when co.ateco_code ~ '^[A-Z]$' then co.ateco_code end, d.parent_code, '?') as section,
              coalesce(left(eo.isco_group, 1), '?') as isco, v.contract_type::text as contract_type
            from vacancies v
            join companies co on co.id = v.company_id
            left join ateco d on d.code = left(co.ateco_code, 2)
            left join esco_occupations eo on eo.uri = v.occupation_uri
            where v.network_id = ${networkId} and v.published_at >= ${from}::date and v.published_at < ${to}::date
              ${workplaceIn}
          ) p
          group by grouping sets ((section), (isco), (contract_type), ())`),
          // Skills asked by the semester's vacancies and offered by the CVs, ranked three ways.
          rows(sql`
          with demand as (
            select vs.skill_uri, count(*) as n from vacancy_skills vs
            join vacancies v on v.id = vs.vacancy_id
            where v.network_id = ${networkId} and v.published_at >= ${from}::date and v.published_at < ${to}::date
              ${workplaceIn}
            group by 1
          ), supply as (
            select cs.skill_uri, count(*) as n from cv_skills cs
            join cvs on cvs.citizen_id = cs.citizen_id
            ${comuneCode ? sql`join citizens c on c.user_id = cvs.citizen_id` : sql``}
            where cvs.network_id = ${networkId} ${residentIn}
            group by 1
          ), totals as (
            select
              (select count(*) from vacancies v where v.network_id = ${networkId}
                and v.published_at >= ${from}::date and v.published_at < ${to}::date ${workplaceIn}) as vacancies,
              (select count(*) from cvs ${comuneCode ? sql`join citizens c on c.user_id = cvs.citizen_id` : sql``}
                where cvs.network_id = ${networkId} ${residentIn}) as cvs
          ), balance as (
            select coalesce(d.skill_uri, s.skill_uri) as skill_uri, coalesce(d.n, 0) as demanded,
              coalesce(s.n, 0) as offered,
              100.0 * coalesce(d.n, 0) / greatest(t.vacancies, 1) as demand_share,
              100.0 * coalesce(s.n, 0) / greatest(t.cvs, 1) as supply_share,
              100.0 * coalesce(d.n, 0) / greatest(t.vacancies, 1) - 100.0 * coalesce(s.n, 0) / greatest(t.cvs, 1) as gap
            from demand d full join supply s on s.skill_uri = d.skill_uri cross join totals t
          ), ranked as (
            select b.*,
              row_number() over (order by demanded desc, skill_uri) as by_demand,
              row_number() over (order by offered desc, skill_uri) as by_supply,
              row_number() over (order by gap desc, skill_uri) as by_gap
            from balance b
          )
          select r.skill_uri, coalesce(es.label_it, es.label_en, r.skill_uri) as label, r.demanded, r.offered, r.gap,
            r.demand_share, r.supply_share,
            r.by_demand, r.by_supply, r.by_gap
          from ranked r left join esco_skills es on es.uri = r.skill_uri
          where r.by_demand <= 10 or r.by_supply <= 10 or (r.by_gap <= 10 and r.demanded > 0)`),
          // The funnel, tirocini and training of the semester: counts of persons, one statement.
          rows(sql`
          select
            (select count(distinct a.citizen_id) from applications a ${person('a')}
              where a.network_id = ${networkId} and a.proposed_by is not null
                and a.created_at >= ${from}::date and a.created_at < ${to}::date ${residentIn}) as proposed,
            (select count(distinct a.citizen_id) from applications a ${person('a')}
              where a.network_id = ${networkId} and a.disclosed_at >= ${from}::date and a.disclosed_at < ${to}::date
                ${residentIn}) as applied,
            (select count(distinct i.citizen_id) from interviews i ${person('i')}
              where i.network_id = ${networkId} and i.created_at >= ${from}::date and i.created_at < ${to}::date
                ${residentIn}) as interviewed,
            (select count(distinct p.citizen_id) from placements p ${person('p')}
              where p.network_id = ${networkId} and p.verified_at is not null
                and p.starts_on >= ${from}::date and p.starts_on < ${to}::date ${residentIn}) as hired,
            (select count(*) from internships t ${person('t')}
              where t.network_id = ${networkId} and t.starts_on >= ${from}::date and t.starts_on < ${to}::date
                and t.status <> 'PROPOSED' ${residentIn}) as internships_started,
            (select count(*) from internships t ${person('t')}
              where t.network_id = ${networkId} and t.status = 'COMPLETED'
                and t.evaluation_outcome = 'OBJECTIVES_ACHIEVED'
                and t.ends_on >= ${from}::date and t.ends_on < ${to}::date ${residentIn}) as internships_achieved,
            (select count(*) from internships t ${person('t')}
              where t.network_id = ${networkId} and t.status = 'COMPLETED'
                and t.evaluation_outcome <> 'OBJECTIVES_ACHIEVED'
                and t.ends_on >= ${from}::date and t.ends_on < ${to}::date ${residentIn}) as internships_partial,
            (select count(*) from internships t ${person('t')}
              where t.network_id = ${networkId} and t.status = 'INTERRUPTED'
                and t.ends_on >= ${from}::date and t.ends_on < ${to}::date ${residentIn}) as internships_interrupted,
            (select count(*) from placements p ${person('p')}
              where p.network_id = ${networkId} and p.source = 'INTERNSHIP'
                and p.starts_on >= ${from}::date and p.starts_on < ${to}::date ${residentIn}) as internships_hired,
            (select count(*) from training_enrolments e ${person('e')}
              where e.network_id = ${networkId} and e.enrolled_at >= ${from}::date and e.enrolled_at < ${to}::date
                ${residentIn}) as training_enrolled,
            (select count(*) from training_enrolments e ${person('e')}
              where e.network_id = ${networkId} and e.completed_at >= ${from}::date and e.completed_at < ${to}::date
                ${residentIn}) as training_completed,
            (select count(*) from training_enrolments e ${person('e')}
              where e.network_id = ${networkId} and e.withdrawn_at >= ${from}::date and e.withdrawn_at < ${to}::date
                ${residentIn}) as training_withdrawn`),
          // Days from registration to the first day of work, by group, for the semester's placements.
          rows(sql`
          select ${citizenGroup(endsOn)} as grp, count(*) as n,
            percentile_cont(0.5) within group (order by p.starts_on - (c.created_at at time zone 'Europe/Rome')::date) as median
          from placements p
          join citizens c on c.user_id = p.citizen_id
          left join citizen_special_categories sc on sc.citizen_id = c.user_id
          where p.network_id = ${networkId} and p.verified_at is not null
            and p.starts_on >= ${from}::date and p.starts_on < ${to}::date ${residentIn}
          group by 1`),
          // Outcomes of the semester by group and by contract class (hires) or kind, and who still works at 90 days.
          rows(sql`
          with latest as (
            select distinct on (f.outcome_id) f.outcome_id, f.still_employed
            from outcome_follow_ups f
            join outcomes o on o.id = f.outcome_id
            where o.network_id = ${networkId} and o.starts_on >= ${from}::date and o.starts_on < ${to}::date
              and f.checkpoint_days = 90
            order by f.outcome_id, f.at desc
          )
          select ${outcomeGroup} as grp, coalesce(o.contract_class::text, o.kind::text) as class, count(*) as n,
            count(*) filter (where l.still_employed) as retained
          from outcomes o left join latest l on l.outcome_id = o.id
          where o.network_id = ${networkId} and o.starts_on >= ${from}::date and o.starts_on < ${to}::date
            ${comuneCode ? sql`and o.comune_code = ${comuneCode}` : sql``}
          group by 1, 2`),
        ]);

      await recordAudit(db, {
        networkId,
        actorUserId: input.actorUserId,
        action: 'report.labour_market_generated',
        subjectType: 'network',
        subjectId: networkId,
        details: { semester: semester.code, comune: comuneCode },
      });

      // Vacancies (not persons: shown as they are).
      const level = (row: Row) => num(row.level);
      const sectionTitles = new Map<string, string>();
      const iscoTitles = new Map<string, string>();
      const sections = vacancyRows.filter((r) => level(r) === 3);
      const iscos = vacancyRows.filter((r) => level(r) === 5);
      const contracts = vacancyRows.filter((r) => level(r) === 6);
      const all = vacancyRows.find((r) => level(r) === 7);
      if (sections.length || iscos.length) {
        for (const row of await rows(sql`
          select 'S' as kind, code, title_it as title from ateco where level = 'section'
          union all select 'I', code, coalesce(label_it, label_en) from isco_groups where length(code) = 1`))
          (row.kind === 'S' ? sectionTitles : iscoTitles).set(String(row.code), String(row.title));
      }
      const byCount = (a: Tally, b: Tally) => (b.count ?? 0) - (a.count ?? 0) || a.key.localeCompare(b.key);
      const vacanciesBySection = sections
        .map((r) => ({
          key: String(r.section),
          label: sectionTitles.has(String(r.section))
            ? `${r.section} – ${sentenceCase(sectionTitles.get(String(r.section))!)}`
            : 'Settore non indicato',
          count: num(r.n),
        }))
        .sort(byCount);
      const vacanciesByOccupationGroup = iscos
        .map((r) => ({
          key: String(r.isco),
          label: iscoTitles.has(String(r.isco))
            ? `${r.isco} – ${iscoTitles.get(String(r.isco))}`
            : 'Gruppo professionale non indicato',
          count: num(r.n),
        }))
        .sort(byCount);
      const vacanciesByContractType = contracts
        .map((r) => ({
          key: String(r.contract_type),
          label: CONTRACT_TYPE_LABEL[String(r.contract_type)] ?? String(r.contract_type),
          count: num(r.n),
        }))
        .sort(byCount);

      // Skills.
      const oneDecimal = (value: unknown) => Math.round(Number(value) * 10) / 10;
      const skill = (r: Row): SkillBalance => {
        const offered = protectCounts([num(r.offered)], k)[0]!;
        return {
          skillUri: String(r.skill_uri),
          label: String(r.label),
          demanded: num(r.demanded),
          offered,
          demandShare: oneDecimal(r.demand_share),
          supplyShare: offered === null ? null : oneDecimal(r.supply_share),
          gapPoints: offered === null ? null : oneDecimal(r.gap),
        };
      };
      const ranked = (field: string, filter: (r: Row) => boolean = () => true) =>
        skillRows
          .filter((r) => num(r[field]) <= 10 && filter(r))
          .sort((a, b) => num(a[field]) - num(b[field]))
          .map(skill);

      // Funnel, tirocini, training: counts of persons without totals.
      const a = activity[0] ?? {};
      const tallies = (entries: [string, string, string][]): Tally[] => {
        const counts = protectCounts(
          entries.map(([, , field]) => num(a[field])),
          k,
        );
        return entries.map(([key, label], i) => ({ key, label, count: counts[i]! }));
      };

      // Outcomes: groups × contract classes, k-anonymous with totals.
      const outcomeCells = REPORT_GROUPS.map((group) =>
        OUTCOME_COLUMNS.map((column) =>
          num(outcomeRows.find((r) => r.grp === group && r.class === column)?.n),
        ),
      );
      const retained = protectCounts(
        REPORT_GROUPS.map((group) =>
          outcomeRows.filter((r) => r.grp === group).reduce((s, r) => s + num(r.retained), 0),
        ),
        k,
      );

      return {
        networkId,
        networkName: network?.name ?? '',
        semester,
        comune,
        minCount: k,
        registrations,
        peopleInCharge,
        vacanciesBySection,
        vacanciesByOccupationGroup,
        vacanciesByContractType,
        vacancies: num(all?.n),
        topDemandedSkills: ranked('by_demand', (r) => num(r.demanded) > 0),
        topOfferedSkills: ranked('by_supply', (r) => num(r.offered) > 0),
        largestSkillGaps: ranked('by_gap', (r) => num(r.demanded) > 0),
        funnel: tallies([
          ['PROPOSED', 'Persone proposte dagli operatori', 'proposed'],
          ['APPLIED', 'Persone candidate', 'applied'],
          ['INTERVIEWED', 'Persone invitate a colloquio', 'interviewed'],
          ['HIRED', 'Persone assunte', 'hired'],
        ]),
        internships: tallies([
          ['STARTED', 'Tirocini avviati', 'internships_started'],
          ['ACHIEVED', 'Conclusi con obiettivi raggiunti', 'internships_achieved'],
          ['PARTIAL', 'Conclusi con obiettivi raggiunti in parte o non raggiunti', 'internships_partial'],
          ['INTERRUPTED', 'Interrotti', 'internships_interrupted'],
          ['HIRED', 'Assunzioni dopo un tirocinio', 'internships_hired'],
        ]),
        training: tallies([
          ['ENROLLED', 'Iscrizioni a moduli formativi', 'training_enrolled'],
          ['COMPLETED', 'Moduli completati', 'training_completed'],
          ['WITHDRAWN', 'Ritiri', 'training_withdrawn'],
        ]),
        timeToPlacement: REPORT_GROUPS.map((group) => {
          const row = medians.find((r) => r.grp === group);
          const placements = protectCounts([num(row?.n)], k)[0]!;
          return {
            group,
            label: REPORT_GROUP_LABEL[group],
            placements,
            medianDays: placements === null || !row ? null : Math.round(Number(row.median)),
          };
        }),
        outcomes: {
          rowKeys: [...REPORT_GROUPS],
          rowLabels: REPORT_GROUPS.map((g) => REPORT_GROUP_LABEL[g]),
          columnKeys: [...OUTCOME_COLUMNS],
          columnLabels: OUTCOME_COLUMNS.map(outcomeColumnLabel),
          ...published(protectTable({ cells: outcomeCells, rowTotals: true, colTotals: true }, k)),
        },
        stillEmployedAt90Days: REPORT_GROUPS.map((group, i) => ({
          key: group,
          label: REPORT_GROUP_LABEL[group],
          count: retained[i]!,
        })),
      };
    },
  };
}

/** "AGRICOLTURA, SILVICOLTURA E PESCA" → "Agricoltura, silvicoltura e pesca". */
const sentenceCase = (text: string) => text.charAt(0) + text.slice(1).toLowerCase();

export type ReportService = ReturnType<typeof createReportService>;
