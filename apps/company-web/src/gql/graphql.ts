/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActorKind =
  | 'CITIZEN'
  | 'COMPANY_MEMBER'
  | 'NETWORK_ADMIN'
  | 'OPERATOR'
  | 'PLATFORM_ADMIN';

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

export type BookingStatus =
  | 'ATTENDED'
  | 'BOOKED'
  | 'CANCELLED'
  | 'NO_SHOW';

export type CefrLevel =
  | 'A1'
  | 'A2'
  | 'B1'
  | 'B2'
  | 'C1'
  | 'C2';

/** How the sportello met the company. */
export type CompanyContactChannel =
  /** Visita in azienda. */
  | 'COMPANY_VISIT'
  | 'EMAIL'
  /** An event: a job fair, a meeting of local businesses. */
  | 'EVENT'
  | 'PHONE';

export type CompanyStatus =
  | 'PENDING'
  | 'REJECTED'
  | 'VERIFIED';

export type ConfirmEmploymentInput = {
  checkpointDays: number;
  outcomeId: string | number;
  stillEmployed: boolean;
};

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

export type HireInput = {
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

export type ProposeInterviewInput = {
  /** From 15 to 240 minutes. */
  durationMinutes: number;
  /** Required for interviews in person. */
  location?: string | null | undefined;
  /** For the candidate, e.g. whom to ask for and what to bring; at most 2000 characters. */
  message?: string | null | undefined;
  mode: AppointmentMode;
  startsAt: string;
};

export type RegisterCompanyInput = {
  /** Defaults to the partita IVA; may be a 16-character codice fiscale for sole traders. */
  codiceFiscale?: string | null | undefined;
  comuneCode: string | number;
  /** The contact who registers the company and becomes its owner. */
  email: string;
  familyName: string;
  givenName: string;
  legalName: string;
  networkSlug: string;
  partitaIva: string;
  password: string;
  privacyNoticeAccepted: boolean;
};

export type SkillLevel =
  | 'ADVANCED'
  | 'BASIC'
  | 'INTERMEDIATE';

export type TransportMeans =
  | 'NONE'
  | 'OWN_CAR'
  | 'PUBLIC_TRANSPORT';

export type VacancyInput = {
  agreementLevel?: string | null | undefined;
  /** With agreementLevel, or neither. */
  collectiveAgreement?: string | null | undefined;
  contractType: ContractType;
  description: string;
  drivingLicences: Array<DrivingLicence>;
  expiresOn: string;
  hours: WorkingHours;
  languages: Array<VacancyLanguageInput>;
  law68Reserved: boolean;
  minEqfLevel?: number | null | undefined;
  minExperienceMonths: number;
  occupationUri: string | number;
  positions: number;
  remote: boolean;
  salaryMaxCents?: number | null | undefined;
  salaryMinCents?: number | null | undefined;
  shifts: boolean;
  /** None when omitted. */
  skills?: Array<VacancySkillInput> | null | undefined;
  title: string;
  weeklyHours?: number | null | undefined;
  workplaceComuneCode?: string | number | null | undefined;
};

export type VacancyLanguageInput = {
  languageCode: string;
  minLevel: CefrLevel;
};

export type VacancySkillInput = {
  essential: boolean;
  skillUri: string | number;
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

export type WorkingHours =
  | 'FULL_TIME'
  | 'PART_TIME';

export type AppLayout_LogoutMutationMutationVariables = Exact<{
  refreshToken: string;
}>;


export type AppLayout_LogoutMutationMutation = { logout: { ok: boolean } };

export type SessionFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } };

export type Client_RefreshSessionMutationMutationVariables = Exact<{
  refreshToken: string;
}>;


export type Client_RefreshSessionMutationMutation = { refreshSession: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } } | null } };

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

export type PseudonymousProfileFieldsFragment = { alias: string, ageBand: string | null, province: string | null, educationEqfLevels: Array<number>, soughtOccupations: Array<{ uri: string, label: string }>, experiences: Array<{ months: number, occupation: { uri: string, label: string } | null }>, languages: Array<{ languageCode: string, languageName: string, motherTongue: boolean, spokenInteraction: CefrLevel | null, writing: CefrLevel | null }> };

export type ApplicationCardFieldsFragment = { id: string, status: ApplicationStatus, createdAt: string, coverLetter: string | null, proposalNote: string | null, pseudonymisedAt: string | null, pseudonymousCandidate: { alias: string, ageBand: string | null, province: string | null, educationEqfLevels: Array<number>, soughtOccupations: Array<{ uri: string, label: string }>, experiences: Array<{ months: number, occupation: { uri: string, label: string } | null }>, languages: Array<{ languageCode: string, languageName: string, motherTongue: boolean, spokenInteraction: CefrLevel | null, writing: CefrLevel | null }> }, citizen: { id: string, givenName: string, familyName: string, email: string | null, phone: string | null, age: number, residenceComune: { name: string, provinceCode: string } } | null, candidateCv: { headline: string | null, summary: string | null } | null, history: Array<{ fromStatus: ApplicationStatus | null, toStatus: ApplicationStatus, actorRole: string, reason: string | null, at: string }>, interviews: Array<{ id: string, status: InterviewStatus, startsAt: string, endsAt: string, mode: AppointmentMode, location: string | null, videoUrl: string | null, message: string | null, responseNote: string | null }> };

export type ApplicationCard_MoveApplicationMutationMutationVariables = Exact<{
  id: string | number;
  status: ApplicationStatus;
  reason?: string | null | undefined;
  hire?: HireInput | null | undefined;
}>;


export type ApplicationCard_MoveApplicationMutationMutation = { moveApplication: { application: { id: string, status: ApplicationStatus, createdAt: string, coverLetter: string | null, proposalNote: string | null, pseudonymisedAt: string | null, pseudonymousCandidate: { alias: string, ageBand: string | null, province: string | null, educationEqfLevels: Array<number>, soughtOccupations: Array<{ uri: string, label: string }>, experiences: Array<{ months: number, occupation: { uri: string, label: string } | null }>, languages: Array<{ languageCode: string, languageName: string, motherTongue: boolean, spokenInteraction: CefrLevel | null, writing: CefrLevel | null }> }, citizen: { id: string, givenName: string, familyName: string, email: string | null, phone: string | null, age: number, residenceComune: { name: string, provinceCode: string } } | null, candidateCv: { headline: string | null, summary: string | null } | null, history: Array<{ fromStatus: ApplicationStatus | null, toStatus: ApplicationStatus, actorRole: string, reason: string | null, at: string }>, interviews: Array<{ id: string, status: InterviewStatus, startsAt: string, endsAt: string, mode: AppointmentMode, location: string | null, videoUrl: string | null, message: string | null, responseNote: string | null }> } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type DashboardPage_MeQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPage_MeQueryQuery = { me: { id: string, email: string, givenName: string, familyName: string, company: { id: string, legalName: string, partitaIva: string, codiceFiscale: string, status: CompanyStatus, rejectionReason: string | null, reviewedAt: string | null, createdAt: string, comune: { name: string, provinceCode: string } } | null } | null };

export type EditVacancyPage_VacancyQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type EditVacancyPage_VacancyQueryQuery = { vacancy: { id: string, status: VacancyStatus, title: string, description: string, minEqfLevel: number | null, minExperienceMonths: number, drivingLicences: Array<DrivingLicence>, contractType: ContractType, hours: WorkingHours, weeklyHours: number | null, shifts: boolean, remote: boolean, salaryMinCents: number | null, salaryMaxCents: number | null, collectiveAgreement: string | null, agreementLevel: string | null, positions: number, law68Reserved: boolean, expiresOn: string, occupation: { uri: string, label: string }, skills: Array<{ essential: boolean, skill: { uri: string, label: string } }>, languages: Array<{ languageCode: string, minLevel: CefrLevel }>, workplaceComune: { istatCode: string, name: string, provinceCode: string } | null } | null };

export type EditVacancyPage_UpdateVacancyMutationMutationVariables = Exact<{
  id: string | number;
  input: VacancyInput;
}>;


export type EditVacancyPage_UpdateVacancyMutationMutation = { updateVacancy: { vacancy: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type EmploymentChecksPage_ChecksQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type EmploymentChecksPage_ChecksQueryQuery = { employmentChecks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, personName: string, contractType: ContractType | null, startsOn: string, checkpoints: Array<{ days: number, dueOn: string, answer: { id: string, stillEmployed: boolean, confirmedByName: string, at: string } | null }> } }> } };

export type EmploymentChecksPage_ConfirmMutationMutationVariables = Exact<{
  input: ConfirmEmploymentInput;
}>;


export type EmploymentChecksPage_ConfirmMutationMutation = { confirmEmployment: { followUp: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ForgotPasswordPage_RequestPasswordResetMutationMutationVariables = Exact<{
  email: string;
}>;


export type ForgotPasswordPage_RequestPasswordResetMutationMutation = { requestPasswordReset: { ok: boolean, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type InternshipPage_InternshipQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type InternshipPage_InternshipQueryQuery = { internship: { id: string, status: InternshipStatus, type: InternshipType, objectives: string, activities: string, startsOn: string, endsOn: string, hoursPerWeek: number, monthlyIndemnityCents: number, agreementSignedAt: string | null, statusReason: string | null, targetSkills: Array<{ uri: string, label: string }>, acquiredSkills: Array<{ level: SkillLevel, skill: { uri: string, label: string } }>, companySite: { id: string, address: string, comune: { name: string } } | null, trainee: { id: string, givenName: string, familyName: string }, sportello: { id: string, name: string }, promotingTutor: { id: string, givenName: string, familyName: string }, companyTutor: { name: string, role: string | null, email: string | null, phone: string | null }, history: Array<{ toStatus: InternshipStatus, actorRole: string, reason: string | null, at: string }>, monitoringEntries: Array<{ id: string, periodStartsOn: string, periodEndsOn: string, hoursAttended: number, note: string, authorSide: MonitoringAuthorSide, authorName: string }>, evaluation: { outcome: InternshipOutcome, judgement: string, evaluatedAt: string } | null, placement: { id: string, contractType: ContractType, startsOn: string, durationMonths: number | null } | null } | null };

export type InternshipPage_MonitoringMutationMutationVariables = Exact<{
  id: string | number;
  input: MonitoringEntryInput;
}>;


export type InternshipPage_MonitoringMutationMutation = { addInternshipMonitoringEntry: { internship: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type InternshipsPage_CompanyInternshipsQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type InternshipsPage_CompanyInternshipsQueryQuery = { companyInternships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: InternshipStatus, type: InternshipType, startsOn: string, endsOn: string, trainee: { id: string, givenName: string, familyName: string }, companyTutor: { name: string } } }> } };

export type CompanyInvitationPage_AcceptInvitationMutationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type CompanyInvitationPage_AcceptInvitationMutationMutation = { acceptInvitation: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type JobInterviews_ProposeInterviewMutationMutationVariables = Exact<{
  applicationId: string | number;
  input: ProposeInterviewInput;
}>;


export type JobInterviews_ProposeInterviewMutationMutation = { proposeInterview: { interview: { id: string, status: InterviewStatus, startsAt: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type LoginPage_LoginMutationMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginPage_LoginMutationMutation = { login: { session: { deviceToken: string | null, accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type LoginPage_LogoutMutationMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LoginPage_LogoutMutationMutation = { logout: { ok: boolean } };

export type NewVacancyPage_CreateVacancyMutationMutationVariables = Exact<{
  input: VacancyInput;
  idempotencyKey?: string | null | undefined;
}>;


export type NewVacancyPage_CreateVacancyMutationMutation = { createVacancy: { vacancy: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PrivacyPage_NetworksQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyPage_NetworksQueryQuery = { networks: Array<{ id: string, name: string, privacyController: string | null, dpoEmail: string | null }> };

export type ReceivedServicesPage_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ReceivedServicesPage_QueryQuery = { myCompanyServices: { services: Array<{ id: string, contactedOn: string, channel: CompanyContactChannel, summary: string }>, openNeeds: Array<{ id: string, headcount: number, neededBy: string, occupation: { uri: string, label: string }, skills: Array<{ uri: string, label: string }>, vacancies: Array<{ id: string, title: string }> }> } };

export type RegisterPage_NetworksQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterPage_NetworksQueryQuery = { networks: Array<{ id: string, slug: string, name: string, memberComuni: Array<{ istatCode: string, name: string, provinceCode: string }> }> };

export type RegisterPage_RegisterCompanyMutationMutationVariables = Exact<{
  input: RegisterCompanyInput;
}>;


export type RegisterPage_RegisterCompanyMutationMutation = { registerCompany: { company: { id: string, legalName: string, status: CompanyStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ResetPasswordPage_ResetPasswordMutationMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordPage_ResetPasswordMutationMutation = { resetPassword: { ok: boolean, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SuggestedCandidates_MatchesQueryQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type SuggestedCandidates_MatchesQueryQuery = { vacancy: { id: string, matches: Array<{ score: number, components: Array<{ component: MatchComponent, points: number, maxPoints: number, reason: string }>, citizen: { id: string, givenName: string, familyName: string } | null, pseudonymousCandidate: { alias: string, ageBand: string | null, province: string | null, educationEqfLevels: Array<number>, soughtOccupations: Array<{ uri: string, label: string }>, experiences: Array<{ months: number, occupation: { uri: string, label: string } | null }>, languages: Array<{ languageCode: string, languageName: string, motherTongue: boolean, spokenInteraction: CefrLevel | null, writing: CefrLevel | null }> }, application: { id: string, status: ApplicationStatus } | null }> } | null };

export type VacanciesPage_CompanyVacanciesQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type VacanciesPage_CompanyVacanciesQueryQuery = { companyVacancies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: VacancyStatus, rejectionReason: string | null, contractType: ContractType, hours: WorkingHours, positions: number, publishedAt: string | null, expiresOn: string, createdAt: string } }> } };

export type VacancyActions_SubmitVacancyMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type VacancyActions_SubmitVacancyMutationMutation = { submitVacancy: { vacancy: { id: string, status: VacancyStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type VacancyActions_CloseVacancyMutationMutationVariables = Exact<{
  id: string | number;
  filled: boolean;
}>;


export type VacancyActions_CloseVacancyMutationMutation = { closeVacancy: { vacancy: { id: string, status: VacancyStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type VacancyForm_CompanyComuniQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type VacancyForm_CompanyComuniQueryQuery = { me: { id: string, company: { id: string, comune: { istatCode: string, name: string, provinceCode: string }, sites: Array<{ id: string, comune: { istatCode: string, name: string, provinceCode: string } }> } | null } | null };

export type VacancyForm_ComuniQueryQueryVariables = Exact<{
  search: string;
}>;


export type VacancyForm_ComuniQueryQuery = { comuni: Array<{ istatCode: string, name: string, provinceCode: string }> };

export type VacancyForm_PayRuleQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type VacancyForm_PayRuleQueryQuery = { me: { id: string, network: { id: string, vacancyPayRequired: boolean } | null } | null };

export type VacancyPage_VacancyQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type VacancyPage_VacancyQueryQuery = { vacancy: { id: string, title: string, status: VacancyStatus, draftedFromNeed: boolean, rejectionReason: string | null, description: string, contractType: ContractType, hours: WorkingHours, weeklyHours: number | null, shifts: boolean, remote: boolean, salaryMinCents: number | null, salaryMaxCents: number | null, collectiveAgreement: string | null, agreementLevel: string | null, positions: number, law68Reserved: boolean, minEqfLevel: number | null, minExperienceMonths: number, drivingLicences: Array<DrivingLicence>, publishedAt: string | null, expiresOn: string, createdAt: string, publicUrl: string, occupation: { uri: string, label: string }, workplaceComune: { istatCode: string, name: string, provinceCode: string } | null, languages: Array<{ languageCode: string, languageName: string, minLevel: CefrLevel }>, skills: Array<{ essential: boolean, skill: { uri: string, label: string } }> } | null };

export type VacancyPage_ApplicationsQueryQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type VacancyPage_ApplicationsQueryQuery = { vacancy: { id: string, applications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ApplicationStatus, createdAt: string, coverLetter: string | null, proposalNote: string | null, pseudonymisedAt: string | null, pseudonymousCandidate: { alias: string, ageBand: string | null, province: string | null, educationEqfLevels: Array<number>, soughtOccupations: Array<{ uri: string, label: string }>, experiences: Array<{ months: number, occupation: { uri: string, label: string } | null }>, languages: Array<{ languageCode: string, languageName: string, motherTongue: boolean, spokenInteraction: CefrLevel | null, writing: CefrLevel | null }> }, citizen: { id: string, givenName: string, familyName: string, email: string | null, phone: string | null, age: number, residenceComune: { name: string, provinceCode: string } } | null, candidateCv: { headline: string | null, summary: string | null } | null, history: Array<{ fromStatus: ApplicationStatus | null, toStatus: ApplicationStatus, actorRole: string, reason: string | null, at: string }>, interviews: Array<{ id: string, status: InterviewStatus, startsAt: string, endsAt: string, mode: AppointmentMode, location: string | null, videoUrl: string | null, message: string | null, responseNote: string | null }> } }> } } | null };

export type VerifyEmailPage_VerifyEmailMutationMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailPage_VerifyEmailMutationMutation = { verifyEmail: { ok: boolean, userErrors: Array<{ field: string | null, code: string, message: string }> } };

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

export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const PseudonymousProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PseudonymousProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PseudonymousCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"soughtOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"}}]}},{"kind":"Field","name":{"kind":"Name","value":"educationEqfLevels"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageCode"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"motherTongue"}},{"kind":"Field","name":{"kind":"Name","value":"spokenInteraction"}},{"kind":"Field","name":{"kind":"Name","value":"writing"}}]}}]}}]} as unknown as DocumentNode<PseudonymousProfileFieldsFragment, unknown>;
export const ApplicationCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"coverLetter"}},{"kind":"Field","name":{"kind":"Name","value":"proposalNote"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymousCandidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PseudonymousProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"residenceComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidateCv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PseudonymousProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PseudonymousCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"soughtOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"}}]}},{"kind":"Field","name":{"kind":"Name","value":"educationEqfLevels"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageCode"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"motherTongue"}},{"kind":"Field","name":{"kind":"Name","value":"spokenInteraction"}},{"kind":"Field","name":{"kind":"Name","value":"writing"}}]}}]}}]} as unknown as DocumentNode<ApplicationCardFieldsFragment, unknown>;
export const AppLayout_LogoutMutationDocument = {"__meta__":{"hash":"sha256:9c1f89bf2cbd91c2d56cdfbf9c5a7d059e9f31b9b6af2f94184d025361d017b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppLayout_LogoutMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<AppLayout_LogoutMutationMutation, AppLayout_LogoutMutationMutationVariables>;
export const Client_RefreshSessionMutationDocument = {"__meta__":{"hash":"sha256:ce1652292cda9fd9c6124dc2b7e9c767264063cb48ce9902edd629a4aa5d548c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Client_RefreshSessionMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<Client_RefreshSessionMutationMutation, Client_RefreshSessionMutationMutationVariables>;
export const EscoSearch_OccupationsQueryDocument = {"__meta__":{"hash":"sha256:a6e693d1af7f7f949aac2925e41a4cad8c40cf99bf849acca864ada577b6767b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscoSearch_OccupationsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escoOccupations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<EscoSearch_OccupationsQueryQuery, EscoSearch_OccupationsQueryQueryVariables>;
export const EscoSearch_SkillsQueryDocument = {"__meta__":{"hash":"sha256:15f89dd9b628d4caab58369173d885e64de4a34561475d7a9505fcad8341541b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscoSearch_SkillsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escoSkills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<EscoSearch_SkillsQueryQuery, EscoSearch_SkillsQueryQueryVariables>;
export const EscoSearch_OccupationSkillsQueryDocument = {"__meta__":{"hash":"sha256:4c7b06c3c0bee724b2ef01a51153e7f45d478f5dfe452333439ffd7966e705fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscoSearch_OccupationSkillsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uris"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escoOccupationsByUri"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uris"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uris"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","alias":{"kind":"Name","value":"essential"},"name":{"kind":"Name","value":"skills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"relation"},"value":{"kind":"EnumValue","value":"ESSENTIAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"optional"},"name":{"kind":"Name","value":"skills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"relation"},"value":{"kind":"EnumValue","value":"OPTIONAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<EscoSearch_OccupationSkillsQueryQuery, EscoSearch_OccupationSkillsQueryQueryVariables>;
export const ApplicationCard_MoveApplicationMutationDocument = {"__meta__":{"hash":"sha256:9d2a795e3c708151666a81c293d5ac6e1367eb9d6ceff1f5b3764ce84fdc1190"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplicationCard_MoveApplicationMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hire"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HireInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"hire"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hire"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationCardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PseudonymousProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PseudonymousCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"soughtOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"}}]}},{"kind":"Field","name":{"kind":"Name","value":"educationEqfLevels"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageCode"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"motherTongue"}},{"kind":"Field","name":{"kind":"Name","value":"spokenInteraction"}},{"kind":"Field","name":{"kind":"Name","value":"writing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"coverLetter"}},{"kind":"Field","name":{"kind":"Name","value":"proposalNote"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymousCandidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PseudonymousProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"residenceComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidateCv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}}]}}]}}]} as unknown as DocumentNode<ApplicationCard_MoveApplicationMutationMutation, ApplicationCard_MoveApplicationMutationMutationVariables>;
export const DashboardPage_MeQueryDocument = {"__meta__":{"hash":"sha256:1a6659e8b97787e1c7c0612e584facf5d951bb49a2fd233221542f36addb9638"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPage_MeQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"partitaIva"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardPage_MeQueryQuery, DashboardPage_MeQueryQueryVariables>;
export const EditVacancyPage_VacancyQueryDocument = {"__meta__":{"hash":"sha256:50b4dd264de22db944f788291a656e1eed847145481c9b18a0e4572a5ed56087"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditVacancyPage_VacancyQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"essential"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageCode"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minEqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"minExperienceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicences"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"workplaceComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"salaryMinCents"}},{"kind":"Field","name":{"kind":"Name","value":"salaryMaxCents"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"agreementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"law68Reserved"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}}]}}]} as unknown as DocumentNode<EditVacancyPage_VacancyQueryQuery, EditVacancyPage_VacancyQueryQueryVariables>;
export const EditVacancyPage_UpdateVacancyMutationDocument = {"__meta__":{"hash":"sha256:333ec6720e9d420fec10f264100609a20a4bd671a4fd50cbd556ff0a5e95dc73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditVacancyPage_UpdateVacancyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EditVacancyPage_UpdateVacancyMutationMutation, EditVacancyPage_UpdateVacancyMutationMutationVariables>;
export const EmploymentChecksPage_ChecksQueryDocument = {"__meta__":{"hash":"sha256:94969ee3f33a2def53e0155f2e1358ca677418272a02eae5cafb94beecfe2eba"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmploymentChecksPage_ChecksQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stillEmployed"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedByName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmploymentChecksPage_ChecksQueryQuery, EmploymentChecksPage_ChecksQueryQueryVariables>;
export const EmploymentChecksPage_ConfirmMutationDocument = {"__meta__":{"hash":"sha256:f863ff01dbaee7c9b33feea619ba8c0d92e24050abc863f8172d9628edc079a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmploymentChecksPage_ConfirmMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmEmploymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmEmployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmploymentChecksPage_ConfirmMutationMutation, EmploymentChecksPage_ConfirmMutationMutationVariables>;
export const ForgotPasswordPage_RequestPasswordResetMutationDocument = {"__meta__":{"hash":"sha256:9c0f894c5f9cd2055a2fdebbc3bb59fd3a5f25bde471118758f144ac0febc71e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForgotPasswordPage_RequestPasswordResetMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ForgotPasswordPage_RequestPasswordResetMutationMutation, ForgotPasswordPage_RequestPasswordResetMutationMutationVariables>;
export const InternshipPage_InternshipQueryDocument = {"__meta__":{"hash":"sha256:d67a1408ef2631d8178b4cd68df438a3cd80a8de9c42a22eda6573b3639c7c4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InternshipPage_InternshipQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"targetSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acquiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyIndemnityCents"}},{"kind":"Field","name":{"kind":"Name","value":"agreementSignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"companySite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotingTutor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyTutor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"hoursAttended"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"authorSide"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"judgement"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}}]}}]}}]}}]} as unknown as DocumentNode<InternshipPage_InternshipQueryQuery, InternshipPage_InternshipQueryQueryVariables>;
export const InternshipPage_MonitoringMutationDocument = {"__meta__":{"hash":"sha256:15efb4ac222a9dae9d8924cb242d5c0ebdaa6ed58e2728215b0ab6fc450d2dc3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InternshipPage_MonitoringMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MonitoringEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInternshipMonitoringEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internship"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InternshipPage_MonitoringMutationMutation, InternshipPage_MonitoringMutationMutationVariables>;
export const InternshipsPage_CompanyInternshipsQueryDocument = {"__meta__":{"hash":"sha256:1ca23de689b36fd0f6b86671e7e99da69b532627fd72f230edb70aafed4e882b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InternshipsPage_CompanyInternshipsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyInternships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyTutor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InternshipsPage_CompanyInternshipsQueryQuery, InternshipsPage_CompanyInternshipsQueryQueryVariables>;
export const CompanyInvitationPage_AcceptInvitationMutationDocument = {"__meta__":{"hash":"sha256:1c3772de7c8e0b94434a11e66eb78ed084ad4d3dbd6c33fb05206d3e2388d33a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompanyInvitationPage_AcceptInvitationMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<CompanyInvitationPage_AcceptInvitationMutationMutation, CompanyInvitationPage_AcceptInvitationMutationMutationVariables>;
export const JobInterviews_ProposeInterviewMutationDocument = {"__meta__":{"hash":"sha256:a3ccfa49f99a29d87f543cda1639dda6f95326c5dbfdfe7918d4a601136447ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobInterviews_ProposeInterviewMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeInterviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<JobInterviews_ProposeInterviewMutationMutation, JobInterviews_ProposeInterviewMutationMutationVariables>;
export const LoginPage_LoginMutationDocument = {"__meta__":{"hash":"sha256:ef299f9a17fe22ca2e2ea853628e91fcbd5c56e77991f4624030a7ea51a86a3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_LoginMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"deviceToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<LoginPage_LoginMutationMutation, LoginPage_LoginMutationMutationVariables>;
export const LoginPage_LogoutMutationDocument = {"__meta__":{"hash":"sha256:c69e28cfbe4ccdc208ffe1cd191f791cffa17c328393f1282b219858f5d3ae08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_LogoutMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LoginPage_LogoutMutationMutation, LoginPage_LogoutMutationMutationVariables>;
export const NewVacancyPage_CreateVacancyMutationDocument = {"__meta__":{"hash":"sha256:42569a603685423f5bc552c3fad2fd863706bac1ae17c5284841bf23c2e59d21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewVacancyPage_CreateVacancyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VacancyInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NewVacancyPage_CreateVacancyMutationMutation, NewVacancyPage_CreateVacancyMutationMutationVariables>;
export const PrivacyPage_NetworksQueryDocument = {"__meta__":{"hash":"sha256:ebb4bf6a655a7ec232429b026827b51bbf5d23089555ad15583a1b41b846c462"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrivacyPage_NetworksQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"privacyController"}},{"kind":"Field","name":{"kind":"Name","value":"dpoEmail"}}]}}]}}]} as unknown as DocumentNode<PrivacyPage_NetworksQueryQuery, PrivacyPage_NetworksQueryQueryVariables>;
export const ReceivedServicesPage_QueryDocument = {"__meta__":{"hash":"sha256:30ccb58ff12ee9a715b4cded6f9e3540eaffe45a1f51f5b42f86eb84086078f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceivedServicesPage_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCompanyServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"neededBy"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReceivedServicesPage_QueryQuery, ReceivedServicesPage_QueryQueryVariables>;
export const RegisterPage_NetworksQueryDocument = {"__meta__":{"hash":"sha256:7066eb0ff643a040a962684b93dbdac4d5bba57de0a6a94e8a748a69fec78468"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterPage_NetworksQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberComuni"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterPage_NetworksQueryQuery, RegisterPage_NetworksQueryQueryVariables>;
export const RegisterPage_RegisterCompanyMutationDocument = {"__meta__":{"hash":"sha256:8a7d3fadf798f4684d7dd8daa8c350eb0b7fb6be157c07dd710d98ad172a7b33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPage_RegisterCompanyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterPage_RegisterCompanyMutationMutation, RegisterPage_RegisterCompanyMutationMutationVariables>;
export const ResetPasswordPage_ResetPasswordMutationDocument = {"__meta__":{"hash":"sha256:9cdc7f0c5eebd0f60565d4c98bca4536f4fbf3dc2df1f4b2e3a3a005058ff2c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPasswordPage_ResetPasswordMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordPage_ResetPasswordMutationMutation, ResetPasswordPage_ResetPasswordMutationMutationVariables>;
export const SuggestedCandidates_MatchesQueryDocument = {"__meta__":{"hash":"sha256:992f3ee4d278b7ce6cd40eb154aae9aa5f85cb2ad7df16a80ccab2045f20c9dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestedCandidates_MatchesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymousCandidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PseudonymousProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PseudonymousProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PseudonymousCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"soughtOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"}}]}},{"kind":"Field","name":{"kind":"Name","value":"educationEqfLevels"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageCode"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"motherTongue"}},{"kind":"Field","name":{"kind":"Name","value":"spokenInteraction"}},{"kind":"Field","name":{"kind":"Name","value":"writing"}}]}}]}}]} as unknown as DocumentNode<SuggestedCandidates_MatchesQueryQuery, SuggestedCandidates_MatchesQueryQueryVariables>;
export const VacanciesPage_CompanyVacanciesQueryDocument = {"__meta__":{"hash":"sha256:261c27b1d5d14092b132230c751b6a7cd1150bb3a569d4b1eb6a45c6d49180bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacanciesPage_CompanyVacanciesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyVacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VacanciesPage_CompanyVacanciesQueryQuery, VacanciesPage_CompanyVacanciesQueryQueryVariables>;
export const VacancyActions_SubmitVacancyMutationDocument = {"__meta__":{"hash":"sha256:eaa49dd9bd108bbb0151f4d0cf0cc5e37544254858374d5cf297a08bb77dad64"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VacancyActions_SubmitVacancyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VacancyActions_SubmitVacancyMutationMutation, VacancyActions_SubmitVacancyMutationMutationVariables>;
export const VacancyActions_CloseVacancyMutationDocument = {"__meta__":{"hash":"sha256:1cfd2b6f9808a78b1b145341190f237d8546b9648a6c1193789b189b2b7f1c1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VacancyActions_CloseVacancyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"filled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VacancyActions_CloseVacancyMutationMutation, VacancyActions_CloseVacancyMutationMutationVariables>;
export const VacancyForm_CompanyComuniQueryDocument = {"__meta__":{"hash":"sha256:f83417e8079bb2e5120259001c69e0d11a097e4575eb5d9bc837e23330306059"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacancyForm_CompanyComuniQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VacancyForm_CompanyComuniQueryQuery, VacancyForm_CompanyComuniQueryQueryVariables>;
export const VacancyForm_ComuniQueryDocument = {"__meta__":{"hash":"sha256:eb32d8d74d2ad68fb0eecbbed2fda12a3a55dd6a4e5e74535b1d66579030946a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacancyForm_ComuniQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comuni"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]} as unknown as DocumentNode<VacancyForm_ComuniQueryQuery, VacancyForm_ComuniQueryQueryVariables>;
export const VacancyForm_PayRuleQueryDocument = {"__meta__":{"hash":"sha256:c0cb20922a2edd4d14725c384915c36435de097aab3fab6d11b868dc25ee5261"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacancyForm_PayRuleQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"vacancyPayRequired"}}]}}]}}]}}]} as unknown as DocumentNode<VacancyForm_PayRuleQueryQuery, VacancyForm_PayRuleQueryQueryVariables>;
export const VacancyPage_VacancyQueryDocument = {"__meta__":{"hash":"sha256:287cf62313fcec4a3efad896f192f3ae959f4067bd628ac86d74cbe21865397a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacancyPage_VacancyQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"draftedFromNeed"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"workplaceComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salaryMinCents"}},{"kind":"Field","name":{"kind":"Name","value":"salaryMaxCents"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"agreementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"positions"}},{"kind":"Field","name":{"kind":"Name","value":"law68Reserved"}},{"kind":"Field","name":{"kind":"Name","value":"minEqfLevel"}},{"kind":"Field","name":{"kind":"Name","value":"minExperienceMonths"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicences"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageCode"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"minLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"essential"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}}]}}]}}]} as unknown as DocumentNode<VacancyPage_VacancyQueryQuery, VacancyPage_VacancyQueryQueryVariables>;
export const VacancyPage_ApplicationsQueryDocument = {"__meta__":{"hash":"sha256:f78c2040bf283b02b062efc4fb471b6c045513a78439b386ed029aae884381c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VacancyPage_ApplicationsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationCardFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PseudonymousProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PseudonymousCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"ageBand"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"soughtOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"}}]}},{"kind":"Field","name":{"kind":"Name","value":"educationEqfLevels"}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageCode"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"motherTongue"}},{"kind":"Field","name":{"kind":"Name","value":"spokenInteraction"}},{"kind":"Field","name":{"kind":"Name","value":"writing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"coverLetter"}},{"kind":"Field","name":{"kind":"Name","value":"proposalNote"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymousCandidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PseudonymousProfileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"residenceComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidateCv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}}]}}]}}]} as unknown as DocumentNode<VacancyPage_ApplicationsQueryQuery, VacancyPage_ApplicationsQueryQueryVariables>;
export const VerifyEmailPage_VerifyEmailMutationDocument = {"__meta__":{"hash":"sha256:43bbfe1c004093538795d25f940d6d5170bfae98069310b326cef010cae519b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmailPage_VerifyEmailMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyEmailPage_VerifyEmailMutationMutation, VerifyEmailPage_VerifyEmailMutationMutationVariables>;
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