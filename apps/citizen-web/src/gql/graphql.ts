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

export type EmploymentStatus =
  /** Occupato in cerca di altra occupazione. */
  | 'EMPLOYED_SEEKING'
  /** Inoccupato: never had a job. */
  | 'NEVER_EMPLOYED'
  /** Disoccupato: lost a job and is looking for one. */
  | 'UNEMPLOYED';

export type ErasureStatus =
  | 'COMPLETED'
  | 'PENDING';

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

export type JobAlertFrequency =
  | 'DAILY'
  | 'WEEKLY';

export type JobAlertInput = {
  frequency: JobAlertFrequency;
  /** 0-100: the least matching score a vacancy needs. */
  minScore: number;
};

export type LinkSpidCieInput = {
  /** The email and password of the existing account: proof that it is one's own. */
  email: string;
  password: string;
  ticket: string;
};

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

export type PattoActionAssignee =
  | 'CITIZEN'
  | 'OPERATOR';

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

/** What the applicant declares (autocertificazione). */
export type ProgramDeclarationInput = {
  /** ISEE in cents, 0 or more. */
  iseeCents?: number | null | undefined;
  /** The day since which the applicant has been without work; not in the future. */
  unemployedSince?: string | null | undefined;
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

export type RegisterCitizenInput = {
  codiceFiscale: string;
  email: string;
  familyName: string;
  givenName: string;
  networkSlug: string;
  password: string;
  phone?: string | null | undefined;
  /** The privacy notice (informativa) must be acknowledged; marketing consent is never required. */
  privacyNoticeAccepted: boolean;
  residenceComuneCode: string | number;
};

export type RegisterWithSpidCieInput = {
  email: string;
  networkSlug: string;
  phone?: string | null | undefined;
  privacyNoticeAccepted: boolean;
  residenceComuneCode: string | number;
  /** The ticket the provider's callback gave the portal. */
  ticket: string;
};

export type SkillLevel =
  | 'ADVANCED'
  | 'BASIC'
  | 'INTERMEDIATE';

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

export type TransportMeans =
  | 'NONE'
  | 'OWN_CAR'
  | 'PUBLIC_TRANSPORT';

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

export type AppLayout_LogoutMutationMutationVariables = Exact<{
  refreshToken: string;
}>;


export type AppLayout_LogoutMutationMutation = { logout: { ok: boolean } };

export type InterviewAnswer_RespondMutationMutationVariables = Exact<{
  id: string | number;
  accept: boolean;
  note?: string | null | undefined;
}>;


export type InterviewAnswer_RespondMutationMutation = { respondToInterview: { interview: { id: string, status: InterviewStatus, responseNote: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type InterviewAnswer_AskForAnotherDateMutationMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type InterviewAnswer_AskForAnotherDateMutationMutation = { askForAnotherInterviewDate: { interview: { id: string, status: InterviewStatus, responseNote: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SessionFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } };

export type Client_RefreshSessionMutationMutationVariables = Exact<{
  refreshToken: string;
}>;


export type Client_RefreshSessionMutationMutation = { refreshSession: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } } | null } };

export type CvSharing_GiveConsentMutationMutationVariables = Exact<{ [key: string]: never; }>;


export type CvSharing_GiveConsentMutationMutation = { giveConsent: { consent: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CvSharing_WithdrawConsentMutationMutationVariables = Exact<{ [key: string]: never; }>;


export type CvSharing_WithdrawConsentMutationMutation = { withdrawConsent: { consent: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

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

export type ApplyPage_VacancyQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type ApplyPage_VacancyQueryQuery = { vacancy: { id: string, title: string, companyName: string, expiresOn: string, salaryMinCents: number | null, salaryMaxCents: number | null, collectiveAgreement: string | null, agreementLevel: string | null, workplaceComune: { name: string } | null } | null, me: { id: string, citizen: { id: string, coverLetters: Array<{ id: string, title: string, vacancy: { id: string } | null }> } | null } | null };

export type ApplyPage_ApplyMutationMutationVariables = Exact<{
  vacancyId: string | number;
  coverLetter?: string | null | undefined;
  coverLetterId?: string | number | null | undefined;
}>;


export type ApplyPage_ApplyMutationMutation = { applyToVacancy: { application: { id: string, status: ApplicationStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

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

export type CoverLettersPage_LettersQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type CoverLettersPage_LettersQueryQuery = { me: { id: string, network: { slug: string } | null, citizen: { id: string, coverLetters: Array<{ id: string, title: string, updatedAt: string, vacancy: { id: string, title: string, companyName: string } | null, lastEditedBy: { name: string, onBehalf: boolean } }> } | null } | null, coverLetterTemplates: Array<{ key: string, name: string, description: string, requiresVacancy: boolean }> };

export type CoverLettersPage_VacanciesQueryQueryVariables = Exact<{
  networkSlug: string;
}>;


export type CoverLettersPage_VacanciesQueryQuery = { vacancySearch: { edges: Array<{ node: { id: string, title: string, companyName: string } }> } };

export type CoverLettersPage_DraftMutationMutationVariables = Exact<{
  input: DraftCoverLetterInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CoverLettersPage_DraftMutationMutation = { draftCoverLetter: { coverLetter: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CvPage_CvFieldsFragment = { headline: string | null, summary: string | null, soughtOccupations: Array<{ uri: string, label: string }>, experiences: Array<{ id: string, employer: string, jobTitle: string, startsOn: string, endsOn: string | null, description: string | null, occupation: { uri: string } | null, comune: { istatCode: string } | null }>, education: Array<{ id: string, field: string | null, institution: string | null, yearCompleted: number | null, title: { code: string } }>, languages: Array<{ languageCode: string, motherTongue: boolean, listening: CefrLevel | null, reading: CefrLevel | null, spokenInteraction: CefrLevel | null, spokenProduction: CefrLevel | null, writing: CefrLevel | null }>, certifications: Array<{ id: string, name: string, issuer: string | null, issuedOn: string | null, expiresOn: string | null }>, skills: Array<{ level: SkillLevel, source: CvSkillSource, skill: { uri: string, label: string } }>, completeness: { score: number, missing: Array<{ section: CvSection, message: string }> } };

export type CvPage_MyCvQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type CvPage_MyCvQueryQuery = { me: { id: string, citizen: { id: string, availability: { fullTime: boolean, partTime: boolean, shifts: boolean, mobilityRadiusKm: number, hasOwnVehicle: boolean, drivingLicences: Array<DrivingLicence> }, cv: { headline: string | null, summary: string | null, soughtOccupations: Array<{ uri: string, label: string }>, experiences: Array<{ id: string, employer: string, jobTitle: string, startsOn: string, endsOn: string | null, description: string | null, occupation: { uri: string } | null, comune: { istatCode: string } | null }>, education: Array<{ id: string, field: string | null, institution: string | null, yearCompleted: number | null, title: { code: string } }>, languages: Array<{ languageCode: string, motherTongue: boolean, listening: CefrLevel | null, reading: CefrLevel | null, spokenInteraction: CefrLevel | null, spokenProduction: CefrLevel | null, writing: CefrLevel | null }>, certifications: Array<{ id: string, name: string, issuer: string | null, issuedOn: string | null, expiresOn: string | null }>, skills: Array<{ level: SkillLevel, source: CvSkillSource, skill: { uri: string, label: string } }>, completeness: { score: number, missing: Array<{ section: CvSection, message: string }> } } | null } | null } | null, educationTitles: Array<{ code: string, label: string, eqfLevel: number | null }> };

export type CvPage_SaveCvMutationMutationVariables = Exact<{
  input: CvInput;
}>;


export type CvPage_SaveCvMutationMutation = { saveCv: { cv: { headline: string | null, summary: string | null, soughtOccupations: Array<{ uri: string, label: string }>, experiences: Array<{ id: string, employer: string, jobTitle: string, startsOn: string, endsOn: string | null, description: string | null, occupation: { uri: string } | null, comune: { istatCode: string } | null }>, education: Array<{ id: string, field: string | null, institution: string | null, yearCompleted: number | null, title: { code: string } }>, languages: Array<{ languageCode: string, motherTongue: boolean, listening: CefrLevel | null, reading: CefrLevel | null, spokenInteraction: CefrLevel | null, spokenProduction: CefrLevel | null, writing: CefrLevel | null }>, certifications: Array<{ id: string, name: string, issuer: string | null, issuedOn: string | null, expiresOn: string | null }>, skills: Array<{ level: SkillLevel, source: CvSkillSource, skill: { uri: string, label: string } }>, completeness: { score: number, missing: Array<{ section: CvSection, message: string }> } } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CvPage_SaveAvailabilityMutationMutationVariables = Exact<{
  input: UpdateCitizenProfileInput;
}>;


export type CvPage_SaveAvailabilityMutationMutation = { updateCitizenProfile: { citizen: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ErasurePage_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ErasurePage_QueryQuery = { myErasure: { obligations: Array<string>, request: { id: string, requestedAt: string } | null } };

export type ErasurePage_RequestMutationMutationVariables = Exact<{
  confirm: boolean;
}>;


export type ErasurePage_RequestMutationMutation = { requestErasure: { erased: boolean | null, request: { id: string, status: ErasureStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ForgotPasswordPage_RequestPasswordResetMutationMutationVariables = Exact<{
  email: string;
}>;


export type ForgotPasswordPage_RequestPasswordResetMutationMutation = { requestPasswordReset: { ok: boolean, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type GroupActivitiesPage_OpenActivitiesQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type GroupActivitiesPage_OpenActivitiesQueryQuery = { openGroupActivities: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: GroupActivityKind, title: string, description: string, facilitator: string, seatsLeft: number, sportello: { id: string, name: string }, sessions: Array<{ id: string, startsAt: string, endsAt: string, address: string | null, topic: string, comune: { istatCode: string, name: string } | null }>, enrolments: Array<{ id: string, status: GroupEnrolmentStatus }> } }> } };

export type GroupActivitiesPage_MyEnrolmentsQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type GroupActivitiesPage_MyEnrolmentsQueryQuery = { myGroupEnrolments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: GroupEnrolmentStatus, certificateUrl: string | null, attendance: Array<{ sessionId: string, status: AttendanceStatus }>, activity: { id: string, kind: GroupActivityKind, title: string, status: GroupActivityStatus, sportello: { id: string, name: string, phone: string | null }, sessions: Array<{ id: string, startsAt: string, endsAt: string, address: string | null, videoUrl: string | null, topic: string, comune: { istatCode: string, name: string } | null }> } } }> } };

export type GroupActivitiesPage_EnrolMutationMutationVariables = Exact<{
  activityId: string | number;
}>;


export type GroupActivitiesPage_EnrolMutationMutation = { enrolInGroupActivity: { enrolment: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type GroupActivitiesPage_WithdrawMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type GroupActivitiesPage_WithdrawMutationMutation = { withdrawGroupEnrolment: { enrolment: { id: string, status: GroupEnrolmentStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type InvitationPage_AcceptInvitationMutationMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type InvitationPage_AcceptInvitationMutationMutation = { acceptInvitation: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type JobAlertPage_JobAlertQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type JobAlertPage_JobAlertQueryQuery = { myJobAlert: { id: string, frequency: JobAlertFrequency, minScore: number, lastSentAt: string | null, nextRunAt: string } | null };

export type JobAlertPage_SaveMutationMutationVariables = Exact<{
  input: JobAlertInput;
}>;


export type JobAlertPage_SaveMutationMutation = { saveJobAlert: { jobAlert: { id: string, frequency: JobAlertFrequency, minScore: number, nextRunAt: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type JobAlertPage_DeleteMutationMutationVariables = Exact<{ [key: string]: never; }>;


export type JobAlertPage_DeleteMutationMutation = { deleteJobAlert: { ok: boolean | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type JobAlertUnsubscribePage_UnsubscribeMutationMutationVariables = Exact<{
  token: string;
}>;


export type JobAlertUnsubscribePage_UnsubscribeMutationMutation = { unsubscribeJobAlert: { ok: boolean | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type LoginPage_LoginMutationMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginPage_LoginMutationMutation = { login: { session: { deviceToken: string | null, accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type LoginPage_LogoutMutationMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LoginPage_LogoutMutationMutation = { logout: { ok: boolean } };

export type LoginPage_SpidCieQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type LoginPage_SpidCieQueryQuery = { spidCieLogin: { startUrl: string, developmentProvider: boolean } | null };

export type MatchingVacanciesPage_MatchesQueryQueryVariables = Exact<{
  first?: number | null | undefined;
  radiusKm?: number | null | undefined;
}>;


export type MatchingVacanciesPage_MatchesQueryQuery = { myMatchingVacancies: Array<{ score: number, components: Array<{ component: MatchComponent, points: number, maxPoints: number, reason: string }>, vacancy: { id: string, title: string, companyName: string, remote: boolean, expiresOn: string, workplaceComune: { name: string, provinceCode: string } | null } }>, myApplications: { edges: Array<{ node: { id: string, status: ApplicationStatus, vacancy: { id: string } } }> } };

export type MyApplicationsPage_ApplicationsQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyApplicationsPage_ApplicationsQueryQuery = { myApplications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ApplicationStatus, createdAt: string, vacancy: { id: string, title: string, companyName: string, workplaceComune: { istatCode: string, name: string } | null }, history: Array<{ toStatus: ApplicationStatus, actorRole: string, reason: string | null, at: string }>, interviews: Array<{ id: string, status: InterviewStatus, startsAt: string, endsAt: string, mode: AppointmentMode, location: string | null, videoUrl: string | null, message: string | null, responseNote: string | null }> } }> } };

export type MyApplicationsPage_WithdrawMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type MyApplicationsPage_WithdrawMutationMutation = { withdrawApplication: { application: { id: string, status: ApplicationStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type MyBusinessIdeasPage_QueryQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBusinessIdeasPage_QueryQuery = { myBusinessIdeas: Array<{ id: string, title: string, description: string, needs: string, businessStartedOn: string | null, partitaIva: string | null, atecoActivity: { code: string, title: string }, comune: { istatCode: string, name: string }, checklist: Array<{ step: BusinessPlanStep, label: string, done: boolean }>, referrals: Array<{ id: string, status: MicrocreditReferralStatus, grantedAmountCents: number | null, partner: { id: string, name: string }, history: Array<{ status: MicrocreditReferralStatus, grantedAmountCents: number | null, note: string | null, at: string }> }> }>, me: { id: string, network: { memberComuni: Array<{ istatCode: string, name: string }> } | null } | null };

export type MyBusinessIdeasPage_AtecoQueryQueryVariables = Exact<{
  search: string;
}>;


export type MyBusinessIdeasPage_AtecoQueryQuery = { atecoActivities: Array<{ code: string, title: string }> };

export type MyBusinessIdeasPage_SubmitMutationMutationVariables = Exact<{
  input: BusinessIdeaInput;
  idempotencyKey?: string | null | undefined;
}>;


export type MyBusinessIdeasPage_SubmitMutationMutation = { submitBusinessIdea: { businessIdea: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type MyBusinessIdeasPage_StepMutationMutationVariables = Exact<{
  ideaId: string | number;
  step: BusinessPlanStep;
  done: boolean;
}>;


export type MyBusinessIdeasPage_StepMutationMutation = { setBusinessPlanStep: { businessIdea: { id: string, checklist: Array<{ step: BusinessPlanStep, label: string, done: boolean }> } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type MyInternshipPage_InternshipQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type MyInternshipPage_InternshipQueryQuery = { internship: { id: string, status: InternshipStatus, type: InternshipType, objectives: string, activities: string, startsOn: string, endsOn: string, hoursPerWeek: number, monthlyIndemnityCents: number, statusReason: string | null, targetSkills: Array<{ uri: string, label: string }>, acquiredSkills: Array<{ level: SkillLevel, skill: { uri: string, label: string } }>, company: { id: string, legalName: string }, companySite: { id: string, address: string, comune: { name: string } } | null, sportello: { id: string, name: string, address: string, email: string | null, phone: string | null }, promotingTutor: { id: string, givenName: string, familyName: string }, companyTutor: { name: string, role: string | null, email: string | null, phone: string | null }, monitoringEntries: Array<{ id: string, periodStartsOn: string, periodEndsOn: string, hoursAttended: number, note: string, authorSide: MonitoringAuthorSide, authorName: string }>, evaluation: { outcome: InternshipOutcome, judgement: string, evaluatedAt: string } | null, placement: { id: string, contractType: ContractType, startsOn: string, durationMonths: number | null } | null } | null };

export type MyInternshipsPage_MyInternshipsQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyInternshipsPage_MyInternshipsQueryQuery = { myInternships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: InternshipStatus, type: InternshipType, startsOn: string, endsOn: string, hoursPerWeek: number, company: { id: string, legalName: string } } }> } };

export type MyPathPage_MyCaseQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPathPage_MyCaseQueryQuery = { myCase: { id: string, closedAt: string | null, sportello: { id: string, name: string, address: string, email: string | null, phone: string | null }, takenBy: { id: string, givenName: string, familyName: string, email: string }, patto: { id: string, version: number, current: boolean, objectives: string, createdAt: string, acceptedAt: string | null, acceptedOn: string | null, actions: Array<{ id: string, kind: PattoActionKind, description: string, dueOn: string | null, assignee: PattoActionAssignee, status: PattoActionStatus }> } | null, pattoVersions: Array<{ id: string, version: number, current: boolean, objectives: string, createdAt: string, acceptedAt: string | null, acceptedOn: string | null, actions: Array<{ id: string, kind: PattoActionKind, description: string, dueOn: string | null, assignee: PattoActionAssignee, status: PattoActionStatus }> }>, diary: Array<{ id: string, occurredOn: string, body: string, contactChannel: DiaryContactChannel | null, supersededBy: { id: string } | null }> } | null };

export type MyPathPage_PattoFragment = { id: string, version: number, current: boolean, objectives: string, createdAt: string, acceptedAt: string | null, acceptedOn: string | null, actions: Array<{ id: string, kind: PattoActionKind, description: string, dueOn: string | null, assignee: PattoActionAssignee, status: PattoActionStatus }> };

export type MyPathPage_AcceptMutationMutationVariables = Exact<{
  versionId: string | number;
}>;


export type MyPathPage_AcceptMutationMutation = { acceptPatto: { patto: { id: string, acceptedAt: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type MyProgramApplicationsPage_QueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  month: string;
}>;


export type MyProgramApplicationsPage_QueryQuery = { myProgramApplications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, submittedAt: string, call: { id: string, title: string, rankingPublishedAt: string | null, program: { id: string, kind: string, title: string } }, ranking: { position: number } | null, participation: { id: string, status: ProgramParticipationStatus, projectDescription: string, place: string, tutor: string, weeklyHours: number, interruptionReason: string | null, outcome: ProgramOutcome | null, monthlyStatement: { hours: number, amountCents: number } } | null } }> } };

export type MyTrainingEnrolmentsPage_EnrolmentsQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyTrainingEnrolmentsPage_EnrolmentsQueryQuery = { myTrainingEnrolments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: TrainingEnrolmentStatus, enrolledAt: string, withdrawnAt: string | null, completedAt: string | null, module: { id: string, title: string, provider: string, hours: number, startsOn: string, endsOn: string, mode: TrainingMode, comune: { istatCode: string, name: string } | null } } }> } };

export type MyTrainingEnrolmentsPage_WithdrawMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type MyTrainingEnrolmentsPage_WithdrawMutationMutation = { withdrawTrainingEnrolment: { enrolment: { id: string, status: TrainingEnrolmentStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type MyWorkChecksPage_ChecksQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyWorkChecksPage_ChecksQueryQuery = { employmentChecks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: OutcomeKind, employerName: string | null, contractType: ContractType | null, startsOn: string, checkpoints: Array<{ days: number, dueOn: string, answer: { id: string, stillEmployed: boolean, confirmedByName: string, at: string } | null }> } }> } };

export type MyWorkChecksPage_ConfirmMutationMutationVariables = Exact<{
  input: ConfirmEmploymentInput;
}>;


export type MyWorkChecksPage_ConfirmMutationMutation = { confirmEmployment: { followUp: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PrivacyPage_NetworksQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyPage_NetworksQueryQuery = { networks: Array<{ id: string, name: string, privacyController: string | null, dpoEmail: string | null }> };

export type ProfilePage_MeQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfilePage_MeQueryQuery = { me: { id: string, email: string, emailVerified: boolean, givenName: string, familyName: string, linkedIdentity: { linkedAt: string } | null, network: { name: string } | null, citizen: { id: string, codiceFiscale: string, birthDate: string, phone: string | null, employmentStatus: EmploymentStatus | null, residenceComune: { name: string, provinceCode: string }, consents: Array<{ id: string, purpose: ConsentPurpose, grantedAt: string, withdrawnAt: string | null }>, cv: { updatedAt: string, completeness: { score: number, missing: Array<{ section: CvSection, message: string }> } } | null } | null } | null };

export type ProfilePage_UpdateProfileMutationMutationVariables = Exact<{
  input: UpdateCitizenProfileInput;
}>;


export type ProfilePage_UpdateProfileMutationMutation = { updateCitizenProfile: { citizen: { id: string, givenName: string, familyName: string, phone: string | null, employmentStatus: EmploymentStatus | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ProgramApplyPage_CallQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgramApplyPage_CallQueryQuery = { programCall: { id: string, title: string, closesOn: string, open: boolean, program: { id: string, kind: string, title: string }, rules: { minMonthsUnemployed: number | null, iseeCeilingCents: number | null }, myEligibility: Array<{ rule: EligibilityRule, outcome: CheckOutcome, reason: string }> | null, myApplication: { id: string, checks: Array<{ rule: EligibilityRule, outcome: CheckOutcome, reason: string }> } | null } | null };

export type ProgramApplyPage_ApplyMutationMutationVariables = Exact<{
  callId: string | number;
  declaration: ProgramDeclarationInput;
  idempotencyKey?: string | null | undefined;
}>;


export type ProgramApplyPage_ApplyMutationMutation = { applyToProgramCall: { application: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ProgramCallsPage_OpenCallsQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ProgramCallsPage_OpenCallsQueryQuery = { openProgramCalls: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, closesOn: string, places: number, hourlyRateCents: number, program: { id: string, kind: string, title: string, description: string }, myEligibility: Array<{ rule: EligibilityRule, outcome: CheckOutcome, reason: string }> | null, myApplication: { id: string } | null } }> } };

export type ProposalsPage_ProposalsQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ProposalsPage_ProposalsQueryQuery = { myApplications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, createdAt: string, proposalNote: string | null, vacancy: { id: string, title: string, companyName: string, contractType: ContractType, publicUrl: string, expiresOn: string, workplaceComune: { istatCode: string, name: string } | null } } }> } };

export type ProposalsPage_AcceptMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type ProposalsPage_AcceptMutationMutation = { acceptProposal: { application: { id: string, status: ApplicationStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ProposalsPage_DeclineMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type ProposalsPage_DeclineMutationMutation = { withdrawApplication: { application: { id: string, status: ApplicationStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RegisterPage_NetworksQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterPage_NetworksQueryQuery = { networks: Array<{ id: string, slug: string, name: string, memberComuni: Array<{ istatCode: string, name: string, provinceCode: string }> }> };

export type RegisterPage_RegisterCitizenMutationMutationVariables = Exact<{
  input: RegisterCitizenInput;
}>;


export type RegisterPage_RegisterCitizenMutationMutation = { registerCitizen: { citizen: { id: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ResetPasswordPage_ResetPasswordMutationMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordPage_ResetPasswordMutationMutation = { resetPassword: { ok: boolean, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SpidCieLoginPayloadFieldsFragment = { providerLogoutUrl: string | null, session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } } | null, registration: { codiceFiscale: string, givenName: string, familyName: string, birthDate: string, email: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> };

export type SpidCieLoginPage_ContinueMutationMutationVariables = Exact<{
  ticket: string;
}>;


export type SpidCieLoginPage_ContinueMutationMutation = { continueSpidCieLogin: { providerLogoutUrl: string | null, session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } } | null, registration: { codiceFiscale: string, givenName: string, familyName: string, birthDate: string, email: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SpidCieLoginPage_RegisterMutationMutationVariables = Exact<{
  input: RegisterWithSpidCieInput;
}>;


export type SpidCieLoginPage_RegisterMutationMutation = { registerWithSpidCie: { providerLogoutUrl: string | null, session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } } | null, registration: { codiceFiscale: string, givenName: string, familyName: string, birthDate: string, email: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SpidCieLoginPage_LinkMutationMutationVariables = Exact<{
  input: LinkSpidCieInput;
}>;


export type SpidCieLoginPage_LinkMutationMutation = { linkSpidCie: { providerLogoutUrl: string | null, session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { id: string, kind: ActorKind, email: string, givenName: string, familyName: string } } | null, registration: { codiceFiscale: string, givenName: string, familyName: string, birthDate: string, email: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type SpidCieLoginPage_NetworksQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type SpidCieLoginPage_NetworksQueryQuery = { networks: Array<{ id: string, slug: string, name: string, memberComuni: Array<{ istatCode: string, name: string, provinceCode: string }> }> };

export type TrainingModulePage_ModuleQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingModulePage_ModuleQueryQuery = { trainingModule: { id: string, title: string, provider: string, description: string, hours: number, startsOn: string, endsOn: string, mode: TrainingMode, seatsLeft: number, comune: { istatCode: string, name: string } | null, sportello: { id: string, name: string, address: string, email: string | null, phone: string | null }, skills: Array<{ level: SkillLevel, skill: { uri: string, label: string } }>, enrolments: Array<{ id: string, status: TrainingEnrolmentStatus }> } | null };

export type TrainingModulePage_AskPlaceMutationMutationVariables = Exact<{
  moduleId: string | number;
}>;


export type TrainingModulePage_AskPlaceMutationMutation = { enrolInTrainingModule: { enrolment: { id: string, status: TrainingEnrolmentStatus } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type TrainingModulesPage_OpenModulesQueryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type TrainingModulesPage_OpenModulesQueryQuery = { openTrainingModules: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, provider: string, hours: number, startsOn: string, endsOn: string, mode: TrainingMode, seatsLeft: number, comune: { istatCode: string, name: string } | null, skills: Array<{ skill: { uri: string, label: string } }> } }> } };

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

export const CvPage_CvFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CvPage_CvFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cv"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"soughtOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"yearCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageCode"}},{"kind":"Field","name":{"kind":"Name","value":"motherTongue"}},{"kind":"Field","name":{"kind":"Name","value":"listening"}},{"kind":"Field","name":{"kind":"Name","value":"reading"}},{"kind":"Field","name":{"kind":"Name","value":"spokenInteraction"}},{"kind":"Field","name":{"kind":"Name","value":"spokenProduction"}},{"kind":"Field","name":{"kind":"Name","value":"writing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CvPage_CvFieldsFragment, unknown>;
export const MyPathPage_PattoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyPathPage_Patto"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PattoVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MyPathPage_PattoFragment, unknown>;
export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const SpidCieLoginPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpidCieLoginPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpidCieLoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerLogoutUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<SpidCieLoginPayloadFieldsFragment, unknown>;
export const AppLayout_LogoutMutationDocument = {"__meta__":{"hash":"sha256:9c1f89bf2cbd91c2d56cdfbf9c5a7d059e9f31b9b6af2f94184d025361d017b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppLayout_LogoutMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<AppLayout_LogoutMutationMutation, AppLayout_LogoutMutationMutationVariables>;
export const InterviewAnswer_RespondMutationDocument = {"__meta__":{"hash":"sha256:bd29f9bb044877b249b571f4ea13a36394e676fcbe9defb8c60acdcdd6c66360"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InterviewAnswer_RespondMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToInterview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InterviewAnswer_RespondMutationMutation, InterviewAnswer_RespondMutationMutationVariables>;
export const InterviewAnswer_AskForAnotherDateMutationDocument = {"__meta__":{"hash":"sha256:2884aa0e6bbbdbc3a04ccd84c2307fdac29e404682845b509a12004cece5debb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InterviewAnswer_AskForAnotherDateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askForAnotherInterviewDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InterviewAnswer_AskForAnotherDateMutationMutation, InterviewAnswer_AskForAnotherDateMutationMutationVariables>;
export const Client_RefreshSessionMutationDocument = {"__meta__":{"hash":"sha256:ce1652292cda9fd9c6124dc2b7e9c767264063cb48ce9902edd629a4aa5d548c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Client_RefreshSessionMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<Client_RefreshSessionMutationMutation, Client_RefreshSessionMutationMutationVariables>;
export const CvSharing_GiveConsentMutationDocument = {"__meta__":{"hash":"sha256:6f3f395766d45d93b7fce926cee56076c8309fa1c7bb45dc8d6f058c911b9cfd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CvSharing_GiveConsentMutation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"EnumValue","value":"CV_SHARING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CvSharing_GiveConsentMutationMutation, CvSharing_GiveConsentMutationMutationVariables>;
export const CvSharing_WithdrawConsentMutationDocument = {"__meta__":{"hash":"sha256:7dca2e6eba777bb1e86962701b19ab3affb8772a611efb36a3cb280323415360"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CvSharing_WithdrawConsentMutation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"EnumValue","value":"CV_SHARING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CvSharing_WithdrawConsentMutationMutation, CvSharing_WithdrawConsentMutationMutationVariables>;
export const EscoSearch_OccupationsQueryDocument = {"__meta__":{"hash":"sha256:a6e693d1af7f7f949aac2925e41a4cad8c40cf99bf849acca864ada577b6767b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscoSearch_OccupationsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escoOccupations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<EscoSearch_OccupationsQueryQuery, EscoSearch_OccupationsQueryQueryVariables>;
export const EscoSearch_SkillsQueryDocument = {"__meta__":{"hash":"sha256:15f89dd9b628d4caab58369173d885e64de4a34561475d7a9505fcad8341541b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscoSearch_SkillsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escoSkills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<EscoSearch_SkillsQueryQuery, EscoSearch_SkillsQueryQueryVariables>;
export const EscoSearch_OccupationSkillsQueryDocument = {"__meta__":{"hash":"sha256:4c7b06c3c0bee724b2ef01a51153e7f45d478f5dfe452333439ffd7966e705fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscoSearch_OccupationSkillsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uris"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escoOccupationsByUri"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uris"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uris"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","alias":{"kind":"Name","value":"essential"},"name":{"kind":"Name","value":"skills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"relation"},"value":{"kind":"EnumValue","value":"ESSENTIAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"optional"},"name":{"kind":"Name","value":"skills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"relation"},"value":{"kind":"EnumValue","value":"OPTIONAL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<EscoSearch_OccupationSkillsQueryQuery, EscoSearch_OccupationSkillsQueryQueryVariables>;
export const ApplyPage_VacancyQueryDocument = {"__meta__":{"hash":"sha256:4895744b4d4c840fb1a83bd050925f45dbaf06b16f78447fe4e3f91f27a43c37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplyPage_VacancyQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"workplaceComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salaryMinCents"}},{"kind":"Field","name":{"kind":"Name","value":"salaryMaxCents"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"agreementLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplyPage_VacancyQueryQuery, ApplyPage_VacancyQueryQueryVariables>;
export const ApplyPage_ApplyMutationDocument = {"__meta__":{"hash":"sha256:d0e180e06ac72ab31ff0a1719b1d7cbab9707527e9eb22903bb3f24378ad510c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyPage_ApplyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coverLetter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coverLetterId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToVacancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"vacancyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"vacancyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"coverLetter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coverLetter"}}},{"kind":"Argument","name":{"kind":"Name","value":"coverLetterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coverLetterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyPage_ApplyMutationMutation, ApplyPage_ApplyMutationMutationVariables>;
export const CoverLetterPage_LetterQueryDocument = {"__meta__":{"hash":"sha256:93aebdc1129ddec2f774a26c3c50c2a78db1f34593720407e2bbdfb3aa530c32"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverLetterPage_LetterQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastEditedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}}]}}]}}]}}]} as unknown as DocumentNode<CoverLetterPage_LetterQueryQuery, CoverLetterPage_LetterQueryQueryVariables>;
export const CoverLetterPage_UpdateMutationDocument = {"__meta__":{"hash":"sha256:e6b51cdfce6dd7b0f8b497c10c4f390d91476d0bc6a5232cab463787e5f7162f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoverLetterPage_UpdateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoverLetterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCoverLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverLetter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CoverLetterPage_UpdateMutationMutation, CoverLetterPage_UpdateMutationMutationVariables>;
export const CoverLetterPage_DeleteMutationDocument = {"__meta__":{"hash":"sha256:d87cd4d653278266a1bfc675476d742f10208ebc2bd698583169dd900c382980"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoverLetterPage_DeleteMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCoverLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CoverLetterPage_DeleteMutationMutation, CoverLetterPage_DeleteMutationMutationVariables>;
export const CoverLettersPage_LettersQueryDocument = {"__meta__":{"hash":"sha256:a104d3a27d9401f7a7c4583506aa0511bcea537aa03e805bc2e554e2fc9da458"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverLettersPage_LettersQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coverLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastEditedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coverLetterTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"requiresVacancy"}}]}}]}}]} as unknown as DocumentNode<CoverLettersPage_LettersQueryQuery, CoverLettersPage_LettersQueryQueryVariables>;
export const CoverLettersPage_VacanciesQueryDocument = {"__meta__":{"hash":"sha256:e12818661844db4ac0efb99080746b21a8615d9dae19bc0553dc43b39cbde34c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoverLettersPage_VacanciesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkSlug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacancySearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"networkSlug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkSlug"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoverLettersPage_VacanciesQueryQuery, CoverLettersPage_VacanciesQueryQueryVariables>;
export const CoverLettersPage_DraftMutationDocument = {"__meta__":{"hash":"sha256:1fb3eb48c0f5ff3bc17e0573310f981f402345faca6bbc244e40d3050b35517b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CoverLettersPage_DraftMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftCoverLetterInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftCoverLetter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverLetter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CoverLettersPage_DraftMutationMutation, CoverLettersPage_DraftMutationMutationVariables>;
export const CvPage_MyCvQueryDocument = {"__meta__":{"hash":"sha256:cdf5af89a80b3c4523e36d8a733febc0e857bf72d2df4946a1e27b0cdacef2a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CvPage_MyCvQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullTime"}},{"kind":"Field","name":{"kind":"Name","value":"partTime"}},{"kind":"Field","name":{"kind":"Name","value":"shifts"}},{"kind":"Field","name":{"kind":"Name","value":"mobilityRadiusKm"}},{"kind":"Field","name":{"kind":"Name","value":"hasOwnVehicle"}},{"kind":"Field","name":{"kind":"Name","value":"drivingLicences"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CvPage_CvFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"educationTitles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"eqfLevel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CvPage_CvFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cv"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"soughtOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"yearCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageCode"}},{"kind":"Field","name":{"kind":"Name","value":"motherTongue"}},{"kind":"Field","name":{"kind":"Name","value":"listening"}},{"kind":"Field","name":{"kind":"Name","value":"reading"}},{"kind":"Field","name":{"kind":"Name","value":"spokenInteraction"}},{"kind":"Field","name":{"kind":"Name","value":"spokenProduction"}},{"kind":"Field","name":{"kind":"Name","value":"writing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CvPage_MyCvQueryQuery, CvPage_MyCvQueryQueryVariables>;
export const CvPage_SaveCvMutationDocument = {"__meta__":{"hash":"sha256:c64cd5c204c45c85f57d74f53f8e31c821752feb4046efe536e190247f046be1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CvPage_SaveCvMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CvInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CvPage_CvFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CvPage_CvFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cv"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"soughtOccupations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employer"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occupation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"education"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"yearCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageCode"}},{"kind":"Field","name":{"kind":"Name","value":"motherTongue"}},{"kind":"Field","name":{"kind":"Name","value":"listening"}},{"kind":"Field","name":{"kind":"Name","value":"reading"}},{"kind":"Field","name":{"kind":"Name","value":"spokenInteraction"}},{"kind":"Field","name":{"kind":"Name","value":"spokenProduction"}},{"kind":"Field","name":{"kind":"Name","value":"writing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CvPage_SaveCvMutationMutation, CvPage_SaveCvMutationMutationVariables>;
export const CvPage_SaveAvailabilityMutationDocument = {"__meta__":{"hash":"sha256:00a6aa04c5e20e5131f7e828c8afd30cebbbdd132472f2025fb3772929f432db"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CvPage_SaveAvailabilityMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCitizenProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCitizenProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CvPage_SaveAvailabilityMutationMutation, CvPage_SaveAvailabilityMutationMutationVariables>;
export const ErasurePage_QueryDocument = {"__meta__":{"hash":"sha256:63eb1f56b7c99525c5778a990b9a8ab62d49a280e5e096e5e696d59340a58681"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ErasurePage_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myErasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"}}]}}]}}]} as unknown as DocumentNode<ErasurePage_QueryQuery, ErasurePage_QueryQueryVariables>;
export const ErasurePage_RequestMutationDocument = {"__meta__":{"hash":"sha256:e84fec72f30817b4cf82f1a4dd1830b40822ab5b1b264055219718db36046804"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErasurePage_RequestMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestErasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"confirm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"erased"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ErasurePage_RequestMutationMutation, ErasurePage_RequestMutationMutationVariables>;
export const ForgotPasswordPage_RequestPasswordResetMutationDocument = {"__meta__":{"hash":"sha256:9c0f894c5f9cd2055a2fdebbc3bb59fd3a5f25bde471118758f144ac0febc71e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForgotPasswordPage_RequestPasswordResetMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ForgotPasswordPage_RequestPasswordResetMutationMutation, ForgotPasswordPage_RequestPasswordResetMutationMutationVariables>;
export const GroupActivitiesPage_OpenActivitiesQueryDocument = {"__meta__":{"hash":"sha256:5c38d84affc04e15f97115af6005c6b0700ad75212bc832c94fde45698de8f18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupActivitiesPage_OpenActivitiesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openGroupActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupActivitiesPage_OpenActivitiesQueryQuery, GroupActivitiesPage_OpenActivitiesQueryQueryVariables>;
export const GroupActivitiesPage_MyEnrolmentsQueryDocument = {"__meta__":{"hash":"sha256:6aeda15df1ddc009d57fc3162aa9aebdeaa491abbe5fdbadfbb36aee93f765ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupActivitiesPage_MyEnrolmentsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myGroupEnrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"certificateUrl"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupActivitiesPage_MyEnrolmentsQueryQuery, GroupActivitiesPage_MyEnrolmentsQueryQueryVariables>;
export const GroupActivitiesPage_EnrolMutationDocument = {"__meta__":{"hash":"sha256:91267ae1c2a35103ef6d37131cb412ee51335c6611819e2818f93599be4883a2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupActivitiesPage_EnrolMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolInGroupActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GroupActivitiesPage_EnrolMutationMutation, GroupActivitiesPage_EnrolMutationMutationVariables>;
export const GroupActivitiesPage_WithdrawMutationDocument = {"__meta__":{"hash":"sha256:52eb0cdb2c070258aebf024aba6294b1285538f879e191bd5af5d51bc86d6c43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GroupActivitiesPage_WithdrawMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawGroupEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GroupActivitiesPage_WithdrawMutationMutation, GroupActivitiesPage_WithdrawMutationMutationVariables>;
export const InvitationPage_AcceptInvitationMutationDocument = {"__meta__":{"hash":"sha256:aa27867a44c8de668a7d95e394e6287a50218cadf6c6c430149be0dde55edc9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitationPage_AcceptInvitationMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<InvitationPage_AcceptInvitationMutationMutation, InvitationPage_AcceptInvitationMutationMutationVariables>;
export const JobAlertPage_JobAlertQueryDocument = {"__meta__":{"hash":"sha256:b4bc0dacf527a1c5ccadc503350ca4ac4ce1457e79f9e9a205eac8697fb3bdfc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobAlertPage_JobAlertQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myJobAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}},{"kind":"Field","name":{"kind":"Name","value":"lastSentAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}}]}}]}}]} as unknown as DocumentNode<JobAlertPage_JobAlertQueryQuery, JobAlertPage_JobAlertQueryQueryVariables>;
export const JobAlertPage_SaveMutationDocument = {"__meta__":{"hash":"sha256:3c77a7c07fe64b7a5900c1e03527dd0c17974e68f240dfca2dfc517745ad1dd8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobAlertPage_SaveMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveJobAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}},{"kind":"Field","name":{"kind":"Name","value":"nextRunAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<JobAlertPage_SaveMutationMutation, JobAlertPage_SaveMutationMutationVariables>;
export const JobAlertPage_DeleteMutationDocument = {"__meta__":{"hash":"sha256:a2d2c476040d3d981464a08f4bb350e11ab2943595bc0cad4722bcdac822c20d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobAlertPage_DeleteMutation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteJobAlert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<JobAlertPage_DeleteMutationMutation, JobAlertPage_DeleteMutationMutationVariables>;
export const JobAlertUnsubscribePage_UnsubscribeMutationDocument = {"__meta__":{"hash":"sha256:aff7b49912891954aca444967ab48a65b8ca98e7216b5992b0086a2b24764647"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobAlertUnsubscribePage_UnsubscribeMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribeJobAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<JobAlertUnsubscribePage_UnsubscribeMutationMutation, JobAlertUnsubscribePage_UnsubscribeMutationMutationVariables>;
export const LoginPage_LoginMutationDocument = {"__meta__":{"hash":"sha256:ef299f9a17fe22ca2e2ea853628e91fcbd5c56e77991f4624030a7ea51a86a3e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_LoginMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"deviceToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]} as unknown as DocumentNode<LoginPage_LoginMutationMutation, LoginPage_LoginMutationMutationVariables>;
export const LoginPage_LogoutMutationDocument = {"__meta__":{"hash":"sha256:c69e28cfbe4ccdc208ffe1cd191f791cffa17c328393f1282b219858f5d3ae08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginPage_LogoutMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<LoginPage_LogoutMutationMutation, LoginPage_LogoutMutationMutationVariables>;
export const LoginPage_SpidCieQueryDocument = {"__meta__":{"hash":"sha256:d2c0bdc670feae4eecd4d87b372c0a968084e9d2010e3a5294a6e1bea2108b1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LoginPage_SpidCieQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spidCieLogin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startUrl"}},{"kind":"Field","name":{"kind":"Name","value":"developmentProvider"}}]}}]}}]} as unknown as DocumentNode<LoginPage_SpidCieQueryQuery, LoginPage_SpidCieQueryQueryVariables>;
export const MatchingVacanciesPage_MatchesQueryDocument = {"__meta__":{"hash":"sha256:8ca38bb328ff3708824798e7059b08f101096946f9ade666cbcb92257174942a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchingVacanciesPage_MatchesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMatchingVacancies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"radiusKm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radiusKm"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"remote"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"workplaceComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchingVacanciesPage_MatchesQueryQuery, MatchingVacanciesPage_MatchesQueryQueryVariables>;
export const MyApplicationsPage_ApplicationsQueryDocument = {"__meta__":{"hash":"sha256:8f9f8771d2502eac25203b8ed9da9a1ce15e6e602ab4f1206049e123f16963fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApplicationsPage_ApplicationsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"workplaceComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"videoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"responseNote"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyApplicationsPage_ApplicationsQueryQuery, MyApplicationsPage_ApplicationsQueryQueryVariables>;
export const MyApplicationsPage_WithdrawMutationDocument = {"__meta__":{"hash":"sha256:c0cad7ab0caf00c7d9da5b74a17de1c41eb843872d53667ee3408605ba16c276"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyApplicationsPage_WithdrawMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MyApplicationsPage_WithdrawMutationMutation, MyApplicationsPage_WithdrawMutationMutationVariables>;
export const MyBusinessIdeasPage_QueryDocument = {"__meta__":{"hash":"sha256:a0e41127fcee9c666c69d629fc0a9dfbbf425b243f0e4fdde43b0db778532e0a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBusinessIdeasPage_Query"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBusinessIdeas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"atecoActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"partitaIva"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmountCents"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberComuni"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyBusinessIdeasPage_QueryQuery, MyBusinessIdeasPage_QueryQueryVariables>;
export const MyBusinessIdeasPage_AtecoQueryDocument = {"__meta__":{"hash":"sha256:7d18bf77f2ed54edc2c986912bb2914fafc7014883d7cade21ff46b56e2021e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBusinessIdeasPage_AtecoQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"atecoActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<MyBusinessIdeasPage_AtecoQueryQuery, MyBusinessIdeasPage_AtecoQueryQueryVariables>;
export const MyBusinessIdeasPage_SubmitMutationDocument = {"__meta__":{"hash":"sha256:2b9a92bd795715dd15a56ffc3ecc201393897e63e4952815b43addacc0d9ecb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyBusinessIdeasPage_SubmitMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessIdeaInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitBusinessIdea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessIdea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MyBusinessIdeasPage_SubmitMutationMutation, MyBusinessIdeasPage_SubmitMutationMutationVariables>;
export const MyBusinessIdeasPage_StepMutationDocument = {"__meta__":{"hash":"sha256:d15cedfe72beddfcc695b072268b1d8ca0cf22c3b1962708d2fb3c004f37127b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyBusinessIdeasPage_StepMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"step"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessPlanStep"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"done"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBusinessPlanStep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ideaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ideaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"step"},"value":{"kind":"Variable","name":{"kind":"Name","value":"step"}}},{"kind":"Argument","name":{"kind":"Name","value":"done"},"value":{"kind":"Variable","name":{"kind":"Name","value":"done"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessIdea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MyBusinessIdeasPage_StepMutationMutation, MyBusinessIdeasPage_StepMutationMutationVariables>;
export const MyInternshipPage_InternshipQueryDocument = {"__meta__":{"hash":"sha256:48588e85299ce04656901c0f5e70fefeb917b07b2ee842d6d14f6ce828f3f5a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInternshipPage_InternshipQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"targetSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acquiredSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyIndemnityCents"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companySite"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotingTutor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companyTutor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monitoringEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"periodEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"hoursAttended"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"authorSide"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"judgement"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}}]}}]}}]}}]} as unknown as DocumentNode<MyInternshipPage_InternshipQueryQuery, MyInternshipPage_InternshipQueryQueryVariables>;
export const MyInternshipsPage_MyInternshipsQueryDocument = {"__meta__":{"hash":"sha256:5c833386be22b6b8b126ff47e83b157c71bb24482ec1488162ddd3a79299661c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInternshipsPage_MyInternshipsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInternships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyInternshipsPage_MyInternshipsQueryQuery, MyInternshipsPage_MyInternshipsQueryQueryVariables>;
export const MyPathPage_MyCaseQueryDocument = {"__meta__":{"hash":"sha256:33c4c6485bf113fed4fe41b1d7cc5a6f9d14b11ba93146be36ef08f5a6ff4c40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyPathPage_MyCaseQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"takenBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPathPage_Patto"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pattoVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyPathPage_Patto"}}]}},{"kind":"Field","name":{"kind":"Name","value":"diary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"contactChannel"}},{"kind":"Field","name":{"kind":"Name","value":"supersededBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyPathPage_Patto"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PattoVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MyPathPage_MyCaseQueryQuery, MyPathPage_MyCaseQueryQueryVariables>;
export const MyPathPage_AcceptMutationDocument = {"__meta__":{"hash":"sha256:5574d4271d163c1db05ca39c990436cf565dfe33ae7405119e542254164e5246"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyPathPage_AcceptMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptPatto"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"versionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MyPathPage_AcceptMutationMutation, MyPathPage_AcceptMutationMutationVariables>;
export const MyProgramApplicationsPage_QueryDocument = {"__meta__":{"hash":"sha256:3ed2acaa8136102aa9af9e9d2f100555084e7dbc23125c50e36b207b5b77f851"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProgramApplicationsPage_Query"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myProgramApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rankingPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ranking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"projectDescription"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"tutor"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"}},{"kind":"Field","name":{"kind":"Name","value":"interruptionReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyProgramApplicationsPage_QueryQuery, MyProgramApplicationsPage_QueryQueryVariables>;
export const MyTrainingEnrolmentsPage_EnrolmentsQueryDocument = {"__meta__":{"hash":"sha256:ce1c7f7b902e237c0605358117e5d296a125c4f0b234155fc46602e95aba7854"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTrainingEnrolmentsPage_EnrolmentsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTrainingEnrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"module"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyTrainingEnrolmentsPage_EnrolmentsQueryQuery, MyTrainingEnrolmentsPage_EnrolmentsQueryQueryVariables>;
export const MyTrainingEnrolmentsPage_WithdrawMutationDocument = {"__meta__":{"hash":"sha256:f81815f9f03362239f6e96eed2a9d6a5bf4e55ca6fa1cac53ed09e656138e9c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyTrainingEnrolmentsPage_WithdrawMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawTrainingEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MyTrainingEnrolmentsPage_WithdrawMutationMutation, MyTrainingEnrolmentsPage_WithdrawMutationMutationVariables>;
export const MyWorkChecksPage_ChecksQueryDocument = {"__meta__":{"hash":"sha256:26dca80e902f4c02bad96cace6ff36c12f2eb7291b6c8da9be73090d90b7bb55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkChecksPage_ChecksQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employmentChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"employerName"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stillEmployed"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedByName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkChecksPage_ChecksQueryQuery, MyWorkChecksPage_ChecksQueryQueryVariables>;
export const MyWorkChecksPage_ConfirmMutationDocument = {"__meta__":{"hash":"sha256:be1153449afa9eb4995ecba0dc429fdd2360f256ea791ec4329d15c28a84b285"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MyWorkChecksPage_ConfirmMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmEmploymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmEmployment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MyWorkChecksPage_ConfirmMutationMutation, MyWorkChecksPage_ConfirmMutationMutationVariables>;
export const PrivacyPage_NetworksQueryDocument = {"__meta__":{"hash":"sha256:ebb4bf6a655a7ec232429b026827b51bbf5d23089555ad15583a1b41b846c462"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrivacyPage_NetworksQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"privacyController"}},{"kind":"Field","name":{"kind":"Name","value":"dpoEmail"}}]}}]}}]} as unknown as DocumentNode<PrivacyPage_NetworksQueryQuery, PrivacyPage_NetworksQueryQueryVariables>;
export const ProfilePage_MeQueryDocument = {"__meta__":{"hash":"sha256:6ab25960f3bb18fb5f5dc94b2bbd58060712b1651f1102bf07d76de1dc5abfb3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfilePage_MeQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"linkedIdentity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"residenceComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProfilePage_MeQueryQuery, ProfilePage_MeQueryQueryVariables>;
export const ProfilePage_UpdateProfileMutationDocument = {"__meta__":{"hash":"sha256:231835a4f3c5c4ae2cb396bf0cae1089d9f5825f7f113dae38a9f7eeace24a18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProfilePage_UpdateProfileMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCitizenProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCitizenProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"employmentStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProfilePage_UpdateProfileMutationMutation, ProfilePage_UpdateProfileMutationMutationVariables>;
export const ProgramApplyPage_CallQueryDocument = {"__meta__":{"hash":"sha256:07834b947173cd6af840bf2d448e5da52e50c2fe68835c376364028dcaf71f1b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramApplyPage_CallQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minMonthsUnemployed"}},{"kind":"Field","name":{"kind":"Name","value":"iseeCeilingCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myEligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramApplyPage_CallQueryQuery, ProgramApplyPage_CallQueryQueryVariables>;
export const ProgramApplyPage_ApplyMutationDocument = {"__meta__":{"hash":"sha256:65858be47e2852b1d99e41b52a92db788fa894fe6aa301070a6976b14ffdea91"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProgramApplyPage_ApplyMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"declaration"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgramDeclarationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToProgramCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"declaration"},"value":{"kind":"Variable","name":{"kind":"Name","value":"declaration"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProgramApplyPage_ApplyMutationMutation, ProgramApplyPage_ApplyMutationMutationVariables>;
export const ProgramCallsPage_OpenCallsQueryDocument = {"__meta__":{"hash":"sha256:088908fb4c5abbd9eda101a6ba13e5ec00b3fdda16cfdb447f443bed878db085"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramCallsPage_OpenCallsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openProgramCalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"places"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRateCents"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myEligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgramCallsPage_OpenCallsQueryQuery, ProgramCallsPage_OpenCallsQueryQueryVariables>;
export const ProposalsPage_ProposalsQueryDocument = {"__meta__":{"hash":"sha256:14a04b9e156a5a4df8aef7969feee9a0f51e6a12e2ad1b7cbe84f73167a60cf8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalsPage_ProposalsQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PROPOSED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposalNote"}},{"kind":"Field","name":{"kind":"Name","value":"vacancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"publicUrl"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"workplaceComune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProposalsPage_ProposalsQueryQuery, ProposalsPage_ProposalsQueryQueryVariables>;
export const ProposalsPage_AcceptMutationDocument = {"__meta__":{"hash":"sha256:25602470646b4f4a62a5d523d0a98f6e72ef6e600c3a18cc25164303668e8b4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposalsPage_AcceptMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProposalsPage_AcceptMutationMutation, ProposalsPage_AcceptMutationMutationVariables>;
export const ProposalsPage_DeclineMutationDocument = {"__meta__":{"hash":"sha256:6e42791caeb5c28d239eb83748e0d6fbbce5c85b30517e568b9d6150373f1fc7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposalsPage_DeclineMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProposalsPage_DeclineMutationMutation, ProposalsPage_DeclineMutationMutationVariables>;
export const RegisterPage_NetworksQueryDocument = {"__meta__":{"hash":"sha256:7066eb0ff643a040a962684b93dbdac4d5bba57de0a6a94e8a748a69fec78468"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegisterPage_NetworksQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberComuni"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterPage_NetworksQueryQuery, RegisterPage_NetworksQueryQueryVariables>;
export const RegisterPage_RegisterCitizenMutationDocument = {"__meta__":{"hash":"sha256:ceb97793944dfc07e7bcb2458743a56beca39084867218de05ab650430b62f7b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPage_RegisterCitizenMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterCitizenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerCitizen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citizen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterPage_RegisterCitizenMutationMutation, RegisterPage_RegisterCitizenMutationMutationVariables>;
export const ResetPasswordPage_ResetPasswordMutationDocument = {"__meta__":{"hash":"sha256:9cdc7f0c5eebd0f60565d4c98bca4536f4fbf3dc2df1f4b2e3a3a005058ff2c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPasswordPage_ResetPasswordMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordPage_ResetPasswordMutationMutation, ResetPasswordPage_ResetPasswordMutationMutationVariables>;
export const SpidCieLoginPage_ContinueMutationDocument = {"__meta__":{"hash":"sha256:5a85d50d9379b3fc82e98e3f5f0ea04300974e91da0dbf3f14f2628581540b36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SpidCieLoginPage_ContinueMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticket"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"continueSpidCieLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticket"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticket"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpidCieLoginPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpidCieLoginPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpidCieLoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerLogoutUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SpidCieLoginPage_ContinueMutationMutation, SpidCieLoginPage_ContinueMutationMutationVariables>;
export const SpidCieLoginPage_RegisterMutationDocument = {"__meta__":{"hash":"sha256:8a057d707fa3627d8b43595d52e04101962e88980d377421774ee358626538a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SpidCieLoginPage_RegisterMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWithSpidCieInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWithSpidCie"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpidCieLoginPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpidCieLoginPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpidCieLoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerLogoutUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SpidCieLoginPage_RegisterMutationMutation, SpidCieLoginPage_RegisterMutationMutationVariables>;
export const SpidCieLoginPage_LinkMutationDocument = {"__meta__":{"hash":"sha256:780bf59c7a79ca1fea57f484aab3c0ba3fed174b10cb9e3b6c328d310642a58f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SpidCieLoginPage_LinkMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkSpidCieInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkSpidCie"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpidCieLoginPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpidCieLoginPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpidCieLoginPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"providerLogoutUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SpidCieLoginPage_LinkMutationMutation, SpidCieLoginPage_LinkMutationMutationVariables>;
export const SpidCieLoginPage_NetworksQueryDocument = {"__meta__":{"hash":"sha256:091ee7e93c8b06b1864af52a2f765d5eb737141f6a1e93cea2c3d378809b102e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpidCieLoginPage_NetworksQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberComuni"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]} as unknown as DocumentNode<SpidCieLoginPage_NetworksQueryQuery, SpidCieLoginPage_NetworksQueryQueryVariables>;
export const TrainingModulePage_ModuleQueryDocument = {"__meta__":{"hash":"sha256:16244f6e73dc8ffae9638a17cf36c4cd6168cd26cf2215d967e945b5372fcad5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingModulePage_ModuleQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"sportello"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingModulePage_ModuleQueryQuery, TrainingModulePage_ModuleQueryQueryVariables>;
export const TrainingModulePage_AskPlaceMutationDocument = {"__meta__":{"hash":"sha256:5a327ca2cd0b4fb40d18edbca0053dc7964b62d6481ed3da82f4b41375971442"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrainingModulePage_AskPlaceMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolInTrainingModule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"moduleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"moduleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingModulePage_AskPlaceMutationMutation, TrainingModulePage_AskPlaceMutationMutationVariables>;
export const TrainingModulesPage_OpenModulesQueryDocument = {"__meta__":{"hash":"sha256:b68702de4ede733a023f70a07957937bd195278a94512ed2158208386b93d674"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingModulesPage_OpenModulesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openTrainingModules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"comune"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingModulesPage_OpenModulesQueryQuery, TrainingModulesPage_OpenModulesQueryQueryVariables>;
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