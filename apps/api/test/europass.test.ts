import { readFileSync } from 'node:fs';
import AjvModule from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, OTHER_OPERATOR, seedOtherNetwork } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
let giuliaId: string;

const schema = JSON.parse(
  readFileSync(new URL('./europass-schema/Europass_JSONSchema_V3.4.0.json', import.meta.url), 'utf8'),
);
// A CommonJS module: under Node's ESM interop its class is `default` of the default import.
const validate = new AjvModule.default({ allErrors: true, strict: false }).compile(schema);

beforeAll(async () => {
  t = await startTestApp();
  await seedOtherNetwork(t);
  const giulia = (await t.login(DEMO.citizen)).accessToken;
  giuliaId = (await t.gql('{ me { id } }', {}, giulia)).data!.me.id;
});
afterAll(() => t?.close());

const europassOf = async (id: string, email?: string) =>
  t.app.inject({
    method: 'GET',
    url: `/api/cv/${id}/europass.json`,
    headers: email ? { authorization: `Bearer ${(await t.login(email)).accessToken}` } : {},
  });

describe('CV as a Europass document', () => {
  it('is valid against the Europass JSON Schema v3.4 and carries every section of the CV', async () => {
    const response = await europassOf(giuliaId, DEMO.citizen);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="CV-Bianchi-Giulia.europass.json"',
    );
    const document = response.json();
    expect(validate(document), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(
      validate({ SkillsPassport: { Locale: 'italiano' } }),
      'the schema refuses what is not Europass',
    ).toBe(false);

    const cv = (
      await t.gql(
        `query ($id: ID!) { citizen(id: $id) { cv {
          experiences { employer jobTitle startsOn endsOn }
          languages { languageCode motherTongue listening }
          skills { skill { label } }
        } } }`,
        { id: giuliaId },
        (
          await t.login(DEMO.operator)
        ).accessToken,
      )
    ).data!.citizen.cv;
    const learner = document.SkillsPassport.LearnerInfo;
    expect(document.SkillsPassport.Locale).toBe('it');
    expect(learner.Identification.PersonName).toEqual({ FirstName: 'Giulia', Surname: 'Bianchi' });
    expect(learner.Identification.ContactInfo.Email.Contact).toBe(DEMO.citizen);
    expect(learner.WorkExperience).toHaveLength(cv.experiences.length);
    const [first] = cv.experiences;
    const [year, month] = first.startsOn.split('-').map(Number);
    expect(learner.WorkExperience[0]).toMatchObject({
      Period: { From: { Year: year, Month: month } },
      Position: { Label: first.jobTitle },
      Employer: { Name: first.employer },
    });
    const foreign = cv.languages.filter((l: { motherTongue: boolean }) => !l.motherTongue);
    expect(
      learner.Skills.Linguistic.ForeignLanguage.map(
        (l: { Description: { Code: string } }) => l.Description.Code,
      ),
    ).toEqual(foreign.map((l: { languageCode: string }) => l.languageCode));
    for (const s of cv.skills) expect(learner.Skills.JobRelated.Description).toContain(s.skill.label);
  });

  it('only whoever may read the CV downloads it; others get 404 like for a missing CV', async () => {
    expect((await europassOf(giuliaId, DEMO.operator)).statusCode).toBe(200);
    expect((await europassOf(giuliaId, DEMO.companyMember)).statusCode).toBe(404);
    expect((await europassOf(giuliaId, OTHER_OPERATOR)).statusCode).toBe(404);
    expect((await europassOf('00000000-0000-4000-8000-000000000000', DEMO.operator)).statusCode).toBe(404);
    expect((await europassOf(giuliaId)).statusCode).toBe(401);
  });
});
