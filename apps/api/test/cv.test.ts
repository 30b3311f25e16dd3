import { auditLog } from '@sportello/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenInput, DEMO, REGISTER_CITIZEN } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';
import { internshipIn, internshipInput } from './internship-fixtures.js';
import { ESCO_SKILLS } from './skill-fixtures.js';

const WELDER = 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b';
const WAREHOUSE = 'http://data.europa.eu/esco/occupation/bea705fe-06ac-4147-b8e0-6e8ac1208d8f';

let t: TestApp;
let giulia: string;
let operator: string;
let company: string;

beforeAll(async () => {
  t = await startTestApp();
  giulia = (await t.login(DEMO.citizen)).accessToken;
  operator = (await t.login(DEMO.operator)).accessToken;
  company = (await t.login(DEMO.companyMember)).accessToken;
});
afterAll(() => t?.close());

const SAVE = `mutation($id: ID, $input: CvInput!) {
  saveCv(citizenId: $id, input: $input) {
    cv {
      headline soughtOccupations { label iscoGroup }
      soughtIsco: soughtOccupations { labelEn iscoGroupLabel }
      experiences { employer jobTitle occupation { label labelEn } comune { name } startsOn endsOn }
      education { title { label eqfLevel } yearCompleted }
      languages { languageCode languageName motherTongue listening writing }
      certifications { name expiresOn }
      completeness { score missing { section message } }
    }
    userErrors { field code message }
  }
}`;

const fullCv = {
  headline: 'Saldatrice con 10 anni di esperienza',
  summary: 'Lavoro nel settore metalmeccanico dal 2010; cerco un impiego stabile vicino a Legnano.',
  soughtOccupationUris: [WELDER, WAREHOUSE],
  experiences: [
    {
      employer: 'Carpenteria Bianchi',
      jobTitle: 'Saldatrice',
      occupationUri: WELDER,
      comuneCode: '015118',
      startsOn: '2014-03-01',
      endsOn: '2024-06-30',
    },
    {
      employer: 'Magazzini Alto Milanese',
      jobTitle: 'Magazziniera',
      startsOn: '2010-01-10',
      endsOn: '2014-02-28',
      description: 'Carico e scarico, inventario.',
    },
  ],
  education: [
    {
      titleCode: 'IEFP_QUALIFICA',
      field: 'Operatore meccanico',
      institution: 'CFP Legnano',
      yearCompleted: 1997,
    },
  ],
  languages: [
    { languageCode: 'it', motherTongue: true },
    {
      languageCode: 'en',
      motherTongue: false,
      listening: 'A2',
      reading: 'B1',
      spokenInteraction: 'A2',
      spokenProduction: 'A2',
      writing: 'A2',
    },
  ],
  certifications: [
    {
      name: 'Patentino di saldatura UNI EN ISO 9606-1',
      issuer: 'IIS',
      issuedOn: '2020-05-01',
      expiresOn: '2026-05-01',
    },
  ],
};

describe('CV', () => {
  it('the citizen saves a complete Europass-style CV and reads it back', async () => {
    const result = await t.gql(SAVE, { input: fullCv }, giulia);
    expect(result.data!.saveCv.userErrors).toEqual([]);
    const cv = result.data!.saveCv.cv;
    expect(cv.soughtOccupations).toEqual([
      { label: 'saldatore/saldatrice', iscoGroup: '7212' },
      { label: 'magazziniere/magazziniera', iscoGroup: '9333' },
    ]);
    // English labels stay available; ISCO groups are named in Italian.
    expect(cv.soughtIsco).toEqual([
      { labelEn: 'welder', iscoGroupLabel: 'Saldatori e tagliatori a fiamma' },
      {
        labelEn: 'warehouse worker',
        iscoGroupLabel: 'Addetti allo spostamento e alla spedizione dei materiali o delle merci',
      },
    ]);
    expect(cv.experiences[0]).toMatchObject({
      occupation: { label: 'saldatore/saldatrice', labelEn: 'welder' },
      comune: { name: 'Legnano' },
    });
    expect(cv.education[0].title).toEqual({
      label: 'Attestato di qualifica di operatore professionale (IeFP)',
      eqfLevel: 3,
    });
    expect(cv.languages).toEqual([
      { languageCode: 'en', languageName: 'inglese', motherTongue: false, listening: 'A2', writing: 'A2' },
      { languageCode: 'it', languageName: 'italiano', motherTongue: true, listening: null, writing: null },
    ]);
    expect(cv.completeness).toEqual({ score: 100, missing: [] });
  });

  it('says what is missing', async () => {
    const input = citizenInput();
    const id = (await t.gql(REGISTER_CITIZEN, { input })).data!.registerCitizen.citizen.id;
    const result = await t.gql(
      SAVE,
      {
        id,
        input: {
          soughtOccupationUris: [],
          experiences: [],
          education: [],
          languages: [{ languageCode: 'it', motherTongue: true }],
          certifications: [],
        },
      },
      operator,
    );
    const { score, missing } = result.data!.saveCv.cv.completeness;
    expect(score).toBe(15);
    expect(missing.map((m: { section: string }) => m.section)).toEqual([
      'HEADLINE',
      'SUMMARY',
      'SOUGHT_OCCUPATIONS',
      'EXPERIENCE',
      'EDUCATION',
    ]);
    expect(missing[0].message).toMatch(/titolo/);
  });

  it('refuses invalid sections, naming each field, and changes nothing', async () => {
    const before = await t.gql('{ me { citizen { cv { headline experiences { employer } } } } }', {}, giulia);
    const result = await t.gql(
      SAVE,
      {
        input: {
          ...fullCv,
          headline: 'Nuovo titolo',
          soughtOccupationUris: ['http://data.europa.eu/esco/occupation/inventata'],
          experiences: [
            {
              employer: ' ',
              jobTitle: 'Saldatrice',
              startsOn: '2024-01-01',
              endsOn: '2023-01-01',
              comuneCode: '000000',
            },
          ],
          education: [{ titleCode: 'LAUREA_INVENTATA', yearCompleted: 1700 }],
          languages: [
            { languageCode: 'xx', motherTongue: true },
            { languageCode: 'en', motherTongue: false, listening: 'B1' },
            { languageCode: 'it', motherTongue: true, writing: 'C2' },
          ],
        },
      },
      giulia,
    );
    const fields = result.data!.saveCv.userErrors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual([
      'education[0].titleCode',
      'education[0].yearCompleted',
      'experiences[0].comuneCode',
      'experiences[0].employer',
      'experiences[0].endsOn',
      'languages[0].languageCode',
      'languages[1]',
      'languages[2]',
      'soughtOccupationUris[0]',
    ]);
    const after = await t.gql('{ me { citizen { cv { headline experiences { employer } } } } }', {}, giulia);
    expect(after.data).toEqual(before.data);
  });

  it('an operator saving on the citizen’s behalf is written to the audit log; the citizen’s own save is not', async () => {
    const input = citizenInput();
    const id = (await t.gql(REGISTER_CITIZEN, { input })).data!.registerCitizen.citizen.id;
    const trail = () =>
      t.db
        .select({ actorUserId: auditLog.actorUserId })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'cv.saved_on_behalf'), eq(auditLog.subjectId, id)));
    const saved = await t.gql(SAVE, { id, input: fullCv }, operator);
    expect(saved.data!.saveCv.userErrors).toEqual([]);
    const operatorId = (await t.gql('{ me { id } }', {}, operator)).data!.me.id;
    expect(await trail()).toEqual([{ actorUserId: operatorId }]);

    const refused = await t.gql(
      SAVE,
      { id, input: { ...fullCv, experiences: [{ ...fullCv.experiences[0], employer: '' }] } },
      operator,
    );
    expect(refused.data!.saveCv.userErrors).not.toEqual([]);
    expect(await trail()).toHaveLength(1);

    const giuliaId = (await t.gql('{ me { id } }', {}, giulia)).data!.me.id;
    await t.gql(SAVE, { id: null, input: fullCv }, giulia);
    const own = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'cv.saved_on_behalf'), eq(auditLog.subjectId, giuliaId)));
    expect(own).toEqual([]);
  });

  it('an operator reads many citizens with their CVs in a number of statements independent of page size', async () => {
    for (let i = 0; i < 6; i++) {
      const input = citizenInput();
      const id = (await t.gql(REGISTER_CITIZEN, { input })).data!.registerCitizen.citizen.id;
      await t.gql(SAVE, { id, input: fullCv }, operator);
    }
    const query = `query($n: Int) { citizens(first: $n) { edges { node { givenName residenceComune { name }
      cv { headline soughtOccupations { label } experiences { occupation { label } comune { name } } education { title { eqfLevel } } languages { languageName } }
    } } } }`;
    const count = async (n: number) => {
      t.statements.length = 0;
      const result = await t.gql(query, { n }, operator);
      expect(result.errors).toBeUndefined();
      expect(result.data!.citizens.edges).toHaveLength(n);
      return t.statements.length;
    };
    const small = await count(2);
    const large = await count(8);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(4);
  });
});

describe('CV skills', () => {
  const SKILLS = `{ me { citizen { cv { skills { skill { uri label } level source } } } } }`;
  const cvSkillsOf = async (token: string) => (await t.gql(SKILLS, {}, token)).data!.me.citizen.cv.skills;

  it('the citizen declares ESCO skills with a level, found through the public skill search', async () => {
    const { arcWelding: welding, forklift } = ESCO_SKILLS;
    const found = await t.gql('query($q: String!) { escoSkills(search: $q) { uri label } }', {
      q: 'Forklift OPER',
    });
    expect(found.data!.escoSkills[0]).toEqual({ uri: forklift.uri, label: forklift.label });

    const skills = [
      { skillUri: forklift.uri, level: 'ADVANCED' },
      { skillUri: welding.uri, level: 'BASIC' },
    ];
    const saved = await t.gql(SAVE, { input: { ...fullCv, skills } }, giulia);
    expect(saved.data!.saveCv.userErrors).toEqual([]);
    expect(await cvSkillsOf(giulia)).toEqual([
      { skill: { uri: forklift.uri, label: forklift.label }, level: 'ADVANCED', source: 'DECLARED' },
      { skill: { uri: welding.uri, label: welding.label }, level: 'BASIC', source: 'DECLARED' },
    ]);
  });

  it('refuses unknown and repeated skills by position and changes nothing', async () => {
    const known = ESCO_SKILLS.stacking;
    const before = await cvSkillsOf(giulia);
    const result = await t.gql(
      SAVE,
      {
        input: {
          ...fullCv,
          skills: [
            { skillUri: known.uri, level: 'BASIC' },
            { skillUri: 'http://data.europa.eu/esco/skill/non-esiste', level: 'BASIC' },
            { skillUri: known.uri, level: 'ADVANCED' },
          ],
        },
      },
      giulia,
    );
    expect(result.data!.saveCv.userErrors).toEqual([
      { field: 'skills[1].skillUri', code: 'UNKNOWN_SKILL', message: expect.stringMatching(/Competenza/) },
      { field: 'skills[2].skillUri', code: 'DUPLICATE', message: 'Competenza già indicata.' },
    ]);
    expect(await cvSkillsOf(giulia)).toEqual(before);
  });

  it('skills attested by a tirocinio survive every save and come after the declared ones', async () => {
    const input = citizenInput();
    const id = (await t.gql(REGISTER_CITIZEN, { input })).data!.registerCitizen.citizen.id;
    const { cleaning: declared, lifting: attested } = ESCO_SKILLS;
    await t.gql(SAVE, { id, input: { ...fullCv, skills: [] } }, operator);
    // A tirocinio's final evaluation attests the skill.
    const companyId = (await t.gql('{ me { company { id } } }', {}, company)).data!.me.company.id;
    const internshipId = await internshipIn(t, operator, 'ACTIVE', internshipInput(companyId, id));
    const completed = await t.gql(
      'mutation($id: ID!, $input: CompleteInternshipInput!) { completeInternship(id: $id, input: $input) { userErrors { message } } }',
      {
        id: internshipId,
        input: {
          outcome: 'OBJECTIVES_ACHIEVED',
          judgement: 'Obiettivi raggiunti con impegno.',
          acquiredSkills: [{ skillUri: attested.uri, level: 'INTERMEDIATE' }],
        },
      },
      operator,
    );
    expect(completed.data!.completeInternship.userErrors).toEqual([]);

    const resave = await t.gql(
      SAVE,
      {
        id,
        input: {
          ...fullCv,
          skills: [
            { skillUri: attested.uri, level: 'ADVANCED' },
            { skillUri: declared.uri, level: 'BASIC' },
          ],
        },
      },
      operator,
    );
    expect(resave.data!.saveCv.userErrors).toEqual([]);
    const read = await t.gql(
      'query($id: ID!) { citizen(id: $id) { cv { skills { skill { uri } level source } } } }',
      { id },
      operator,
    );
    expect(read.data!.citizen.cv.skills).toEqual([
      { skill: { uri: declared.uri }, level: 'BASIC', source: 'DECLARED' },
      { skill: { uri: attested.uri }, level: 'INTERMEDIATE', source: 'INTERNSHIP' },
    ]);

    await t.gql(SAVE, { id, input: { ...fullCv, skills: [] } }, operator);
    const after = await t.gql(
      'query($id: ID!) { citizen(id: $id) { cv { skills { source } } } }',
      { id },
      operator,
    );
    expect(after.data!.citizen.cv.skills).toEqual([{ source: 'INTERNSHIP' }]);
  });
});
