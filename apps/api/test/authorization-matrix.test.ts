import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COMPANY_SERVICES,
  CORRECT_CONTACT,
  CREATE_VACANCY_FROM_NEED,
  contactIn,
  contactInput,
  correctionInput,
  followUpIn,
  LINK_INTERNSHIP,
  LINK_VACANCY,
  MY_COMPANY_SERVICES,
  RECORD_COMPANY_CONTACT,
  SCHEDULE_FOLLOW_UP,
  SERVICE_FILE,
  SET_FOLLOW_UP_DONE,
  SET_NEED_STATUS,
} from './company-service-fixtures.js';
import {
  apiClientToken,
  citizenInput,
  companyInput,
  DEMO,
  DEMO_NETWORK_SLUG,
  OTHER_OPERATOR,
  otherNetworkTokens,
  REGISTER_CITIZEN,
  REGISTER_COMPANY,
  randomCodiceFiscale,
  seedOtherNetwork,
  uniqueEmail,
} from './fixtures.js';
import {
  CREATE_GROUP_ACTIVITY,
  ENROL_IN_GROUP,
  groupActivityIn,
  groupActivityInput,
  groupSessionInput,
  RECORD_ATTENDANCE,
} from './group-activity-fixtures.js';
import { type GraphQLResponse, startTestApp, type TestApp } from './harness.js';
import { internshipIn, internshipInput, PROPOSE_INTERNSHIP } from './internship-fixtures.js';
import {
  ADD_WORKERS,
  CREATE_PROJECT,
  outplacementIn,
  PROJECT_COUNTS,
  projectInput,
  SET_WORKER_STATUS,
  TAKE_GROUP,
  workerInCharge,
} from './outplacement-fixtures.js';
import {
  ADMIT,
  APPLY as APPLY_TO_CALL,
  ATTEND,
  assignment,
  CREATE_CALL,
  CREATE_PROGRAM,
  callInput,
  closeWindow,
  openCallIn,
  PUBLISH,
  programInput,
  rankedApplicationIn,
} from './program-fixtures.js';
import { countsSeenBy, tenantTables } from './row-level-security-fixtures.js';
import {
  IDEA,
  ideaIn,
  ideaInput,
  partnerIn,
  REFER,
  REGISTER_PARTNER,
  referralIn,
  SET_STEP,
  STARTED,
  SUBMIT_IDEA,
  UPDATE_REFERRAL,
} from './self-employment-fixtures.js';
import { CREATE_TRAINING_MODULE, ENROL, trainingModuleIn, trainingModuleInput } from './training-fixtures.js';
import { CREATE_VACANCY, inDays, vacancyIn, vacancyInput, WAREHOUSE } from './vacancy-fixtures.js';

const ACTORS = [
  'anonymous',
  'citizen',
  'companyMember',
  'operator',
  'otherNetworkOperator',
  'networkAdmin',
  'apiClient',
] as const;
type ActorName = (typeof ACTORS)[number];

const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

let t: TestApp;
const tokens: Partial<Record<ActorName, string>> = {};
let adminToken: string;
let operatorToken: string;
let otherNetworkId: string;

interface Operation {
  allowed: ActorName[];
  run: (token: string | undefined) => Promise<GraphQLResponse>;
  /** For lookups by id: what the same actor gets for an id that does not exist. */
  missing?: (token: string | undefined) => Promise<GraphQLResponse>;
}

const everyone = [...ACTORS];
const staff: ActorName[] = ['operator', 'networkAdmin'];

async function pendingCompanyId(): Promise<string> {
  const result = await t.gql(REGISTER_COMPANY, { input: companyInput() });
  return result.data!.registerCompany.company.id;
}

const companyReview = (mutation: string): Operation => ({
  allowed: ['operator'],
  run: async (token) => t.gql(mutation, { id: await pendingCompanyId() }, token),
  missing: (token) => t.gql(mutation, { id: randomUUID() }, token),
});

let giuliaId: string;

const SAVE_CV = `mutation($id: ID) { saveCv(citizenId: $id, input: { headline: "Operaia metalmeccanica", soughtOccupationUris: [], experiences: [], education: [{ titleCode: "UPPER_SECONDARY" }], languages: [{ languageCode: "it", motherTongue: true }], certifications: [] }) { cv { completeness { score } } userErrors { field message } } }`;
const UPDATE_PROFILE =
  'mutation($id: ID) { updateCitizenProfile(citizenId: $id, input: { phone: "0331 123456" }) { citizen { phone } userErrors { code } } }';
const DECLARE =
  'mutation($id: ID) { declareSpecialCategories(citizenId: $id, input: { law68Disability: false, economicHardship: true }) { specialCategories { economicHardship } userErrors { code } } }';

const FRONT_DESK_CALL = {
  channel: 'PHONE',
  topic: 'INFORMATION',
  comuneCode: DEMO.legnano,
  outcome: 'INFORMATION_GIVEN',
};
const RECORD_CONTACT =
  'mutation($input: FrontDeskContactInput!, $key: String) { recordFrontDeskContact(input: $input, idempotencyKey: $key) { contact { id } userErrors { code } } }';
const MARK_CONTACT =
  'mutation($id: ID!) { markFrontDeskContactInError(id: $id) { contact { enteredInError } userErrors { code } } }';
const ORIENTATION_RECORDS =
  'query($id: ID) { orientationRecords(citizenId: $id) { summary constraints { careDuties } } }';
const RECORD_ORIENTATION =
  'mutation($input: OrientationRecordInput!, $key: String) { recordOrientation(input: $input, idempotencyKey: $key) { record { id } userErrors { code } } }';
const orientationInput = (citizenId: string) => ({
  citizenId,
  kind: 'ORIENTATION_INTERVIEW',
  interests: 'Magazzino',
  strengths: 'Precisione',
  transport: 'OWN_CAR',
  careDuties: false,
  targetOccupationUris: [WAREHOUSE],
  summary: 'Colloquio di orientamento svolto allo sportello.',
});

let slotHour = 0;
/** A fresh slot at the Legnano sportello, each at its own future hour so none overlap. */
async function newSlot(): Promise<string> {
  slotHour += 1;
  const startsAt = new Date(Date.now() + 60 * 86_400_000 + slotHour * 3_600_000).toISOString();
  const result = await t.gql(
    'mutation($s: DateTime!) { publishSlot(input: { kind: ORIENTATION, mode: IN_PERSON, startsAt: $s, durationMinutes: 30, confirmNonWorkingDay: true }) { slot { id } userErrors { code } } }',
    { s: startsAt },
    operatorToken,
  );
  return result.data!.publishSlot.slot.id;
}

/** A booking of Giulia's on a fresh slot. */
async function giuliaBooking(): Promise<string> {
  const booked = await t.gql(
    'mutation($id: ID!) { bookSlot(slotId: $id) { booking { id } userErrors { code } } }',
    { id: await newSlot() },
    tokens.citizen,
  );
  return booked.data!.bookSlot.booking.id;
}

const bookingMutation = (
  query: string,
  extra: () => Promise<Record<string, unknown>> = async () => ({}),
): Operation => ({
  allowed: ['citizen', 'operator'],
  run: async (token) => t.gql(query, { id: await giuliaBooking(), ...(await extra()) }, token),
  missing: async (token) => t.gql(query, { id: randomUUID(), ...(await extra()) }, token),
});

const VACANCY = 'query($id: ID!) { vacancy(id: $id) { title status } }';
const SKILLS_GAP =
  'query($id: ID, $o: ID!) { skillsGap(citizenId: $id, occupationUri: $o) { coverage { summary } vacancies { totalCount } } }';
const vacancy = (state: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED') =>
  vacancyIn(t, { company: tokens.companyMember!, operator: operatorToken }, state);
const vacancyMutation = (
  allowed: ActorName[],
  state: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED',
  query: string,
  variables: Record<string, unknown> = {},
): Operation => ({
  allowed,
  run: async (token) => t.gql(query, { id: await vacancy(state), ...variables }, token),
  missing: (token) => t.gql(query, { id: randomUUID(), ...variables }, token),
});

const ADD_SITE =
  'mutation { addCompanySite(input: { comuneCode: "015046", address: "Via Roma 1" }) { company { sites { id comune { name } } } userErrors { code } } }';
const APPLICATION = 'query($id: ID!) { application(id: $id) { status history { toStatus actorRole } } }';
const APPLY =
  'mutation($id: ID!) { applyToVacancy(vacancyId: $id, coverLetter: "Ho esperienza nel settore.") { application { id } userErrors { code } } }';
const PROPOSE =
  'mutation($v: ID!, $c: ID!) { proposeCandidate(vacancyId: $v, citizenId: $c, note: "Profilo adatto") { application { id } userErrors { code } } }';
const ACCEPT =
  'mutation($id: ID!) { acceptProposal(id: $id) { application { status } userErrors { code } } }';
const MOVE =
  'mutation($id: ID!) { moveApplication(id: $id, status: SHORTLISTED) { application { status } userErrors { code } } }';
const WITHDRAW =
  'mutation($id: ID!) { withdrawApplication(id: $id) { application { status } userErrors { code } } }';
const PROPOSE_INTERVIEW =
  'mutation($id: ID!, $s: DateTime!) { proposeInterview(applicationId: $id, input: { startsAt: $s, durationMinutes: 30, mode: ONLINE }) { interview { id videoUrl } userErrors { code } } }';
const RESPOND =
  'mutation($id: ID!) { respondToInterview(id: $id, accept: true) { interview { status } userErrors { code } } }';
const ASK_NEW_DATE =
  'mutation($id: ID!) { askForAnotherInterviewDate(id: $id, note: "Posso venire il pomeriggio.") { interview { status } userErrors { code } } }';
const RECORD_PLACEMENT =
  'mutation($c: ID!) { recordPlacement(input: { citizenId: $c, employerName: "Ditta esterna", contractType: FIXED_TERM, startsOn: "2026-01-12", durationMonths: 6 }) { placement { id } userErrors { code } } }';
const VERIFY_PLACEMENT =
  'mutation($id: ID!) { verifyPlacement(id: $id) { placement { verified } userErrors { code } } }';

const HIRE =
  'mutation($id: ID!, $s: ApplicationStatus!, $hire: HireInput) { moveApplication(id: $id, status: $s, hire: $hire) { userErrors { code } } }';
const CONFIRM_EMPLOYMENT =
  'mutation($id: ID!) { confirmEmployment(input: { outcomeId: $id, checkpointDays: 30, stillEmployed: true }) { followUp { confirmedVia } userErrors { code } } }';
const ISSUE_STATEMENT =
  'mutation($id: ID!) { issueStatement(contractId: $id, periodEndsOn: "2026-11-30") { statement { totalCents } userErrors { code } } }';
const CREATE_FUNDING_CONTRACT =
  'mutation($s: ID!) { createFundingContract(input: { name: "Inserimenti Legnano", sportelloId: $s, startsOn: "2026-01-01", endsOn: "2026-12-31", capCents: 1000000, minDurationMonths: 6, retentionDays: 90, tariffs: [{ outcomeKind: HIRE, contractClass: PERMANENT, amountCents: 150000 }] }) { contract { id } userErrors { code } } }';

/** Giulia hired by the demo company in January, the placement verified at Legnano: the outcome's id. */
async function giuliaOutcome(): Promise<string> {
  const id = await vacancy('PUBLISHED');
  const applied = await t.gql(APPLY, { id }, tokens.citizen);
  const applicationId = applied.data!.applyToVacancy.application.id;
  for (const s of ['SHORTLISTED', 'INTERVIEW', 'OFFER'])
    await t.gql(HIRE, { id: applicationId, s }, tokens.companyMember);
  await t.gql(
    HIRE,
    { id: applicationId, s: 'HIRED', hire: { startsOn: '2026-01-12' } },
    tokens.companyMember,
  );
  const [placement] = await t.query<{ id: string }>(
    sql`select id from placements where application_id = ${applicationId}`,
  );
  await t.gql(VERIFY_PLACEMENT, { id: placement!.id }, operatorToken);
  const [outcome] = await t.query<{ id: string }>(
    sql`select id from outcomes where placement_id = ${placement!.id}`,
  );
  return outcome!.id;
}

async function newApiClient(): Promise<string> {
  const created = await t.gql(
    'mutation { createApiClient(input: { name: "Con operazioni registrate", scopes: [NETWORK_READ] }) { apiClient { id } } }',
    {},
    adminToken,
  );
  return created.data!.createApiClient.apiClient.id;
}

async function legnanoSportelloId(): Promise<string> {
  const sportelli = (await t.gql('{ sportelli { id name } }', {}, adminToken)).data!.sportelli;
  return sportelli.find((s: { name: string }) => s.name.includes('Legnano')).id;
}

async function vacancyGiuliaAppliedTo(): Promise<string> {
  const id = await vacancy('PUBLISHED');
  await t.gql(APPLY, { id }, tokens.citizen);
  return id;
}

async function giuliaApplication(): Promise<string> {
  const applied = await t.gql(APPLY, { id: await vacancy('PUBLISHED') }, tokens.citizen);
  return applied.data!.applyToVacancy.application.id;
}

let interviewHour = 0;
async function interviewFor(token: string | undefined) {
  const applicationId = await giuliaApplication();
  await t.gql(MOVE, { id: applicationId }, tokens.companyMember);
  interviewHour += 1;
  const startsAt = new Date(Date.now() + 90 * 86_400_000 + interviewHour * 3_600_000).toISOString();
  return t.gql(PROPOSE_INTERVIEW, { id: applicationId, s: startsAt }, token);
}

const DRAFT_LETTER =
  'mutation($c: ID) { draftCoverLetter(input: { citizenId: $c, templateKey: "SPONTANEOUS" }) { coverLetter { id title body } userErrors { code } } }';
const COVER_LETTER = 'query($id: ID!) { coverLetter(id: $id) { title lastEditedBy { name } } }';
const UPDATE_LETTER =
  'mutation($id: ID!) { updateCoverLetter(id: $id, input: { title: "Candidatura", body: "Gentile responsabile, vi scrivo per propormi come saldatrice con dieci anni di esperienza.", revision: 1 }) { coverLetter { revision } userErrors { code } } }';
const DELETE_LETTER = 'mutation($id: ID!) { deleteCoverLetter(id: $id) { deletedId userErrors { code } } }';

async function giuliaLetter(): Promise<string> {
  const drafted = await t.gql(DRAFT_LETTER, { c: giuliaId }, operatorToken);
  return drafted.data!.draftCoverLetter.coverLetter.id;
}

const letterOperation = (query: string): Operation => ({
  allowed: ['citizen', ...staff],
  run: async (token) => t.gql(query, { id: await giuliaLetter() }, token),
  missing: (token) => t.gql(query, { id: randomUUID() }, token),
});

async function giuliaProposal(): Promise<string> {
  const proposed = await t.gql(PROPOSE, { v: await vacancy('PUBLISHED'), c: giuliaId }, operatorToken);
  return proposed.data!.proposeCandidate.application.id;
}

/** A tirocinio of Giulia at the demo company, driven to `state` by the Legnano operator. */
async function giuliaInternship(state: 'PROPOSED' | 'AGREEMENT_SIGNED' | 'ACTIVE'): Promise<string> {
  const me = await t.gql('{ me { company { id } } }', {}, tokens.companyMember);
  return internshipIn(t, operatorToken, state, internshipInput(me.data!.me.company.id, giuliaId));
}

async function demoCompanyId(): Promise<string> {
  return (await t.gql('{ me { company { id } } }', {}, tokens.companyMember)).data!.me.company.id;
}

const internshipMutation = (
  allowed: ActorName[],
  state: 'PROPOSED' | 'AGREEMENT_SIGNED' | 'ACTIVE',
  query: string,
  variables: Record<string, unknown> = {},
): Operation => ({
  allowed,
  run: async (token) => t.gql(query, { id: await giuliaInternship(state), ...variables }, token),
  missing: (token) => t.gql(query, { id: randomUUID(), ...variables }, token),
});

const INTERNSHIP =
  'query($id: ID!) { internship(id: $id) { status company { legalName } trainee { givenName } history { toStatus } } }';

const TRAINING_MODULE =
  'query($id: ID!) { trainingModule(id: $id) { title seatsLeft enrolments { status } } }';
const trainingModule = (state: 'DRAFT' | 'PUBLISHED') => trainingModuleIn(t, operatorToken, state);

const trainingModuleMutation = (state: 'DRAFT' | 'PUBLISHED', query: string, variables = {}): Operation => ({
  allowed: ['operator'],
  run: async (token) => t.gql(query, { id: await trainingModule(state), ...variables }, token),
  missing: (token) => t.gql(query, { id: randomUUID(), ...variables }, token),
});

/** Giulia's enrolment, by the Legnano operator, in a fresh published module. */
async function giuliaEnrolment(): Promise<string> {
  const enrolled = await t.gql(ENROL, { m: await trainingModule('PUBLISHED'), c: giuliaId }, operatorToken);
  return enrolled.data!.enrolInTrainingModule.enrolment.id;
}

const enrolmentMutation = (allowed: ActorName[], query: string): Operation => ({
  allowed,
  run: async (token) => t.gql(query, { id: await giuliaEnrolment() }, token),
  missing: (token) => t.gql(query, { id: randomUUID() }, token),
});

/** A citizen registered for the purpose, so that admissions never meet an earlier participation. */
async function freshCitizenId(): Promise<string> {
  return (await t.gql(REGISTER_CITIZEN, { input: citizenInput() })).data!.registerCitizen.citizen.id;
}

async function participationId(): Promise<string> {
  const { applicationId } = await rankedApplicationIn(t, operatorToken, await freshCitizenId());
  const admitted = await t.gql(ADMIT, { a: applicationId, assignment }, operatorToken);
  return admitted.data!.admitProgramApplicant.participation.id;
}

const participationMutation = (query: string, variables: Record<string, unknown> = {}): Operation => ({
  allowed: ['operator'],
  run: async (token) => t.gql(query, { id: await participationId(), ...variables }, token),
  missing: (token) => t.gql(query, { id: randomUUID(), ...variables }, token),
});

const GROUP_ACTIVITY = 'query($id: ID!) { groupActivity(id: $id) { title seatsLeft enrolments { status } } }';
const groupActivity = (state: 'DRAFT' | 'PUBLISHED') => groupActivityIn(t, operatorToken, state);

const groupActivityMutation = (state: 'DRAFT' | 'PUBLISHED', query: string, variables = {}): Operation => ({
  allowed: ['operator'],
  run: async (token) => t.gql(query, { id: await groupActivity(state), ...variables }, token),
  missing: (token) => t.gql(query, { id: randomUUID(), ...variables }, token),
});

/** Giulia's place, by the Legnano operator, in a fresh published activity. */
async function giuliaGroupEnrolment() {
  const id = await groupActivity('PUBLISHED');
  const enrolled = await t.gql(ENROL_IN_GROUP, { a: id, c: giuliaId }, operatorToken);
  return { activityId: id, enrolmentId: enrolled.data!.enrolInGroupActivity.enrolment.id as string };
}

/** A session of a fresh activity with Giulia enrolled, held an hour ago. */
async function heldSessionWithGiulia() {
  const { activityId, enrolmentId } = await giuliaGroupEnrolment();
  const [session] = await t.query<{ id: string }>(
    sql`update group_sessions set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' where id = (select id from group_sessions where activity_id = ${activityId} order by starts_at limit 1) returning id`,
  );
  return { sessionId: session!.id, enrolmentId };
}

const people: ActorName[] = ['citizen', 'companyMember', 'operator', 'otherNetworkOperator', 'networkAdmin'];

/** A walk-in registered and taken in charge at Legnano: a case of its own. */
async function freshCase(): Promise<string> {
  const registered = await t.gql(
    `mutation($input: RegisterCitizenByOperatorInput!) { registerCitizenByOperator(input: $input) { citizen { id } } }`,
    {
      input: {
        givenName: 'Ada',
        familyName: 'Riva',
        codiceFiscale: randomCodiceFiscale(),
        residenceComuneCode: DEMO.legnano,
      },
    },
    operatorToken,
  );
  const taken = await t.gql(
    'mutation($id: ID!) { takeCitizenInCharge(citizenId: $id, reason: "Accoglienza allo sportello di Legnano") { caseAssignment { case { id } } } }',
    { id: registered.data!.registerCitizenByOperator.citizen.id },
    operatorToken,
  );
  return taken.data!.takeCitizenInCharge.caseAssignment.case.id;
}

const PATTO_INPUT = {
  objectives: 'Trovare lavoro entro sei mesi vicino a casa.',
  actions: [{ kind: 'JOB_SEARCH', description: 'Candidarsi a tre offerte', assignee: 'CITIZEN' }],
};
const SAVE_PATTO =
  'mutation($id: ID!, $input: PattoInput!, $base: Int) { savePatto(caseId: $id, input: $input, baseVersion: $base) { patto { id version actions { id } } userErrors { code } } }';

/** Giulia's case (in charge at Legnano) with a new version of her patto awaiting acceptance. */
async function giuliaPattoVersion(): Promise<string> {
  const read = await t.gql(
    'query($id: ID!) { citizenCase(citizenId: $id) { id patto { version } } }',
    { id: giuliaId },
    operatorToken,
  );
  const { id, patto } = read.data!.citizenCase;
  const saved = await t.gql(
    SAVE_PATTO,
    { id, input: PATTO_INPUT, base: patto?.version ?? null },
    operatorToken,
  );
  return saved.data!.savePatto.patto.id;
}

async function giuliaCaseId(): Promise<string> {
  const read = await t.gql(
    'query($id: ID!) { citizenCase(citizenId: $id) { id } }',
    { id: giuliaId },
    operatorToken,
  );
  return read.data!.citizenCase.id;
}

const DIARY_INPUT = { occurredOn: inDays(0), visibility: 'INTERNAL', body: 'Nota di prova' };
const ADD_DIARY_ENTRY =
  'mutation($id: ID!, $input: DiaryEntryInput!) { addDiaryEntry(caseId: $id, input: $input) { entry { id } userErrors { code } } }';
/** An operation on a fresh case of the Legnano sportello. */
const caseMutation = (query: string, variables: Record<string, unknown> = {}): Operation => ({
  allowed: ['operator'],
  run: async (token) => t.gql(query, { id: await freshCase(), ...variables }, token),
  missing: (token) => t.gql(query, { id: randomUUID(), ...variables }, token),
});
const patto = (
  query: string,
  variables: Record<string, unknown> = {},
  allowed: ActorName[] = ['operator'],
): Operation => ({
  allowed,
  run: async (token) => t.gql(query, { id: await giuliaPattoVersion(), ...variables }, token),
  missing: (token) => t.gql(query, { id: randomUUID(), ...variables }, token),
});

/** A fresh citizen's erasure request waiting for the sportello (of the demo network). */
async function pendingErasure(): Promise<string> {
  const result = await t.gql(REGISTER_CITIZEN, { input: citizenInput() });
  const citizenId = result.data!.registerCitizen.citizen.id as string;
  const [row] = await t.query<{ id: string }>(sql`
    insert into erasure_requests (network_id, citizen_id, origin)
    select network_id, user_id, 'CITIZEN' from citizens where user_id = ${citizenId} returning id`);
  return row!.id;
}

const WEBHOOK_URL = 'http://127.0.0.1:9/hooks';

/** A subscription of a client the admin created, with one delivery queued for it. */
async function webhookSubscriptionWithDelivery(): Promise<{ subscriptionId: string; deliveryId: string }> {
  const client = await t.gql(
    'mutation { createApiClient(input: { name: "Ricevente", scopes: [VACANCY_EVENTS] }) { apiClient { id } } }',
    {},
    adminToken,
  );
  const created = await t.gql(
    'mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { subscription { id } } }',
    {
      input: {
        apiClientId: client.data!.createApiClient.apiClient.id,
        url: WEBHOOK_URL,
        events: ['VACANCY_PUBLISHED'],
      },
    },
    adminToken,
  );
  const subscriptionId = created.data!.createWebhookSubscription.subscription.id as string;
  await vacancy('PUBLISHED');
  const [delivery] = await t.query<{ id: string }>(
    sql`select id from webhook_deliveries where subscription_id = ${subscriptionId}`,
  );
  return { subscriptionId, deliveryId: delivery!.id };
}

const operations: Record<string, Operation> = {
  myErasure: {
    allowed: ['citizen'],
    run: (token) => t.gql('{ myErasure { request { id } obligations } }', {}, token),
  },
  // Giulia has a case in progress: her request waits for the sportello and erases nothing.
  requestErasure: {
    allowed: ['citizen'],
    run: (token) =>
      t.gql('mutation { requestErasure(confirm: true) { erased userErrors { code } } }', {}, token),
  },
  // Each network's staff list their own network's requests.
  erasureRequests: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) => t.gql('{ erasureRequests { id status } }', {}, token),
  },
  executeErasure: {
    allowed: staff,
    run: async (token) =>
      t.gql(
        'mutation($id: ID!) { executeErasure(id: $id, identityConfirmed: true) { request { status } userErrors { code } } }',
        { id: await pendingErasure() },
        token,
      ),
    missing: (token) =>
      t.gql(
        'mutation($id: ID!) { executeErasure(id: $id, identityConfirmed: true) { request { status } userErrors { code } } }',
        { id: randomUUID() },
        token,
      ),
  },
  requestErasureAtDesk: {
    allowed: staff,
    run: async (token) =>
      t.gql(
        'mutation($id: ID!) { requestErasureAtDesk(citizenId: $id, identityConfirmed: true) { request { status } userErrors { code } } }',
        { id: (await t.gql(REGISTER_CITIZEN, { input: citizenInput() })).data!.registerCitizen.citizen.id },
        token,
      ),
    missing: (token) =>
      t.gql(
        'mutation($id: ID!) { requestErasureAtDesk(citizenId: $id, identityConfirmed: true) { request { status } userErrors { code } } }',
        { id: randomUUID() },
        token,
      ),
  },
  retentionPolicy: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) => t.gql('{ retentionPolicy { months noticeDays } }', {}, token),
  },
  setRetentionMonths: {
    allowed: ['networkAdmin'],
    run: (token) =>
      t.gql(
        'mutation { setRetentionMonths(months: 24) { retentionPolicy { months } userErrors { code } } }',
        {},
        token,
      ),
  },
  myNotifications: {
    allowed: people,
    run: (token) =>
      t.gql('{ myNotifications(first: 5) { unreadCount edges { node { title url } } } }', {}, token),
  },
  myNotificationPreferences: {
    allowed: people,
    run: (token) => t.gql('{ myNotificationPreferences { kind email } }', {}, token),
  },
  markNotificationsRead: {
    allowed: people,
    run: (token) =>
      t.gql('mutation { markNotificationsRead { unreadCount userErrors { code } } }', {}, token),
  },
  setNotificationPreference: {
    allowed: people,
    run: (token) =>
      t.gql(
        'mutation { setNotificationPreference(kind: TRAINING, email: false) { preference { email } userErrors { code } } }',
        {},
        token,
      ),
  },
  myJobAlert: { allowed: ['citizen'], run: (token) => t.gql('{ myJobAlert { minScore } }', {}, token) },
  saveJobAlert: {
    allowed: ['citizen'],
    run: (token) =>
      t.gql(
        'mutation { saveJobAlert(input: { frequency: WEEKLY, minScore: 70 }) { jobAlert { id } userErrors { code } } }',
        {},
        token,
      ),
  },
  deleteJobAlert: {
    allowed: ['citizen'],
    run: (token) => t.gql('mutation { deleteJobAlert { ok userErrors { code } } }', {}, token),
  },
  // The signed token is the authority: anyone holding the email's link may stop that alert.
  unsubscribeJobAlert: {
    allowed: everyone,
    run: (token) =>
      t.gql('mutation { unsubscribeJobAlert(token: "scaduto") { ok userErrors { code } } }', {}, token),
  },
  me: { allowed: everyone, run: (token) => t.gql('{ me { id } }', {}, token) },
  networks: {
    allowed: everyone,
    run: (token) => t.gql('{ networks { slug memberComuni { name } } }', {}, token),
  },
  network: {
    allowed: everyone,
    run: (token) => t.gql('{ network(slug: "rete-lavoro-altomilanese") { name } }', {}, token),
  },
  comuni: { allowed: everyone, run: (token) => t.gql('{ comuni(search: "Legn") { name } }', {}, token) },
  memberships: {
    allowed: [...staff, 'otherNetworkOperator', 'apiClient'],
    run: (token) => t.gql('{ memberships { comune { name } fees { year status } } }', {}, token),
  },
  sportelli: {
    allowed: ['citizen', 'companyMember', ...staff, 'otherNetworkOperator', 'apiClient'],
    run: (token) => t.gql('{ sportelli { name comune { name } } }', {}, token),
  },
  operators: {
    allowed: ['networkAdmin'],
    run: (token) => t.gql('{ operators { email sportello { name } } }', {}, token),
  },
  apiClients: { allowed: ['networkAdmin'], run: (token) => t.gql('{ apiClients { name } }', {}, token) },
  citizens: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) => t.gql('{ citizens(first: 5) { totalCount edges { node { email } } } }', {}, token),
  },
  citizen: {
    allowed: [...staff, 'citizen'],
    run: async (token) => {
      const me = await t.gql('{ me { id } }', {}, tokens.citizen);
      return t.gql('query($id: ID!) { citizen(id: $id) { codiceFiscale } }', { id: me.data!.me.id }, token);
    },
    missing: (token) =>
      t.gql('query($id: ID!) { citizen(id: $id) { codiceFiscale } }', { id: randomUUID() }, token),
  },
  companies: {
    allowed: [...staff, 'otherNetworkOperator', 'apiClient'],
    run: (token) => t.gql('{ companies(first: 5) { totalCount } }', {}, token),
  },
  company: {
    allowed: [...staff, 'companyMember', 'apiClient'],
    run: async (token) => {
      const me = await t.gql('{ me { company { id } } }', {}, tokens.companyMember);
      return t.gql(
        'query($id: ID!) { company(id: $id) { legalName } }',
        { id: me.data!.me.company.id },
        token,
      );
    },
    missing: (token) =>
      t.gql('query($id: ID!) { company(id: $id) { legalName } }', { id: randomUUID() }, token),
  },
  login: {
    allowed: everyone,
    run: (token) =>
      t.gql(
        'mutation { login(input: { email: "nessuno@esempio.it", password: "x" }) { userErrors { code } } }',
        {},
        token,
      ),
  },
  // SPID/CIE logins are for people in a browser: anyone but an integration.
  spidCieLogin: {
    allowed: ACTORS.filter((actor) => actor !== 'apiClient'),
    run: (token) => t.gql('{ spidCieLogin { startUrl } }', {}, token),
  },
  continueSpidCieLogin: {
    allowed: ACTORS.filter((actor) => actor !== 'apiClient'),
    run: (token) =>
      t.gql('mutation { continueSpidCieLogin(ticket: "nope") { userErrors { code } } }', {}, token),
  },
  registerWithSpidCie: {
    allowed: ACTORS.filter((actor) => actor !== 'apiClient'),
    run: (token) =>
      t.gql(
        `mutation { registerWithSpidCie(input: { ticket: "nope", networkSlug: "x", residenceComuneCode: "015118", email: "a@esempio.it", privacyNoticeAccepted: true }) { userErrors { code } } }`,
        {},
        token,
      ),
  },
  linkSpidCie: {
    allowed: ACTORS.filter((actor) => actor !== 'apiClient'),
    run: (token) =>
      t.gql(
        'mutation { linkSpidCie(input: { ticket: "nope", email: "a@esempio.it", password: "x" }) { userErrors { code } } }',
        {},
        token,
      ),
  },
  completeSecondFactor: {
    allowed: everyone,
    run: (token) =>
      t.gql(
        'mutation { completeSecondFactor(input: { challengeToken: "nope", code: "123456" }) { userErrors { code } } }',
        {},
        token,
      ),
  },
  // Staff set up a second factor for themselves only: any operator or admin, of any network.
  startTotpEnrolment: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) =>
      t.gql('mutation { startTotpEnrolment { enrolment { secret } userErrors { code } } }', {}, token),
  },
  confirmTotpEnrolment: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) =>
      t.gql(
        'mutation { confirmTotpEnrolment(code: "000000") { recoveryCodes userErrors { code } } }',
        {},
        token,
      ),
  },
  disableTotp: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) =>
      t.gql('mutation { disableTotp(input: { code: "000000" }) { ok userErrors { code } } }', {}, token),
  },
  regenerateRecoveryCodes: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) =>
      t.gql(
        'mutation { regenerateRecoveryCodes(input: { code: "000000" }) { recoveryCodes userErrors { code } } }',
        {},
        token,
      ),
  },
  refreshSession: {
    allowed: everyone,
    run: (token) =>
      t.gql('mutation { refreshSession(refreshToken: "nope") { userErrors { code } } }', {}, token),
  },
  logout: {
    allowed: everyone,
    run: (token) => t.gql('mutation { logout(refreshToken: "nope") { ok } }', {}, token),
  },
  requestPasswordReset: {
    allowed: everyone,
    run: (token) => t.gql('mutation { requestPasswordReset(email: "nessuno@esempio.it") { ok } }', {}, token),
  },
  resetPassword: {
    allowed: everyone,
    run: (token) =>
      t.gql('mutation { resetPassword(token: "nope", newPassword: "una password lunga") { ok } }', {}, token),
  },
  verifyEmail: {
    allowed: everyone,
    run: (token) => t.gql('mutation { verifyEmail(token: "nope") { ok } }', {}, token),
  },
  acceptInvitation: {
    allowed: everyone,
    run: (token) =>
      t.gql(
        'mutation { acceptInvitation(token: "nope", password: "una password lunga") { userErrors { code } } }',
        {},
        token,
      ),
  },
  registerCitizen: {
    allowed: everyone,
    run: (token) => t.gql(REGISTER_CITIZEN, { input: citizenInput() }, token),
  },
  registerCompany: {
    allowed: everyone,
    run: (token) => t.gql(REGISTER_COMPANY, { input: companyInput() }, token),
  },
  registerCitizenByOperator: {
    allowed: ['operator', 'otherNetworkOperator'],
    run: (token) =>
      t.gql(
        `mutation($input: RegisterCitizenByOperatorInput!) { registerCitizenByOperator(input: $input) { citizen { id } userErrors { code } } }`,
        {
          input: {
            email: uniqueEmail('assistito'),
            givenName: 'Piero',
            familyName: 'Neri',
            codiceFiscale: randomCodiceFiscale(),
            residenceComuneCode: token === tokens.otherNetworkOperator ? DEMO.milano : DEMO.legnano,
          },
        },
        token,
      ),
  },
  verifyCompany: companyReview(
    'mutation($id: ID!) { verifyCompany(id: $id) { company { status } userErrors { code } } }',
  ),
  rejectCompany: companyReview(
    'mutation($id: ID!) { rejectCompany(id: $id, reason: "Dati non verificabili") { company { status } userErrors { code } } }',
  ),
  updateCitizenProfile: {
    allowed: ['citizen', ...staff],
    run: (token) => t.gql(UPDATE_PROFILE, { id: giuliaId }, token),
    missing: (token) => t.gql(UPDATE_PROFILE, { id: randomUUID() }, token),
  },
  giveConsent: {
    allowed: ['citizen'],
    run: (token) => t.gql('mutation { giveConsent(purpose: CV_SHARING) { consent { id } } }', {}, token),
  },
  withdrawConsent: {
    allowed: ['citizen'],
    run: async (token) => {
      await t.gql('mutation { giveConsent(purpose: MARKETING) { consent { id } } }', {}, tokens.citizen);
      return t.gql(
        'mutation { withdrawConsent(purpose: MARKETING) { consent { withdrawnAt } userErrors { code } } }',
        {},
        token,
      );
    },
  },
  declareSpecialCategories: {
    allowed: ['citizen', 'operator'],
    run: (token) => t.gql(DECLARE, { id: giuliaId }, token),
    missing: (token) => t.gql(DECLARE, { id: randomUUID() }, token),
  },
  takeCitizenInCharge: {
    allowed: ['operator'],
    run: (token) =>
      t.gql(
        'mutation($id: ID!) { takeCitizenInCharge(citizenId: $id, reason: "Colloquio di orientamento allo sportello") { caseAssignment { sportello { name } } } }',
        { id: giuliaId },
        token,
      ),
    missing: (token) =>
      t.gql(
        'mutation($id: ID!) { takeCitizenInCharge(citizenId: $id, reason: "Colloquio di orientamento allo sportello") { caseAssignment { id } } }',
        { id: randomUUID() },
        token,
      ),
  },
  citizenCase: {
    allowed: ['operator'],
    run: (token) =>
      t.gql(
        'query($id: ID!) { citizenCase(citizenId: $id) { sportello { name } patto { objectives } diary { body } } }',
        { id: giuliaId },
        token,
      ),
    missing: (token) =>
      t.gql('query($id: ID!) { citizenCase(citizenId: $id) { id } }', { id: randomUUID() }, token),
  },
  myCase: {
    allowed: ['citizen'],
    run: (token) => t.gql('{ myCase { sportello { name } patto { objectives } diary { body } } }', {}, token),
  },
  caseload: {
    allowed: ['operator', 'otherNetworkOperator'],
    run: (token) =>
      t.gql(
        '{ caseload(overdueOnly: false) { totalCount edges { node { citizen { givenName } } } } }',
        {},
        token,
      ),
  },
  caseworkToday: {
    allowed: ['operator', 'otherNetworkOperator'],
    run: (token) =>
      t.gql(
        '{ caseworkToday { overdueActionCount actionsDue { description } pattiAwaitingAcceptance { id } } }',
        {},
        token,
      ),
  },
  caseCounts: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) => t.gql('{ caseCounts { sportello { name } openCases pattiAccepted } }', {}, token),
  },
  closeCase: caseMutation(
    'mutation($id: ID!) { closeCase(caseId: $id, reason: NO_LONGER_INTERESTED) { case { closedAt } userErrors { code } } }',
  ),
  savePatto: caseMutation(SAVE_PATTO, { input: PATTO_INPUT }),
  setPattoActionStatus: {
    allowed: ['operator'],
    run: async (token) => {
      const saved = await t.gql(SAVE_PATTO, { id: await freshCase(), input: PATTO_INPUT }, operatorToken);
      return t.gql(
        'mutation($id: ID!) { setPattoActionStatus(actionId: $id, status: DONE) { action { status } userErrors { code } } }',
        { id: saved.data!.savePatto.patto.actions[0].id },
        token,
      );
    },
    missing: (token) =>
      t.gql(
        'mutation($id: ID!) { setPattoActionStatus(actionId: $id, status: DONE) { action { status } userErrors { code } } }',
        { id: randomUUID() },
        token,
      ),
  },
  acceptPatto: patto(
    'mutation($id: ID!) { acceptPatto(versionId: $id) { patto { acceptedAt } userErrors { code } } }',
    {},
    ['citizen'],
  ),
  recordPattoAcceptance: patto(
    'mutation($id: ID!, $on: Date!) { recordPattoAcceptance(versionId: $id, acceptedOn: $on) { patto { acceptedAt } userErrors { code } } }',
    { on: inDays(0) },
  ),
  addDiaryEntry: {
    allowed: ['operator'],
    run: async (token) => t.gql(ADD_DIARY_ENTRY, { id: await giuliaCaseId(), input: DIARY_INPUT }, token),
    missing: (token) => t.gql(ADD_DIARY_ENTRY, { id: randomUUID(), input: DIARY_INPUT }, token),
  },
  correctDiaryEntry: {
    allowed: ['operator'],
    run: async (token) => {
      const added = await t.gql(
        ADD_DIARY_ENTRY,
        { id: await giuliaCaseId(), input: DIARY_INPUT },
        operatorToken,
      );
      return t.gql(
        'mutation($id: ID!, $input: DiaryEntryInput!) { correctDiaryEntry(entryId: $id, input: $input) { entry { id } userErrors { code } } }',
        { id: added.data!.addDiaryEntry.entry.id, input: DIARY_INPUT },
        token,
      );
    },
    missing: (token) =>
      t.gql(
        'mutation($id: ID!, $input: DiaryEntryInput!) { correctDiaryEntry(entryId: $id, input: $input) { entry { id } userErrors { code } } }',
        { id: randomUUID(), input: DIARY_INPUT },
        token,
      ),
  },
  availableSlots: {
    allowed: ['citizen', 'companyMember', ...staff, 'otherNetworkOperator'],
    run: (token) =>
      t.gql(
        '{ availableSlots(first: 5) { totalCount edges { node { startsAt sportello { name } } } } }',
        {},
        token,
      ),
  },
  bookings: {
    allowed: ['citizen', 'companyMember', ...staff, 'otherNetworkOperator'],
    run: (token) =>
      t.gql('{ bookings(first: 5) { totalCount edges { node { status slot { startsAt } } } } }', {}, token),
  },
  publishSlot: {
    allowed: ['operator', 'otherNetworkOperator'],
    run: (token) => {
      slotHour += 1;
      const startsAt = new Date(Date.now() + 60 * 86_400_000 + slotHour * 3_600_000).toISOString();
      return t.gql(
        'mutation($s: DateTime!) { publishSlot(input: { kind: COUNSELLING, mode: ONLINE, startsAt: $s, durationMinutes: 45, confirmNonWorkingDay: true }) { slot { id } userErrors { code } } }',
        { s: startsAt },
        token,
      );
    },
  },
  bookSlot: {
    allowed: ['citizen', 'companyMember', 'operator'],
    run: async (token) =>
      t.gql(
        'mutation($id: ID!, $c: ID) { bookSlot(slotId: $id, citizenId: $c) { booking { id } userErrors { code } } }',
        { id: await newSlot(), c: token === operatorToken ? giuliaId : null },
        token,
      ),
    missing: (token) =>
      t.gql(
        'mutation($id: ID!, $c: ID) { bookSlot(slotId: $id, citizenId: $c) { booking { id } userErrors { code } } }',
        { id: randomUUID(), c: token === operatorToken ? giuliaId : null },
        token,
      ),
  },
  rescheduleBooking: bookingMutation(
    'mutation($id: ID!, $slot: ID!) { rescheduleBooking(id: $id, slotId: $slot) { booking { startsAt } userErrors { code } } }',
    async () => ({ slot: await newSlot() }),
  ),
  cancelBooking: bookingMutation(
    'mutation($id: ID!) { cancelBooking(id: $id) { booking { status } userErrors { code } } }',
  ),
  recordBookingOutcome: {
    allowed: ['operator'],
    run: async (token) => {
      const id = await giuliaBooking();
      // The colloquio has taken place: move it into the past.
      const hoursAgo = 1000 + slotHour;
      await t.db.execute(
        sql`update appointment_slots set starts_at = now() - make_interval(hours => ${hoursAgo}), ends_at = now() - make_interval(hours => ${hoursAgo}) + interval '30 minutes' where id = (select slot_id from bookings where id = ${id})`,
      );
      return t.gql(
        'mutation($id: ID!) { recordBookingOutcome(id: $id, outcome: ATTENDED, notes: "Colloquio svolto") { booking { status } userErrors { code } } }',
        { id },
        token,
      );
    },
    missing: (token) =>
      t.gql(
        'mutation($id: ID!) { recordBookingOutcome(id: $id, outcome: ATTENDED) { booking { status } } }',
        { id: randomUUID() },
        token,
      ),
  },
  escoOccupations: {
    allowed: everyone,
    run: (token) => t.gql('{ escoOccupations(search: "welder") { uri label } }', {}, token),
  },
  escoOccupationsByUri: {
    allowed: everyone,
    run: (token) =>
      t.gql(
        '{ escoOccupationsByUri(uris: ["http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b"]) { uri label skills(relation: ESSENTIAL) { uri } } }',
        {},
        token,
      ),
  },
  escoSkills: {
    allowed: everyone,
    run: (token) => t.gql('{ escoSkills(search: "saldatura") { uri label } }', {}, token),
  },
  educationTitles: {
    allowed: everyone,
    run: (token) => t.gql('{ educationTitles { code eqfLevel } }', {}, token),
  },
  saveCv: {
    allowed: ['citizen', ...staff],
    run: (token) => t.gql(SAVE_CV, { id: giuliaId }, token),
    missing: (token) => t.gql(SAVE_CV, { id: randomUUID() }, token),
  },
  vacancySearch: {
    allowed: everyone,
    run: (token) => t.gql('{ vacancySearch(filter: { text: "saldatore" }) { totalCount } }', {}, token),
  },
  vacancy: {
    allowed: ['companyMember', ...staff],
    run: async (token) => t.gql(VACANCY, { id: await vacancy('DRAFT') }, token),
    missing: (token) => t.gql(VACANCY, { id: randomUUID() }, token),
  },
  companyVacancies: {
    allowed: ['companyMember'],
    run: (token) => t.gql('{ companyVacancies { totalCount } }', {}, token),
  },
  networkVacancies: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) =>
      t.gql('{ networkVacancies(status: PUBLISHED) { totalCount edges { node { title } } } }', {}, token),
  },
  vacanciesToModerate: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) =>
      t.gql('{ vacanciesToModerate { totalCount edges { node { title companyName } } } }', {}, token),
  },
  createVacancy: {
    allowed: ['companyMember'],
    run: (token) => t.gql(CREATE_VACANCY, { input: vacancyInput(), key: randomUUID() }, token),
  },
  updateVacancy: vacancyMutation(
    ['companyMember'],
    'DRAFT',
    'mutation($id: ID!, $input: VacancyInput!) { updateVacancy(id: $id, input: $input) { vacancy { id } userErrors { code } } }',
    { input: vacancyInput({ title: 'Saldatore TIG' }) },
  ),
  submitVacancy: vacancyMutation(
    ['companyMember'],
    'DRAFT',
    'mutation($id: ID!) { submitVacancy(id: $id) { vacancy { status } userErrors { code } } }',
  ),
  publishVacancy: vacancyMutation(
    ['operator'],
    'SUBMITTED',
    'mutation($id: ID!) { publishVacancy(id: $id) { vacancy { status } userErrors { code } } }',
  ),
  rejectVacancy: vacancyMutation(
    ['operator'],
    'SUBMITTED',
    'mutation($id: ID!) { rejectVacancy(id: $id, reason: "Descrizione incompleta") { vacancy { status } userErrors { code } } }',
  ),
  closeVacancy: vacancyMutation(
    ['companyMember'],
    'PUBLISHED',
    'mutation($id: ID!) { closeVacancy(id: $id, filled: true) { vacancy { status } userErrors { code } } }',
  ),
  skillsGap: {
    allowed: ['citizen', ...staff],
    run: (token) => t.gql(SKILLS_GAP, { id: giuliaId, o: WAREHOUSE }, token),
    missing: (token) => t.gql(SKILLS_GAP, { id: randomUUID(), o: WAREHOUSE }, token),
  },
  myMatchingVacancies: {
    allowed: ['citizen'],
    run: (token) => t.gql('{ myMatchingVacancies(first: 5) { score vacancy { id } } }', {}, token),
  },
  myApplications: {
    allowed: ['citizen'],
    run: (token) => t.gql('{ myApplications { totalCount } }', {}, token),
  },
  application: {
    allowed: ['citizen', 'companyMember', ...staff],
    run: async (token) => t.gql(APPLICATION, { id: await giuliaApplication() }, token),
    missing: (token) => t.gql(APPLICATION, { id: randomUUID() }, token),
  },
  applyToVacancy: {
    allowed: ['citizen'],
    run: async (token) => t.gql(APPLY, { id: await vacancy('PUBLISHED') }, token),
    missing: (token) => t.gql(APPLY, { id: randomUUID() }, token),
  },
  proposeCandidate: {
    allowed: ['operator'],
    run: async (token) => t.gql(PROPOSE, { v: await vacancy('PUBLISHED'), c: giuliaId }, token),
    missing: (token) => t.gql(PROPOSE, { v: randomUUID(), c: giuliaId }, token),
  },
  acceptProposal: {
    allowed: ['citizen'],
    run: async (token) => t.gql(ACCEPT, { id: await giuliaProposal() }, token),
    missing: (token) => t.gql(ACCEPT, { id: randomUUID() }, token),
  },
  moveApplication: {
    allowed: ['companyMember'],
    run: async (token) => t.gql(MOVE, { id: await giuliaApplication() }, token),
    missing: (token) => t.gql(MOVE, { id: randomUUID() }, token),
  },
  withdrawApplication: {
    allowed: ['citizen'],
    run: async (token) => t.gql(WITHDRAW, { id: await giuliaApplication() }, token),
    missing: (token) => t.gql(WITHDRAW, { id: randomUUID() }, token),
  },
  proposeInterview: {
    allowed: ['companyMember'],
    run: (token) => interviewFor(token),
    missing: (token) =>
      t.gql(
        PROPOSE_INTERVIEW,
        { id: randomUUID(), s: new Date(Date.now() + 86_400_000).toISOString() },
        token,
      ),
  },
  respondToInterview: {
    allowed: ['citizen'],
    run: async (token) => {
      const proposed = await interviewFor(tokens.companyMember);
      return t.gql(RESPOND, { id: proposed.data!.proposeInterview.interview.id }, token);
    },
    missing: (token) => t.gql(RESPOND, { id: randomUUID() }, token),
  },
  askForAnotherInterviewDate: {
    allowed: ['citizen'],
    run: async (token) => {
      const proposed = await interviewFor(tokens.companyMember);
      return t.gql(ASK_NEW_DATE, { id: proposed.data!.proposeInterview.interview.id }, token);
    },
    missing: (token) => t.gql(ASK_NEW_DATE, { id: randomUUID() }, token),
  },
  coverLetterTemplates: {
    allowed: everyone,
    run: (token) => t.gql('{ coverLetterTemplates { key name requiresVacancy } }', {}, token),
  },
  coverLetter: letterOperation(COVER_LETTER),
  draftCoverLetter: {
    allowed: ['citizen', ...staff],
    run: (token) => t.gql(DRAFT_LETTER, { c: giuliaId }, token),
    missing: (token) => t.gql(DRAFT_LETTER, { c: randomUUID() }, token),
  },
  updateCoverLetter: letterOperation(UPDATE_LETTER),
  deleteCoverLetter: letterOperation(DELETE_LETTER),
  networkInterviews: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) =>
      t.gql(
        '{ networkInterviews(first: 5) { totalCount edges { node { startsAt application { citizen { givenName } } } } } }',
        {},
        token,
      ),
  },
  placements: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) =>
      t.gql('{ placements { totalCount edges { node { employerName citizen { givenName } } } } }', {}, token),
  },
  recordPlacement: {
    allowed: ['operator', 'otherNetworkOperator'],
    run: (token) => t.gql(RECORD_PLACEMENT, { c: giuliaId }, token),
  },
  verifyPlacement: {
    allowed: ['operator'],
    run: async (token) => {
      const recorded = await t.gql(RECORD_PLACEMENT, { c: giuliaId }, operatorToken);
      return t.gql(VERIFY_PLACEMENT, { id: recorded.data!.recordPlacement.placement.id }, token);
    },
    missing: (token) => t.gql(VERIFY_PLACEMENT, { id: randomUUID() }, token),
  },
  outcomes: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) =>
      t.gql(
        '{ outcomes { totalCount edges { node { reference targetGroups checkpoints { days } } } } }',
        {},
        token,
      ),
  },
  employmentChecks: {
    allowed: ['citizen', 'companyMember'],
    run: (token) =>
      t.gql(
        '{ employmentChecks { totalCount edges { node { personName checkpoints { days } } } } }',
        {},
        token,
      ),
  },
  confirmEmployment: {
    allowed: ['citizen', 'companyMember', 'operator'],
    run: async (token) => t.gql(CONFIRM_EMPLOYMENT, { id: await giuliaOutcome() }, token),
    missing: (token) => t.gql(CONFIRM_EMPLOYMENT, { id: randomUUID() }, token),
  },
  fundingContracts: {
    allowed: ['networkAdmin'],
    run: (token) =>
      t.gql('{ fundingContracts { name tariffs { amountCents } statements { totalCents } } }', {}, token),
  },
  createFundingContract: {
    allowed: ['networkAdmin'],
    run: async (token) => t.gql(CREATE_FUNDING_CONTRACT, { s: await legnanoSportelloId() }, token),
  },
  issueStatement: {
    allowed: ['networkAdmin'],
    run: async (token) => {
      const created = await t.gql(CREATE_FUNDING_CONTRACT, { s: await legnanoSportelloId() }, adminToken);
      return t.gql(ISSUE_STATEMENT, { id: created.data!.createFundingContract.contract.id }, token);
    },
    missing: (token) => t.gql(ISSUE_STATEMENT, { id: randomUUID() }, token),
  },
  internships: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) =>
      t.gql(
        '{ internships(status: PROPOSED) { totalCount edges { node { status trainee { givenName } } } } }',
        {},
        token,
      ),
  },
  internship: {
    allowed: ['citizen', 'companyMember', ...staff],
    run: async (token) => t.gql(INTERNSHIP, { id: await giuliaInternship('PROPOSED') }, token),
    missing: (token) => t.gql(INTERNSHIP, { id: randomUUID() }, token),
  },
  companyInternships: {
    allowed: ['companyMember'],
    run: (token) => t.gql('{ companyInternships { totalCount edges { node { status } } } }', {}, token),
  },
  myInternships: {
    allowed: ['citizen'],
    run: (token) => t.gql('{ myInternships { totalCount edges { node { status } } } }', {}, token),
  },
  proposeInternship: {
    allowed: ['operator', 'otherNetworkOperator'],
    run: async (token) => {
      const me = await t.gql('{ me { company { id } } }', {}, tokens.companyMember);
      return t.gql(
        PROPOSE_INTERNSHIP,
        { input: internshipInput(me.data!.me.company.id, giuliaId), key: randomUUID() },
        token,
      );
    },
  },
  signInternshipAgreement: internshipMutation(
    ['operator'],
    'PROPOSED',
    'mutation($id: ID!) { signInternshipAgreement(id: $id) { internship { status } userErrors { code } } }',
  ),
  startInternship: internshipMutation(
    ['operator'],
    'AGREEMENT_SIGNED',
    'mutation($id: ID!) { startInternship(id: $id) { internship { status } userErrors { code } } }',
  ),
  suspendInternship: internshipMutation(
    ['operator'],
    'ACTIVE',
    'mutation($id: ID!) { suspendInternship(id: $id, reason: "Malattia del tirocinante") { internship { status } userErrors { code } } }',
  ),
  resumeInternship: {
    allowed: ['operator'],
    run: async (token) => {
      const id = await giuliaInternship('ACTIVE');
      await t.gql(
        'mutation($id: ID!) { suspendInternship(id: $id, reason: "Chiusura estiva") { userErrors { code } } }',
        { id },
        operatorToken,
      );
      return t.gql(
        'mutation($id: ID!) { resumeInternship(id: $id) { internship { status } userErrors { code } } }',
        { id },
        token,
      );
    },
    missing: (token) =>
      t.gql(
        'mutation($id: ID!) { resumeInternship(id: $id) { internship { status } userErrors { code } } }',
        { id: randomUUID() },
        token,
      ),
  },
  interruptInternship: internshipMutation(
    ['operator'],
    'ACTIVE',
    'mutation($id: ID!) { interruptInternship(id: $id, reason: "Il tirocinante rinuncia") { internship { status } userErrors { code } } }',
  ),
  addInternshipMonitoringEntry: internshipMutation(
    ['operator', 'companyMember'],
    'ACTIVE',
    'mutation($id: ID!, $input: MonitoringEntryInput!) { addInternshipMonitoringEntry(id: $id, input: $input) { internship { monitoringEntries { hoursAttended } } userErrors { code } } }',
    {
      input: {
        periodStartsOn: inDays(-14),
        periodEndsOn: inDays(-8),
        hoursAttended: 25,
        note: 'Settimana regolare.',
      },
    },
  ),
  completeInternship: internshipMutation(
    ['operator'],
    'ACTIVE',
    'mutation($id: ID!, $input: CompleteInternshipInput!) { completeInternship(id: $id, input: $input) { internship { status placement { source } } userErrors { code } } }',
    {
      input: {
        outcome: 'OBJECTIVES_ACHIEVED',
        judgement: 'Obiettivi raggiunti con impegno.',
        acquiredSkills: [],
        hire: { contractType: 'FIXED_TERM', startsOn: inDays(130), durationMonths: 12 },
      },
    },
  ),
  trainingModules: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) =>
      t.gql('{ trainingModules(status: PUBLISHED) { totalCount edges { node { title } } } }', {}, token),
  },
  trainingModule: {
    allowed: ['citizen', ...staff],
    run: async (token) => t.gql(TRAINING_MODULE, { id: await trainingModule('PUBLISHED') }, token),
    missing: (token) => t.gql(TRAINING_MODULE, { id: randomUUID() }, token),
  },
  openTrainingModules: {
    allowed: ['citizen'],
    run: (token) => t.gql('{ openTrainingModules { totalCount edges { node { title } } } }', {}, token),
  },
  myTrainingEnrolments: {
    allowed: ['citizen'],
    run: (token) => t.gql('{ myTrainingEnrolments { totalCount edges { node { status } } } }', {}, token),
  },
  createTrainingModule: {
    allowed: ['operator', 'otherNetworkOperator'],
    run: (token) => t.gql(CREATE_TRAINING_MODULE, { input: trainingModuleInput(), key: randomUUID() }, token),
  },
  updateTrainingModule: trainingModuleMutation(
    'DRAFT',
    'mutation($id: ID!, $input: TrainingModuleInput!) { updateTrainingModule(id: $id, input: $input) { trainingModule { title } userErrors { code } } }',
    { input: trainingModuleInput({ title: 'Excel di base' }) },
  ),
  publishTrainingModule: trainingModuleMutation(
    'DRAFT',
    'mutation($id: ID!) { publishTrainingModule(id: $id) { trainingModule { status } userErrors { code } } }',
  ),
  cancelTrainingModule: trainingModuleMutation(
    'PUBLISHED',
    'mutation($id: ID!) { cancelTrainingModule(id: $id) { trainingModule { status } userErrors { code } } }',
  ),
  enrolInTrainingModule: {
    allowed: ['citizen', 'operator'],
    // A citizen asks for their own place; anyone else names Giulia.
    run: async (token) =>
      t.gql(
        ENROL,
        { m: await trainingModule('PUBLISHED'), c: token === tokens.citizen ? null : giuliaId },
        token,
      ),
    missing: (token) =>
      t.gql(ENROL, { m: randomUUID(), c: token === tokens.citizen ? null : giuliaId }, token),
  },
  withdrawTrainingEnrolment: enrolmentMutation(
    ['citizen', 'operator'],
    'mutation($id: ID!) { withdrawTrainingEnrolment(id: $id) { enrolment { status } userErrors { code } } }',
  ),
  completeTrainingEnrolment: enrolmentMutation(
    ['operator'],
    'mutation($id: ID!) { completeTrainingEnrolment(id: $id) { enrolment { status } userErrors { code } } }',
  ),
  programs: {
    // Every operator lists the programs of their own network.
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) => t.gql('{ programs { totalCount edges { node { title } } } }', {}, token),
  },
  program: {
    allowed: staff,
    run: async (token) => {
      const created = await t.gql(CREATE_PROGRAM, { input: programInput() }, operatorToken);
      return t.gql(
        'query($id: ID!) { program(id: $id) { title calls { id } } }',
        { id: created.data!.createProgram.program.id },
        token,
      );
    },
    missing: (token) => t.gql('query($id: ID!) { program(id: $id) { title } }', { id: randomUUID() }, token),
  },
  programCall: {
    allowed: ['citizen', ...staff],
    run: async (token) =>
      t.gql(
        'query($id: ID!) { programCall(id: $id) { title myEligibility { outcome } applications { id } } }',
        { id: await openCallIn(t, operatorToken) },
        token,
      ),
    missing: (token) =>
      t.gql('query($id: ID!) { programCall(id: $id) { title } }', { id: randomUUID() }, token),
  },
  openProgramCalls: {
    allowed: ['citizen'],
    run: (token) => t.gql('{ openProgramCalls { totalCount edges { node { title } } } }', {}, token),
  },
  myProgramApplications: {
    allowed: ['citizen'],
    run: (token) => t.gql('{ myProgramApplications { totalCount edges { node { id } } } }', {}, token),
  },
  programApplication: {
    allowed: ['citizen', ...staff],
    run: async (token) => {
      const { applicationId } = await rankedApplicationIn(t, operatorToken, giuliaId);
      return t.gql(
        'query($id: ID!) { programApplication(id: $id) { checks { outcome } ranking { position } } }',
        { id: applicationId },
        token,
      );
    },
    missing: (token) =>
      t.gql('query($id: ID!) { programApplication(id: $id) { id } }', { id: randomUUID() }, token),
  },
  createProgram: {
    // An operator of another network creates in theirs (here refused only on the comune, a userError).
    allowed: ['operator', 'otherNetworkOperator'],
    run: (token) => t.gql(CREATE_PROGRAM, { input: programInput(), key: randomUUID() }, token),
  },
  createProgramCall: {
    allowed: ['operator'],
    run: async (token) => {
      const created = await t.gql(CREATE_PROGRAM, { input: programInput() }, operatorToken);
      return t.gql(CREATE_CALL, { p: created.data!.createProgram.program.id, input: callInput() }, token);
    },
    missing: (token) => t.gql(CREATE_CALL, { p: randomUUID(), input: callInput() }, token),
  },
  applyToProgramCall: {
    // A citizen for themself; an operator of the network on a citizen's behalf.
    allowed: ['citizen', 'operator'],
    run: async (token) => {
      const call = await openCallIn(t, operatorToken, { rules: { notInActiveProgram: false } });
      return t.gql(
        APPLY_TO_CALL,
        { call, citizen: token === tokens.citizen ? null : giuliaId, declaration: {} },
        token,
      );
    },
    missing: (token) =>
      t.gql(
        APPLY_TO_CALL,
        { call: randomUUID(), citizen: token === tokens.citizen ? null : giuliaId, declaration: {} },
        token,
      ),
  },
  publishProgramRanking: {
    allowed: ['operator'],
    run: async (token) => {
      const call = await openCallIn(t, operatorToken);
      await closeWindow(t, call);
      return t.gql(PUBLISH, { call }, token);
    },
    missing: (token) => t.gql(PUBLISH, { call: randomUUID() }, token),
  },
  admitProgramApplicant: {
    allowed: ['operator'],
    run: async (token) => {
      const { applicationId } = await rankedApplicationIn(t, operatorToken, await freshCitizenId());
      return t.gql(ADMIT, { a: applicationId, assignment }, token);
    },
    missing: (token) => t.gql(ADMIT, { a: randomUUID(), assignment }, token),
  },
  recordProgramAttendance: {
    allowed: ['operator'],
    run: async (token) => t.gql(ATTEND, { p: await participationId(), day: inDays(0), hours: 6 }, token),
    missing: (token) => t.gql(ATTEND, { p: randomUUID(), day: inDays(0), hours: 6 }, token),
  },
  interruptProgramParticipation: participationMutation(
    'mutation($id: ID!, $reason: String!) { interruptProgramParticipation(id: $id, reason: $reason) { participation { status } userErrors { code } } }',
    { reason: 'Trasferimento in un altro comune' },
  ),
  endProgramParticipation: participationMutation(
    'mutation($id: ID!) { endProgramParticipation(id: $id, outcome: TRAINING) { participation { status } userErrors { code } } }',
  ),
  microcreditPartners: {
    // Every operator and admin lists the partners of their own network.
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) => t.gql('{ microcreditPartners { id name } }', {}, token),
  },
  businessIdeas: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) => t.gql('{ businessIdeas { totalCount edges { node { title } } } }', {}, token),
  },
  myBusinessIdeas: {
    allowed: ['citizen'],
    run: (token) => t.gql('{ myBusinessIdeas { id referrals { status } } }', {}, token),
  },
  businessIdea: {
    allowed: ['citizen', ...staff],
    run: async (token) => t.gql(IDEA, { id: await ideaIn(t, operatorToken, giuliaId) }, token),
    missing: (token) => t.gql(IDEA, { id: randomUUID() }, token),
  },
  registerMicrocreditPartner: {
    allowed: ['networkAdmin'],
    run: (token) =>
      t.gql(REGISTER_PARTNER, { input: { name: 'Ente di microcredito' }, key: randomUUID() }, token),
  },
  submitBusinessIdea: {
    // A citizen for themself; an operator for a citizen of their network (another network's
    // operator meets Giulia as unknown: a userError on input.citizenId, tested in self-employment).
    allowed: ['citizen', 'operator', 'otherNetworkOperator'],
    run: (token) =>
      t.gql(
        SUBMIT_IDEA,
        { input: ideaInput(token === tokens.citizen ? {} : { citizenId: giuliaId }), key: randomUUID() },
        token,
      ),
  },
  setBusinessPlanStep: {
    allowed: ['citizen', 'operator'],
    run: async (token) =>
      t.gql(SET_STEP, { id: await ideaIn(t, operatorToken, giuliaId), step: 'PERMITS', done: true }, token),
    missing: (token) => t.gql(SET_STEP, { id: randomUUID(), step: 'PERMITS', done: true }, token),
  },
  referBusinessIdea: {
    allowed: ['operator'],
    run: async (token) =>
      t.gql(
        REFER,
        {
          id: await ideaIn(t, operatorToken, giuliaId),
          p: await partnerIn(t, adminToken),
          key: randomUUID(),
        },
        token,
      ),
    missing: (token) => t.gql(REFER, { id: randomUUID(), p: randomUUID() }, token),
  },
  updateMicrocreditReferral: {
    allowed: ['operator'],
    run: async (token) => {
      const { referralId } = await referralIn(t, { operator: operatorToken, admin: adminToken }, giuliaId);
      return t.gql(UPDATE_REFERRAL, { id: referralId, s: 'IN_ASSESSMENT' }, token);
    },
    missing: (token) => t.gql(UPDATE_REFERRAL, { id: randomUUID(), s: 'IN_ASSESSMENT' }, token),
  },
  companyServices: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) => t.gql(COMPANY_SERVICES, {}, token),
  },
  companyServiceFile: {
    allowed: staff,
    run: async (token) => t.gql(SERVICE_FILE, { id: await demoCompanyId() }, token),
    missing: (token) => t.gql(SERVICE_FILE, { id: randomUUID() }, token),
  },
  myCompanyServices: {
    allowed: ['companyMember'],
    run: (token) => t.gql(MY_COMPANY_SERVICES, {}, token),
  },
  recordCompanyContact: {
    allowed: staff,
    run: async (token) =>
      t.gql(RECORD_COMPANY_CONTACT, { input: contactInput(await demoCompanyId()), key: randomUUID() }, token),
    missing: (token) => t.gql(RECORD_COMPANY_CONTACT, { input: contactInput(randomUUID()) }, token),
  },
  scheduleCompanyFollowUp: {
    allowed: staff,
    run: async (token) =>
      t.gql(
        SCHEDULE_FOLLOW_UP,
        {
          input: { companyId: await demoCompanyId(), dueOn: inDays(5), action: 'Richiamare' },
          key: randomUUID(),
        },
        token,
      ),
    missing: (token) =>
      t.gql(
        SCHEDULE_FOLLOW_UP,
        { input: { companyId: randomUUID(), dueOn: inDays(5), action: 'Richiamare' } },
        token,
      ),
  },
  setCompanyFollowUpDone: {
    allowed: staff,
    run: async (token) =>
      t.gql(
        SET_FOLLOW_UP_DONE,
        { id: await followUpIn(t, operatorToken, await demoCompanyId()), done: true },
        token,
      ),
    missing: (token) => t.gql(SET_FOLLOW_UP_DONE, { id: randomUUID(), done: true }, token),
  },
  setCompanyNeedStatus: {
    allowed: staff,
    run: async (token) =>
      t.gql(
        SET_NEED_STATUS,
        { id: (await contactIn(t, operatorToken, await demoCompanyId())).needId, s: 'MET' },
        token,
      ),
    missing: (token) => t.gql(SET_NEED_STATUS, { id: randomUUID(), s: 'MET' }, token),
  },
  linkVacancyToCompanyNeed: {
    allowed: staff,
    run: async (token) =>
      t.gql(
        LINK_VACANCY,
        { n: (await contactIn(t, operatorToken, await demoCompanyId())).needId, v: await vacancy('DRAFT') },
        token,
      ),
    missing: async (token) => t.gql(LINK_VACANCY, { n: randomUUID(), v: await vacancy('DRAFT') }, token),
  },
  linkInternshipToCompanyNeed: {
    allowed: staff,
    run: async (token) =>
      t.gql(
        LINK_INTERNSHIP,
        {
          n: (await contactIn(t, operatorToken, await demoCompanyId())).needId,
          i: await giuliaInternship('PROPOSED'),
        },
        token,
      ),
    missing: async (token) =>
      t.gql(LINK_INTERNSHIP, { n: randomUUID(), i: await giuliaInternship('PROPOSED') }, token),
  },
  createVacancyFromCompanyNeed: {
    allowed: staff,
    run: async (token) =>
      t.gql(
        CREATE_VACANCY_FROM_NEED,
        { n: (await contactIn(t, operatorToken, await demoCompanyId())).needId, key: randomUUID() },
        token,
      ),
    missing: (token) => t.gql(CREATE_VACANCY_FROM_NEED, { n: randomUUID() }, token),
  },
  correctCompanyContact: {
    allowed: staff,
    run: async (token) =>
      t.gql(
        CORRECT_CONTACT,
        {
          id: (await contactIn(t, operatorToken, await demoCompanyId())).contactId,
          input: correctionInput({ summary: 'Sintesi corretta dopo la visita in officina.' }),
        },
        token,
      ),
    missing: (token) => t.gql(CORRECT_CONTACT, { id: randomUUID(), input: correctionInput() }, token),
  },
  recordBusinessStarted: {
    allowed: ['operator'],
    run: async (token) =>
      t.gql(
        STARTED,
        { id: await ideaIn(t, operatorToken, giuliaId), piva: '01234567897', on: inDays(0) },
        token,
      ),
    missing: (token) => t.gql(STARTED, { id: randomUUID(), piva: '01234567897', on: inDays(0) }, token),
  },
  outplacementProjects: {
    // Every operator and admin lists the projects of their own network.
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) =>
      t.gql('{ outplacementProjects { totalCount edges { node { summary { total } } } } }', {}, token),
  },
  outplacementProject: {
    allowed: [...staff],
    run: async (token) =>
      t.gql(PROJECT_COUNTS, { id: (await outplacementIn(t, operatorToken)).projectId }, token),
    missing: (token) => t.gql(PROJECT_COUNTS, { id: randomUUID() }, token),
  },
  createOutplacementProject: {
    // Every operator at a sportello opens projects in their own network.
    allowed: ['operator', 'otherNetworkOperator'],
    run: (token) => t.gql(CREATE_PROJECT, { input: projectInput(), key: randomUUID() }, token),
  },
  addOutplacementWorkers: {
    allowed: ['operator'],
    run: async (token) => {
      const { projectId, citizens } = await outplacementIn(t, operatorToken);
      return t.gql(ADD_WORKERS, { id: projectId, cfs: citizens.map((c) => c.cf) }, token);
    },
    missing: (token) => t.gql(ADD_WORKERS, { id: randomUUID(), cfs: [] }, token),
  },
  takeOutplacementGroupInCharge: {
    allowed: ['operator'],
    run: async (token) =>
      t.gql(TAKE_GROUP, { id: (await outplacementIn(t, operatorToken)).projectId }, token),
    missing: (token) => t.gql(TAKE_GROUP, { id: randomUUID() }, token),
  },
  setOutplacementWorkerStatus: {
    allowed: ['operator'],
    run: async (token) =>
      t.gql(
        SET_WORKER_STATUS,
        { id: await workerInCharge(t, operatorToken), input: { status: 'IN_TRAINING', statusOn: inDays(0) } },
        token,
      ),
    missing: (token) =>
      t.gql(
        SET_WORKER_STATUS,
        { id: randomUUID(), input: { status: 'IN_TRAINING', statusOn: inDays(0) } },
        token,
      ),
  },
  frontDeskContacts: {
    // Every operator lists the contacts of their own sportello.
    allowed: ['operator', 'otherNetworkOperator'],
    run: (token) => t.gql('{ frontDeskContacts { totalCount edges { node { channel } } } }', {}, token),
  },
  frontDeskCounts: {
    allowed: ['operator', 'otherNetworkOperator', 'networkAdmin'],
    run: (token) =>
      t.gql(`{ frontDeskCounts(from: "${inDays(-7)}", to: "${inDays(0)}") { total } }`, {}, token),
  },
  recordFrontDeskContact: {
    // An operator of another network records at their own sportello (here a userError: not their comune).
    allowed: ['operator', 'otherNetworkOperator'],
    run: (token) => t.gql(RECORD_CONTACT, { input: FRONT_DESK_CALL, key: randomUUID() }, token),
  },
  markFrontDeskContactInError: {
    allowed: ['operator'],
    run: async (token) => {
      const recorded = await t.gql(RECORD_CONTACT, { input: FRONT_DESK_CALL }, operatorToken);
      return t.gql(MARK_CONTACT, { id: recorded.data!.recordFrontDeskContact.contact.id }, token);
    },
    missing: (token) => t.gql(MARK_CONTACT, { id: randomUUID() }, token),
  },
  orientationRecords: {
    allowed: ['citizen', 'operator'],
    run: (token) => t.gql(ORIENTATION_RECORDS, { id: giuliaId }, token),
    missing: (token) => t.gql(ORIENTATION_RECORDS, { id: randomUUID() }, token),
  },
  recordOrientation: {
    allowed: ['operator'],
    run: (token) =>
      t.gql(RECORD_ORIENTATION, { input: orientationInput(giuliaId), key: randomUUID() }, token),
    missing: (token) => t.gql(RECORD_ORIENTATION, { input: orientationInput(randomUUID()) }, token),
  },
  groupActivities: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) =>
      t.gql('{ groupActivities(status: PUBLISHED) { totalCount edges { node { title } } } }', {}, token),
  },
  groupActivity: {
    allowed: ['citizen', ...staff],
    run: async (token) => t.gql(GROUP_ACTIVITY, { id: await groupActivity('PUBLISHED') }, token),
    missing: (token) => t.gql(GROUP_ACTIVITY, { id: randomUUID() }, token),
  },
  openGroupActivities: {
    allowed: ['citizen'],
    run: (token) => t.gql('{ openGroupActivities { totalCount edges { node { title } } } }', {}, token),
  },
  myGroupEnrolments: {
    allowed: ['citizen'],
    run: (token) => t.gql('{ myGroupEnrolments { totalCount edges { node { status } } } }', {}, token),
  },
  createGroupActivity: {
    allowed: ['operator', 'otherNetworkOperator'],
    run: (token) =>
      t.gql(
        CREATE_GROUP_ACTIVITY,
        { input: groupActivityInput(), sessions: [groupSessionInput(5)], key: randomUUID() },
        token,
      ),
  },
  updateGroupActivity: groupActivityMutation(
    'DRAFT',
    'mutation($id: ID!, $input: GroupActivityInput!) { updateGroupActivity(id: $id, input: $input) { groupActivity { title } userErrors { code } } }',
    { input: groupActivityInput({ title: 'Laboratorio CV' }) },
  ),
  publishGroupActivity: groupActivityMutation(
    'DRAFT',
    'mutation($id: ID!) { publishGroupActivity(id: $id) { groupActivity { status } userErrors { code } } }',
  ),
  cancelGroupActivity: groupActivityMutation(
    'PUBLISHED',
    'mutation($id: ID!) { cancelGroupActivity(id: $id) { groupActivity { status } userErrors { code } } }',
  ),
  endGroupActivity: groupActivityMutation(
    'PUBLISHED',
    'mutation($id: ID!) { endGroupActivity(id: $id) { groupActivity { status } userErrors { code } } }',
  ),
  addGroupSession: {
    allowed: ['operator'],
    run: async (token) =>
      t.gql(
        'mutation($id: ID!, $input: GroupSessionInput!) { addGroupSession(activityId: $id, input: $input) { session { topic } userErrors { code } } }',
        { id: await groupActivity('DRAFT'), input: groupSessionInput(20) },
        token,
      ),
    missing: (token) =>
      t.gql(
        'mutation($id: ID!, $input: GroupSessionInput!) { addGroupSession(activityId: $id, input: $input) { session { topic } userErrors { code } } }',
        { id: randomUUID(), input: groupSessionInput(20) },
        token,
      ),
  },
  moveGroupSession: {
    allowed: ['operator'],
    run: async (token) => {
      const activity = await t.gql(
        'query($id: ID!) { groupActivity(id: $id) { sessions { id } } }',
        { id: await groupActivity('DRAFT') },
        operatorToken,
      );
      return t.gql(
        'mutation($id: ID!, $input: GroupSessionInput!) { moveGroupSession(id: $id, input: $input) { session { topic } userErrors { code } } }',
        { id: activity.data!.groupActivity.sessions[0].id, input: groupSessionInput(21) },
        token,
      );
    },
    missing: (token) =>
      t.gql(
        'mutation($id: ID!, $input: GroupSessionInput!) { moveGroupSession(id: $id, input: $input) { session { topic } userErrors { code } } }',
        { id: randomUUID(), input: groupSessionInput(21) },
        token,
      ),
  },
  enrolInGroupActivity: {
    allowed: ['citizen', 'operator'],
    // A citizen asks for their own place; anyone else names Giulia.
    run: async (token) =>
      t.gql(
        ENROL_IN_GROUP,
        { a: await groupActivity('PUBLISHED'), c: token === tokens.citizen ? null : giuliaId },
        token,
      ),
    missing: (token) =>
      t.gql(ENROL_IN_GROUP, { a: randomUUID(), c: token === tokens.citizen ? null : giuliaId }, token),
  },
  withdrawGroupEnrolment: {
    allowed: ['citizen', 'operator'],
    run: async (token) =>
      t.gql(
        'mutation($id: ID!) { withdrawGroupEnrolment(id: $id) { enrolment { status } userErrors { code } } }',
        { id: (await giuliaGroupEnrolment()).enrolmentId },
        token,
      ),
    missing: (token) =>
      t.gql(
        'mutation($id: ID!) { withdrawGroupEnrolment(id: $id) { enrolment { status } userErrors { code } } }',
        { id: randomUUID() },
        token,
      ),
  },
  recordGroupAttendance: {
    allowed: ['operator'],
    run: async (token) => {
      const { sessionId, enrolmentId } = await heldSessionWithGiulia();
      return t.gql(RECORD_ATTENDANCE, { s: sessionId, entries: [{ enrolmentId, status: 'PRESENT' }] }, token);
    },
    missing: (token) =>
      t.gql(
        RECORD_ATTENDANCE,
        { s: randomUUID(), entries: [{ enrolmentId: randomUUID(), status: 'PRESENT' }] },
        token,
      ),
  },
  atecoActivities: {
    allowed: everyone,
    run: (token) => t.gql('{ atecoActivities(search: "software") { code title } }', {}, token),
  },
  updateCompanyProfile: {
    allowed: ['companyMember'],
    run: (token) =>
      t.gql(
        'mutation { updateCompanyProfile(input: { atecoCode: "25", size: SMALL }) { company { size } userErrors { code } } }',
        {},
        token,
      ),
  },
  addCompanySite: {
    allowed: ['companyMember'],
    run: (token) => t.gql(ADD_SITE, {}, token),
  },
  removeCompanySite: {
    allowed: ['companyMember'],
    run: async (token) => {
      const added = await t.gql(ADD_SITE, {}, tokens.companyMember);
      const sites = added.data!.addCompanySite.company.sites as { id: string }[];
      return t.gql(
        'mutation($id: ID!) { removeCompanySite(id: $id) { userErrors { code } } }',
        { id: sites.at(-1)!.id },
        token,
      );
    },
  },
  inviteCompanyMember: {
    allowed: ['companyMember'],
    run: (token) =>
      t.gql(
        'mutation($e: String!) { inviteCompanyMember(input: { email: $e, givenName: "Nuovo", familyName: "Collega", role: MEMBER }) { member { id active } userErrors { code } } }',
        { e: uniqueEmail('collega') },
        token,
      ),
  },
  webhookSubscriptions: {
    allowed: ['networkAdmin', 'apiClient'],
    run: (token) => t.gql('{ webhookSubscriptions { id url } }', {}, token),
  },
  webhookDeliveries: {
    allowed: ['networkAdmin'],
    run: async (token) =>
      t.gql(
        'query($id: ID!) { webhookDeliveries(subscriptionId: $id) { totalCount } }',
        { id: (await webhookSubscriptionWithDelivery()).subscriptionId },
        token,
      ),
    missing: (token) =>
      t.gql(
        'query($id: ID!) { webhookDeliveries(subscriptionId: $id) { totalCount } }',
        { id: randomUUID() },
        token,
      ),
  },
  createWebhookSubscription: {
    allowed: ['networkAdmin', 'apiClient'],
    run: async (token) => {
      const client = await t.gql(
        'mutation { createApiClient(input: { name: "Ricevente", scopes: [VACANCY_EVENTS] }) { apiClient { id } } }',
        {},
        adminToken,
      );
      // An API client subscribes itself; the matrix's client holds no event scope, so it asks for none.
      const self = token !== undefined && token === tokens.apiClient;
      return t.gql(
        'mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret userErrors { code } } }',
        {
          input: {
            ...(self ? {} : { apiClientId: client.data!.createApiClient.apiClient.id }),
            url: WEBHOOK_URL,
            events: self ? [] : ['VACANCY_PUBLISHED'],
          },
        },
        token,
      );
    },
  },
  disableWebhookSubscription: {
    allowed: ['networkAdmin'],
    run: async (token) =>
      t.gql(
        'mutation($id: ID!) { disableWebhookSubscription(id: $id) { subscription { active } } }',
        { id: (await webhookSubscriptionWithDelivery()).subscriptionId },
        token,
      ),
    missing: (token) =>
      t.gql(
        'mutation($id: ID!) { disableWebhookSubscription(id: $id) { subscription { active } } }',
        { id: randomUUID() },
        token,
      ),
  },
  replayWebhookDelivery: {
    allowed: ['networkAdmin'],
    run: async (token) =>
      t.gql(
        'mutation($id: ID!) { replayWebhookDelivery(id: $id) { delivery { status } } }',
        { id: (await webhookSubscriptionWithDelivery()).deliveryId },
        token,
      ),
    missing: (token) =>
      t.gql(
        'mutation($id: ID!) { replayWebhookDelivery(id: $id) { delivery { status } } }',
        { id: randomUUID() },
        token,
      ),
  },
  createApiClient: {
    allowed: ['networkAdmin'],
    run: (token) =>
      t.gql(
        'mutation { createApiClient(input: { name: "Prova", scopes: [NETWORK_READ] }) { clientSecret } }',
        {},
        token,
      ),
  },
  revokeApiClient: {
    allowed: ['networkAdmin'],
    run: async (token) => {
      const created = await t.gql(
        'mutation { createApiClient(input: { name: "Da revocare", scopes: [NETWORK_READ] }) { apiClient { id } } }',
        {},
        adminToken,
      );
      return t.gql(
        'mutation($id: ID!) { revokeApiClient(id: $id) { ok } }',
        { id: created.data!.createApiClient.apiClient.id },
        token,
      );
    },
    missing: (token) =>
      t.gql('mutation($id: ID!) { revokeApiClient(id: $id) { ok } }', { id: randomUUID() }, token),
  },
  registerApiClientOperations: {
    allowed: ['networkAdmin'],
    run: async (token) =>
      t.gql(
        'mutation($id: ID!, $docs: [String!]!) { registerApiClientOperations(apiClientId: $id, documents: $docs) { operations { hash } userErrors { code } } }',
        { id: await newApiClient(), docs: ['query Sportelli { sportelli { name } }'] },
        token,
      ),
    missing: (token) =>
      t.gql(
        'mutation($id: ID!) { registerApiClientOperations(apiClientId: $id, documents: ["query A { sportelli { name } }"]) { userErrors { code } } }',
        { id: randomUUID() },
        token,
      ),
  },
  removeApiClientOperation: {
    allowed: ['networkAdmin'],
    run: async (token) => {
      const id = await newApiClient();
      const registered = await t.gql(
        'mutation($id: ID!) { registerApiClientOperations(apiClientId: $id, documents: ["query Sportelli { sportelli { name } }"]) { operations { hash } } }',
        { id },
        adminToken,
      );
      return t.gql(
        'mutation($id: ID!, $hash: String!) { removeApiClientOperation(apiClientId: $id, hash: $hash) { apiClient { id } userErrors { code } } }',
        { id, hash: registered.data!.registerApiClientOperations.operations[0].hash },
        token,
      );
    },
    missing: (token) =>
      t.gql(
        'mutation($id: ID!) { removeApiClientOperation(apiClientId: $id, hash: "sha256:00") { userErrors { code } } }',
        { id: randomUUID() },
        token,
      ),
  },
  setApiClientPersistedOnly: {
    allowed: ['networkAdmin'],
    run: async (token) =>
      t.gql(
        'mutation($id: ID!) { setApiClientPersistedOnly(apiClientId: $id, persistedOnly: false) { apiClient { persistedOnly } userErrors { code } } }',
        { id: await newApiClient() },
        token,
      ),
    missing: (token) =>
      t.gql(
        'mutation($id: ID!) { setApiClientPersistedOnly(apiClientId: $id, persistedOnly: true) { userErrors { code } } }',
        { id: randomUUID() },
        token,
      ),
  },
  createSportello: {
    allowed: ['networkAdmin'],
    run: (token) =>
      t.gql(
        'mutation { createSportello(input: { comuneCode: "015041", name: "Sportello Busto Garolfo", address: "Piazza Diaz" }) { sportello { id } userErrors { code } } }',
        {},
        token,
      ),
  },
  updateNetworkPrivacy: {
    allowed: ['networkAdmin'],
    run: (token) =>
      t.gql(
        'mutation { updateNetworkPrivacy(input: { privacyController: "Comune di Legnano", dpoEmail: "rpd@legnano.example" }) { network { dpoEmail } userErrors { code } } }',
        {},
        token,
      ),
  },
  labourMarketReport: {
    allowed: [...staff, 'otherNetworkOperator'],
    run: (token) =>
      t.gql(
        '{ labourMarketReport(semester: "2026-H2") { semester minCount registrations { cells grandTotal } funnel { count } } }',
        {},
        token,
      ),
  },
  setReportMinCount: {
    allowed: ['networkAdmin'],
    run: (token) =>
      t.gql('mutation { setReportMinCount(minCount: 5) { reportMinCount userErrors { code } } }', {}, token),
  },
  setCompanyResponseDays: {
    allowed: ['networkAdmin'],
    run: (token) =>
      t.gql(
        'mutation { setCompanyResponseDays(days: 10) { companyResponseDays userErrors { code } } }',
        {},
        token,
      ),
  },
  setVacancyPayRequired: {
    allowed: ['networkAdmin'],
    run: (token) =>
      t.gql(
        'mutation { setVacancyPayRequired(required: true) { vacancyPayRequired userErrors { code } } }',
        {},
        token,
      ),
  },
  setStaffTwoFactorRequired: {
    allowed: ['networkAdmin'],
    run: (token) =>
      t.gql(
        'mutation { setStaffTwoFactorRequired(required: false) { staffTwoFactorRequired userErrors { code } } }',
        {},
        token,
      ),
  },
  createOperator: {
    allowed: ['networkAdmin'],
    run: async (token) => {
      const sportelli = await t.gql('{ sportelli { id } }', {}, operatorToken);
      return t.gql(
        'mutation($input: CreateOperatorInput!) { createOperator(input: $input) { operator { id } userErrors { code } } }',
        {
          input: {
            sportelloId: sportelli.data!.sportelli[0].id,
            email: uniqueEmail('operatore'),
            givenName: 'Nuovo',
            familyName: 'Operatore',
          },
        },
        token,
      );
    },
  },
};

const refusal = (response: GraphQLResponse) =>
  response.errors?.find((error) => REFUSALS.has(error.extensions?.code ?? ''))?.extensions?.code;

beforeAll(async () => {
  t = await startTestApp();
  ({ networkId: otherNetworkId } = await seedOtherNetwork(t));
  adminToken = (await t.login(DEMO.admin)).accessToken;
  operatorToken = (await t.login(DEMO.operator)).accessToken;
  tokens.networkAdmin = adminToken;
  tokens.operator = operatorToken;
  tokens.citizen = (await t.login(DEMO.citizen)).accessToken;
  tokens.companyMember = (await t.login(DEMO.companyMember)).accessToken;
  tokens.otherNetworkOperator = (await t.login(OTHER_OPERATOR)).accessToken;
  tokens.apiClient = await apiClientToken(t, adminToken);
  giuliaId = (await t.gql('{ me { id } }', {}, tokens.citizen)).data!.me.id;
  // The Legnano operator's sportello takes Giulia in charge: special categories open to it alone.
  await t.gql(
    'mutation($id: ID!) { takeCitizenInCharge(citizenId: $id, reason: "Colloquio di orientamento allo sportello") { caseAssignment { id } } }',
    { id: giuliaId },
    operatorToken,
  );
});

afterAll(() => t?.close());

describe('authorization matrix', () => {
  it('covers every Query and Mutation field of the schema', () => {
    const sdl = readFileSync(new URL('../../../packages/graphql/schema.graphql', import.meta.url), 'utf8');
    const schema = buildSchema(sdl);
    const fields = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
    ].sort();
    expect(Object.keys(operations).sort()).toEqual(fields);
  });

  for (const [name, operation] of Object.entries(operations)) {
    for (const actor of ACTORS) {
      const allowed = operation.allowed.includes(actor);
      it(`${name}: ${actor} is ${allowed ? 'allowed' : 'refused'}`, async () => {
        const token = tokens[actor];
        const response = await operation.run(token);
        if (allowed) {
          expect(response.errors ?? [], JSON.stringify(response.errors)).toEqual([]);
          expect(response.status).toBe(200);
          return;
        }
        expect(refusal(response), JSON.stringify(response)).toBeDefined();
        expect(response.data?.[name] ?? null).toBeNull();
        if (operation.missing) {
          // Refused and missing look the same: existence never leaks.
          const missing = await operation.missing(token);
          expect(missing.errors?.map((e) => [e.message, e.extensions?.code])).toEqual(
            response.errors?.map((e) => [e.message, e.extensions?.code]),
          );
        }
      });
    }
  }
});

describe('authorization of sensitive fields on nested paths', () => {
  const fields: Record<string, { allowed: ActorName[]; query: string; id?: () => Promise<string> }> = {
    'Citizen.specialCategories': {
      allowed: ['citizen', 'operator'],
      query:
        'query($id: ID!) { citizen(id: $id) { id specialCategories(reason: "Verifica requisiti per un tirocinio") { economicHardship } } }',
    },
    'CaseAssignment.citizen.specialCategories': {
      allowed: ['operator'],
      query:
        'mutation($id: ID!) { takeCitizenInCharge(citizenId: $id, reason: "Colloquio di orientamento allo sportello") { caseAssignment { citizen { specialCategories(reason: "Presa in carico e verifica") { law68Disability } } } } }',
    },
    'Citizen.cv': {
      allowed: ['citizen', ...staff],
      query: 'query($id: ID!) { citizen(id: $id) { cv { headline education { title { label } } } } }',
    },
    'Company.members': {
      allowed: ['companyMember', ...staff],
      query: 'query($id: ID!) { company(id: $id) { members { email role } } }',
      id: async () =>
        (await t.gql('{ me { company { id } } }', {}, tokens.companyMember)).data!.me.company.id,
    },
    'Internship.trainee.specialCategories': {
      allowed: ['citizen', 'operator'],
      query:
        'query($id: ID!) { internship(id: $id) { trainee { specialCategories(reason: "Verifica requisiti del tirocinio") { law68Disability } } } }',
      id: () => giuliaInternship('PROPOSED'),
    },
    'Citizen.coverLetters': {
      allowed: ['citizen', ...staff],
      query: 'query($id: ID!) { citizen(id: $id) { coverLetters { title body vacancy { title } } } }',
    },
    'ProgramCall.eligibilityFor': {
      // What the rules say of a person (from their special categories too): the desk that applies.
      allowed: ['operator'],
      query: `query($id: ID!) { programCall(id: $id) { eligibilityFor(citizenId: "${randomUUID()}") { reason } } }`,
      id: () => openCallIn(t, operatorToken),
    },
    'OutplacementProject.workers': {
      // Network admins read the counts, never the persons.
      allowed: ['operator'],
      query: `query($id: ID!) { outplacementProject(id: $id) { workers { citizen { codiceFiscale } } } }`,
      id: async () => (await outplacementIn(t, operatorToken)).projectId,
    },
    'Vacancy.matches': {
      allowed: ['companyMember', ...staff],
      query:
        'query($id: ID!) { vacancy(id: $id) { matches { score citizen { codiceFiscale } pseudonymousCandidate { alias } } } }',
      id: () => vacancy('PUBLISHED'),
    },
    'Citizen.consents': {
      allowed: ['citizen', ...staff],
      query: 'query($id: ID!) { citizen(id: $id) { consents { purpose textVersion } } }',
    },
    // Planned into one statement: the same rules as the loaders.
    'Vacancy.applications': {
      allowed: ['companyMember', ...staff],
      query: 'query($id: ID!) { vacancy(id: $id) { applications(first: 5) { edges { node { status } } } } }',
      id: vacancyGiuliaAppliedTo,
    },
    'Vacancy.applications.candidateCv': {
      allowed: ['companyMember', ...staff],
      query:
        'query($id: ID!) { vacancy(id: $id) { applications(first: 5) { edges { node { candidateCv { headline } } } } } }',
      id: vacancyGiuliaAppliedTo,
    },
    'Vacancy.applications.citizen.cv': {
      allowed: [...staff],
      query:
        'query($id: ID!) { vacancy(id: $id) { applications(first: 5) { edges { node { citizen { cv { headline } } } } } } }',
      id: vacancyGiuliaAppliedTo,
    },
  };

  for (const [path, field] of Object.entries(fields)) {
    for (const actor of ACTORS) {
      const allowed = field.allowed.includes(actor);
      it(`${path}: ${actor} is ${allowed ? 'allowed' : 'refused'}`, async () => {
        const id = field.id ? await field.id() : giuliaId;
        const response = await t.gql(field.query, { id }, tokens[actor]);
        if (allowed) {
          expect(response.errors ?? [], JSON.stringify(response.errors)).toEqual([]);
        } else {
          expect(refusal(response), JSON.stringify(response)).toBeDefined();
          expect(JSON.stringify(response.data ?? {})).not.toMatch(
            /economicHardship|law68Disability|textVersion/,
          );
        }
      });
    }
  }
});

// After the operations above have written the demo network's rows to most tables.
describe.skipIf(!process.env.DATABASE_URL)('row-level security: another network’s reads', () => {
  const OTHER_ROLES = ['citizen', 'companyMember', 'operator', 'networkAdmin', 'apiClient'] as const;
  let other: Record<(typeof OTHER_ROLES)[number], string>;
  let demoNetworkId: string;
  /** The ids of the demo network's rows and the values that name its people and companies. */
  let demoMarks: Set<string>;

  const strings = (value: unknown): string[] =>
    typeof value === 'string'
      ? [value]
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];
  const demoDataIn = (response: GraphQLResponse) => strings(response.data).filter((s) => demoMarks.has(s));

  beforeAll(async () => {
    other = await otherNetworkTokens(t, otherNetworkId);
    const [demo] = await t.query<{ id: string }>(
      sql`select id from networks where slug = ${DEMO_NETWORK_SLUG}`,
    );
    demoNetworkId = demo!.id;
    demoMarks = new Set();
    const withIds = await t.query<{ table_name: string }>(
      sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'id'`,
    );
    const idTables = new Set(withIds.map((row) => row.table_name));
    for (const table of await tenantTables(t)) {
      if (!idTables.has(table)) continue;
      const ids = await t.query<{ id: string }>(
        sql`select id::text from ${sql.identifier(table)} where network_id = ${demoNetworkId}`,
      );
      for (const { id } of ids) demoMarks.add(id);
    }
    const names = await t.query<{ mark: string }>(
      sql`select email as mark from users where network_id = ${demoNetworkId}
          union select codice_fiscale from citizens where network_id = ${demoNetworkId}
          union select legal_name from companies where network_id = ${demoNetworkId}
          union select partita_iva from companies where network_id = ${demoNetworkId}`,
    );
    for (const { mark } of names) if (mark) demoMarks.add(mark);
  });

  it('every tenant table hides the demo network’s rows from the other network’s connections', async () => {
    const seen = await countsSeenBy(t, otherNetworkId, demoNetworkId);
    for (const [table, counts] of Object.entries(seen)) {
      expect(counts.tenant, table).toBe(0);
      expect(counts.unfiltered, table).toBe(counts.own);
    }
    const withoutDemoRows = Object.keys(seen).filter((table) => seen[table]!.owner === 0);
    expect(withoutDemoRows).toEqual(TABLES_THE_MATRIX_LEAVES_EMPTY);
  });

  it('finds the demo network’s data in its own staff’s answers (the check can see it)', async () => {
    const response = await t.gql(
      '{ citizens(first: 5) { edges { node { id codiceFiscale } } } }',
      {},
      operatorToken,
    );
    expect(demoDataIn(response).length).toBeGreaterThan(5);
  });

  const sdl = readFileSync(new URL('../../../packages/graphql/schema.graphql', import.meta.url), 'utf8');
  const reads = Object.keys(buildSchema(sdl).getQueryType()!.getFields()).sort();
  for (const name of reads) {
    for (const role of OTHER_ROLES) {
      it(`${name}: the other network’s ${role} finds nothing of the demo network`, async () => {
        const response = await operations[name]!.run(other[role]);
        expect(demoDataIn(response), JSON.stringify(response)).toEqual([]);
      });
    }
  }
});

/** Tenant tables no operation of the matrix writes a demo network row to (nor the demo seed). */
const TABLES_THE_MATRIX_LEAVES_EMPTY = [
  'external_identities',
  'job_alerts',
  'retention_notices',
  'statement_lines',
];
