/**
 * The plain-PostgreSQL peer of the matching engine: what one would write without it. The profiles
 * the score reads are kept denormalized, one row per CV and per vacancy with arrays (as a
 * materialized view would be), with a GIN index on the CVs' ISCO minor groups; the score of
 * `packages/matching` is computed in SQL in the same integer tenths, and each direction is one
 * statement ending in ORDER BY score DESC, id LIMIT k.
 *
 * Prefilter: pairs whose occupations share no ISCO minor group get no occupation points, and pairs
 * that share none of the vacancy's essential skills get at most half of the essential-skill points
 * (related skills earn half credit), so a pair failing both scores at most
 * MAX_SCORE - FULL.occupation - (FULL.essentialSkills - its half). The prefiltered statement (GIN
 * `&&` on the CVs' minor groups and skills, a btree on the vacancies' minor group and GIN on their
 * essential skills, the two combined by a bitmap OR) is exact when its k-th score is above that
 * bound; otherwise the same statement runs again without the prefilter.
 */
import {
  bitCount,
  type Component,
  type CvProfile,
  MAX_SCORE,
  type Match,
  type ReferenceData,
  SCALE,
  type VacancyProfile,
  WEIGHTS,
} from '@sportello/matching';
import type { Sql } from 'postgres';

const RAD = `(pi() / 180)`;

const FULL_POINTS = Object.fromEntries(Object.entries(WEIGHTS).map(([c, w]) => [c, w * SCALE])) as Record<
  Component,
  number
>;

/** distanceTenths of packages/matching/src/geo.ts, operation for operation. */
function distanceSql(lat1: string, lon1: string, lat2: string, lon2: string): string {
  return `floor(20 * 6371.0088 * asin(least(1, sqrt(
    power(sin(((${lat2}) - (${lat1})) * ${RAD} / 2), 2)
    + cos((${lat1}) * ${RAD}) * cos((${lat2}) * ${RAD}) * power(sin(((${lon2}) - (${lon1})) * ${RAD} / 2), 2)))) + 0.5)`;
}

/** Math.round(full * units / (2 * required)) for non-negative values. */
const share = (full: number, units: string, required: string) =>
  `floor((${full} * (${units}))::float8 / (2 * (${required})) + 0.5)::int`;

const levelCredit = (level: string, required: string) =>
  `(case when ${level} >= ${required} then 2 when ${level} = ${required} - 1 then 1 else 0 end)`;

const OCCUPATION = [
  0,
  Math.round((FULL_POINTS.occupation * 3) / 10),
  Math.round((FULL_POINTS.occupation * 3) / 5),
];
const BOUND_WITHOUT_OCCUPATION = MAX_SCORE - FULL_POINTS.occupation;
/** What a pair sharing no minor group nor any essential skill can score, when there are essential skills. */
const BOUND_WITHOUT_OCCUPATION_OR_ESSENTIAL =
  BOUND_WITHOUT_OCCUPATION - (FULL_POINTS.essentialSkills - Math.round(FULL_POINTS.essentialSkills / 2));

const list = (values: readonly number[]) => `'{${values.join(',')}}'::int[]`;

function licenceHeld(mask: number, column: string): string {
  const bits: string[] = [];
  for (let b = 0; b < 31; b++) if (mask & (1 << b)) bits.push(`((${column} >> ${b}) & 1)`);
  return bits.length ? bits.join(' + ') : '0';
}

export class SqlPeer {
  constructor(
    private readonly sql: Sql,
    private readonly ref: ReferenceData,
  ) {}

  /** Writes the denormalized profiles the peer reads (not timed: it stands for a maintained view). */
  async load(cvs: Iterable<CvProfile>, vacancies: Iterable<VacancyProfile>): Promise<void> {
    const { sql, ref } = this;
    await sql.unsafe(`
      drop table if exists bench_cv_profiles, bench_vacancy_profiles;
      create unlogged table bench_cv_profiles (
        id uuid primary key, network int not null, shares boolean not null, active boolean not null,
        law68 boolean not null, lat float8 not null, lon float8 not null, radius int not null,
        skills int[] not null, occ int[] not null, occ_isco int[] not null, occ_minor int[] not null,
        exp_isco int[] not null, exp_months int[] not null, lang int[] not null, lang_level int[] not null,
        eqf int not null, full_time boolean not null, part_time boolean not null, shifts boolean not null,
        licences int not null);
      create unlogged table bench_vacancy_profiles (
        id uuid primary key, network int not null, published boolean not null, expires int not null,
        remote boolean not null, lat float8, lon float8, occ int not null, isco int not null,
        isco_minor int not null, ess int[] not null, opt int[] not null, lang int[] not null,
        lang_min int[] not null, min_eqf int not null, min_exp int not null, part_time boolean not null,
        shifts boolean not null, licences int not null, law68 boolean not null)`);
    const arr = (values: readonly number[]) => `{${values.join(',')}}`;
    const bool = (b: boolean) => (b ? 't' : 'f');
    const copy = async (table: string, rows: Iterable<string>) => {
      const stream = await sql.unsafe(`copy ${table} from stdin`).writable();
      let buffer = '';
      for (const row of rows) {
        buffer += `${row}\n`;
        if (buffer.length > 1 << 20) {
          if (!stream.write(buffer)) await new Promise((resolve) => stream.once('drain', resolve));
          buffer = '';
        }
      }
      await new Promise<void>((resolve, reject) => {
        stream.on('error', reject);
        stream.end(buffer, () => resolve());
      });
    };
    await copy(
      'bench_cv_profiles',
      (function* () {
        for (const cv of cvs) {
          const isco = cv.occupations.map((o) => ref.occupationIsco[o]!);
          yield [
            cv.key,
            cv.network,
            bool(cv.sharesCv),
            bool(cv.active),
            bool(cv.law68Eligible),
            ref.comuneLatitude[cv.comune],
            ref.comuneLongitude[cv.comune],
            cv.mobilityRadiusKm,
            arr(cv.skills),
            arr(cv.occupations),
            arr(isco),
            arr([...new Set(isco.map((i) => Math.trunc(i / 10)))]),
            arr(cv.experiences.map((e) => ref.occupationIsco[e.occupation]!)),
            arr(cv.experiences.map((e) => e.months)),
            arr(cv.languages.map((l) => l.language)),
            arr(cv.languages.map((l) => l.level)),
            cv.eqfLevel,
            bool(cv.fullTime),
            bool(cv.partTime),
            bool(cv.shifts),
            cv.licences,
          ].join('\t');
        }
      })(),
    );
    await copy(
      'bench_vacancy_profiles',
      (function* () {
        for (const v of vacancies) {
          const isco = ref.occupationIsco[v.occupation]!;
          yield [
            v.key,
            v.network,
            bool(v.published),
            v.expiresDay,
            bool(v.remote),
            v.remote ? '\\N' : ref.comuneLatitude[v.comune],
            v.remote ? '\\N' : ref.comuneLongitude[v.comune],
            v.occupation,
            isco,
            Math.trunc(isco / 10),
            arr(v.essentialSkills),
            arr(v.optionalSkills),
            arr(v.languages.map((l) => l.language)),
            arr(v.languages.map((l) => l.minLevel)),
            v.minEqfLevel,
            v.minExperienceMonths,
            bool(v.partTime),
            bool(v.shifts),
            v.licences,
            bool(v.law68Reserved),
          ].join('\t');
        }
      })(),
    );
    await sql.unsafe(`
      create index on bench_cv_profiles using gin (occ_minor);
      create index on bench_cv_profiles using gin (skills);
      create index on bench_vacancy_profiles (isco_minor);
      create index on bench_vacancy_profiles using gin (ess);
      -- Vacancies without essential skills give everyone their full points: the prefilter keeps them.
      create index on bench_vacancy_profiles (id) where cardinality(ess) = 0;
      analyze bench_cv_profiles;
      analyze bench_vacancy_profiles`);
  }

  /** Skills that earn half credit for a vacancy skill, for a CV with these skills and occupations. */
  private relatedCredit(skill: number, cvSkills: string, cvOccupations: string): string {
    const related = this.ref.relatedSkills[skill] ?? [];
    const occupations: number[] = [];
    this.ref.occupationSkills.forEach((skills, o) => {
      if (skills.includes(skill)) occupations.push(o);
    });
    return `(case when ${skill} = any(${cvSkills}) then 2
      when ${cvSkills} && ${list(related)} or ${cvOccupations} && ${list(occupations)} then 1 else 0 end)`;
  }

  private skillPoints(full: number, skills: readonly number[]): string {
    if (skills.length === 0) return String(full);
    const units = skills.map((s) => this.relatedCredit(s, 'p.skills', 'p.occ')).join(' + ');
    return share(full, units, String(skills.length));
  }

  /** Top k citizens for a vacancy. */
  async topCitizens(v: VacancyProfile, k: number): Promise<Match[]> {
    const { ref } = this;
    const isco = ref.occupationIsco[v.occupation]!;
    const minor = Math.trunc(isco / 10);
    const lat = ref.comuneLatitude[v.comune];
    const lon = ref.comuneLongitude[v.comune];
    const tenths = distanceSql('p.lat', 'p.lon', String(lat), String(lon));
    const declared = (language: number) => `coalesce(p.lang_level[array_position(p.lang, ${language})], 0)`;
    const licencesRequired = bitCount(v.licences);
    const score = [
      this.skillPoints(FULL_POINTS.essentialSkills, v.essentialSkills),
      this.skillPoints(FULL_POINTS.optionalSkills, v.optionalSkills),
      `case when ${v.occupation} = any(p.occ) then ${FULL_POINTS.occupation} when ${isco} = any(p.occ_isco)
        then ${OCCUPATION[2]} when ${minor} = any(p.occ_minor) then ${OCCUPATION[1]} else 0 end`,
      v.remote
        ? String(FULL_POINTS.distance)
        : `(select case when d.t > p.radius * 10 then 0 when p.radius = 0 then ${FULL_POINTS.distance}
            else ${share(FULL_POINTS.distance, '2 * p.radius * 10 - d.t', 'p.radius * 10')} end
            from (select ${tenths} as t) d)`,
      v.languages.length === 0
        ? String(FULL_POINTS.languages)
        : share(
            FULL_POINTS.languages,
            v.languages.map((l) => levelCredit(declared(l.language), String(l.minLevel))).join(' + '),
            String(v.languages.length),
          ),
      v.minEqfLevel === 0
        ? String(FULL_POINTS.education)
        : share(FULL_POINTS.education, levelCredit('p.eqf', String(v.minEqfLevel)), '1'),
      v.minExperienceMonths === 0
        ? String(FULL_POINTS.experience)
        : `floor(${FULL_POINTS.experience} * least(${v.minExperienceMonths},
            (select coalesce(sum(m), 0) from unnest(p.exp_isco, p.exp_months) e(i, m) where i = ${isco}))::float8
            / ${v.minExperienceMonths} + 0.5)::int`,
      `floor(${FULL_POINTS.availability} * ((case when p.${v.partTime ? 'part_time' : 'full_time'} then 3 else 0 end)
        + (case when ${!v.shifts} or p.shifts then 2 else 0 end))::float8 / 5 + 0.5)::int`,
      licencesRequired === 0
        ? String(FULL_POINTS.drivingLicences)
        : share(
            FULL_POINTS.drivingLicences,
            `2 * (${licenceHeld(v.licences, 'p.licences')})`,
            String(licencesRequired),
          ),
    ].join('\n + ');
    const statement = (prefilter: boolean) => `
      select id::text as key, score from (
        select p.id, (${score}) as score from bench_cv_profiles p
        where p.network = ${v.network} and p.shares and p.active ${v.law68Reserved ? 'and p.law68' : ''}
          ${
            !prefilter
              ? ''
              : v.essentialSkills.length === 0
                ? `and p.occ_minor && '{${minor}}'::int[]`
                : `and (p.occ_minor && '{${minor}}'::int[] or p.skills && ${list(v.essentialSkills)})`
          }
      ) s order by score desc, id limit ${k}`;
    const bound =
      v.essentialSkills.length === 0 ? BOUND_WITHOUT_OCCUPATION : BOUND_WITHOUT_OCCUPATION_OR_ESSENTIAL;
    return this.exactTop(statement, k, bound);
  }

  /** Top k vacancies for a citizen. */
  async topVacancies(cv: CvProfile, k: number, today: number): Promise<Match[]> {
    const { ref } = this;
    const isco = cv.occupations.map((o) => ref.occupationIsco[o]!);
    const minors = [...new Set(isco.map((i) => Math.trunc(i / 10)))];
    const exact = new Set(cv.skills);
    const related = new Set<number>();
    for (const s of cv.skills) for (const r of ref.relatedSkills[s] ?? []) related.add(r);
    for (const o of cv.occupations) for (const s of ref.occupationSkills[o] ?? []) related.add(s);
    const credit = `(case when s = any(${list([...exact])}) then 2 when s = any(${list([...related])}) then 1 else 0 end)`;
    const skills = (full: number, column: string) =>
      `case when cardinality(${column}) = 0 then ${full} else
        floor(${full} * (select sum(${credit}) from unnest(${column}) s)::float8 / (2 * cardinality(${column})) + 0.5)::int end`;
    const months = new Map<number, number>();
    for (const e of cv.experiences) {
      const i = ref.occupationIsco[e.occupation]!;
      months.set(i, (months.get(i) ?? 0) + e.months);
    }
    const lat = ref.comuneLatitude[cv.comune];
    const lon = ref.comuneLongitude[cv.comune];
    const radius = cv.mobilityRadiusKm * 10;
    const tenths = distanceSql(String(lat), String(lon), 'v.lat', 'v.lon');
    const langs = list(cv.languages.map((l) => l.language));
    const levels = list(cv.languages.map((l) => l.level));
    const score = [
      skills(FULL_POINTS.essentialSkills, 'v.ess'),
      skills(FULL_POINTS.optionalSkills, 'v.opt'),
      `case when v.occ = any(${list(cv.occupations)}) then ${FULL_POINTS.occupation}
        when v.isco = any(${list(isco)}) then ${OCCUPATION[2]}
        when v.isco_minor = any(${list(minors)}) then ${OCCUPATION[1]} else 0 end`,
      `case when v.remote then ${FULL_POINTS.distance} else
        (select case when d.t > ${radius} then 0 when ${radius} = 0 then ${FULL_POINTS.distance}
          else ${share(FULL_POINTS.distance, `${2 * radius} - d.t`, String(radius))} end
         from (select ${tenths} as t) d) end`,
      `case when cardinality(v.lang) = 0 then ${FULL_POINTS.languages} else
        floor(${FULL_POINTS.languages} * (select sum(${levelCredit(
          `coalesce((${levels})[array_position(${langs}, l)], 0)`,
          'm',
        )}) from unnest(v.lang, v.lang_min) r(l, m))::float8 / (2 * cardinality(v.lang)) + 0.5)::int end`,
      `case when v.min_eqf = 0 then ${FULL_POINTS.education} else
        ${share(FULL_POINTS.education, levelCredit(String(cv.eqfLevel), 'v.min_eqf'), '1')} end`,
      `case when v.min_exp = 0 then ${FULL_POINTS.experience} else
        floor(${FULL_POINTS.experience} * least(v.min_exp,
          coalesce((${list([...months.values()])})[array_position(${list([...months.keys()])}, v.isco)], 0))::float8
          / v.min_exp + 0.5)::int end`,
      `floor(${FULL_POINTS.availability} * ((case when v.part_time then ${cv.partTime} else ${cv.fullTime} end)::int * 3
        + (case when not v.shifts or ${cv.shifts} then 2 else 0 end))::float8 / 5 + 0.5)::int`,
      `case when v.licences = 0 then ${FULL_POINTS.drivingLicences} else
        ${share(FULL_POINTS.drivingLicences, `2 * bit_count((v.licences & ${cv.licences})::bit(32))`, 'bit_count(v.licences::bit(32))')} end`,
    ].join('\n + ');
    const statement = (prefilter: boolean) => `
      select id::text as key, score from (
        select v.id, (${score}) as score from bench_vacancy_profiles v
        where v.network = ${cv.network} and v.published and v.expires >= ${today}
          ${cv.law68Eligible ? '' : 'and not v.law68'}
          ${
            prefilter
              ? `and (v.isco_minor = any(${list(minors)}) or v.ess && ${list([...exact])} or cardinality(v.ess) = 0)`
              : ''
          }
      ) s order by score desc, id limit ${k}`;
    return this.exactTop(statement, k, BOUND_WITHOUT_OCCUPATION_OR_ESSENTIAL);
  }

  private async exactTop(
    statement: (prefilter: boolean) => string,
    k: number,
    bound: number,
  ): Promise<Match[]> {
    const rows = await this.sql.unsafe<{ key: string; score: number }[]>(statement(true));
    const safe = rows.length === k && rows[k - 1]!.score > bound;
    const top = safe ? rows : await this.sql.unsafe<{ key: string; score: number }[]>(statement(false));
    return top.map((r, id) => ({ id, key: r.key, score: Number(r.score) }));
  }
}
