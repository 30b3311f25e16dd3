import { ageOn, type EmploymentStatus, targetGroups } from '@sportello/domain';
import type { EligibilityRules, ProgramTargetGroup } from './rules.js';

export type EligibilityRule =
  | 'AGE'
  | 'RESIDENCE'
  | 'UNEMPLOYMENT'
  | 'ISEE'
  | 'TARGET_GROUP'
  | 'ACTIVE_PROGRAM';

/** TO_DECLARE: the rule needs what the applicant declares in the application, not yet given. */
export type CheckOutcome = 'PASS' | 'FAIL' | 'TO_DECLARE';

export interface EligibilityCheck {
  rule: EligibilityRule;
  outcome: CheckOutcome;
  reason: string;
}

/** What the rules are checked against. */
export interface Applicant {
  birthDate: string;
  employmentStatus: EmploymentStatus | null;
  residenceComuneCode: string;
  /** Special categories (law 68/1999 lists, economic hardship), read by an audited check. */
  law68: boolean;
  economicHardship: boolean;
  inActiveProgram: boolean;
  /** Declared in the application; undefined while not yet declared. */
  iseeCents?: number | null;
  unemployedSince?: string | null;
}

const TARGET_GROUP_LABEL: Record<ProgramTargetGroup, string> = {
  OVER_45: 'over 45',
  UNDER_30: 'under 30',
  NEET: 'NEET (15-29 anni, senza lavoro)',
  LAW_68: 'iscritti al collocamento mirato (legge 68/1999)',
  ECONOMIC_HARDSHIP: 'in condizione di disagio economico',
};

const euro = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' });
export const formatEuro = (cents: number) => euro.format(cents / 100);

/** Whole months from one date to another (YYYY-MM-DD), counted as calendar months completed. */
export function monthsBetween(from: string, to: string): number {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7));
  return Math.max(0, Number(to.slice(8, 10)) < Number(from.slice(8, 10)) ? months - 1 : months);
}

const check = (rule: EligibilityRule, passed: boolean, reason: string): EligibilityCheck => ({
  rule,
  outcome: passed ? 'PASS' : 'FAIL',
  reason,
});

function ageCheck({ minAge, maxAge }: EligibilityRules, age: number): EligibilityCheck {
  const passed = (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
  const limit =
    minAge != null && maxAge != null
      ? `tra ${minAge} e ${maxAge}`
      : minAge != null
        ? `almeno ${minAge} anni`
        : `al massimo ${maxAge} anni`;
  return check('AGE', passed, `Età ${age} anni: ${passed ? 'rientra' : 'non rientra'} (${limit})`);
}

/**
 * The call's rules applied to an applicant, one check per rule the call sets, each with an Italian
 * reason. Pure: the caller reads the data (and audits the read of special categories).
 */
export function evaluateEligibility(
  rules: EligibilityRules,
  applicant: Applicant,
  today: string,
  comuneName: (code: string) => string,
): EligibilityCheck[] {
  const checks: EligibilityCheck[] = [];
  const age = ageOn(applicant.birthDate, today);
  if (rules.minAge != null || rules.maxAge != null) checks.push(ageCheck(rules, age));
  if (rules.residenceComuneCodes?.length) {
    const passed = rules.residenceComuneCodes.includes(applicant.residenceComuneCode);
    const where = comuneName(applicant.residenceComuneCode);
    checks.push(
      check(
        'RESIDENCE',
        passed,
        passed
          ? `Residenza a ${where}: tra i comuni del bando`
          : `Residenza a ${where}: il bando è per i residenti di ${rules.residenceComuneCodes.map(comuneName).join(', ')}`,
      ),
    );
  }
  if (rules.minMonthsUnemployed != null)
    checks.push(unemploymentCheck(rules.minMonthsUnemployed, applicant, today));
  if (rules.iseeCeilingCents != null) checks.push(iseeCheck(rules.iseeCeilingCents, applicant.iseeCents));
  if (rules.targetGroups?.length) {
    const groups = new Set<ProgramTargetGroup>([
      ...targetGroups(applicant, today),
      ...(applicant.law68 ? (['LAW_68'] as const) : []),
      ...(applicant.economicHardship ? (['ECONOMIC_HARDSHIP'] as const) : []),
    ]);
    const matched = rules.targetGroups.filter((group) => groups.has(group));
    const wanted = rules.targetGroups.map((group) => TARGET_GROUP_LABEL[group]).join(', ');
    checks.push(
      check(
        'TARGET_GROUP',
        matched.length > 0,
        matched.length > 0
          ? `Fa parte dei destinatari del bando: ${matched.map((group) => TARGET_GROUP_LABEL[group]).join(', ')}`
          : `Il bando è riservato a: ${wanted}`,
      ),
    );
  }
  if (rules.notInActiveProgram)
    checks.push(
      check(
        'ACTIVE_PROGRAM',
        !applicant.inActiveProgram,
        applicant.inActiveProgram
          ? 'Partecipa già a un altro progetto in corso'
          : 'Non partecipa ad altri progetti in corso',
      ),
    );
  return checks;
}

function unemploymentCheck(minMonths: number, applicant: Applicant, today: string): EligibilityCheck {
  if (applicant.employmentStatus === 'EMPLOYED_SEEKING')
    return check('UNEMPLOYMENT', false, `Risulta occupato: servono almeno ${minMonths} mesi senza lavoro`);
  if (applicant.unemployedSince === undefined)
    return {
      rule: 'UNEMPLOYMENT',
      outcome: 'TO_DECLARE',
      reason: `Servono almeno ${minMonths} mesi senza lavoro: lo dichiari nella domanda`,
    };
  if (applicant.unemployedSince === null || applicant.unemployedSince > today)
    return check('UNEMPLOYMENT', false, 'Manca la data da cui è senza lavoro');
  const months = monthsBetween(applicant.unemployedSince, today);
  return check(
    'UNEMPLOYMENT',
    months >= minMonths,
    `Senza lavoro da ${months} ${months === 1 ? 'mese' : 'mesi'}: ${months >= minMonths ? 'ne bastano' : 'ne servono almeno'} ${minMonths}`,
  );
}

function iseeCheck(ceilingCents: number, iseeCents: number | null | undefined): EligibilityCheck {
  if (iseeCents === undefined)
    return {
      rule: 'ISEE',
      outcome: 'TO_DECLARE',
      reason: `ISEE fino a ${formatEuro(ceilingCents)}: lo dichiari nella domanda`,
    };
  if (iseeCents === null) return check('ISEE', false, 'Manca il valore dell’ISEE');
  const passed = iseeCents <= ceilingCents;
  return check(
    'ISEE',
    passed,
    `ISEE ${formatEuro(iseeCents)}: ${passed ? 'entro' : 'oltre'} la soglia di ${formatEuro(ceilingCents)}`,
  );
}

/** Eligible once every rule passes; may apply while none fails. */
export const isEligible = (checks: readonly EligibilityCheck[]) => checks.every((c) => c.outcome === 'PASS');
export const mayApply = (checks: readonly EligibilityCheck[]) => checks.every((c) => c.outcome !== 'FAIL');
