import type { contractClass, contractTariffs, outcomeFollowUps, outcomes } from '@sportello/db';
import { type EmploymentStatus, targetGroups } from '@sportello/domain';
import { addDays } from '../../lib/days.js';

export type Outcome = typeof outcomes.$inferSelect;
export type FollowUp = typeof outcomeFollowUps.$inferSelect;
export type Tariff = typeof contractTariffs.$inferSelect;
export type ContractClass = (typeof contractClass.enumValues)[number];
export type OutcomeKind = Outcome['kind'];
export type OutcomeTargetGroup = Outcome['targetGroups'][number];

/** The kinds that are a hire: they carry a contract, and tariffs price them by its class. */
export const HIRE_KINDS: readonly OutcomeKind[] = ['HIRE', 'INTERNSHIP_HIRE', 'PROGRAM_HIRE'];
export const isHire = (kind: OutcomeKind) => HIRE_KINDS.includes(kind);

/** Asked "still working there?" (or, for a business, "still active?") at 30, 90 and 180 days. */
export const FOLLOWED_UP_KINDS: OutcomeKind[] = [...HIRE_KINDS, 'BUSINESS_STARTED'];
export const isFollowedUp = (kind: OutcomeKind) => FOLLOWED_UP_KINDS.includes(kind);

export const CHECKPOINTS = [30, 90, 180] as const;
const LONG_FIXED_TERM_MONTHS = 6;

/** Apprendistato is a permanent contract in Italian law; a fixed term of unknown length counts as short. */
export function classOf(
  contractType: NonNullable<Outcome['contractType']>,
  durationMonths: number | null,
): ContractClass {
  if (contractType === 'PERMANENT' || contractType === 'APPRENTICESHIP') return 'PERMANENT';
  return durationMonths !== null && durationMonths >= LONG_FIXED_TERM_MONTHS
    ? 'FIXED_TERM_LONG'
    : 'FIXED_TERM_SHORT';
}

/** The groups on the first day of work: age on that day, fragility as declared to the sportello. */
export function groupsAtHire(
  profile: { birthDate: string; employmentStatus: EmploymentStatus | null },
  fragility: { law68Disability: boolean; economicHardship: boolean } | null,
  startsOn: string,
): OutcomeTargetGroup[] {
  const derived = targetGroups(profile, startsOn);
  const groups: OutcomeTargetGroup[] = [];
  if (fragility?.law68Disability) groups.push('LAW_68_DISABILITY');
  if (fragility?.economicHardship) groups.push('ECONOMIC_HARDSHIP');
  if (derived.includes('OVER_45')) groups.push('OVER_45');
  if (derived.includes('NEET')) groups.push('YOUNG_UNEMPLOYED');
  return groups;
}

/** The day a checkpoint falls due: that many days after the first day of work. */
export const checkpointDay = (startsOn: string, days: number): string => addDays(startsOn, days);

/** The answer in force for each checkpoint: the latest, since a later one corrects an earlier one. */
export function latestAnswers(followUps: readonly FollowUp[]): Map<number, FollowUp> {
  const latest = new Map<number, FollowUp>();
  for (const followUp of followUps) {
    const current = latest.get(followUp.checkpointDays);
    if (
      !current ||
      current.at < followUp.at ||
      (current.at.getTime() === followUp.at.getTime() && current.id < followUp.id)
    )
      latest.set(followUp.checkpointDays, followUp);
  }
  return latest;
}

export interface ContractRules {
  sportelloId: string;
  comuneCode: string | null;
  startsOn: string;
  endsOn: string;
  minDurationMonths: number;
  retentionDays: number;
}

export type Ineligibility =
  | 'OTHER_PROVIDER'
  | 'OTHER_COMUNE'
  | 'OUTSIDE_PERIOD'
  | 'TOO_SHORT'
  | 'NOT_CONFIRMED'
  | 'NOT_RETAINED';

/** Why an outcome is not paid under a contract, or null when it is eligible. */
export function ineligibility(
  outcome: Outcome,
  followUps: readonly FollowUp[],
  contract: ContractRules,
): Ineligibility | null {
  if (outcome.sportelloId !== contract.sportelloId) return 'OTHER_PROVIDER';
  if (contract.comuneCode !== null && outcome.comuneCode !== contract.comuneCode) return 'OTHER_COMUNE';
  if (outcome.startsOn < contract.startsOn || outcome.startsOn > contract.endsOn) return 'OUTSIDE_PERIOD';
  if (
    outcome.contractClass !== null &&
    outcome.contractClass !== 'PERMANENT' &&
    (outcome.durationMonths ?? 0) < contract.minDurationMonths
  )
    return 'TOO_SHORT';
  if (!isFollowedUp(outcome.kind)) return null;
  const answer = latestAnswers(followUps).get(contract.retentionDays);
  if (!answer) return 'NOT_CONFIRMED';
  return answer.stillEmployed ? null : 'NOT_RETAINED';
}

/**
 * The tariff an outcome is paid at: the highest among those for its kind and contract class (none
 * for the kinds that are not a hire) that are for anyone or for one of its groups. Null when the
 * contract pays nothing for it.
 */
export function tariffFor(outcome: Outcome, tariffs: readonly Tariff[]): Tariff | null {
  let best: Tariff | null = null;
  for (const tariff of tariffs) {
    if (tariff.outcomeKind !== outcome.kind || tariff.contractClass !== outcome.contractClass) continue;
    if (tariff.targetGroup !== null && !outcome.targetGroups.includes(tariff.targetGroup)) continue;
    if (!best || tariff.amountCents > best.amountCents) best = tariff;
  }
  return best;
}

export interface CheckpointView {
  days: number;
  dueOn: string;
  answer: FollowUp | null;
  history: FollowUp[];
}

/** The three follow-up days of an outcome with their answers; none for the kinds not followed up. */
export function checkpointsOf(outcome: Outcome, followUps: readonly FollowUp[]): CheckpointView[] {
  if (!isFollowedUp(outcome.kind)) return [];
  const latest = latestAnswers(followUps);
  return CHECKPOINTS.map((days) => ({
    days,
    dueOn: checkpointDay(outcome.startsOn, days),
    answer: latest.get(days) ?? null,
    history: followUps.filter((f) => f.checkpointDays === days),
  }));
}

export interface EligibilityView {
  contract: ContractRules & { id: string };
  eligible: boolean;
  reason: Ineligibility | null;
}
