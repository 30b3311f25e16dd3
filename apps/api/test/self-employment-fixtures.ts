import { DEMO } from './fixtures.js';
import type { TestApp } from './harness.js';

export const REGISTER_PARTNER = `mutation($input: MicrocreditPartnerInput!, $key: String) {
  registerMicrocreditPartner(input: $input, idempotencyKey: $key) { partner { id name contactEmail } userErrors { field code message } } }`;
const IDEA_FIELDS = `id title needs submittedByCitizen atecoActivity { code title } comune { name }
  checklist { step label done } businessStartedOn partitaIva
  referrals { id status grantedAmountCents partner { name } history { status grantedAmountCents note } }`;
export const SUBMIT_IDEA = `mutation($input: BusinessIdeaInput!, $key: String) {
  submitBusinessIdea(input: $input, idempotencyKey: $key) { businessIdea { ${IDEA_FIELDS} } userErrors { field code message } } }`;
export const SET_STEP = `mutation($id: ID!, $step: BusinessPlanStep!, $done: Boolean!) {
  setBusinessPlanStep(ideaId: $id, step: $step, done: $done) { businessIdea { checklist { step done } } userErrors { field code } } }`;
export const REFER = `mutation($id: ID!, $p: ID!, $key: String) {
  referBusinessIdea(ideaId: $id, partnerId: $p, idempotencyKey: $key) { businessIdea { ${IDEA_FIELDS} } userErrors { field code message } } }`;
export const UPDATE_REFERRAL = `mutation($id: ID!, $s: MicrocreditReferralStatus!, $amount: Float, $note: String) {
  updateMicrocreditReferral(referralId: $id, status: $s, grantedAmountCents: $amount, note: $note) { businessIdea { ${IDEA_FIELDS} } userErrors { field code message } } }`;
export const STARTED = `mutation($id: ID!, $piva: String!, $on: Date!) {
  recordBusinessStarted(ideaId: $id, partitaIva: $piva, startedOn: $on) { businessIdea { ${IDEA_FIELDS} } userErrors { field code message } } }`;
export const IDEA = `query($id: ID!) { businessIdea(id: $id) { ${IDEA_FIELDS} citizen { id } } }`;

export const ideaInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Laboratorio di pasta fresca',
  description: 'Un piccolo laboratorio artigianale di pasta fresca con vendita al banco e consegne.',
  atecoCode: '56.1',
  comuneCode: DEMO.legnano,
  needs: 'Un locale in affitto, 15.000 euro per le attrezzature, consulenza fiscale.',
  ...overrides,
});

/** A partner registered by the demo network admin. */
export async function partnerIn(t: TestApp, adminToken: string): Promise<string> {
  const result = await t.gql(
    REGISTER_PARTNER,
    { input: { name: `Microcredito Lombardo ${Date.now()}`, contactEmail: 'pratiche@microcredito.example' } },
    adminToken,
  );
  const id = result.data?.registerMicrocreditPartner.partner?.id as string | undefined;
  if (!id) throw new Error(JSON.stringify(result));
  return id;
}

/** An idea of the citizen, written down by the operator. */
export async function ideaIn(t: TestApp, operatorToken: string, citizenId: string): Promise<string> {
  const result = await t.gql(SUBMIT_IDEA, { input: ideaInput({ citizenId }) }, operatorToken);
  const id = result.data?.submitBusinessIdea.businessIdea?.id as string | undefined;
  if (!id) throw new Error(JSON.stringify(result));
  return id;
}

/** A referral of a fresh idea of the citizen, status SENT. */
export async function referralIn(
  t: TestApp,
  tokens: { operator: string; admin: string },
  citizenId: string,
): Promise<{ ideaId: string; referralId: string }> {
  const ideaId = await ideaIn(t, tokens.operator, citizenId);
  const result = await t.gql(REFER, { id: ideaId, p: await partnerIn(t, tokens.admin) }, tokens.operator);
  const referralId = result.data?.referBusinessIdea.businessIdea?.referrals[0]?.id as string | undefined;
  if (!referralId) throw new Error(JSON.stringify(result));
  return { ideaId, referralId };
}
