/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcquiredSkillInput = {
  level: SkillLevel;
  skillUri: string | number;
};

export type ActorKind =
  | 'CITIZEN'
  | 'COMPANY_MEMBER'
  | 'NETWORK_ADMIN'
  | 'OPERATOR'
  | 'PLATFORM_ADMIN';

export type ApiScope =
  /** Webhooks: status changes of candidatures. */
  | 'APPLICATION_EVENTS'
  /** Webhooks: cases opened and closed. */
  | 'CASE_EVENTS'
  /** Read companies of the network. */
  | 'COMPANIES_READ'
  /** Read the network's public and operational data. */
  | 'NETWORK_READ'
  /** Webhooks: placements verified. */
  | 'PLACEMENT_EVENTS'
  /** Webhooks: vacancies published and closed. */
  | 'VACANCY_EVENTS';

export type ApplicationStatus =
  | 'APPLIED'
  | 'HIRED'
  | 'INTERVIEW'
  /** The company did not answer within twice the network's answer days: closed, the citizen told. */
  | 'NO_ANSWER'
  | 'OFFER'
  /** Proposed by an operator; the citizen has not accepted yet. */
  | 'PROPOSED'
  | 'REJECTED'
  | 'SHORTLISTED'
  | 'WITHDRAWN';

export type AppointmentKind =
  /** Consulenza (CV, lettera di presentazione, preparazione ai colloqui). */
  | 'COUNSELLING'
  /** Orientamento. */
  | 'ORIENTATION';

export type AppointmentMode =
  | 'IN_PERSON'
  /** On a video call, in a room of its own. */
  | 'ONLINE';

export type AttendanceInput = {
  enrolmentId: string | number;
  status: AttendanceStatus;
};

export type AttendanceStatus =
  | 'ABSENT'
  /** Absent with a reason the sportello accepted: not counted as a no-show. */
  | 'EXCUSED'
  | 'PRESENT';

export type AvailabilityInput = {
  drivingLicences: Array<DrivingLicence>;
  fullTime: boolean;
  hasOwnVehicle: boolean;
  mobilityRadiusKm: number;
  partTime: boolean;
  shifts: boolean;
};

export type BookingStatus =
  | 'ATTENDED'
  | 'BOOKED'
  | 'CANCELLED'
  | 'NO_SHOW';

export type BusinessIdeaInput = {
  /** An ATECO activity (see `atecoActivities`). */
  atecoCode: string | number;
  /** Operators: the citizen. Citizens leave it out. */
  citizenId?: string | number | null | undefined;
  /** The comune where the business would be, a member of the network. */
  comuneCode: string | number;
  /** From 10 to 5000 characters. */
  description: string;
  /** From 3 to 2000 characters. */
  needs: string;
  /** From 3 to 200 characters. */
  title: string;
};

/** The steps toward a business plan that the sportello goes through with the citizen. */
export type BusinessPlanStep =
  /** Costi di avvio e prezzi. */
  | 'COSTS_AND_PRICES'
  /** Piano finanziario (quanto serve e come si restituisce). */
  | 'FINANCIAL_PLAN'
  /** Forma giuridica (ditta individuale, società...). */
  | 'LEGAL_FORM'
  /** Analisi del mercato e della concorrenza. */
  | 'MARKET_ANALYSIS'
  /** Permessi, licenze e iscrizioni necessarie. */
  | 'PERMITS'
  /** Clienti a cui si rivolge l'attività. */
  | 'TARGET_CUSTOMERS';

export type CandidateMatchFilter = {
  /** 0-100. */
  minScore?: number | null | undefined;
  /** Only citizens within this distance of the workplace (remote vacancies: everyone). */
  radiusKm?: number | null | undefined;
  /** Operators and network admins only: citizens in at least one of these groups. */
  targetGroups?: Array<TargetGroup> | null | undefined;
};

export type CaseCloseReason =
  /** Found a job. */
  | 'HIRED'
  | 'MOVED_AWAY'
  /** No contact for months. */
  | 'NO_CONTACT'
  | 'NO_LONGER_INTERESTED'
  /** Explained in the note. */
  | 'OTHER';

export type CaseloadScope =
  /** The cases the caller took in charge ("I miei casi"). */
  | 'MINE'
  /** Every open case of the caller's sportello. */
  | 'SPORTELLO';

export type CefrLevel =
  | 'A1'
  | 'A2'
  | 'B1'
  | 'B2'
  | 'C1'
  | 'C2';

export type CheckOutcome =
  | 'FAIL'
  | 'PASS'
  /** Depends on what the applicant declares in the application. */
  | 'TO_DECLARE';

/** How the sportello met the company. */
export type CompanyContactChannel =
  /** Visita in azienda. */
  | 'COMPANY_VISIT'
  | 'EMAIL'
  /** An event: a job fair, a meeting of local businesses. */
  | 'EVENT'
  | 'PHONE';

/** The corrected values of a contact: all of them, also those that do not change. */
export type CompanyContactCorrectionInput = {
  channel: CompanyContactChannel;
  contactedOn: string;
  internalNotes?: string | null | undefined;
  outcome?: string | null | undefined;
  /** Why the contact is corrected; kept in its history. */
  reason?: string | null | undefined;
  sharedWithCompany: boolean;
  summary: string;
};

/** A field of a contact that a correction may change. */
export type CompanyContactField =
  | 'CHANNEL'
  | 'CONTACTED_ON'
  | 'INTERNAL_NOTES'
  | 'OUTCOME'
  | 'SHARED_WITH_COMPANY'
  | 'SUMMARY';

export type CompanyContactInput = {
  channel: CompanyContactChannel;
  companyId: string | number;
  contactedOn: string;
  internalNotes?: string | null | undefined;
  law68Quota?: number | null | undefined;
  law68Uncovered?: number | null | undefined;
  needs: Array<CompanyNeedInput>;
  outcome?: string | null | undefined;
  sharedWithCompany: boolean;
  summary: string;
};

export type CompanyFollowUpInput = {
  action: string;
  companyId: string | number;
  dueOn: string;
};

export type CompanyNeedInput = {
  headcount: number;
  neededBy: string;
  occupationUri: string | number;
  skillUris: Array<string | number>;
};

export type CompanyNeedStatus =
  /** The people were found. */
  | 'MET'
  | 'OPEN'
  /** The company no longer needs them. */
  | 'WITHDRAWN';

export type CompanyStatus =
  | 'PENDING'
  | 'REJECTED'
  | 'VERIFIED';

export type CompanyTutorInput = {
  email?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  role?: string | null | undefined;
};

export type CompleteInternshipInput = {
  /**
   * The ESCO skills the trainee acquired: they enter the trainee's CV as skills attested by the
   * tirocinio, replacing the same skills declared there.
   */
  acquiredSkills: Array<AcquiredSkillInput>;
  /** When the tirocinio ends in a hire by the host company: a placement is recorded. */
  hire?: InternshipHireInput | null | undefined;
  judgement: string;
  outcome: InternshipOutcome;
};

export type ConfirmEmploymentInput = {
  checkpointDays: number;
  outcomeId: string | number;
  stillEmployed: boolean;
};

export type ConsentPurpose =
  /** Sharing the CV with the companies of the network. */
  | 'CV_SHARING'
  /** News about events and opportunities; never required. */
  | 'MARKETING'
  /** The privacy notice (informativa), acknowledged at registration. */
  | 'PRIVACY_NOTICE';

export type ContactChannel =
  /** At the desk, in person. */
  | 'DESK'
  | 'EMAIL'
  | 'PHONE'
  | 'VIDEO';

export type ContactOutcome =
  | 'APPOINTMENT_BOOKED'
  | 'INFORMATION_GIVEN'
  /** The person registered on the platform. */
  | 'REGISTERED'
  /** The person was taken in charge by the sportello. */
  | 'TAKEN_IN_CHARGE';

export type ContactTopic =
  /** A company (or someone for one) asking about the services to companies. */
  | 'COMPANY'
  /** Help with the CV. */
  | 'CV_HELP'
  /** General information on the services. */
  | 'INFORMATION'
  | 'ORIENTATION'
  | 'OTHER';

export type ContractClass =
  /** A fixed term of 6 months or more. */
  | 'FIXED_TERM_LONG'
  /** A fixed term under 6 months, or of unknown length. */
  | 'FIXED_TERM_SHORT'
  /** Tempo indeterminato or apprendistato. */
  | 'PERMANENT';

export type ContractType =
  /** Somministrazione. */
  | 'AGENCY'
  /** Apprendistato. */
  | 'APPRENTICESHIP'
  /** Collaborazione coordinata e continuativa. */
  | 'COLLABORATION'
  /** Tempo determinato. */
  | 'FIXED_TERM'
  /** Tirocinio. */
  | 'INTERNSHIP'
  /** Tempo indeterminato. */
  | 'PERMANENT'
  /** Lavoro autonomo. */
  | 'SELF_EMPLOYMENT';

export type CoverLetterInput = {
  /** 50 to 5000 characters. */
  body: string;
  /** The revision the edit starts from. */
  revision: number;
  /** 1 to 120 characters. */
  title: string;
};

export type CreateApiClientInput = {
  name: string;
  scopes: Array<ApiScope>;
};

export type CreateWebhookSubscriptionInput = {
  /** The client the endpoint belongs to: required for network admins; an API client subscribes itself. */
  apiClientId?: string | number | null | undefined;
  events: Array<WebhookEventKind>;
  url: string;
};

export type CvCertificationInput = {
  expiresOn?: string | null | undefined;
  issuedOn?: string | null | undefined;
  issuer?: string | null | undefined;
  name: string;
};

export type CvEducationInput = {
  field?: string | null | undefined;
  institution?: string | null | undefined;
  titleCode: string | number;
  yearCompleted?: number | null | undefined;
};

export type CvExperienceInput = {
  comuneCode?: string | number | null | undefined;
  description?: string | null | undefined;
  employer: string;
  endsOn?: string | null | undefined;
  jobTitle: string;
  occupationUri?: string | number | null | undefined;
  startsOn: string;
};

/** The whole CV: saving replaces every section with what is sent. */
export type CvInput = {
  certifications: Array<CvCertificationInput>;
  education: Array<CvEducationInput>;
  experiences: Array<CvExperienceInput>;
  headline?: string | null | undefined;
  languages: Array<CvLanguageInput>;
  /** Declared skills (none when omitted). Skills attested by a tirocinio stay whatever is sent. */
  skills?: Array<CvSkillInput> | null | undefined;
  soughtOccupationUris: Array<string | number>;
  summary?: string | null | undefined;
};

export type CvLanguageInput = {
  languageCode: string;
  listening?: CefrLevel | null | undefined;
  motherTongue: boolean;
  reading?: CefrLevel | null | undefined;
  spokenInteraction?: CefrLevel | null | undefined;
  spokenProduction?: CefrLevel | null | undefined;
  writing?: CefrLevel | null | undefined;
};

export type CvSection =
  | 'EDUCATION'
  | 'EXPERIENCE'
  | 'HEADLINE'
  | 'LANGUAGES'
  | 'SOUGHT_OCCUPATIONS'
  | 'SUMMARY';

export type CvSkillInput = {
  level: SkillLevel;
  skillUri: string | number;
};

export type CvSkillSource =
  /** Declared by the citizen, or by an operator on their behalf. */
  | 'DECLARED'
  /** Attested by the final evaluation of a tirocinio. */
  | 'INTERNSHIP'
  /** Attested by the completion of a modulo formativo. */
  | 'TRAINING';

export type DiaryContactChannel =
  | 'EMAIL'
  | 'MEETING'
  | 'MESSAGE'
  | 'PHONE_CALL';

export type DiaryContactOutcome =
  | 'LEFT_MESSAGE'
  | 'NOT_REACHED'
  | 'NO_SHOW'
  | 'REACHED';

export type DiaryEntryInput = {
  body: string;
  /** For a contact: both the channel and the outcome. */
  contactChannel?: DiaryContactChannel | null | undefined;
  contactOutcome?: DiaryContactOutcome | null | undefined;
  /** Today or earlier (up to a year). */
  occurredOn: string;
  visibility: DiaryVisibility;
};

export type DiaryVisibility =
  /** Staff of the sportello in charge only. */
  | 'INTERNAL'
  /** Also the citizen, in "Il mio percorso". */
  | 'SHARED';

export type DraftCoverLetterInput = {
  /** Staff only: the citizen the letter is for. Citizens leave it out. */
  citizenId?: string | number | null | undefined;
  templateKey: string | number;
  /** A published vacancy of the network. */
  vacancyId?: string | number | null | undefined;
};

/** Italian driving licence categories. */
export type DrivingLicence =
  | 'A'
  | 'A1'
  | 'A2'
  | 'AM'
  | 'B'
  | 'B1'
  | 'BE'
  | 'C'
  | 'C1'
  | 'C1E'
  | 'CE'
  | 'D'
  | 'D1'
  | 'D1E'
  | 'DE';

export type EligibilityRule =
  | 'ACTIVE_PROGRAM'
  | 'AGE'
  | 'ISEE'
  | 'RESIDENCE'
  | 'TARGET_GROUP'
  | 'UNEMPLOYMENT';

export type EligibilityRulesInput = {
  /** In cents, more than 0. */
  iseeCeilingCents?: number | null | undefined;
  /** From 16 to 99, not below minAge. */
  maxAge?: number | null | undefined;
  /** From 16 to 99. */
  minAge?: number | null | undefined;
  /** From 1 to 240. */
  minMonthsUnemployed?: number | null | undefined;
  notInActiveProgram: boolean;
  /** Member comuni of the network (ISTAT codes), at most 200. */
  residenceComuneCodes?: Array<string | number> | null | undefined;
  targetGroups?: Array<ProgramTargetGroup> | null | undefined;
};

export type EmploymentStatus =
  /** Occupato in cerca di altra occupazione. */
  | 'EMPLOYED_SEEKING'
  /** Inoccupato: never had a job. */
  | 'NEVER_EMPLOYED'
  /** Disoccupato: lost a job and is looking for one. */
  | 'UNEMPLOYED';

export type ErasureOrigin =
  /** The citizen asked in the portal. */
  | 'CITIZEN'
  /** The person asked in person at the sportello, whose staff checked their identity. */
  | 'DESK'
  /** The account stayed inactive past the network's retention period, after a notice. */
  | 'RETENTION';

export type ErasureStatus =
  | 'COMPLETED'
  | 'PENDING';

export type FeeStatus =
  | 'DUE'
  | 'OVERDUE'
  | 'PAID'
  | 'WAIVED';

export type FollowUpSource =
  | 'CITIZEN'
  | 'COMPANY'
  | 'OPERATOR';

export type FrontDeskContactInput = {
  channel: ContactChannel;
  /** A registered citizen of the network; none for an anonymous contact. */
  citizenId?: string | number | null | undefined;
  /** A member comune of the network. */
  comuneCode: string | number;
  /** Today or up to 30 days back; today when omitted. */
  contactedOn?: string | null | undefined;
  /** At most 500 characters, only with a citizen: an anonymous contact holds no free text. */
  note?: string | null | undefined;
  outcome: ContactOutcome;
  topic: ContactTopic;
};

export type FundingContractInput = {
  capCents: number;
  comuneCode?: string | number | null | undefined;
  endsOn: string;
  minDurationMonths: number;
  name: string;
  retentionDays: number;
  sportelloId: string | number;
  startsOn: string;
  tariffs: Array<TariffInput>;
};

export type GroupActivityInput = {
  /** From 1 to 200, and never fewer than the places already taken. */
  capacity: number;
  description: string;
  /** The name of someone from outside who leads it, when no operator is named. */
  facilitatorName?: string | null | undefined;
  /** An operator of the network who leads it; otherwise facilitatorName. */
  facilitatorOperatorId?: string | number | null | undefined;
  kind: GroupActivityKind;
  /** A sportello of the network; defaults to the caller's. */
  sportelloId?: string | number | null | undefined;
  title: string;
};

export type GroupActivityKind =
  /** Laboratorio: writing one's CV. */
  | 'CV_WORKSHOP'
  /** Laboratorio: digital skills (email, online applications, SPID). */
  | 'DIGITAL_SKILLS'
  /** Orientation in a group. */
  | 'GROUP_ORIENTATION'
  /** Laboratorio: simulated job interviews. */
  | 'INTERVIEW_SIMULATION'
  /** A cycle of meetings where a group looks for work together, with a facilitator. */
  | 'JOB_CLUB';

/**
 * DRAFT -> PUBLISHED -> ENDED; a draft or a published activity may be cancelled. Citizens see published
 * and ended ones.
 */
export type GroupActivityStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'ENDED'
  | 'PUBLISHED';

/** ENROLLED -> WITHDRAWN, which frees the seat. */
export type GroupEnrolmentStatus =
  | 'ENROLLED'
  | 'WITHDRAWN';

export type GroupSessionInput = {
  address?: string | null | undefined;
  /** For IN_PERSON sessions: a member comune of the network and the address there. */
  comuneCode?: string | number | null | undefined;
  endsAt: string;
  mode: TrainingMode;
  /** In the future; the session lasts from 15 minutes to 8 hours. */
  startsAt: string;
  /** What the session is about. */
  topic: string;
};

export type InternshipHireInput = {
  contractType: ContractType;
  /** Null for open-ended contracts. */
  durationMonths?: number | null | undefined;
  startsOn: string;
};

export type InternshipOutcome =
  | 'OBJECTIVES_ACHIEVED'
  | 'OBJECTIVES_NOT_ACHIEVED'
  | 'OBJECTIVES_PARTIALLY_ACHIEVED';

/**
 * PROPOSED -> AGREEMENT_SIGNED -> ACTIVE; ACTIVE <-> SUSPENDED; ACTIVE or SUSPENDED -> INTERRUPTED;
 * ACTIVE -> COMPLETED with the final evaluation.
 */
export type InternshipStatus =
  | 'ACTIVE'
  /** The convenzione and the training project are signed. */
  | 'AGREEMENT_SIGNED'
  | 'COMPLETED'
  | 'INTERRUPTED'
  | 'PROPOSED'
  | 'SUSPENDED';

export type InternshipType =
  | 'EXTRACURRICULAR'
  /** Tirocinio di inclusione, for people on the law 68/1999 lists (collocamento mirato). */
  | 'INCLUSION';

export type InterviewStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'DECLINED'
  /** The candidate cannot come then and asked the company for another date. */
  | 'NEW_DATE_REQUESTED'
  | 'PROPOSED';

/**
 * What the operators' portal hears live (`liveEvents`). Integrators hear the kinds their scopes allow:
 * APPLICATION_RECEIVED with APPLICATION_EVENTS, the others with CASE_EVENTS.
 */
export type LiveEventKind =
  /** An action of a patto at the sportello went past its due date. */
  | 'ACTION_OVERDUE'
  /**
   * A candidature arrived for a vacancy the operator published, or from a person in charge at their
   * sportello.
   */
  | 'APPLICATION_RECEIVED'
  /** A colloquio at the sportello booked, moved or cancelled. */
  | 'BOOKING_CHANGED';

export type LoginInput = {
  /** The `deviceToken` a previous login of the same user returned in this browser. */
  deviceToken?: string | null | undefined;
  email: string;
  password: string;
};

/** The components of the matching score; their weights are documented with the score. */
export type MatchComponent =
  | 'AVAILABILITY'
  | 'DISTANCE'
  | 'DRIVING_LICENCES'
  | 'EDUCATION'
  | 'ESSENTIAL_SKILLS'
  | 'EXPERIENCE'
  | 'LANGUAGES'
  | 'OCCUPATION'
  | 'OPTIONAL_SKILLS';

export type MicrocreditPartnerInput = {
  contactEmail?: string | null | undefined;
  /** From 2 to 200 characters. */
  name: string;
};

export type MicrocreditReferralStatus =
  /** Finanziamento concesso (with the amount). */
  | 'GRANTED'
  /** In valutazione presso il partner. */
  | 'IN_ASSESSMENT'
  /** Non concesso. */
  | 'REFUSED'
  /** Inviata al partner. */
  | 'SENT';

export type MonitoringAuthorSide =
  /** The host company. */
  | 'COMPANY'
  /** The promoting tutor or another operator of the network. */
  | 'PROMOTING';

export type MonitoringEntryInput = {
  hoursAttended: number;
  note: string;
  periodEndsOn: string;
  periodStartsOn: string;
};

export type NetworkPrivacyInput = {
  dpoEmail: string;
  privacyController: string;
};

/**
 * What a notification is about. Each kind can be told by email too, unless the person turned it off;
 * some are service messages that cannot be turned off (`NotificationPreference.mandatoryReason`).
 */
export type NotificationKind =
  /**
   * To the members of a company: candidatures have waited for its answer longer than the network's
   * answer days.
   */
  | 'APPLICATION_AWAITING_ANSWER'
  /** To the members of a company: a candidature arrived for one of its vacancies. */
  | 'APPLICATION_RECEIVED'
  /** To the citizen: a company moved their candidature (e.g. preselection, not selected). */
  | 'APPLICATION_STATUS_CHANGED'
  /** To the citizen: the sportello proposes them for a vacancy. */
  | 'CANDIDATE_PROPOSED'
  /** A colloquio at the sportello booked, moved, cancelled, and its reminder the day before. */
  | 'COLLOQUIO'
  /** To the members of a company: the sportello verified or rejected it. */
  | 'COMPANY_REVIEWED'
  /** To the citizen, or a company's members: the staff downloaded a copy of their data (art. 15 GDPR). */
  | 'DATA_EXPORT'
  /**
   * To the citizen: a place in a group activity (Job Club, laboratorio), reminders before each session,
   * an activity or session cancelled or moved.
   */
  | 'GROUP_ACTIVITY'
  /** To the trainee and the members of the host company: a tirocinio proposed or moved. */
  | 'INTERNSHIP'
  | 'INTERVIEW_ANSWERED'
  | 'INTERVIEW_PROPOSED'
  /**
   * To the citizen: their business idea referred to a microcredit partner, the partner's answer, the
   * business started.
   */
  | 'MICROCREDIT'
  /** To the citizen: a version of their patto di servizio awaits their acceptance. */
  | 'PATTO'
  /** To the company and the operator who proposed: the citizen accepted or declined a proposal. */
  | 'PROPOSAL_ANSWERED'
  /**
   * To the staff of the sportello that last followed a person without an email: the account is about
   * to be anonymised for inactivity, and the person must be told another way.
   */
  | 'RETENTION_NOTICE'
  /** To the citizen: a place in a training module confirmed, or the module cancelled. */
  | 'TRAINING'
  /**
   * To the members of a company: the sportello prepared a vacancy draft from a need found at a
   * contact (createVacancyFromCompanyNeed), for the company to complete and send.
   */
  | 'VACANCY_DRAFT_PREPARED'
  /** To the members of a company: a vacancy published or rejected by the sportello. */
  | 'VACANCY_REVIEWED';

/** What an orientation colloquio is for. */
export type OrientationPurpose =
  /** Colloquio di orientamento. */
  | 'ORIENTATION_INTERVIEW'
  /** Bilancio di competenze. */
  | 'SKILLS_ASSESSMENT';

export type OrientationRecordInput = {
  /**
   * A live booking of the citizen at the operator's sportello booked for this purpose; at most one
   * record per booking.
   */
  bookingId?: string | number | null | undefined;
  careDuties: boolean;
  /** Only with care duties, at most 300 characters. */
  careDutiesNote?: string | null | undefined;
  citizenId: string | number;
  /** Today or earlier; today when omitted. */
  heldOn?: string | null | undefined;
  /** From 1 to 60. */
  hoursPerWeek?: number | null | undefined;
  /** 2 to 2000 characters. */
  interests: string;
  kind: OrientationPurpose;
  /** 2 to 2000 characters. */
  strengths: string;
  /** 10 to 5000 characters. */
  summary: string;
  /** ESCO occupation URIs, at most 5. */
  targetOccupationUris: Array<string | number>;
  transport: TransportMeans;
};

/** Why an outcome is not paid under a contract. */
export type OutcomeIneligibility =
  /** The follow-up the contract asks for has no answer yet. */
  | 'NOT_CONFIRMED'
  /** The person no longer worked there at the follow-up. */
  | 'NOT_RETAINED'
  /** The person lived in another comune than the one that commissions the contract. */
  | 'OTHER_COMUNE'
  /** Credited to another sportello than the contract's provider. */
  | 'OTHER_PROVIDER'
  /** Hired outside the contract's period. */
  | 'OUTSIDE_PERIOD'
  /** A fixed term shorter than the contract asks. */
  | 'TOO_SHORT';

export type OutcomeKind =
  /** A business of the person's own started, with its partita IVA. Followed up like a hire: is it still active? */
  | 'BUSINESS_STARTED'
  /** A hire from a candidature or found elsewhere. */
  | 'HIRE'
  /** A tirocinio completed without a hire. */
  | 'INTERNSHIP_COMPLETED'
  /** A tirocinio that ended in a hire by the host company. */
  | 'INTERNSHIP_HIRE'
  /** A program participation that ended with neither a hire nor training. */
  | 'PROGRAM_COMPLETED'
  /** A program participation (cantiere di lavoro, LPU…) that ended in a hire. */
  | 'PROGRAM_HIRE'
  /** A program participation that ended with the person starting a training course. */
  | 'PROGRAM_TRAINING';

/** The groups outcome-based funding pays more for, as they stood when the person was hired. */
export type OutcomeTargetGroup =
  /** In economic hardship. */
  | 'ECONOMIC_HARDSHIP'
  /** On the lists of collocamento mirato (law 68/1999). */
  | 'LAW_68_DISABILITY'
  /** 45 or older on the first day of work. */
  | 'OVER_45'
  /** 15 to 29 and not in employment before the hire. */
  | 'YOUNG_UNEMPLOYED';

export type OutplacementProjectInput = {
  /** A company of the network; when given, its name and partita IVA are used. */
  companyId?: string | number | null | undefined;
  /** Required without companyId. */
  companyName?: string | null | undefined;
  /** A member comune of the network: where the affected site is. */
  comuneCode: string | number;
  endsOn?: string | null | undefined;
  /** Required without companyId. */
  partitaIva?: string | null | undefined;
  reason: OutplacementReason;
  startsOn: string;
};

export type OutplacementReason =
  /** Licenziamento collettivo. */
  | 'COLLECTIVE_DISMISSAL'
  /** Crisi aziendale. */
  | 'COMPANY_CRISIS'
  /** Chiusura di una sede. */
  | 'SITE_CLOSURE';

/** Where a worker of an outplacement project stands: the latest status recorded. */
export type OutplacementWorkerStatus =
  /** In carico allo sportello. */
  | 'IN_CHARGE'
  /** In formazione. */
  | 'IN_TRAINING'
  /** Nessun esito. */
  | 'NO_OUTCOME'
  /** Ricollocato/a: back in work as an employee. */
  | 'RELOCATED'
  /** Autoimpiego: started their own business. */
  | 'SELF_EMPLOYED'
  /** Ritirato/a from the path. */
  | 'WITHDRAWN';

export type OutplacementWorkerStatusInput = {
  note?: string | null | undefined;
  /** Only with RELOCATED: a verified placement of the worker. */
  placementId?: string | number | null | undefined;
  status: OutplacementWorkerStatus;
  /** The day the status holds from: not in the future, not before the project starts. */
  statusOn: string;
};

export type PattoAcceptanceChannel =
  /** Signed at the desk, recorded by an operator. */
  | 'DESK'
  /** By the citizen in their portal. */
  | 'ONLINE';

export type PattoActionAssignee =
  | 'CITIZEN'
  | 'OPERATOR';

export type PattoActionInput = {
  assignee: PattoActionAssignee;
  description: string;
  /** May be in the past (up to a year), for what was agreed before it was recorded. */
  dueOn?: string | null | undefined;
  kind: PattoActionKind;
  /** TODO by default. */
  status?: PattoActionStatus | null | undefined;
};

export type PattoActionKind =
  /** Tirocinio. */
  | 'INTERNSHIP'
  | 'JOB_CLUB'
  | 'JOB_SEARCH'
  | 'ORIENTATION_INTERVIEW'
  | 'OTHER'
  | 'SELF_EMPLOYMENT'
  /** Bilancio di competenze. */
  | 'SKILLS_ASSESSMENT'
  | 'TRAINING_MODULE';

export type PattoActionStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'TODO';

export type PattoInput = {
  /** At most 30. */
  actions: Array<PattoActionInput>;
  objectives: string;
};

export type PlacementSource =
  /** A hire from an application on the platform. */
  | 'APPLICATION'
  /** A hire found elsewhere, recorded by an operator. */
  | 'EXTERNAL'
  /** A tirocinio that ended in a hire. */
  | 'INTERNSHIP';

export type ProgramAssignmentInput = {
  place: string;
  projectDescription: string;
  tutor: string;
  /** From 1 to 40. */
  weeklyHours: number;
};

export type ProgramCallInput = {
  /** On or after the opening. */
  closesOn: string;
  /** From 1 to 10,000 cents. */
  hourlyRateCents: number;
  opensOn: string;
  /** From 1 to 10,000. */
  places: number;
  rankingCriteria: RankingCriteriaInput;
  rules: EligibilityRulesInput;
  title: string;
};

/** What the applicant declares (autocertificazione). */
export type ProgramDeclarationInput = {
  /** ISEE in cents, 0 or more. */
  iseeCents?: number | null | undefined;
  /** The day since which the applicant has been without work; not in the future. */
  unemployedSince?: string | null | undefined;
};

/** The hire a participation ended in: it enters the outcome ledger as a hire after a program. */
export type ProgramHireInput = {
  contractType: ContractType;
  /** For a fixed term. */
  durationMonths?: number | null | undefined;
  employerName: string;
  /** The first day of work. */
  startsOn: string;
};

export type ProgramInput = {
  /** From 0 to 100,000,000,000 cents. */
  budgetCents: number;
  description: string;
  kind: string;
  /** A member comune of the network; none for a program of the network. */
  ownerComuneCode?: string | number | null | undefined;
  title: string;
};

export type ProgramOutcome =
  /** Assunto. */
  | 'HIRED'
  | 'NONE'
  /** Avviato a un percorso di formazione. */
  | 'TRAINING';

export type ProgramParticipationStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'INTERRUPTED';

export type ProgramTargetGroup =
  /** Economic hardship: a special category, its read is audited. */
  | 'ECONOMIC_HARDSHIP'
  /** On the lists of collocamento mirato (law 68/1999): a special category, its read is audited. */
  | 'LAW_68'
  | 'NEET'
  | 'OVER_45'
  | 'UNDER_30';

/**
 * Where an operator's proposal stands: waiting for the citizen, accepted (the company sees who they
 * are), or declined.
 */
export type ProposalStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

export type ProposeInternshipInput = {
  activities: string;
  companyId: string | number;
  /** One of the company's sites. */
  companySiteId?: string | number | null | undefined;
  companyTutor: CompanyTutorInput;
  /** After the start, at most 12 months later (24 for inclusion tirocini). */
  endsOn: string;
  /** From 1 to 40. */
  hoursPerWeek: number;
  /** Gross monthly indemnity in euro cents; 0 when none is paid. */
  monthlyIndemnityCents: number;
  objectives: string;
  /** An operator of the network; defaults to the caller. Their sportello is the promoting one. */
  promotingTutorId?: string | number | null | undefined;
  startsOn: string;
  /** URIs of ESCO skills the trainee is to acquire. */
  targetSkillUris: Array<string | number>;
  traineeId: string | number;
  type: InternshipType;
};

export type PublishSlotInput = {
  /** A slot on a Sunday or an Italian public holiday answers NON_WORKING_DAY unless this is true. */
  confirmNonWorkingDay?: boolean | null | undefined;
  /** From 15 to 240 minutes. */
  durationMinutes: number;
  kind: AppointmentKind;
  mode: AppointmentMode;
  startsAt: string;
};

export type RankingCriteriaInput = {
  /** From 0 to 10. */
  iseeWeight: number;
  /** From 0 to 10. */
  unemploymentWeight: number;
};

export type RecordPlacementInput = {
  citizenId: string | number;
  contractType: ContractType;
  durationMonths?: number | null | undefined;
  employerName: string;
  startsOn: string;
};

export type RegisterCitizenByOperatorInput = {
  codiceFiscale: string;
  /** Left out for a citizen who has no email; it can be added later with updateCitizenProfile. */
  email?: string | null | undefined;
  familyName: string;
  givenName: string;
  phone?: string | null | undefined;
  residenceComuneCode: string | number;
};

export type SecondFactorInput = {
  challengeToken: string;
  /** The 6-digit code the authenticator app shows now; each code is accepted once. */
  code?: string | null | undefined;
  /** As for `login`. */
  deviceToken?: string | null | undefined;
  /** Instead of `code`: one of the recovery codes, each usable once. */
  recoveryCode?: string | null | undefined;
};

/**
 * How a citizen's CV stands against one essential skill of an occupation, by the rule the matching
 * score uses.
 */
export type SkillGapStatus =
  /** Attested in the CV by the final evaluation of a tirocinio or the completion of a training module. */
  | 'ATTESTED'
  /** Declared in the CV by the citizen, or by an operator on their behalf. */
  | 'DECLARED'
  | 'MISSING'
  /**
   * Not in the CV, but related: a direct broader or narrower skill in the ESCO hierarchy is, or ESCO
   * lists the skill as essential for an occupation the citizen has worked in or seeks. Half credit,
   * as in matching.
   */
  | 'RELATED';

export type SkillLevel =
  | 'ADVANCED'
  | 'BASIC'
  | 'INTERMEDIATE';

/** Derived from the profile, never typed in. */
export type TargetGroup =
  /** 15 to 29 years old and not in employment. */
  | 'NEET'
  /** 45 years or older. */
  | 'OVER_45'
  /** Younger than 30. */
  | 'UNDER_30';

export type TariffInput = {
  amountCents: number;
  /** Required for the hires; left out for the other kinds. */
  contractClass?: ContractClass | null | undefined;
  outcomeKind: OutcomeKind;
  targetGroup?: OutcomeTargetGroup | null | undefined;
};

/**
 * ENROLLED -> COMPLETED, which attests the module's skills in the citizen's CV; ENROLLED -> WITHDRAWN,
 * which frees the seat.
 */
export type TrainingEnrolmentStatus =
  | 'COMPLETED'
  | 'ENROLLED'
  | 'WITHDRAWN';

export type TrainingMode =
  /** At a comune of the network. */
  | 'IN_PERSON'
  | 'ONLINE';

export type TrainingModuleInput = {
  /** For IN_PERSON modules: a member comune of the network; none for ONLINE ones. */
  comuneCode?: string | number | null | undefined;
  description: string;
  /** On or after the start. */
  endsOn: string;
  /** From 1 to 2000. */
  hours: number;
  mode: TrainingMode;
  provider: string;
  /** At least 1, and never fewer than the places already taken. */
  seats: number;
  /** The ESCO skills the module builds (at most 30), with the level its completion attests. */
  skills?: Array<TrainingSkillInput> | null | undefined;
  /** A sportello of the network; defaults to the caller's. */
  sportelloId?: string | number | null | undefined;
  startsOn: string;
  title: string;
};

/** DRAFT -> PUBLISHED -> CANCELLED; a draft may be cancelled too. Citizens see published modules only. */
export type TrainingModuleStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'PUBLISHED';

export type TrainingSkillInput = {
  level: SkillLevel;
  skillUri: string | number;
};

export type TransportMeans =
  | 'NONE'
  | 'OWN_CAR'
  | 'PUBLIC_TRANSPORT';

/** A current code of the authenticator app, or the password entered again. */
export type TwoFactorStepUpInput = {
  code?: string | null | undefined;
  password?: string | null | undefined;
};

export type UpdateCitizenProfileInput = {
  availability?: AvailabilityInput | null | undefined;
  domicileComuneCode?: string | number | null | undefined;
  /**
   * Staff only, for a citizen who has not activated the account yet: the invitation to set a password
   * goes to this address.
   */
  email?: string | null | undefined;
  employmentStatus?: EmploymentStatus | null | undefined;
  familyName?: string | null | undefined;
  givenName?: string | null | undefined;
  phone?: string | null | undefined;
};

export type VacancyStatus =
  | 'CLOSED'
  | 'DRAFT'
  /** Published, but past its expiry day. */
  | 'EXPIRED'
  | 'FILLED'
  | 'PUBLISHED'
  | 'REJECTED'
  | 'SUBMITTED';

export type WebhookDeliveryStatus =
  /** Set aside after the last attempt failed; a replay sends it again. */
  | 'DEAD'
  /** The receiver answered with a 2xx status. */
  | 'DELIVERED'
  /** Waiting for its first attempt or for a retry. */
  | 'PENDING';

/**
 * What a webhook subscription may receive. Each kind needs its API client scope: vacancies
 * `VACANCY_EVENTS`, candidatures `APPLICATION_EVENTS`, placements `PLACEMENT_EVENTS`, cases
 * `CASE_EVENTS`.
 */
export type WebhookEventKind =
  /** `application.status_changed`: a candidature moved in its pipeline. */
  | 'APPLICATION_STATUS_CHANGED'
  /** `case.closed`: a case was closed. */
  | 'CASE_CLOSED'
  /** `case.opened`: a citizen was taken in charge and their case opened. */
  | 'CASE_OPENED'
  /**
   * `outcome.eligible`: a follow-up made an outcome eligible for payment under a funding contract
   * (`outcomeId`, `contractId`, and the outcome's pseudonymous `reference`).
   */
  | 'OUTCOME_ELIGIBLE'
  /** `placement.verified`: an operator verified a placement. */
  | 'PLACEMENT_VERIFIED'
  /** `vacancy.closed`: a published vacancy was closed (filled or not). */
  | 'VACANCY_CLOSED'
  /** `vacancy.published`: a vacancy was published after moderation. */
  | 'VACANCY_PUBLISHED';

export type WorkingHours =
  | 'FULL_TIME'
  | 'PART_TIME';

export type AppLayout_MeQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type AppLayout_MeQueryQuery = { me: { id: string, kind: ActorKind, givenName: string, familyName: string, sportello: { id: string, name: string } | null, network: { name: string } | null } | null };

export type AppLayout_OverdueQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type AppLayout_OverdueQueryQuery = { caseworkToday: { overdueActionCount: number } };

export type AppLayout_LogoutMutationMutationVariables = Exact<{
  refreshToken: string;
}>;


export type AppLayout_LogoutMutationMutation = { logout: { ok: boolean } };

export type CitizenOptions_CitizensQueryQueryVariables = Exact<{
  first: number;
}>;


export type CitizenOptions_CitizensQueryQuery = { citizens: { totalCount: number, edges: Array<{ node: { id: string, givenName: string, familyName: string, codiceFiscale: string } }> } };

export type SessionFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, twoFactorEnrolmentRequired: boolean, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } };

export type Client_RefreshSessionMutationMutationVariables = Exact<{
  refreshToken: string;
}>;


export type Client_RefreshSessionMutationMutation = { refreshSession: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, twoFactorEnrolmentRequired: boolean, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } } | null } };

export type EscoSearch_OccupationsQueryQueryVariables = Exact<{
  search: string;
}>;


export type EscoSearch_OccupationsQueryQuery = { escoOccupations: Array<{ uri: string, label: string }> };

export type EscoSearch_SkillsQueryQueryVariables = Exact<{
  search: string;
}>;


export type EscoSearch_SkillsQueryQuery = { escoSkills: Array<{ uri: string, label: string }> };

export type EscoSearch_OccupationSkillsQueryQueryVariables = Exact<{
  uris: Array<string | number> | string | number;
}>;


export type EscoSearch_OccupationSkillsQueryQuery = { escoOccupationsByUri: Array<{ uri: string, essential: Array<{ uri: string, label: string }>, optional: Array<{ uri: string, label: string }> }> };

export type LiveUpdates_EventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveUpdates_EventsSubscription = { liveEvents: { id: string, kind: LiveEventKind, title: string, path: string } };

export type MemberComuni_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberComuni_QueryQuery = { me: { id: string, network: { memberComuni: Array<{ istatCode: string, name: string }> } | null } | null };

export type OpenDataLinks_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenDataLinks_QueryQuery = { me: { id: string, network: { id: string, slug: string } | null } | null };

export type AccountSecurity_StatusQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountSecurity_StatusQueryQuery = { me: { id: string, twoFactor: { enabled: boolean, enabledAt: string | null, recoveryCodesRemaining: number, requiredByNetwork: boolean } | null } | null };

export type AccountSecurity_StartMutationMutationVariables = Exact<{ [key: string]: never; }>;


export type AccountSecurity_StartMutationMutation = { startTotpEnrolment: { enrolment: { secret: string, otpauthUri: string, qrCode: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type AccountSecurity_ConfirmMutationMutationVariables = Exact<{
  code: string;
}>;


export type AccountSecurity_ConfirmMutationMutation = { confirmTotpEnrolment: { recoveryCodes: Array<string> | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type AccountSecurity_DisableMutationMutationVariables = Exact<{
  input: TwoFactorStepUpInput;
}>;


export type AccountSecurity_DisableMutationMutation = { disableTotp: { ok: boolean, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type AccountSecurity_RegenerateMutationMutationVariables = Exact<{
  input: TwoFactorStepUpInput;
}>;


export type AccountSecurity_RegenerateMutationMutation = { regenerateRecoveryCodes: { recoveryCodes: Array<string> | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ApplyOnBehalfForm_EligibilityQueryQueryVariables = Exact<{
  callId: string | number;
  citizenId: string | number;
}>;


export type ApplyOnBehalfForm_EligibilityQueryQuery = { programCall: { id: string, eligibilityFor: Array<{ rule: EligibilityRule, outcome: CheckOutcome, reason: string }> | null } | null };

export type ApplyOnBehalfForm_ApplyMutationMutationVariables = Exact<{
  callId: string | number;
  citizenId: string | number;
  declaration: ProgramDeclarationInput;
  idempotencyKey?: string | null | undefined;
}>;


export type ApplyOnBehalfForm_ApplyMutationMutation = { applyToProgramCall: { application: { id: string, checks: Array<{ rule: EligibilityRule, outcome: CheckOutcome, reason: string }> } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type BookForCitizenPage_BookMutationMutationVariables = Exact<{
  slotId: string | number;
  citizenId: string | number;
  purpose?: OrientationPurpose | null | undefined;
}>;


export type BookForCitizenPage_BookMutationMutation = { bookSlot: { booking: { id: string, startsAt: string, purpose: OrientationPurpose | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type BookingsPage_BookingsQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type BookingsPage_BookingsQueryQuery = { bookings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: BookingStatus, startsAt: string, endsAt: string, purpose: OrientationPurpose | null, slot: { id: string, kind: AppointmentKind, mode: AppointmentMode, sportello: { id: string, name: string } }, citizen: { id: string, givenName: string, familyName: string } | null, company: { id: string, legalName: string } | null } }> } };

export type BookingsPage_RescheduleMutationMutationVariables = Exact<{
  id: string | number;
  slotId: string | number;
}>;


export type BookingsPage_RescheduleMutationMutation = { rescheduleBooking: { booking: { id: string, startsAt: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type BookingsPage_CancelMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type BookingsPage_CancelMutationMutation = { cancelBooking: { booking: { id: string, status: BookingStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type BusinessIdeaPage_QueryQueryVariables = Exact<{
  id: string | number;
}>;


export type BusinessIdeaPage_QueryQuery = { businessIdea: { id: string, title: string, description: string, needs: string, submittedByCitizen: boolean, createdAt: string, businessStartedOn: string | null, partitaIva: string | null, citizen: { id: string, givenName: string, familyName: string }, atecoActivity: { code: string, title: string }, comune: { istatCode: string, name: string }, checklist: Array<{ step: BusinessPlanStep, label: string, done: boolean }>, referrals: Array<{ id: string, status: MicrocreditReferralStatus, grantedAmountCents: number | null, partner: { id: string, name: string }, history: Array<{ status: MicrocreditReferralStatus, grantedAmountCents: number | null, note: string | null, at: string }> }> } | null };

export type BusinessIdeaPage_StepMutationMutationVariables = Exact<{
  ideaId: string | number;
  step: BusinessPlanStep;
  done: boolean;
}>;


export type BusinessIdeaPage_StepMutationMutation = { setBusinessPlanStep: { businessIdea: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type BusinessIdeaPage_ReferMutationMutationVariables = Exact<{
  ideaId: string | number;
  partnerId: string | number;
  idempotencyKey?: string | null | undefined;
}>;


export type BusinessIdeaPage_ReferMutationMutation = { referBusinessIdea: { businessIdea: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type BusinessIdeaPage_UpdateReferralMutationMutationVariables = Exact<{
  referralId: string | number;
  status: MicrocreditReferralStatus;
  grantedAmountCents?: number | null | undefined;
  note?: string | null | undefined;
}>;


export type BusinessIdeaPage_UpdateReferralMutationMutation = { updateMicrocreditReferral: { businessIdea: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type BusinessIdeaPage_StartedMutationMutationVariables = Exact<{
  ideaId: string | number;
  partitaIva: string;
  startedOn: string;
}>;


export type BusinessIdeaPage_StartedMutationMutation = { recordBusinessStarted: { businessIdea: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type BusinessIdeasPage_IdeasQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type BusinessIdeasPage_IdeasQueryQuery = { businessIdeas: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, createdAt: string, businessStartedOn: string | null, citizen: { id: string, givenName: string, familyName: string }, atecoActivity: { code: string, title: string }, comune: { istatCode: string, name: string }, referrals: Array<{ id: string, status: MicrocreditReferralStatus, partner: { id: string, name: string } }> } }> } };

export type BusinessIdeasPage_PartnersQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type BusinessIdeasPage_PartnersQueryQuery = { microcreditPartners: Array<{ id: string, name: string, contactEmail: string | null }> };

export type BusinessIdeasPage_RegisterPartnerMutationMutationVariables = Exact<{
  input: MicrocreditPartnerInput;
  idempotencyKey?: string | null | undefined;
}>;


export type BusinessIdeasPage_RegisterPartnerMutationMutation = { registerMicrocreditPartner: { partner: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CandidateMatches_MatchesQueryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  filter?: CandidateMatchFilter | null | undefined;
}>;


export type CandidateMatches_MatchesQueryQuery = { vacancy: { id: string, matches: Array<{ score: number, components: Array<{ component: MatchComponent, points: number, maxPoints: number, reason: string }>, citizen: { id: string, givenName: string, familyName: string } | null, application: { id: string, status: ApplicationStatus } | null }> } | null };

export type CandidateMatches_ProposeMutationMutationVariables = Exact<{
  vacancyId: string | number;
  citizenId: string | number;
}>;


export type CandidateMatches_ProposeMutationMutation = { proposeCandidate: { application: { id: string, status: ApplicationStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CandidateStanding_StandingQueryQueryVariables = Exact<{
  vacancyId: string | number;
  citizenId: string | number;
}>;


export type CandidateStanding_StandingQueryQuery = { vacancy: { id: string, candidateStanding: { score: number | null, rank: number | null, cutoffScore: number | null, summary: string, components: Array<{ component: MatchComponent, points: number, maxPoints: number, reason: string }> } } | null };

export type CaseloadPage_CaseloadQueryQueryVariables = Exact<{
  scope?: CaseloadScope | null | undefined;
  targetGroup?: TargetGroup | null | undefined;
  noContactForDays?: number | null | undefined;
  overdueOnly?: boolean | null | undefined;
  pattoNotAccepted?: boolean | null | undefined;
}>;


export type CaseloadPage_CaseloadQueryQuery = { caseload: { totalCount: number, edges: Array<{ node: { id: string, inChargeSince: string, lastContactOn: string | null, overdueActionCount: number, citizen: { id: string, givenName: string, familyName: string, targetGroups: Array<TargetGroup> }, takenBy: { id: string, givenName: string, familyName: string }, patto: { id: string, version: number, acceptedAt: string | null } | null } }> } };

export type CitizenBusinessIdeas_QueryQueryVariables = Exact<{
  citizenId: string | number;
}>;


export type CitizenBusinessIdeas_QueryQuery = { businessIdeas: { edges: Array<{ node: { id: string, title: string, businessStartedOn: string | null, referrals: Array<{ id: string, status: MicrocreditReferralStatus }> } }> } };

export type CitizenBusinessIdeas_SubmitMutationMutationVariables = Exact<{
  input: BusinessIdeaInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CitizenBusinessIdeas_SubmitMutationMutation = { submitBusinessIdea: { businessIdea: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type BusinessIdeas_AtecoQueryQueryVariables = Exact<{
  search: string;
}>;


export type BusinessIdeas_AtecoQueryQuery = { atecoActivities: Array<{ code: string, title: string }> };

export type CitizenCase_CaseQueryQueryVariables = Exact<{
  citizenId: string | number;
}>;


export type CitizenCase_CaseQueryQuery = { citizenCase: { id: string, inChargeHere: boolean, inChargeSince: string, closedAt: string | null, closeReason: CaseCloseReason | null, closeNote: string | null, sportello: { id: string, name: string }, takenBy: { id: string, givenName: string, familyName: string }, patto: { id: string, version: number, objectives: string, current: boolean, createdAt: string, acceptedAt: string | null, acceptedOn: string | null, acceptanceChannel: PattoAcceptanceChannel | null, actions: Array<{ id: string, kind: PattoActionKind, description: string, dueOn: string | null, assignee: PattoActionAssignee, status: PattoActionStatus, overdue: boolean }> } | null, pattoVersions: Array<{ id: string, version: number, objectives: string, current: boolean, createdAt: string, acceptedAt: string | null, acceptedOn: string | null, acceptanceChannel: PattoAcceptanceChannel | null, actions: Array<{ id: string, kind: PattoActionKind, description: string, dueOn: string | null, assignee: PattoActionAssignee, status: PattoActionStatus, overdue: boolean }> }>, diary: Array<{ id: string, occurredOn: string, visibility: DiaryVisibility, body: string, contactChannel: DiaryContactChannel | null, contactOutcome: DiaryContactOutcome | null, createdAt: string, author: { id: string, givenName: string, familyName: string }, corrects: { id: string, occurredOn: string } | null, supersededBy: { id: string, occurredOn: string } | null }> } | null };

export type CitizenCase_PattoFragment = { id: string, version: number, objectives: string, current: boolean, createdAt: string, acceptedAt: string | null, acceptedOn: string | null, acceptanceChannel: PattoAcceptanceChannel | null, actions: Array<{ id: string, kind: PattoActionKind, description: string, dueOn: string | null, assignee: PattoActionAssignee, status: PattoActionStatus, overdue: boolean }> };

export type CitizenCase_SavePattoMutationMutationVariables = Exact<{
  caseId: string | number;
  input: PattoInput;
  baseVersion?: number | null | undefined;
  key?: string | null | undefined;
}>;


export type CitizenCase_SavePattoMutationMutation = { savePatto: { patto: { id: string, version: number } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CitizenCase_RecordAcceptanceMutationMutationVariables = Exact<{
  versionId: string | number;
  acceptedOn: string;
}>;


export type CitizenCase_RecordAcceptanceMutationMutation = { recordPattoAcceptance: { patto: { id: string, acceptedOn: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CitizenCase_ActionStatusMutationMutationVariables = Exact<{
  actionId: string | number;
  status: PattoActionStatus;
}>;


export type CitizenCase_ActionStatusMutationMutation = { setPattoActionStatus: { action: { id: string, status: PattoActionStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CitizenCase_AddEntryMutationMutationVariables = Exact<{
  caseId: string | number;
  input: DiaryEntryInput;
  key?: string | null | undefined;
}>;


export type CitizenCase_AddEntryMutationMutation = { addDiaryEntry: { entry: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CitizenCase_CorrectEntryMutationMutationVariables = Exact<{
  entryId: string | number;
  input: DiaryEntryInput;
  key?: string | null | undefined;
}>;


export type CitizenCase_CorrectEntryMutationMutation = { correctDiaryEntry: { entry: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CitizenCase_CloseCaseMutationMutationVariables = Exact<{
  caseId: string | number;
  reason: CaseCloseReason;
  note?: string | null | undefined;
}>;


export type CitizenCase_CloseCaseMutationMutation = { closeCase: { case: { id: string, closedAt: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CitizenCoverLetters_DraftOptionsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type CitizenCoverLetters_DraftOptionsQueryQuery = { coverLetterTemplates: Array<{ key: string, name: string, description: string, requiresVacancy: boolean }>, networkVacancies: { edges: Array<{ node: { id: string, title: string, companyName: string } }> } };

export type CitizenCoverLetters_DraftMutationMutationVariables = Exact<{
  input: DraftCoverLetterInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CitizenCoverLetters_DraftMutationMutation = { draftCoverLetter: { coverLetter: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CitizenCvPage_CvFieldsFragment = { headline: string | null, summary: string | null, soughtOccupations: Array<{ uri: string, label: string }>, experiences: Array<{ id: string, employer: string, jobTitle: string, startsOn: string, endsOn: string | null, description: string | null, occupation: { uri: string } | null, comune: { istatCode: string } | null }>, education: Array<{ id: string, field: string | null, institution: string | null, yearCompleted: number | null, title: { code: string } }>, languages: Array<{ languageCode: string, motherTongue: boolean, listening: CefrLevel | null, reading: CefrLevel | null, spokenInteraction: CefrLevel | null, spokenProduction: CefrLevel | null, writing: CefrLevel | null }>, certifications: Array<{ id: string, name: string, issuer: string | null, issuedOn: string | null, expiresOn: string | null }>, skills: Array<{ level: SkillLevel, source: CvSkillSource, skill: { uri: string, label: string } }>, completeness: { score: number, missing: Array<{ section: CvSection, message: string }> } };

export type CitizenCvPage_CitizenQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type CitizenCvPage_CitizenQueryQuery = { citizen: { id: string, givenName: string, familyName: string, phone: string | null, employmentStatus: EmploymentStatus | null, availability: { fullTime: boolean, partTime: boolean, shifts: boolean, mobilityRadiusKm: number, hasOwnVehicle: boolean, drivingLicences: Array<DrivingLicence> }, cv: { headline: string | null, summary: string | null, soughtOccupations: Array<{ uri: string, label: string }>, experiences: Array<{ id: string, employer: string, jobTitle: string, startsOn: string, endsOn: string | null, description: string | null, occupation: { uri: string } | null, comune: { istatCode: string } | null }>, education: Array<{ id: string, field: string | null, institution: string | null, yearCompleted: number | null, title: { code: string } }>, languages: Array<{ languageCode: string, motherTongue: boolean, listening: CefrLevel | null, reading: CefrLevel | null, spokenInteraction: CefrLevel | null, spokenProduction: CefrLevel | null, writing: CefrLevel | null }>, certifications: Array<{ id: string, name: string, issuer: string | null, issuedOn: string | null, expiresOn: string | null }>, skills: Array<{ level: SkillLevel, source: CvSkillSource, skill: { uri: string, label: string } }>, completeness: { score: number, missing: Array<{ section: CvSection, message: string }> } } | null } | null, educationTitles: Array<{ code: string, label: string, eqfLevel: number | null }> };

export type CitizenCvPage_SaveCvMutationMutationVariables = Exact<{
  citizenId: string | number;
  input: CvInput;
}>;


export type CitizenCvPage_SaveCvMutationMutation = { saveCv: { cv: { headline: string | null, summary: string | null, soughtOccupations: Array<{ uri: string, label: string }>, experiences: Array<{ id: string, employer: string, jobTitle: string, startsOn: string, endsOn: string | null, description: string | null, occupation: { uri: string } | null, comune: { istatCode: string } | null }>, education: Array<{ id: string, field: string | null, institution: string | null, yearCompleted: number | null, title: { code: string } }>, languages: Array<{ languageCode: string, motherTongue: boolean, listening: CefrLevel | null, reading: CefrLevel | null, spokenInteraction: CefrLevel | null, spokenProduction: CefrLevel | null, writing: CefrLevel | null }>, certifications: Array<{ id: string, name: string, issuer: string | null, issuedOn: string | null, expiresOn: string | null }>, skills: Array<{ level: SkillLevel, source: CvSkillSource, skill: { uri: string, label: string } }>, completeness: { score: number, missing: Array<{ section: CvSection, message: string }> } } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CitizenCvPage_UpdateProfileMutationMutationVariables = Exact<{
  citizenId: string | number;
  input: UpdateCitizenProfileInput;
}>;


export type CitizenCvPage_UpdateProfileMutationMutation = { updateCitizenProfile: { citizen: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CitizenErasureAtDesk_RequestMutationMutationVariables = Exact<{
  citizenId: string | number;
  identityConfirmed: boolean;
}>;


export type CitizenErasureAtDesk_RequestMutationMutation = { requestErasureAtDesk: { request: { id: string, requestedAt: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CitizenOrientation_BookingsQueryQueryVariables = Exact<{
  citizenId: string | number;
}>;


export type CitizenOrientation_BookingsQueryQuery = { bookings: { edges: Array<{ node: { id: string, status: BookingStatus, startsAt: string, purpose: OrientationPurpose | null, slot: { id: string, sportello: { id: string } } } }> } };

export type CitizenPage_CitizenQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type CitizenPage_CitizenQueryQuery = { citizen: { id: string, givenName: string, familyName: string, codiceFiscale: string, birthDate: string, age: number, email: string | null, emailVerified: boolean, accountActivated: boolean, phone: string | null, createdAt: string, employmentStatus: EmploymentStatus | null, targetGroups: Array<TargetGroup>, residenceComune: { name: string, provinceCode: string }, domicileComune: { name: string, provinceCode: string } | null, inChargeAt: { id: string, name: string } | null, availability: { fullTime: boolean, partTime: boolean, shifts: boolean, mobilityRadiusKm: number, hasOwnVehicle: boolean, drivingLicences: Array<DrivingLicence> }, consents: Array<{ id: string, purpose: ConsentPurpose, textVersion: string, grantedAt: string, withdrawnAt: string | null }>, coverLetters: Array<{ id: string, title: string, updatedAt: string, vacancy: { id: string, title: string, companyName: string } | null, lastEditedBy: { name: string, onBehalf: boolean } }>, cv: { headline: string | null, summary: string | null, updatedAt: string, soughtOccupations: Array<{ uri: string, label: string }>, experiences: Array<{ id: string, employer: string, jobTitle: string, startsOn: string, endsOn: string | null }>, education: Array<{ id: string, field: string | null, yearCompleted: number | null, title: { label: string, eqfLevel: number | null } }>, languages: Array<{ languageCode: string, languageName: string, motherTongue: boolean, listening: CefrLevel | null, reading: CefrLevel | null, spokenInteraction: CefrLevel | null, spokenProduction: CefrLevel | null, writing: CefrLevel | null }>, certifications: Array<{ id: string, name: string }>, skills: Array<{ level: SkillLevel, source: CvSkillSource, skill: { uri: string, label: string }, trainingModule: { id: string, title: string } | null }>, completeness: { score: number, missing: Array<{ section: CvSection, message: string }> } } | null } | null };

export type CitizenPage_TakeInChargeMutationMutationVariables = Exact<{
  citizenId: string | number;
  reason: string;
}>;


export type CitizenPage_TakeInChargeMutationMutation = { takeCitizenInCharge: { caseAssignment: { id: string, startedAt: string, sportello: { id: string, name: string } } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CitizenPortalAccess_InviteMutationMutationVariables = Exact<{
  citizenId: string | number;
  input: UpdateCitizenProfileInput;
}>;


export type CitizenPortalAccess_InviteMutationMutation = { updateCitizenProfile: { citizen: { id: string, email: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CitizenSkillsGap_SkillsGapQueryQueryVariables = Exact<{
  citizenId: string | number;
  occupationUri: string | number;
  first?: number | null | undefined;
}>;


export type CitizenSkillsGap_SkillsGapQueryQuery = { skillsGap: { notice: string | null, occupation: { uri: string, label: string }, coverage: { essential: number, percent: number, summary: string }, essentialSkills: Array<{ status: SkillGapStatus, reason: string | null, openInternships: number, openTrainingModules: number, skill: { uri: string, label: string } }>, trainingModules: Array<{ trainingModule: { id: string, title: string, provider: string, startsOn: string, seatsLeft: number }, skills: Array<{ uri: string, label: string }> }>, internshipHosts: Array<{ companyName: string, openInternships: number, skills: Array<{ uri: string, label: string }> }>, vacancies: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { essentialCount: number, vacancy: { id: string, title: string, companyName: string }, skills: Array<{ uri: string, label: string }> } }> } } };

export type CitizensPage_CitizensQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CitizensPage_CitizensQueryQuery = { citizens: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, givenName: string, familyName: string, codiceFiscale: string, age: number, emailVerified: boolean, targetGroups: Array<TargetGroup>, residenceComune: { name: string, provinceCode: string }, inChargeAt: { id: string, name: string } | null } }> } };

export type CompaniesPage_CompaniesQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type CompaniesPage_CompaniesQueryQuery = { companies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, legalName: string, partitaIva: string, email: string, status: CompanyStatus, createdAt: string, comune: { name: string, provinceCode: string }, answerTimes: { averageDays: number | null, answered: number, awaiting: number, closedWithoutAnswer: number } | null } }> } };

export type CompanyServiceFilePage_QueryQueryVariables = Exact<{
  companyId: string | number;
}>;


export type CompanyServiceFilePage_QueryQuery = { companyServiceFile: { company: { id: string, legalName: string }, contacts: Array<{ id: string, contactedOn: string, channel: CompanyContactChannel, summary: string, sharedWithCompany: boolean, outcome: string | null, internalNotes: string | null, law68Quota: number | null, law68Uncovered: number | null, recordedByName: string, corrections: Array<{ id: string, correctedAt: string, correctedByName: string, reason: string | null, changes: Array<{ field: CompanyContactField, previousValue: string | null }> }> }>, needs: Array<{ id: string, status: CompanyNeedStatus, recordedOn: string, headcount: number, neededBy: string, occupation: { uri: string, label: string }, skills: Array<{ uri: string, label: string }>, vacancies: Array<{ id: string, title: string }>, draftedVacancy: { id: string, title: string, status: VacancyStatus } | null, internships: Array<{ id: string, startsOn: string, trainee: { givenName: string, familyName: string } }> }>, followUps: Array<{ id: string, dueOn: string, action: string, done: boolean, overdue: boolean }>, linkableVacancies: Array<{ id: string, title: string }>, linkableInternships: Array<{ id: string, startsOn: string, trainee: { givenName: string, familyName: string } }> } | null };

export type CompanyServiceFilePage_RecordContactMutationMutationVariables = Exact<{
  input: CompanyContactInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CompanyServiceFilePage_RecordContactMutationMutation = { recordCompanyContact: { contact: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CompanyServiceFilePage_ScheduleFollowUpMutationMutationVariables = Exact<{
  input: CompanyFollowUpInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CompanyServiceFilePage_ScheduleFollowUpMutationMutation = { scheduleCompanyFollowUp: { followUp: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CompanyServiceFilePage_FollowUpDoneMutationMutationVariables = Exact<{
  id: string | number;
  done: boolean;
}>;


export type CompanyServiceFilePage_FollowUpDoneMutationMutation = { setCompanyFollowUpDone: { followUp: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CompanyServiceFilePage_NeedStatusMutationMutationVariables = Exact<{
  id: string | number;
  status: CompanyNeedStatus;
}>;


export type CompanyServiceFilePage_NeedStatusMutationMutation = { setCompanyNeedStatus: { need: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CompanyServiceFilePage_LinkVacancyMutationMutationVariables = Exact<{
  needId: string | number;
  vacancyId: string | number;
}>;


export type CompanyServiceFilePage_LinkVacancyMutationMutation = { linkVacancyToCompanyNeed: { need: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CompanyServiceFilePage_LinkInternshipMutationMutationVariables = Exact<{
  needId: string | number;
  internshipId: string | number;
}>;


export type CompanyServiceFilePage_LinkInternshipMutationMutation = { linkInternshipToCompanyNeed: { need: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CompanyServiceFilePage_CreateVacancyFromNeedMutationMutationVariables = Exact<{
  needId: string | number;
  idempotencyKey?: string | null | undefined;
}>;


export type CompanyServiceFilePage_CreateVacancyFromNeedMutationMutation = { createVacancyFromCompanyNeed: { vacancy: { id: string, title: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CompanyServiceFilePage_CorrectContactMutationMutationVariables = Exact<{
  id: string | number;
  input: CompanyContactCorrectionInput;
}>;


export type CompanyServiceFilePage_CorrectContactMutationMutation = { correctCompanyContact: { contact: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CompanyServicesPage_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyServicesPage_QueryQuery = { companyServices: Array<{ lastContactOn: string | null, openNeeds: number, followUpsDue: number, followUpsOverdue: number, company: { id: string, legalName: string } }> };

export type ContractForm_CreateContractMutationMutationVariables = Exact<{
  input: FundingContractInput;
}>;


export type ContractForm_CreateContractMutationMutation = { createFundingContract: { contract: { id: string, name: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CoverLetterPage_LetterQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type CoverLetterPage_LetterQueryQuery = { coverLetter: { id: string, title: string, body: string, revision: number, updatedAt: string, template: { name: string } | null, vacancy: { id: string, title: string, companyName: string } | null, lastEditedBy: { name: string, onBehalf: boolean } } | null };

export type CoverLetterPage_UpdateMutationMutationVariables = Exact<{
  id: string | number;
  input: CoverLetterInput;
}>;


export type CoverLetterPage_UpdateMutationMutation = { updateCoverLetter: { coverLetter: { id: string, revision: number } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CoverLetterPage_DeleteMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type CoverLetterPage_DeleteMutationMutation = { deleteCoverLetter: { deletedId: string | null, userErrors: Array<{ message: string }> } };

export type ErasureRequestsPage_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ErasureRequestsPage_QueryQuery = { erasureRequests: Array<{ id: string, citizenName: string, origin: ErasureOrigin, status: ErasureStatus, requestedAt: string, completedAt: string | null }> };

export type ErasureRequestsPage_ExecuteMutationMutationVariables = Exact<{
  id: string | number;
  identityConfirmed: boolean;
}>;


export type ErasureRequestsPage_ExecuteMutationMutation = { executeErasure: { request: { id: string, status: ErasureStatus, citizenName: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ForgotPasswordPage_RequestPasswordResetMutationMutationVariables = Exact<{
  email: string;
}>;


export type ForgotPasswordPage_RequestPasswordResetMutationMutation = { requestPasswordReset: { ok: boolean, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type FrontDeskCountsPage_CountsQueryQueryVariables = Exact<{
  from: string;
  to: string;
  sportelloId?: string | number | null | undefined;
}>;


export type FrontDeskCountsPage_CountsQueryQuery = { frontDeskCounts: { from: string, to: string, total: number, anonymous: number, byChannel: Array<{ channel: ContactChannel, count: number }>, byTopic: Array<{ topic: ContactTopic, count: number }>, byOutcome: Array<{ outcome: ContactOutcome, count: number }>, byComune: Array<{ count: number, comune: { istatCode: string, name: string } }>, bySportello: Array<{ count: number, sportello: { id: string, name: string } }> } };

export type FrontDeskPage_DeskQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type FrontDeskPage_DeskQueryQuery = { me: { id: string, sportello: { id: string, name: string, comune: { istatCode: string } } | null, network: { memberComuni: Array<{ istatCode: string, name: string }> } | null } | null };

export type FrontDeskPage_ContactsQueryQueryVariables = Exact<{
  on?: string | null | undefined;
}>;


export type FrontDeskPage_ContactsQueryQuery = { frontDeskContacts: { totalCount: number, edges: Array<{ node: { id: string, createdAt: string, channel: ContactChannel, topic: ContactTopic, outcome: ContactOutcome, note: string | null, enteredInError: boolean, recordedByName: string, comune: { istatCode: string, name: string }, citizen: { id: string, givenName: string, familyName: string } | null } }> } };

export type FrontDeskPage_RecordMutationMutationVariables = Exact<{
  input: FrontDeskContactInput;
  idempotencyKey?: string | null | undefined;
}>;


export type FrontDeskPage_RecordMutationMutation = { recordFrontDeskContact: { contact: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type FrontDeskPage_MarkInErrorMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type FrontDeskPage_MarkInErrorMutationMutation = { markFrontDeskContactInError: { contact: { id: string, enteredInError: boolean } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type FundingPage_ContractsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type FundingPage_ContractsQueryQuery = { fundingContracts: Array<{ id: string, name: string, startsOn: string, endsOn: string, capCents: number, minDurationMonths: number, retentionDays: number, sportello: { id: string, name: string }, comune: { istatCode: string, name: string } | null, tariffs: Array<{ id: string, outcomeKind: OutcomeKind, contractClass: ContractClass | null, targetGroup: OutcomeTargetGroup | null, amountCents: number }>, statements: Array<{ id: string, number: number, periodStartsOn: string, periodEndsOn: string, chargedCents: number, creditedCents: number, totalCents: number, issuedAt: string, pdfUrl: string, csvUrl: string }> }> };

export type FundingPage_IssueStatementMutationMutationVariables = Exact<{
  contractId: string | number;
  periodEndsOn: string;
}>;


export type FundingPage_IssueStatementMutationMutation = { issueStatement: { statement: { id: string, number: number, totalCents: number } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type GroupActivitiesPage_GroupActivitiesQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type GroupActivitiesPage_GroupActivitiesQueryQuery = { groupActivities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: GroupActivityKind, title: string, status: GroupActivityStatus, capacity: number, enrolledCount: number, sportello: { id: string, name: string }, sessions: Array<{ id: string, startsAt: string, endsAt: string }>, attendanceFigures: { recorded: number, noShowRate: number | null } | null } }> } };

export type GroupActivitiesPage_CreateMutationMutationVariables = Exact<{
  input: GroupActivityInput;
  sessions?: Array<GroupSessionInput> | GroupSessionInput | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type GroupActivitiesPage_CreateMutationMutation = { createGroupActivity: { groupActivity: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type GroupActivityPage_GroupActivityQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type GroupActivityPage_GroupActivityQueryQuery = { groupActivity: { id: string, kind: GroupActivityKind, title: string, description: string, facilitator: string, facilitatorOperatorId: string | null, capacity: number, enrolledCount: number, seatsLeft: number, status: GroupActivityStatus, sportello: { id: string, name: string }, attendanceFigures: { recorded: number, present: number, absent: number, excused: number, noShowRate: number | null } | null, sessions: Array<{ id: string, startsAt: string, endsAt: string, mode: TrainingMode, address: string | null, videoUrl: string | null, topic: string, comune: { istatCode: string, name: string } | null, attendance: Array<{ enrolmentId: string, status: AttendanceStatus, corrected: boolean }> }>, enrolments: Array<{ id: string, status: GroupEnrolmentStatus, requestedByCitizen: boolean, enrolledAt: string, certificateUrl: string | null, citizen: { id: string, givenName: string, familyName: string, groupAttendance: { recorded: number, noShowRate: number | null } | null } }> } | null };

export type GroupActivityPage_UpdateMutationMutationVariables = Exact<{
  id: string | number;
  input: GroupActivityInput;
}>;


export type GroupActivityPage_UpdateMutationMutation = { updateGroupActivity: { groupActivity: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type GroupActivityPage_PublishMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type GroupActivityPage_PublishMutationMutation = { publishGroupActivity: { groupActivity: { id: string, status: GroupActivityStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type GroupActivityPage_CancelMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type GroupActivityPage_CancelMutationMutation = { cancelGroupActivity: { groupActivity: { id: string, status: GroupActivityStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type GroupActivityPage_EndMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type GroupActivityPage_EndMutationMutation = { endGroupActivity: { groupActivity: { id: string, status: GroupActivityStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type GroupActivityPage_AddSessionMutationMutationVariables = Exact<{
  id: string | number;
  input: GroupSessionInput;
}>;


export type GroupActivityPage_AddSessionMutationMutation = { addGroupSession: { session: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type GroupActivityPage_MoveSessionMutationMutationVariables = Exact<{
  id: string | number;
  input: GroupSessionInput;
}>;


export type GroupActivityPage_MoveSessionMutationMutation = { moveGroupSession: { session: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type GroupActivityPage_EnrolMutationMutationVariables = Exact<{
  activityId: string | number;
  citizenId?: string | number | null | undefined;
}>;


export type GroupActivityPage_EnrolMutationMutation = { enrolInGroupActivity: { enrolment: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type GroupActivityPage_WithdrawMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type GroupActivityPage_WithdrawMutationMutation = { withdrawGroupEnrolment: { enrolment: { id: string, status: GroupEnrolmentStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type GroupActivityPage_AttendanceMutationMutationVariables = Exact<{
  sessionId: string | number;
  entries: Array<AttendanceInput> | AttendanceInput;
}>;


export type GroupActivityPage_AttendanceMutationMutation = { recordGroupAttendance: { session: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type IntegrationsPage_ApiClientsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type IntegrationsPage_ApiClientsQueryQuery = { apiClients: Array<{ id: string, name: string, clientId: string, scopes: Array<ApiScope>, createdAt: string, revokedAt: string | null, persistedOnly: boolean, operations: Array<{ hash: string, operationName: string | null }> }> };

export type IntegrationsPage_CreateApiClientMutationMutationVariables = Exact<{
  input: CreateApiClientInput;
}>;


export type IntegrationsPage_CreateApiClientMutationMutation = { createApiClient: { clientSecret: string | null, apiClient: { id: string, clientId: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type InternshipActions_SignMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type InternshipActions_SignMutationMutation = { signInternshipAgreement: { internship: { id: string, status: InternshipStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type InternshipActions_StartMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type InternshipActions_StartMutationMutation = { startInternship: { internship: { id: string, status: InternshipStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type InternshipActions_ResumeMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type InternshipActions_ResumeMutationMutation = { resumeInternship: { internship: { id: string, status: InternshipStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type InternshipActions_SuspendMutationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type InternshipActions_SuspendMutationMutation = { suspendInternship: { internship: { id: string, status: InternshipStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type InternshipActions_InterruptMutationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type InternshipActions_InterruptMutationMutation = { interruptInternship: { internship: { id: string, status: InternshipStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type InternshipEvaluation_CompleteMutationMutationVariables = Exact<{
  id: string | number;
  input: CompleteInternshipInput;
}>;


export type InternshipEvaluation_CompleteMutationMutation = { completeInternship: { internship: { id: string, status: InternshipStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type InternshipPage_InternshipQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type InternshipPage_InternshipQueryQuery = { internship: { id: string, status: InternshipStatus, type: InternshipType, objectives: string, activities: string, startsOn: string, endsOn: string, hoursPerWeek: number, monthlyIndemnityCents: number, agreementSignedAt: string | null, statusReason: string | null, targetSkills: Array<{ uri: string, label: string }>, acquiredSkills: Array<{ level: SkillLevel, skill: { uri: string, label: string } }>, company: { id: string, legalName: string }, companySite: { id: string, address: string, comune: { name: string } } | null, trainee: { id: string, givenName: string, familyName: string }, sportello: { id: string, name: string }, promotingTutor: { id: string, givenName: string, familyName: string }, companyTutor: { name: string, role: string | null, email: string | null, phone: string | null }, history: Array<{ toStatus: InternshipStatus, actorRole: string, reason: string | null, at: string }>, monitoringEntries: Array<{ id: string, periodStartsOn: string, periodEndsOn: string, hoursAttended: number, note: string, authorSide: MonitoringAuthorSide, authorName: string }>, evaluation: { outcome: InternshipOutcome, judgement: string, evaluatedAt: string } | null, placement: { id: string, contractType: ContractType, startsOn: string, durationMonths: number | null } | null } | null };

export type InternshipPage_MonitoringMutationMutationVariables = Exact<{
  id: string | number;
  input: MonitoringEntryInput;
}>;


export type InternshipPage_MonitoringMutationMutation = { addInternshipMonitoringEntry: { internship: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type InternshipsPage_InternshipsQueryQueryVariables = Exact<{
  status?: InternshipStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type InternshipsPage_InternshipsQueryQuery = { internships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: InternshipStatus, type: InternshipType, startsOn: string, endsOn: string, hoursPerWeek: number, company: { id: string, legalName: string }, trainee: { id: string, givenName: string, familyName: string }, sportello: { id: string, name: string } } }> } };

export type InvitationPage_AcceptInvitationMutationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type InvitationPage_AcceptInvitationMutationMutation = { acceptInvitation: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, twoFactorEnrolmentRequired: boolean, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type JobInterviewsPage_InterviewsQueryQueryVariables = Exact<{
  status?: InterviewStatus | null | undefined;
  upcoming?: boolean | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type JobInterviewsPage_InterviewsQueryQuery = { networkInterviews: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: InterviewStatus, startsAt: string, endsAt: string, mode: AppointmentMode, location: string | null, application: { id: string, vacancy: { id: string, title: string, companyName: string }, citizen: { id: string, givenName: string, familyName: string } | null } } }> } };

export type LabourReportPage_QueryQueryVariables = Exact<{
  semester: string;
  comuneCode?: string | null | undefined;
}>;


export type LabourReportPage_QueryQuery = { labourMarketReport: { semester: string, startsOn: string, endsOn: string, minCount: number, vacancies: number, pdfUrl: string, comune: { istatCode: string, name: string } | null, registrations: { rowKeys: Array<string>, rowLabels: Array<string>, columnKeys: Array<string>, columnLabels: Array<string>, cells: Array<Array<number | null>>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, grandTotal: number | null }, peopleInCharge: { rowKeys: Array<string>, rowLabels: Array<string>, columnKeys: Array<string>, columnLabels: Array<string>, cells: Array<Array<number | null>>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, grandTotal: number | null }, outcomes: { rowKeys: Array<string>, rowLabels: Array<string>, columnKeys: Array<string>, columnLabels: Array<string>, cells: Array<Array<number | null>>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, grandTotal: number | null }, funnel: Array<{ key: string, label: string, count: number | null }>, internships: Array<{ key: string, label: string, count: number | null }>, training: Array<{ key: string, label: string, count: number | null }>, timeToPlacement: Array<{ group: string, label: string, placements: number | null, medianDays: number | null }>, largestSkillGaps: Array<{ skill: string, label: string, demanded: number, offered: number | null, demandShare: number, supplyShare: number | null, gapPoints: number | null }>, stillEmployedAt90Days: Array<{ key: string, label: string, count: number | null }>, charts: Array<{ id: string, title: string, suppressed: number, spec: string }> } };

export type LabourReportPage_TableFragment = { rowKeys: Array<string>, rowLabels: Array<string>, columnKeys: Array<string>, columnLabels: Array<string>, cells: Array<Array<number | null>>, rowTotals: Array<number | null>, columnTotals: Array<number | null>, grandTotal: number | null };

export type LoginPage_LoginMutationMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginPage_LoginMutationMutation = { login: { session: { deviceToken: string | null, accessToken: string, accessTokenExpiresAt: string, refreshToken: string, twoFactorEnrolmentRequired: boolean, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } } | null, secondFactor: { challengeToken: string, expiresAt: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type LoginPage_CompleteSecondFactorMutationMutationVariables = Exact<{
  input: SecondFactorInput;
}>;


export type LoginPage_CompleteSecondFactorMutationMutation = { completeSecondFactor: { session: { deviceToken: string | null, accessToken: string, accessTokenExpiresAt: string, refreshToken: string, twoFactorEnrolmentRequired: boolean, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type LoginPage_LogoutMutationMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LoginPage_LogoutMutationMutation = { logout: { ok: boolean } };

export type NetworkCompanyAnswers_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkCompanyAnswers_QueryQuery = { me: { id: string, network: { id: string, companyResponseDays: number } | null } | null };

export type NetworkCompanyAnswers_SetMutationMutationVariables = Exact<{
  days: number;
}>;


export type NetworkCompanyAnswers_SetMutationMutation = { setCompanyResponseDays: { companyResponseDays: number | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type NetworkPage_SportelliQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkPage_SportelliQueryQuery = { sportelli: Array<{ id: string, name: string, address: string, email: string | null, phone: string | null, comune: { name: string, provinceCode: string } }> };

export type NetworkPage_CaseCountsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkPage_CaseCountsQueryQuery = { caseCounts: Array<{ openCases: number, closedCases: number, pattiAccepted: number, pattiAwaitingAcceptance: number, overdueActions: number, sportello: { id: string, name: string } }> };

export type NetworkPage_MembershipsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkPage_MembershipsQueryQuery = { memberships: Array<{ id: string, startsOn: string, endsOn: string | null, comune: { istatCode: string, name: string, provinceCode: string }, fees: Array<{ year: number, amountCents: number, status: FeeStatus, paidOn: string | null, registeredResidents: number }> }> };

export type NetworkPage_OperatorsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkPage_OperatorsQueryQuery = { operators: Array<{ id: string, givenName: string, familyName: string, email: string, sportello: { id: string, name: string } }> };

export type NetworkPrivacy_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkPrivacy_QueryQuery = { me: { id: string, network: { id: string, privacyController: string | null, dpoEmail: string | null } | null } | null };

export type NetworkPrivacy_UpdateMutationMutationVariables = Exact<{
  input: NetworkPrivacyInput;
}>;


export type NetworkPrivacy_UpdateMutationMutation = { updateNetworkPrivacy: { network: { id: string, privacyController: string | null, dpoEmail: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type NetworkReportMinCount_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkReportMinCount_QueryQuery = { me: { id: string, network: { id: string, reportMinCount: number } | null } | null };

export type NetworkReportMinCount_SetMutationMutationVariables = Exact<{
  minCount: number;
}>;


export type NetworkReportMinCount_SetMutationMutation = { setReportMinCount: { reportMinCount: number | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type NetworkRetention_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkRetention_QueryQuery = { retentionPolicy: { months: number, noticeDays: number } };

export type NetworkRetention_SetMutationMutationVariables = Exact<{
  months: number;
}>;


export type NetworkRetention_SetMutationMutation = { setRetentionMonths: { retentionPolicy: { months: number, noticeDays: number } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type NetworkTwoFactor_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkTwoFactor_QueryQuery = { me: { id: string, twoFactor: { enabled: boolean, requiredByNetwork: boolean } | null } | null };

export type NetworkTwoFactor_SetMutationMutationVariables = Exact<{
  required: boolean;
}>;


export type NetworkTwoFactor_SetMutationMutation = { setStaffTwoFactorRequired: { staffTwoFactorRequired: boolean | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type NetworkVacancyPay_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkVacancyPay_QueryQuery = { me: { id: string, network: { id: string, vacancyPayRequired: boolean } | null } | null };

export type NetworkVacancyPay_SetMutationMutationVariables = Exact<{
  required: boolean;
}>;


export type NetworkVacancyPay_SetMutationMutation = { setVacancyPayRequired: { vacancyPayRequired: boolean | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type NewCitizenPage_MemberComuniQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type NewCitizenPage_MemberComuniQueryQuery = { me: { id: string, network: { memberComuni: Array<{ istatCode: string, name: string, provinceCode: string }> } | null } | null };

export type NewCitizenPage_RegisterMutationMutationVariables = Exact<{
  input: RegisterCitizenByOperatorInput;
}>;


export type NewCitizenPage_RegisterMutationMutation = { registerCitizenByOperator: { citizen: { id: string, email: string | null, codiceFiscale: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrientationRecordPage_CitizenQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type OrientationRecordPage_CitizenQueryQuery = { citizen: { id: string, givenName: string, familyName: string, cv: { soughtOccupations: Array<{ uri: string, label: string }> } | null } | null };

export type OrientationRecordPage_RecordMutationMutationVariables = Exact<{
  input: OrientationRecordInput;
  idempotencyKey?: string | null | undefined;
}>;


export type OrientationRecordPage_RecordMutationMutation = { recordOrientation: { record: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OutcomesPage_OutcomesQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OutcomesPage_OutcomesQueryQuery = { outcomes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reference: string, kind: OutcomeKind, contractClass: ContractClass | null, durationMonths: number | null, startsOn: string, targetGroups: Array<OutcomeTargetGroup>, sportello: { id: string, name: string }, checkpoints: Array<{ days: number, dueOn: string, answer: { id: string, stillEmployed: boolean, confirmedVia: FollowUpSource, confirmedByName: string, at: string } | null }>, eligibility: Array<{ eligible: boolean, reason: OutcomeIneligibility | null, contract: { id: string, name: string } }>, billedIn: { id: string, number: number } | null } }> } };

export type OutcomesPage_ConfirmMutationMutationVariables = Exact<{
  input: ConfirmEmploymentInput;
}>;


export type OutcomesPage_ConfirmMutationMutation = { confirmEmployment: { followUp: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OutplacementProjectPage_ProjectQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type OutplacementProjectPage_ProjectQueryQuery = { outplacementProject: { id: string, companyName: string, partitaIva: string, reason: OutplacementReason, startsOn: string, endsOn: string | null, takenInChargeAt: string | null, comune: { istatCode: string, name: string }, sportello: { id: string, name: string }, summary: { total: number, notInCharge: number, byStatus: Array<{ status: OutplacementWorkerStatus, count: number }> } } | null };

export type OutplacementProjectPage_WorkersQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type OutplacementProjectPage_WorkersQueryQuery = { outplacementProject: { id: string, workers: Array<{ id: string, caseId: string | null, status: OutplacementWorkerStatus | null, statusOn: string | null, citizen: { id: string, givenName: string, familyName: string, codiceFiscale: string }, history: Array<{ id: string, status: OutplacementWorkerStatus, statusOn: string, note: string | null }> }> } | null };

export type OutplacementProjectPage_AddWorkersMutationMutationVariables = Exact<{
  projectId: string | number;
  codiciFiscali: Array<string> | string;
}>;


export type OutplacementProjectPage_AddWorkersMutationMutation = { addOutplacementWorkers: { project: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OutplacementProjectPage_TakeGroupMutationMutationVariables = Exact<{
  projectId: string | number;
}>;


export type OutplacementProjectPage_TakeGroupMutationMutation = { takeOutplacementGroupInCharge: { project: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OutplacementProjectPage_SetStatusMutationMutationVariables = Exact<{
  workerId: string | number;
  input: OutplacementWorkerStatusInput;
  idempotencyKey?: string | null | undefined;
}>;


export type OutplacementProjectPage_SetStatusMutationMutation = { setOutplacementWorkerStatus: { worker: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OutplacementProjectsPage_ProjectsQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OutplacementProjectsPage_ProjectsQueryQuery = { outplacementProjects: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, companyName: string, reason: OutplacementReason, startsOn: string, comune: { istatCode: string, name: string }, sportello: { id: string, name: string }, summary: { total: number, notInCharge: number, byStatus: Array<{ status: OutplacementWorkerStatus, count: number }> } } }> } };

export type OutplacementProjectsPage_CompaniesQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type OutplacementProjectsPage_CompaniesQueryQuery = { companies: { edges: Array<{ node: { id: string, legalName: string, partitaIva: string } }> } };

export type OutplacementProjectsPage_CreateMutationMutationVariables = Exact<{
  input: OutplacementProjectInput;
  idempotencyKey?: string | null | undefined;
}>;


export type OutplacementProjectsPage_CreateMutationMutation = { createOutplacementProject: { project: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PendingCompaniesPage_PendingCompaniesQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingCompaniesPage_PendingCompaniesQueryQuery = { companies: { totalCount: number, edges: Array<{ node: { id: string, legalName: string, partitaIva: string, codiceFiscale: string, email: string, createdAt: string, comune: { name: string, provinceCode: string } } }> } };

export type PendingCompaniesPage_VerifyCompanyMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type PendingCompaniesPage_VerifyCompanyMutationMutation = { verifyCompany: { company: { id: string, legalName: string, status: CompanyStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PendingCompaniesPage_RejectCompanyMutationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type PendingCompaniesPage_RejectCompanyMutationMutation = { rejectCompany: { company: { id: string, legalName: string, status: CompanyStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PlacementsPage_PlacementsQueryQueryVariables = Exact<{
  verified?: boolean | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PlacementsPage_PlacementsQueryQuery = { placements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, employerName: string, contractType: ContractType, startsOn: string, durationMonths: number | null, source: PlacementSource, verified: boolean, verifiedAt: string | null, citizen: { id: string, givenName: string, familyName: string }, internship: { id: string } | null } }> } };

export type PlacementsPage_VerifyPlacementMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type PlacementsPage_VerifyPlacementMutationMutation = { verifyPlacement: { placement: { id: string, verified: boolean, verifiedAt: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PlacementsPage_RecordPlacementMutationMutationVariables = Exact<{
  input: RecordPlacementInput;
}>;


export type PlacementsPage_RecordPlacementMutationMutation = { recordPlacement: { placement: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PrivacyPage_NetworksQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyPage_NetworksQueryQuery = { networks: Array<{ id: string, name: string, privacyController: string | null, dpoEmail: string | null }> };

export type ProgramCallPage_CallQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgramCallPage_CallQueryQuery = { programCall: { id: string, title: string, opensOn: string, closesOn: string, open: boolean, places: number, placesTaken: number, hourlyRateCents: number, rankingPublishedAt: string | null, rules: { minMonthsUnemployed: number | null, iseeCeilingCents: number | null }, rankingCriteria: { iseeWeight: number, unemploymentWeight: number }, program: { id: string, kind: string, title: string }, applications: Array<{ id: string, submittedAt: string, submittedByCitizen: boolean, iseeCents: number | null, unemployedSince: string | null, citizen: { id: string, givenName: string, familyName: string }, checks: Array<{ rule: EligibilityRule, outcome: CheckOutcome, reason: string }> }>, ranking: Array<{ position: number, score: number, application: { id: string, iseeCents: number | null, citizen: { id: string, givenName: string, familyName: string }, participation: { id: string, status: ProgramParticipationStatus } | null } }> } | null };

export type ProgramCallPage_PublishMutationMutationVariables = Exact<{
  callId: string | number;
}>;


export type ProgramCallPage_PublishMutationMutation = { publishProgramRanking: { call: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ProgramCallPage_AdmitMutationMutationVariables = Exact<{
  applicationId: string | number;
  assignment: ProgramAssignmentInput;
}>;


export type ProgramCallPage_AdmitMutationMutation = { admitProgramApplicant: { participation: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ProgramPage_ProgramQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgramPage_ProgramQueryQuery = { program: { id: string, kind: string, title: string, description: string, budgetCents: number, ownerComune: { istatCode: string, name: string } | null, calls: Array<{ id: string, title: string, opensOn: string, closesOn: string, places: number, placesTaken: number, rankingPublishedAt: string | null }> } | null };

export type ProgramPage_CreateCallMutationMutationVariables = Exact<{
  programId: string | number;
  input: ProgramCallInput;
  idempotencyKey?: string | null | undefined;
}>;


export type ProgramPage_CreateCallMutationMutation = { createProgramCall: { call: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ProgramParticipationPage_QueryQueryVariables = Exact<{
  id: string | number;
  month: string;
}>;


export type ProgramParticipationPage_QueryQuery = { programApplication: { id: string, citizen: { id: string, givenName: string, familyName: string }, call: { id: string, title: string, hourlyRateCents: number, program: { id: string, title: string } }, participation: { id: string, status: ProgramParticipationStatus, projectDescription: string, place: string, tutor: string, weeklyHours: number, admittedAt: string, interruptionReason: string | null, outcome: ProgramOutcome | null, monthlyStatement: { month: string, hours: number, amountCents: number, days: Array<{ day: string, hours: number }> } } | null } | null };

export type ProgramParticipationPage_AttendanceMutationMutationVariables = Exact<{
  participationId: string | number;
  day: string;
  hours: number;
}>;


export type ProgramParticipationPage_AttendanceMutationMutation = { recordProgramAttendance: { participation: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ProgramParticipationPage_InterruptMutationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ProgramParticipationPage_InterruptMutationMutation = { interruptProgramParticipation: { participation: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ProgramParticipationPage_EndMutationMutationVariables = Exact<{
  id: string | number;
  outcome: ProgramOutcome;
  hire?: ProgramHireInput | null | undefined;
}>;


export type ProgramParticipationPage_EndMutationMutation = { endProgramParticipation: { participation: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ProgramsPage_ProgramsQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ProgramsPage_ProgramsQueryQuery = { programs: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: string, title: string, budgetCents: number, ownerComune: { istatCode: string, name: string } | null, calls: Array<{ id: string }> } }> } };

export type ProgramsPage_CreateMutationMutationVariables = Exact<{
  input: ProgramInput;
  idempotencyKey?: string | null | undefined;
}>;


export type ProgramsPage_CreateMutationMutation = { createProgram: { program: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ProposeInternshipForm_CompaniesQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposeInternshipForm_CompaniesQueryQuery = { companies: { edges: Array<{ node: { id: string, legalName: string, sites: Array<{ id: string, address: string, comune: { name: string } }> } }> } };

export type ProposeInternshipForm_ProposeMutationMutationVariables = Exact<{
  input: ProposeInternshipInput;
  idempotencyKey?: string | null | undefined;
}>;


export type ProposeInternshipForm_ProposeMutationMutation = { proposeInternship: { internship: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ResetPasswordPage_ResetPasswordMutationMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordPage_ResetPasswordMutationMutation = { resetPassword: { ok: boolean, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SlotsPage_SlotsQueryQueryVariables = Exact<{
  sportelloId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SlotsPage_SlotsQueryQuery = { availableSlots: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: AppointmentKind, mode: AppointmentMode, startsAt: string, endsAt: string, sportello: { id: string, name: string } } }> } };

export type SlotsPage_SportelliQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type SlotsPage_SportelliQueryQuery = { sportelli: Array<{ id: string, name: string }> };

export type SlotsPage_PublishSlotMutationMutationVariables = Exact<{
  input: PublishSlotInput;
}>;


export type SlotsPage_PublishSlotMutationMutation = { publishSlot: { slot: { id: string, startsAt: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type TodayPage_TodayQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type TodayPage_TodayQueryQuery = { companyServices: Array<{ followUpsDue: number, followUpsOverdue: number, company: { id: string, legalName: string } }>, caseworkToday: { actionsDue: Array<{ id: string, kind: PattoActionKind, description: string, dueOn: string | null, assignee: PattoActionAssignee, overdue: boolean, case: { id: string, citizen: { id: string, givenName: string, familyName: string } } }>, pattiAwaitingAcceptance: Array<{ id: string, citizen: { id: string, givenName: string, familyName: string }, patto: { id: string, version: number, createdAt: string } | null }> } };

export type TrainingModulePage_TrainingModuleQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingModulePage_TrainingModuleQueryQuery = { trainingModule: { id: string, title: string, provider: string, description: string, hours: number, startsOn: string, endsOn: string, mode: TrainingMode, seats: number, enrolledCount: number, seatsLeft: number, status: TrainingModuleStatus, comune: { istatCode: string, name: string } | null, sportello: { id: string, name: string }, skills: Array<{ level: SkillLevel, skill: { uri: string, label: string } }>, enrolments: Array<{ id: string, status: TrainingEnrolmentStatus, requestedByCitizen: boolean, enrolledAt: string, completedAt: string | null, citizen: { id: string, givenName: string, familyName: string } }> } | null };

export type TrainingModulePage_UpdateMutationMutationVariables = Exact<{
  id: string | number;
  input: TrainingModuleInput;
}>;


export type TrainingModulePage_UpdateMutationMutation = { updateTrainingModule: { trainingModule: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type TrainingModulePage_PublishMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type TrainingModulePage_PublishMutationMutation = { publishTrainingModule: { trainingModule: { id: string, status: TrainingModuleStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type TrainingModulePage_CancelMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type TrainingModulePage_CancelMutationMutation = { cancelTrainingModule: { trainingModule: { id: string, status: TrainingModuleStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type TrainingModulePage_EnrolMutationMutationVariables = Exact<{
  moduleId: string | number;
  citizenId?: string | number | null | undefined;
}>;


export type TrainingModulePage_EnrolMutationMutation = { enrolInTrainingModule: { enrolment: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type TrainingModulePage_CompleteMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type TrainingModulePage_CompleteMutationMutation = { completeTrainingEnrolment: { enrolment: { id: string, status: TrainingEnrolmentStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type TrainingModulePage_WithdrawMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type TrainingModulePage_WithdrawMutationMutation = { withdrawTrainingEnrolment: { enrolment: { id: string, status: TrainingEnrolmentStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type TrainingPage_TrainingModulesQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type TrainingPage_TrainingModulesQueryQuery = { trainingModules: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, provider: string, startsOn: string, endsOn: string, mode: TrainingMode, seats: number, enrolledCount: number, status: TrainingModuleStatus, comune: { istatCode: string, name: string } | null } }> } };

export type TrainingPage_CreateMutationMutationVariables = Exact<{
  input: TrainingModuleInput;
  idempotencyKey?: string | null | undefined;
}>;


export type TrainingPage_CreateMutationMutation = { createTrainingModule: { trainingModule: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type TrustedOperations_RegisterMutationMutationVariables = Exact<{
  apiClientId: string | number;
  documents: Array<string> | string;
}>;


export type TrustedOperations_RegisterMutationMutation = { registerApiClientOperations: { operations: Array<{ hash: string }> | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type TrustedOperations_RemoveMutationMutationVariables = Exact<{
  apiClientId: string | number;
  hash: string;
}>;


export type TrustedOperations_RemoveMutationMutation = { removeApiClientOperation: { userErrors: Array<{ message: string }> } };

export type TrustedOperations_PersistedOnlyMutationMutationVariables = Exact<{
  apiClientId: string | number;
  persistedOnly: boolean;
}>;


export type TrustedOperations_PersistedOnlyMutationMutation = { setApiClientPersistedOnly: { apiClient: { id: string, persistedOnly: boolean } | null, userErrors: Array<{ message: string }> } };

export type VacanciesPage_NetworkVacanciesQueryQueryVariables = Exact<{
  status?: VacancyStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type VacanciesPage_NetworkVacanciesQueryQuery = { networkVacancies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, companyName: string, contractType: ContractType, hours: WorkingHours, positions: number, status: VacancyStatus, expiresOn: string, remote: boolean, workplaceComune: { name: string, provinceCode: string } | null } }> } };

export type VacanciesToModeratePage_VacanciesQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type VacanciesToModeratePage_VacanciesQueryQuery = { vacanciesToModerate: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, companyName: string, description: string, contractType: ContractType, hours: WorkingHours, weeklyHours: number | null, shifts: boolean, remote: boolean, positions: number, law68Reserved: boolean, salaryMinCents: number | null, salaryMaxCents: number | null, collectiveAgreement: string | null, agreementLevel: string | null, minExperienceMonths: number, expiresOn: string, createdAt: string, occupation: { label: string }, workplaceComune: { name: string, provinceCode: string } | null } }> } };

export type VacanciesToModeratePage_PublishVacancyMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type VacanciesToModeratePage_PublishVacancyMutationMutation = { publishVacancy: { vacancy: { id: string, status: VacancyStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type VacanciesToModeratePage_RejectVacancyMutationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type VacanciesToModeratePage_RejectVacancyMutationMutation = { rejectVacancy: { vacancy: { id: string, status: VacancyStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type VacancyPage_VacancyQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type VacancyPage_VacancyQueryQuery = { vacancy: { id: string, title: string, companyName: string, status: VacancyStatus, draftedFromNeed: boolean, description: string, contractType: ContractType, hours: WorkingHours, weeklyHours: number | null, shifts: boolean, remote: boolean, positions: number, law68Reserved: boolean, salaryMinCents: number | null, salaryMaxCents: number | null, collectiveAgreement: string | null, agreementLevel: string | null, minEqfLevel: number | null, minExperienceMonths: number, drivingLicences: Array<DrivingLicence>, rejectionReason: string | null, publishedAt: string | null, expiresOn: string, createdAt: string, publicUrl: string, occupation: { label: string }, workplaceComune: { name: string, provinceCode: string } | null, languages: Array<{ languageCode: string, languageName: string, minLevel: CefrLevel }>, skills: Array<{ essential: boolean, skill: { uri: string, label: string } }> } | null };

export type VacancyPage_ApplicationsQueryQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type VacancyPage_ApplicationsQueryQuery = { vacancy: { id: string, applications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ApplicationStatus, proposalStatus: ProposalStatus | null, createdAt: string, citizen: { id: string, givenName: string, familyName: string } | null, history: Array<{ toStatus: ApplicationStatus, actorRole: string, reason: string | null, at: string }>, interviews: Array<{ id: string, status: InterviewStatus, startsAt: string, mode: AppointmentMode, responseNote: string | null }> } }> } } | null };

export type VacancyPage_ProposeCandidateMutationMutationVariables = Exact<{
  vacancyId: string | number;
  citizenId: string | number;
  note?: string | null | undefined;
}>;


export type VacancyPage_ProposeCandidateMutationMutation = { proposeCandidate: { application: { id: string, status: ApplicationStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type WebhookDeliveriesPage_QueryQueryVariables = Exact<{
  subscriptionId: string | number;
}>;


export type WebhookDeliveriesPage_QueryQuery = { webhookDeliveries: { totalCount: number, edges: Array<{ node: { id: string, eventId: string, event: WebhookEventKind, occurredAt: string, status: WebhookDeliveryStatus, nextAttemptAt: string | null, deliveredAt: string | null, attempts: Array<{ attemptedAt: string, statusCode: number | null, error: string | null, durationMs: number }> } }> } };

export type WebhookDeliveriesPage_ReplayMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhookDeliveriesPage_ReplayMutationMutation = { replayWebhookDelivery: { delivery: { id: string, status: WebhookDeliveryStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type WebhookSubscriptions_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookSubscriptions_QueryQuery = { webhookSubscriptions: Array<{ id: string, apiClientName: string, url: string, events: Array<WebhookEventKind>, active: boolean, createdAt: string, disabledAt: string | null }> };

export type WebhookSubscriptions_CreateMutationMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type WebhookSubscriptions_CreateMutationMutation = { createWebhookSubscription: { secret: string | null, subscription: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type WebhookSubscriptions_DisableMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhookSubscriptions_DisableMutationMutation = { disableWebhookSubscription: { subscription: { id: string, active: boolean } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type Colloqui_SportelliQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type Colloqui_SportelliQueryQuery = { sportelli: Array<{ id: string, name: string }> };

export type Colloqui_AvailableSlotsQueryQueryVariables = Exact<{
  sportelloId?: string | number | null | undefined;
  mode?: AppointmentMode | null | undefined;
  kind?: AppointmentKind | null | undefined;
  from?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type Colloqui_AvailableSlotsQueryQuery = { availableSlots: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: AppointmentKind, mode: AppointmentMode, startsAt: string, endsAt: string, sportello: { id: string, name: string, address: string } } }> } };

export type Colloqui_BookingsQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type Colloqui_BookingsQueryQuery = { bookings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: BookingStatus, startsAt: string, endsAt: string, videoUrl: string | null, slot: { id: string, kind: AppointmentKind, mode: AppointmentMode, sportello: { id: string, name: string, address: string } } } }> } };

export type Colloqui_BookMutationMutationVariables = Exact<{
  slotId: string | number;
}>;


export type Colloqui_BookMutationMutation = { bookSlot: { booking: { id: string, startsAt: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type Colloqui_RescheduleMutationMutationVariables = Exact<{
  id: string | number;
  slotId: string | number;
}>;


export type Colloqui_RescheduleMutationMutation = { rescheduleBooking: { booking: { id: string, startsAt: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type Colloqui_CancelMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type Colloqui_CancelMutationMutation = { cancelBooking: { booking: { id: string, status: BookingStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type Notifications_UnreadQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type Notifications_UnreadQueryQuery = { myNotifications: { unreadCount: number } };

export type Notifications_PageQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type Notifications_PageQueryQuery = { myNotifications: { totalCount: number, unreadCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, body: string, path: string, createdAt: string, read: boolean } }> } };

export type Notifications_MarkReadMutationMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type Notifications_MarkReadMutationMutation = { markNotificationsRead: { unreadCount: number | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type Notifications_PreferencesQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type Notifications_PreferencesQueryQuery = { myNotificationPreferences: Array<{ kind: NotificationKind, label: string, email: boolean, mandatoryReason: string | null }> };

export type Notifications_SetPreferenceMutationMutationVariables = Exact<{
  kind: NotificationKind;
  email: boolean;
}>;


export type Notifications_SetPreferenceMutationMutation = { setNotificationPreference: { preference: { kind: NotificationKind, email: boolean } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type Orientation_RecordsQueryQueryVariables = Exact<{
  citizenId?: string | number | null | undefined;
}>;


export type Orientation_RecordsQueryQuery = { orientationRecords: Array<{ id: string, kind: OrientationPurpose, bookingId: string | null, heldOn: string, interests: string, strengths: string, summary: string, writtenByName: string, sportello: { id: string, name: string }, targetOccupations: Array<{ uri: string, label: string }>, constraints: { hoursPerWeek: number | null, transport: TransportMeans, careDuties: boolean, careDutiesNote: string | null } | null }> };

export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnrolmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const CitizenCase_PattoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenCase_Patto"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PattoVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceChannel"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<CitizenCase_PattoFragment, unknown>;
export const CitizenCvPage_CvFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenCvPage_CvFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cv"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"soughtOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"yearCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageCode"}},{"kind":"Field","name":{"kind":"Name","value":"motherTongue"}},{"kind":"Field","name":{"kind":"Name","value":"listening"}},{"kind":"Field","name":{"kind":"Name","value":"reading"}},{"kind":"Field","name":{"kind":"Name","value":"spokenInteraction"}},{"kind":"Field","name":{"kind":"Name","value":"spokenProduction"}},{"kind":"Field","name":{"kind":"Name","value":"writing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CitizenCvPage_CvFieldsFragment, unknown>;
export const LabourReportPage_TableFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LabourReportPage_Table"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowKeys"}},{"kind":"Field","name":{"kind":"Name","value":"rowLabels"}},{"kind":"Field","name":{"kind":"Name","value":"columnKeys"}},{"kind":"Field","name":{"kind":"Name","value":"columnLabels"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"rowTotals"}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"}},{"kind":"Field","name":{"kind":"Name","value":"grandTotal"}}]}}]} as unknown as DocumentNode<LabourReportPage_TableFragment, unknown>;
export const AppLayout_MeQueryDocument = {"__meta__":{"hash":"sha256:f1b860312feedc21414dd9328f89fb67c3fb47464d487d762316b11b420567e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppLayout_MeQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AppLayout_MeQueryQuery, AppLayout_MeQueryQueryVariables>;
export const AppLayout_OverdueQueryDocument = {"__meta__":{"hash":"sha256:b63d8c7e1abf76b71416214b09650b8bda950520b6f380880bf3b8094a5bdd25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppLayout_OverdueQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseworkToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueActionCount"}}]}}]}}]} as unknown as DocumentNode<AppLayout_OverdueQueryQuery, AppLayout_OverdueQueryQueryVariables>;
export const AppLayout_LogoutMutationDocument = {"__meta__":{"hash":"sha256:9c1f89bf2cbd91c2d56cdfbf9c5a7d059e9f31b9b6af2f94184d025361d017b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppLayout_LogoutMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<AppLayout_LogoutMutationMutation, AppLayout_LogoutMutationMutationVariables>;
export const CitizenOptions_CitizensQueryDocument = {"__meta__":{"hash":"sha256:93723cf03ef90b7d01e1f799bd0cc0c0b329c32d0d99b31765cd88188c8c8aad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenOptions_CitizensQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitizenOptions_CitizensQueryQuery, CitizenOptions_CitizensQueryQueryVariables>;
export const Client_RefreshSessionMutationDocument = {"__meta__":{"hash":"sha256:5828e2264b0b5c942f9e43f875eb3c69061adb74950810fec9442415ef24efe0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Client_RefreshSessionMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnrolmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<Client_RefreshSessionMutationMutation, Client_RefreshSessionMutationMutationVariables>;
export const EscoSearch_OccupationsQueryDocument = {"__meta__":{"hash":"sha256:a6e693d1af7f7f949aac2925e41a4cad8c40cf99bf849acca864ada577b6767b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscoSearch_OccupationsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escoOccupations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<EscoSearch_OccupationsQueryQuery, EscoSearch_OccupationsQueryQueryVariables>;
export const EscoSearch_SkillsQueryDocument = {"__meta__":{"hash":"sha256:15f89dd9b628d4caab58369173d885e64de4a34561475d7a9505fcad8341541b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscoSearch_SkillsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escoSkills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<EscoSearch_SkillsQueryQuery, EscoSearch_SkillsQueryQueryVariables>;
export const EscoSearch_OccupationSkillsQueryDocument = {"__meta__":{"hash":"sha256:4c7b06c3c0bee724b2ef01a51153e7f45d478f5dfe452333439ffd7966e705fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscoSearch_OccupationSkillsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uris"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escoOccupationsByUri"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uris"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uris"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","alias":{"kind":"Name","value":"essential"},"name":{"kind":"Name","value":"skills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"relation"},"value":{"kind":"EnumValue","value":"ESSENTIAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"optional"},"name":{"kind":"Name","value":"skills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"relation"},"value":{"kind":"EnumValue","value":"OPTIONAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<EscoSearch_OccupationSkillsQueryQuery, EscoSearch_OccupationSkillsQueryQueryVariables>;
export const LiveUpdates_EventsDocument = {"__meta__":{"hash":"sha256:9359205b0bbfdb3710d3724d5f31444685ca4ef95cd25e12ca443cd8e0fbd17c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveUpdates_Events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<LiveUpdates_EventsSubscription, LiveUpdates_EventsSubscriptionVariables>;
export const MemberComuni_QueryDocument = {"__meta__":{"hash":"sha256:5ef70b1cf66c4e5293720c0df5943f855703d3ac7d57941be979afd3e2f51e1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberComuni_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberComuni"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberComuni_QueryQuery, MemberComuni_QueryQueryVariables>;
export const OpenDataLinks_QueryDocument = {"__meta__":{"hash":"sha256:e4048b48a3d8523da2ac367287e7004a228b2ee62818d7e79a980471f4c94704"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenDataLinks_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<OpenDataLinks_QueryQuery, OpenDataLinks_QueryQueryVariables>;
export const AccountSecurity_StatusQueryDocument = {"__meta__":{"hash":"sha256:76d2a50c0c99c74002178ccf31c2f8f498c5f0ef38bf372080a6c26258804dcb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountSecurity_StatusQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"requiredByNetwork"}}]}}]}}]}}]} as unknown as DocumentNode<AccountSecurity_StatusQueryQuery, AccountSecurity_StatusQueryQueryVariables>;
export const AccountSecurity_StartMutationDocument = {"__meta__":{"hash":"sha256:e2fe47b1938b826396be4e9b18bfc56cdb1d7de2452f85666a157f18dff2bed4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountSecurity_StartMutation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTotpEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountSecurity_StartMutationMutation, AccountSecurity_StartMutationMutationVariables>;
export const AccountSecurity_ConfirmMutationDocument = {"__meta__":{"hash":"sha256:bb2666e356a0884c81cdca94568023393d4ce5ae7812e809f3f621fa3c687202"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountSecurity_ConfirmMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTotpEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountSecurity_ConfirmMutationMutation, AccountSecurity_ConfirmMutationMutationVariables>;
export const AccountSecurity_DisableMutationDocument = {"__meta__":{"hash":"sha256:ebe031001b23cba8a4a65714bd378a43035f547fc076f3bb83e3bbbefa60d342"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountSecurity_DisableMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorStepUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableTotp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountSecurity_DisableMutationMutation, AccountSecurity_DisableMutationMutationVariables>;
export const AccountSecurity_RegenerateMutationDocument = {"__meta__":{"hash":"sha256:cdc953d299dbf6426234374be28899e2a1f75b13dca163041e46b726f4132f4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccountSecurity_RegenerateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorStepUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateRecoveryCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccountSecurity_RegenerateMutationMutation, AccountSecurity_RegenerateMutationMutationVariables>;
export const ApplyOnBehalfForm_EligibilityQueryDocument = {"__meta__":{"hash":"sha256:4987dc7b5f39750905dcb05648c0c4e8c01dd553f96809628c54ab7ee0046cee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplyOnBehalfForm_EligibilityQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eligibilityFor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyOnBehalfForm_EligibilityQueryQuery, ApplyOnBehalfForm_EligibilityQueryQueryVariables>;
export const ApplyOnBehalfForm_ApplyMutationDocument = {"__meta__":{"hash":"sha256:5a9b18c48102497a4fd2848d2796f05d023f6d6b63630fcd248874656a4bbce9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyOnBehalfForm_ApplyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"declaration"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramDeclarationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToProgramCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"declaration"},"value":{"kind":"Variable","name":{"kind":"Name","value":"declaration"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyOnBehalfForm_ApplyMutationMutation, ApplyOnBehalfForm_ApplyMutationMutationVariables>;
export const BookForCitizenPage_BookMutationDocument = {"__meta__":{"hash":"sha256:bf0371ac63bfc925a7ae27898e51d011089649203f2d853bea19d9948fa5f797"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookForCitizenPage_BookMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrientationPurpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slotId"}}},{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BookForCitizenPage_BookMutationMutation, BookForCitizenPage_BookMutationMutationVariables>;
export const BookingsPage_BookingsQueryDocument = {"__meta__":{"hash":"sha256:9ccbc6904ca1cc4110ffba1745da30e72ce8ac190bd5037c1eb35693fb52a19a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookingsPage_BookingsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BookingsPage_BookingsQueryQuery, BookingsPage_BookingsQueryQueryVariables>;
export const BookingsPage_RescheduleMutationDocument = {"__meta__":{"hash":"sha256:a9ab1d6d7eb9828641284cfba2fed3a670f4e7e3d9ca293add30540c0e018944"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookingsPage_RescheduleMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"slotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slotId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BookingsPage_RescheduleMutationMutation, BookingsPage_RescheduleMutationMutationVariables>;
export const BookingsPage_CancelMutationDocument = {"__meta__":{"hash":"sha256:9b1993825c5b86243c4d472935e2a7eecdfab9c1fb1acc1439b042f62529c50d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookingsPage_CancelMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BookingsPage_CancelMutationMutation, BookingsPage_CancelMutationMutationVariables>;
export const BusinessIdeaPage_QueryDocument = {"__meta__":{"hash":"sha256:4c12a70acf64141cad2d474412dbabffbc03f66af3b1723a9dbf35fd1a481277"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessIdeaPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByCitizen"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atecoActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"partitaIva"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BusinessIdeaPage_QueryQuery, BusinessIdeaPage_QueryQueryVariables>;
export const BusinessIdeaPage_StepMutationDocument = {"__meta__":{"hash":"sha256:fe1b1ef59dce075eb2bdadd206d7918bcaf9cb011ab0e3a175ced192ae96baba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BusinessIdeaPage_StepMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"step"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanStep"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"done"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBusinessPlanStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ideaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"step"},"value":{"kind":"Variable","name":{"kind":"Name","value":"step"}}},{"kind":"Argument","name":{"kind":"Name","value":"done"},"value":{"kind":"Variable","name":{"kind":"Name","value":"done"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessIdea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BusinessIdeaPage_StepMutationMutation, BusinessIdeaPage_StepMutationMutationVariables>;
export const BusinessIdeaPage_ReferMutationDocument = {"__meta__":{"hash":"sha256:76ebc257bbf0d325f6d3bdc1da43b6e72dff31ad3f4f0025984075f6fba7b767"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BusinessIdeaPage_ReferMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referBusinessIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ideaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessIdea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BusinessIdeaPage_ReferMutationMutation, BusinessIdeaPage_ReferMutationMutationVariables>;
export const BusinessIdeaPage_UpdateReferralMutationDocument = {"__meta__":{"hash":"sha256:92b1564d0e0409c3d7c0e97f344a5956906edc14fafc5d0294bb1010ec469409"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BusinessIdeaPage_UpdateReferralMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MicrocreditReferralStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantedAmountCents"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMicrocreditReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"referralId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referralId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"grantedAmountCents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantedAmountCents"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessIdea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BusinessIdeaPage_UpdateReferralMutationMutation, BusinessIdeaPage_UpdateReferralMutationMutationVariables>;
export const BusinessIdeaPage_StartedMutationDocument = {"__meta__":{"hash":"sha256:48ebaae23b1b3c7b2a0e498c85b6f1443343443c0f83747079ec97789d7fab79"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BusinessIdeaPage_StartedMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partitaIva"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"startedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBusinessStarted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ideaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"partitaIva"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partitaIva"}}},{"kind":"Argument","name":{"kind":"Name","value":"startedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"startedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessIdea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BusinessIdeaPage_StartedMutationMutation, BusinessIdeaPage_StartedMutationMutationVariables>;
export const BusinessIdeasPage_IdeasQueryDocument = {"__meta__":{"hash":"sha256:e3f8ca5034c875b7bedb793845a6ee883cffda96d9bf0cd6126e353cedf69432"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessIdeasPage_IdeasQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessIdeas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"businessStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atecoActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BusinessIdeasPage_IdeasQueryQuery, BusinessIdeasPage_IdeasQueryQueryVariables>;
export const BusinessIdeasPage_PartnersQueryDocument = {"__meta__":{"hash":"sha256:3da47ac3b886a0cdb19f7d0c8c24e30eb9a1a6dd7155fe94139eb78f9ee0e6ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessIdeasPage_PartnersQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"microcreditPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}}]}}]} as unknown as DocumentNode<BusinessIdeasPage_PartnersQueryQuery, BusinessIdeasPage_PartnersQueryQueryVariables>;
export const BusinessIdeasPage_RegisterPartnerMutationDocument = {"__meta__":{"hash":"sha256:9cc4618c82fbde671b0a256f0dbf49cd59a704d55f4a7666c472e6d51a9a8593"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BusinessIdeasPage_RegisterPartnerMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MicrocreditPartnerInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerMicrocreditPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BusinessIdeasPage_RegisterPartnerMutationMutation, BusinessIdeasPage_RegisterPartnerMutationMutationVariables>;
export const CandidateMatches_MatchesQueryDocument = {"__meta__":{"hash":"sha256:4fd880ef837fd24294bc367e5674abd8fe1eff2eb8e6e2718d3ca100c12ea845"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateMatches_MatchesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CandidateMatchFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidateMatches_MatchesQueryQuery, CandidateMatches_MatchesQueryQueryVariables>;
export const CandidateMatches_ProposeMutationDocument = {"__meta__":{"hash":"sha256:a1aab64126360b38a3cdae37174181f8d9dd8bdb8ede42ed63f51aca81ec5b12"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CandidateMatches_ProposeMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vacancyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CandidateMatches_ProposeMutationMutation, CandidateMatches_ProposeMutationMutationVariables>;
export const CandidateStanding_StandingQueryDocument = {"__meta__":{"hash":"sha256:2363b622e588b3e70efbe9f4353b6f316a0df02b775cae7b34fb54c146fd6931"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CandidateStanding_StandingQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidateStanding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"cutoffScore"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CandidateStanding_StandingQueryQuery, CandidateStanding_StandingQueryQueryVariables>;
export const CaseloadPage_CaseloadQueryDocument = {"__meta__":{"hash":"sha256:a1d329d4ad33516f57c1b20210ffbf56cf29f182f988b70ce23571a02ecbd921"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseloadPage_CaseloadQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadScope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetGroup"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noContactForDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pattoNotAccepted"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetGroup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetGroup"}}},{"kind":"Argument","name":{"kind":"Name","value":"noContactForDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noContactForDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"pattoNotAccepted"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pattoNotAccepted"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inChargeSince"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActionCount"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}}]}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadPage_CaseloadQueryQuery, CaseloadPage_CaseloadQueryQueryVariables>;
export const CitizenBusinessIdeas_QueryDocument = {"__meta__":{"hash":"sha256:8206c9f793deea65815ff54bf63c0700c8959f2bc98438173458e618ab0cd5f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenBusinessIdeas_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessIdeas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"businessStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitizenBusinessIdeas_QueryQuery, CitizenBusinessIdeas_QueryQueryVariables>;
export const CitizenBusinessIdeas_SubmitMutationDocument = {"__meta__":{"hash":"sha256:83428fb2261ccbbcf2ca3196eb6ad0189515f974669cae8eed08de7af5598cce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CitizenBusinessIdeas_SubmitMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessIdeaInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitBusinessIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessIdea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CitizenBusinessIdeas_SubmitMutationMutation, CitizenBusinessIdeas_SubmitMutationMutationVariables>;
export const BusinessIdeas_AtecoQueryDocument = {"__meta__":{"hash":"sha256:84e08acabfdc3a5224208f442d0bdadb5d6306f227d0238843b12875f26db874"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BusinessIdeas_AtecoQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atecoActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<BusinessIdeas_AtecoQueryQuery, BusinessIdeas_AtecoQueryQueryVariables>;
export const CitizenCase_CaseQueryDocument = {"__meta__":{"hash":"sha256:29800d29c72f75af15198520c4c0b53856150409b857d8a3d6b46237d87ff94d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenCase_CaseQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizenCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inChargeHere"}},{"kind":"Field","name":{"kind":"Name","value":"inChargeSince"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"closeNote"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenCase_Patto"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pattoVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenCase_Patto"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"contactChannel"}},{"kind":"Field","name":{"kind":"Name","value":"contactOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supersededBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenCase_Patto"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PattoVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceChannel"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]} as unknown as DocumentNode<CitizenCase_CaseQueryQuery, CitizenCase_CaseQueryQueryVariables>;
export const CitizenCase_SavePattoMutationDocument = {"__meta__":{"hash":"sha256:9eeb5b31247d07c87db023aa4425187aa1d85be3b67d2dd27149f63f92c4163a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CitizenCase_SavePattoMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PattoInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savePatto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"baseVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"baseVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CitizenCase_SavePattoMutationMutation, CitizenCase_SavePattoMutationMutationVariables>;
export const CitizenCase_RecordAcceptanceMutationDocument = {"__meta__":{"hash":"sha256:b782efe8a12df270fede77235800d00331e9a29d205e90351f5e4d00b3c99b58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CitizenCase_RecordAcceptanceMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acceptedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPattoAcceptance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"acceptedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acceptedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CitizenCase_RecordAcceptanceMutationMutation, CitizenCase_RecordAcceptanceMutationMutationVariables>;
export const CitizenCase_ActionStatusMutationDocument = {"__meta__":{"hash":"sha256:28dcf06622b203fab90de474e56d013ea1ee6f8ea7c14393539c20246eeee899"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CitizenCase_ActionStatusMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PattoActionStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPattoActionStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CitizenCase_ActionStatusMutationMutation, CitizenCase_ActionStatusMutationMutationVariables>;
export const CitizenCase_AddEntryMutationDocument = {"__meta__":{"hash":"sha256:cd32b9e34ffef2e066fbdb704d2d147117b85b927caa63c15b4de58c8d85d473"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CitizenCase_AddEntryMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiaryEntryInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CitizenCase_AddEntryMutationMutation, CitizenCase_AddEntryMutationMutationVariables>;
export const CitizenCase_CorrectEntryMutationDocument = {"__meta__":{"hash":"sha256:b540673ab704e8f46c2ab485c8b12172fd6591b3491ebe272c48ffd24b715311"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CitizenCase_CorrectEntryMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DiaryEntryInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctDiaryEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CitizenCase_CorrectEntryMutationMutation, CitizenCase_CorrectEntryMutationMutationVariables>;
export const CitizenCase_CloseCaseMutationDocument = {"__meta__":{"hash":"sha256:746d706f2e69ebcea7b9a2a77a36c69802adde089464becd786201013c7cf483"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CitizenCase_CloseCaseMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseCloseReason"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CitizenCase_CloseCaseMutationMutation, CitizenCase_CloseCaseMutationMutationVariables>;
export const CitizenCoverLetters_DraftOptionsQueryDocument = {"__meta__":{"hash":"sha256:8040fbbbc288469ab88e75482d67617b64a99826c7582d69640b6260482692f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenCoverLetters_DraftOptionsQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverLetterTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"requiresVacancy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkVacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PUBLISHED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitizenCoverLetters_DraftOptionsQueryQuery, CitizenCoverLetters_DraftOptionsQueryQueryVariables>;
export const CitizenCoverLetters_DraftMutationDocument = {"__meta__":{"hash":"sha256:7596bfedba72d254a0fa97731f8ba564dd6732834ec7df715022ef2c7780c4de"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CitizenCoverLetters_DraftMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftCoverLetterInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftCoverLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverLetter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CitizenCoverLetters_DraftMutationMutation, CitizenCoverLetters_DraftMutationMutationVariables>;
export const CitizenCvPage_CitizenQueryDocument = {"__meta__":{"hash":"sha256:6f8f47fbfe3e605b286dae6d30a2ae9cb30df0c4c97ada6a36b42786559689ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenCvPage_CitizenQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullTime"}},{"kind":"Field","name":{"kind":"Name","value":"partTime"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"mobilityRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"hasOwnVehicle"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicences"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenCvPage_CvFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"educationTitles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenCvPage_CvFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cv"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"soughtOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"yearCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageCode"}},{"kind":"Field","name":{"kind":"Name","value":"motherTongue"}},{"kind":"Field","name":{"kind":"Name","value":"listening"}},{"kind":"Field","name":{"kind":"Name","value":"reading"}},{"kind":"Field","name":{"kind":"Name","value":"spokenInteraction"}},{"kind":"Field","name":{"kind":"Name","value":"spokenProduction"}},{"kind":"Field","name":{"kind":"Name","value":"writing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CitizenCvPage_CitizenQueryQuery, CitizenCvPage_CitizenQueryQueryVariables>;
export const CitizenCvPage_SaveCvMutationDocument = {"__meta__":{"hash":"sha256:fd68b010b6289fe8a64fad8cb48816f343fc289506715913a9a9c15f46dc01d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CitizenCvPage_SaveCvMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CvInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CitizenCvPage_CvFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CitizenCvPage_CvFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cv"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"soughtOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"yearCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageCode"}},{"kind":"Field","name":{"kind":"Name","value":"motherTongue"}},{"kind":"Field","name":{"kind":"Name","value":"listening"}},{"kind":"Field","name":{"kind":"Name","value":"reading"}},{"kind":"Field","name":{"kind":"Name","value":"spokenInteraction"}},{"kind":"Field","name":{"kind":"Name","value":"spokenProduction"}},{"kind":"Field","name":{"kind":"Name","value":"writing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CitizenCvPage_SaveCvMutationMutation, CitizenCvPage_SaveCvMutationMutationVariables>;
export const CitizenCvPage_UpdateProfileMutationDocument = {"__meta__":{"hash":"sha256:5eba5b7572519cf659cda9818cc989f6b2dfd71b3a574483ae2190bee6e9c976"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CitizenCvPage_UpdateProfileMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCitizenProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCitizenProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CitizenCvPage_UpdateProfileMutationMutation, CitizenCvPage_UpdateProfileMutationMutationVariables>;
export const CitizenErasureAtDesk_RequestMutationDocument = {"__meta__":{"hash":"sha256:fa3e96b7796158477d00023fbafb0b7b90049dbe63dca608a9a6b327f438ec70"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CitizenErasureAtDesk_RequestMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identityConfirmed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestErasureAtDesk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"identityConfirmed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identityConfirmed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CitizenErasureAtDesk_RequestMutationMutation, CitizenErasureAtDesk_RequestMutationMutationVariables>;
export const CitizenOrientation_BookingsQueryDocument = {"__meta__":{"hash":"sha256:14d9c8b9c2321e8f25d2e3e37c9e8e7b83a925959c3f99ceafe201ce7d657c3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenOrientation_BookingsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitizenOrientation_BookingsQueryQuery, CitizenOrientation_BookingsQueryQueryVariables>;
export const CitizenPage_CitizenQueryDocument = {"__meta__":{"hash":"sha256:a75f42169e6c95271fcb4970c7918829a599a6b49663c1bd8bb708658603e139"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenPage_CitizenQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"accountActivated"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"residenceComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"domicileComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inChargeAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullTime"}},{"kind":"Field","name":{"kind":"Name","value":"partTime"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"mobilityRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"hasOwnVehicle"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicences"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"textVersion"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastEditedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"soughtOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"yearCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageCode"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"motherTongue"}},{"kind":"Field","name":{"kind":"Name","value":"listening"}},{"kind":"Field","name":{"kind":"Name","value":"reading"}},{"kind":"Field","name":{"kind":"Name","value":"spokenInteraction"}},{"kind":"Field","name":{"kind":"Name","value":"spokenProduction"}},{"kind":"Field","name":{"kind":"Name","value":"writing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingModule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitizenPage_CitizenQueryQuery, CitizenPage_CitizenQueryQueryVariables>;
export const CitizenPage_TakeInChargeMutationDocument = {"__meta__":{"hash":"sha256:701ee4156cc06361c4f7a9ee665aafc9fafc2048290325443ad2983cfd168581"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CitizenPage_TakeInChargeMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeCitizenInCharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CitizenPage_TakeInChargeMutationMutation, CitizenPage_TakeInChargeMutationMutationVariables>;
export const CitizenPortalAccess_InviteMutationDocument = {"__meta__":{"hash":"sha256:dd30f3db7ab9a42574375ef45d54529970b8039dcc6fab009cc2d4cf3a60a5c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CitizenPortalAccess_InviteMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCitizenProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCitizenProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CitizenPortalAccess_InviteMutationMutation, CitizenPortalAccess_InviteMutationMutationVariables>;
export const CitizenSkillsGap_SkillsGapQueryDocument = {"__meta__":{"hash":"sha256:ad4befc3fd382052dab9af91d03854c13431e70ea53350abb8a99aba9a3b970e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizenSkillsGap_SkillsGapQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"occupationUri"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillsGap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"occupationUri"},"value":{"kind":"Variable","name":{"kind":"Name","value":"occupationUri"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"essential"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"essentialSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"openInternships"}},{"kind":"Field","name":{"kind":"Name","value":"openTrainingModules"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingModules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingModule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"internshipHosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"openInternships"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"essentialCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitizenSkillsGap_SkillsGapQueryQuery, CitizenSkillsGap_SkillsGapQueryQueryVariables>;
export const CitizensPage_CitizensQueryDocument = {"__meta__":{"hash":"sha256:de1c822b4f7ad43aa809e6d90b1871f06e59e3013f2efe3615131addd13d5d90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CitizensPage_CitizensQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"residenceComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inChargeAt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CitizensPage_CitizensQueryQuery, CitizensPage_CitizensQueryQueryVariables>;
export const CompaniesPage_CompaniesQueryDocument = {"__meta__":{"hash":"sha256:c2c9bcd3ce22a7aa76fff0d84996dac8376f8496dd0bd7e3276b72d3112241f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompaniesPage_CompaniesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"partitaIva"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answerTimes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"averageDays"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"awaiting"}},{"kind":"Field","name":{"kind":"Name","value":"closedWithoutAnswer"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompaniesPage_CompaniesQueryQuery, CompaniesPage_CompaniesQueryQueryVariables>;
export const CompanyServiceFilePage_QueryDocument = {"__meta__":{"hash":"sha256:41ee39ddd45964eb753fd098741fda0f1c0b752ee32025ae08da4262ba1e5833"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyServiceFilePage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyServiceFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"companyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"companyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWithCompany"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"internalNotes"}},{"kind":"Field","name":{"kind":"Name","value":"law68Quota"}},{"kind":"Field","name":{"kind":"Name","value":"law68Uncovered"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"corrections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"correctedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctedByName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedOn"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"neededBy"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draftedVacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkableVacancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkableInternships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyServiceFilePage_QueryQuery, CompanyServiceFilePage_QueryQueryVariables>;
export const CompanyServiceFilePage_RecordContactMutationDocument = {"__meta__":{"hash":"sha256:4435d112efeb907f92f47549b1b24663ffb88fa6b216414c76976fad18db9191"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyServiceFilePage_RecordContactMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyContactInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCompanyContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyServiceFilePage_RecordContactMutationMutation, CompanyServiceFilePage_RecordContactMutationMutationVariables>;
export const CompanyServiceFilePage_ScheduleFollowUpMutationDocument = {"__meta__":{"hash":"sha256:2637dd8f20eb7636d17aa9227c5eac5b4713e1e11e41701f723aa3ff729243fa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyServiceFilePage_ScheduleFollowUpMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyFollowUpInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleCompanyFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyServiceFilePage_ScheduleFollowUpMutationMutation, CompanyServiceFilePage_ScheduleFollowUpMutationMutationVariables>;
export const CompanyServiceFilePage_FollowUpDoneMutationDocument = {"__meta__":{"hash":"sha256:836945a0d10bc83bebbc3518c4e5f633c1ba4e64afbea16b41e5e99f6c654785"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyServiceFilePage_FollowUpDoneMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"done"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCompanyFollowUpDone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"done"},"value":{"kind":"Variable","name":{"kind":"Name","value":"done"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyServiceFilePage_FollowUpDoneMutationMutation, CompanyServiceFilePage_FollowUpDoneMutationMutationVariables>;
export const CompanyServiceFilePage_NeedStatusMutationDocument = {"__meta__":{"hash":"sha256:27f413799b3be18c7803038f27ef81c7d40452a78330b58f3a8b04e48a157583"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyServiceFilePage_NeedStatusMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyNeedStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCompanyNeedStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyServiceFilePage_NeedStatusMutationMutation, CompanyServiceFilePage_NeedStatusMutationMutationVariables>;
export const CompanyServiceFilePage_LinkVacancyMutationDocument = {"__meta__":{"hash":"sha256:c28f3f519a4724ba11ca0498a0133be8ee9070cf7b9c99d29ae873ec99519f6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyServiceFilePage_LinkVacancyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkVacancyToCompanyNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"vacancyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyServiceFilePage_LinkVacancyMutationMutation, CompanyServiceFilePage_LinkVacancyMutationMutationVariables>;
export const CompanyServiceFilePage_LinkInternshipMutationDocument = {"__meta__":{"hash":"sha256:81b047a2ef502c8a3742ad4d4a791aaaf18d60f37261dc310e2a708e1983e982"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyServiceFilePage_LinkInternshipMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"internshipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkInternshipToCompanyNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"internshipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"internshipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyServiceFilePage_LinkInternshipMutationMutation, CompanyServiceFilePage_LinkInternshipMutationMutationVariables>;
export const CompanyServiceFilePage_CreateVacancyFromNeedMutationDocument = {"__meta__":{"hash":"sha256:87e57387a68ed489217224da7111f5b4bf84c8b6fb6e94f5cb4e38d2fe711a9b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyServiceFilePage_CreateVacancyFromNeedMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVacancyFromCompanyNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyServiceFilePage_CreateVacancyFromNeedMutationMutation, CompanyServiceFilePage_CreateVacancyFromNeedMutationMutationVariables>;
export const CompanyServiceFilePage_CorrectContactMutationDocument = {"__meta__":{"hash":"sha256:ead429fb9d097c0ed62db2ae347290bd20600b347377c61b281eb9e7600fb26d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyServiceFilePage_CorrectContactMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanyContactCorrectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctCompanyContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CompanyServiceFilePage_CorrectContactMutationMutation, CompanyServiceFilePage_CorrectContactMutationMutationVariables>;
export const CompanyServicesPage_QueryDocument = {"__meta__":{"hash":"sha256:fd6ec19791ba4ce7da7acc5a4a97dd231965e8c8021d1caef3a2d7b030829604"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyServicesPage_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastContactOn"}},{"kind":"Field","name":{"kind":"Name","value":"openNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"}},{"kind":"Field","name":{"kind":"Name","value":"followUpsOverdue"}}]}}]}}]} as unknown as DocumentNode<CompanyServicesPage_QueryQuery, CompanyServicesPage_QueryQueryVariables>;
export const ContractForm_CreateContractMutationDocument = {"__meta__":{"hash":"sha256:5c5cdc6943fee1bf29b17f454cd26ff00eb8bccfe66b4dee8165614af97518ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContractForm_CreateContractMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFundingContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ContractForm_CreateContractMutationMutation, ContractForm_CreateContractMutationMutationVariables>;
export const CoverLetterPage_LetterQueryDocument = {"__meta__":{"hash":"sha256:93aebdc1129ddec2f774a26c3c50c2a78db1f34593720407e2bbdfb3aa530c32"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverLetterPage_LetterQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastEditedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}}]}}]}}]}}]} as unknown as DocumentNode<CoverLetterPage_LetterQueryQuery, CoverLetterPage_LetterQueryQueryVariables>;
export const CoverLetterPage_UpdateMutationDocument = {"__meta__":{"hash":"sha256:e6b51cdfce6dd7b0f8b497c10c4f390d91476d0bc6a5232cab463787e5f7162f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoverLetterPage_UpdateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoverLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCoverLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverLetter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CoverLetterPage_UpdateMutationMutation, CoverLetterPage_UpdateMutationMutationVariables>;
export const CoverLetterPage_DeleteMutationDocument = {"__meta__":{"hash":"sha256:d87cd4d653278266a1bfc675476d742f10208ebc2bd698583169dd900c382980"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoverLetterPage_DeleteMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCoverLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CoverLetterPage_DeleteMutationMutation, CoverLetterPage_DeleteMutationMutationVariables>;
export const ErasureRequestsPage_QueryDocument = {"__meta__":{"hash":"sha256:93e61dfde8ce2f2d8fbfe2b7aa9f7ff776b8288fc4cd424c5ec8adb82299c4d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErasureRequestsPage_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasureRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<ErasureRequestsPage_QueryQuery, ErasureRequestsPage_QueryQueryVariables>;
export const ErasureRequestsPage_ExecuteMutationDocument = {"__meta__":{"hash":"sha256:f2e310ea056faf3872d47fdea142e50e23cbb0be09f8d222f6ee74eaf21af7dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErasureRequestsPage_ExecuteMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"identityConfirmed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"executeErasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"identityConfirmed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"identityConfirmed"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citizenName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ErasureRequestsPage_ExecuteMutationMutation, ErasureRequestsPage_ExecuteMutationMutationVariables>;
export const ForgotPasswordPage_RequestPasswordResetMutationDocument = {"__meta__":{"hash":"sha256:9c0f894c5f9cd2055a2fdebbc3bb59fd3a5f25bde471118758f144ac0febc71e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForgotPasswordPage_RequestPasswordResetMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ForgotPasswordPage_RequestPasswordResetMutationMutation, ForgotPasswordPage_RequestPasswordResetMutationMutationVariables>;
export const FrontDeskCountsPage_CountsQueryDocument = {"__meta__":{"hash":"sha256:1879916cb0e7b06db317d12874e795ba0d58f98ffa1d24b2f32e616c75c64eed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrontDeskCountsPage_CountsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sportelloId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frontDeskCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"sportelloId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sportelloId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"anonymous"}},{"kind":"Field","name":{"kind":"Name","value":"byChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTopic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOutcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<FrontDeskCountsPage_CountsQueryQuery, FrontDeskCountsPage_CountsQueryQueryVariables>;
export const FrontDeskPage_DeskQueryDocument = {"__meta__":{"hash":"sha256:df158d92ec9bca29d5ba6d6c23093bf8d6d61949509eecb7eb6d80f7a25349a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrontDeskPage_DeskQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberComuni"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrontDeskPage_DeskQueryQuery, FrontDeskPage_DeskQueryQueryVariables>;
export const FrontDeskPage_ContactsQueryDocument = {"__meta__":{"hash":"sha256:afe32b686415bf82d13b1c7576b4cc1a06dc40c026c5af5cc09fc7f9f1de2781"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FrontDeskPage_ContactsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"frontDeskContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FrontDeskPage_ContactsQueryQuery, FrontDeskPage_ContactsQueryQueryVariables>;
export const FrontDeskPage_RecordMutationDocument = {"__meta__":{"hash":"sha256:2c1798cf4fbfae00a17cca2afca921f7a483f3339560b3b4717ac0562a853bdf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FrontDeskPage_RecordMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FrontDeskContactInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFrontDeskContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FrontDeskPage_RecordMutationMutation, FrontDeskPage_RecordMutationMutationVariables>;
export const FrontDeskPage_MarkInErrorMutationDocument = {"__meta__":{"hash":"sha256:96291d32f6b948c253127da5353b51dd89c83cea6b4913ceacb9435558ad5e53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FrontDeskPage_MarkInErrorMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markFrontDeskContactInError"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enteredInError"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FrontDeskPage_MarkInErrorMutationMutation, FrontDeskPage_MarkInErrorMutationMutationVariables>;
export const FundingPage_ContractsQueryDocument = {"__meta__":{"hash":"sha256:8242ba7b8ed163302ad6ebcacc90d7b24cb73671ea81055a3a858f0df0dfba55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingPage_ContractsQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"capCents"}},{"kind":"Field","name":{"kind":"Name","value":"minDurationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"retentionDays"}},{"kind":"Field","name":{"kind":"Name","value":"tariffs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeKind"}},{"kind":"Field","name":{"kind":"Name","value":"contractClass"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"periodStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"chargedCents"}},{"kind":"Field","name":{"kind":"Name","value":"creditedCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"csvUrl"}}]}}]}}]}}]} as unknown as DocumentNode<FundingPage_ContractsQueryQuery, FundingPage_ContractsQueryQueryVariables>;
export const FundingPage_IssueStatementMutationDocument = {"__meta__":{"hash":"sha256:a4aa716af1041a51fec040a49baad4087084745566949d788ca3e6f2190fe128"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundingPage_IssueStatementMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodEndsOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodEndsOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodEndsOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FundingPage_IssueStatementMutationMutation, FundingPage_IssueStatementMutationMutationVariables>;
export const GroupActivitiesPage_GroupActivitiesQueryDocument = {"__meta__":{"hash":"sha256:8a9bb3de17b588d902409cbe9886b6add77dc2c064d36b1ce892a0a9b0734366"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupActivitiesPage_GroupActivitiesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"noShowRate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupActivitiesPage_GroupActivitiesQueryQuery, GroupActivitiesPage_GroupActivitiesQueryQueryVariables>;
export const GroupActivitiesPage_CreateMutationDocument = {"__meta__":{"hash":"sha256:151f4f5bb4adf60d22387d0a534421374826e4b1206fe16c86e8484cd8f8b4b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupActivitiesPage_CreateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupActivityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessions"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupSessionInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroupActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessions"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GroupActivitiesPage_CreateMutationMutation, GroupActivitiesPage_CreateMutationMutationVariables>;
export const GroupActivityPage_GroupActivityQueryDocument = {"__meta__":{"hash":"sha256:6f3f8167cf479fc4d0bb8d82398a63c0c06bffbb6282be27ce035557ef9bd3f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupActivityPage_GroupActivityQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorOperatorId"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceFigures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"absent"}},{"kind":"Field","name":{"kind":"Name","value":"excused"}},{"kind":"Field","name":{"kind":"Name","value":"noShowRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByCitizen"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"certificateUrl"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"groupAttendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"noShowRate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupActivityPage_GroupActivityQueryQuery, GroupActivityPage_GroupActivityQueryQueryVariables>;
export const GroupActivityPage_UpdateMutationDocument = {"__meta__":{"hash":"sha256:267c43e6a0e58e737f48a1d50723f4e1fb24bd7e3696c10adb4b25b81337edca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupActivityPage_UpdateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGroupActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GroupActivityPage_UpdateMutationMutation, GroupActivityPage_UpdateMutationMutationVariables>;
export const GroupActivityPage_PublishMutationDocument = {"__meta__":{"hash":"sha256:7d0eb5ef6215acedea442b5d134bd9a166040997d7d294d075e0d3b428f7ece6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupActivityPage_PublishMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishGroupActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GroupActivityPage_PublishMutationMutation, GroupActivityPage_PublishMutationMutationVariables>;
export const GroupActivityPage_CancelMutationDocument = {"__meta__":{"hash":"sha256:366c69669e9287584a3d50e468c5c0c776c5a0090f5c24d8ed42f2f7799f3161"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupActivityPage_CancelMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelGroupActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GroupActivityPage_CancelMutationMutation, GroupActivityPage_CancelMutationMutationVariables>;
export const GroupActivityPage_EndMutationDocument = {"__meta__":{"hash":"sha256:780a2eaae3e6448c6d461e4b4811fcee26b4fb7fe2ec2e62d7050f7c831e9eb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupActivityPage_EndMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endGroupActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GroupActivityPage_EndMutationMutation, GroupActivityPage_EndMutationMutationVariables>;
export const GroupActivityPage_AddSessionMutationDocument = {"__meta__":{"hash":"sha256:374ebc687c70a10759629b8e0a504e45b32913e9b6c3ce84248125adc10c4885"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupActivityPage_AddSessionMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGroupSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GroupActivityPage_AddSessionMutationMutation, GroupActivityPage_AddSessionMutationMutationVariables>;
export const GroupActivityPage_MoveSessionMutationDocument = {"__meta__":{"hash":"sha256:196f299d52b62e416071cf045ddffcf62b9bcaee1ff4384e007aab002dda4fdd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupActivityPage_MoveSessionMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveGroupSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GroupActivityPage_MoveSessionMutationMutation, GroupActivityPage_MoveSessionMutationMutationVariables>;
export const GroupActivityPage_EnrolMutationDocument = {"__meta__":{"hash":"sha256:4a5247a1f8a49275729f9c45fdd238fd96d41aef714a94d932b3107183a3027a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupActivityPage_EnrolMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolInGroupActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GroupActivityPage_EnrolMutationMutation, GroupActivityPage_EnrolMutationMutationVariables>;
export const GroupActivityPage_WithdrawMutationDocument = {"__meta__":{"hash":"sha256:0f5fbb37ed2e84434e459219f9635fbcb679a35dbfdd86d3f4b167982906173f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupActivityPage_WithdrawMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawGroupEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GroupActivityPage_WithdrawMutationMutation, GroupActivityPage_WithdrawMutationMutationVariables>;
export const GroupActivityPage_AttendanceMutationDocument = {"__meta__":{"hash":"sha256:519469a2eea86389c76fc857bdee9283152e75ad674cddfbe5119cea4db27913"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupActivityPage_AttendanceMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entries"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordGroupAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"entries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GroupActivityPage_AttendanceMutationMutation, GroupActivityPage_AttendanceMutationMutationVariables>;
export const IntegrationsPage_ApiClientsQueryDocument = {"__meta__":{"hash":"sha256:b66a8d0e3cebce1b9ca55ea4a1d5dcf3ff56566610912b6750e8c4e7129e11f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntegrationsPage_ApiClientsQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"persistedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}}]}}]}}]}}]} as unknown as DocumentNode<IntegrationsPage_ApiClientsQueryQuery, IntegrationsPage_ApiClientsQueryQueryVariables>;
export const IntegrationsPage_CreateApiClientMutationDocument = {"__meta__":{"hash":"sha256:469663c9c41233c0e38fecc30adf621f626ec8e2c389f3afd7019cbd2565df5c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IntegrationsPage_CreateApiClientMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<IntegrationsPage_CreateApiClientMutationMutation, IntegrationsPage_CreateApiClientMutationMutationVariables>;
export const InternshipActions_SignMutationDocument = {"__meta__":{"hash":"sha256:c777305db54dcc5310089358c8b678c7f39b5ab47622d4b98d68292ba5fdc91c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternshipActions_SignMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInternshipAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternshipActions_SignMutationMutation, InternshipActions_SignMutationMutationVariables>;
export const InternshipActions_StartMutationDocument = {"__meta__":{"hash":"sha256:ee83cd06b9d741077eef320c67056b3e28aa414c4c6e63a18c0980bf19d2157e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternshipActions_StartMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startInternship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternshipActions_StartMutationMutation, InternshipActions_StartMutationMutationVariables>;
export const InternshipActions_ResumeMutationDocument = {"__meta__":{"hash":"sha256:5d27812b7a43177e8a477f6ad2dcd62816dc59a8a6c30fd1db31b79664972d5b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternshipActions_ResumeMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeInternship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternshipActions_ResumeMutationMutation, InternshipActions_ResumeMutationMutationVariables>;
export const InternshipActions_SuspendMutationDocument = {"__meta__":{"hash":"sha256:30922bc852bb7c328058ed5b9a0382bc9b17735d55493c4ca1168d40b24db164"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternshipActions_SuspendMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendInternship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternshipActions_SuspendMutationMutation, InternshipActions_SuspendMutationMutationVariables>;
export const InternshipActions_InterruptMutationDocument = {"__meta__":{"hash":"sha256:a0b794f0ad963cf3d7f433a796289978cf742bae227d42b68f83abd45765bd27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternshipActions_InterruptMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interruptInternship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternshipActions_InterruptMutationMutation, InternshipActions_InterruptMutationMutationVariables>;
export const InternshipEvaluation_CompleteMutationDocument = {"__meta__":{"hash":"sha256:9e96b455ce192e75b55f672ebbb1d76da5c3dc6bc3ea083a79572122ce4df9ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternshipEvaluation_CompleteMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteInternshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeInternship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternshipEvaluation_CompleteMutationMutation, InternshipEvaluation_CompleteMutationMutationVariables>;
export const InternshipPage_InternshipQueryDocument = {"__meta__":{"hash":"sha256:b9abd04678ee355a673bb65bf357aaaa931a91e273b8475446bad4f6ff602565"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InternshipPage_InternshipQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"targetSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acquiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyIndemnityCents"}},{"kind":"Field","name":{"kind":"Name","value":"agreementSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companySite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotingTutor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyTutor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"hoursAttended"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"authorSide"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"judgement"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}}]}}]}}]}}]} as unknown as DocumentNode<InternshipPage_InternshipQueryQuery, InternshipPage_InternshipQueryQueryVariables>;
export const InternshipPage_MonitoringMutationDocument = {"__meta__":{"hash":"sha256:15efb4ac222a9dae9d8924cb242d5c0ebdaa6ed58e2728215b0ab6fc450d2dc3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternshipPage_MonitoringMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInternshipMonitoringEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternshipPage_MonitoringMutationMutation, InternshipPage_MonitoringMutationMutationVariables>;
export const InternshipsPage_InternshipsQueryDocument = {"__meta__":{"hash":"sha256:5ff083eaf9b5b4c81c080840987639882914896b23a44deb1b34028d0d13b8cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InternshipsPage_InternshipsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InternshipStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InternshipsPage_InternshipsQueryQuery, InternshipsPage_InternshipsQueryQueryVariables>;
export const InvitationPage_AcceptInvitationMutationDocument = {"__meta__":{"hash":"sha256:781e84d4123f880ea3f0d834eced93b8eb91d59647eb1835e8e4d14a7b2269f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationPage_AcceptInvitationMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnrolmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<InvitationPage_AcceptInvitationMutationMutation, InvitationPage_AcceptInvitationMutationMutationVariables>;
export const JobInterviewsPage_InterviewsQueryDocument = {"__meta__":{"hash":"sha256:7d267d8c743c282fe488bca5f68fb336226ede9ee56fa98f04924e7e8e17884b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobInterviewsPage_InterviewsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InterviewStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upcoming"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkInterviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"upcoming"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upcoming"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<JobInterviewsPage_InterviewsQueryQuery, JobInterviewsPage_InterviewsQueryQueryVariables>;
export const LabourReportPage_QueryDocument = {"__meta__":{"hash":"sha256:0790e7e2b20b3f75bf0b92fbf44d10f14ff3a32e6f3f9e9fd3a7e297e2a0ae03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LabourReportPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"semester"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comuneCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labourMarketReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"semester"},"value":{"kind":"Variable","name":{"kind":"Name","value":"semester"}}},{"kind":"Argument","name":{"kind":"Name","value":"comuneCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comuneCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"semester"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"minCount"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LabourReportPage_Table"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peopleInCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LabourReportPage_Table"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LabourReportPage_Table"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"}},{"kind":"Field","name":{"kind":"Name","value":"funnel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeToPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"placements"}},{"kind":"Field","name":{"kind":"Name","value":"medianDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"largestSkillGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"demanded"}},{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"demandShare"}},{"kind":"Field","name":{"kind":"Name","value":"supplyShare"}},{"kind":"Field","name":{"kind":"Name","value":"gapPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stillEmployedAt90Days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"spec"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LabourReportPage_Table"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CountTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowKeys"}},{"kind":"Field","name":{"kind":"Name","value":"rowLabels"}},{"kind":"Field","name":{"kind":"Name","value":"columnKeys"}},{"kind":"Field","name":{"kind":"Name","value":"columnLabels"}},{"kind":"Field","name":{"kind":"Name","value":"cells"}},{"kind":"Field","name":{"kind":"Name","value":"rowTotals"}},{"kind":"Field","name":{"kind":"Name","value":"columnTotals"}},{"kind":"Field","name":{"kind":"Name","value":"grandTotal"}}]}}]} as unknown as DocumentNode<LabourReportPage_QueryQuery, LabourReportPage_QueryQueryVariables>;
export const LoginPage_LoginMutationDocument = {"__meta__":{"hash":"sha256:cfec73125d6bd48411e9408fbc7cb9a23eb25e354a9039d240a0e7907b226179"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_LoginMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"deviceToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secondFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnrolmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<LoginPage_LoginMutationMutation, LoginPage_LoginMutationMutationVariables>;
export const LoginPage_CompleteSecondFactorMutationDocument = {"__meta__":{"hash":"sha256:045330233e6b2bde3acc7093c56d8cfdb997baf80b9827c817e2b78ca2117f58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_CompleteSecondFactorMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SecondFactorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSecondFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"deviceToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnrolmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<LoginPage_CompleteSecondFactorMutationMutation, LoginPage_CompleteSecondFactorMutationMutationVariables>;
export const LoginPage_LogoutMutationDocument = {"__meta__":{"hash":"sha256:c69e28cfbe4ccdc208ffe1cd191f791cffa17c328393f1282b219858f5d3ae08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_LogoutMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LoginPage_LogoutMutationMutation, LoginPage_LogoutMutationMutationVariables>;
export const NetworkCompanyAnswers_QueryDocument = {"__meta__":{"hash":"sha256:41d87f8a65e3a9f97087bac50b0d98f2db2768573aa9b9a1c9b66e9c5ae9b9ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkCompanyAnswers_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyResponseDays"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkCompanyAnswers_QueryQuery, NetworkCompanyAnswers_QueryQueryVariables>;
export const NetworkCompanyAnswers_SetMutationDocument = {"__meta__":{"hash":"sha256:f66bc0b22a420ab1833298e02033896588f11f92b17f486fccda3e67ee183906"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NetworkCompanyAnswers_SetMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCompanyResponseDays"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyResponseDays"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkCompanyAnswers_SetMutationMutation, NetworkCompanyAnswers_SetMutationMutationVariables>;
export const NetworkPage_SportelliQueryDocument = {"__meta__":{"hash":"sha256:cc49a223b1300f4673fdcf038603ffbe4f228835a6b1078ea7a4fa9fef7b3f62"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkPage_SportelliQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sportelli"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkPage_SportelliQueryQuery, NetworkPage_SportelliQueryQueryVariables>;
export const NetworkPage_CaseCountsQueryDocument = {"__meta__":{"hash":"sha256:25038932ea2c092bfd56cf7cad275fea4fd68cd1e2e7e594f4eaaefed51fbd09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkPage_CaseCountsQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openCases"}},{"kind":"Field","name":{"kind":"Name","value":"closedCases"}},{"kind":"Field","name":{"kind":"Name","value":"pattiAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"pattiAwaitingAcceptance"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActions"}}]}}]}}]} as unknown as DocumentNode<NetworkPage_CaseCountsQueryQuery, NetworkPage_CaseCountsQueryQueryVariables>;
export const NetworkPage_MembershipsQueryDocument = {"__meta__":{"hash":"sha256:3c74a4f29d04f9011d9411d97bc7652c3641699a76a3abc36a45d3ad018cc7a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkPage_MembershipsQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"registeredResidents"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkPage_MembershipsQueryQuery, NetworkPage_MembershipsQueryQueryVariables>;
export const NetworkPage_OperatorsQueryDocument = {"__meta__":{"hash":"sha256:85a4675396e2de77c2870e9c8dfeb0e83e47a579615f0cbb57dc6968f41baf17"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkPage_OperatorsQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkPage_OperatorsQueryQuery, NetworkPage_OperatorsQueryQueryVariables>;
export const NetworkPrivacy_QueryDocument = {"__meta__":{"hash":"sha256:9933b6997651ea87674fe76788e2ffba2ad26f1c9644c8d76bae652a73be0e09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkPrivacy_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"privacyController"}},{"kind":"Field","name":{"kind":"Name","value":"dpoEmail"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkPrivacy_QueryQuery, NetworkPrivacy_QueryQueryVariables>;
export const NetworkPrivacy_UpdateMutationDocument = {"__meta__":{"hash":"sha256:f11e90ea5f9db61ec47f043c6e2045e175b4474fdec93cd712aa1c1d935d9179"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NetworkPrivacy_UpdateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkPrivacyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNetworkPrivacy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"privacyController"}},{"kind":"Field","name":{"kind":"Name","value":"dpoEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkPrivacy_UpdateMutationMutation, NetworkPrivacy_UpdateMutationMutationVariables>;
export const NetworkReportMinCount_QueryDocument = {"__meta__":{"hash":"sha256:7fe6d72f08fdeef2dc8a2f4e614d4695d8f67bb0e126bcfe693944e4642670f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkReportMinCount_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportMinCount"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkReportMinCount_QueryQuery, NetworkReportMinCount_QueryQueryVariables>;
export const NetworkReportMinCount_SetMutationDocument = {"__meta__":{"hash":"sha256:091c7af97c4c3b98edcf6838f3fe052a783d78a8bd1ef64de44b8cf692cdfb1b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NetworkReportMinCount_SetMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minCount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReportMinCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"minCount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minCount"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportMinCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkReportMinCount_SetMutationMutation, NetworkReportMinCount_SetMutationMutationVariables>;
export const NetworkRetention_QueryDocument = {"__meta__":{"hash":"sha256:e4370f65809c4c072f96e1171ad6cfb1e15cc4fa23c0ba7a3ea2ed4a30d00427"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkRetention_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retentionPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}}]}}]}}]} as unknown as DocumentNode<NetworkRetention_QueryQuery, NetworkRetention_QueryQueryVariables>;
export const NetworkRetention_SetMutationDocument = {"__meta__":{"hash":"sha256:3f618a6b6e3ab66dbfca7e7ac1759c67bfdad6f387da5644e29b38b46a3ae2aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NetworkRetention_SetMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRetentionMonths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retentionPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkRetention_SetMutationMutation, NetworkRetention_SetMutationMutationVariables>;
export const NetworkTwoFactor_QueryDocument = {"__meta__":{"hash":"sha256:4d5129b86ec8d2a0f9613d8ecbaf85fbff238c29e44ff044dec7e73f5d9405b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkTwoFactor_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"requiredByNetwork"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkTwoFactor_QueryQuery, NetworkTwoFactor_QueryQueryVariables>;
export const NetworkTwoFactor_SetMutationDocument = {"__meta__":{"hash":"sha256:f905a31dbc035f5af3c76b9acf4d5333d04e90115bd7f74569866358c6884e90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NetworkTwoFactor_SetMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"required"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStaffTwoFactorRequired"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"required"},"value":{"kind":"Variable","name":{"kind":"Name","value":"required"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffTwoFactorRequired"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkTwoFactor_SetMutationMutation, NetworkTwoFactor_SetMutationMutationVariables>;
export const NetworkVacancyPay_QueryDocument = {"__meta__":{"hash":"sha256:a6fcf72ac5f3a3ec26a342e149b431c329798092b0e9e2cd1e9fc1f83425b238"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkVacancyPay_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vacancyPayRequired"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkVacancyPay_QueryQuery, NetworkVacancyPay_QueryQueryVariables>;
export const NetworkVacancyPay_SetMutationDocument = {"__meta__":{"hash":"sha256:b76f9bef5e95581eeeb1eed8e116d1f34f52dc16e2c24fdb0e318ff5e57bacea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NetworkVacancyPay_SetMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"required"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setVacancyPayRequired"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"required"},"value":{"kind":"Variable","name":{"kind":"Name","value":"required"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancyPayRequired"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkVacancyPay_SetMutationMutation, NetworkVacancyPay_SetMutationMutationVariables>;
export const NewCitizenPage_MemberComuniQueryDocument = {"__meta__":{"hash":"sha256:13930eaf9a48260f70c15a98d947d430e27c1361fee4863fcddf0f34c1d47117"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewCitizenPage_MemberComuniQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberComuni"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NewCitizenPage_MemberComuniQueryQuery, NewCitizenPage_MemberComuniQueryQueryVariables>;
export const NewCitizenPage_RegisterMutationDocument = {"__meta__":{"hash":"sha256:ecd60c2d717a0b7082ee0d914fc92c6e094948252a7034708e09cf37d5f180a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewCitizenPage_RegisterMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCitizenByOperatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCitizenByOperator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NewCitizenPage_RegisterMutationMutation, NewCitizenPage_RegisterMutationMutationVariables>;
export const OrientationRecordPage_CitizenQueryDocument = {"__meta__":{"hash":"sha256:19b71af6a52410bec0e0d38601cb9b4955b1f2df0abcfb2170a5abe8f20a852f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrientationRecordPage_CitizenQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"cv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soughtOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrientationRecordPage_CitizenQueryQuery, OrientationRecordPage_CitizenQueryQueryVariables>;
export const OrientationRecordPage_RecordMutationDocument = {"__meta__":{"hash":"sha256:fd8d04cd4b2d226f7fb429cb2823b9a8fb2cac899b877c092484ef32bd16c168"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrientationRecordPage_RecordMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrientationRecordInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOrientation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OrientationRecordPage_RecordMutationMutation, OrientationRecordPage_RecordMutationMutationVariables>;
export const OutcomesPage_OutcomesQueryDocument = {"__meta__":{"hash":"sha256:54e22e460e0577cb623fa571d9c03369fdaef9ce676fdffc92bcc764cde88079"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomesPage_OutcomesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contractClass"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stillEmployed"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedVia"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedByName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutcomesPage_OutcomesQueryQuery, OutcomesPage_OutcomesQueryQueryVariables>;
export const OutcomesPage_ConfirmMutationDocument = {"__meta__":{"hash":"sha256:4f509d7acfa1700be97efc5b838b5440a008b6f544086277b5c3ceee1af27d13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutcomesPage_ConfirmMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmEmploymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmEmployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OutcomesPage_ConfirmMutationMutation, OutcomesPage_ConfirmMutationMutationVariables>;
export const OutplacementProjectPage_ProjectQueryDocument = {"__meta__":{"hash":"sha256:9d846e25de8085786533b477c8b4bbfcfca7be5f398cbff70ff03d1550640f86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutplacementProjectPage_ProjectQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outplacementProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"partitaIva"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"takenInChargeAt"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"notInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutplacementProjectPage_ProjectQueryQuery, OutplacementProjectPage_ProjectQueryQueryVariables>;
export const OutplacementProjectPage_WorkersQueryDocument = {"__meta__":{"hash":"sha256:fd195cbf1ccf8439d50ed720a20b00c406726de97e561189bfb4062db1845bf7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutplacementProjectPage_WorkersQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outplacementProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutplacementProjectPage_WorkersQueryQuery, OutplacementProjectPage_WorkersQueryQueryVariables>;
export const OutplacementProjectPage_AddWorkersMutationDocument = {"__meta__":{"hash":"sha256:5279f17b8ebd8cc91323601c2f9cbeed1c80ea4648c841128f498c8610cce685"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutplacementProjectPage_AddWorkersMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"codiciFiscali"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOutplacementWorkers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"codiciFiscali"},"value":{"kind":"Variable","name":{"kind":"Name","value":"codiciFiscali"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OutplacementProjectPage_AddWorkersMutationMutation, OutplacementProjectPage_AddWorkersMutationMutationVariables>;
export const OutplacementProjectPage_TakeGroupMutationDocument = {"__meta__":{"hash":"sha256:7e66f01e6234786ea9672c33d636a16ca1e90a1268fea091542e411c27198bd6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutplacementProjectPage_TakeGroupMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeOutplacementGroupInCharge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OutplacementProjectPage_TakeGroupMutationMutation, OutplacementProjectPage_TakeGroupMutationMutationVariables>;
export const OutplacementProjectPage_SetStatusMutationDocument = {"__meta__":{"hash":"sha256:245a075947d1af73139b414efac8a0fc43fe213f31694e1f370dc2849c56519c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutplacementProjectPage_SetStatusMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutplacementWorkerStatusInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOutplacementWorkerStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OutplacementProjectPage_SetStatusMutationMutation, OutplacementProjectPage_SetStatusMutationMutationVariables>;
export const OutplacementProjectsPage_ProjectsQueryDocument = {"__meta__":{"hash":"sha256:3829d926193fb1fcd07e3f17207061b016eef57133c64c7660dbe15163d6e223"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutplacementProjectsPage_ProjectsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outplacementProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"notInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutplacementProjectsPage_ProjectsQueryQuery, OutplacementProjectsPage_ProjectsQueryQueryVariables>;
export const OutplacementProjectsPage_CompaniesQueryDocument = {"__meta__":{"hash":"sha256:0222ddb530d54ca4594166aed8f0a02b1f759299aa030070e73923b26b4e308a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutplacementProjectsPage_CompaniesQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"VERIFIED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"partitaIva"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutplacementProjectsPage_CompaniesQueryQuery, OutplacementProjectsPage_CompaniesQueryQueryVariables>;
export const OutplacementProjectsPage_CreateMutationDocument = {"__meta__":{"hash":"sha256:1bc48a0fca8a6f8efc5c116d2b83a08a3bb382b023f8066e66d801db7130967e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutplacementProjectsPage_CreateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutplacementProjectInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOutplacementProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OutplacementProjectsPage_CreateMutationMutation, OutplacementProjectsPage_CreateMutationMutationVariables>;
export const PendingCompaniesPage_PendingCompaniesQueryDocument = {"__meta__":{"hash":"sha256:65bd1a9babedcc054376004a94e258688031db8bded427f4b938f1b6dc9e4a32"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingCompaniesPage_PendingCompaniesQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"partitaIva"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingCompaniesPage_PendingCompaniesQueryQuery, PendingCompaniesPage_PendingCompaniesQueryQueryVariables>;
export const PendingCompaniesPage_VerifyCompanyMutationDocument = {"__meta__":{"hash":"sha256:69f435927dde9a32512b23173e88beab1320afcf6ef5936ac90c9305f9168aed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PendingCompaniesPage_VerifyCompanyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PendingCompaniesPage_VerifyCompanyMutationMutation, PendingCompaniesPage_VerifyCompanyMutationMutationVariables>;
export const PendingCompaniesPage_RejectCompanyMutationDocument = {"__meta__":{"hash":"sha256:b4a3bfcd56ca03d04c62a26feb3943afbd67c16b39a7d1c9bfc5425cf9dd8a58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PendingCompaniesPage_RejectCompanyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PendingCompaniesPage_RejectCompanyMutationMutation, PendingCompaniesPage_RejectCompanyMutationMutationVariables>;
export const PlacementsPage_PlacementsQueryDocument = {"__meta__":{"hash":"sha256:ef22d943d0fb11308286ba1062e70976a2456943e0621aba12e8f2deb0f5e703"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlacementsPage_PlacementsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verified"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"verified"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verified"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"internship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlacementsPage_PlacementsQueryQuery, PlacementsPage_PlacementsQueryQueryVariables>;
export const PlacementsPage_VerifyPlacementMutationDocument = {"__meta__":{"hash":"sha256:194336a92ad508a1cda543e69465c5a8c5042a040feb1513d750da2abc9f024c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlacementsPage_VerifyPlacementMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PlacementsPage_VerifyPlacementMutationMutation, PlacementsPage_VerifyPlacementMutationMutationVariables>;
export const PlacementsPage_RecordPlacementMutationDocument = {"__meta__":{"hash":"sha256:bae80cff8e2db46fd2fe66dda692798bf469b1c1fe8377d29eb0224923820dd1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlacementsPage_RecordPlacementMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlacementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PlacementsPage_RecordPlacementMutationMutation, PlacementsPage_RecordPlacementMutationMutationVariables>;
export const PrivacyPage_NetworksQueryDocument = {"__meta__":{"hash":"sha256:ebb4bf6a655a7ec232429b026827b51bbf5d23089555ad15583a1b41b846c462"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrivacyPage_NetworksQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"privacyController"}},{"kind":"Field","name":{"kind":"Name","value":"dpoEmail"}}]}}]}}]} as unknown as DocumentNode<PrivacyPage_NetworksQueryQuery, PrivacyPage_NetworksQueryQueryVariables>;
export const ProgramCallPage_CallQueryDocument = {"__meta__":{"hash":"sha256:38b148e03c036052b30ecb460776481def4df756e3284c9b45bd1b704a339256"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramCallPage_CallQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRateCents"}},{"kind":"Field","name":{"kind":"Name","value":"rankingPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minMonthsUnemployed"}},{"kind":"Field","name":{"kind":"Name","value":"iseeCeilingCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankingCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iseeWeight"}},{"kind":"Field","name":{"kind":"Name","value":"unemploymentWeight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByCitizen"}},{"kind":"Field","name":{"kind":"Name","value":"iseeCents"}},{"kind":"Field","name":{"kind":"Name","value":"unemployedSince"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iseeCents"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramCallPage_CallQueryQuery, ProgramCallPage_CallQueryQueryVariables>;
export const ProgramCallPage_PublishMutationDocument = {"__meta__":{"hash":"sha256:ecb4962b79968a7781be3f2fb94d5323b6e99aecf7fc53fc2e303312e3b40522"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramCallPage_PublishMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishProgramRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramCallPage_PublishMutationMutation, ProgramCallPage_PublishMutationMutationVariables>;
export const ProgramCallPage_AdmitMutationDocument = {"__meta__":{"hash":"sha256:db798f90eb73569c8af2aaafa627afe2ae02e05becd5fe6bfb8f8166fad8edd4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramCallPage_AdmitMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitProgramApplicant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"assignment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramCallPage_AdmitMutationMutation, ProgramCallPage_AdmitMutationMutationVariables>;
export const ProgramPage_ProgramQueryDocument = {"__meta__":{"hash":"sha256:fbaa14f681f1a07ef24b12346e403f711a3741f0e2464d235e0a3b192509c00d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramPage_ProgramQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"budgetCents"}},{"kind":"Field","name":{"kind":"Name","value":"ownerComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"placesTaken"}},{"kind":"Field","name":{"kind":"Name","value":"rankingPublishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramPage_ProgramQueryQuery, ProgramPage_ProgramQueryQueryVariables>;
export const ProgramPage_CreateCallMutationDocument = {"__meta__":{"hash":"sha256:701b74b8c01382824766c6389b01c390d5479c16e67401f0bd6a5956278ec2ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramPage_CreateCallMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramCallInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgramCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramPage_CreateCallMutationMutation, ProgramPage_CreateCallMutationMutationVariables>;
export const ProgramParticipationPage_QueryDocument = {"__meta__":{"hash":"sha256:9fa9737de0728df38285deaa0f290b109c5dd62f1239f8359fdf47b9febc2781"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramParticipationPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRateCents"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"projectDescription"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"tutor"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"admittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"interruptionReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramParticipationPage_QueryQuery, ProgramParticipationPage_QueryQueryVariables>;
export const ProgramParticipationPage_AttendanceMutationDocument = {"__meta__":{"hash":"sha256:35597ff89ae5ad31ffde33cf8898cca8d49dd55f8be8c0b04ed99cf70ab6e846"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramParticipationPage_AttendanceMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hours"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProgramAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"hours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hours"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramParticipationPage_AttendanceMutationMutation, ProgramParticipationPage_AttendanceMutationMutationVariables>;
export const ProgramParticipationPage_InterruptMutationDocument = {"__meta__":{"hash":"sha256:4eb366e58c2f73207dc6accd274426b87cb1c1d1e8bcc7ddc2212d1e962b7119"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramParticipationPage_InterruptMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interruptProgramParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramParticipationPage_InterruptMutationMutation, ProgramParticipationPage_InterruptMutationMutationVariables>;
export const ProgramParticipationPage_EndMutationDocument = {"__meta__":{"hash":"sha256:48649f4e16a5fa5c681e42fac70a7c281bb07e0ba26e9caa084054dbcfedd660"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramParticipationPage_EndMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hire"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramHireInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endProgramParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"hire"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hire"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramParticipationPage_EndMutationMutation, ProgramParticipationPage_EndMutationMutationVariables>;
export const ProgramsPage_ProgramsQueryDocument = {"__meta__":{"hash":"sha256:2dd14f0c2a9d8b5c0ae795e717c1be02381843a9b3768a1761113b8202be1c26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsPage_ProgramsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"budgetCents"}},{"kind":"Field","name":{"kind":"Name","value":"ownerComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsPage_ProgramsQueryQuery, ProgramsPage_ProgramsQueryQueryVariables>;
export const ProgramsPage_CreateMutationDocument = {"__meta__":{"hash":"sha256:2291268d0a4d29c06fdecb8c747efb46a3cf0d8916669542fbaa14ce1a7d85cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramsPage_CreateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramsPage_CreateMutationMutation, ProgramsPage_CreateMutationMutationVariables>;
export const ProposeInternshipForm_CompaniesQueryDocument = {"__meta__":{"hash":"sha256:19c237be1999a0046950dd5509a2ce90881fdb66072b3c0d2a018bbe2d6b9701"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposeInternshipForm_CompaniesQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"VERIFIED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProposeInternshipForm_CompaniesQueryQuery, ProposeInternshipForm_CompaniesQueryQueryVariables>;
export const ProposeInternshipForm_ProposeMutationDocument = {"__meta__":{"hash":"sha256:ceef93674ea2f7a50334db08cdf699b65d697a49b379854833bc53ac4193a2a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeInternshipForm_ProposeMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeInternshipInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeInternship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProposeInternshipForm_ProposeMutationMutation, ProposeInternshipForm_ProposeMutationMutationVariables>;
export const ResetPasswordPage_ResetPasswordMutationDocument = {"__meta__":{"hash":"sha256:9cdc7f0c5eebd0f60565d4c98bca4536f4fbf3dc2df1f4b2e3a3a005058ff2c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPasswordPage_ResetPasswordMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordPage_ResetPasswordMutationMutation, ResetPasswordPage_ResetPasswordMutationMutationVariables>;
export const SlotsPage_SlotsQueryDocument = {"__meta__":{"hash":"sha256:314422ed9c12a4f889889a6586812ce471c405d38cc5c0f83c4f9f7ba406a0d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlotsPage_SlotsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sportelloId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sportelloId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sportelloId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SlotsPage_SlotsQueryQuery, SlotsPage_SlotsQueryQueryVariables>;
export const SlotsPage_SportelliQueryDocument = {"__meta__":{"hash":"sha256:9cf636624a45b01818aa3ee2c4a193252c8ff50e6ce3b6bcd188f823897ae564"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SlotsPage_SportelliQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sportelli"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SlotsPage_SportelliQueryQuery, SlotsPage_SportelliQueryQueryVariables>;
export const SlotsPage_PublishSlotMutationDocument = {"__meta__":{"hash":"sha256:abb267e8d778ec21b5110a76703356356d12a16fa603f8eacbc58e814f357bb4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SlotsPage_PublishSlotMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishSlotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SlotsPage_PublishSlotMutationMutation, SlotsPage_PublishSlotMutationMutationVariables>;
export const TodayPage_TodayQueryDocument = {"__meta__":{"hash":"sha256:173ec804279bb3ef1dff37842c6045191e8400a64ee0a92f0ca3d73d96d14f24"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TodayPage_TodayQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"}},{"kind":"Field","name":{"kind":"Name","value":"followUpsOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseworkToday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pattiAwaitingAcceptance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TodayPage_TodayQueryQuery, TodayPage_TodayQueryQueryVariables>;
export const TrainingModulePage_TrainingModuleQueryDocument = {"__meta__":{"hash":"sha256:e11158565456e64fdc420a60f9f1a322ed544811a68db9f60c78a10e5624ce11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingModulePage_TrainingModuleQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedByCitizen"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingModulePage_TrainingModuleQueryQuery, TrainingModulePage_TrainingModuleQueryQueryVariables>;
export const TrainingModulePage_UpdateMutationDocument = {"__meta__":{"hash":"sha256:92b33ce2b2d9e3f67a395a072972615528857fde4ab203de884991fade5f429e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingModulePage_UpdateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingModuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrainingModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingModule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingModulePage_UpdateMutationMutation, TrainingModulePage_UpdateMutationMutationVariables>;
export const TrainingModulePage_PublishMutationDocument = {"__meta__":{"hash":"sha256:fa40f6c62ae470e01616bc1dd0c88c3d118d1a03c3f607bb417d947ac95f2b67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingModulePage_PublishMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishTrainingModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingModule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingModulePage_PublishMutationMutation, TrainingModulePage_PublishMutationMutationVariables>;
export const TrainingModulePage_CancelMutationDocument = {"__meta__":{"hash":"sha256:be22186a82542e4a5545bf42cec8e79d9fd8cc4a35443cfa4b3983324ff0f35d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingModulePage_CancelMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTrainingModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingModule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingModulePage_CancelMutationMutation, TrainingModulePage_CancelMutationMutationVariables>;
export const TrainingModulePage_EnrolMutationDocument = {"__meta__":{"hash":"sha256:5908a00aa03687b82aa6d44229b07f3ecb7e9b023c54e3def79944615025d929"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingModulePage_EnrolMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolInTrainingModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingModulePage_EnrolMutationMutation, TrainingModulePage_EnrolMutationMutationVariables>;
export const TrainingModulePage_CompleteMutationDocument = {"__meta__":{"hash":"sha256:da4c526505efcb1e953725c652c947bf46c64d30d0c5acd8e372336e70d06ac6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingModulePage_CompleteMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTrainingEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingModulePage_CompleteMutationMutation, TrainingModulePage_CompleteMutationMutationVariables>;
export const TrainingModulePage_WithdrawMutationDocument = {"__meta__":{"hash":"sha256:2ba9c29bea30a8bd3120302ae3234c80a46c4c8e52945b5ad718d7a93f2cdc5c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingModulePage_WithdrawMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawTrainingEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingModulePage_WithdrawMutationMutation, TrainingModulePage_WithdrawMutationMutationVariables>;
export const TrainingPage_TrainingModulesQueryDocument = {"__meta__":{"hash":"sha256:13d9bdc95bb2f35424bf16d2b99a797e816b16a5806c666c839f18601be033fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingPage_TrainingModulesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingModules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingPage_TrainingModulesQueryQuery, TrainingPage_TrainingModulesQueryQueryVariables>;
export const TrainingPage_CreateMutationDocument = {"__meta__":{"hash":"sha256:d8856ccde3501655e555481b110affc44d3c75ccae24161d906cb9c49d10da2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingPage_CreateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingModuleInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrainingModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingModule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingPage_CreateMutationMutation, TrainingPage_CreateMutationMutationVariables>;
export const TrustedOperations_RegisterMutationDocument = {"__meta__":{"hash":"sha256:1161e0ec4135ccf67b8ed448f652a35ebfbc821e7a6c326914a69695cfa92aaf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrustedOperations_RegisterMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"apiClientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documents"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerApiClientOperations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"apiClientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"apiClientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"documents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documents"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrustedOperations_RegisterMutationMutation, TrustedOperations_RegisterMutationMutationVariables>;
export const TrustedOperations_RemoveMutationDocument = {"__meta__":{"hash":"sha256:5a607437f1f0adb0f1cbdc39549d62661f64facc6b7a34be7aa73cf5f5e6cd66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrustedOperations_RemoveMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"apiClientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hash"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeApiClientOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"apiClientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"apiClientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"hash"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hash"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrustedOperations_RemoveMutationMutation, TrustedOperations_RemoveMutationMutationVariables>;
export const TrustedOperations_PersistedOnlyMutationDocument = {"__meta__":{"hash":"sha256:db331b7e5363ca45ca543888945f4d783f63ea280c43e13b0b786497bb076ba2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrustedOperations_PersistedOnlyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"apiClientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"persistedOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setApiClientPersistedOnly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"apiClientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"apiClientId"}}},{"kind":"Argument","name":{"kind":"Name","value":"persistedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"persistedOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"persistedOnly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrustedOperations_PersistedOnlyMutationMutation, TrustedOperations_PersistedOnlyMutationMutationVariables>;
export const VacanciesPage_NetworkVacanciesQueryDocument = {"__meta__":{"hash":"sha256:cda348d31e87881b44e2c1d0d7af39b187d6b6e50b0cd84b60d51d7cd1a9b123"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacanciesPage_NetworkVacanciesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkVacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"workplaceComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VacanciesPage_NetworkVacanciesQueryQuery, VacanciesPage_NetworkVacanciesQueryQueryVariables>;
export const VacanciesToModeratePage_VacanciesQueryDocument = {"__meta__":{"hash":"sha256:1c4925bc60c95c9b6bff596b061bd89f08eef15c2c056caefe2bf1bb53350fb2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacanciesToModeratePage_VacanciesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacanciesToModerate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"law68Reserved"}},{"kind":"Field","name":{"kind":"Name","value":"salaryMinCents"}},{"kind":"Field","name":{"kind":"Name","value":"salaryMaxCents"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"agreementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"minExperienceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workplaceComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VacanciesToModeratePage_VacanciesQueryQuery, VacanciesToModeratePage_VacanciesQueryQueryVariables>;
export const VacanciesToModeratePage_PublishVacancyMutationDocument = {"__meta__":{"hash":"sha256:f025057541be9f67205b4bce3dfac7258daa39e26e1965275a94c6fe658ab1e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VacanciesToModeratePage_PublishVacancyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VacanciesToModeratePage_PublishVacancyMutationMutation, VacanciesToModeratePage_PublishVacancyMutationMutationVariables>;
export const VacanciesToModeratePage_RejectVacancyMutationDocument = {"__meta__":{"hash":"sha256:80de60a7b97940c4532f5daa5cc5bddece8a79c54de16812db63aa2780143fc0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VacanciesToModeratePage_RejectVacancyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VacanciesToModeratePage_RejectVacancyMutationMutation, VacanciesToModeratePage_RejectVacancyMutationMutationVariables>;
export const VacancyPage_VacancyQueryDocument = {"__meta__":{"hash":"sha256:bd1cdd343d4560be5c5a3bb79a1c1e725a6f00437a007344c613f12bc407db0d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacancyPage_VacancyQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"draftedFromNeed"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"law68Reserved"}},{"kind":"Field","name":{"kind":"Name","value":"salaryMinCents"}},{"kind":"Field","name":{"kind":"Name","value":"salaryMaxCents"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"agreementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"minEqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"minExperienceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicences"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workplaceComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageCode"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"essential"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VacancyPage_VacancyQueryQuery, VacancyPage_VacancyQueryQueryVariables>;
export const VacancyPage_ApplicationsQueryDocument = {"__meta__":{"hash":"sha256:35896baa031c1ee696576556457cb8d644ce99b45205312ff93ab0ea43df1ca8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacancyPage_ApplicationsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VacancyPage_ApplicationsQueryQuery, VacancyPage_ApplicationsQueryQueryVariables>;
export const VacancyPage_ProposeCandidateMutationDocument = {"__meta__":{"hash":"sha256:0d46453ccab44f085730d833d8d66aea5373954873645a6f904998924c4f16fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VacancyPage_ProposeCandidateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeCandidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vacancyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VacancyPage_ProposeCandidateMutationMutation, VacancyPage_ProposeCandidateMutationMutationVariables>;
export const WebhookDeliveriesPage_QueryDocument = {"__meta__":{"hash":"sha256:9e32a09762436e467038136b180a5c64ed3447156cb18201a211ae54fb8daee8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveriesPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subscriptionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusCode"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesPage_QueryQuery, WebhookDeliveriesPage_QueryQueryVariables>;
export const WebhookDeliveriesPage_ReplayMutationDocument = {"__meta__":{"hash":"sha256:b6e3789ae7aa06519223021908c0f6f31d06d4ffdedbc977c9a49248a72096fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookDeliveriesPage_ReplayMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesPage_ReplayMutationMutation, WebhookDeliveriesPage_ReplayMutationMutationVariables>;
export const WebhookSubscriptions_QueryDocument = {"__meta__":{"hash":"sha256:439fddc81f6a2a5e8262fc4bb8c91c9eb38e953ef92021e4c95e9cdf5493fd8e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookSubscriptions_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiClientName"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]} as unknown as DocumentNode<WebhookSubscriptions_QueryQuery, WebhookSubscriptions_QueryQueryVariables>;
export const WebhookSubscriptions_CreateMutationDocument = {"__meta__":{"hash":"sha256:fc20e8b63a2a43f55dc8757b6e41edeeac1d5974d60e8485204eb8a5673799a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookSubscriptions_CreateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookSubscriptions_CreateMutationMutation, WebhookSubscriptions_CreateMutationMutationVariables>;
export const WebhookSubscriptions_DisableMutationDocument = {"__meta__":{"hash":"sha256:b9104523c45c7a52591bcf290272efb21faf32922567b1a842be7b3a475bdbcc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookSubscriptions_DisableMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableWebhookSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookSubscriptions_DisableMutationMutation, WebhookSubscriptions_DisableMutationMutationVariables>;
export const Colloqui_SportelliQueryDocument = {"__meta__":{"hash":"sha256:8a74962047d8173c58611ac3fd34e8c3245616fe6b4abb661f2422253320b23f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Colloqui_SportelliQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sportelli"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<Colloqui_SportelliQueryQuery, Colloqui_SportelliQueryQueryVariables>;
export const Colloqui_AvailableSlotsQueryDocument = {"__meta__":{"hash":"sha256:ac9a65bcf79a6925bfdb5299e662b7dcdb4cbdc20a44100ecbe4bed86b4d4389"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Colloqui_AvailableSlotsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sportelloId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentMode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sportelloId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sportelloId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Colloqui_AvailableSlotsQueryQuery, Colloqui_AvailableSlotsQueryQueryVariables>;
export const Colloqui_BookingsQueryDocument = {"__meta__":{"hash":"sha256:700c426d77bbb5d6c9b25d5415d72b6e61b9e0d84ae12990e8b3c386d2f09bbb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Colloqui_BookingsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"slot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Colloqui_BookingsQueryQuery, Colloqui_BookingsQueryQueryVariables>;
export const Colloqui_BookMutationDocument = {"__meta__":{"hash":"sha256:ef5978e720c0bb18764d2cb93ace4bc884061cf4f1ea14d70858269594207f2b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Colloqui_BookMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookSlot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slotId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Colloqui_BookMutationMutation, Colloqui_BookMutationMutationVariables>;
export const Colloqui_RescheduleMutationDocument = {"__meta__":{"hash":"sha256:c94a2cc71c736f376f93b71dfa58266b2bbc99de8ff40ab04bf45f348aa58dd8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Colloqui_RescheduleMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slotId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"slotId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slotId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Colloqui_RescheduleMutationMutation, Colloqui_RescheduleMutationMutationVariables>;
export const Colloqui_CancelMutationDocument = {"__meta__":{"hash":"sha256:653a8b681b4b3b1626096002f38679df65380ce7b38c324e497caf5412c52368"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Colloqui_CancelMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"booking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Colloqui_CancelMutationMutation, Colloqui_CancelMutationMutationVariables>;
export const Notifications_UnreadQueryDocument = {"__meta__":{"hash":"sha256:b60712df5c969734ff6dcc8d1da15615e66384a8c8a926571455f1ffcf829770"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications_UnreadQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<Notifications_UnreadQueryQuery, Notifications_UnreadQueryQueryVariables>;
export const Notifications_PageQueryDocument = {"__meta__":{"hash":"sha256:514421f96fcb77c699cb294d24db2cfaec3a1b83a6524d464a3a36bd8cd92189"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications_PageQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}}]}}]}}]}}]}}]} as unknown as DocumentNode<Notifications_PageQueryQuery, Notifications_PageQueryQueryVariables>;
export const Notifications_MarkReadMutationDocument = {"__meta__":{"hash":"sha256:79fd06c56738c52449b8c06fd81dc76ea2f4b74ab4a8f4136d21eaff440d20bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Notifications_MarkReadMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Notifications_MarkReadMutationMutation, Notifications_MarkReadMutationMutationVariables>;
export const Notifications_PreferencesQueryDocument = {"__meta__":{"hash":"sha256:436b6e0dc11374bd0297817d5cc659b0ddeba4f1f7e7f3d04f2d9bd794acc9ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications_PreferencesQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"mandatoryReason"}}]}}]}}]} as unknown as DocumentNode<Notifications_PreferencesQueryQuery, Notifications_PreferencesQueryQueryVariables>;
export const Notifications_SetPreferenceMutationDocument = {"__meta__":{"hash":"sha256:15406e489b4d9c8bb89ca6e273f3cc56eb98958d5f5db1b6b6ee9659eabbb20a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Notifications_SetPreferenceMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<Notifications_SetPreferenceMutationMutation, Notifications_SetPreferenceMutationMutationVariables>;
export const Orientation_RecordsQueryDocument = {"__meta__":{"hash":"sha256:f135d05eb23db92ffd6609c5aa0e40773eeb19e08a77f989d65eeb62ff886c3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orientation_RecordsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orientationRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"citizenId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citizenId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"bookingId"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"interests"}},{"kind":"Field","name":{"kind":"Name","value":"strengths"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"writtenByName"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"constraints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"careDuties"}},{"kind":"Field","name":{"kind":"Name","value":"careDutiesNote"}}]}}]}}]}}]} as unknown as DocumentNode<Orientation_RecordsQueryQuery, Orientation_RecordsQueryQueryVariables>;