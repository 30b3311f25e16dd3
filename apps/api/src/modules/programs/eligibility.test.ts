import { describe, expect, it } from 'vitest';
import { type Applicant, evaluateEligibility, isEligible, mayApply, monthsBetween } from './eligibility.js';
import { type EligibilityRules, eligibilityRulesSchema } from './rules.js';

const TODAY = '2026-12-04';
const NAMES: Record<string, string> = { '015118': 'Legnano', '015036': 'Busto Garolfo', '012133': 'Varese' };
const name = (code: string) => NAMES[code] ?? code;

const applicant = (extra: Partial<Applicant> = {}): Applicant => ({
  birthDate: '1974-06-01',
  employmentStatus: 'UNEMPLOYED',
  residenceComuneCode: '015118',
  law68: false,
  economicHardship: false,
  inActiveProgram: false,
  iseeCents: 8_500_00,
  unemployedSince: '2025-03-10',
  ...extra,
});
const rules = (extra: Partial<EligibilityRules> = {}): EligibilityRules => ({
  notInActiveProgram: false,
  ...extra,
});
const evaluate = (r: EligibilityRules, a: Applicant) => evaluateEligibility(r, a, TODAY, name);

describe('evaluateEligibility', () => {
  it('checks only the rules the call sets', () => {
    expect(evaluate(rules(), applicant())).toEqual([]);
  });

  it('age: within the range, below, above, with the Italian reason', () => {
    expect(evaluate(rules({ minAge: 18, maxAge: 65 }), applicant())).toEqual([
      { rule: 'AGE', outcome: 'PASS', reason: 'Età 52 anni: rientra (tra 18 e 65)' },
    ]);
    expect(evaluate(rules({ minAge: 55 }), applicant())[0]).toEqual({
      rule: 'AGE',
      outcome: 'FAIL',
      reason: 'Età 52 anni: non rientra (almeno 55 anni)',
    });
    expect(evaluate(rules({ maxAge: 52 }), applicant())[0]!.outcome).toBe('PASS');
    // The day before the 53rd birthday the person is still 52; on it, 53.
    expect(evaluateEligibility(rules({ maxAge: 52 }), applicant(), '2027-05-31', name)[0]!.outcome).toBe(
      'PASS',
    );
    expect(evaluateEligibility(rules({ maxAge: 52 }), applicant(), '2027-06-01', name)[0]).toMatchObject({
      outcome: 'FAIL',
      reason: 'Età 53 anni: non rientra (al massimo 52 anni)',
    });
  });

  it('residence: among the comuni of the call, or names them', () => {
    const call = rules({ residenceComuneCodes: ['015036', '012133'] });
    expect(evaluate(call, applicant())[0]).toEqual({
      rule: 'RESIDENCE',
      outcome: 'FAIL',
      reason: 'Residenza a Legnano: il bando è per i residenti di Busto Garolfo, Varese',
    });
    expect(evaluate(call, applicant({ residenceComuneCode: '012133' }))[0]).toMatchObject({
      outcome: 'PASS',
      reason: 'Residenza a Varese: tra i comuni del bando',
    });
  });

  it('months of unemployment: from the declared day, to declare while not given, refused for the employed', () => {
    const call = rules({ minMonthsUnemployed: 12 });
    expect(evaluate(call, applicant({ unemployedSince: '2025-12-04' }))[0]).toMatchObject({
      outcome: 'PASS',
      reason: 'Senza lavoro da 12 mesi: ne bastano 12',
    });
    expect(evaluate(call, applicant({ unemployedSince: '2025-12-05' }))[0]).toMatchObject({
      outcome: 'FAIL',
      reason: 'Senza lavoro da 11 mesi: ne servono almeno 12',
    });
    expect(evaluate(call, applicant({ unemployedSince: undefined }))[0]!.outcome).toBe('TO_DECLARE');
    expect(evaluate(call, applicant({ unemployedSince: null }))[0]!.outcome).toBe('FAIL');
    expect(evaluate(call, applicant({ employmentStatus: 'EMPLOYED_SEEKING' }))[0]).toMatchObject({
      outcome: 'FAIL',
      reason: 'Risulta occupato: servono almeno 12 mesi senza lavoro',
    });
  });

  it('ISEE: at the ceiling passes, a cent above fails, in euro', () => {
    const call = rules({ iseeCeilingCents: 15_000_00 });
    expect(evaluate(call, applicant({ iseeCents: 15_000_00 }))[0]).toMatchObject({ outcome: 'PASS' });
    const above = evaluate(call, applicant({ iseeCents: 15_000_01 }))[0]!;
    expect(above.outcome).toBe('FAIL');
    expect(above.reason).toMatch(/^ISEE 15\.000,01\s€: oltre la soglia di 15\.000,00\s€$/);
    expect(evaluate(call, applicant({ iseeCents: undefined }))[0]!.outcome).toBe('TO_DECLARE');
  });

  it('target groups: derived from the profile or from the special categories', () => {
    const over45 = rules({ targetGroups: ['OVER_45'] });
    expect(evaluate(over45, applicant())[0]).toMatchObject({
      outcome: 'PASS',
      reason: 'Fa parte dei destinatari del bando: over 45',
    });
    expect(evaluate(over45, applicant({ birthDate: '1990-01-01' }))[0]).toMatchObject({
      outcome: 'FAIL',
      reason: 'Il bando è riservato a: over 45',
    });
    const law68 = rules({ targetGroups: ['LAW_68', 'ECONOMIC_HARDSHIP'] });
    expect(evaluate(law68, applicant())[0]!.outcome).toBe('FAIL');
    expect(evaluate(law68, applicant({ economicHardship: true }))[0]!.outcome).toBe('PASS');
    expect(evaluate(law68, applicant({ law68: true }))[0]!.outcome).toBe('PASS');
  });

  it('not already in another active program', () => {
    const call = rules({ notInActiveProgram: true });
    expect(evaluate(call, applicant())[0]!.outcome).toBe('PASS');
    expect(evaluate(call, applicant({ inActiveProgram: true }))[0]).toEqual({
      rule: 'ACTIVE_PROGRAM',
      outcome: 'FAIL',
      reason: 'Partecipa già a un altro progetto in corso',
    });
  });

  it('eligible when every rule passes; may apply while only declared rules are pending', () => {
    const call = rules({ minAge: 18, iseeCeilingCents: 10_000_00, notInActiveProgram: true });
    const pending = evaluate(call, applicant({ iseeCents: undefined }));
    expect([isEligible(pending), mayApply(pending)]).toEqual([false, true]);
    const passed = evaluate(call, applicant());
    expect([isEligible(passed), mayApply(passed)]).toEqual([true, true]);
    const failed = evaluate(call, applicant({ iseeCents: 20_000_00 }));
    expect([isEligible(failed), mayApply(failed)]).toEqual([false, false]);
  });
});

describe('monthsBetween', () => {
  it('counts calendar months completed', () => {
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(0);
    expect(monthsBetween('2026-01-15', '2026-02-15')).toBe(1);
    expect(monthsBetween('2024-12-05', '2026-12-04')).toBe(23);
    expect(monthsBetween('2026-12-05', '2026-12-04')).toBe(0);
  });
});

describe('eligibilityRulesSchema', () => {
  it('names the path of each wrong rule', () => {
    const result = eligibilityRulesSchema.safeParse({
      minAge: 70,
      maxAge: 30,
      residenceComuneCodes: ['15118'],
      notInActiveProgram: true,
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(['residenceComuneCodes.0', 'maxAge']);
    const range = eligibilityRulesSchema.safeParse({ minAge: 70, maxAge: 30, notInActiveProgram: true });
    expect(range.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['maxAge', 'L’età massima non può essere inferiore alla minima.'],
    ]);
  });
});
