import type { Internship } from '../internships/service.js';
import type { Placement } from '../placements/service.js';
import type { ProgramParticipation } from '../programs/service.js';
import type { BusinessIdea } from '../self-employment/service.js';
import type { Outcome } from './rules.js';
import type { OutcomeEntry } from './service.js';

/** A verified placement: a hire, after a tirocinio or not. */
export const placementOutcome = (placement: Placement): OutcomeEntry => ({
  networkId: placement.networkId,
  citizenId: placement.citizenId,
  placementId: placement.id,
  kind: placement.source === 'INTERNSHIP' ? 'INTERNSHIP_HIRE' : 'HIRE',
  companyId: placement.companyId,
  employerName: placement.employerName,
  contractType: placement.contractType,
  durationMonths: placement.durationMonths,
  startsOn: placement.startsOn,
});

/** A tirocinio completed without a hire (a hire makes a placement, and the outcome comes from it). */
export const internshipOutcome = (internship: Internship, completedOn: string): OutcomeEntry => ({
  networkId: internship.networkId,
  citizenId: internship.citizenId,
  internshipId: internship.id,
  kind: 'INTERNSHIP_COMPLETED',
  companyId: null,
  employerName: null,
  contractType: null,
  durationMonths: null,
  startsOn: completedOn,
});

/** What the person was hired with at the end of a program. */
export interface ProgramHire {
  employerName: string;
  contractType: NonNullable<Outcome['contractType']>;
  durationMonths: number | null;
  startsOn: string;
}

/** The end of a program participation: a hire, a training course, or neither. */
export function participationOutcome(
  participation: ProgramParticipation,
  ending: {
    outcome: NonNullable<ProgramParticipation['outcome']>;
    hire: ProgramHire | null;
    endedOn: string;
  },
): OutcomeEntry {
  const common = {
    networkId: participation.networkId,
    citizenId: participation.citizenId,
    participationId: participation.id,
    companyId: null,
  };
  if (ending.outcome === 'HIRED' && ending.hire) return { ...common, kind: 'PROGRAM_HIRE', ...ending.hire };
  return {
    ...common,
    kind: ending.outcome === 'TRAINING' ? 'PROGRAM_TRAINING' : 'PROGRAM_COMPLETED',
    employerName: null,
    contractType: null,
    durationMonths: null,
    startsOn: ending.endedOn,
  };
}

/** A business of the person's own, from the day it started. */
export const businessOutcome = (idea: BusinessIdea & { businessStartedOn: string }): OutcomeEntry => ({
  networkId: idea.networkId,
  citizenId: idea.citizenId,
  businessIdeaId: idea.id,
  kind: 'BUSINESS_STARTED',
  companyId: null,
  employerName: null,
  contractType: null,
  durationMonths: null,
  startsOn: idea.businessStartedOn,
});
