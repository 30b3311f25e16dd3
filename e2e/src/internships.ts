import { accessToken, inDays, mutate } from './api.js';
import { codiceFiscale, DEMO, graphqlRequest, linkTo, unique, waitForMail } from './data.js';

export const DEMO_COMPANY = 'Officine Meccaniche Legnano S.r.l. (demo)';

export const NETWORK_SLUG = 'rete-lavoro-altomilanese';

/** A citizen of Legnano who registered and confirmed the email; they log in with `password`. */
export async function registeredCitizen(baseUrl: string, givenName: string, familyName: string) {
  const email = `${unique(`${givenName.toLowerCase()}.`)}@example.it`;
  const password = 'la mia password del tirocinio';
  const { registerCitizen } = await graphqlRequest<{
    registerCitizen: { citizen: { id: string } | null; userErrors: { message: string }[] };
  }>(
    baseUrl,
    'mutation($input: RegisterCitizenInput!) { registerCitizen(input: $input) { citizen { id } userErrors { message } } }',
    {
      input: {
        networkSlug: NETWORK_SLUG,
        email,
        password,
        givenName,
        familyName,
        codiceFiscale: codiceFiscale(),
        residenceComuneCode: '015118',
        privacyNoticeAccepted: true,
      },
    },
  );
  if (!registerCitizen.citizen) throw new Error(JSON.stringify(registerCitizen.userErrors));
  const id = registerCitizen.citizen.id;
  const mail = await waitForMail(baseUrl, email, /Conferma il tuo indirizzo email/);
  const token = linkTo(mail, '/cittadini/verifica-email').searchParams.get('token');
  await graphqlRequest(baseUrl, 'mutation($token: String!) { verifyEmail(token: $token) { ok } }', { token });
  return { id, email, password };
}

/**
 * A tirocinio of the trainee at the demo company, proposed by the Legnano operator (its promoting
 * tutor), signed and started a month ago: 30 hours a week, 500 euro a month.
 */
export async function activeInternship(baseUrl: string, traineeId: string): Promise<string> {
  const operator = await accessToken(baseUrl, DEMO.operator);
  // Looked up by the operator: the company's own logins are counted (10 in 15 minutes per account).
  const { companies } = await graphqlRequest<{
    companies: { edges: { node: { id: string; legalName: string } }[] };
  }>(
    baseUrl,
    '{ companies(status: VERIFIED, first: 100) { edges { node { id legalName } } } }',
    {},
    operator,
  );
  const company = companies.edges.find(({ node }) => node.legalName === DEMO_COMPANY);
  if (!company) throw new Error(`${DEMO_COMPANY} not found`);
  const id = await mutate(
    baseUrl,
    operator,
    'mutation($input: ProposeInternshipInput!) { proposeInternship(input: $input) { internship { id } userErrors { message } } }',
    'internship',
    {
      input: {
        companyId: company.node.id,
        traineeId,
        companyTutor: { name: 'Roberta Sala', role: 'Responsabile del personale' },
        type: 'EXTRACURRICULAR',
        objectives: 'Imparare il controllo qualità dei pezzi torniti con calibro e micrometro.',
        activities: 'Misure dei pezzi a fine lotto, compilazione delle schede di controllo.',
        targetSkillUris: [],
        startsOn: inDays(-30),
        endsOn: inDays(150),
        hoursPerWeek: 30,
        monthlyIndemnityCents: 50_000,
      },
    },
  );
  for (const move of ['signInternshipAgreement', 'startInternship']) {
    await mutate(
      baseUrl,
      operator,
      `mutation($id: ID!) { ${move}(id: $id) { internship { id } userErrors { message } } }`,
      'internship',
      { id },
    );
  }
  return id;
}
