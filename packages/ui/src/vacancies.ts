/** The badge colour of each `VacancyStatus`: waiting, done well, ended badly, or just ended. */
export const vacancyStatusClass = {
  DRAFT: 'sl-status--neutral',
  SUBMITTED: 'sl-status--pending',
  PUBLISHED: 'sl-status--verified',
  REJECTED: 'sl-status--rejected',
  CLOSED: 'sl-status--neutral',
  FILLED: 'sl-status--verified',
  EXPIRED: 'sl-status--neutral',
} as const;

/** The badge colour of each `ApplicationStatus`. */
export const applicationStatusClass = {
  PROPOSED: 'sl-status--pending',
  APPLIED: 'sl-status--info',
  SHORTLISTED: 'sl-status--info',
  INTERVIEW: 'sl-status--info',
  OFFER: 'sl-status--info',
  HIRED: 'sl-status--verified',
  REJECTED: 'sl-status--rejected',
  WITHDRAWN: 'sl-status--neutral',
  NO_ANSWER: 'sl-status--neutral',
} as const;
