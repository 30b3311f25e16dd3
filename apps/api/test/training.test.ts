import { randomUUID } from 'node:crypto';
import { users } from '@sportello/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  citizenInput,
  companyInput,
  DEMO,
  OTHER_OPERATOR,
  REGISTER_CITIZEN,
  REGISTER_COMPANY,
  seedOtherNetwork,
} from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { ESCO_SKILLS } from './skill-fixtures.js';
import {
  CREATE_TRAINING_MODULE,
  ENROL,
  TRAINING_MODULE_FIELDS,
  trainingModuleIn,
  trainingModuleInput,
} from './training-fixtures.js';
import { inDays, WAREHOUSE } from './vacancy-fixtures.js';

let t: TestApp;
let operator: string;
let admin: string;
let company: string;
let giulia: string;
let giuliaId: string;

beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
  operator = (await t.login(DEMO.operator)).accessToken;
  admin = (await t.login(DEMO.admin)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  giulia = (await t.login(DEMO.citizen)).accessToken;
  giuliaId = (await t.gql('{ me { id } }', {}, giulia)).data!.me.id;
});
afterAll(() => t?.close());

const READ = `query($id: ID!) { trainingModule(id: $id) { ${TRAINING_MODULE_FIELDS}
  enrolments { id status citizen { id } requestedByCitizen } } }`;
const UPDATE = `mutation($id: ID!, $input: TrainingModuleInput!) {
  updateTrainingModule(id: $id, input: $input) { trainingModule { ${TRAINING_MODULE_FIELDS} } userErrors { field code message } }
}`;
const moduleMove = (mutation: string) =>
  `mutation($id: ID!) { ${mutation}(id: $id) { trainingModule { status } userErrors { field code message } } }`;
const PUBLISH = moduleMove('publishTrainingModule');
const CANCEL = moduleMove('cancelTrainingModule');
const enrolmentMove = (mutation: string) =>
  `mutation($id: ID!) { ${mutation}(id: $id) { enrolment { status withdrawnAt completedAt } userErrors { field code message } } }`;
const WITHDRAW = enrolmentMove('withdrawTrainingEnrolment');
const COMPLETE = enrolmentMove('completeTrainingEnrolment');
const CV_SKILLS = `query($id: ID!) { citizen(id: $id) { cv { skills { skill { uri } level source internship { id } trainingModule { id title } } } } }`;

async function newCitizen() {
  const input = citizenInput();
  const id = (await t.gql(REGISTER_CITIZEN, { input })).data!.registerCitizen.citizen.id as string;
  await t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, id));
  return { id, token: (await t.login(input.email, input.password)).accessToken };
}

async function enrol(moduleId: string, citizenId: string | null, token: string) {
  const result = await t.gql(ENROL, { m: moduleId, c: citizenId }, token);
  return result.data?.enrolInTrainingModule;
}

async function countRows(table: string): Promise<number> {
  const [row] = await t.query<{ n: number }>(sql.raw(`select count(*)::int as n from "${table}"`));
  return Number(row!.n);
}

describe('training modules: lifecycle', () => {
  it('created as a draft, edited, published, seen by citizens, enrolled in, withdrawn from and completed', async () => {
    const { safety } = ESCO_SKILLS;
    const key = randomUUID();
    const input = trainingModuleInput({
      skills: [{ skillUri: safety.uri, level: 'BASIC' }],
      startsOn: inDays(1),
    });
    const created = await t.gql(CREATE_TRAINING_MODULE, { input, key }, operator);
    expect(created.data!.createTrainingModule.userErrors).toEqual([]);
    const module = created.data!.createTrainingModule.trainingModule;
    expect(module).toMatchObject({
      status: 'DRAFT',
      title: 'Sicurezza sul lavoro — formazione generale',
      mode: 'IN_PERSON',
      comune: { name: 'Legnano' },
      sportello: { name: 'Sportello Lavoro Legnano' },
      seats: 12,
      enrolledCount: 0,
      seatsLeft: 12,
      skills: [{ skill: { uri: safety.uri }, level: 'BASIC' }],
    });
    // A retry with the same key answers with the same module; another request with it is refused.
    const retried = await t.gql(CREATE_TRAINING_MODULE, { input, key }, operator);
    expect(retried.data!.createTrainingModule.trainingModule.id).toBe(module.id);
    const reused = await t.gql(CREATE_TRAINING_MODULE, { input: { ...input, seats: 3 }, key }, operator);
    expect(reused.data!.createTrainingModule.userErrors[0].code).toBe('IDEMPOTENCY_KEY_REUSED');

    // Drafts are for the staff only.
    expect((await t.gql(READ, { id: module.id }, giulia)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const draftEnrol = await enrol(module.id, giuliaId, operator);
    expect(draftEnrol.userErrors[0]).toMatchObject({ field: 'moduleId', code: 'NOT_OPEN' });

    const edited = await t.gql(
      UPDATE,
      {
        id: module.id,
        input: {
          ...input,
          mode: 'ONLINE',
          comuneCode: null,
          seats: 2,
          title: 'Sicurezza — formazione generale',
        },
      },
      operator,
    );
    expect(edited.data!.updateTrainingModule.trainingModule).toMatchObject({
      mode: 'ONLINE',
      comune: null,
      seats: 2,
      title: 'Sicurezza — formazione generale',
    });
    expect(
      (await t.gql(PUBLISH, { id: module.id }, operator)).data!.publishTrainingModule.trainingModule,
    ).toEqual({
      status: 'PUBLISHED',
    });
    const again = await t.gql(PUBLISH, { id: module.id }, operator);
    expect(again.data!.publishTrainingModule.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION' });

    const open = await t.gql('{ openTrainingModules { edges { node { id title seatsLeft } } } }', {}, giulia);
    expect(open.data!.openTrainingModules.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      module.id,
    );

    // Giulia asks for a place herself; the operator enrols another citizen.
    const own = await enrol(module.id, null, giulia);
    expect(own.userErrors).toEqual([]);
    expect(own.enrolment).toMatchObject({
      status: 'ENROLLED',
      requestedByCitizen: true,
      citizen: { id: giuliaId },
      module: { seatsLeft: 1 },
    });
    const twice = await enrol(module.id, giuliaId, operator);
    expect(twice.userErrors[0]).toMatchObject({ field: 'citizenId', code: 'ALREADY_ENROLLED' });
    const marco = await newCitizen();
    const byOperator = await enrol(module.id, marco.id, operator);
    expect(byOperator.enrolment).toMatchObject({ requestedByCitizen: false, module: { seatsLeft: 0 } });
    const full = await enrol(module.id, null, (await newCitizen()).token);
    expect(full.userErrors[0]).toMatchObject({ field: 'moduleId', code: 'FULL' });

    // Fewer seats than places taken are refused; a withdrawal frees a seat, and the citizen may enrol again.
    const fewer = await t.gql(UPDATE, { id: module.id, input: { ...input, seats: 1 } }, operator);
    expect(fewer.data!.updateTrainingModule.userErrors[0]).toMatchObject({
      field: 'seats',
      code: 'BELOW_ENROLLED',
    });
    const withdrawn = await t.gql(WITHDRAW, { id: own.enrolment.id }, giulia);
    expect(withdrawn.data!.withdrawTrainingEnrolment.enrolment).toMatchObject({
      status: 'WITHDRAWN',
      withdrawnAt: expect.any(String),
    });
    const rejoined = await enrol(module.id, null, giulia);
    expect(rejoined.userErrors).toEqual([]);

    const mine = await t.gql(
      '{ myTrainingEnrolments { edges { node { status module { id title } } } } }',
      {},
      giulia,
    );
    expect(
      mine
        .data!.myTrainingEnrolments.edges.filter(
          (e: { node: { module: { id: string } } }) => e.node.module.id === module.id,
        )
        .map((e: { node: { status: string } }) => e.node.status),
    ).toEqual(['ENROLLED', 'WITHDRAWN']);

    // Once the course has started citizens can no longer ask for a place; the sportello still enrols.
    await t.query(sql`update training_modules set starts_on = current_date - 1 where id = ${module.id}`);
    const started = await enrol(module.id, null, (await newCitizen()).token);
    expect(started.userErrors).toEqual([
      {
        field: 'moduleId',
        code: 'STARTED',
        message:
          'Il corso è già iniziato e non accetta nuove richieste. Chiedi allo sportello se ci saranno altre edizioni.',
      },
    ]);
    expect(started.enrolment).toBeNull();

    // Completion attests the module's skills in the CV.
    const completed = await t.gql(COMPLETE, { id: rejoined.enrolment.id }, operator);
    expect(completed.data!.completeTrainingEnrolment.enrolment).toMatchObject({
      status: 'COMPLETED',
      completedAt: expect.any(String),
    });
    const cv = await t.gql(CV_SKILLS, { id: giuliaId }, operator);
    expect(cv.data!.citizen.cv.skills).toContainEqual({
      skill: { uri: safety.uri },
      level: 'BASIC',
      source: 'TRAINING',
      internship: null,
      trainingModule: { id: module.id, title: 'Sicurezza — formazione generale' },
    });
    const twiceCompleted = await t.gql(COMPLETE, { id: rejoined.enrolment.id }, operator);
    expect(twiceCompleted.data!.completeTrainingEnrolment.userErrors[0]).toMatchObject({
      code: 'INVALID_TRANSITION',
    });
    const late = await t.gql(WITHDRAW, { id: rejoined.enrolment.id }, giulia);
    expect(late.data!.withdrawTrainingEnrolment.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION' });

    const read = await t.gql(READ, { id: module.id }, operator);
    expect(read.data!.trainingModule.enrolments.map((e: { status: string }) => e.status).sort()).toEqual([
      'COMPLETED',
      'ENROLLED',
      'WITHDRAWN',
    ]);
    // A citizen sees only their own enrolments in a module.
    const seen = await t.gql(READ, { id: module.id }, giulia);
    expect(
      seen.data!.trainingModule.enrolments.every(
        (e: { citizen: { id: string } }) => e.citizen.id === giuliaId,
      ),
    ).toBe(true);

    expect(
      (await t.gql(CANCEL, { id: module.id }, operator)).data!.cancelTrainingModule.trainingModule.status,
    ).toBe('CANCELLED');
    const afterCancel = await enrol(module.id, (await newCitizen()).id, operator);
    expect(afterCancel.userErrors[0]).toMatchObject({ code: 'NOT_OPEN' });
    expect((await t.gql(READ, { id: module.id }, giulia)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('completion waits for the start, and a short course never lowers a level attested before', async () => {
    const excel = ESCO_SKILLS.spreadsheets;
    const future = await trainingModuleIn(
      t,
      operator,
      'PUBLISHED',
      trainingModuleInput({
        startsOn: inDays(5),
        endsOn: inDays(6),
        skills: [{ skillUri: excel.uri, level: 'BASIC' }],
      }),
    );
    const anna = await newCitizen();
    const early = await enrol(future, anna.id, operator);
    const notYet = await t.gql(COMPLETE, { id: early.enrolment.id }, operator);
    expect(notYet.data!.completeTrainingEnrolment.userErrors[0]).toMatchObject({ code: 'NOT_STARTED' });

    const advanced = await trainingModuleIn(
      t,
      operator,
      'PUBLISHED',
      trainingModuleInput({ title: 'Excel avanzato', skills: [{ skillUri: excel.uri, level: 'ADVANCED' }] }),
    );
    const basic = await trainingModuleIn(
      t,
      operator,
      'PUBLISHED',
      trainingModuleInput({ title: 'Excel di base', skills: [{ skillUri: excel.uri, level: 'BASIC' }] }),
    );
    for (const moduleId of [advanced, basic]) {
      const enrolled = await enrol(moduleId, anna.id, operator);
      await t.gql(COMPLETE, { id: enrolled.enrolment.id }, operator);
    }
    const cv = await t.gql(CV_SKILLS, { id: anna.id }, operator);
    expect(cv.data!.citizen.cv.skills).toEqual([
      expect.objectContaining({
        level: 'ADVANCED',
        source: 'TRAINING',
        trainingModule: expect.objectContaining({ id: advanced }),
      }),
    ]);
  });

  it('the staff list modules by status and by skill, the latest start first', async () => {
    const filter = ESCO_SKILLS.cleaning;
    const draft = await trainingModuleIn(
      t,
      operator,
      'DRAFT',
      trainingModuleInput({
        title: 'Modulo con competenza',
        skills: [{ skillUri: filter.uri, level: 'INTERMEDIATE' }],
      }),
    );
    const bySkill = await t.gql(
      'query($s: ID) { trainingModules(skillUri: $s) { totalCount edges { node { id } } } }',
      { s: filter.uri },
      admin,
    );
    expect(bySkill.data!.trainingModules).toEqual({ totalCount: 1, edges: [{ node: { id: draft } }] });
    const published = await t.gql(
      '{ trainingModules(status: PUBLISHED) { edges { node { status } } } }',
      {},
      operator,
    );
    expect(
      published.data!.trainingModules.edges.every(
        (e: { node: { status: string } }) => e.node.status === 'PUBLISHED',
      ),
    ).toBe(true);
  });
});

describe('training modules: seats under concurrency', () => {
  it('of many requests at once for the last seat exactly one wins; the others get FULL', async () => {
    const moduleId = await trainingModuleIn(
      t,
      operator,
      'PUBLISHED',
      trainingModuleInput({ seats: 2, startsOn: inDays(1) }),
    );
    await enrol(moduleId, (await newCitizen()).id, operator);
    const citizens = await Promise.all(Array.from({ length: 8 }, () => newCitizen()));
    const results = await Promise.all(
      citizens.map((c, i) => (i % 2 ? enrol(moduleId, null, c.token) : enrol(moduleId, c.id, operator))),
    );
    expect(results.filter((r) => r.enrolment)).toHaveLength(1);
    for (const r of results.filter((r) => !r.enrolment)) expect(r.userErrors[0].code).toBe('FULL');
    const [row] = await t.query<{ n: number }>(
      sql`select count(*)::int as n from training_enrolments where module_id = ${moduleId} and status <> 'WITHDRAWN'`,
    );
    expect(Number(row!.n)).toBe(2);
  });

  it('the same citizen enrolled many times at once holds one place', async () => {
    const moduleId = await trainingModuleIn(
      t,
      operator,
      'PUBLISHED',
      trainingModuleInput({ startsOn: inDays(1) }),
    );
    const marco = await newCitizen();
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        i % 2 ? enrol(moduleId, null, marco.token) : enrol(moduleId, marco.id, operator),
      ),
    );
    expect(results.filter((r) => r.enrolment)).toHaveLength(1);
    for (const r of results.filter((r) => !r.enrolment))
      expect(r.userErrors[0].code).toBe('ALREADY_ENROLLED');
  });

  it('concurrent creations with one idempotency key create one module', async () => {
    const before = await countRows('training_modules');
    const key = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        t.gql(CREATE_TRAINING_MODULE, { input: trainingModuleInput(), key }, operator),
      ),
    );
    const ids = new Set(results.map((r) => r.data!.createTrainingModule.trainingModule?.id));
    expect([...ids]).toHaveLength(1);
    expect(ids.has(undefined)).toBe(false);
    expect(await countRows('training_modules')).toBe(before + 1);
  });
});

describe('training modules: validation', () => {
  it('bad input gets a userError on each field and writes nothing', async () => {
    const before = await countRows('training_modules');
    const result = await t.gql(
      CREATE_TRAINING_MODULE,
      {
        input: trainingModuleInput({
          title: 'x',
          provider: '',
          description: 'breve',
          hours: 0,
          seats: 0,
          startsOn: inDays(10),
          endsOn: inDays(9),
          comuneCode: DEMO.milano,
          sportelloId: randomUUID(),
          skills: [{ skillUri: 'urn:sportello:test:skill:inesistente', level: 'BASIC' }],
        }),
      },
      operator,
    );
    expect(result.data!.createTrainingModule.trainingModule).toBeNull();
    const errors = result.data!.createTrainingModule.userErrors.map((e: { field: string; code: string }) => [
      e.field,
      e.code,
    ]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ['title', expect.any(String)],
        ['provider', expect.any(String)],
        ['description', expect.any(String)],
        ['hours', 'OUT_OF_RANGE'],
        ['seats', 'OUT_OF_RANGE'],
        ['endsOn', 'BEFORE_START'],
        ['comuneCode', 'COMUNE_NOT_IN_NETWORK'],
        ['sportelloId', 'NOT_FOUND'],
        ['skills[0].skillUri', 'UNKNOWN_SKILL'],
      ]),
    );
    const inPerson = await t.gql(
      CREATE_TRAINING_MODULE,
      { input: trainingModuleInput({ comuneCode: null }) },
      operator,
    );
    expect(inPerson.data!.createTrainingModule.userErrors).toEqual([
      expect.objectContaining({ field: 'comuneCode', code: 'REQUIRED' }),
    ]);
    expect(await countRows('training_modules')).toBe(before);
  });

  it('enrolling needs a citizen of the network', async () => {
    const moduleId = await trainingModuleIn(t, operator, 'PUBLISHED');
    for (const citizenId of [null, randomUUID(), 'non-un-id']) {
      const result = await enrol(moduleId, citizenId, operator);
      expect(result.userErrors[0]).toMatchObject({ field: 'citizenId', code: 'NOT_FOUND' });
    }
  });

  it('the database refuses what the service would', async () => {
    const skill = ESCO_SKILLS.office;
    await expect(
      t.db.execute(
        sql`insert into cv_skills (citizen_id, skill_uri, level, source, position) values (${giuliaId}, ${skill.uri}, 'BASIC', 'TRAINING', 0)`,
      ),
    ).rejects.toThrow();
    const moduleId = await trainingModuleIn(t, operator, 'PUBLISHED');
    await expect(
      t.db.execute(sql`update training_modules set seats = 0 where id = ${moduleId}`),
    ).rejects.toThrow();
    await expect(
      t.db.execute(sql`update training_modules set comune_code = null where id = ${moduleId}`),
    ).rejects.toThrow();
    await expect(
      t.db.execute(sql`update training_modules set ends_on = starts_on - 1 where id = ${moduleId}`),
    ).rejects.toThrow();
    await enrol(moduleId, giuliaId, operator);
    await expect(
      t.db.execute(
        sql`insert into training_enrolments (module_id, network_id, citizen_id, enrolled_by) select module_id, network_id, citizen_id, enrolled_by from training_enrolments where module_id = ${moduleId}`,
      ),
    ).rejects.toThrow();
  });
});

describe('training modules: who sees and does what', () => {
  it('company members are refused everywhere; other networks see nothing; citizens act only for themselves', async () => {
    const moduleId = await trainingModuleIn(t, operator, 'PUBLISHED');
    const draftId = await trainingModuleIn(t, operator, 'DRAFT');
    const enrolled = await enrol(moduleId, giuliaId, operator);
    const stranger = await newCitizen();
    const otherNetwork = (await t.login(OTHER_OPERATOR)).accessToken;
    const registration = companyInput();
    await t.gql(REGISTER_COMPANY, { input: registration });

    for (const query of [
      '{ trainingModules { totalCount } }',
      '{ openTrainingModules { totalCount } }',
      '{ myTrainingEnrolments { totalCount } }',
    ]) {
      expect((await t.gql(query, {}, company)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.gql(READ, { id: moduleId }, company)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(
      (await t.gql(CREATE_TRAINING_MODULE, { input: trainingModuleInput() }, company)).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect((await t.gql(ENROL, { m: moduleId, c: null }, company)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    for (const mutation of [PUBLISH, CANCEL]) {
      expect((await t.gql(mutation, { id: draftId }, company)).errors?.[0]?.extensions?.code).toBe(
        'NOT_FOUND',
      );
    }
    for (const mutation of [WITHDRAW, COMPLETE]) {
      expect(
        (await t.gql(mutation, { id: enrolled.enrolment.id }, company)).errors?.[0]?.extensions?.code,
      ).toBe('NOT_FOUND');
    }

    // A citizen cannot enrol another citizen, nor withdraw or complete their enrolment.
    const forOther = await t.gql(ENROL, { m: moduleId, c: giuliaId }, stranger.token);
    expect(forOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await t.gql(WITHDRAW, { id: enrolled.enrolment.id }, stranger.token)).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await t.gql(COMPLETE, { id: enrolled.enrolment.id }, giulia)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await t.gql(READ, { id: draftId }, stranger.token)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await t.gql(ENROL, { m: draftId, c: null }, stranger.token)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );

    // Operators of another network: nothing of this network exists for them.
    expect(
      (await t.gql('{ trainingModules { totalCount } }', {}, otherNetwork)).data!.trainingModules.totalCount,
    ).toBe(0);
    expect((await t.gql(READ, { id: moduleId }, otherNetwork)).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    for (const [query, variables] of [
      [PUBLISH, { id: draftId }],
      [UPDATE, { id: moduleId, input: trainingModuleInput() }],
      [ENROL, { m: moduleId, c: giuliaId }],
      [WITHDRAW, { id: enrolled.enrolment.id }],
      [COMPLETE, { id: enrolled.enrolment.id }],
    ] as const) {
      expect((await t.gql(query, variables, otherNetwork)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }

    // Network admins read, and do not manage.
    expect((await t.gql(READ, { id: moduleId }, admin)).data!.trainingModule.enrolments).toHaveLength(1);
    expect((await t.gql(PUBLISH, { id: draftId }, admin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(ENROL, { m: moduleId, c: giuliaId }, admin)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('training modules in the skills gap', () => {
  it('published, running modules with seats left that build skills to build: most such skills first', async () => {
    // Three of the warehouse worker's essential skills in ESCO.
    const s = [ESCO_SKILLS.receiving, ESCO_SKILLS.stacking, ESCO_SKILLS.lifting] as const;
    const anna = await newCitizen();
    const builds = (...n: number[]) => n.map((i) => ({ skillUri: s[i]!.uri, level: 'BASIC' }));
    const one = await trainingModuleIn(
      t,
      operator,
      'PUBLISHED',
      trainingModuleInput({ title: 'Uno', skills: builds(0) }),
    );
    const both = await trainingModuleIn(
      t,
      operator,
      'PUBLISHED',
      trainingModuleInput({ title: 'Due', skills: builds(0, 1) }),
    );
    await trainingModuleIn(t, operator, 'DRAFT', trainingModuleInput({ title: 'Bozza', skills: builds(2) }));
    await trainingModuleIn(
      t,
      operator,
      'PUBLISHED',
      trainingModuleInput({
        title: 'Concluso',
        startsOn: inDays(-20),
        endsOn: inDays(-10),
        skills: builds(2),
      }),
    );
    const full = await trainingModuleIn(
      t,
      operator,
      'PUBLISHED',
      trainingModuleInput({ title: 'Pieno', seats: 1, skills: builds(2) }),
    );
    await enrol(full, giuliaId, operator);

    const GAP = `query($c: ID, $o: ID!) { skillsGap(citizenId: $c, occupationUri: $o) {
      essentialSkills { skill { uri } status openTrainingModules }
      trainingModules { trainingModule { id title seatsLeft } skills { uri } } } }`;
    const gap = (await t.gql(GAP, { o: WAREHOUSE }, anna.token)).data!.skillsGap;
    expect(gap.trainingModules).toEqual([
      {
        trainingModule: { id: both, title: 'Due', seatsLeft: 12 },
        skills: [{ uri: s[0].uri }, { uri: s[1].uri }],
      },
      { trainingModule: { id: one, title: 'Uno', seatsLeft: 12 }, skills: [{ uri: s[0].uri }] },
    ]);
    const counts = Object.fromEntries(
      gap.essentialSkills.map((i: { skill: { uri: string }; openTrainingModules: number }) => [
        i.skill.uri,
        i.openTrainingModules,
      ]),
    );
    expect([counts[s[0].uri], counts[s[1].uri], counts[s[2].uri]]).toEqual([2, 1, 0]);

    // Completing the module attests its skills: they are no longer to build.
    const enrolled = await enrol(both, anna.id, operator);
    await t.gql(COMPLETE, { id: enrolled.enrolment.id }, operator);
    const after = (await t.gql(GAP, { c: anna.id, o: WAREHOUSE }, operator)).data!.skillsGap;
    const statuses = Object.fromEntries(
      after.essentialSkills.map((i: { skill: { uri: string }; status: string }) => [i.skill.uri, i.status]),
    );
    expect([statuses[s[0].uri], statuses[s[1].uri], statuses[s[2].uri]]).toEqual([
      'ATTESTED',
      'ATTESTED',
      'MISSING',
    ]);
    expect(after.trainingModules).toEqual([]);
  });
});
