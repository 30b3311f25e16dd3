import { z } from 'zod';
import { type UserError, userError } from '../../lib/errors.js';

/** The groups a call may be reserved to: derived from the profile, or declared as special categories. */
export const PROGRAM_TARGET_GROUPS = ['OVER_45', 'UNDER_30', 'NEET', 'LAW_68', 'ECONOMIC_HARDSHIP'] as const;
export type ProgramTargetGroup = (typeof PROGRAM_TARGET_GROUPS)[number];

const ISTAT_CODE = /^\d{6}$/;
const MAX_ISEE_CENTS = 100_000_00 * 10;

/**
 * Eligibility rules of a call, stored as JSON on it. Every rule is optional; an absent one admits
 * everybody.
 */
export const eligibilityRulesSchema = z
  .object({
    minAge: z.number().int('Un numero intero di anni.').min(16, 'Almeno 16 anni.').max(99).nullish(),
    maxAge: z.number().int('Un numero intero di anni.').min(16, 'Almeno 16 anni.').max(99).nullish(),
    residenceComuneCodes: z
      .array(z.string().regex(ISTAT_CODE, 'Codice ISTAT del comune: 6 cifre.'))
      .max(200, 'Al massimo 200 comuni.')
      .nullish(),
    minMonthsUnemployed: z
      .number()
      .int('Un numero intero di mesi.')
      .min(1, 'Almeno 1 mese.')
      .max(240, 'Al massimo 240 mesi.')
      .nullish(),
    iseeCeilingCents: z
      .number()
      .int('Un importo in centesimi.')
      .min(1, 'Indica una soglia maggiore di zero.')
      .max(MAX_ISEE_CENTS, 'Soglia troppo alta.')
      .nullish(),
    targetGroups: z.array(z.enum(PROGRAM_TARGET_GROUPS)).max(PROGRAM_TARGET_GROUPS.length).nullish(),
    notInActiveProgram: z.boolean(),
  })
  .refine((r) => r.minAge == null || r.maxAge == null || r.minAge <= r.maxAge, {
    path: ['maxAge'],
    message: 'L’età massima non può essere inferiore alla minima.',
  });
export type EligibilityRules = z.infer<typeof eligibilityRulesSchema>;

/** Points per criterion; a weight of 0 leaves the criterion out. Published with the call. */
export const rankingCriteriaSchema = z.object({
  iseeWeight: z.number().int('Un peso intero.').min(0, 'Da 0 a 10.').max(10, 'Da 0 a 10.'),
  unemploymentWeight: z.number().int('Un peso intero.').min(0, 'Da 0 a 10.').max(10, 'Da 0 a 10.'),
});
export type RankingCriteria = z.infer<typeof rankingCriteriaSchema>;

/** zod's issues as userErrors, with the field path under `prefix` (e.g. `input.rules.maxAge`). */
export function zodUserErrors(prefix: string, error: z.ZodError): UserError[] {
  return error.issues.map((issue) =>
    userError([prefix, ...issue.path.map(String)].join('.'), 'INVALID', issue.message),
  );
}
