import { citizens, consents, vacancies, vacancySkills } from '@sportello/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenInput, companyInput, DEMO, REGISTER_CITIZEN, REGISTER_COMPANY } from './fixtures.js';
import { ENROL_IN_GROUP, groupActivityIn } from './group-activity-fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { internshipIn, internshipInput } from './internship-fixtures.js';
import { ESCO_SKILLS } from './skill-fixtures.js';
import { ENROL, trainingModuleIn, trainingModuleInput } from './training-fixtures.js';
import { inDays, vacancyIn, WAREHOUSE } from './vacancy-fixtures.js';

/**
 * Every list answers in a number of SQL statements that does not grow with the page: nested fields
 * are batched (or joined), never fetched once per row.
 */
let t: TestApp;
let operator: string;
let company: string;
let admin: string;
let giuliaToken: string;
const ROWS = 10;

beforeAll(async () => {
  t = await startTestApp();
  operator = (await t.login(DEMO.operator)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
  admin = (await t.login(DEMO.admin)).accessToken;
  giuliaToken = (await t.login(DEMO.citizen)).accessToken;
  const giuliaId = (await t.gql('{ me { id } }', {}, giuliaToken)).data!.me.id;
  const companyId = (await t.gql('{ me { company { id } } }', {}, company)).data!.me.company.id;
  const trainingSkills = [ESCO_SKILLS.safety, ESCO_SKILLS.spreadsheets];
  for (let i = 0; i < ROWS; i++) {
    const moduleId = await trainingModuleIn(
      t,
      operator,
      'PUBLISHED',
      trainingModuleInput({ skills: trainingSkills.map((s) => ({ skillUri: s.uri, level: 'BASIC' })) }),
    );
    await t.gql(ENROL, { m: moduleId, c: giuliaId }, operator);
    const activityId = await groupActivityIn(t, operator, 'PUBLISHED');
    await t.gql(ENROL_IN_GROUP, { a: activityId, c: giuliaId }, operator);
    const internshipId = await internshipIn(t, operator, 'ACTIVE', internshipInput(companyId, giuliaId));
    await t.gql(
      'mutation($id: ID!, $input: MonitoringEntryInput!) { addInternshipMonitoringEntry(id: $id, input: $input) { userErrors { code } } }',
      {
        id: internshipId,
        input: {
          periodStartsOn: inDays(-14),
          periodEndsOn: inDays(-8),
          hoursAttended: 20,
          note: 'Settimana regolare.',
        },
      },
      company,
    );
    const citizen = citizenInput();
    const citizenId = (await t.gql(REGISTER_CITIZEN, { input: citizen })).data!.registerCitizen.citizen.id;
    // A CV shared with companies, so the citizen is a candidate in matches.
    await t.gql(
      'mutation($id: ID) { saveCv(citizenId: $id, input: { soughtOccupationUris: [], experiences: [], education: [], languages: [{ languageCode: "it", motherTongue: true }], certifications: [] }) { userErrors { code } } }',
      { id: citizenId },
      operator,
    );
    const [{ networkId }] = (await t.db
      .select({ networkId: citizens.networkId })
      .from(citizens)
      .where(eq(citizens.userId, citizenId))) as [{ networkId: string }];
    await t.db.insert(consents).values({ citizenId, networkId, purpose: 'CV_SHARING', textVersion: 'test' });
    await t.gql(REGISTER_COMPANY, { input: companyInput() });
    const vacancyId = await vacancyIn(t, { company, operator }, 'PUBLISHED');
    await vacancyIn(t, { company, operator }, 'SUBMITTED');
    const startsAt = new Date(Date.now() + 40 * 86_400_000 + i * 3_600_000).toISOString();
    const slot = await t.gql(
      'mutation($s: DateTime!) { publishSlot(input: { kind: ORIENTATION, mode: ONLINE, startsAt: $s, durationMinutes: 30, confirmNonWorkingDay: true }) { slot { id } } }',
      { s: startsAt },
      operator,
    );
    await t.gql(
      'mutation($id: ID!, $c: ID) { bookSlot(slotId: $id, citizenId: $c) { booking { id } } }',
      { id: slot.data!.publishSlot.slot.id, c: citizenId },
      operator,
    );
    await t.gql(
      'mutation($c: ID!) { recordPlacement(input: { citizenId: $c, employerName: "Ditta", contractType: FIXED_TERM, startsOn: "2026-01-12" }) { placement { id } } }',
      { c: citizenId },
      operator,
    );
    const giulia = (await t.login(DEMO.citizen)).accessToken;
    const applied = await t.gql(
      'mutation($id: ID!) { applyToVacancy(vacancyId: $id) { application { id } } }',
      { id: vacancyId },
      giulia,
    );
    const applicationId = applied.data!.applyToVacancy.application.id;
    await t.gql(
      'mutation($id: ID!) { moveApplication(id: $id, status: SHORTLISTED) { application { id } } }',
      { id: applicationId },
      company,
    );
    const interview = await t.gql(
      'mutation($id: ID!, $s: DateTime!) { proposeInterview(applicationId: $id, input: { startsAt: $s, durationMinutes: 30, mode: ONLINE }) { interview { id } } }',
      { id: applicationId, s: new Date(Date.now() + 30 * 86_400_000 + i * 3_600_000).toISOString() },
      company,
    );
    expect(interview.data!.proposeInterview.interview.id).toBeTruthy();
    const drafted = await t.gql(
      'mutation($c: ID, $v: ID) { draftCoverLetter(input: { citizenId: $c, templateKey: "SPONTANEOUS", vacancyId: $v }) { coverLetter { id } } }',
      { c: citizenId, v: vacancyId },
      operator,
    );
    // Every citizen listed has a letter, so the nested fields below are really resolved.
    expect(drafted.data!.draftCoverLetter.coverLetter.id).toBeTruthy();
    // And a case with a patto and a diary note.
    const taken = await t.gql(
      'mutation($id: ID!) { takeCitizenInCharge(citizenId: $id, reason: "Accoglienza allo sportello") { caseAssignment { case { id } } } }',
      { id: citizenId },
      operator,
    );
    const caseId = taken.data!.takeCitizenInCharge.caseAssignment.case.id;
    await t.gql(
      'mutation($id: ID!) { savePatto(caseId: $id, input: { objectives: "Trovare lavoro entro sei mesi", actions: [{ kind: JOB_SEARCH, description: "Tre candidature", dueOn: "' +
        inDays(-1) +
        '", assignee: CITIZEN }] }) { userErrors { code } } }',
      { id: caseId },
      operator,
    );
    await t.gql(
      'mutation($id: ID!, $on: Date!) { addDiaryEntry(caseId: $id, input: { occurredOn: $on, visibility: SHARED, body: "Colloquio svolto", contactChannel: MEETING, contactOutcome: REACHED }) { userErrors { code } } }',
      { id: caseId, on: inDays(0) },
      operator,
    );
    // More slots to list as free.
    await t.gql(
      'mutation($s: DateTime!) { publishSlot(input: { kind: COUNSELLING, mode: IN_PERSON, startsAt: $s, durationMinutes: 30, confirmNonWorkingDay: true }) { slot { id } } }',
      { s: new Date(Date.now() + 50 * 86_400_000 + i * 3_600_000).toISOString() },
      operator,
    );
  }
  // Accoglienza: contacts of today at the operator's sportello, half of them of a registered citizen.
  for (let i = 0; i < ROWS; i++) {
    await t.gql(
      'mutation($input: FrontDeskContactInput!) { recordFrontDeskContact(input: $input) { userErrors { code } } }',
      {
        input: {
          channel: 'DESK',
          topic: 'CV_HELP',
          comuneCode: DEMO.legnano,
          outcome: 'INFORMATION_GIVEN',
          citizenId: i % 2 ? giuliaId : null,
        },
      },
      operator,
    );
  }
  // Skills gap: an essential skill of the warehouse worker in ESCO, asked by every published vacancy.
  const skills = [ESCO_SKILLS.stacking];
  const published = await t.db
    .select({ id: vacancies.id })
    .from(vacancies)
    .where(eq(vacancies.status, 'PUBLISHED'));
  await t.db
    .insert(vacancySkills)
    .values(published.map((v) => ({ vacancyId: v.id, skillUri: skills[0]!.uri, essential: true })));
});
afterAll(() => t?.close());

const lists: Record<string, { query: string; token: () => string | undefined; path: string }> = {
  myNotifications: {
    query: `query($n: Int) { myNotifications(first: $n) { totalCount unreadCount edges { node { kind title url read } } } }`,
    token: () => company,
    path: 'myNotifications',
  },
  citizens: {
    query: `query($n: Int) { citizens(first: $n) { edges { node { givenName age targetGroups residenceComune { name } domicileComune { name } inChargeAt { name } consents { purpose } cv { headline experiences { occupation { label } } skills { level skill { label } } } } } } }`,
    token: () => operator,
    path: 'citizens',
  },
  companies: {
    query: `query($n: Int) { companies(first: $n) { edges { node { legalName comune { name } atecoActivity { title } sites { comune { name } } members { email } } } } }`,
    token: () => operator,
    path: 'companies',
  },
  availableSlots: {
    query: `query($n: Int) { availableSlots(first: $n) { edges { node { startsAt available sportello { name comune { name } } } } } }`,
    token: () => operator,
    path: 'availableSlots',
  },
  bookings: {
    query: `query($n: Int) { bookings(first: $n) { edges { node { status slot { startsAt sportello { name } } citizen { givenName residenceComune { name } } company { legalName } outcomeNotes } } } }`,
    token: () => operator,
    path: 'bookings',
  },
  vacancySearch: {
    query: `query($n: Int) { vacancySearch(first: $n) { edges { node { title companyName occupation { label } workplaceComune { name } languages { languageName } skills { essential skill { label } } } } } }`,
    token: () => undefined,
    path: 'vacancySearch',
  },
  networkVacancies: {
    query: `query($n: Int) { networkVacancies(first: $n) { edges { node { title status companyName occupation { label } applications(first: 5) { totalCount edges { node { candidateCv { headline skills { level } } } } } } } } }`,
    token: () => admin,
    path: 'networkVacancies',
  },
  vacanciesToModerate: {
    query: `query($n: Int) { vacanciesToModerate(first: $n) { edges { node { title companyName occupation { label } } } } }`,
    token: () => operator,
    path: 'vacanciesToModerate',
  },
  companyVacancies: {
    query: `query($n: Int) { companyVacancies(first: $n) { edges { node { title status workplaceComune { name } languages { minLevel } } } } }`,
    token: () => company,
    path: 'companyVacancies',
  },
  internships: {
    query: `query($n: Int) { internships(first: $n) { edges { node { status company { legalName } companySite { address } trainee { givenName residenceComune { name } } sportello { name comune { name } } promotingTutor { givenName sportello { name } } targetSkills { label } acquiredSkills { skill { label } level } history { toStatus actorRole } monitoringEntries { hoursAttended authorSide authorName } placement { source } } } } }`,
    token: () => operator,
    path: 'internships',
  },
  companyInternships: {
    query: `query($n: Int) { companyInternships(first: $n) { edges { node { status trainee { givenName } promotingTutor { givenName } monitoringEntries { hoursAttended } } } } }`,
    token: () => company,
    path: 'companyInternships',
  },
  myInternships: {
    query: `query($n: Int) { myInternships(first: $n) { edges { node { status company { legalName } sportello { name } history { toStatus } } } } }`,
    token: () => giuliaToken,
    path: 'myInternships',
  },
  trainingModules: {
    query: `query($n: Int) { trainingModules(first: $n) { edges { node { title seatsLeft enrolledCount comune { name } sportello { name comune { name } } skills { level skill { label } } enrolments { status requestedByCitizen citizen { givenName residenceComune { name } } } } } } }`,
    token: () => operator,
    path: 'trainingModules',
  },
  openTrainingModules: {
    query: `query($n: Int) { openTrainingModules(first: $n) { edges { node { title seatsLeft comune { name } sportello { name } skills { skill { label } } enrolments { status } } } } }`,
    token: () => giuliaToken,
    path: 'openTrainingModules',
  },
  myTrainingEnrolments: {
    query: `query($n: Int) { myTrainingEnrolments(first: $n) { edges { node { status module { title seatsLeft skills { skill { label } } sportello { name } } } } } }`,
    token: () => giuliaToken,
    path: 'myTrainingEnrolments',
  },
  groupActivities: {
    query: `query($n: Int) { groupActivities(first: $n) { edges { node { title facilitator seatsLeft enrolledCount sportello { name } attendanceFigures { noShowRate } sessions { startsAt comune { name } videoUrl attendance { status } } enrolments { status certificateUrl attendance { status } citizen { givenName groupAttendance { noShowRate } } } } } } }`,
    token: () => operator,
    path: 'groupActivities',
  },
  openGroupActivities: {
    query: `query($n: Int) { openGroupActivities(first: $n) { edges { node { title facilitator seatsLeft sportello { name } sessions { startsAt comune { name } videoUrl } enrolments { status } } } } }`,
    token: () => giuliaToken,
    path: 'openGroupActivities',
  },
  myGroupEnrolments: {
    query: `query($n: Int) { myGroupEnrolments(first: $n) { edges { node { status certificateUrl attendance { status } activity { title seatsLeft sportello { name } sessions { startsAt videoUrl attendance { status } } } } } } }`,
    token: () => giuliaToken,
    path: 'myGroupEnrolments',
  },
  citizensCoverLetters: {
    query: `query($n: Int) { citizens(first: $n) { edges { node { givenName coverLetters { title lastEditedBy { name onBehalf } template { name } vacancy { title companyName } } } } } }`,
    token: () => operator,
    path: 'citizens',
  },
  myApplications: {
    query: `query($n: Int) { myApplications(first: $n) { edges { node { status proposalStatus vacancy { title companyName } history { toStatus actorRole reason at } interviews { status startsAt mode location videoUrl message responseNote } } } } }`,
    token: () => giuliaToken,
    path: 'myApplications',
  },
  vacancyApplicationsWithInterviews: {
    query: `query($n: Int) { networkVacancies(first: $n) { edges { node { title applications(first: 5) { edges { node { status proposalStatus citizen { givenName } interviews { status startsAt responseNote } } } } } } } }`,
    token: () => operator,
    path: 'networkVacancies',
  },
  networkInterviews: {
    query: `query($n: Int) { networkInterviews(first: $n) { edges { node { startsAt status application { status vacancy { title companyName } citizen { givenName familyName } } } } } }`,
    token: () => operator,
    path: 'networkInterviews',
  },
  frontDeskContacts: {
    query: `query($n: Int) { frontDeskContacts(first: $n) { edges { node { channel recordedByName enteredInError comune { name } sportello { name comune { name } } citizen { givenName residenceComune { name } } } } } }`,
    token: () => operator,
    path: 'frontDeskContacts',
  },
  caseload: {
    query: `query($n: Int) { caseload(first: $n) { edges { node { citizen { givenName } sportello { name } takenBy { givenName } lastContactOn overdueActionCount patto { version current createdBy { givenName } actions { kind overdue case { id } } } pattoVersions { version } diary { body author { givenName } corrects { id } supersededBy { id } } } } } }`,
    token: () => operator,
    path: 'caseload',
  },
  placements: {
    query: `query($n: Int) { placements(first: $n) { edges { node { employerName citizen { givenName residenceComune { name } } application { status } internship { status } } } } }`,
    token: () => operator,
    path: 'placements',
  },
};

describe('SQL statements per list do not grow with the page size', () => {
  for (const [name, list] of Object.entries(lists)) {
    it(name, async () => {
      const statements = async (n: number) => {
        t.statements.length = 0;
        const result = await t.gql(list.query, { n }, list.token());
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        expect((result.data![list.path] as { edges: unknown[] }).edges).toHaveLength(n);
        return t.statements.length;
      };
      const small = await statements(2);
      const large = await statements(ROWS);
      expect(large, `${name}: ${small} statements for 2 rows, ${large} for ${ROWS}`).toBe(small);
    });
  }
});

describe('SQL statements of rankings do not grow with their length', () => {
  const rankings: Record<
    string,
    { query: string; token: () => Promise<string>; at: (data: any) => unknown[] }
  > = {
    'Vacancy.matches': {
      query: `query($n: Int, $id: ID!) { vacancy(id: $id) { matches(first: $n) { score components { reason } citizen { givenName residenceComune { name } } pseudonymousCandidate { alias province soughtOccupations { label } } application { status } } } }`,
      token: async () => operator,
      at: (data) => data.vacancy.matches,
    },
    myMatchingVacancies: {
      query: `query($n: Int) { myMatchingVacancies(first: $n) { score vacancy { title companyName occupation { label } workplaceComune { name } } } }`,
      token: async () => (await t.login(DEMO.citizen)).accessToken,
      at: (data) => data.myMatchingVacancies,
    },
    'SkillsGap.vacancies': {
      query: `query($n: Int) { skillsGap(occupationUri: "${WAREHOUSE}") { coverage { summary } essentialSkills { skill { label } status } internshipHosts { companyName skills { label } } trainingModules { skills { label } trainingModule { title seatsLeft sportello { name } } } vacancies(first: $n) { edges { node { skills { label } vacancy { title companyName occupation { label } workplaceComune { name } } } } } } }`,
      token: async () => giuliaToken,
      at: (data) => data.skillsGap.vacancies.edges,
    },
  };
  for (const [name, ranking] of Object.entries(rankings)) {
    it(name, async () => {
      const token = await ranking.token();
      const vacancy = await t.gql(
        '{ companyVacancies(first: 1, status: PUBLISHED) { edges { node { id } } } }',
        {},
        company,
      );
      const id = vacancy.data!.companyVacancies.edges[0].node.id;
      const statements = async (n: number) => {
        t.statements.length = 0;
        const result = await t.gql(ranking.query, { n, id }, token);
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
        expect(ranking.at(result.data!)).toHaveLength(n);
        return t.statements.length;
      };
      await statements(1);
      const small = await statements(2);
      const large = await statements(ROWS);
      expect(large, `${name}: ${small} statements for 2 rows, ${large} for ${ROWS}`).toBe(small);
    });
  }
});

describe('A citizen with the CV, or their candidatures, is one statement', () => {
  const CITIZEN_WITH_CV = `citizen { id availability { fullTime } residenceComune { name }
    cv { headline completeness { score } experiences { jobTitle occupation { uri } }
      skills { level skill { uri label } } soughtOccupations { uri label } languages { languageCode } } }`;

  it("on the citizen's own CV page, after the account", async () => {
    t.statements.length = 0;
    const result = await t.gql(`{ me { id ${CITIZEN_WITH_CV} } }`, {}, giuliaToken);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data!.me.citizen.cv.soughtOccupations.length).toBeGreaterThan(0);
    expect(t.statements).toHaveLength(2);
  });

  it("a citizen's candidatures with their vacancy, history and interviews, and the count", async () => {
    t.statements.length = 0;
    const result = await t.gql(
      `{ myApplications(first: 20) { totalCount edges { node { id status history { toStatus at }
        interviews { id startsAt } vacancy { id title companyName workplaceComune { name } } } } } }`,
      {},
      giuliaToken,
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data!.myApplications.totalCount).toBeGreaterThan(0);
    expect(t.statements).toHaveLength(1);
  });

  it("on the operator's page of the citizen", async () => {
    const id = (await t.gql('{ me { id } }', {}, giuliaToken)).data!.me.id;
    t.statements.length = 0;
    const result = await t.gql(
      `query($id: ID!) { ${CITIZEN_WITH_CV.replace('citizen {', 'citizen(id: $id) {')} }`,
      { id },
      operator,
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data!.citizen.cv.soughtOccupations.length).toBeGreaterThan(0);
    expect(t.statements).toHaveLength(1);
  });
});
