import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenInput, companyInput, DEMO, REGISTER_CITIZEN, REGISTER_COMPANY } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { vacancyIn } from './vacancy-fixtures.js';

let t: TestApp;
let company: string;
let operator: string;
let giulia: string;
let giuliaId: string;
const vacancy = (overrides: Record<string, unknown> = {}) =>
  vacancyIn(t, { company, operator }, 'PUBLISHED', overrides);

beforeAll(async () => {
  t = await startTestApp();
  company = (await t.login(DEMO.companyMember)).accessToken;
  operator = (await t.login(DEMO.operator)).accessToken;
  giulia = (await t.login(DEMO.citizen)).accessToken;
  giuliaId = (await t.gql('{ me { id } }', {}, giulia)).data!.me.id;
});
afterAll(() => t?.close());

const APPLY = `mutation($id: ID!, $letter: String) { applyToVacancy(vacancyId: $id, coverLetter: $letter) { application { id status } userErrors { field code message } } }`;
const PROPOSE = `mutation($v: ID!, $c: ID!) { proposeCandidate(vacancyId: $v, citizenId: $c, note: "Ottima saldatrice") { application { id status } userErrors { field code message } } }`;
const MOVE = `mutation($id: ID!, $s: ApplicationStatus!, $r: String, $hire: HireInput) {
  moveApplication(id: $id, status: $s, reason: $r, hire: $hire) { application { status } userErrors { field code message } }
}`;
const SEEN_BY_COMPANY = `query($id: ID!) { application(id: $id) {
  status citizen { givenName email codiceFiscale } candidateCv { headline experiences { employer } }
  pseudonymousCandidate { alias ageBand province soughtOccupations { label } experiences { occupation { label } months } educationEqfLevels languages { languageCode } }
} }`;

async function newCitizen() {
  const input = citizenInput();
  const id = (await t.gql(REGISTER_CITIZEN, { input })).data!.registerCitizen.citizen.id as string;
  await t.gql('mutation($t: String!) { verifyEmail(token: $t) { ok } }', {
    t: t.tokenFromLink(await t.linkFromMail(input.email, 'Conferma')),
  });
  return { id, token: (await t.login(input.email, input.password)).accessToken };
}

describe('applications', () => {
  it('a citizen applies with a cover letter; the company sees who applied and moves the application along, with history', async () => {
    const id = await vacancy();
    const applied = await t.gql(
      APPLY,
      { id, letter: 'Ho dieci anni di esperienza come saldatrice.' },
      giulia,
    );
    const applicationId = applied.data!.applyToVacancy.application.id;
    const twice = await t.gql(APPLY, { id }, giulia);
    expect(twice.data!.applyToVacancy.userErrors[0].code).toBe('ALREADY_APPLIED');

    const seen = await t.gql(SEEN_BY_COMPANY, { id: applicationId }, company);
    expect(seen.data!.application.citizen.givenName).toBe('Giulia');
    const wrong = await t.gql(MOVE, { id: applicationId, s: 'HIRED' }, company);
    expect(wrong.data!.moveApplication.userErrors[0].code).toBe('INVALID_TRANSITION');
    for (const s of ['SHORTLISTED', 'INTERVIEW', 'OFFER']) {
      const moved = await t.gql(MOVE, { id: applicationId, s, r: `Passo a ${s}` }, company);
      expect(moved.data!.moveApplication.application.status).toBe(s);
    }
    const hireless = await t.gql(MOVE, { id: applicationId, s: 'HIRED' }, company);
    expect(hireless.data!.moveApplication.userErrors[0].field).toBe('hire');
    const hired = await t.gql(
      MOVE,
      { id: applicationId, s: 'HIRED', hire: { startsOn: '2026-12-01' } },
      company,
    );
    expect(hired.data!.moveApplication.application.status).toBe('HIRED');

    const history = await t.gql(
      'query($id: ID!) { application(id: $id) { history { fromStatus toStatus actorRole reason } } }',
      { id: applicationId },
      giulia,
    );
    expect(
      history.data!.application.history.map(
        (e: { toStatus: string; actorRole: string }) => `${e.toStatus}:${e.actorRole}`,
      ),
    ).toEqual([
      'APPLIED:Cittadino',
      'SHORTLISTED:Azienda',
      'INTERVIEW:Azienda',
      'OFFER:Azienda',
      'HIRED:Azienda',
    ]);

    // The hire is a placement, traceable to the application, verified by an operator once.
    const placements = await t.gql(
      '{ placements(verified: false) { edges { node { id source employerName contractType startsOn application { id } } } } }',
      {},
      operator,
    );
    const placement = placements
      .data!.placements.edges.map((e: { node: any }) => e.node)
      .find((p: any) => p.application?.id === applicationId);
    expect(placement).toMatchObject({
      source: 'APPLICATION',
      contractType: 'PERMANENT',
      startsOn: '2026-12-01',
    });
    expect(placement.employerName).toContain('Officine Meccaniche Legnano');
    const verify =
      'mutation($id: ID!) { verifyPlacement(id: $id) { placement { verified } userErrors { code } } }';
    const results = await Promise.all([1, 2, 3].map(() => t.gql(verify, { id: placement.id }, operator)));
    expect(results.filter((r) => r.data!.verifyPlacement.placement?.verified)).toHaveLength(1);
  });

  it('concurrent moves of one application: one wins', async () => {
    const id = await vacancy();
    const { token } = await newCitizen();
    const applicationId = (await t.gql(APPLY, { id }, token)).data!.applyToVacancy.application.id;
    const results = await Promise.all(
      Array.from({ length: 5 }, () => t.gql(MOVE, { id: applicationId, s: 'SHORTLISTED' }, company)),
    );
    expect(results.filter((r) => r.data!.moveApplication.application)).toHaveLength(1);
    const history = await t.gql(
      'query($id: ID!) { application(id: $id) { history { toStatus } } }',
      { id: applicationId },
      company,
    );
    expect(history.data!.application.history).toHaveLength(2);
  });
});

describe('proposals by operators', () => {
  it('the company sees a pseudonymous profile until the citizen accepts', async () => {
    const id = await vacancy();
    const proposed = await t.gql(PROPOSE, { v: id, c: giuliaId }, operator);
    const applicationId = proposed.data!.proposeCandidate.application.id;
    const before = await t.gql(SEEN_BY_COMPANY, { id: applicationId }, company);
    const candidate = before.data!.application.pseudonymousCandidate;
    expect(before.data!.application.citizen).toBeNull();
    expect(before.data!.application.candidateCv).toBeNull();
    const cvPdf = (token: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/applications/${applicationId}/cv.pdf`,
        headers: { authorization: `Bearer ${token}` },
      });
    expect((await cvPdf(company)).statusCode).toBe(404);
    expect(candidate).toMatchObject({
      ageBand: '45-54 anni',
      province: 'Milano',
      soughtOccupations: [{ label: 'saldatore/saldatrice' }],
      educationEqfLevels: [3],
      languages: [{ languageCode: 'it' }],
    });
    expect(candidate.alias).toMatch(/^Candidato [0-9A-F]{6}$/);
    expect(candidate.experiences[0].months).toBe(123);
    expect(JSON.stringify(before.data)).not.toMatch(/Giulia|Bianchi|giulia|BNCGLI|Carpenteria/);

    // Another proposal to the same company: another alias, so the two cannot be linked.
    const second = (await t.gql(PROPOSE, { v: await vacancy(), c: giuliaId }, operator)).data!
      .proposeCandidate.application.id;
    const again = await t.gql(SEEN_BY_COMPANY, { id: second }, company);
    expect(again.data!.application.pseudonymousCandidate.alias).not.toBe(candidate.alias);

    const accepted = await t.gql(
      'mutation($id: ID!) { acceptProposal(id: $id) { application { status } } }',
      { id: applicationId },
      giulia,
    );
    expect(accepted.data!.acceptProposal.application.status).toBe('APPLIED');
    const after = await t.gql(SEEN_BY_COMPANY, { id: applicationId }, company);
    expect(after.data!.application.citizen).toMatchObject({ givenName: 'Giulia', email: DEMO.citizen });
    expect(after.data!.application.candidateCv.experiences[0].employer).toBe(
      'Carpenteria metallica (Legnano)',
    );
    const pdf = await cvPdf(company);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((await cvPdf(operator)).statusCode).toBe(200);
  });

  it('needs the citizen’s consent to share the CV', async () => {
    const { id: citizenId } = await newCitizen();
    const result = await t.gql(PROPOSE, { v: await vacancy(), c: citizenId }, operator);
    expect(result.data!.proposeCandidate.userErrors[0]).toMatchObject({
      field: 'citizenId',
      code: 'CONSENT_MISSING',
    });
  });

  it('a citizen may decline a proposal', async () => {
    const applicationId = (await t.gql(PROPOSE, { v: await vacancy(), c: giuliaId }, operator)).data!
      .proposeCandidate.application.id;
    const declined = await t.gql(
      'mutation($id: ID!) { withdrawApplication(id: $id, reason: "Troppo lontano") { application { status } } }',
      { id: applicationId },
      giulia,
    );
    expect(declined.data!.withdrawApplication.application.status).toBe('WITHDRAWN');
  });

  it('the proposal status says pending, accepted or declined, and stays accepted after a withdrawal', async () => {
    const STATUS = 'query($id: ID!) { application(id: $id) { status proposalStatus } }';
    const propose = async () =>
      (await t.gql(PROPOSE, { v: await vacancy(), c: giuliaId }, operator)).data!.proposeCandidate.application
        .id as string;
    const WITHDRAW = 'mutation($id: ID!) { withdrawApplication(id: $id) { userErrors { code } } }';
    const pending = await propose();
    const accepted = await propose();
    const declined = await propose();
    await t.gql(
      'mutation($id: ID!) { acceptProposal(id: $id) { userErrors { code } } }',
      { id: accepted },
      giulia,
    );
    await t.gql(WITHDRAW, { id: accepted }, giulia);
    await t.gql(WITHDRAW, { id: declined }, giulia);
    const own = (await t.gql(APPLY, { id: await vacancy() }, giulia)).data!.applyToVacancy.application.id;
    const statuses = await Promise.all(
      [pending, accepted, declined, own].map(
        async (id) => (await t.gql(STATUS, { id }, operator)).data!.application,
      ),
    );
    const waiting = await t.gql(
      '{ myApplications(status: PROPOSED, first: 100) { edges { node { id status } } } }',
      {},
      giulia,
    );
    const waitingIds = waiting.data!.myApplications.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(waitingIds).toContain(pending);
    expect(waitingIds).not.toContain(declined);
    expect(
      waiting.data!.myApplications.edges.every(
        (e: { node: { status: string } }) => e.node.status === 'PROPOSED',
      ),
    ).toBe(true);
    // Counted only when asked for: the same page either way, and the count of every candidature.
    const counted = await t.gql(
      '{ myApplications(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage } } }',
      {},
      giulia,
    );
    const uncounted = await t.gql(
      '{ myApplications(first: 1) { edges { node { id } } pageInfo { hasNextPage } } }',
      {},
      giulia,
    );
    expect(uncounted.data!.myApplications).toEqual({
      edges: counted.data!.myApplications.edges,
      pageInfo: { hasNextPage: true },
    });
    expect(counted.data!.myApplications.totalCount).toBeGreaterThanOrEqual(4);
    expect(statuses).toEqual([
      { status: 'PROPOSED', proposalStatus: 'PENDING' },
      { status: 'WITHDRAWN', proposalStatus: 'ACCEPTED' },
      { status: 'WITHDRAWN', proposalStatus: 'DECLINED' },
      { status: 'APPLIED', proposalStatus: null },
    ]);
  });
});

describe('isolation', () => {
  it('another company sees none of these applications', async () => {
    const id = await vacancy();
    const applicationId = (await t.gql(APPLY, { id }, giulia)).data!.applyToVacancy.application.id;
    const input = companyInput();
    await t.gql(REGISTER_COMPANY, { input });
    await t.gql('mutation($t: String!) { verifyEmail(token: $t) { ok } }', {
      t: t.tokenFromLink(await t.linkFromMail(input.email, 'Conferma')),
    });
    const other = (await t.login(input.email, input.password)).accessToken;
    const read = await t.gql(SEEN_BY_COMPANY, { id: applicationId }, other);
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/applications/${applicationId}/cv.pdf`,
      headers: { authorization: `Bearer ${other}` },
    });
    expect(pdf.statusCode).toBe(404);
    const list = await t.gql(
      'query($id: ID!) { vacancy(id: $id) { applications { totalCount } } }',
      { id },
      other,
    );
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await t.gql(
      'query($id: ID!) { vacancy(id: $id) { applications { totalCount } } }',
      { id },
      company,
    );
    expect(own.data!.vacancy.applications.totalCount).toBe(1);
  });
});

describe('collocamento mirato (law 68/1999)', () => {
  it('a reserved vacancy takes only people on the lists; the check is audited', async () => {
    const id = await vacancy({ law68Reserved: true });
    const { token: notEligible } = await newCitizen();
    const refused = await t.gql(APPLY, { id }, notEligible);
    expect(refused.data!.applyToVacancy.userErrors[0].code).toBe('RESERVED_LAW_68');
    const { token: eligible } = await newCitizen();
    await t.gql(
      'mutation { declareSpecialCategories(input: { law68Disability: true, disabilityCategory: CIVIL_INVALIDITY, economicHardship: false }) { userErrors { code } } }',
      {},
      eligible,
    );
    const accepted = await t.gql(APPLY, { id }, eligible);
    expect(accepted.data!.applyToVacancy.application.status).toBe('APPLIED');
  });
});

describe('privacy of the candidates of a reserved vacancy (law 68/1999, art. 9 GDPR)', () => {
  const COMPANY_VIEW = `query($id: ID!) { vacancy(id: $id) { law68Reserved applications(first: 50) { edges { node {
    id status citizen { id givenName familyName email codiceFiscale birthDate }
    pseudonymousCandidate { alias ageBand province soughtOccupations { uri } experiences { occupation { uri } months } educationEqfLevels languages { languageCode } }
  } } } } }`;
  const MATCHES =
    'query($id: ID!) { vacancy(id: $id) { matches(first: 100) { citizen { id } pseudonymousCandidate { alias ageBand province } } } }';

  /** Every string and number the company can read, anywhere in its answers about one vacancy. */
  const leaves = (value: unknown): string[] =>
    value === null || value === undefined
      ? []
      : typeof value === 'object'
        ? Object.values(value as object).flatMap(leaves)
        : [String(value)];

  it('no field the company reads links a candidate proposed on a reserved vacancy to their identity on another', async () => {
    const reserved = await vacancy({ law68Reserved: true });
    const open = await vacancy();
    const { id: citizenId, token } = await newCitizen();
    await t.gql('mutation { giveConsent(purpose: CV_SHARING) { consent { id } } }', {}, token);
    await t.gql(
      'mutation { declareSpecialCategories(input: { law68Disability: true, disabilityCategory: CIVIL_INVALIDITY, economicHardship: false }) { userErrors { code } } }',
      {},
      token,
    );
    await t.gql(
      'mutation($input: CvInput!) { saveCv(input: $input) { userErrors { code } } }',
      {
        input: {
          headline: 'Magazziniere',
          experiences: [
            {
              employer: 'Logistica Srl',
              jobTitle: 'Magazziniere',
              startsOn: '2019-03-01',
              endsOn: '2024-06-30',
            },
          ],
          languages: [
            {
              languageCode: 'en',
              motherTongue: false,
              listening: 'B1',
              reading: 'B1',
              spokenInteraction: 'A2',
              spokenProduction: 'A2',
              writing: 'A2',
            },
          ],
        },
      },
      token,
    );
    // The sportello proposes the person on the reserved vacancy; they apply to the other one themselves.
    const proposed = await t.gql(PROPOSE, { v: reserved, c: citizenId }, operator);
    expect(proposed.data!.proposeCandidate.userErrors).toEqual([]);
    expect((await t.gql(APPLY, { id: open }, token)).data!.applyToVacancy.userErrors).toEqual([]);

    const seenReserved = (await t.gql(COMPANY_VIEW, { id: reserved }, company)).data!.vacancy;
    const seenOpen = (await t.gql(COMPANY_VIEW, { id: open }, company)).data!.vacancy;
    const hidden = seenReserved.applications.edges.map((e: any) => e.node);
    expect(hidden).toHaveLength(1);
    expect(hidden[0].citizen).toBeNull();
    // Only the alias: no age band, province, occupations, durations, education or languages.
    expect(hidden[0].pseudonymousCandidate).toEqual({
      alias: expect.stringMatching(/^Candidato [0-9A-F]{6}$/),
      ageBand: null,
      province: null,
      soughtOccupations: [],
      experiences: [],
      educationEqfLevels: [],
      languages: [],
    });
    const disclosed = seenOpen.applications.edges
      .map((e: any) => e.node)
      .find((n: any) => n.citizen?.id === citizenId);
    expect(disclosed).toBeDefined();
    // Nothing the company reads about the reserved candidature appears in what it reads about the other.
    const reservedValues = new Set(leaves(hidden[0]).filter((v) => v !== 'PROPOSED'));
    reservedValues.delete(hidden[0].id);
    expect(leaves(seenOpen).filter((v) => reservedValues.has(v))).toEqual([]);
    // Nor can the company compute the alias from ids it knows (citizen, vacancy, company).
    const { createHash } = await import('node:crypto');
    const companyId = (await t.gql('{ me { company { id } } }', {}, company)).data!.me.company?.id;
    for (const prefix of [companyId, reserved, open])
      expect(hidden[0].pseudonymousCandidate.alias).not.toContain(
        createHash('sha256').update(`${prefix}:${citizenId}`).digest('hex').slice(0, 6).toUpperCase(),
      );
  });

  it('the company does not see the matches of a reserved vacancy: the sportello proposes', async () => {
    const reserved = await vacancy({ law68Reserved: true });
    const refused = await t.gql(MATCHES, { id: reserved }, company);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.vacancy ?? null).toBeNull();
    const staff = await t.gql(MATCHES, { id: reserved }, operator);
    expect(staff.errors).toBeUndefined();
  });

  it('the alias of one candidate differs from vacancy to vacancy of the same company', async () => {
    const first = await vacancy();
    const second = await vacancy();
    const { id: citizenId, token } = await newCitizen();
    await t.gql('mutation { giveConsent(purpose: CV_SHARING) { consent { id } } }', {}, token);
    for (const v of [first, second]) await t.gql(PROPOSE, { v, c: citizenId }, operator);
    const alias = async (id: string) =>
      (await t.gql(COMPANY_VIEW, { id }, company)).data!.vacancy.applications.edges[0].node
        .pseudonymousCandidate.alias;
    expect(await alias(first)).not.toBe(await alias(second));
  });
});

describe('job interviews', () => {
  const PROPOSE_INTERVIEW = `mutation($id: ID!, $input: ProposeInterviewInput!) {
    proposeInterview(applicationId: $id, input: $input) { interview { id status mode location videoUrl } userErrors { field code } }
  }`;
  const RESPOND =
    'mutation($id: ID!, $a: Boolean!) { respondToInterview(id: $id, accept: $a) { interview { status } userErrors { code } } }';
  const at = (days: number, hour: number) =>
    new Date(Date.now() + days * 86_400_000 + hour * 3_600_000).toISOString();

  it('the company proposes, the candidate gets an invitation and accepts; two overlapping acceptances are refused', async () => {
    const { token } = await newCitizen();
    const email = (await t.gql('{ me { email } }', {}, token)).data!.me.email;
    const first = (await t.gql(APPLY, { id: await vacancy() }, token)).data!.applyToVacancy.application.id;
    const second = (await t.gql(APPLY, { id: await vacancy() }, token)).data!.applyToVacancy.application.id;
    const early = await t.gql(
      PROPOSE_INTERVIEW,
      { id: first, input: { startsAt: at(5, 1), durationMinutes: 45, mode: 'ONLINE' } },
      company,
    );
    expect(early.data!.proposeInterview.userErrors[0].code).toBe('NOT_SHORTLISTED');
    for (const id of [first, second]) await t.gql(MOVE, { id, s: 'SHORTLISTED' }, company);

    const noPlace = await t.gql(
      PROPOSE_INTERVIEW,
      { id: first, input: { startsAt: at(5, 1), durationMinutes: 45, mode: 'IN_PERSON' } },
      company,
    );
    expect(noPlace.data!.proposeInterview.userErrors[0].field).toBe('location');
    const a = (
      await t.gql(
        PROPOSE_INTERVIEW,
        {
          id: first,
          input: {
            startsAt: at(5, 1),
            durationMinutes: 60,
            mode: 'IN_PERSON',
            location: 'Via Novara 10, Legnano',
          },
        },
        company,
      )
    ).data!.proposeInterview.interview;
    const b = (
      await t.gql(
        PROPOSE_INTERVIEW,
        { id: second, input: { startsAt: at(5, 1.5), durationMinutes: 60, mode: 'ONLINE' } },
        company,
      )
    ).data!.proposeInterview.interview;
    expect(b.videoUrl).toMatch(/^https:\/\/meet\.jit\.si\/sportello-/);

    await t.app.outbox.drain();
    const invitation = t.mails.find(
      (m) => m.to.includes(email) && m.subject.startsWith('Proposta di colloquio'),
    )!;
    expect(invitation.calendar).toContain('METHOD:REQUEST');
    expect(invitation.text).toContain('Via Novara 10, Legnano');

    expect(
      (await t.gql(RESPOND, { id: a.id, a: true }, token)).data!.respondToInterview.interview.status,
    ).toBe('ACCEPTED');
    expect(
      (await t.gql(RESPOND, { id: b.id, a: true }, token)).data!.respondToInterview.userErrors[0].code,
    ).toBe('PERSON_BUSY');
    expect(
      (await t.gql(RESPOND, { id: b.id, a: false }, token)).data!.respondToInterview.interview.status,
    ).toBe('DECLINED');
    expect(
      (await t.gql(RESPOND, { id: a.id, a: false }, token)).data!.respondToInterview.userErrors[0].code,
    ).toBe('ALREADY_ANSWERED');
    const other = await t.gql(RESPOND, { id: a.id, a: true }, giulia);
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('the company writes a message; the candidate declines with a note or asks for another date', async () => {
    const { token } = await newCitizen();
    const applicationId = (await t.gql(APPLY, { id: await vacancy() }, token)).data!.applyToVacancy
      .application.id;
    await t.gql(MOVE, { id: applicationId, s: 'SHORTLISTED' }, company);
    const propose = async (message: string, hour = 1) =>
      t.gql(
        PROPOSE_INTERVIEW,
        {
          id: applicationId,
          input: { startsAt: at(7, hour), durationMinutes: 30, mode: 'ONLINE', message },
        },
        company,
      );
    const tooLong = await propose('x'.repeat(2001));
    expect(tooLong.data!.proposeInterview.userErrors).toEqual([{ field: 'message', code: 'TOO_LONG' }]);
    const first = (await propose('Chieda di Marco, ufficio personale.')).data!.proposeInterview.interview.id;
    const second = (await propose('Porti un documento.', 3)).data!.proposeInterview.interview.id;

    const ASK = `mutation($id: ID!, $note: String!) { askForAnotherInterviewDate(id: $id, note: $note) {
      interview { status responseNote respondedAt } userErrors { field code } } }`;
    const blank = await t.gql(ASK, { id: first, note: '  ' }, token);
    expect(blank.data!.askForAnotherInterviewDate.userErrors).toEqual([{ field: 'note', code: 'REQUIRED' }]);
    const byOther = await t.gql(ASK, { id: first, note: 'Il pomeriggio' }, giulia);
    expect(byOther.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const asked = await t.gql(ASK, { id: first, note: 'Posso venire il pomeriggio dopo le 15.' }, token);
    expect(asked.data!.askForAnotherInterviewDate.interview).toMatchObject({
      status: 'NEW_DATE_REQUESTED',
      responseNote: 'Posso venire il pomeriggio dopo le 15.',
    });
    expect(asked.data!.askForAnotherInterviewDate.interview.respondedAt).toBeTruthy();
    const again = await t.gql(ASK, { id: first, note: 'Il mattino' }, token);
    expect(again.data!.askForAnotherInterviewDate.userErrors[0].code).toBe('ALREADY_ANSWERED');

    const declined = await t.gql(
      'mutation($id: ID!) { respondToInterview(id: $id, accept: false, note: "Ho trovato lavoro") { interview { status responseNote } } }',
      { id: second },
      token,
    );
    expect(declined.data!.respondToInterview.interview).toEqual({
      status: 'DECLINED',
      responseNote: 'Ho trovato lavoro',
    });

    const seen = await t.gql(
      'query($id: ID!) { application(id: $id) { interviews { status message responseNote } } }',
      { id: applicationId },
      company,
    );
    expect(seen.data!.application.interviews).toEqual([
      {
        status: 'NEW_DATE_REQUESTED',
        message: 'Chieda di Marco, ufficio personale.',
        responseNote: 'Posso venire il pomeriggio dopo le 15.',
      },
      { status: 'DECLINED', message: 'Porti un documento.', responseNote: 'Ho trovato lavoro' },
    ]);
  });

  it('the staff list the network’s interviews: upcoming soonest first, or by status', async () => {
    const { token } = await newCitizen();
    const ids: string[] = [];
    for (const days of [20, 10]) {
      const applicationId = (await t.gql(APPLY, { id: await vacancy() }, token)).data!.applyToVacancy
        .application.id;
      await t.gql(MOVE, { id: applicationId, s: 'SHORTLISTED' }, company);
      const proposed = await t.gql(
        PROPOSE_INTERVIEW,
        { id: applicationId, input: { startsAt: at(days, 2), durationMinutes: 30, mode: 'ONLINE' } },
        company,
      );
      ids.push(proposed.data!.proposeInterview.interview.id);
    }
    await t.gql(RESPOND, { id: ids[0], a: false }, token);
    // One interview already held: it is no longer upcoming.
    await t.db.execute(
      sql`update interviews set starts_at = now() - interval '3 days', ends_at = now() - interval '3 days' + interval '30 minutes' where id = ${ids[1]}`,
    );
    const LIST = `query($status: InterviewStatus, $upcoming: Boolean) {
      networkInterviews(status: $status, upcoming: $upcoming, first: 100) {
        totalCount edges { node { id status startsAt application { vacancy { title } citizen { id } } } }
      }
    }`;
    const list = async (variables: Record<string, unknown>, who = operator) =>
      (
        (await t.gql(LIST, variables, who)).data!.networkInterviews.edges as {
          node: { id: string; startsAt: string };
        }[]
      ).map((e) => e.node);
    const all = await list({});
    expect(all.map((n) => n.startsAt)).toEqual([...all.map((n) => n.startsAt)].sort().reverse());
    expect(all.map((n) => n.id)).toEqual(expect.arrayContaining(ids));
    const upcoming = await list({ upcoming: true });
    expect(upcoming.map((n) => n.id)).toContain(ids[0]);
    expect(upcoming.map((n) => n.id)).not.toContain(ids[1]);
    expect(upcoming.map((n) => n.startsAt)).toEqual([...upcoming.map((n) => n.startsAt)].sort());
    const declined = await list({ status: 'DECLINED' });
    expect(declined.map((n) => n.id)).toContain(ids[0]);
    expect(declined.map((n) => n.id)).not.toContain(ids[1]);

    for (const who of [company, giulia]) {
      const refused = await t.gql(LIST, {}, who);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
