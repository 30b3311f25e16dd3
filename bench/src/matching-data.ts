/**
 * Generates a network of citizens with CVs and of vacancies in PostgreSQL for the matching
 * benchmark, set-based (INSERT ... SELECT over generate_series, one statement per table and batch),
 * so a million CVs take minutes. Places are real comuni clustered around the network's member
 * comuni (those within MEMBER_KM of Legnano) and occupations are real ESCO occupations, popular ones
 * far more frequent than the long tail. Skills are real ESCO skills drawn from the ESCO
 * occupation–skill relations: a CV declares 5–25, most of them essential or optional skills of its
 * first sought occupation, some of its second, of other occupations in the same ISCO unit group and
 * transversal ones; a vacancy asks for 3–12 essential skills of its occupation and 0–8 optional ones.
 */
import type { Sql } from 'postgres';

/** ISTAT code of Legnano, the centre of the generated network. */
const CENTRE = '015118';
const MEMBER_KM = 15;
const NEARBY_KM = 45;
const BATCH = 100_000;

export interface GeneratedSizes {
  cvs: number;
  vacancies: number;
}

export interface Generated extends GeneratedSizes {
  generateS: number;
}

const km = (column: string) =>
  `2 * 6371.0088 * asin(sqrt(power(sin(radians(${column}.latitude - c.latitude) / 2), 2)
     + cos(radians(c.latitude)) * cos(radians(${column}.latitude)) * power(sin(radians(${column}.longitude - c.longitude) / 2), 2)))`;

/** What has been generated in this database, if anything (a database of an older generator: null). */
export async function generated(sql: Sql): Promise<Generated | null> {
  const [table] = await sql`select to_regclass('bench_meta') as t`;
  if (!table?.t) return null;
  const [row] = await sql`select cvs, vacancies, generate_s from bench_meta`;
  return row
    ? { cvs: Number(row.cvs), vacancies: Number(row.vacancies), generateS: Number(row.generate_s) }
    : null;
}

/**
 * A SQL expression that draws one element of one of several skill arrays: the uniform `u` picks
 * the array (each entry is [upper bound of u, array]), `w` the element. Empty arrays give null.
 */
function pick(choices: [number, string][]): string {
  const element = (array: string) => `(${array})[1 + floor(w * cardinality(${array}))::int]`;
  return `case ${choices.map(([upTo, array]) => `when u < ${upTo} then ${element(array)}`).join(' ')} end`;
}

export async function generate(sql: Sql, sizes: GeneratedSizes, log: (line: string) => void): Promise<void> {
  // Triggers (the matching change feed) and foreign-key checks are skipped for the bulk load: the
  // index is built from the tables, not from the feed, and every reference is taken from its table.
  await sql`set session_replication_role = replica`;
  await sql`select setseed(0.4242)`;
  await sql.unsafe(`
    create table bench_meta (cvs integer not null, vacancies integer not null, generate_s float8);
    create table bench_places as
      select c.istat_code, (${km('l')}) <= ${MEMBER_KM} as member
      from comuni c, comuni l
      where l.istat_code = '${CENTRE}' and (${km('l')}) <= ${NEARBY_KM};
    -- Popular occupations first: a cubed uniform index makes the first ones far more frequent.
    create table bench_occupations as
      select uri, row_number() over (order by md5(uri)) as rank from esco_occupations;
    -- Each occupation's essential and optional skills, and the essential skills of the other
    -- occupations of its ISCO unit group (the related occupations a CV borrows from).
    create table bench_occupation_skills as
      select o.uri, o.isco_group,
        coalesce(array_agg(s.skill_uri order by s.skill_uri) filter (where s.relation_type = 'essential'), '{}') as ess,
        coalesce(array_agg(s.skill_uri order by s.skill_uri) filter (where s.relation_type = 'optional'), '{}') as opt
      from esco_occupations o left join esco_occupation_skills s on s.occupation_uri = o.uri
      group by o.uri, o.isco_group;
    alter table bench_occupation_skills add column rel text[] not null default '{}';
    update bench_occupation_skills b set rel = coalesce((
      select array_agg(distinct e) from bench_occupation_skills n, unnest(n.ess) e
      where n.isco_group = b.isco_group and n.uri <> b.uri), '{}');
    create unique index on bench_occupation_skills (uri);
    create table bench_transversal as
      select array_agg(uri order by uri) as skills from esco_skills where reuse_level = 'transversal';
    insert into networks (id, slug, name) values
      ('00000000-0000-4000-8000-000000000001', 'bench', 'Rete di misura (dati generati)');
    insert into memberships (network_id, comune_code, starts_on)
      select '00000000-0000-4000-8000-000000000001', istat_code, date '2020-01-01' from bench_places where member;
    insert into users (id, network_id, kind, email, given_name, family_name)
      values ('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001',
              'COMPANY_MEMBER', 'referente@misura.invalid', 'Referente', 'Generato');
  `);
  const [skills] = await sql`select count(*)::int as n from esco_occupation_skills`;
  if (!skills?.n)
    throw new Error(
      'The ESCO occupation–skill relations are not loaded: the generator draws skills from them',
    );
  const [counts] = await sql`
    select count(*) filter (where member) as members, count(*) as places from bench_places`;
  log(`${counts?.members} member comuni around Legnano, ${counts?.places} comuni within ${NEARBY_KM} km`);

  const placeArrays = `
    (select array_agg(istat_code order by istat_code) from bench_places where member) as member_codes,
    (select array_agg(istat_code order by istat_code) from bench_places) as near_codes,
    (select array_agg(uri order by rank) from bench_occupations) as occupations`;
  // 80% live in a member comune, the rest nearby; the same for workplaces.
  const place = `case when random() < 0.8
      then member_codes[1 + floor(random() * cardinality(member_codes))::int]
      else near_codes[1 + floor(random() * cardinality(near_codes))::int] end`;
  const occupation = `occupations[1 + floor(power(random(), 3) * cardinality(occupations))::int]`;

  await sql.unsafe(`
    insert into companies (id, network_id, legal_name, partita_iva, codice_fiscale, comune_code, email, status)
    select ('00000000-0000-4000-9000-' || lpad(to_hex(i), 12, '0'))::uuid, '00000000-0000-4000-8000-000000000001',
      'Azienda generata ' || i, lpad(i::text, 11, '0'), lpad(i::text, 11, '0'), ${place},
      'azienda' || i || '@misura.invalid', 'VERIFIED'
    from generate_series(1, ${Math.max(1, Math.ceil(sizes.vacancies / 20))}) i, (select ${placeArrays}) r
  `);

  for (let from = 1; from <= sizes.cvs; from += BATCH) {
    const to = Math.min(sizes.cvs, from + BATCH - 1);
    const started = performance.now();
    // One transaction per batch, so that the temporary table lives until its rows are spread.
    await sql.begin(async (tx) => {
      await tx.unsafe(`
        create temporary table batch on commit drop as
        select gen_random_uuid() as id, i, ${place} as comune,
          random() as r1, random() as r2, random() as r3, random() as r4,
          ${occupation} as o1, ${occupation} as o2, ${occupation} as o3
        from generate_series(${from}, ${to}) i, (select ${placeArrays}) r`);
      await tx.unsafe(`
        insert into users (id, network_id, kind, email, given_name, family_name, email_verified_at, disabled_at)
        select id, '00000000-0000-4000-8000-000000000001', 'CITIZEN', 'cittadino' || i || '@misura.invalid',
          'Nome' || i, 'Generato', now(), case when r4 < 0.02 then now() end
        from batch`);
      await tx.unsafe(`
        insert into citizens (user_id, network_id, codice_fiscale, birth_date, residence_comune_code,
          domicile_comune_code, employment_status, available_full_time, available_part_time,
          available_for_shifts, mobility_radius_km, driving_licences)
        select id, '00000000-0000-4000-8000-000000000001', 'GEN' || lpad(i::text, 13, '0'),
          date '1960-01-01' + floor(r1 * 16000)::int, comune,
          case when r2 < 0.1 then comune end,
          (array['UNEMPLOYED','NEVER_EMPLOYED','EMPLOYED_SEEKING'])[1 + floor(r3 * 3)::int]::employment_status,
          r2 < 0.85, r3 < 0.6, r4 < 0.4,
          (array[5, 10, 10, 15, 20, 20, 25, 30, 40, 50, 80, 100])[1 + floor(r1 * 12)::int],
          case when r2 < 0.05 then array['B','C','CE'] when r2 < 0.08 then array['B','D']
               when r2 < 0.7 then array['B'] when r2 < 0.75 then array['AM'] else array[]::text[] end
        from batch`);
      await tx.unsafe(`
        insert into consents (network_id, citizen_id, purpose, text_version)
        select '00000000-0000-4000-8000-000000000001', id, 'CV_SHARING', 'generato' from batch where r3 < 0.92;
        insert into cvs (citizen_id, network_id, headline)
        select id, '00000000-0000-4000-8000-000000000001', 'Profilo generato ' || i from batch;
        insert into cv_sought_occupations (citizen_id, occupation_uri, position)
        select id, o1, 0 from batch
        union all select id, o2, 1 from batch where r1 < 0.6 and o2 <> o1
        union all select id, o3, 2 from batch where r1 < 0.25 and o3 <> o1 and o3 <> o2;
        -- 0-4 past jobs, most in the sought occupation or one of the popular ones.
        insert into cv_experiences (citizen_id, position, employer, job_title, occupation_uri, starts_on, ends_on)
        select id, n, 'Datore generato', 'Mansione generata',
          case when random() < 0.6 then o1 when random() < 0.8 then o2 end,
          s, case when n = 0 and r4 < 0.3 then null else s + 30 + floor(random() * 1500)::int end
        from (select *, date '2005-01-01' + floor(random() * 6500)::int as s,
                generate_series(0, floor(r2 * 5)::int - 1) as n from batch) b;
        insert into cv_education (citizen_id, position, title_code, year_completed)
        select id, 0, (array['COMPULSORY_SCHOOLING','IEFP_QUALIFICA','UPPER_SECONDARY','UPPER_SECONDARY',
                             'UPPER_SECONDARY','BACHELOR','MASTER','LOWER_SECONDARY'])[1 + floor(r4 * 8)::int],
          case when r1 < 0.93 then 1980 + floor(r2 * 44)::int end
        from batch;
        insert into cv_languages (citizen_id, language_code, mother_tongue)
        select id, case when r3 < 0.88 then 'it' else (array['ro','ar','sq','es','uk'])[1 + floor(r2 * 5)::int] end, true
        from batch;
        insert into cv_languages (citizen_id, language_code, mother_tongue, listening, reading,
          spoken_interaction, spoken_production, writing)
        select id, lang, false, l, l, l, l, least(l, 'B2')
        from (select id, (array['A1','A2','B1','B1','B2','B2','C1','C2'])[1 + floor(random() * 8)::int]::cefr_level as l,
                case when r3 < 0.88 then case when r1 < 0.6 then 'en' when r1 < 0.75 then 'fr' when r1 < 0.85 then 'de' end
                     else 'it' end as lang
              from batch) b
        where lang is not null`);
      await tx.unsafe(`
        insert into cv_skills (citizen_id, skill_uri, level, position)
        select id, skill, (array['BASIC','INTERMEDIATE','INTERMEDIATE','ADVANCED'])[1 + floor(random() * 4)::int]::skill_level,
          row_number() over (partition by id order by skill) - 1
        from (
          select distinct id, ${pick([
            [0.5, 'o.ess'],
            [0.7, 'o.opt'],
            [0.8, 'coalesce(s.ess, o.rel)'],
            [0.9, 'o.rel'],
            [1, 't.skills'],
          ])} as skill
          from (select b.id, b.o1, b.o2, random() as u, random() as w
                from batch b, generate_series(1, 5 + floor(power(b.r2, 1.5) * 21)::int)) d
          join bench_occupation_skills o on o.uri = d.o1
          left join bench_occupation_skills s on s.uri = d.o2 and d.o2 <> d.o1,
          bench_transversal t
        ) p
        where skill is not null`);
    });
    log(
      `cvs ${to.toLocaleString('en')}/${sizes.cvs.toLocaleString('en')} (${Math.round(performance.now() - started)} ms)`,
    );
  }

  await sql.unsafe(`
    insert into vacancies (network_id, company_id, title, occupation_uri, description, contract_type, hours,
      shifts, workplace_comune_code, remote, min_eqf_level, min_experience_months, driving_licences, status,
      published_at, expires_on, created_by)
    select '00000000-0000-4000-8000-000000000001',
      ('00000000-0000-4000-9000-' || lpad(to_hex(1 + i % ${Math.max(1, Math.ceil(sizes.vacancies / 20))}), 12, '0'))::uuid,
      'Offerta generata ' || i, ${occupation}, 'Offerta generata per la misura del motore di abbinamento.',
      'PERMANENT', case when random() < 0.25 then 'PART_TIME' else 'FULL_TIME' end::working_hours,
      random() < 0.3, case when remote then null else ${place} end, remote,
      (array[null, null, null, 2, 3, 4, 4, 6])[1 + floor(random() * 8)::int],
      (array[0, 0, 0, 6, 12, 12, 24, 36])[1 + floor(random() * 8)::int],
      case when random() < 0.3 then array['B'] when random() < 0.05 then array['C','CE'] else array[]::text[] end,
      case when random() < 0.88 then 'PUBLISHED' when random() < 0.5 then 'CLOSED' else 'DRAFT' end::vacancy_status,
      now(), current_date + case when random() < 0.05 then -10 else 5 + floor(random() * 80)::int end,
      '00000000-0000-4000-8000-000000000002'
    from (select i, random() < 0.04 as remote from generate_series(1, ${sizes.vacancies}) i) v,
      (select ${placeArrays}) r;
    -- 3-12 essential skills of the occupation, 0-8 optional ones; a skill drawn twice is kept once,
    -- essential if either draw was.
    insert into vacancy_skills (vacancy_id, skill_uri, essential)
    select vacancy_id, skill, bool_or(essential)
    from (
      select v.id as vacancy_id, true as essential, o.ess[1 + floor(random() * cardinality(o.ess))::int] as skill
      from vacancies v join bench_occupation_skills o on o.uri = v.occupation_uri,
        generate_series(1, 3 + floor(random() * 10)::int)
      where cardinality(o.ess) > 0
      union all
      select v.id, false, o.opt[1 + floor(random() * cardinality(o.opt))::int]
      from vacancies v join bench_occupation_skills o on o.uri = v.occupation_uri,
        generate_series(1, floor(random() * 9)::int)
      where cardinality(o.opt) > 0
    ) d
    group by vacancy_id, skill;
    insert into vacancy_languages (vacancy_id, language_code, min_level)
    select id, 'it', (array['A2','B1','B2'])[1 + floor(random() * 3)::int]::cefr_level from vacancies where random() < 0.6;
    insert into vacancy_languages (vacancy_id, language_code, min_level)
    select id, 'en', (array['A2','B1','B2','C1'])[1 + floor(random() * 4)::int]::cefr_level from vacancies where random() < 0.3;
    insert into bench_meta (cvs, vacancies) values (${sizes.cvs}, ${sizes.vacancies});
  `);
  await sql`set session_replication_role = origin`;
  // The triggers that keep the CVs' matching lists were off: build them all at once.
  log('matching lists');
  await sql`select refresh_cv_matching_lists(array(select citizen_id from cvs))`;
  // As autovacuum would on a live database: the first full read then finds hint bits set and
  // visibility maps written, and does not pay for them.
  log('vacuum and analyze');
  await sql`vacuum (analyze)`;
}

export async function recordGenerateTime(sql: Sql, seconds: number): Promise<void> {
  await sql`update bench_meta set generate_s = ${seconds}`;
}
