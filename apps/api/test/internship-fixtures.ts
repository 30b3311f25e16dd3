import type { TestApp } from './harness.js';
import { inDays } from './vacancy-fixtures.js';

export const INTERNSHIP_FIELDS = `id status type startsOn endsOn hoursPerWeek monthlyIndemnityCents statusReason agreementSignedAt
  company { legalName } trainee { givenName } sportello { name } promotingTutor { givenName }
  companyTutor { name role email phone }`;

export const PROPOSE_INTERNSHIP = `mutation($input: ProposeInternshipInput!, $key: String) {
  proposeInternship(input: $input, idempotencyKey: $key) { internship { ${INTERNSHIP_FIELDS} } userErrors { field code message } }
}`;

export function internshipInput(
  companyId: string,
  traineeId: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    companyId,
    traineeId,
    companyTutor: {
      name: 'Roberta Sala',
      role: 'Responsabile di produzione',
      email: 'roberta.sala@officine.example',
      phone: '0331 987654',
    },
    type: 'EXTRACURRICULAR',
    objectives: 'Imparare la saldatura a filo su carpenterie medie in sicurezza.',
    activities: 'Affiancamento al saldatore anziano, preparazione dei pezzi, controllo qualità.',
    targetSkillUris: [],
    startsOn: inDays(-60),
    endsOn: inDays(120),
    hoursPerWeek: 30,
    monthlyIndemnityCents: 50_000,
    ...overrides,
  };
}

const STEPS = [
  ['PROPOSED', ''],
  ['AGREEMENT_SIGNED', 'signInternshipAgreement'],
  ['ACTIVE', 'startInternship'],
] as const;

/** Proposes an internship and drives it to the wanted state through the API. */
export async function internshipIn(
  t: TestApp,
  operator: string,
  state: (typeof STEPS)[number][0],
  input: Record<string, unknown>,
): Promise<string> {
  const proposed = await t.gql(PROPOSE_INTERNSHIP, { input }, operator);
  const id = proposed.data?.proposeInternship.internship?.id as string | undefined;
  if (!id) throw new Error(`proposeInternship failed: ${JSON.stringify(proposed)}`);
  const until = STEPS.findIndex(([status]) => status === state);
  for (const [, mutation] of STEPS.slice(1, until + 1)) {
    await t.gql(`mutation($id: ID!) { ${mutation}(id: $id) { userErrors { code } } }`, { id }, operator);
  }
  return id;
}
