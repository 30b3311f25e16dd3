import { accessToken, mutate } from './api.js';
import { codiceFiscale, DEMO, graphqlRequest, linkTo, unique, waitForMail } from './data.js';

/** A day from today as YYYY-MM-DD. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

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
  const company = await accessToken(baseUrl, DEMO.companyMember);
  const { me } = await graphqlRequest<{ me: { company: { id: string } } }>(
    baseUrl,
    '{ me { company { id } } }',
    {},
    company,
  );
  const id = await mutate(
    baseUrl,
    operator,
    'mutation($input: ProposeInternshipInput!) { proposeInternship(input: $input) { internship { id } userErrors { message } } }',
    'internship',
    {
      input: {
        companyId: me.company.id,
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
