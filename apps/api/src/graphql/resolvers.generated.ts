import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ApiClientRecord as ApiClientRecordModel, Session as SessionModel, User as UserModel } from '../modules/identity/service.js';
import type { Ateco as AtecoModel, CompanyMember as CompanyMemberModel, CompanySite as CompanySiteModel } from '../modules/companies/profile.js';
import type { Application as ApplicationModel, ApplicationEvent as ApplicationEventModel } from '../modules/applications/service.js';
import type { CandidateMatch as CandidateMatchModel, VacancyMatch as VacancyMatchModel } from '../modules/matching/service.js';
import type { LiveEvent as LiveEventModel } from '../modules/live/events.js';
import type { CaseAssignment as CaseAssignmentModel, Case as CaseModel, CaseworkTodayScope as CaseworkTodayScopeModel, DiaryEntry as DiaryEntryModel, PattoAction as PattoActionModel, PattoVersion as PattoVersionModel, SportelloCaseCounts as SportelloCaseCountsModel } from '../modules/casework/service.js';
import type { Slot as SlotModel, Booking as BookingModel } from '../modules/appointments/service.js';
import type { CitizenRecord as CitizenRecordModel } from '../modules/citizens/service.js';
import type { Company as CompanyModel } from '../modules/companies/service.js';
import type { CoverLetter as CoverLetterModel } from '../modules/cover-letters/service.js';
import type { CoverLetterTemplate as CoverLetterTemplateModel } from '../modules/cover-letters/templates.js';
import type { CvView as CvViewModel, CvEducationRecord as CvEducationRecordModel, EducationTitle as EducationTitleModel, CvSkillRecord as CvSkillRecordModel, EscoOccupation as EscoOccupationModel, EscoSkill as EscoSkillModel } from '../modules/cvs/service.js';
import type { FrontDeskContact as FrontDeskContactModel, FrontDeskCounts as FrontDeskCountsModel, ComuneCount as ComuneCountModel, SportelloCount as SportelloCountModel } from '../modules/front-desk/service.js';
import type { OrientationRecordView as OrientationRecordViewModel } from '../modules/orientation/records.js';
import type { GroupActivity as GroupActivityModel, AttendanceRecord as AttendanceRecordModel, GroupEnrolment as GroupEnrolmentModel, GroupSession as GroupSessionModel } from '../modules/group-activities/service.js';
import type { Interview as InterviewModel } from '../modules/applications/interviews.js';
import type { Internship as InternshipModel, InternshipEvent as InternshipEventModel, MonitoringEntry as MonitoringEntryModel } from '../modules/internships/service.js';
import type { Comune as ComuneModel, MembershipRecord as MembershipRecordModel, MembershipFeeRecord as MembershipFeeRecordModel, Network as NetworkModel, OperatorRecord as OperatorRecordModel, SportelloRecord as SportelloRecordModel } from '../modules/network/service.js';
import type { Consent as ConsentModel } from '../modules/citizens/consents.js';
import type { JobAlert as JobAlertModel } from '../modules/notifications/job-alerts.js';
import type { LabourMarketReport as LabourMarketReportModel } from '../modules/reports/service.js';
import type { Notification as NotificationModel } from '../modules/notifications/service.js';
import type { SpecialCategories as SpecialCategoriesModel } from '../modules/citizens/special-categories.js';
import type { Placement as PlacementModel } from '../modules/placements/service.js';
import type { Outcome as OutcomeModel, FollowUp as FollowUpModel, CheckpointView as CheckpointViewModel, EligibilityView as EligibilityViewModel, Tariff as TariffModel } from '../modules/outcomes/rules.js';
import type { FundingContract as FundingContractModel } from '../modules/outcomes/contracts.js';
import type { Statement as StatementModel, StatementLineView as StatementLineViewModel } from '../modules/outcomes/statements.js';
import type { Program as ProgramModel, ProgramApplication as ProgramApplicationModel, ProgramCall as ProgramCallModel, ProgramParticipation as ProgramParticipationModel, RankingRow as RankingRowModel } from '../modules/programs/service.js';
import type { EligibilityRules as EligibilityRulesModel } from '../modules/programs/rules.js';
import type { BusinessIdea as BusinessIdeaModel, MicrocreditPartner as MicrocreditPartnerModel, MicrocreditReferral as MicrocreditReferralModel, MicrocreditReferralEvent as MicrocreditReferralEventModel } from '../modules/self-employment/service.js';
import type { CompanyContact as CompanyContactModel, CompanyContactCorrection as CompanyContactCorrectionModel, CompanyFollowUp as CompanyFollowUpModel, CompanyNeed as CompanyNeedModel, CompanyServiceFile as CompanyServiceFileModel, CompanyServiceSummary as CompanyServiceSummaryModel, ReceivedCompanyServices as ReceivedCompanyServicesModel } from '../modules/company-services/service.js';
import type { OutplacementProject as OutplacementProjectModel, OutplacementWorker as OutplacementWorkerModel, OutplacementWorkerEvent as OutplacementWorkerEventModel } from '../modules/outplacement/service.js';
import type { SkillsGap as SkillsGapModel, GapVacancy as GapVacancyModel, GapTrainingModule as GapTrainingModuleModel } from '../modules/orientation/service.js';
import type { TrainingEnrolment as TrainingEnrolmentModel, TrainingModule as TrainingModuleModel } from '../modules/training/service.js';
import type { WebhookDeliveryView as WebhookDeliveryViewModel, WebhookSubscriptionView as WebhookSubscriptionViewModel } from '../modules/webhooks/service.js';
import type { Vacancy as VacancyModel, VacancyLanguage as VacancyLanguageModel, VacancySkillRecord as VacancySkillRecordModel } from '../modules/vacancies/service.js';
import type { RequestContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** An ISO-8601 date-time with offset. */
  DateTime: { input: Date; output: Date | string; }
};

export type AcquiredSkill = {
  __typename?: 'AcquiredSkill';
  level: SkillLevel;
  skill: EscoSkill;
};

export type AcquiredSkillInput = {
  level: SkillLevel;
  skillUri: Scalars['ID']['input'];
};

export type ActorKind =
  | 'CITIZEN'
  | 'COMPANY_MEMBER'
  | 'NETWORK_ADMIN'
  | 'OPERATOR'
  | 'PLATFORM_ADMIN';

export type ApiClient = {
  __typename?: 'ApiClient';
  clientId: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  operations: Array<RegisteredOperation>;
  /**
   * When true the client may run only its registered operations, by hash (subscriptions: by their
   * exact text).
   */
  persistedOnly: Scalars['Boolean']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiScope>;
};

export type ApiClientPayload = {
  __typename?: 'ApiClientPayload';
  apiClient?: Maybe<ApiClient>;
  userErrors: Array<UserError>;
};

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

export type Application = {
  __typename?: 'Application';
  /**
   * The candidate's CV, under the same rule as `citizen`: for the company once the candidate has
   * applied or accepted the proposal; for the candidate and the network's staff always. Null while
   * hidden, or when there is no CV.
   */
  candidateCv?: Maybe<Cv>;
  /** Null for the company until the candidate applies or accepts the proposal. */
  citizen?: Maybe<Citizen>;
  coverLetter?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  history: Array<ApplicationEvent>;
  id: Scalars['ID']['output'];
  interviews: Array<Interview>;
  /** The operator's note with a proposal. */
  proposalNote?: Maybe<Scalars['String']['output']>;
  /** Null when the citizen applied by themself. */
  proposalStatus?: Maybe<ProposalStatus>;
  /**
   * When the candidature was pseudonymised: the network's retention period after its vacancy ended
   * ran out. From then on the company sees only the pseudonymous profile, the texts are blank and the
   * candidature no longer moves; the status and the dates stay, for the reports.
   */
  pseudonymisedAt?: Maybe<Scalars['DateTime']['output']>;
  pseudonymousCandidate: PseudonymousCandidate;
  status: ApplicationStatus;
  updatedAt: Scalars['DateTime']['output'];
  vacancy: Vacancy;
};

export type ApplicationConnection = {
  __typename?: 'ApplicationConnection';
  edges: Array<ApplicationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApplicationEdge = {
  __typename?: 'ApplicationEdge';
  cursor: Scalars['String']['output'];
  node: Application;
};

export type ApplicationEvent = {
  __typename?: 'ApplicationEvent';
  /**
   * Who made the change, e.g. "Operatore", "Azienda", "Cittadino", or "Sportello Lavoro" for a change
   * the system made (closing a candidature left unanswered).
   */
  actorRole: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  fromStatus?: Maybe<ApplicationStatus>;
  reason?: Maybe<Scalars['String']['output']>;
  toStatus: ApplicationStatus;
};

export type ApplicationPayload = {
  __typename?: 'ApplicationPayload';
  application?: Maybe<Application>;
  userErrors: Array<UserError>;
};

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

export type AppointmentSlot = {
  __typename?: 'AppointmentSlot';
  /** Whether nobody holds the slot. */
  available: Scalars['Boolean']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: AppointmentKind;
  mode: AppointmentMode;
  sportello: Sportello;
  startsAt: Scalars['DateTime']['output'];
};

export type AppointmentSlotConnection = {
  __typename?: 'AppointmentSlotConnection';
  edges: Array<AppointmentSlotEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AppointmentSlotEdge = {
  __typename?: 'AppointmentSlotEdge';
  cursor: Scalars['String']['output'];
  node: AppointmentSlot;
};

export type AppointmentSlotPayload = {
  __typename?: 'AppointmentSlotPayload';
  slot?: Maybe<AppointmentSlot>;
  userErrors: Array<UserError>;
};

/** An ATECO section, division or group (ISTAT). */
export type AtecoActivity = {
  __typename?: 'AtecoActivity';
  code: Scalars['ID']['output'];
  level: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

export type AttendanceDay = {
  __typename?: 'AttendanceDay';
  day: Scalars['Date']['output'];
  hours: Scalars['Int']['output'];
};

/** Attendance over the sessions recorded. No-shows are the absences without a reason (ABSENT). */
export type AttendanceFigures = {
  __typename?: 'AttendanceFigures';
  absent: Scalars['Int']['output'];
  excused: Scalars['Int']['output'];
  /** absent / recorded, from 0 to 1; null when nothing is recorded. */
  noShowRate?: Maybe<Scalars['Float']['output']>;
  present: Scalars['Int']['output'];
  recorded: Scalars['Int']['output'];
};

export type AttendanceInput = {
  enrolmentId: Scalars['ID']['input'];
  status: AttendanceStatus;
};

export type AttendanceStatus =
  | 'ABSENT'
  /** Absent with a reason the sportello accepted: not counted as a no-show. */
  | 'EXCUSED'
  | 'PRESENT';

export type Availability = {
  __typename?: 'Availability';
  drivingLicences: Array<DrivingLicence>;
  fullTime: Scalars['Boolean']['output'];
  hasOwnVehicle: Scalars['Boolean']['output'];
  /** How far the citizen is willing to travel to work. */
  mobilityRadiusKm: Scalars['Int']['output'];
  partTime: Scalars['Boolean']['output'];
  shifts: Scalars['Boolean']['output'];
};

export type AvailabilityInput = {
  drivingLicences: Array<DrivingLicence>;
  fullTime: Scalars['Boolean']['input'];
  hasOwnVehicle: Scalars['Boolean']['input'];
  mobilityRadiusKm: Scalars['Int']['input'];
  partTime: Scalars['Boolean']['input'];
  shifts: Scalars['Boolean']['input'];
};

export type Booking = {
  __typename?: 'Booking';
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Set when a citizen booked (or was booked by an operator). */
  citizen?: Maybe<Citizen>;
  /** Set when a company booked. */
  company?: Maybe<Company>;
  createdAt: Scalars['DateTime']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Operators of the sportello only. */
  outcomeNotes?: Maybe<Scalars['String']['output']>;
  /** For a citizen's booking of an ORIENTATION slot: what it is for, when the booker said. */
  purpose?: Maybe<OrientationPurpose>;
  slot: AppointmentSlot;
  startsAt: Scalars['DateTime']['output'];
  status: BookingStatus;
  /** For online colloqui: the room of this booking. */
  videoUrl?: Maybe<Scalars['String']['output']>;
};

export type BookingConnection = {
  __typename?: 'BookingConnection';
  edges: Array<BookingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BookingEdge = {
  __typename?: 'BookingEdge';
  cursor: Scalars['String']['output'];
  node: Booking;
};

export type BookingOutcome =
  | 'ATTENDED'
  | 'NO_SHOW';

export type BookingPayload = {
  __typename?: 'BookingPayload';
  booking?: Maybe<Booking>;
  userErrors: Array<UserError>;
};

export type BookingStatus =
  | 'ATTENDED'
  | 'BOOKED'
  | 'CANCELLED'
  | 'NO_SHOW';

/**
 * Idea d'impresa: a citizen's business idea and its path toward a business plan, a microcredit and
 * a business started.
 */
export type BusinessIdea = {
  __typename?: 'BusinessIdea';
  atecoActivity: AtecoActivity;
  /** Set when the business started, together with its partita IVA. */
  businessStartedOn?: Maybe<Scalars['Date']['output']>;
  checklist: Array<BusinessPlanChecklistItem>;
  citizen: Citizen;
  comune: Comune;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** What the citizen needs (money, premises, training, advice...). */
  needs: Scalars['String']['output'];
  partitaIva?: Maybe<Scalars['String']['output']>;
  /** The latest first. */
  referrals: Array<MicrocreditReferral>;
  /** True when the citizen wrote it themself; false when an operator did. */
  submittedByCitizen: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
};

export type BusinessIdeaConnection = {
  __typename?: 'BusinessIdeaConnection';
  edges: Array<BusinessIdeaEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BusinessIdeaEdge = {
  __typename?: 'BusinessIdeaEdge';
  cursor: Scalars['String']['output'];
  node: BusinessIdea;
};

export type BusinessIdeaInput = {
  /** An ATECO activity (see `atecoActivities`). */
  atecoCode: Scalars['ID']['input'];
  /** Operators: the citizen. Citizens leave it out. */
  citizenId?: InputMaybe<Scalars['ID']['input']>;
  /** The comune where the business would be, a member of the network. */
  comuneCode: Scalars['ID']['input'];
  /** From 10 to 5000 characters. */
  description: Scalars['String']['input'];
  /** From 3 to 2000 characters. */
  needs: Scalars['String']['input'];
  /** From 3 to 200 characters. */
  title: Scalars['String']['input'];
};

export type BusinessIdeaPayload = {
  __typename?: 'BusinessIdeaPayload';
  businessIdea?: Maybe<BusinessIdea>;
  userErrors: Array<UserError>;
};

export type BusinessPlanChecklistItem = {
  __typename?: 'BusinessPlanChecklistItem';
  done: Scalars['Boolean']['output'];
  /** In Italian, for the portals. */
  label: Scalars['String']['output'];
  step: BusinessPlanStep;
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

/** A citizen ranked for a vacancy. */
export type CandidateMatch = {
  __typename?: 'CandidateMatch';
  /** The candidate's application or proposal for this vacancy, if any (proposeCandidate makes one). */
  application?: Maybe<Application>;
  /** Null for the company until the candidate applies or accepts a proposal. */
  citizen?: Maybe<Citizen>;
  components: Array<MatchComponentScore>;
  /** What the company sees before the candidate discloses themself. */
  pseudonymousCandidate: PseudonymousCandidate;
  /** 0-100, to one decimal. */
  score: Scalars['Float']['output'];
};

export type CandidateMatchFilter = {
  /** 0-100. */
  minScore?: InputMaybe<Scalars['Float']['input']>;
  /** Only citizens within this distance of the workplace (remote vacancies: everyone). */
  radiusKm?: InputMaybe<Scalars['Int']['input']>;
  /** Operators and network admins only: citizens in at least one of these groups. */
  targetGroups?: InputMaybe<Array<TargetGroup>>;
};

/** Where a citizen stands among the suggested candidates of a vacancy ("why not?"). */
export type CandidateStanding = {
  __typename?: 'CandidateStanding';
  components: Array<MatchComponentScore>;
  /** The score of the 50th suggested candidate; null when fewer than 50 qualify. */
  cutoffScore?: Maybe<Scalars['Float']['output']>;
  /** 1-50 when among the best 50 suggested candidates, null otherwise. */
  rank?: Maybe<Scalars['Int']['output']>;
  /**
   * 0-100, to one decimal; null when the citizen cannot be ranked for the vacancy (no CV, no consent
   * to share it, a reserved vacancy): the summary says why.
   */
  score?: Maybe<Scalars['Float']['output']>;
  /** In Italian: where the citizen stands and the components where they lose most points. */
  summary: Scalars['String']['output'];
};

/**
 * The citizen's file (fascicolo) at the sportello that has them in charge: the patto di servizio and
 * the diary. Operators of the network see whom it is at (reads by other sportelli are audited); the
 * patto and the diary are read by the sportello in charge and, for the patto and the shared notes, by
 * the citizen.
 */
export type Case = {
  __typename?: 'Case';
  citizen: Citizen;
  closeNote?: Maybe<Scalars['String']['output']>;
  closeReason?: Maybe<CaseCloseReason>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The latest day first: every entry for the sportello in charge, the SHARED ones for the citizen. */
  diary: Array<DiaryEntry>;
  id: Scalars['ID']['output'];
  /** True for the operators of the sportello in charge, who read and write the file. */
  inChargeHere: Scalars['Boolean']['output'];
  inChargeSince: Scalars['DateTime']['output'];
  /**
   * The day of the latest contact with the person at the sportello in charge: a contact in the diary,
   * a contact at the desk (Accoglienza, unless marked as entered by mistake) or a colloquio di
   * orientamento recorded there; the sportello in charge.
   */
  lastContactOn?: Maybe<Scalars['Date']['output']>;
  openedAt: Scalars['DateTime']['output'];
  /** Actions of the current patto still to do after their due day; the sportello in charge. */
  overdueActionCount: Scalars['Int']['output'];
  /** The current version of the patto; the sportello in charge and the citizen. */
  patto?: Maybe<PattoVersion>;
  /** Every version, the latest first; the sportello in charge and the citizen. */
  pattoVersions: Array<PattoVersion>;
  /** The sportello in charge. */
  sportello: Sportello;
  /** The operator who took the citizen in charge there. */
  takenBy: Operator;
};

export type CaseAssignment = {
  __typename?: 'CaseAssignment';
  /** The case the presa in carico opened or moved here. */
  case?: Maybe<Case>;
  citizen: Citizen;
  endedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  sportello: Sportello;
  startedAt: Scalars['DateTime']['output'];
};

export type CaseAssignmentPayload = {
  __typename?: 'CaseAssignmentPayload';
  caseAssignment?: Maybe<CaseAssignment>;
  userErrors: Array<UserError>;
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

export type CaseConnection = {
  __typename?: 'CaseConnection';
  edges: Array<CaseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CaseEdge = {
  __typename?: 'CaseEdge';
  cursor: Scalars['String']['output'];
  node: Case;
};

export type CasePayload = {
  __typename?: 'CasePayload';
  case?: Maybe<Case>;
  userErrors: Array<UserError>;
};

export type CaseloadScope =
  /** The cases the caller took in charge ("I miei casi"). */
  | 'MINE'
  /** Every open case of the caller's sportello. */
  | 'SPORTELLO';

/** The operator's "Da fare oggi", at their sportello. */
export type CaseworkToday = {
  __typename?: 'CaseworkToday';
  /** Actions still to do, due today or earlier, the oldest first. */
  actionsDue: Array<PattoAction>;
  /** How many of them are overdue (due before today). */
  overdueActionCount: Scalars['Int']['output'];
  /** Cases whose current patto the citizen has not accepted yet. */
  pattiAwaitingAcceptance: Array<Case>;
};

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

/** A follow-up day (30, 90 or 180 days after the first day of work) and its answers. */
export type Checkpoint = {
  __typename?: 'Checkpoint';
  /** The answer in force: the latest. */
  answer?: Maybe<FollowUp>;
  days: Scalars['Int']['output'];
  dueOn: Scalars['Date']['output'];
  /** Every answer, oldest first. */
  history: Array<FollowUp>;
};

export type Citizen = {
  __typename?: 'Citizen';
  /** Whether the citizen has chosen a password and can log in to the portal. */
  accountActivated: Scalars['Boolean']['output'];
  age: Scalars['Int']['output'];
  availability: Availability;
  birthDate: Scalars['Date']['output'];
  codiceFiscale: Scalars['String']['output'];
  /** The citizen and the staff of the network. */
  consents: Array<Consent>;
  /** The citizen and the staff of the network, newest first. */
  coverLetters: Array<CoverLetter>;
  createdAt: Scalars['DateTime']['output'];
  /** The citizen and the staff of the network. Null until the CV is first saved. */
  cv?: Maybe<Cv>;
  domicileComune?: Maybe<Comune>;
  /** Null for a citizen registered at the desk without an email: the sportello is the contact. */
  email?: Maybe<Scalars['String']['output']>;
  emailVerified: Scalars['Boolean']['output'];
  employmentStatus?: Maybe<EmploymentStatus>;
  familyName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  /** The network's staff: the citizen's attendance over all group activities; null for others. */
  groupAttendance?: Maybe<AttendanceFigures>;
  id: Scalars['ID']['output'];
  /** The sportello that has the citizen in charge (presa in carico), if any. */
  inChargeAt?: Maybe<Sportello>;
  phone?: Maybe<Scalars['String']['output']>;
  residenceComune: Comune;
  /**
   * Only operators of the sportello that has the citizen in charge, and the citizen. The reason is
   * recorded in the audit log with the read.
   */
  specialCategories?: Maybe<SpecialCategories>;
  targetGroups: Array<TargetGroup>;
};


export type CitizenSpecialCategoriesArgs = {
  reason: Scalars['String']['input'];
};

export type CitizenConnection = {
  __typename?: 'CitizenConnection';
  edges: Array<CitizenEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CitizenEdge = {
  __typename?: 'CitizenEdge';
  cursor: Scalars['String']['output'];
  node: Citizen;
};

export type CitizenPayload = {
  __typename?: 'CitizenPayload';
  citizen?: Maybe<Citizen>;
  userErrors: Array<UserError>;
};

export type Company = {
  __typename?: 'Company';
  /** The staff of the company's network; null for anyone else. */
  answerTimes?: Maybe<CompanyAnswerTimes>;
  atecoActivity?: Maybe<AtecoActivity>;
  codiceFiscale: Scalars['String']['output'];
  comune: Comune;
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  legalName: Scalars['String']['output'];
  /** The company's members and the network's staff. */
  members: Array<CompanyMember>;
  partitaIva: Scalars['String']['output'];
  rejectionReason?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  sites: Array<CompanySite>;
  size?: Maybe<CompanySize>;
  status: CompanyStatus;
};

/** How a company answers its candidatures, for the staff of its network. */
export type CompanyAnswerTimes = {
  __typename?: 'CompanyAnswerTimes';
  answered: Scalars['Int']['output'];
  /**
   * Mean days from the candidature to the company's first answer (preselection or not selected);
   * null before any answer.
   */
  averageDays?: Maybe<Scalars['Float']['output']>;
  /** Candidatures waiting for the company's answer now. */
  awaiting: Scalars['Int']['output'];
  /** Candidatures closed because the company did not answer in time. */
  closedWithoutAnswer: Scalars['Int']['output'];
};

export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  edges: Array<CompanyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * A service of the sportello to a company (scouting): a visit, a call, an email or an event.
 * Read by the network's staff.
 */
export type CompanyContact = {
  __typename?: 'CompanyContact';
  channel: CompanyContactChannel;
  contactedOn: Scalars['Date']['output'];
  /** The corrections made to the contact after it was recorded, the latest first. */
  corrections: Array<CompanyContactCorrection>;
  id: Scalars['ID']['output'];
  /** Never shown to the company. */
  internalNotes?: Maybe<Scalars['String']['output']>;
  /** L.68/99 quota of reserved posts (posti d'obbligo) as found at this contact. */
  law68Quota?: Maybe<Scalars['Int']['output']>;
  /** Reserved posts not yet covered (posti scoperti). */
  law68Uncovered?: Maybe<Scalars['Int']['output']>;
  needs: Array<CompanyNeed>;
  outcome?: Maybe<Scalars['String']['output']>;
  recordedByName: Scalars['String']['output'];
  sharedWithCompany: Scalars['Boolean']['output'];
  /** What was done; the company reads it when `sharedWithCompany`. */
  summary: Scalars['String']['output'];
};

/**
 * One field changed by a correction and the value it had before, as text: a date is YYYY-MM-DD, a
 * channel its enum name, the shared flag "true" or "false"; null when it was empty.
 */
export type CompanyContactChange = {
  __typename?: 'CompanyContactChange';
  field: CompanyContactField;
  previousValue?: Maybe<Scalars['String']['output']>;
};

/** How the sportello met the company. */
export type CompanyContactChannel =
  /** Visita in azienda. */
  | 'COMPANY_VISIT'
  | 'EMAIL'
  /** An event: a job fair, a meeting of local businesses. */
  | 'EVENT'
  | 'PHONE';

/** Who corrected a recorded contact, when, why, and what the changed fields held before. */
export type CompanyContactCorrection = {
  __typename?: 'CompanyContactCorrection';
  changes: Array<CompanyContactChange>;
  correctedAt: Scalars['DateTime']['output'];
  correctedByName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

/** The corrected values of a contact: all of them, also those that do not change. */
export type CompanyContactCorrectionInput = {
  channel: CompanyContactChannel;
  contactedOn: Scalars['Date']['input'];
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** Why the contact is corrected; kept in its history. */
  reason?: InputMaybe<Scalars['String']['input']>;
  sharedWithCompany: Scalars['Boolean']['input'];
  summary: Scalars['String']['input'];
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
  companyId: Scalars['ID']['input'];
  contactedOn: Scalars['Date']['input'];
  internalNotes?: InputMaybe<Scalars['String']['input']>;
  law68Quota?: InputMaybe<Scalars['Int']['input']>;
  law68Uncovered?: InputMaybe<Scalars['Int']['input']>;
  needs: Array<CompanyNeedInput>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  sharedWithCompany: Scalars['Boolean']['input'];
  summary: Scalars['String']['input'];
};

export type CompanyContactPayload = {
  __typename?: 'CompanyContactPayload';
  contact?: Maybe<CompanyContact>;
  userErrors: Array<UserError>;
};

export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  cursor: Scalars['String']['output'];
  node: Company;
};

/** Something the sportello is to do for a company by a day. */
export type CompanyFollowUp = {
  __typename?: 'CompanyFollowUp';
  action: Scalars['String']['output'];
  done: Scalars['Boolean']['output'];
  doneAt?: Maybe<Scalars['DateTime']['output']>;
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** Due before today and not done. */
  overdue: Scalars['Boolean']['output'];
};

export type CompanyFollowUpInput = {
  action: Scalars['String']['input'];
  companyId: Scalars['ID']['input'];
  dueOn: Scalars['Date']['input'];
};

export type CompanyFollowUpPayload = {
  __typename?: 'CompanyFollowUpPayload';
  followUp?: Maybe<CompanyFollowUp>;
  userErrors: Array<UserError>;
};

export type CompanyMember = {
  __typename?: 'CompanyMember';
  /** False until an invited member sets a password. */
  active: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  familyName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: CompanyRole;
};

export type CompanyMemberPayload = {
  __typename?: 'CompanyMemberPayload';
  member?: Maybe<CompanyMember>;
  userErrors: Array<UserError>;
};

/** Fabbisogno: people of an ESCO occupation the company seeks, how many, by when. */
export type CompanyNeed = {
  __typename?: 'CompanyNeed';
  /** The vacancy draft the sportello created from this need (createVacancyFromCompanyNeed), if any. */
  draftedVacancy?: Maybe<Vacancy>;
  headcount: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The tirocini at the company that came from this need. */
  internships: Array<Internship>;
  neededBy: Scalars['Date']['output'];
  occupation: EscoOccupation;
  recordedOn: Scalars['Date']['output'];
  skills: Array<EscoSkill>;
  status: CompanyNeedStatus;
  /** The vacancies of the company that came from this need. */
  vacancies: Array<Vacancy>;
};

export type CompanyNeedInput = {
  headcount: Scalars['Int']['input'];
  neededBy: Scalars['Date']['input'];
  occupationUri: Scalars['ID']['input'];
  skillUris: Array<Scalars['ID']['input']>;
};

export type CompanyNeedPayload = {
  __typename?: 'CompanyNeedPayload';
  need?: Maybe<CompanyNeed>;
  userErrors: Array<UserError>;
};

export type CompanyNeedStatus =
  /** The people were found. */
  | 'MET'
  | 'OPEN'
  /** The company no longer needs them. */
  | 'WITHDRAWN';

export type CompanyPayload = {
  __typename?: 'CompanyPayload';
  company?: Maybe<Company>;
  userErrors: Array<UserError>;
};

export type CompanyResponseDaysPayload = {
  __typename?: 'CompanyResponseDaysPayload';
  companyResponseDays?: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
};

export type CompanyRole =
  /** Manages vacancies and candidates. */
  | 'MEMBER'
  /** Manages the company profile and its members. */
  | 'OWNER';

/** All the sportello did and is to do for one company. */
export type CompanyServiceFile = {
  __typename?: 'CompanyServiceFile';
  company: Company;
  contacts: Array<CompanyContact>;
  followUps: Array<CompanyFollowUp>;
  /** The company's latest tirocini: those a need may be linked to. */
  linkableInternships: Array<Internship>;
  /** The company's latest vacancies, in any state: those a need may be linked to. */
  linkableVacancies: Array<Vacancy>;
  needs: Array<CompanyNeed>;
};

/** One row of the list of companies served: the company, its last contact, what is open. */
export type CompanyServiceSummary = {
  __typename?: 'CompanyServiceSummary';
  company: Company;
  /** Follow-ups not done, due by today. */
  followUpsDue: Scalars['Int']['output'];
  /** Follow-ups not done, due before today. */
  followUpsOverdue: Scalars['Int']['output'];
  lastContactOn?: Maybe<Scalars['Date']['output']>;
  openNeeds: Scalars['Int']['output'];
};

export type CompanySite = {
  __typename?: 'CompanySite';
  address: Scalars['String']['output'];
  comune: Comune;
  id: Scalars['ID']['output'];
};

export type CompanySiteInput = {
  address: Scalars['String']['input'];
  comuneCode: Scalars['ID']['input'];
};

/** EU size classes by head count. */
export type CompanySize =
  /** 250 or more. */
  | 'LARGE'
  /** Fewer than 250. */
  | 'MEDIUM'
  /** Fewer than 10 people. */
  | 'MICRO'
  /** Fewer than 50. */
  | 'SMALL';

export type CompanyStatus =
  | 'PENDING'
  | 'REJECTED'
  | 'VERIFIED';

/** The tutor at the host company: a person of the company, not necessarily a user of the platform. */
export type CompanyTutor = {
  __typename?: 'CompanyTutor';
  email?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
  role?: Maybe<Scalars['String']['output']>;
};

export type CompanyTutorInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
};

export type CompleteInternshipInput = {
  /**
   * The ESCO skills the trainee acquired: they enter the trainee's CV as skills attested by the
   * tirocinio, replacing the same skills declared there.
   */
  acquiredSkills: Array<AcquiredSkillInput>;
  /** When the tirocinio ends in a hire by the host company: a placement is recorded. */
  hire?: InputMaybe<InternshipHireInput>;
  judgement: Scalars['String']['input'];
  outcome: InternshipOutcome;
};

export type Comune = {
  __typename?: 'Comune';
  istatCode: Scalars['ID']['output'];
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  provinceCode: Scalars['String']['output'];
  provinceName: Scalars['String']['output'];
  regionName: Scalars['String']['output'];
};

export type ConfirmEmploymentInput = {
  checkpointDays: Scalars['Int']['input'];
  outcomeId: Scalars['ID']['input'];
  stillEmployed: Scalars['Boolean']['input'];
};

export type ConfirmEmploymentPayload = {
  __typename?: 'ConfirmEmploymentPayload';
  followUp?: Maybe<FollowUp>;
  userErrors: Array<UserError>;
};

export type Consent = {
  __typename?: 'Consent';
  grantedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  purpose: ConsentPurpose;
  /** Version of the text the citizen agreed to. */
  textVersion: Scalars['String']['output'];
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

export type ConsentPayload = {
  __typename?: 'ConsentPayload';
  consent?: Maybe<Consent>;
  userErrors: Array<UserError>;
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

export type ContactChannelCount = {
  __typename?: 'ContactChannelCount';
  channel: ContactChannel;
  count: Scalars['Int']['output'];
};

export type ContactComuneCount = {
  __typename?: 'ContactComuneCount';
  comune: Comune;
  count: Scalars['Int']['output'];
};

export type ContactOutcome =
  | 'APPOINTMENT_BOOKED'
  | 'INFORMATION_GIVEN'
  /** The person registered on the platform. */
  | 'REGISTERED'
  /** The person was taken in charge by the sportello. */
  | 'TAKEN_IN_CHARGE';

export type ContactOutcomeCount = {
  __typename?: 'ContactOutcomeCount';
  count: Scalars['Int']['output'];
  outcome: ContactOutcome;
};

export type ContactSportelloCount = {
  __typename?: 'ContactSportelloCount';
  count: Scalars['Int']['output'];
  sportello: Sportello;
};

export type ContactTopic =
  /** A company (or someone for one) asking about the services to companies. */
  | 'COMPANY'
  /** Help with the CV. */
  | 'CV_HELP'
  /** General information on the services. */
  | 'INFORMATION'
  | 'ORIENTATION'
  | 'OTHER';

export type ContactTopicCount = {
  __typename?: 'ContactTopicCount';
  count: Scalars['Int']['output'];
  topic: ContactTopic;
};

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

/**
 * A table of counts of persons with its totals, k-anonymous: a null figure is suppressed, because it
 * is under the network's minimum count or because it would let one be worked out from the totals.
 */
export type CountTable = {
  __typename?: 'CountTable';
  /** One list per row, one figure per column. */
  cells: Array<Array<Maybe<Scalars['Int']['output']>>>;
  columnKeys: Array<Scalars['String']['output']>;
  columnLabels: Array<Scalars['String']['output']>;
  columnTotals: Array<Maybe<Scalars['Int']['output']>>;
  grandTotal?: Maybe<Scalars['Int']['output']>;
  rowKeys: Array<Scalars['String']['output']>;
  rowLabels: Array<Scalars['String']['output']>;
  rowTotals: Array<Maybe<Scalars['Int']['output']>>;
};

/** A citizen's saved cover letter, editable by the citizen and by the network's staff. */
export type CoverLetter = {
  __typename?: 'CoverLetter';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastEditedBy: CoverLetterEditor;
  /** Send it back with `updateCoverLetter`: an edit made on an older revision is refused. */
  revision: Scalars['Int']['output'];
  /** Null when the template is no longer offered. */
  template?: Maybe<CoverLetterTemplate>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Null when the letter is not for a particular vacancy, or the vacancy was deleted. */
  vacancy?: Maybe<Vacancy>;
};

/** Who last changed a cover letter: the citizen, or a member of staff on the citizen's behalf. */
export type CoverLetterEditor = {
  __typename?: 'CoverLetterEditor';
  name: Scalars['String']['output'];
  onBehalf: Scalars['Boolean']['output'];
};

export type CoverLetterInput = {
  /** 50 to 5000 characters. */
  body: Scalars['String']['input'];
  /** The revision the edit starts from. */
  revision: Scalars['Int']['input'];
  /** 1 to 120 characters. */
  title: Scalars['String']['input'];
};

export type CoverLetterPayload = {
  __typename?: 'CoverLetterPayload';
  coverLetter?: Maybe<CoverLetter>;
  userErrors: Array<UserError>;
};

/** A model letter shipped with the platform, in Italian. */
export type CoverLetterTemplate = {
  __typename?: 'CoverLetterTemplate';
  /** When to use it, in Italian. */
  description: Scalars['String']['output'];
  key: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Whether a draft from this template needs the vacancy it answers. */
  requiresVacancy: Scalars['Boolean']['output'];
};

export type CreateApiClientInput = {
  name: Scalars['String']['input'];
  scopes: Array<ApiScope>;
};

export type CreateApiClientPayload = {
  __typename?: 'CreateApiClientPayload';
  apiClient?: Maybe<ApiClient>;
  /** Shown once: only a hash is stored. */
  clientSecret?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CreateOperatorInput = {
  email: Scalars['String']['input'];
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  sportelloId: Scalars['ID']['input'];
};

export type CreateOperatorPayload = {
  __typename?: 'CreateOperatorPayload';
  operator?: Maybe<Operator>;
  userErrors: Array<UserError>;
};

export type CreateSportelloInput = {
  address: Scalars['String']['input'];
  comuneCode: Scalars['ID']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type CreateSportelloPayload = {
  __typename?: 'CreateSportelloPayload';
  sportello?: Maybe<Sportello>;
  userErrors: Array<UserError>;
};

export type CreateWebhookSubscriptionInput = {
  /** The client the endpoint belongs to: required for network admins; an API client subscribes itself. */
  apiClientId?: InputMaybe<Scalars['ID']['input']>;
  events: Array<WebhookEventKind>;
  url: Scalars['String']['input'];
};

export type CreateWebhookSubscriptionPayload = {
  __typename?: 'CreateWebhookSubscriptionPayload';
  /** Shown once (`whsec_…`): it signs every delivery. Stored encrypted. */
  secret?: Maybe<Scalars['String']['output']>;
  subscription?: Maybe<WebhookSubscription>;
  userErrors: Array<UserError>;
};

export type Cv = {
  __typename?: 'Cv';
  certifications: Array<CvCertification>;
  completeness: CvCompleteness;
  education: Array<CvEducation>;
  experiences: Array<CvExperience>;
  headline?: Maybe<Scalars['String']['output']>;
  languages: Array<CvLanguage>;
  /** Declared skills first, in the order given, then attested ones. */
  skills: Array<CvSkill>;
  soughtOccupations: Array<EscoOccupation>;
  summary?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type CvCertification = {
  __typename?: 'CvCertification';
  expiresOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  issuedOn?: Maybe<Scalars['Date']['output']>;
  issuer?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type CvCertificationInput = {
  expiresOn?: InputMaybe<Scalars['Date']['input']>;
  issuedOn?: InputMaybe<Scalars['Date']['input']>;
  issuer?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type CvCompleteness = {
  __typename?: 'CvCompleteness';
  missing: Array<CvMissingItem>;
  /** 0 to 100. */
  score: Scalars['Int']['output'];
};

export type CvEducation = {
  __typename?: 'CvEducation';
  field?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  institution?: Maybe<Scalars['String']['output']>;
  title: EducationTitle;
  /** Null while still studying. */
  yearCompleted?: Maybe<Scalars['Int']['output']>;
};

export type CvEducationInput = {
  field?: InputMaybe<Scalars['String']['input']>;
  institution?: InputMaybe<Scalars['String']['input']>;
  titleCode: Scalars['ID']['input'];
  yearCompleted?: InputMaybe<Scalars['Int']['input']>;
};

export type CvExperience = {
  __typename?: 'CvExperience';
  comune?: Maybe<Comune>;
  description?: Maybe<Scalars['String']['output']>;
  employer: Scalars['String']['output'];
  /** Null while the job continues. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  jobTitle: Scalars['String']['output'];
  occupation?: Maybe<EscoOccupation>;
  startsOn: Scalars['Date']['output'];
};

export type CvExperienceInput = {
  comuneCode?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  employer: Scalars['String']['input'];
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  jobTitle: Scalars['String']['input'];
  occupationUri?: InputMaybe<Scalars['ID']['input']>;
  startsOn: Scalars['Date']['input'];
};

/** The whole CV: saving replaces every section with what is sent. */
export type CvInput = {
  certifications: Array<CvCertificationInput>;
  education: Array<CvEducationInput>;
  experiences: Array<CvExperienceInput>;
  headline?: InputMaybe<Scalars['String']['input']>;
  languages: Array<CvLanguageInput>;
  /** Declared skills (none when omitted). Skills attested by a tirocinio stay whatever is sent. */
  skills?: InputMaybe<Array<CvSkillInput>>;
  soughtOccupationUris: Array<Scalars['ID']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** Europass self-assessment grid; mother tongues have no levels. */
export type CvLanguage = {
  __typename?: 'CvLanguage';
  /** ISO 639-1. */
  languageCode: Scalars['String']['output'];
  /** The language's name in Italian. */
  languageName: Scalars['String']['output'];
  listening?: Maybe<CefrLevel>;
  motherTongue: Scalars['Boolean']['output'];
  reading?: Maybe<CefrLevel>;
  spokenInteraction?: Maybe<CefrLevel>;
  spokenProduction?: Maybe<CefrLevel>;
  writing?: Maybe<CefrLevel>;
};

export type CvLanguageInput = {
  languageCode: Scalars['String']['input'];
  listening?: InputMaybe<CefrLevel>;
  motherTongue: Scalars['Boolean']['input'];
  reading?: InputMaybe<CefrLevel>;
  spokenInteraction?: InputMaybe<CefrLevel>;
  spokenProduction?: InputMaybe<CefrLevel>;
  writing?: InputMaybe<CefrLevel>;
};

export type CvMissingItem = {
  __typename?: 'CvMissingItem';
  /** What to add, in Italian. */
  message: Scalars['String']['output'];
  section: CvSection;
};

export type CvSection =
  | 'EDUCATION'
  | 'EXPERIENCE'
  | 'HEADLINE'
  | 'LANGUAGES'
  | 'SOUGHT_OCCUPATIONS'
  | 'SUMMARY';

export type CvSkill = {
  __typename?: 'CvSkill';
  /** The tirocinio that attested it, for source INTERNSHIP. */
  internship?: Maybe<Internship>;
  level: SkillLevel;
  skill: EscoSkill;
  source: CvSkillSource;
  /** The training module that attested it, for source TRAINING. */
  trainingModule?: Maybe<TrainingModule>;
};

export type CvSkillInput = {
  level: SkillLevel;
  skillUri: Scalars['ID']['input'];
};

export type CvSkillSource =
  /** Declared by the citizen, or by an operator on their behalf. */
  | 'DECLARED'
  /** Attested by the final evaluation of a tirocinio. */
  | 'INTERNSHIP'
  /** Attested by the completion of a modulo formativo. */
  | 'TRAINING';

export type DeleteCoverLetterPayload = {
  __typename?: 'DeleteCoverLetterPayload';
  deletedId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

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

/**
 * A dated note or contact in the case diary. Never changed nor deleted: a correction is a new entry
 * naming the one it corrects, which shows as superseded.
 */
export type DiaryEntry = {
  __typename?: 'DiaryEntry';
  author: Operator;
  body: Scalars['String']['output'];
  contactChannel?: Maybe<DiaryContactChannel>;
  contactOutcome?: Maybe<DiaryContactOutcome>;
  /** The entry this one corrects. */
  corrects?: Maybe<DiaryEntry>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  occurredOn: Scalars['Date']['output'];
  /** The entry that corrects this one, when the reader may see it. */
  supersededBy?: Maybe<DiaryEntry>;
  visibility: DiaryVisibility;
};

export type DiaryEntryInput = {
  body: Scalars['String']['input'];
  /** For a contact: both the channel and the outcome. */
  contactChannel?: InputMaybe<DiaryContactChannel>;
  contactOutcome?: InputMaybe<DiaryContactOutcome>;
  /** Today or earlier (up to a year). */
  occurredOn: Scalars['Date']['input'];
  visibility: DiaryVisibility;
};

export type DiaryEntryPayload = {
  __typename?: 'DiaryEntryPayload';
  entry?: Maybe<DiaryEntry>;
  userErrors: Array<UserError>;
};

export type DiaryVisibility =
  /** Staff of the sportello in charge only. */
  | 'INTERNAL'
  /** Also the citizen, in "Il mio percorso". */
  | 'SHARED';

/** Categories of law 68/1999 (collocamento mirato). */
export type DisabilityCategory =
  | 'BLIND_OR_DEAF'
  | 'CIVIL_INVALIDITY'
  | 'WAR_OR_SERVICE_INVALIDITY'
  | 'WORK_INVALIDITY';

export type DraftCoverLetterInput = {
  /** Staff only: the citizen the letter is for. Citizens leave it out. */
  citizenId?: InputMaybe<Scalars['ID']['input']>;
  templateKey: Scalars['ID']['input'];
  /** A published vacancy of the network. */
  vacancyId?: InputMaybe<Scalars['ID']['input']>;
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

/** An Italian qualification and its EQF level. */
export type EducationTitle = {
  __typename?: 'EducationTitle';
  code: Scalars['ID']['output'];
  /** Null when the national referencing does not place the title in the EQF. */
  eqfLevel?: Maybe<Scalars['Int']['output']>;
  label: Scalars['String']['output'];
};

/** One rule of a call applied to a person, with the reason in plain Italian. */
export type EligibilityCheck = {
  __typename?: 'EligibilityCheck';
  outcome: CheckOutcome;
  reason: Scalars['String']['output'];
  rule: EligibilityRule;
};

export type EligibilityRule =
  | 'ACTIVE_PROGRAM'
  | 'AGE'
  | 'ISEE'
  | 'RESIDENCE'
  | 'TARGET_GROUP'
  | 'UNEMPLOYMENT';

/** Who may apply. Every rule is optional; an absent one admits everybody. */
export type EligibilityRules = {
  __typename?: 'EligibilityRules';
  /** The highest declared ISEE, in cents. */
  iseeCeilingCents?: Maybe<Scalars['Float']['output']>;
  maxAge?: Maybe<Scalars['Int']['output']>;
  minAge?: Maybe<Scalars['Int']['output']>;
  /** Whole months without work, from the declared day of unemployment. */
  minMonthsUnemployed?: Maybe<Scalars['Int']['output']>;
  /** Not already taking part in another program. */
  notInActiveProgram: Scalars['Boolean']['output'];
  /** Only residents of these comuni (ISTAT codes). */
  residenceComuni: Array<Comune>;
  /** Reserved to people in at least one of these groups. */
  targetGroups: Array<ProgramTargetGroup>;
};

export type EligibilityRulesInput = {
  /** In cents, more than 0. */
  iseeCeilingCents?: InputMaybe<Scalars['Float']['input']>;
  /** From 16 to 99, not below minAge. */
  maxAge?: InputMaybe<Scalars['Int']['input']>;
  /** From 16 to 99. */
  minAge?: InputMaybe<Scalars['Int']['input']>;
  /** From 1 to 240. */
  minMonthsUnemployed?: InputMaybe<Scalars['Int']['input']>;
  notInActiveProgram: Scalars['Boolean']['input'];
  /** Member comuni of the network (ISTAT codes), at most 200. */
  residenceComuneCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  targetGroups?: InputMaybe<Array<ProgramTargetGroup>>;
};

/**
 * What a company or the person is asked about a hire (is the person still working there?) or about a
 * business of the person's own (is it still active?).
 */
export type EmploymentCheck = {
  __typename?: 'EmploymentCheck';
  checkpoints: Array<Checkpoint>;
  /** Null for a business of the person's own. */
  contractType?: Maybe<ContractType>;
  /** Null for a business of the person's own. */
  employerName?: Maybe<Scalars['String']['output']>;
  /** The outcome's id, to confirm with. */
  id: Scalars['ID']['output'];
  kind: OutcomeKind;
  personName: Scalars['String']['output'];
  startsOn: Scalars['Date']['output'];
};

export type EmploymentCheckConnection = {
  __typename?: 'EmploymentCheckConnection';
  edges: Array<EmploymentCheckEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EmploymentCheckEdge = {
  __typename?: 'EmploymentCheckEdge';
  cursor: Scalars['String']['output'];
  node: EmploymentCheck;
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

/**
 * A request to erase a citizen's data (art. 17 GDPR). Once completed, the citizen is named only by
 * a random pseudonym.
 */
export type ErasureRequest = {
  __typename?: 'ErasureRequest';
  citizenId: Scalars['ID']['output'];
  /** The citizen's name while the request waits; "Persona cancellata" and a random code once done. */
  citizenName: Scalars['String']['output'];
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  origin: ErasureOrigin;
  requestedAt: Scalars['DateTime']['output'];
  status: ErasureStatus;
};

export type ErasureStatus =
  | 'COMPLETED'
  | 'PENDING';

/** An ESCO occupation (reference data). */
export type EscoOccupation = {
  __typename?: 'EscoOccupation';
  code: Scalars['String']['output'];
  /** ISCO-08 unit group (4 digits). */
  iscoGroup: Scalars['String']['output'];
  /** Label of the ISCO-08 unit group, Italian where available. */
  iscoGroupLabel: Scalars['String']['output'];
  /**
   * Italian label where available (ESCO gives both genders, e.g. "magazziniere/magazziniera"), the
   * English ESCO label otherwise.
   */
  label: Scalars['String']['output'];
  /** The English ESCO label. */
  labelEn: Scalars['String']['output'];
  /**
   * The skills ESCO gives for the occupation, essential first, then by label; of one relation only
   * when given.
   */
  skills: Array<EscoSkill>;
  uri: Scalars['ID']['output'];
};


/** An ESCO occupation (reference data). */
export type EscoOccupationSkillsArgs = {
  relation?: InputMaybe<EscoSkillRelation>;
};

/** An ESCO skill or knowledge concept (reference data). */
export type EscoSkill = {
  __typename?: 'EscoSkill';
  /** Italian label where available; ESCO has no Italian skill labels yet, so today the English one. */
  label: Scalars['String']['output'];
  /** The English ESCO label. */
  labelEn: Scalars['String']['output'];
  /** ESCO reuse level: transversal, cross-sector, sector-specific or occupation-specific. */
  reuseLevel?: Maybe<Scalars['String']['output']>;
  /** ESCO skill type: skill/competence or knowledge. */
  skillType: Scalars['String']['output'];
  uri: Scalars['ID']['output'];
};

export type EscoSkillRelation =
  | 'ESSENTIAL'
  | 'OPTIONAL';

export type ExecuteErasurePayload = {
  __typename?: 'ExecuteErasurePayload';
  request?: Maybe<ErasureRequest>;
  userErrors: Array<UserError>;
};

export type FeeStatus =
  | 'DUE'
  | 'OVERDUE'
  | 'PAID'
  | 'WAIVED';

/** One answer to "still employed?": who gave it and when. A later answer for the same day corrects it. */
export type FollowUp = {
  __typename?: 'FollowUp';
  at: Scalars['DateTime']['output'];
  checkpointDays: Scalars['Int']['output'];
  /** The name of the person who answered. */
  confirmedByName: Scalars['String']['output'];
  confirmedVia: FollowUpSource;
  id: Scalars['ID']['output'];
  stillEmployed: Scalars['Boolean']['output'];
};

export type FollowUpSource =
  | 'CITIZEN'
  | 'COMPANY'
  | 'OPERATOR';

/**
 * Accoglienza: a first contact with a sportello. An anonymous contact (no citizen) holds no personal
 * data: no citizen and no note.
 */
export type FrontDeskContact = {
  __typename?: 'FrontDeskContact';
  channel: ContactChannel;
  /** Null for an anonymous contact. */
  citizen?: Maybe<Citizen>;
  /** The member comune the person comes from. */
  comune: Comune;
  contactedOn: Scalars['Date']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Marked as entered by mistake: kept, but excluded from the counts. */
  enteredInError: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Only on contacts of a registered citizen. */
  note?: Maybe<Scalars['String']['output']>;
  outcome: ContactOutcome;
  /** The operator who recorded it, e.g. "Paola Colombo". */
  recordedByName: Scalars['String']['output'];
  sportello: Sportello;
  topic: ContactTopic;
};

export type FrontDeskContactConnection = {
  __typename?: 'FrontDeskContactConnection';
  edges: Array<FrontDeskContactEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FrontDeskContactEdge = {
  __typename?: 'FrontDeskContactEdge';
  cursor: Scalars['String']['output'];
  node: FrontDeskContact;
};

export type FrontDeskContactInput = {
  channel: ContactChannel;
  /** A registered citizen of the network; none for an anonymous contact. */
  citizenId?: InputMaybe<Scalars['ID']['input']>;
  /** A member comune of the network. */
  comuneCode: Scalars['ID']['input'];
  /** Today or up to 30 days back; today when omitted. */
  contactedOn?: InputMaybe<Scalars['Date']['input']>;
  /** At most 500 characters, only with a citizen: an anonymous contact holds no free text. */
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: ContactOutcome;
  topic: ContactTopic;
};

export type FrontDeskContactPayload = {
  __typename?: 'FrontDeskContactPayload';
  contact?: Maybe<FrontDeskContact>;
  userErrors: Array<UserError>;
};

/** Contacts counted over a period, without those entered by mistake. Counts only, never persons. */
export type FrontDeskCounts = {
  __typename?: 'FrontDeskCounts';
  anonymous: Scalars['Int']['output'];
  /** Every channel, also those with no contact; likewise topics and outcomes. */
  byChannel: Array<ContactChannelCount>;
  /** Comuni with at least one contact, most first. */
  byComune: Array<ContactComuneCount>;
  byOutcome: Array<ContactOutcomeCount>;
  /** Sportelli counted, with at least one contact, most first. */
  bySportello: Array<ContactSportelloCount>;
  byTopic: Array<ContactTopicCount>;
  from: Scalars['Date']['output'];
  to: Scalars['Date']['output'];
  total: Scalars['Int']['output'];
};

/** An agreement by which the network, or one member comune, pays a sportello per outcome. */
export type FundingContract = {
  __typename?: 'FundingContract';
  capCents: Scalars['Int']['output'];
  /** The member comune that commissions it; null when the network does. */
  comune?: Maybe<Comune>;
  endsOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** Fixed-term contracts shorter than this are not paid. */
  minDurationMonths: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** The follow-up that must say "still employed". */
  retentionDays: Scalars['Int']['output'];
  /** The provider paid for the outcomes. */
  sportello: Sportello;
  startsOn: Scalars['Date']['output'];
  /** Newest first. */
  statements: Array<Statement>;
  tariffs: Array<Tariff>;
};

export type FundingContractInput = {
  capCents: Scalars['Int']['input'];
  comuneCode?: InputMaybe<Scalars['ID']['input']>;
  endsOn: Scalars['Date']['input'];
  minDurationMonths: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  retentionDays: Scalars['Int']['input'];
  sportelloId: Scalars['ID']['input'];
  startsOn: Scalars['Date']['input'];
  tariffs: Array<TariffInput>;
};

export type FundingContractPayload = {
  __typename?: 'FundingContractPayload';
  contract?: Maybe<FundingContract>;
  userErrors: Array<UserError>;
};

/**
 * Attività di gruppo: a Job Club cycle, a laboratorio or group orientation, run by a sportello in
 * one or more sessions.
 */
export type GroupActivity = {
  __typename?: 'GroupActivity';
  /** The staff of the network: attendance over the sessions held; null for others. */
  attendanceFigures?: Maybe<AttendanceFigures>;
  capacity: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** Places taken by enrolled citizens. */
  enrolledCount: Scalars['Int']['output'];
  /** The staff of the network see every enrolment, the latest first; a citizen sees their own. */
  enrolments: Array<GroupEnrolment>;
  /** Who leads it: an operator's name, or the name of someone from outside. */
  facilitator: Scalars['String']['output'];
  /** The operator who leads it, when it is one. */
  facilitatorOperatorId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: GroupActivityKind;
  seatsLeft: Scalars['Int']['output'];
  /** The sessions, the earliest first. */
  sessions: Array<GroupSession>;
  /** The sportello that runs it: its operators record attendance. */
  sportello: Sportello;
  status: GroupActivityStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type GroupActivityConnection = {
  __typename?: 'GroupActivityConnection';
  edges: Array<GroupActivityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GroupActivityEdge = {
  __typename?: 'GroupActivityEdge';
  cursor: Scalars['String']['output'];
  node: GroupActivity;
};

export type GroupActivityInput = {
  /** From 1 to 200, and never fewer than the places already taken. */
  capacity: Scalars['Int']['input'];
  description: Scalars['String']['input'];
  /** The name of someone from outside who leads it, when no operator is named. */
  facilitatorName?: InputMaybe<Scalars['String']['input']>;
  /** An operator of the network who leads it; otherwise facilitatorName. */
  facilitatorOperatorId?: InputMaybe<Scalars['ID']['input']>;
  kind: GroupActivityKind;
  /** A sportello of the network; defaults to the caller's. */
  sportelloId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
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

export type GroupActivityPayload = {
  __typename?: 'GroupActivityPayload';
  groupActivity?: Maybe<GroupActivity>;
  userErrors: Array<UserError>;
};

/**
 * DRAFT -> PUBLISHED -> ENDED; a draft or a published activity may be cancelled. Citizens see published
 * and ended ones.
 */
export type GroupActivityStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'ENDED'
  | 'PUBLISHED';

/**
 * Presenza: the attendance of an enrolled citizen at a session; a correction is a new record, and the
 * latest counts.
 */
export type GroupAttendance = {
  __typename?: 'GroupAttendance';
  /** True when it corrects an earlier record. */
  corrected: Scalars['Boolean']['output'];
  enrolmentId: Scalars['ID']['output'];
  recordedAt: Scalars['DateTime']['output'];
  sessionId: Scalars['ID']['output'];
  status: AttendanceStatus;
};

/** Iscrizione: a citizen's place in a group activity. */
export type GroupEnrolment = {
  __typename?: 'GroupEnrolment';
  activity: GroupActivity;
  /** The latest attendance record of each session. */
  attendance: Array<GroupAttendance>;
  /**
   * The attestato di partecipazione (PDF, with the bearer token), once at least one session is marked
   * PRESENT; null before.
   */
  certificateUrl?: Maybe<Scalars['String']['output']>;
  citizen: Citizen;
  enrolledAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** True when the citizen asked for the place themself, false when an operator enrolled them. */
  requestedByCitizen: Scalars['Boolean']['output'];
  status: GroupEnrolmentStatus;
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

export type GroupEnrolmentConnection = {
  __typename?: 'GroupEnrolmentConnection';
  edges: Array<GroupEnrolmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type GroupEnrolmentEdge = {
  __typename?: 'GroupEnrolmentEdge';
  cursor: Scalars['String']['output'];
  node: GroupEnrolment;
};

export type GroupEnrolmentPayload = {
  __typename?: 'GroupEnrolmentPayload';
  enrolment?: Maybe<GroupEnrolment>;
  userErrors: Array<UserError>;
};

/** ENROLLED -> WITHDRAWN, which frees the seat. */
export type GroupEnrolmentStatus =
  | 'ENROLLED'
  | 'WITHDRAWN';

export type GroupMedian = {
  __typename?: 'GroupMedian';
  /** LAW_68_DISABILITY, ECONOMIC_HARDSHIP, OVER_45, YOUNG_UNEMPLOYED or NONE. */
  group: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Median days from registration to the first day of work; null when too few placements. */
  medianDays?: Maybe<Scalars['Int']['output']>;
  placements?: Maybe<Scalars['Int']['output']>;
};

/** Incontro: one meeting of an activity, at an address in a member comune or in a video room. */
export type GroupSession = {
  __typename?: 'GroupSession';
  address?: Maybe<Scalars['String']['output']>;
  /**
   * The attendance recorded (the latest record of each person): every one for the staff, a citizen's own
   * for them.
   */
  attendance: Array<GroupAttendance>;
  /** For IN_PERSON sessions. */
  comune?: Maybe<Comune>;
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  mode: TrainingMode;
  startsAt: Scalars['DateTime']['output'];
  topic: Scalars['String']['output'];
  /** For ONLINE sessions: the staff and the enrolled citizens see the room; others get null. */
  videoUrl?: Maybe<Scalars['String']['output']>;
};

export type GroupSessionInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** For IN_PERSON sessions: a member comune of the network and the address there. */
  comuneCode?: InputMaybe<Scalars['ID']['input']>;
  endsAt: Scalars['DateTime']['input'];
  mode: TrainingMode;
  /** In the future; the session lasts from 15 minutes to 8 hours. */
  startsAt: Scalars['DateTime']['input'];
  /** What the session is about. */
  topic: Scalars['String']['input'];
};

export type GroupSessionPayload = {
  __typename?: 'GroupSessionPayload';
  session?: Maybe<GroupSession>;
  userErrors: Array<UserError>;
};

export type HireInput = {
  /** Null for open-ended contracts. */
  durationMonths?: InputMaybe<Scalars['Int']['input']>;
  startsOn: Scalars['Date']['input'];
};

/** Tirocinio: a company hosts a citizen on a training project promoted by a sportello. */
export type Internship = {
  __typename?: 'Internship';
  /** The ESCO skills the final evaluation attests, with their level; they are in the trainee's CV. */
  acquiredSkills: Array<AcquiredSkill>;
  activities: Scalars['String']['output'];
  agreementSignedAt?: Maybe<Scalars['DateTime']['output']>;
  company: Company;
  /** Where the tirocinio takes place, when the company has several sites. */
  companySite?: Maybe<CompanySite>;
  companyTutor: CompanyTutor;
  createdAt: Scalars['DateTime']['output'];
  endsOn: Scalars['Date']['output'];
  /** Set once completed. */
  evaluation?: Maybe<InternshipEvaluation>;
  history: Array<InternshipStatusEvent>;
  hoursPerWeek: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Oldest period first. */
  monitoringEntries: Array<InternshipMonitoringEntry>;
  monthlyIndemnityCents: Scalars['Int']['output'];
  objectives: Scalars['String']['output'];
  /** The hire the tirocinio ended in, if any. */
  placement?: Maybe<Placement>;
  promotingTutor: Operator;
  /** The promoting sportello. */
  sportello: Sportello;
  startsOn: Scalars['Date']['output'];
  status: InternshipStatus;
  /** Why it was last suspended or interrupted. */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** The ESCO skills the training project aims at. */
  targetSkills: Array<EscoSkill>;
  trainee: Citizen;
  type: InternshipType;
  updatedAt: Scalars['DateTime']['output'];
};

export type InternshipConnection = {
  __typename?: 'InternshipConnection';
  edges: Array<InternshipEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InternshipEdge = {
  __typename?: 'InternshipEdge';
  cursor: Scalars['String']['output'];
  node: Internship;
};

export type InternshipEvaluation = {
  __typename?: 'InternshipEvaluation';
  evaluatedAt: Scalars['DateTime']['output'];
  /** The overall judgement on the tirocinio. */
  judgement: Scalars['String']['output'];
  outcome: InternshipOutcome;
};

export type InternshipHireInput = {
  contractType: ContractType;
  /** Null for open-ended contracts. */
  durationMonths?: InputMaybe<Scalars['Int']['input']>;
  startsOn: Scalars['Date']['input'];
};

export type InternshipMonitoringEntry = {
  __typename?: 'InternshipMonitoringEntry';
  authorName: Scalars['String']['output'];
  authorSide: MonitoringAuthorSide;
  createdAt: Scalars['DateTime']['output'];
  hoursAttended: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  periodEndsOn: Scalars['Date']['output'];
  periodStartsOn: Scalars['Date']['output'];
};

export type InternshipOutcome =
  | 'OBJECTIVES_ACHIEVED'
  | 'OBJECTIVES_NOT_ACHIEVED'
  | 'OBJECTIVES_PARTIALLY_ACHIEVED';

export type InternshipPayload = {
  __typename?: 'InternshipPayload';
  internship?: Maybe<Internship>;
  userErrors: Array<UserError>;
};

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

export type InternshipStatusEvent = {
  __typename?: 'InternshipStatusEvent';
  /** Who made the change, e.g. "Operatore". */
  actorRole: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  fromStatus?: Maybe<InternshipStatus>;
  reason?: Maybe<Scalars['String']['output']>;
  toStatus: InternshipStatus;
};

export type InternshipType =
  | 'EXTRACURRICULAR'
  /** Tirocinio di inclusione, for people on the law 68/1999 lists (collocamento mirato). */
  | 'INCLUSION';

/** A job interview the company proposes to a candidate. */
export type Interview = {
  __typename?: 'Interview';
  application: Application;
  createdAt: Scalars['DateTime']['output'];
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Address, for interviews in person. */
  location?: Maybe<Scalars['String']['output']>;
  /** The company's message to the candidate. */
  message?: Maybe<Scalars['String']['output']>;
  mode: AppointmentMode;
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The candidate's note with a refusal or a request for another date. */
  responseNote?: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['DateTime']['output'];
  status: InterviewStatus;
  /** The room of this interview, for online ones. */
  videoUrl?: Maybe<Scalars['String']['output']>;
};

export type InterviewConnection = {
  __typename?: 'InterviewConnection';
  edges: Array<InterviewEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InterviewEdge = {
  __typename?: 'InterviewEdge';
  cursor: Scalars['String']['output'];
  node: Interview;
};

export type InterviewPayload = {
  __typename?: 'InterviewPayload';
  interview?: Maybe<Interview>;
  userErrors: Array<UserError>;
};

export type InterviewStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'DECLINED'
  /** The candidate cannot come then and asked the company for another date. */
  | 'NEW_DATE_REQUESTED'
  | 'PROPOSED';

export type InviteCompanyMemberInput = {
  email: Scalars['String']['input'];
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  role: CompanyRole;
};

/**
 * A citizen's request for a periodic email of the vacancies published since the last one that match
 * their CV at or above a score.
 */
export type JobAlert = {
  __typename?: 'JobAlert';
  createdAt: Scalars['DateTime']['output'];
  frequency: JobAlertFrequency;
  id: Scalars['ID']['output'];
  lastSentAt?: Maybe<Scalars['DateTime']['output']>;
  /** 0-100. */
  minScore: Scalars['Int']['output'];
  nextRunAt: Scalars['DateTime']['output'];
};

export type JobAlertFrequency =
  | 'DAILY'
  | 'WEEKLY';

export type JobAlertInput = {
  frequency: JobAlertFrequency;
  /** 0-100: the least matching score a vacancy needs. */
  minScore: Scalars['Int']['input'];
};

export type JobAlertPayload = {
  __typename?: 'JobAlertPayload';
  jobAlert?: Maybe<JobAlert>;
  userErrors: Array<UserError>;
};

/**
 * The semestral labour-market report of a network or one of its comuni. Every count of persons is
 * k-anonymous (k = the network's report minimum count). Each person counts in one target group only:
 * law 68/1999 lists first, then economic hardship, then 45 or older, then young unemployed.
 */
export type LabourMarketReport = {
  __typename?: 'LabourMarketReport';
  /** The charts of the report as Vega-Lite specs, drawn from its k-anonymous figures only. */
  charts: Array<ReportChart>;
  /** Null for the whole network. */
  comune?: Maybe<Comune>;
  endsOn: Scalars['Date']['output'];
  /** Persons proposed by operators, candidates, invited to an interview, hired. */
  funnel: Array<Tally>;
  internships: Array<Tally>;
  largestSkillGaps: Array<SkillBalance>;
  /** The k of k-anonymity: smaller counts of persons are not shown. */
  minCount: Scalars['Int']['output'];
  /** Outcomes of the semester by target group at hire (rows) and contract class (columns). */
  outcomes: CountTable;
  /** The report as a PDF with charts: GET with the bearer token. */
  pdfUrl: Scalars['String']['output'];
  /** People in charge of a sportello during the semester, by comune and target group. */
  peopleInCharge: CountTable;
  /** Registrations in the semester by comune of residence (rows) and target group (columns). */
  registrations: CountTable;
  /** As "2026-H2". */
  semester: Scalars['String']['output'];
  startsOn: Scalars['Date']['output'];
  /** Outcomes of the semester still at work at the 90-day follow-up, by target group. */
  stillEmployedAt90Days: Array<Tally>;
  timeToPlacement: Array<GroupMedian>;
  topDemandedSkills: Array<SkillBalance>;
  topOfferedSkills: Array<SkillBalance>;
  training: Array<Tally>;
  /** Vacancies published in the semester. */
  vacancies: Scalars['Int']['output'];
  vacanciesByContractType: Array<Tally>;
  vacanciesByOccupationGroup: Array<Tally>;
  vacanciesBySection: Array<Tally>;
};

export type LinkSpidCieInput = {
  /** The email and password of the existing account: proof that it is one's own. */
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  ticket: Scalars['String']['input'];
};

/** The SPID or CIE identity linked to an account. */
export type LinkedIdentity = {
  __typename?: 'LinkedIdentity';
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  linkedAt: Scalars['DateTime']['output'];
};

export type LiveEvent = {
  __typename?: 'LiveEvent';
  /** The event's own id: the same for every subscriber and every API instance. */
  id: Scalars['ID']['output'];
  kind: LiveEventKind;
  occurredAt: Scalars['DateTime']['output'];
  /** The page in the operators' portal, e.g. "/offerte/3f2c…". */
  path: Scalars['String']['output'];
  /** The candidature, booking or patto action. */
  subjectId: Scalars['ID']['output'];
  /** In Italian, one line, without personal names. */
  title: Scalars['String']['output'];
};

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
  deviceToken?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** Set instead of `session` when the second factor is still to come. */
  secondFactor?: Maybe<SecondFactorChallenge>;
  /** Set when the login is complete. */
  session?: Maybe<Session>;
  userErrors: Array<UserError>;
};

export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** The unread notifications left; null when the call failed. */
  unreadCount?: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
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

export type MatchComponentScore = {
  __typename?: 'MatchComponentScore';
  component: MatchComponent;
  maxPoints: Scalars['Float']['output'];
  /** Points of this component, to one decimal; the components add up to the score. */
  points: Scalars['Float']['output'];
  /** In Italian, e.g. "4 di 5 competenze essenziali", "12 km, entro il raggio di 20 km". */
  reason: Scalars['String']['output'];
};

export type Membership = {
  __typename?: 'Membership';
  comune: Comune;
  endsOn?: Maybe<Scalars['Date']['output']>;
  fees: Array<MembershipFee>;
  id: Scalars['ID']['output'];
  startsOn: Scalars['Date']['output'];
};

export type MembershipFee = {
  __typename?: 'MembershipFee';
  amountCents: Scalars['Int']['output'];
  paidOn?: Maybe<Scalars['Date']['output']>;
  /**
   * Residents of the comune registered with the network by the end of the year (by today, for the
   * current year): what the fee is weighed against.
   */
  registeredResidents: Scalars['Int']['output'];
  status: FeeStatus;
  year: Scalars['Int']['output'];
};

/**
 * An organisation (a microcredit body, a bank, a foundation) to which the sportelli refer citizens
 * who want to start a business. Registered by the network admin.
 */
export type MicrocreditPartner = {
  __typename?: 'MicrocreditPartner';
  contactEmail?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type MicrocreditPartnerInput = {
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** From 2 to 200 characters. */
  name: Scalars['String']['input'];
};

export type MicrocreditPartnerPayload = {
  __typename?: 'MicrocreditPartnerPayload';
  partner?: Maybe<MicrocreditPartner>;
  userErrors: Array<UserError>;
};

/** A business idea referred to a microcredit partner. */
export type MicrocreditReferral = {
  __typename?: 'MicrocreditReferral';
  createdAt: Scalars['DateTime']['output'];
  /** The loan granted, in cents; only when GRANTED. */
  grantedAmountCents?: Maybe<Scalars['Float']['output']>;
  /** Oldest first. */
  history: Array<MicrocreditReferralEvent>;
  id: Scalars['ID']['output'];
  partner: MicrocreditPartner;
  status: MicrocreditReferralStatus;
};

/** One status the referral went through. */
export type MicrocreditReferralEvent = {
  __typename?: 'MicrocreditReferralEvent';
  at: Scalars['DateTime']['output'];
  grantedAmountCents?: Maybe<Scalars['Float']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  status: MicrocreditReferralStatus;
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
  hoursAttended: Scalars['Int']['input'];
  note: Scalars['String']['input'];
  periodEndsOn: Scalars['Date']['input'];
  periodStartsOn: Scalars['Date']['input'];
};

export type MonthlyStatement = {
  __typename?: 'MonthlyStatement';
  amountCents: Scalars['Int']['output'];
  days: Array<AttendanceDay>;
  hours: Scalars['Int']['output'];
  month: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Sets the first password of a user an operator or admin created, and logs them in. */
  acceptInvitation: SessionPayload;
  /** The citizen accepts the current version of their patto ("Accetto il patto"). */
  acceptPatto: PattoPayload;
  /** The citizen: accept a proposal, disclosing their profile to the company. */
  acceptProposal: ApplicationPayload;
  /** Owners of the company: add a site in any Italian comune. */
  addCompanySite: CompanyPayload;
  /** Operators of the sportello in charge write in the diary. The same idempotency key returns the same entry. */
  addDiaryEntry: DiaryEntryPayload;
  /**
   * Operators of the network, while the activity is a draft or published; online sessions get a video
   * room.
   */
  addGroupSession: GroupSessionPayload;
  /**
   * Operators of the network and the host company's members, while the tirocinio is active or
   * suspended.
   */
  addInternshipMonitoringEntry: InternshipPayload;
  /**
   * Operators of the sportello in charge: adds the citizens with these codici fiscali, all or none
   * (errors on `codiciFiscali[i]`); those already in the project stay as they are.
   */
  addOutplacementWorkers: OutplacementProjectPayload;
  /**
   * Operators of the network: a ranked applicant admitted and assigned to a project, while places
   * are left (else FULL).
   */
  admitProgramApplicant: ProgramParticipationPayload;
  /**
   * A citizen applies themself (no citizenId); an operator of the network on a citizen's behalf. The
   * rules are checked with the declaration: a failed rule refuses the application with its reason
   * (field eligibility.<RULE>) and stores nothing.
   */
  applyToProgramCall: ProgramApplicationPayload;
  /**
   * Citizens: apply to a published vacancy with a cover letter, written here (`coverLetter`) or one
   * of the citizen's saved letters (`coverLetterId`). The application keeps a copy of the text.
   */
  applyToVacancy: ApplicationPayload;
  /**
   * The candidate: decline the proposed date and ask the company for another, saying when they can
   * come (`note`, required, at most 1000 characters). The company then proposes a new interview.
   */
  askForAnotherInterviewDate: InterviewPayload;
  /**
   * A citizen books for themself, a company member for the company, an operator for a citizen of the
   * network (citizenId). A slot already taken answers SLOT_TAKEN; a person already busy at that time,
   * PERSON_BUSY. A citizen's booking of an ORIENTATION slot may say its purpose (else WRONG_SLOT_KIND).
   */
  bookSlot: BookingPayload;
  /** Who booked, or an operator of the sportello. */
  cancelBooking: BookingPayload;
  /** Operators of the network: the enrolled citizens are told, and their reminders withdrawn. */
  cancelGroupActivity: GroupActivityPayload;
  /** Operators of the network. */
  cancelTrainingModule: TrainingModulePayload;
  /**
   * The sportello in charge closes the case with a reason (a note is required for OTHER); the presa in
   * carico ends with it.
   */
  closeCase: CasePayload;
  /** Company members: close a published vacancy, filled or not. */
  closeVacancy: VacancyPayload;
  /** Operators of the network: the final evaluation closes an active tirocinio. */
  completeInternship: InternshipPayload;
  /**
   * The second step of a staff login with a second factor. Failed codes count against the login
   * limits.
   */
  completeSecondFactor: SessionPayload;
  /**
   * Operators of the network, once the module has started: the module's skills enter the citizen's
   * CV as attested by it.
   */
  completeTrainingEnrolment: TrainingEnrolmentPayload;
  /**
   * The company of the hire, the person, or an operator of the outcome's sportello: whether the person
   * still works there at a follow-up day, from that day on.
   */
  confirmEmployment: ConfirmEmploymentPayload;
  /** Staff: the first code of the app turns the second factor on and returns 10 recovery codes. */
  confirmTotpEnrolment: RecoveryCodesPayload;
  /**
   * Public: logs in the account linked to the identity of the ticket, or returns the identity for
   * a registration.
   */
  continueSpidCieLogin: SpidCieLoginPayload;
  /**
   * Operators and network admins of the company's network: correct a recorded contact. The previous
   * values of the changed fields are kept in `CompanyContact.corrections`; the company reads only the
   * corrected shared data.
   */
  correctCompanyContact: CompanyContactPayload;
  /** A correction of an entry: a new entry that names it; the old one stays, shown as superseded. */
  correctDiaryEntry: DiaryEntryPayload;
  /** Network admins. */
  createApiClient: CreateApiClientPayload;
  /** Network admins. */
  createFundingContract: FundingContractPayload;
  /**
   * Operators: a new activity, as a draft, with its first sessions. The same idempotency key returns
   * the same activity.
   */
  createGroupActivity: GroupActivityPayload;
  /** Network admins: add an operator; they receive an invitation to set a password. */
  createOperator: CreateOperatorPayload;
  /** Operators: a project taken in charge by their sportello. */
  createOutplacementProject: OutplacementProjectPayload;
  /** Operators: a new program. The same idempotency key returns the same program. */
  createProgram: ProgramPayload;
  /** Operators of the network: a call of the program, with its rules and ranking criteria as data. */
  createProgramCall: ProgramCallPayload;
  /** Network admins: open a sportello in a member comune. */
  createSportello: CreateSportelloPayload;
  /** Operators: a new module, as a draft. The same idempotency key returns the same module. */
  createTrainingModule: TrainingModulePayload;
  /** Company members: a draft. The same idempotency key returns the same vacancy. */
  createVacancy: VacancyPayload;
  /**
   * Operators and network admins of the company's network: a vacancy draft of the company prefilled
   * from an open need (occupation, title, essential skills, positions, workplace, expiry by the need's
   * date) and linked to it. The company's members are told; they complete the draft and send it for
   * moderation. One draft per need: a second call is refused with ALREADY_DRAFTED (the same
   * idempotency key returns the same draft).
   */
  createVacancyFromCompanyNeed: VacancyFromNeedPayload;
  /**
   * Network admins (for a client of their network) and API clients (for themselves), for the events
   * the client's scopes allow.
   */
  createWebhookSubscription: CreateWebhookSubscriptionPayload;
  /** The citizen (without citizenId), or an operator of the sportello that has the citizen in charge. */
  declareSpecialCategories: SpecialCategoriesPayload;
  /** The citizen, or staff of the network on the citizen's behalf. Applications keep their copy. */
  deleteCoverLetter: DeleteCoverLetterPayload;
  /** Stops the signed-in citizen's job alert. */
  deleteJobAlert: UnsubscribePayload;
  /** Staff: turns the second factor off. */
  disableTotp: OkPayload;
  /** No more deliveries are queued for it; those pending are not sent. */
  disableWebhookSubscription: WebhookSubscriptionPayload;
  /**
   * The citizen, or staff of the network on the citizen's behalf: a new letter written from a
   * template with the citizen's profile and CV and the vacancy. Retrying with the same key returns
   * the same letter.
   */
  draftCoverLetter: CoverLetterPayload;
  /** Operators of the network, once the last session has started: no more enrolments. */
  endGroupActivity: GroupActivityPayload;
  /**
   * Operators of the network: the participation ends with its outcome, which enters the outcome
   * ledger; a hire (HIRED) needs `hire`.
   */
  endProgramParticipation: ProgramParticipationPayload;
  /**
   * Operators of the network enrol a citizen of the network (citizenId); a citizen asks for a place
   * themself (no citizenId), before the first session. The activity must be published with a session
   * to come and a seat left (else FULL).
   */
  enrolInGroupActivity: GroupEnrolmentPayload;
  /**
   * Operators of the network enrol a citizen of the network (citizenId); a citizen asks for a place
   * themself (no citizenId). The module must be published, not ended, with a seat left (else FULL).
   */
  enrolInTrainingModule: TrainingEnrolmentPayload;
  /**
   * Operators and network admins: execute a request of their network, having confirmed that it comes
   * from the person. Executing a completed request again changes nothing.
   */
  executeErasure: ExecuteErasurePayload;
  /** The citizen only: consent is the citizen's own act. */
  giveConsent: ConsentPayload;
  /** Operators of the network: the tirocinio ends early, for the reason given. */
  interruptInternship: InternshipPayload;
  /** Operators of the network: the participation stops early, with the reason; the place is freed. */
  interruptProgramParticipation: ProgramParticipationPayload;
  /** Owners of the company: the person receives an email to set a password. */
  inviteCompanyMember: CompanyMemberPayload;
  /** Network admins: the contract's next statement, up to periodEndsOn. */
  issueStatement: StatementPayload;
  /** Operators of the company's network: a tirocinio at the same company came from the need. */
  linkInternshipToCompanyNeed: CompanyNeedPayload;
  /**
   * Public: links an existing citizen account, proven by its password, to the identity of the
   * ticket, and logs it in. Wrong passwords count as failed logins.
   */
  linkSpidCie: SpidCieLoginPayload;
  /** Operators of the company's network: a vacancy of the same company came from the need. */
  linkVacancyToCompanyNeed: CompanyNeedPayload;
  /** Unknown email and wrong password give the same error. */
  login: LoginPayload;
  logout: OkPayload;
  /** Operators of the sportello that recorded it: the contact stays, excluded from the counts. Audited. */
  markFrontDeskContactInError: FrontDeskContactPayload;
  /** Marks the signed-in user's notifications read: the given ones, or all without `ids`. */
  markNotificationsRead: MarkNotificationsReadPayload;
  /**
   * The vacancy's company: move an application along the pipeline
   * (APPLIED -> SHORTLISTED -> INTERVIEW -> OFFER -> HIRED, or REJECTED). HIRED needs `hire` and
   * records a placement.
   */
  moveApplication: ApplicationPayload;
  /**
   * Operators of the network, before the session starts: the enrolled citizens are told, with the
   * updated calendar file.
   */
  moveGroupSession: GroupSessionPayload;
  /** Operators: propose a citizen of the network for a published vacancy. */
  proposeCandidate: ApplicationPayload;
  /** Operators: propose a tirocinio. The same idempotency key returns the same tirocinio. */
  proposeInternship: InternshipPayload;
  /**
   * The company of a shortlisted candidate who disclosed their identity: the candidate receives an
   * email with a calendar invitation.
   */
  proposeInterview: InterviewPayload;
  /** Operators of the network: citizens see the activity and may ask for a place. It needs a session. */
  publishGroupActivity: GroupActivityPayload;
  /** Operators of the network, once the window has closed: the graduatoria is computed and frozen. */
  publishProgramRanking: ProgramCallPayload;
  /** Operators: offer a slot at their own sportello. */
  publishSlot: AppointmentSlotPayload;
  /** Operators of the network: citizens see the module and may ask for a place. */
  publishTrainingModule: TrainingModulePayload;
  /** Operators of the network; the same pay rule as submitVacancy applies. */
  publishVacancy: VacancyPayload;
  /** Operators of the sportello, once the colloquio has started. */
  recordBookingOutcome: BookingPayload;
  /**
   * Operators of the network: the business started, with its partita IVA (checked like a company's)
   * and the day, not in the future.
   */
  recordBusinessStarted: BusinessIdeaPayload;
  /** Operators of the company's network: a contact with the company and the needs found at it. */
  recordCompanyContact: CompanyContactPayload;
  /**
   * Operators: record a first contact at their sportello. The same idempotency key returns the same
   * contact.
   */
  recordFrontDeskContact: FrontDeskContactPayload;
  /**
   * Operators of the sportello that runs the activity, once the session has started: one record per
   * enrolled citizen; recording again corrects (the earlier record is kept).
   */
  recordGroupAttendance: GroupSessionPayload;
  /**
   * Operators of the sportello that has the citizen in charge. The same idempotency key returns the
   * same record.
   */
  recordOrientation: OrientationRecordPayload;
  /** The sportello in charge records that the citizen accepted the current version at the desk, on a day. */
  recordPattoAcceptance: PattoPayload;
  /** Operators: record a hire found outside the platform. */
  recordPlacement: PlacementPayload;
  /** Operators of the network: hours attended on a day (0 to 12); again for the same day replaces them. */
  recordProgramAttendance: ProgramParticipationPayload;
  /**
   * Operators of the network: the idea referred to a microcredit partner (status SENT). Refused
   * (ALREADY_REFERRED) while another referral is open or granted, and once the business started.
   * The citizen is told.
   */
  referBusinessIdea: BusinessIdeaPayload;
  /** Rotates the refresh token; presenting a used one revokes the whole session family. */
  refreshSession: SessionPayload;
  /** Staff: 10 new recovery codes replace the old ones. */
  regenerateRecoveryCodes: RecoveryCodesPayload;
  /**
   * Network admins: registers operations for an API client of their network. Each document holds one
   * named operation valid against the schema; a document with an error registers nothing.
   */
  registerApiClientOperations: RegisterApiClientOperationsPayload;
  /** Public: residents of a member comune of the network register themselves. */
  registerCitizen: RegisterCitizenPayload;
  /** Operators: register a citizen at the desk; the citizen receives an invitation to set a password. */
  registerCitizenByOperator: RegisterCitizenPayload;
  /** Public: a company registers for free and stays pending until an operator verifies it. */
  registerCompany: CompanyPayload;
  /** Network admins: a new microcredit partner. The same idempotency key returns the same partner. */
  registerMicrocreditPartner: MicrocreditPartnerPayload;
  /** Public: a resident of a member comune registers with the identity of the ticket and is logged in. */
  registerWithSpidCie: SpidCieLoginPayload;
  /** Operators of the network; the reason is shown to the company. */
  rejectCompany: CompanyPayload;
  /** Operators of the network; the reason is shown to the company. */
  rejectVacancy: VacancyPayload;
  /** Network admins: the client may no longer run this operation by hash. */
  removeApiClientOperation: ApiClientPayload;
  /** Owners of the company. */
  removeCompanySite: CompanyPayload;
  /** Sends a delivery again, with the same event id, whatever its status. */
  replayWebhookDelivery: WebhookDeliveryPayload;
  /**
   * Citizens: ask to erase their data. With nothing in progress at the sportello (no open case, no
   * tirocinio under way, no placement to verify) it runs at once and the session ends; otherwise the
   * request waits for the sportello. `confirm` must be true.
   */
  requestErasure: RequestErasurePayload;
  /**
   * Operators and network admins: record the request of a citizen of their network who asks in person
   * at the sportello (a person without email, or who does not use the portal), having checked their
   * identity. It then waits with the others and is executed the same way. Asking again returns the
   * request already waiting. `identityConfirmed` must be true.
   */
  requestErasureAtDesk: RequestErasurePayload;
  /** Always answers ok, whether or not the email exists. */
  requestPasswordReset: OkPayload;
  /** Who booked, or an operator of the sportello: move the booking to another free slot. */
  rescheduleBooking: BookingPayload;
  resetPassword: OkPayload;
  /**
   * The candidate: accept or decline, optionally with a note for the company (at most 1000
   * characters). A candidate cannot accept two interviews at the same time.
   */
  respondToInterview: InterviewPayload;
  /** Operators of the network. */
  resumeInternship: InternshipPayload;
  /** Network admins. */
  revokeApiClient: OkPayload;
  /** The citizen (without citizenId), or staff of the network on the citizen's behalf. */
  saveCv: SaveCvPayload;
  /** Asks for a job alert, or changes it (citizens). */
  saveJobAlert: JobAlertPayload;
  /**
   * The sportello in charge saves the patto as its next version, starting from `baseVersion` (null for
   * the first): STALE if another version was saved meanwhile. The citizen is asked to accept it. The
   * same idempotency key returns the same version.
   */
  savePatto: PattoPayload;
  /** Operators of the company's network. */
  scheduleCompanyFollowUp: CompanyFollowUpPayload;
  /** Network admins: allows the client only its registered operations, or any again. */
  setApiClientPersistedOnly: ApiClientPayload;
  /** The citizen whose idea it is, or an operator of the network: a business-plan step done or not. */
  setBusinessPlanStep: BusinessIdeaPayload;
  /** Operators of the company's network: mark a follow-up done, or not done again. */
  setCompanyFollowUpDone: CompanyFollowUpPayload;
  /** Operators of the company's network. */
  setCompanyNeedStatus: CompanyNeedPayload;
  /**
   * Network admins: the days a candidature may wait for the company's answer (1 to 60). Then the
   * company is reminded; at twice as many days the candidature closes as unanswered.
   */
  setCompanyResponseDays: CompanyResponseDaysPayload;
  setNotificationPreference: NotificationPreferencePayload;
  /** Operators of the sportello in charge: records a worker's new status; the history keeps the old ones. */
  setOutplacementWorkerStatus: OutplacementWorkerPayload;
  /** The sportello in charge: progress on an action of the current version. */
  setPattoActionStatus: PattoActionPayload;
  /** Network admins: the k of k-anonymity of published figures, between 3 and 50. */
  setReportMinCount: ReportMinCountPayload;
  /**
   * Network admins: months without sign-in or case activity before a citizen's account is anonymised
   * (6 to 120).
   */
  setRetentionMonths: RetentionPolicyPayload;
  /**
   * Network admins: whether operators and admins must use a second factor. Turning it on needs the
   * admin's own second factor; staff without one are sent to set it up at their next login or
   * session refresh.
   */
  setStaffTwoFactorRequired: StaffTwoFactorPolicyPayload;
  /**
   * Network admins: whether vacancies need a pay range or a collective agreement and its level to be
   * sent and published. Vacancies already published stay published.
   */
  setVacancyPayRequired: VacancyPayRulePayload;
  /** Operators of the network: the convenzione and the training project are signed. */
  signInternshipAgreement: InternshipPayload;
  /** Operators of the network: the tirocinio starts. */
  startInternship: InternshipPayload;
  /** Staff: a new authenticator secret, inactive until confirmed. */
  startTotpEnrolment: StartTotpEnrolmentPayload;
  /**
   * A citizen writes down their own idea (no citizenId); an operator of the network for a citizen.
   * The same idempotency key returns the same idea.
   */
  submitBusinessIdea: BusinessIdeaPayload;
  /**
   * Company members of a verified company: send the draft to the sportello for moderation. Where the
   * network requires it (`Network.vacancyPayRequired`), the draft needs a pay range (both salaryMinCents
   * and salaryMaxCents) or a collective agreement and its level.
   */
  submitVacancy: VacancyPayload;
  /** Operators of the network, with the reason (e.g. illness, maternity). */
  suspendInternship: InternshipPayload;
  /**
   * Operators: take a citizen of the network in charge at the operator's sportello (presa in carico),
   * which opens the citizen's case there and their special-category data to it. A citizen in charge
   * elsewhere is transferred, with their case. The reason (10 to 500 characters) is audited and emailed
   * to the citizen and, on a transfer, to the sportello that had the case.
   */
  takeCitizenInCharge: CaseAssignmentPayload;
  /**
   * Operators of the sportello in charge: takes in charge every worker not yet in charge, opening their
   * case (reason "Outplacement <company>") or linking the one already open at the sportello.
   */
  takeOutplacementGroupInCharge: OutplacementProjectPayload;
  /** Stops a job alert with the token of its email's unsubscribe link: no sign-in needed. */
  unsubscribeJobAlert: UnsubscribePayload;
  /** The citizen (without citizenId), or staff of the network on the citizen's behalf. */
  updateCitizenProfile: CitizenPayload;
  /** Owners of the company. */
  updateCompanyProfile: CompanyPayload;
  /** The citizen, or staff of the network on the citizen's behalf. */
  updateCoverLetter: CoverLetterPayload;
  /** Operators of the network, while the activity is a draft or published. */
  updateGroupActivity: GroupActivityPayload;
  /**
   * Operators of the network: the partner's answer. SENT may move to IN_ASSESSMENT, GRANTED or
   * REFUSED; IN_ASSESSMENT to GRANTED or REFUSED; GRANTED needs the amount in cents. The citizen is
   * told.
   */
  updateMicrocreditReferral: BusinessIdeaPayload;
  /** Network admins: the controller and the DPO's address that the privacy notice shows. */
  updateNetworkPrivacy: NetworkPayload;
  /** Operators of the network, while the module is a draft or published. */
  updateTrainingModule: TrainingModulePayload;
  /** Company members, while a draft or rejected. */
  updateVacancy: VacancyPayload;
  /** Operators of the network. */
  verifyCompany: CompanyPayload;
  verifyEmail: OkPayload;
  /** Operators of the network: confirm a placement (e.g. against the comunicazione obbligatoria). */
  verifyPlacement: PlacementPayload;
  /** The citizen: withdraw an application or decline a proposal. */
  withdrawApplication: ApplicationPayload;
  /** The citizen only. The privacy notice cannot be withdrawn (closing the account does that). */
  withdrawConsent: ConsentPayload;
  /** The citizen themself or an operator of the network: the place is freed. */
  withdrawGroupEnrolment: GroupEnrolmentPayload;
  /** The citizen themself or an operator of the network: the place is freed. */
  withdrawTrainingEnrolment: TrainingEnrolmentPayload;
};


export type MutationAcceptInvitationArgs = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationAcceptPattoArgs = {
  versionId: Scalars['ID']['input'];
};


export type MutationAcceptProposalArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddCompanySiteArgs = {
  input: CompanySiteInput;
};


export type MutationAddDiaryEntryArgs = {
  caseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: DiaryEntryInput;
};


export type MutationAddGroupSessionArgs = {
  activityId: Scalars['ID']['input'];
  input: GroupSessionInput;
};


export type MutationAddInternshipMonitoringEntryArgs = {
  id: Scalars['ID']['input'];
  input: MonitoringEntryInput;
};


export type MutationAddOutplacementWorkersArgs = {
  codiciFiscali: Array<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
};


export type MutationAdmitProgramApplicantArgs = {
  applicationId: Scalars['ID']['input'];
  assignment: ProgramAssignmentInput;
};


export type MutationApplyToProgramCallArgs = {
  callId: Scalars['ID']['input'];
  citizenId?: InputMaybe<Scalars['ID']['input']>;
  declaration: ProgramDeclarationInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationApplyToVacancyArgs = {
  coverLetter?: InputMaybe<Scalars['String']['input']>;
  coverLetterId?: InputMaybe<Scalars['ID']['input']>;
  vacancyId: Scalars['ID']['input'];
};


export type MutationAskForAnotherInterviewDateArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationBookSlotArgs = {
  citizenId?: InputMaybe<Scalars['ID']['input']>;
  purpose?: InputMaybe<OrientationPurpose>;
  slotId: Scalars['ID']['input'];
};


export type MutationCancelBookingArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelGroupActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCancelTrainingModuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseCaseArgs = {
  caseId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  reason: CaseCloseReason;
};


export type MutationCloseVacancyArgs = {
  filled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationCompleteInternshipArgs = {
  id: Scalars['ID']['input'];
  input: CompleteInternshipInput;
};


export type MutationCompleteSecondFactorArgs = {
  input: SecondFactorInput;
};


export type MutationCompleteTrainingEnrolmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmEmploymentArgs = {
  input: ConfirmEmploymentInput;
};


export type MutationConfirmTotpEnrolmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationContinueSpidCieLoginArgs = {
  ticket: Scalars['String']['input'];
};


export type MutationCorrectCompanyContactArgs = {
  id: Scalars['ID']['input'];
  input: CompanyContactCorrectionInput;
};


export type MutationCorrectDiaryEntryArgs = {
  entryId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: DiaryEntryInput;
};


export type MutationCreateApiClientArgs = {
  input: CreateApiClientInput;
};


export type MutationCreateFundingContractArgs = {
  input: FundingContractInput;
};


export type MutationCreateGroupActivityArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: GroupActivityInput;
  sessions?: InputMaybe<Array<GroupSessionInput>>;
};


export type MutationCreateOperatorArgs = {
  input: CreateOperatorInput;
};


export type MutationCreateOutplacementProjectArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OutplacementProjectInput;
};


export type MutationCreateProgramArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ProgramInput;
};


export type MutationCreateProgramCallArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ProgramCallInput;
  programId: Scalars['ID']['input'];
};


export type MutationCreateSportelloArgs = {
  input: CreateSportelloInput;
};


export type MutationCreateTrainingModuleArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: TrainingModuleInput;
};


export type MutationCreateVacancyArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: VacancyInput;
};


export type MutationCreateVacancyFromCompanyNeedArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  needId: Scalars['ID']['input'];
};


export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};


export type MutationDeclareSpecialCategoriesArgs = {
  citizenId?: InputMaybe<Scalars['ID']['input']>;
  input: SpecialCategoriesInput;
};


export type MutationDeleteCoverLetterArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableTotpArgs = {
  input: TwoFactorStepUpInput;
};


export type MutationDisableWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDraftCoverLetterArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: DraftCoverLetterInput;
};


export type MutationEndGroupActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEndProgramParticipationArgs = {
  hire?: InputMaybe<ProgramHireInput>;
  id: Scalars['ID']['input'];
  outcome: ProgramOutcome;
};


export type MutationEnrolInGroupActivityArgs = {
  activityId: Scalars['ID']['input'];
  citizenId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationEnrolInTrainingModuleArgs = {
  citizenId?: InputMaybe<Scalars['ID']['input']>;
  moduleId: Scalars['ID']['input'];
};


export type MutationExecuteErasureArgs = {
  id: Scalars['ID']['input'];
  identityConfirmed: Scalars['Boolean']['input'];
};


export type MutationGiveConsentArgs = {
  purpose: ConsentPurpose;
};


export type MutationInterruptInternshipArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationInterruptProgramParticipationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationInviteCompanyMemberArgs = {
  input: InviteCompanyMemberInput;
};


export type MutationIssueStatementArgs = {
  contractId: Scalars['ID']['input'];
  periodEndsOn: Scalars['Date']['input'];
};


export type MutationLinkInternshipToCompanyNeedArgs = {
  internshipId: Scalars['ID']['input'];
  needId: Scalars['ID']['input'];
};


export type MutationLinkSpidCieArgs = {
  input: LinkSpidCieInput;
};


export type MutationLinkVacancyToCompanyNeedArgs = {
  needId: Scalars['ID']['input'];
  vacancyId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationMarkFrontDeskContactInErrorArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationMoveApplicationArgs = {
  hire?: InputMaybe<HireInput>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: ApplicationStatus;
};


export type MutationMoveGroupSessionArgs = {
  id: Scalars['ID']['input'];
  input: GroupSessionInput;
};


export type MutationProposeCandidateArgs = {
  citizenId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  vacancyId: Scalars['ID']['input'];
};


export type MutationProposeInternshipArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ProposeInternshipInput;
};


export type MutationProposeInterviewArgs = {
  applicationId: Scalars['ID']['input'];
  input: ProposeInterviewInput;
};


export type MutationPublishGroupActivityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishProgramRankingArgs = {
  callId: Scalars['ID']['input'];
};


export type MutationPublishSlotArgs = {
  input: PublishSlotInput;
};


export type MutationPublishTrainingModuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishVacancyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordBookingOutcomeArgs = {
  id: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  outcome: BookingOutcome;
};


export type MutationRecordBusinessStartedArgs = {
  ideaId: Scalars['ID']['input'];
  partitaIva: Scalars['String']['input'];
  startedOn: Scalars['Date']['input'];
};


export type MutationRecordCompanyContactArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CompanyContactInput;
};


export type MutationRecordFrontDeskContactArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: FrontDeskContactInput;
};


export type MutationRecordGroupAttendanceArgs = {
  entries: Array<AttendanceInput>;
  sessionId: Scalars['ID']['input'];
};


export type MutationRecordOrientationArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OrientationRecordInput;
};


export type MutationRecordPattoAcceptanceArgs = {
  acceptedOn: Scalars['Date']['input'];
  versionId: Scalars['ID']['input'];
};


export type MutationRecordPlacementArgs = {
  input: RecordPlacementInput;
};


export type MutationRecordProgramAttendanceArgs = {
  day: Scalars['Date']['input'];
  hours: Scalars['Int']['input'];
  participationId: Scalars['ID']['input'];
};


export type MutationReferBusinessIdeaArgs = {
  ideaId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegenerateRecoveryCodesArgs = {
  input: TwoFactorStepUpInput;
};


export type MutationRegisterApiClientOperationsArgs = {
  apiClientId: Scalars['ID']['input'];
  documents: Array<Scalars['String']['input']>;
};


export type MutationRegisterCitizenArgs = {
  input: RegisterCitizenInput;
};


export type MutationRegisterCitizenByOperatorArgs = {
  input: RegisterCitizenByOperatorInput;
};


export type MutationRegisterCompanyArgs = {
  input: RegisterCompanyInput;
};


export type MutationRegisterMicrocreditPartnerArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: MicrocreditPartnerInput;
};


export type MutationRegisterWithSpidCieArgs = {
  input: RegisterWithSpidCieInput;
};


export type MutationRejectCompanyArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectVacancyArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRemoveApiClientOperationArgs = {
  apiClientId: Scalars['ID']['input'];
  hash: Scalars['String']['input'];
};


export type MutationRemoveCompanySiteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReplayWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestErasureArgs = {
  confirm: Scalars['Boolean']['input'];
};


export type MutationRequestErasureAtDeskArgs = {
  citizenId: Scalars['ID']['input'];
  identityConfirmed: Scalars['Boolean']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationRescheduleBookingArgs = {
  id: Scalars['ID']['input'];
  slotId: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationRespondToInterviewArgs = {
  accept: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationResumeInternshipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeApiClientArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveCvArgs = {
  citizenId?: InputMaybe<Scalars['ID']['input']>;
  input: CvInput;
};


export type MutationSaveJobAlertArgs = {
  input: JobAlertInput;
};


export type MutationSavePattoArgs = {
  baseVersion?: InputMaybe<Scalars['Int']['input']>;
  caseId: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: PattoInput;
};


export type MutationScheduleCompanyFollowUpArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CompanyFollowUpInput;
};


export type MutationSetApiClientPersistedOnlyArgs = {
  apiClientId: Scalars['ID']['input'];
  persistedOnly: Scalars['Boolean']['input'];
};


export type MutationSetBusinessPlanStepArgs = {
  done: Scalars['Boolean']['input'];
  ideaId: Scalars['ID']['input'];
  step: BusinessPlanStep;
};


export type MutationSetCompanyFollowUpDoneArgs = {
  done: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetCompanyNeedStatusArgs = {
  id: Scalars['ID']['input'];
  status: CompanyNeedStatus;
};


export type MutationSetCompanyResponseDaysArgs = {
  days: Scalars['Int']['input'];
};


export type MutationSetNotificationPreferenceArgs = {
  email: Scalars['Boolean']['input'];
  kind: NotificationKind;
};


export type MutationSetOutplacementWorkerStatusArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OutplacementWorkerStatusInput;
  workerId: Scalars['ID']['input'];
};


export type MutationSetPattoActionStatusArgs = {
  actionId: Scalars['ID']['input'];
  status: PattoActionStatus;
};


export type MutationSetReportMinCountArgs = {
  minCount: Scalars['Int']['input'];
};


export type MutationSetRetentionMonthsArgs = {
  months: Scalars['Int']['input'];
};


export type MutationSetStaffTwoFactorRequiredArgs = {
  required: Scalars['Boolean']['input'];
};


export type MutationSetVacancyPayRequiredArgs = {
  required: Scalars['Boolean']['input'];
};


export type MutationSignInternshipAgreementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartInternshipArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitBusinessIdeaArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: BusinessIdeaInput;
};


export type MutationSubmitVacancyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSuspendInternshipArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationTakeCitizenInChargeArgs = {
  citizenId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationTakeOutplacementGroupInChargeArgs = {
  projectId: Scalars['ID']['input'];
};


export type MutationUnsubscribeJobAlertArgs = {
  token: Scalars['String']['input'];
};


export type MutationUpdateCitizenProfileArgs = {
  citizenId?: InputMaybe<Scalars['ID']['input']>;
  input: UpdateCitizenProfileInput;
};


export type MutationUpdateCompanyProfileArgs = {
  input: UpdateCompanyProfileInput;
};


export type MutationUpdateCoverLetterArgs = {
  id: Scalars['ID']['input'];
  input: CoverLetterInput;
};


export type MutationUpdateGroupActivityArgs = {
  id: Scalars['ID']['input'];
  input: GroupActivityInput;
};


export type MutationUpdateMicrocreditReferralArgs = {
  grantedAmountCents?: InputMaybe<Scalars['Float']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
  status: MicrocreditReferralStatus;
};


export type MutationUpdateNetworkPrivacyArgs = {
  input: NetworkPrivacyInput;
};


export type MutationUpdateTrainingModuleArgs = {
  id: Scalars['ID']['input'];
  input: TrainingModuleInput;
};


export type MutationUpdateVacancyArgs = {
  id: Scalars['ID']['input'];
  input: VacancyInput;
};


export type MutationVerifyCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationVerifyEmailArgs = {
  token: Scalars['String']['input'];
};


export type MutationVerifyPlacementArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawApplicationArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationWithdrawConsentArgs = {
  purpose: ConsentPurpose;
};


export type MutationWithdrawGroupEnrolmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawTrainingEnrolmentArgs = {
  id: Scalars['ID']['input'];
};

/**
 * The signed-in citizen's erasure: the request waiting for the sportello, if any, and what keeps a
 * request from running at once (in Italian; empty when it would run at once).
 */
export type MyErasure = {
  __typename?: 'MyErasure';
  obligations: Array<Scalars['String']['output']>;
  request?: Maybe<ErasureRequest>;
};

/** A network of comuni as anyone may see it, e.g. to register. */
export type Network = {
  __typename?: 'Network';
  /**
   * Days a candidature may wait for the company's answer before the company is reminded; at twice
   * as many it closes as unanswered.
   */
  companyResponseDays: Scalars['Int']['output'];
  /** How to reach the data protection officer (RPD/DPO); null until the network admins set it. */
  dpoEmail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The comuni that are members today. */
  memberComuni: Array<Comune>;
  name: Scalars['String']['output'];
  /**
   * The data controller (titolare del trattamento) the privacy notice names; null until the network
   * admins set it.
   */
  privacyController?: Maybe<Scalars['String']['output']>;
  /** The k of k-anonymity of published figures (default 5). */
  reportMinCount: Scalars['Int']['output'];
  slug: Scalars['String']['output'];
  /**
   * Vacancies are sent and published only with a pay range or a collective agreement (CCNL) and its
   * level. On unless the network admins turn it off.
   */
  vacancyPayRequired: Scalars['Boolean']['output'];
};

export type NetworkPayload = {
  __typename?: 'NetworkPayload';
  network?: Maybe<Network>;
  userErrors: Array<UserError>;
};

export type NetworkPrivacyInput = {
  dpoEmail: Scalars['String']['input'];
  privacyController: Scalars['String']['input'];
};

export type Notification = {
  __typename?: 'Notification';
  /** In Italian, addressed to the reader. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** The page inside the portal, e.g. "/tirocini/3f2c…". */
  path: Scalars['String']['output'];
  /** The portal the page is in. */
  portal: Portal;
  read: Scalars['Boolean']['output'];
  /** In Italian, one line. */
  title: Scalars['String']['output'];
  /** The page's full address. */
  url: Scalars['String']['output'];
};

export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  /** The reader's unread notifications, whatever the filter. */
  unreadCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
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

export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  /** Whether the notification is also sent by email. */
  email: Scalars['Boolean']['output'];
  kind: NotificationKind;
  /** In Italian, for the preferences page. */
  label: Scalars['String']['output'];
  /**
   * In Italian, for service messages the person must receive: why the email cannot be turned off.
   * Null when it can.
   */
  mandatoryReason?: Maybe<Scalars['String']['output']>;
};

export type NotificationPreferencePayload = {
  __typename?: 'NotificationPreferencePayload';
  preference?: Maybe<NotificationPreference>;
  userErrors: Array<UserError>;
};

export type OkPayload = {
  __typename?: 'OkPayload';
  ok: Scalars['Boolean']['output'];
  userErrors: Array<UserError>;
};

export type Operator = {
  __typename?: 'Operator';
  email: Scalars['String']['output'];
  familyName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  sportello: Sportello;
};

/**
 * What limits the search: personal data, shown only to the sportello in charge of the citizen and to
 * the citizen.
 */
export type OrientationConstraints = {
  __typename?: 'OrientationConstraints';
  careDuties: Scalars['Boolean']['output'];
  /** A short note on the care duties (children, an elderly parent, ...). */
  careDutiesNote?: Maybe<Scalars['String']['output']>;
  /** Hours a week the person can work, if said. */
  hoursPerWeek?: Maybe<Scalars['Int']['output']>;
  transport: TransportMeans;
};

/** What an orientation colloquio is for. */
export type OrientationPurpose =
  /** Colloquio di orientamento. */
  | 'ORIENTATION_INTERVIEW'
  /** Bilancio di competenze. */
  | 'SKILLS_ASSESSMENT';

/**
 * The structured record of a colloquio di orientamento or a bilancio di competenze, written by an
 * operator. Read by the sportello in charge of the citizen, the operator who wrote it, and the
 * citizen; never changed (a later record supersedes it).
 */
export type OrientationRecord = {
  __typename?: 'OrientationRecord';
  /** The booked colloquio it records, if it was booked (`bookings`). */
  bookingId?: Maybe<Scalars['ID']['output']>;
  /**
   * Null for a reader who is neither the sportello in charge nor the citizen (e.g. its author after a
   * transfer).
   */
  constraints?: Maybe<OrientationConstraints>;
  createdAt: Scalars['DateTime']['output'];
  heldOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  interests: Scalars['String']['output'];
  kind: OrientationPurpose;
  /** Where it was written. */
  sportello: Sportello;
  strengths: Scalars['String']['output'];
  summary: Scalars['String']['output'];
  /** Target occupations in ESCO, in the order agreed: they are offered in the skills gap. */
  targetOccupations: Array<EscoOccupation>;
  /** The operator who wrote it, e.g. "Paola Colombo". */
  writtenByName: Scalars['String']['output'];
};

export type OrientationRecordInput = {
  /**
   * A live booking of the citizen at the operator's sportello booked for this purpose; at most one
   * record per booking.
   */
  bookingId?: InputMaybe<Scalars['ID']['input']>;
  careDuties: Scalars['Boolean']['input'];
  /** Only with care duties, at most 300 characters. */
  careDutiesNote?: InputMaybe<Scalars['String']['input']>;
  citizenId: Scalars['ID']['input'];
  /** Today or earlier; today when omitted. */
  heldOn?: InputMaybe<Scalars['Date']['input']>;
  /** From 1 to 60. */
  hoursPerWeek?: InputMaybe<Scalars['Int']['input']>;
  /** 2 to 2000 characters. */
  interests: Scalars['String']['input'];
  kind: OrientationPurpose;
  /** 2 to 2000 characters. */
  strengths: Scalars['String']['input'];
  /** 10 to 5000 characters. */
  summary: Scalars['String']['input'];
  /** ESCO occupation URIs, at most 5. */
  targetOccupationUris: Array<Scalars['ID']['input']>;
  transport: TransportMeans;
};

export type OrientationRecordPayload = {
  __typename?: 'OrientationRecordPayload';
  record?: Maybe<OrientationRecord>;
  userErrors: Array<UserError>;
};

/**
 * Esito: a verified placement, a tirocinio completed without a hire, the end of a program participation
 * or a business started, as funding pays on it, with the facts on that day. Never changed.
 */
export type Outcome = {
  __typename?: 'Outcome';
  /** The statement that billed it, if any. */
  billedIn?: Maybe<Statement>;
  /** The follow-ups at 30, 90 and 180 days; none for the kinds not followed up. */
  checkpoints: Array<Checkpoint>;
  contractClass?: Maybe<ContractClass>;
  /** For the hires only. */
  contractType?: Maybe<ContractType>;
  createdAt: Scalars['DateTime']['output'];
  durationMonths?: Maybe<Scalars['Int']['output']>;
  /** Under each contract of the outcome's sportello. */
  eligibility: Array<OutcomeEligibility>;
  /** Who the person works for; null for a business of their own and for outcomes without work. */
  employerName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: OutcomeKind;
  /** Pseudonymous reference, what statements show. */
  reference: Scalars['String']['output'];
  sportello: Sportello;
  /** The first day of work or of the business, or the day the tirocinio or participation ended. */
  startsOn: Scalars['Date']['output'];
  targetGroups: Array<OutcomeTargetGroup>;
};

export type OutcomeConnection = {
  __typename?: 'OutcomeConnection';
  edges: Array<OutcomeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OutcomeEdge = {
  __typename?: 'OutcomeEdge';
  cursor: Scalars['String']['output'];
  node: Outcome;
};

export type OutcomeEligibility = {
  __typename?: 'OutcomeEligibility';
  contract: FundingContract;
  eligible: Scalars['Boolean']['output'];
  reason?: Maybe<OutcomeIneligibility>;
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

/**
 * Outplacement: a company in crisis, or a site that closes, whose affected workers a sportello takes
 * in charge as a group, with an outcome recorded per worker. Operators of the network read it; the
 * operators of the sportello in charge manage it; network admins read the counts only.
 */
export type OutplacementProject = {
  __typename?: 'OutplacementProject';
  /** The company when it is registered with the network; null when it is known by name and partita IVA only. */
  company?: Maybe<Company>;
  companyName: Scalars['String']['output'];
  /** Where the affected site is. */
  comune: Comune;
  createdAt: Scalars['DateTime']['output'];
  endsOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  partitaIva: Scalars['String']['output'];
  reason: OutplacementReason;
  /** The sportello in charge of the group. */
  sportello: Sportello;
  startsOn: Scalars['Date']['output'];
  summary: OutplacementSummary;
  /** When the group was first taken in charge; null before. */
  takenInChargeAt?: Maybe<Scalars['DateTime']['output']>;
  /** Operators of the network only: the workers, in the order they were added. */
  workers: Array<OutplacementWorker>;
};

export type OutplacementProjectConnection = {
  __typename?: 'OutplacementProjectConnection';
  edges: Array<OutplacementProjectEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OutplacementProjectEdge = {
  __typename?: 'OutplacementProjectEdge';
  cursor: Scalars['String']['output'];
  node: OutplacementProject;
};

export type OutplacementProjectInput = {
  /** A company of the network; when given, its name and partita IVA are used. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Required without companyId. */
  companyName?: InputMaybe<Scalars['String']['input']>;
  /** A member comune of the network: where the affected site is. */
  comuneCode: Scalars['ID']['input'];
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Required without companyId. */
  partitaIva?: InputMaybe<Scalars['String']['input']>;
  reason: OutplacementReason;
  startsOn: Scalars['Date']['input'];
};

export type OutplacementProjectPayload = {
  __typename?: 'OutplacementProjectPayload';
  project?: Maybe<OutplacementProject>;
  userErrors: Array<UserError>;
};

export type OutplacementReason =
  /** Licenziamento collettivo. */
  | 'COLLECTIVE_DISMISSAL'
  /** Crisi aziendale. */
  | 'COMPANY_CRISIS'
  /** Chiusura di una sede. */
  | 'SITE_CLOSURE';

export type OutplacementStatusCount = {
  __typename?: 'OutplacementStatusCount';
  count: Scalars['Int']['output'];
  status: OutplacementWorkerStatus;
};

/** Counts only, never persons. */
export type OutplacementSummary = {
  __typename?: 'OutplacementSummary';
  /** Every status, also those with no worker. */
  byStatus: Array<OutplacementStatusCount>;
  /** Workers added but not yet taken in charge. */
  notInCharge: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type OutplacementWorker = {
  __typename?: 'OutplacementWorker';
  addedAt: Scalars['DateTime']['output'];
  /** The case opened (or found open) when the worker was taken in charge; null before. */
  caseId?: Maybe<Scalars['ID']['output']>;
  citizen: Citizen;
  /** Every status recorded, oldest first. */
  history: Array<OutplacementWorkerEvent>;
  id: Scalars['ID']['output'];
  /** The current status; null before the worker is taken in charge. */
  status?: Maybe<OutplacementWorkerStatus>;
  statusOn?: Maybe<Scalars['Date']['output']>;
};

export type OutplacementWorkerEvent = {
  __typename?: 'OutplacementWorkerEvent';
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** For RELOCATED: the verified placement it refers to, when one was named. */
  placement?: Maybe<Placement>;
  /** The operator who recorded it, e.g. "Paola Colombo"; null once their account is gone. */
  recordedByName?: Maybe<Scalars['String']['output']>;
  status: OutplacementWorkerStatus;
  statusOn: Scalars['Date']['output'];
};

export type OutplacementWorkerPayload = {
  __typename?: 'OutplacementWorkerPayload';
  userErrors: Array<UserError>;
  worker?: Maybe<OutplacementWorker>;
};

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
  note?: InputMaybe<Scalars['String']['input']>;
  /** Only with RELOCATED: a verified placement of the worker. */
  placementId?: InputMaybe<Scalars['ID']['input']>;
  status: OutplacementWorkerStatus;
  /** The day the status holds from: not in the future, not before the project starts. */
  statusOn: Scalars['Date']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PattoAcceptanceChannel =
  /** Signed at the desk, recorded by an operator. */
  | 'DESK'
  /** By the citizen in their portal. */
  | 'ONLINE';

export type PattoAction = {
  __typename?: 'PattoAction';
  assignee: PattoActionAssignee;
  case: Case;
  description: Scalars['String']['output'];
  dueOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  kind: PattoActionKind;
  /** Still to do after its due day. */
  overdue: Scalars['Boolean']['output'];
  /** Progress: changing it makes no new version. */
  status: PattoActionStatus;
};

export type PattoActionAssignee =
  | 'CITIZEN'
  | 'OPERATOR';

export type PattoActionInput = {
  assignee: PattoActionAssignee;
  description: Scalars['String']['input'];
  /** May be in the past (up to a year), for what was agreed before it was recorded. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  kind: PattoActionKind;
  /** TODO by default. */
  status?: InputMaybe<PattoActionStatus>;
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

export type PattoActionPayload = {
  __typename?: 'PattoActionPayload';
  action?: Maybe<PattoAction>;
  userErrors: Array<UserError>;
};

export type PattoActionStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'TODO';

export type PattoInput = {
  /** At most 30. */
  actions: Array<PattoActionInput>;
  objectives: Scalars['String']['input'];
};

export type PattoPayload = {
  __typename?: 'PattoPayload';
  patto?: Maybe<PattoVersion>;
  userErrors: Array<UserError>;
};

/**
 * A version of the patto di servizio personalizzato. Versions never change: a change makes the next
 * version, which the citizen accepts again.
 */
export type PattoVersion = {
  __typename?: 'PattoVersion';
  acceptanceChannel?: Maybe<PattoAcceptanceChannel>;
  /** For an acceptance at the desk. */
  acceptanceRecordedBy?: Maybe<Operator>;
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  acceptedOn?: Maybe<Scalars['Date']['output']>;
  actions: Array<PattoAction>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: Operator;
  /** True for the case's latest version. */
  current: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  objectives: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** Inserimento lavorativo: what outcome-based funding pays for. */
export type Placement = {
  __typename?: 'Placement';
  /** The application it came from, for source APPLICATION. */
  application?: Maybe<Application>;
  citizen: Citizen;
  contractType: ContractType;
  createdAt: Scalars['DateTime']['output'];
  /** Null for open-ended contracts. */
  durationMonths?: Maybe<Scalars['Int']['output']>;
  employerName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** The tirocinio it came from, for source INTERNSHIP. */
  internship?: Maybe<Internship>;
  source: PlacementSource;
  startsOn: Scalars['Date']['output'];
  verified: Scalars['Boolean']['output'];
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type PlacementConnection = {
  __typename?: 'PlacementConnection';
  edges: Array<PlacementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlacementEdge = {
  __typename?: 'PlacementEdge';
  cursor: Scalars['String']['output'];
  node: Placement;
};

export type PlacementPayload = {
  __typename?: 'PlacementPayload';
  placement?: Maybe<Placement>;
  userErrors: Array<UserError>;
};

export type PlacementSource =
  /** A hire from an application on the platform. */
  | 'APPLICATION'
  /** A hire found elsewhere, recorded by an operator. */
  | 'EXTERNAL'
  /** A tirocinio that ended in a hire. */
  | 'INTERNSHIP';

export type Portal =
  | 'CITIZEN'
  | 'COMPANY'
  | 'OPERATOR';

/**
 * An active labour-policy program (cantiere di lavoro, lavoro di pubblica utilità, borsa lavoro...),
 * owned by a member comune or by the network.
 */
export type Program = {
  __typename?: 'Program';
  budgetCents: Scalars['Float']['output'];
  calls: Array<ProgramCall>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Free text: each network names its own kinds (e.g. "Cantiere di lavoro"). */
  kind: Scalars['String']['output'];
  /** The owning comune; none when the network itself owns the program. */
  ownerComune?: Maybe<Comune>;
  title: Scalars['String']['output'];
};

/** Domanda: stored only when no rule failed. */
export type ProgramApplication = {
  __typename?: 'ProgramApplication';
  call: ProgramCall;
  /** The eligibility check made when the application was submitted. */
  checks: Array<EligibilityCheck>;
  citizen: Citizen;
  id: Scalars['ID']['output'];
  /** Declared ISEE in cents. */
  iseeCents?: Maybe<Scalars['Float']['output']>;
  participation?: Maybe<ProgramParticipation>;
  /** The row of the published graduatoria. */
  ranking?: Maybe<RankingRow>;
  submittedAt: Scalars['DateTime']['output'];
  /** True when the citizen applied themself; false when an operator applied on their behalf. */
  submittedByCitizen: Scalars['Boolean']['output'];
  /** Declared day since which the applicant has been without work. */
  unemployedSince?: Maybe<Scalars['Date']['output']>;
};

export type ProgramApplicationConnection = {
  __typename?: 'ProgramApplicationConnection';
  edges: Array<ProgramApplicationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProgramApplicationEdge = {
  __typename?: 'ProgramApplicationEdge';
  cursor: Scalars['String']['output'];
  node: ProgramApplication;
};

export type ProgramApplicationPayload = {
  __typename?: 'ProgramApplicationPayload';
  application?: Maybe<ProgramApplication>;
  userErrors: Array<UserError>;
};

export type ProgramAssignmentInput = {
  place: Scalars['String']['input'];
  projectDescription: Scalars['String']['input'];
  tutor: Scalars['String']['input'];
  /** From 1 to 40. */
  weeklyHours: Scalars['Int']['input'];
};

/** Bando: the call for applicants of a program. */
export type ProgramCall = {
  __typename?: 'ProgramCall';
  /** The network's staff: every application, the earliest first; others get an empty list. */
  applications: Array<ProgramApplication>;
  closesOn: Scalars['Date']['output'];
  /**
   * Operators of the network, before applying on a citizen's behalf: the rules applied to that citizen
   * (the declared ones TO_DECLARE); null for a citizen not in the network. Others are refused.
   */
  eligibilityFor?: Maybe<Array<EligibilityCheck>>;
  hourlyRateCents: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Citizens: their application to this call, if any. */
  myApplication?: Maybe<ProgramApplication>;
  /** Citizens: the rules applied to them (the declared ones TO_DECLARE); null for others. */
  myEligibility?: Maybe<Array<EligibilityCheck>>;
  /** True while today is within the application window. */
  open: Scalars['Boolean']['output'];
  opensOn: Scalars['Date']['output'];
  places: Scalars['Int']['output'];
  /** Places taken by admitted participants (an interrupted one frees the place). */
  placesTaken: Scalars['Int']['output'];
  program: Program;
  /** The published graduatoria, first position first; empty before publication. The staff see it whole. */
  ranking: Array<RankingRow>;
  rankingCriteria: RankingCriteria;
  rankingPublishedAt?: Maybe<Scalars['DateTime']['output']>;
  rules: EligibilityRules;
  title: Scalars['String']['output'];
};


/** Bando: the call for applicants of a program. */
export type ProgramCallEligibilityForArgs = {
  citizenId: Scalars['ID']['input'];
};

export type ProgramCallConnection = {
  __typename?: 'ProgramCallConnection';
  edges: Array<ProgramCallEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProgramCallEdge = {
  __typename?: 'ProgramCallEdge';
  cursor: Scalars['String']['output'];
  node: ProgramCall;
};

export type ProgramCallInput = {
  /** On or after the opening. */
  closesOn: Scalars['Date']['input'];
  /** From 1 to 10,000 cents. */
  hourlyRateCents: Scalars['Int']['input'];
  opensOn: Scalars['Date']['input'];
  /** From 1 to 10,000. */
  places: Scalars['Int']['input'];
  rankingCriteria: RankingCriteriaInput;
  rules: EligibilityRulesInput;
  title: Scalars['String']['input'];
};

export type ProgramCallPayload = {
  __typename?: 'ProgramCallPayload';
  call?: Maybe<ProgramCall>;
  userErrors: Array<UserError>;
};

export type ProgramConnection = {
  __typename?: 'ProgramConnection';
  edges: Array<ProgramEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** What the applicant declares (autocertificazione). */
export type ProgramDeclarationInput = {
  /** ISEE in cents, 0 or more. */
  iseeCents?: InputMaybe<Scalars['Float']['input']>;
  /** The day since which the applicant has been without work; not in the future. */
  unemployedSince?: InputMaybe<Scalars['Date']['input']>;
};

export type ProgramEdge = {
  __typename?: 'ProgramEdge';
  cursor: Scalars['String']['output'];
  node: Program;
};

/** The hire a participation ended in: it enters the outcome ledger as a hire after a program. */
export type ProgramHireInput = {
  contractType: ContractType;
  /** For a fixed term. */
  durationMonths?: InputMaybe<Scalars['Int']['input']>;
  employerName: Scalars['String']['input'];
  /** The first day of work. */
  startsOn: Scalars['Date']['input'];
};

export type ProgramInput = {
  /** From 0 to 100,000,000,000 cents. */
  budgetCents: Scalars['Float']['input'];
  description: Scalars['String']['input'];
  kind: Scalars['String']['input'];
  /** A member comune of the network; none for a program of the network. */
  ownerComuneCode?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type ProgramOutcome =
  /** Assunto. */
  | 'HIRED'
  | 'NONE'
  /** Avviato a un percorso di formazione. */
  | 'TRAINING';

/** An admitted applicant working on a project of the comune, paid per hour attended. */
export type ProgramParticipation = {
  __typename?: 'ProgramParticipation';
  admittedAt: Scalars['DateTime']['output'];
  application: ProgramApplication;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  interruptionReason?: Maybe<Scalars['String']['output']>;
  /** Month as YYYY-MM: the days attended and the indemnity, hours × the call's hourly rate. */
  monthlyStatement: MonthlyStatement;
  outcome?: Maybe<ProgramOutcome>;
  place: Scalars['String']['output'];
  projectDescription: Scalars['String']['output'];
  status: ProgramParticipationStatus;
  tutor: Scalars['String']['output'];
  weeklyHours: Scalars['Int']['output'];
};


/** An admitted applicant working on a project of the comune, paid per hour attended. */
export type ProgramParticipationMonthlyStatementArgs = {
  month: Scalars['String']['input'];
};

export type ProgramParticipationPayload = {
  __typename?: 'ProgramParticipationPayload';
  participation?: Maybe<ProgramParticipation>;
  userErrors: Array<UserError>;
};

export type ProgramParticipationStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'INTERRUPTED';

export type ProgramPayload = {
  __typename?: 'ProgramPayload';
  program?: Maybe<Program>;
  userErrors: Array<UserError>;
};

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
  activities: Scalars['String']['input'];
  companyId: Scalars['ID']['input'];
  /** One of the company's sites. */
  companySiteId?: InputMaybe<Scalars['ID']['input']>;
  companyTutor: CompanyTutorInput;
  /** After the start, at most 12 months later (24 for inclusion tirocini). */
  endsOn: Scalars['Date']['input'];
  /** From 1 to 40. */
  hoursPerWeek: Scalars['Int']['input'];
  /** Gross monthly indemnity in euro cents; 0 when none is paid. */
  monthlyIndemnityCents: Scalars['Int']['input'];
  objectives: Scalars['String']['input'];
  /** An operator of the network; defaults to the caller. Their sportello is the promoting one. */
  promotingTutorId?: InputMaybe<Scalars['ID']['input']>;
  startsOn: Scalars['Date']['input'];
  /** URIs of ESCO skills the trainee is to acquire. */
  targetSkillUris: Array<Scalars['ID']['input']>;
  traineeId: Scalars['ID']['input'];
  type: InternshipType;
};

export type ProposeInterviewInput = {
  /** From 15 to 240 minutes. */
  durationMinutes: Scalars['Int']['input'];
  /** Required for interviews in person. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** For the candidate, e.g. whom to ask for and what to bring; at most 2000 characters. */
  message?: InputMaybe<Scalars['String']['input']>;
  mode: AppointmentMode;
  startsAt: Scalars['DateTime']['input'];
};

/** What a company sees of a proposed candidate before the candidate accepts: nothing that identifies them. */
export type PseudonymousCandidate = {
  __typename?: 'PseudonymousCandidate';
  /**
   * E.g. "35-44 anni". Null on a vacancy reserved under law 68/1999, whose pseudonymous candidates
   * show only their alias (and empty lists).
   */
  ageBand?: Maybe<Scalars['String']['output']>;
  /** Stable for this vacancy and candidate, different on every other vacancy. */
  alias: Scalars['String']['output'];
  educationEqfLevels: Array<Scalars['Int']['output']>;
  /** Occupations and their length in months: no employers, no free text. */
  experiences: Array<PseudonymousExperience>;
  languages: Array<CvLanguage>;
  province?: Maybe<Scalars['String']['output']>;
  soughtOccupations: Array<EscoOccupation>;
};

export type PseudonymousExperience = {
  __typename?: 'PseudonymousExperience';
  months: Scalars['Int']['output'];
  occupation?: Maybe<EscoOccupation>;
};

export type PublishSlotInput = {
  /** A slot on a Sunday or an Italian public holiday answers NON_WORKING_DAY unless this is true. */
  confirmNonWorkingDay?: InputMaybe<Scalars['Boolean']['input']>;
  /** From 15 to 240 minutes. */
  durationMinutes: Scalars['Int']['input'];
  kind: AppointmentKind;
  mode: AppointmentMode;
  startsAt: Scalars['DateTime']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Network admins. */
  apiClients: Array<ApiClient>;
  /** The citizen, the vacancy's company members, and the network's staff. */
  application?: Maybe<Application>;
  /** Public reference data: ATECO activities whose code or title matches. */
  atecoActivities: Array<AtecoActivity>;
  /**
   * Citizens, company members and staff of the network: free future slots, soonest first; optionally
   * of one sportello, of one mode, from a day on (Italian time).
   */
  availableSlots: AppointmentSlotConnection;
  /**
   * The bookings the caller may see: a citizen their own, a company member their company's, an
   * operator those at their sportello, a network admin all of the network. Soonest first.
   */
  bookings: BookingConnection;
  /** The citizen whose idea it is and the network's staff. */
  businessIdea?: Maybe<BusinessIdea>;
  /**
   * Operators and network admins: the network's business ideas (of one citizen, if given), the
   * latest first.
   */
  businessIdeas: BusinessIdeaConnection;
  /** The network's staff: counts per sportello. */
  caseCounts: Array<SportelloCaseCounts>;
  /** Operators: the open cases of their sportello, those with no recent contact first. */
  caseload: CaseConnection;
  /** Operators: what their sportello has to do today. */
  caseworkToday: CaseworkToday;
  /** Operators and network admins of the network; the citizen themself. */
  citizen?: Maybe<Citizen>;
  /**
   * Operators of the network: the citizen's open case, or else their latest closed one. The patto and
   * the diary only for the sportello in charge; a read by another sportello is audited.
   */
  citizenCase?: Maybe<Case>;
  /** Operators and network admins of the network. */
  citizens: CitizenConnection;
  /** Operators and network admins of the network; API clients with COMPANIES_READ. */
  companies: CompanyConnection;
  /** Operators and network admins of the network; members of the company. */
  company?: Maybe<Company>;
  /** Company members: the tirocini the company hosts, the latest start first. */
  companyInternships: InternshipConnection;
  /** Operators and network admins of the company's network. */
  companyServiceFile?: Maybe<CompanyServiceFile>;
  /**
   * Operators and network admins: the network's companies that received a service or have a
   * follow-up, those with overdue follow-ups first.
   */
  companyServices: Array<CompanyServiceSummary>;
  /** Company members: the company's vacancies in any state. */
  companyVacancies: VacancyConnection;
  /** Public: comuni whose name starts with or contains the text (reference data). */
  comuni: Array<Comune>;
  /** The citizen and the staff of the network. */
  coverLetter?: Maybe<CoverLetter>;
  /** The model letters a draft can start from. */
  coverLetterTemplates: Array<CoverLetterTemplate>;
  /** Public reference data: Italian qualifications with their EQF level. */
  educationTitles: Array<EducationTitle>;
  /** Company members: the hires of their company; citizens: their own hires and businesses. */
  employmentChecks: EmploymentCheckConnection;
  /** Operators and network admins: the erasure requests of their network, newest first (at most 200). */
  erasureRequests: Array<ErasureRequest>;
  /**
   * Public reference data: ESCO occupations with a preferred or alternative label that has a word
   * starting with each word of the text (any order, accents and case aside), Italian labels first,
   * then English ones. The text has at most 200 characters.
   */
  escoOccupations: Array<EscoOccupation>;
  /**
   * Public reference data: the ESCO occupations with these URIs (at most 20), in the order given;
   * unknown ones are left out.
   */
  escoOccupationsByUri: Array<EscoOccupation>;
  /**
   * Public reference data: ESCO skills with a preferred or alternative (English) label that has a
   * word starting with each word of the text, in any order; preferred labels first. At most 200
   * characters.
   */
  escoSkills: Array<EscoSkill>;
  /**
   * Operators: the contacts of their sportello on a day (today when omitted), the latest first,
   * those entered by mistake included.
   */
  frontDeskContacts: FrontDeskContactConnection;
  /**
   * Operators: their sportello's counts. Network admins: the whole network's, or one sportello's.
   * The period runs from `from` to `to`, both included, at most 366 days.
   */
  frontDeskCounts: FrontDeskCounts;
  /** Network admins. */
  fundingContracts: Array<FundingContract>;
  /** Operators and network admins of the network: the latest created first. */
  groupActivities: GroupActivityConnection;
  /** The network's staff; citizens of the network, when it is published or ended. */
  groupActivity?: Maybe<GroupActivity>;
  /** The network's staff, the host company's members, and the trainee. */
  internship?: Maybe<Internship>;
  /** Operators and network admins of the network, the latest start first. */
  internships: InternshipConnection;
  /**
   * Network admins and the network's operators: the labour-market report of a semester ("2026-H2"),
   * for the whole network or one comune (ISTAT code).
   */
  labourMarketReport: LabourMarketReport;
  /** Null when not logged in. */
  me?: Maybe<Viewer>;
  /** Operators and network admins of the network. */
  memberships: Array<Membership>;
  /** Operators and network admins: the network's microcredit partners, by name. */
  microcreditPartners: Array<MicrocreditPartner>;
  /**
   * A citizen's own applications and proposals, the latest changed first; `status` keeps one status
   * (e.g. `PROPOSED`: the proposals waiting for an answer).
   */
  myApplications: ApplicationConnection;
  /** Citizens: their own business ideas, the latest first. */
  myBusinessIdeas: Array<BusinessIdea>;
  /** The signed-in citizen's case ("Il mio percorso"). */
  myCase?: Maybe<Case>;
  /** Members of a company: the services it received, as shared with it, and its open needs. */
  myCompanyServices: ReceivedCompanyServices;
  /** Citizens: their own erasure request and what would keep one waiting. */
  myErasure: MyErasure;
  /** Citizens: their own enrolments, the latest first. */
  myGroupEnrolments: GroupEnrolmentConnection;
  /** Citizens: their own tirocini, the latest start first. */
  myInternships: InternshipConnection;
  /** The signed-in citizen's job alert, if they asked for one. */
  myJobAlert?: Maybe<JobAlert>;
  /**
   * The logged-in citizen: published vacancies of the network that match their CV, best first (at
   * most 100).
   */
  myMatchingVacancies: Array<VacancyMatch>;
  /** The kinds of notification the signed-in user can receive, with their email choice. */
  myNotificationPreferences: Array<NotificationPreference>;
  /** The signed-in user's notifications, newest first. */
  myNotifications: NotificationConnection;
  /** Citizens: their own applications, the latest first. */
  myProgramApplications: ProgramApplicationConnection;
  /** Citizens: their own enrolments, the latest first. */
  myTrainingEnrolments: TrainingEnrolmentConnection;
  /** Public. */
  network?: Maybe<Network>;
  /**
   * Staff: the job interviews of the network's candidates, by start time; `upcoming` keeps those
   * not yet ended (soonest first), otherwise the most recent come first.
   */
  networkInterviews: InterviewConnection;
  /** Operators and network admins: every vacancy of the network, newest first. */
  networkVacancies: VacancyConnection;
  /** Public: the networks one can register with. */
  networks: Array<Network>;
  /**
   * Citizens: the published activities of their network with a session still to come, the soonest
   * first.
   */
  openGroupActivities: GroupActivityConnection;
  /** Citizens: the calls of their network open today, the soonest to close first. */
  openProgramCalls: ProgramCallConnection;
  /** Citizens: the published modules of their network not yet ended, the soonest start first. */
  openTrainingModules: TrainingModuleConnection;
  /** Network admins. */
  operators: Array<Operator>;
  /**
   * The orientation records of a citizen, the latest first: all of them for the operators of the
   * sportello in charge and for the citizen themself (without citizenId); for another operator of the
   * network, those they wrote. Network admins and companies are refused.
   */
  orientationRecords: Array<OrientationRecord>;
  /** Network admins: the network's outcomes; operators: those of their sportello. Newest hire first. */
  outcomes: OutcomeConnection;
  /** Operators and network admins of the network; NOT_FOUND for anyone else. */
  outplacementProject?: Maybe<OutplacementProject>;
  /** Operators and network admins of the network, newest first. */
  outplacementProjects: OutplacementProjectConnection;
  /** Operators and network admins of the network, newest first. */
  placements: PlacementConnection;
  /** Operators and network admins of the network. */
  program?: Maybe<Program>;
  /** The applicant themself and the network's staff. */
  programApplication?: Maybe<ProgramApplication>;
  /** The network's staff and citizens of the network. */
  programCall?: Maybe<ProgramCall>;
  /** Operators and network admins: the network's programs, the latest first. */
  programs: ProgramConnection;
  /** Operators and network admins: the network's retention period. */
  retentionPolicy: RetentionPolicy;
  /**
   * The skills gap of a citizen for a target ESCO occupation: the citizen themself (without
   * citizenId), or the staff of the citizen's network.
   */
  skillsGap: SkillsGap;
  /** Public: null when no provider is configured. */
  spidCieLogin?: Maybe<SpidCieLogin>;
  /** Everyone with an account in the network (citizens and companies choose where to book a colloquio). */
  sportelli: Array<Sportello>;
  /** The network's staff; citizens of the network, when it is published. */
  trainingModule?: Maybe<TrainingModule>;
  /** Operators and network admins of the network: the latest start first. */
  trainingModules: TrainingModuleConnection;
  /** Operators and network admins: vacancies waiting for moderation, oldest first. */
  vacanciesToModerate: VacancyConnection;
  /** Published vacancies for anyone; others for the company's members and the network's staff. */
  vacancy?: Maybe<Vacancy>;
  /** Public, no login: published vacancies that have not expired, newest first (best match first with text). */
  vacancySearch: VacancyConnection;
  /** The delivery log of a subscription, newest first. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** Network admins: every subscription of the network; an API client: its own. */
  webhookSubscriptions: Array<WebhookSubscription>;
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAtecoActivitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search: Scalars['String']['input'];
};


export type QueryAvailableSlotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<AppointmentKind>;
  mode?: InputMaybe<AppointmentMode>;
  sportelloId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  citizenId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<BookingStatus>;
};


export type QueryBusinessIdeaArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBusinessIdeasArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  citizenId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCaseloadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  noContactForDays?: InputMaybe<Scalars['Int']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  pattoNotAccepted?: InputMaybe<Scalars['Boolean']['input']>;
  scope?: InputMaybe<CaseloadScope>;
  targetGroup?: InputMaybe<TargetGroup>;
};


export type QueryCitizenArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCitizenCaseArgs = {
  citizenId: Scalars['ID']['input'];
};


export type QueryCitizensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CompanyStatus>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCompanyInternshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompanyServiceFileArgs = {
  companyId: Scalars['ID']['input'];
};


export type QueryCompanyVacanciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<VacancyStatus>;
};


export type QueryComuniArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search: Scalars['String']['input'];
};


export type QueryCoverLetterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmploymentChecksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryErasureRequestsArgs = {
  status?: InputMaybe<ErasureStatus>;
};


export type QueryEscoOccupationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search: Scalars['String']['input'];
};


export type QueryEscoOccupationsByUriArgs = {
  uris: Array<Scalars['ID']['input']>;
};


export type QueryEscoSkillsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  search: Scalars['String']['input'];
};


export type QueryFrontDeskContactsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  on?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryFrontDeskCountsArgs = {
  from: Scalars['Date']['input'];
  sportelloId?: InputMaybe<Scalars['ID']['input']>;
  to: Scalars['Date']['input'];
};


export type QueryGroupActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<GroupActivityKind>;
  status?: InputMaybe<GroupActivityStatus>;
};


export type QueryGroupActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInternshipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInternshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InternshipStatus>;
};


export type QueryLabourMarketReportArgs = {
  comuneCode?: InputMaybe<Scalars['String']['input']>;
  semester: Scalars['String']['input'];
};


export type QueryMyApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ApplicationStatus>;
};


export type QueryMyGroupEnrolmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyInternshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyMatchingVacanciesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
  radiusKm?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryMyProgramApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyTrainingEnrolmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNetworkArgs = {
  slug: Scalars['String']['input'];
};


export type QueryNetworkInterviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InterviewStatus>;
  upcoming?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryNetworkVacanciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<VacancyStatus>;
};


export type QueryOpenGroupActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOpenProgramCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOpenTrainingModulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrientationRecordsArgs = {
  citizenId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOutcomesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOutplacementProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOutplacementProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlacementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  verified?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryProgramArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgramApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgramCallArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySkillsGapArgs = {
  citizenId?: InputMaybe<Scalars['ID']['input']>;
  occupationUri: Scalars['ID']['input'];
};


export type QueryTrainingModuleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrainingModulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  skillUri?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<TrainingModuleStatus>;
};


export type QueryVacanciesToModerateArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVacancyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVacancySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VacancySearchInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
  subscriptionId: Scalars['ID']['input'];
};

/**
 * The published criteria of the graduatoria: score = iseeWeight × (one point per full €1,000 of ISEE
 * below €50,000) + unemploymentWeight × (months unemployed at closing, up to 60). Ties: lower ISEE,
 * then the older applicant, then the earlier application, then the application id.
 */
export type RankingCriteria = {
  __typename?: 'RankingCriteria';
  iseeWeight: Scalars['Int']['output'];
  unemploymentWeight: Scalars['Int']['output'];
};

export type RankingCriteriaInput = {
  /** From 0 to 10. */
  iseeWeight: Scalars['Int']['input'];
  /** From 0 to 10. */
  unemploymentWeight: Scalars['Int']['input'];
};

export type RankingRow = {
  __typename?: 'RankingRow';
  application: ProgramApplication;
  position: Scalars['Int']['output'];
  score: Scalars['Int']['output'];
};

/** What the company reads of a service it received: never the outcome or the internal notes. */
export type ReceivedCompanyService = {
  __typename?: 'ReceivedCompanyService';
  channel: CompanyContactChannel;
  contactedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  summary: Scalars['String']['output'];
};

export type ReceivedCompanyServices = {
  __typename?: 'ReceivedCompanyServices';
  /** The open needs recorded at the services shared with the company. */
  openNeeds: Array<CompanyNeed>;
  services: Array<ReceivedCompanyService>;
};

export type RecordPlacementInput = {
  citizenId: Scalars['ID']['input'];
  contractType: ContractType;
  durationMonths?: InputMaybe<Scalars['Int']['input']>;
  employerName: Scalars['String']['input'];
  startsOn: Scalars['Date']['input'];
};

export type RecoveryCodesPayload = {
  __typename?: 'RecoveryCodesPayload';
  /** Shown once: only their hashes are stored. */
  recoveryCodes?: Maybe<Array<Scalars['String']['output']>>;
  userErrors: Array<UserError>;
};

export type RegisterApiClientOperationsPayload = {
  __typename?: 'RegisterApiClientOperationsPayload';
  /** The operations just registered (or already registered with the same text); null when the call failed. */
  operations?: Maybe<Array<RegisteredOperation>>;
  userErrors: Array<UserError>;
};

export type RegisterCitizenByOperatorInput = {
  codiceFiscale: Scalars['String']['input'];
  /** Left out for a citizen who has no email; it can be added later with updateCitizenProfile. */
  email?: InputMaybe<Scalars['String']['input']>;
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  residenceComuneCode: Scalars['ID']['input'];
};

export type RegisterCitizenInput = {
  codiceFiscale: Scalars['String']['input'];
  email: Scalars['String']['input'];
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  networkSlug: Scalars['String']['input'];
  password: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** The privacy notice (informativa) must be acknowledged; marketing consent is never required. */
  privacyNoticeAccepted: Scalars['Boolean']['input'];
  residenceComuneCode: Scalars['ID']['input'];
};

export type RegisterCitizenPayload = {
  __typename?: 'RegisterCitizenPayload';
  /** Null on error; the citizen must verify the email before logging in. */
  citizen?: Maybe<Citizen>;
  userErrors: Array<UserError>;
};

export type RegisterCompanyInput = {
  /** Defaults to the partita IVA; may be a 16-character codice fiscale for sole traders. */
  codiceFiscale?: InputMaybe<Scalars['String']['input']>;
  comuneCode: Scalars['ID']['input'];
  /** The contact who registers the company and becomes its owner. */
  email: Scalars['String']['input'];
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  legalName: Scalars['String']['input'];
  networkSlug: Scalars['String']['input'];
  partitaIva: Scalars['String']['input'];
  password: Scalars['String']['input'];
  privacyNoticeAccepted: Scalars['Boolean']['input'];
};

export type RegisterWithSpidCieInput = {
  email: Scalars['String']['input'];
  networkSlug: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  privacyNoticeAccepted: Scalars['Boolean']['input'];
  residenceComuneCode: Scalars['ID']['input'];
  /** The ticket the provider's callback gave the portal. */
  ticket: Scalars['String']['input'];
};

/**
 * An operation registered for an API client (a trusted document): the client sends
 * `{ "persisted": true, "query": "<hash>" }` instead of the text.
 */
export type RegisteredOperation = {
  __typename?: 'RegisteredOperation';
  createdAt: Scalars['DateTime']['output'];
  document: Scalars['String']['output'];
  /** "sha256:" and the hexadecimal SHA-256 of `document`, exactly as registered. */
  hash: Scalars['String']['output'];
  operationName?: Maybe<Scalars['String']['output']>;
};

export type ReportChart = {
  __typename?: 'ReportChart';
  id: Scalars['String']['output'];
  /** The Vega-Lite specification (JSON), with its data. */
  spec: Scalars['String']['output'];
  /** How many figures the chart leaves out because they are suppressed. */
  suppressed: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type ReportMinCountPayload = {
  __typename?: 'ReportMinCountPayload';
  reportMinCount?: Maybe<Scalars['Int']['output']>;
  userErrors: Array<UserError>;
};

export type RequestErasurePayload = {
  __typename?: 'RequestErasurePayload';
  /** True when the data were erased at once: the session has ended. */
  erased?: Maybe<Scalars['Boolean']['output']>;
  request?: Maybe<ErasureRequest>;
  userErrors: Array<UserError>;
};

/**
 * How long an inactive citizen's account is kept: after `months` without sign-in or case activity
 * the citizen gets a notice, and `noticeDays` later the account is anonymised.
 */
export type RetentionPolicy = {
  __typename?: 'RetentionPolicy';
  months: Scalars['Int']['output'];
  noticeDays: Scalars['Int']['output'];
};

export type RetentionPolicyPayload = {
  __typename?: 'RetentionPolicyPayload';
  retentionPolicy?: Maybe<RetentionPolicy>;
  userErrors: Array<UserError>;
};

export type SaveCvPayload = {
  __typename?: 'SaveCvPayload';
  cv?: Maybe<Cv>;
  userErrors: Array<UserError>;
};

/**
 * The password was right and the account uses a second factor: send the challenge with a code to
 * `completeSecondFactor` before it expires.
 */
export type SecondFactorChallenge = {
  __typename?: 'SecondFactorChallenge';
  challengeToken: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
};

export type SecondFactorInput = {
  challengeToken: Scalars['String']['input'];
  /** The 6-digit code the authenticator app shows now; each code is accepted once. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** As for `login`. */
  deviceToken?: InputMaybe<Scalars['String']['input']>;
  /** Instead of `code`: one of the recovery codes, each usable once. */
  recoveryCode?: InputMaybe<Scalars['String']['input']>;
};

export type Session = {
  __typename?: 'Session';
  /** Short-lived JWT to send as `Authorization: Bearer`. */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /**
   * Set by `login`: keep it in the browser and send it with the next logins of this user, so that
   * failed logins by others do not block this device.
   */
  deviceToken?: Maybe<Scalars['String']['output']>;
  /** Single-use: exchange it for a new session with `refreshSession`. */
  refreshToken: Scalars['String']['output'];
  /**
   * The network requires a second factor this staff member has not set up: until they confirm one
   * (`startTotpEnrolment`, `confirmTotpEnrolment`, then `refreshSession`), the access token opens only
   * `me`, those mutations, `refreshSession` and `logout`; anything else answers
   * `TWO_FACTOR_ENROLMENT_REQUIRED`.
   */
  twoFactorEnrolmentRequired: Scalars['Boolean']['output'];
  viewer: Viewer;
};

export type SessionPayload = {
  __typename?: 'SessionPayload';
  session?: Maybe<Session>;
  userErrors: Array<UserError>;
};

export type SkillBalance = {
  __typename?: 'SkillBalance';
  /** Percentage of the semester's vacancies that ask for it. */
  demandShare: Scalars['Float']['output'];
  /** Vacancies of the semester that ask for the skill. */
  demanded: Scalars['Int']['output'];
  /**
   * Share of vacancies asking for it minus share of CVs offering it, in percentage points; null with
   * `offered`, from which it could otherwise be worked out.
   */
  gapPoints?: Maybe<Scalars['Float']['output']>;
  label: Scalars['String']['output'];
  /** CVs that offer it; null when fewer than the minimum count. */
  offered?: Maybe<Scalars['Int']['output']>;
  skill: Scalars['String']['output'];
  /** Percentage of the CVs that offer it; null with offered. */
  supplyShare?: Maybe<Scalars['Float']['output']>;
};

export type SkillGapItem = {
  __typename?: 'SkillGapItem';
  /**
   * Open tirocini of the network (proposed, with the agreement signed, or active) whose training
   * project aims at this skill.
   */
  openInternships: Scalars['Int']['output'];
  /**
   * Published training modules of the network, not yet ended and with a seat left, that build this
   * skill.
   */
  openTrainingModules: Scalars['Int']['output'];
  /** For RELATED, in Italian, e.g. "Competenza affine nel CV: saldatura a elettrodo". */
  reason?: Maybe<Scalars['String']['output']>;
  skill: EscoSkill;
  status: SkillGapStatus;
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

/**
 * What a citizen lacks for a target occupation, and where in the network it can be built: open
 * tirocini, training modules and vacancies.
 */
export type SkillsGap = {
  __typename?: 'SkillsGap';
  coverage: SkillsGapCoverage;
  /** The occupation's essential ESCO skills: missing first, then related, then held. */
  essentialSkills: Array<SkillGapItem>;
  /** Host companies of open tirocini aiming at the skills to build, most skills first (at most 20). */
  internshipHosts: Array<SkillsGapInternshipHost>;
  missingSkills: Array<EscoSkill>;
  /**
   * In Italian, when the gap cannot be computed, i.e. ESCO names no essential skill for the
   * occupation; null otherwise.
   */
  notice?: Maybe<Scalars['String']['output']>;
  occupation: EscoOccupation;
  /**
   * Published training modules of the network, not yet ended and with a seat left, that build skills
   * to build: most such skills first, then the soonest start (at most 20).
   */
  trainingModules: Array<SkillsGapTrainingModule>;
  /**
   * Published, unexpired vacancies of the network that ask (as essential or optional) for skills to
   * build, most such skills first.
   */
  vacancies: SkillsGapVacancyConnection;
};


/**
 * What a citizen lacks for a target occupation, and where in the network it can be built: open
 * tirocini, training modules and vacancies.
 */
export type SkillsGapVacanciesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SkillsGapCoverage = {
  __typename?: 'SkillsGapCoverage';
  essential: Scalars['Int']['output'];
  /** Declared or attested. */
  held: Scalars['Int']['output'];
  missing: Scalars['Int']['output'];
  /** 0-100: a held skill counts 1, a related one 1/2, as in the matching score. */
  percent: Scalars['Int']['output'];
  related: Scalars['Int']['output'];
  /** In Italian, e.g. "3 di 8 competenze essenziali, più 1 affine". */
  summary: Scalars['String']['output'];
};

/**
 * A host company of open tirocini that aim at skills the citizen lacks. Aggregated: tirocini belong to
 * their trainees, so neither trainees nor single tirocini are shown.
 */
export type SkillsGapInternshipHost = {
  __typename?: 'SkillsGapInternshipHost';
  companyName: Scalars['String']['output'];
  openInternships: Scalars['Int']['output'];
  /** The skills to build (missing or only related) that those tirocini aim at. */
  skills: Array<EscoSkill>;
};

export type SkillsGapTrainingModule = {
  __typename?: 'SkillsGapTrainingModule';
  /** The skills to build (missing or only related) that the module builds. */
  skills: Array<EscoSkill>;
  trainingModule: TrainingModule;
};

export type SkillsGapVacancy = {
  __typename?: 'SkillsGapVacancy';
  /** How many of them the vacancy lists as essential. */
  essentialCount: Scalars['Int']['output'];
  /** The skills to build (missing or only related) the vacancy asks for, essential ones first. */
  skills: Array<EscoSkill>;
  vacancy: Vacancy;
};

export type SkillsGapVacancyConnection = {
  __typename?: 'SkillsGapVacancyConnection';
  edges: Array<SkillsGapVacancyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SkillsGapVacancyEdge = {
  __typename?: 'SkillsGapVacancyEdge';
  cursor: Scalars['String']['output'];
  node: SkillsGapVacancy;
};

/** Special-category data (art. 9 GDPR). Each read is written to the audit log. */
export type SpecialCategories = {
  __typename?: 'SpecialCategories';
  disabilityCategory?: Maybe<DisabilityCategory>;
  economicHardship: Scalars['Boolean']['output'];
  law68Disability: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type SpecialCategoriesInput = {
  disabilityCategory?: InputMaybe<DisabilityCategory>;
  economicHardship: Scalars['Boolean']['input'];
  law68Disability: Scalars['Boolean']['input'];
};

export type SpecialCategoriesPayload = {
  __typename?: 'SpecialCategoriesPayload';
  specialCategories?: Maybe<SpecialCategories>;
  userErrors: Array<UserError>;
};

/** A person as SPID or CIE asserted them: these data are not editable on the platform. */
export type SpidCieIdentity = {
  __typename?: 'SpidCieIdentity';
  birthDate: Scalars['Date']['output'];
  codiceFiscale: Scalars['String']['output'];
  /** The email the provider verified, if it gave one. */
  email?: Maybe<Scalars['String']['output']>;
  familyName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
};

/** How the portals offer the login with SPID or CIE (through the configured OpenID Connect provider). */
export type SpidCieLogin = {
  __typename?: 'SpidCieLogin';
  /** The provider is the development one with test identities, not SPID or CIE. */
  developmentProvider: Scalars['Boolean']['output'];
  /**
   * Open it in the browser: it goes to the provider and comes back to `/cittadini/accesso-spid-cie`
   * with a ticket for `continueSpidCieLogin`.
   */
  startUrl: Scalars['String']['output'];
};

export type SpidCieLoginPayload = {
  __typename?: 'SpidCieLoginPayload';
  /**
   * Where to send the browser after `logout`, so the session at the provider ends too; null if the
   * provider has no logout.
   */
  providerLogoutUrl?: Maybe<Scalars['String']['output']>;
  /**
   * Set instead when no account is linked to the identity yet: register with
   * `registerWithSpidCie`, or link an existing account with `linkSpidCie`.
   */
  registration?: Maybe<SpidCieIdentity>;
  /** Set when the person is logged in, as with a password login. */
  session?: Maybe<Session>;
  userErrors: Array<UserError>;
};

export type Sportello = {
  __typename?: 'Sportello';
  address: Scalars['String']['output'];
  comune: Comune;
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  phone?: Maybe<Scalars['String']['output']>;
};

/** Counts per sportello: never names nor notes. */
export type SportelloCaseCounts = {
  __typename?: 'SportelloCaseCounts';
  closedCases: Scalars['Int']['output'];
  openCases: Scalars['Int']['output'];
  overdueActions: Scalars['Int']['output'];
  /** Open cases whose current patto is accepted. */
  pattiAccepted: Scalars['Int']['output'];
  pattiAwaitingAcceptance: Scalars['Int']['output'];
  sportello: Sportello;
};

export type StaffTwoFactorPolicyPayload = {
  __typename?: 'StaffTwoFactorPolicyPayload';
  staffTwoFactorRequired?: Maybe<Scalars['Boolean']['output']>;
  userErrors: Array<UserError>;
};

export type StartTotpEnrolmentPayload = {
  __typename?: 'StartTotpEnrolmentPayload';
  enrolment?: Maybe<TotpEnrolment>;
  userErrors: Array<UserError>;
};

/** Rendiconto: the outcomes a contract pays for one period, issued once and never changed. */
export type Statement = {
  __typename?: 'Statement';
  chargedCents: Scalars['Int']['output'];
  creditedCents: Scalars['Int']['output'];
  csvUrl: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  issuedAt: Scalars['DateTime']['output'];
  lines: Array<StatementLine>;
  number: Scalars['Int']['output'];
  /** GET with the bearer token. */
  pdfUrl: Scalars['String']['output'];
  periodEndsOn: Scalars['Date']['output'];
  periodStartsOn: Scalars['Date']['output'];
  totalCents: Scalars['Int']['output'];
};

export type StatementLine = {
  __typename?: 'StatementLine';
  /** Negative on a credit; below the tariff when the cap cut it. */
  amountCents: Scalars['Int']['output'];
  contractClass?: Maybe<ContractClass>;
  id: Scalars['ID']['output'];
  kind: StatementLineKind;
  outcomeKind: OutcomeKind;
  /** The outcome's pseudonymous reference. */
  reference: Scalars['String']['output'];
  startsOn: Scalars['Date']['output'];
  targetGroup?: Maybe<OutcomeTargetGroup>;
  tariffCents: Scalars['Int']['output'];
};

export type StatementLineKind =
  | 'CHARGE'
  | 'CREDIT';

export type StatementPayload = {
  __typename?: 'StatementPayload';
  statement?: Maybe<Statement>;
  userErrors: Array<UserError>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Events as they happen, over WebSocket at /graphql (protocol graphql-transport-ws; the access token
   * goes in the connection's `authorization`). Operators hear those of their sportello and those
   * addressed to them; API clients those of their network their scopes allow. Each event is checked
   * against the subscriber's rights when it is sent, and the connection closes when the token expires.
   */
  liveEvents: LiveEvent;
};


export type SubscriptionLiveEventsArgs = {
  kinds?: InputMaybe<Array<LiveEventKind>>;
};

/** One figure of a list; null when suppressed (counts of persons under the minimum). */
export type Tally = {
  __typename?: 'Tally';
  count?: Maybe<Scalars['Int']['output']>;
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** Derived from the profile, never typed in. */
export type TargetGroup =
  /** 15 to 29 years old and not in employment. */
  | 'NEET'
  /** 45 years or older. */
  | 'OVER_45'
  /** Younger than 30. */
  | 'UNDER_30';

export type Tariff = {
  __typename?: 'Tariff';
  amountCents: Scalars['Int']['output'];
  /** For the hires; null for the other kinds. */
  contractClass?: Maybe<ContractClass>;
  id: Scalars['ID']['output'];
  outcomeKind: OutcomeKind;
  /** Null: for anyone. */
  targetGroup?: Maybe<OutcomeTargetGroup>;
};

export type TariffInput = {
  amountCents: Scalars['Int']['input'];
  /** Required for the hires; left out for the other kinds. */
  contractClass?: InputMaybe<ContractClass>;
  outcomeKind: OutcomeKind;
  targetGroup?: InputMaybe<OutcomeTargetGroup>;
};

/** What an authenticator app needs: scan the QR code or type the key. */
export type TotpEnrolment = {
  __typename?: 'TotpEnrolment';
  otpauthUri: Scalars['String']['output'];
  /** The QR code of `otpauthUri`, as an SVG data URL. */
  qrCode: Scalars['String']['output'];
  /** The secret in base32, to type into the app by hand. */
  secret: Scalars['String']['output'];
};

/** Iscrizione: a citizen's place in a training module. */
export type TrainingEnrolment = {
  __typename?: 'TrainingEnrolment';
  citizen: Citizen;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  enrolledAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  module: TrainingModule;
  /** True when the citizen asked for the place themself, false when an operator enrolled them. */
  requestedByCitizen: Scalars['Boolean']['output'];
  status: TrainingEnrolmentStatus;
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

export type TrainingEnrolmentConnection = {
  __typename?: 'TrainingEnrolmentConnection';
  edges: Array<TrainingEnrolmentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrainingEnrolmentEdge = {
  __typename?: 'TrainingEnrolmentEdge';
  cursor: Scalars['String']['output'];
  node: TrainingEnrolment;
};

export type TrainingEnrolmentPayload = {
  __typename?: 'TrainingEnrolmentPayload';
  enrolment?: Maybe<TrainingEnrolment>;
  userErrors: Array<UserError>;
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

/**
 * Modulo formativo: a short course offered in the network by an ente di formazione and run by a
 * sportello.
 */
export type TrainingModule = {
  __typename?: 'TrainingModule';
  /** Where it is held, for IN_PERSON modules. */
  comune?: Maybe<Comune>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  endsOn: Scalars['Date']['output'];
  /** Places taken: enrolled or completed. */
  enrolledCount: Scalars['Int']['output'];
  /** The network's staff see every enrolment, the latest first; a citizen sees their own. */
  enrolments: Array<TrainingEnrolment>;
  /** Total hours. */
  hours: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  mode: TrainingMode;
  /** The ente di formazione. */
  provider: Scalars['String']['output'];
  seats: Scalars['Int']['output'];
  seatsLeft: Scalars['Int']['output'];
  skills: Array<TrainingSkill>;
  /** The sportello that runs it. */
  sportello: Sportello;
  startsOn: Scalars['Date']['output'];
  status: TrainingModuleStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type TrainingModuleConnection = {
  __typename?: 'TrainingModuleConnection';
  edges: Array<TrainingModuleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TrainingModuleEdge = {
  __typename?: 'TrainingModuleEdge';
  cursor: Scalars['String']['output'];
  node: TrainingModule;
};

export type TrainingModuleInput = {
  /** For IN_PERSON modules: a member comune of the network; none for ONLINE ones. */
  comuneCode?: InputMaybe<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
  /** On or after the start. */
  endsOn: Scalars['Date']['input'];
  /** From 1 to 2000. */
  hours: Scalars['Int']['input'];
  mode: TrainingMode;
  provider: Scalars['String']['input'];
  /** At least 1, and never fewer than the places already taken. */
  seats: Scalars['Int']['input'];
  /** The ESCO skills the module builds (at most 30), with the level its completion attests. */
  skills?: InputMaybe<Array<TrainingSkillInput>>;
  /** A sportello of the network; defaults to the caller's. */
  sportelloId?: InputMaybe<Scalars['ID']['input']>;
  startsOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};

export type TrainingModulePayload = {
  __typename?: 'TrainingModulePayload';
  trainingModule?: Maybe<TrainingModule>;
  userErrors: Array<UserError>;
};

/** DRAFT -> PUBLISHED -> CANCELLED; a draft may be cancelled too. Citizens see published modules only. */
export type TrainingModuleStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'PUBLISHED';

/** An ESCO skill a module builds, with the level its completion attests. */
export type TrainingSkill = {
  __typename?: 'TrainingSkill';
  level: SkillLevel;
  skill: EscoSkill;
};

export type TrainingSkillInput = {
  level: SkillLevel;
  skillUri: Scalars['ID']['input'];
};

export type TransportMeans =
  | 'NONE'
  | 'OWN_CAR'
  | 'PUBLIC_TRANSPORT';

/** A staff member's verification in two steps (TOTP authenticator app and recovery codes). */
export type TwoFactorStatus = {
  __typename?: 'TwoFactorStatus';
  enabled: Scalars['Boolean']['output'];
  enabledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Recovery codes not used yet (0 while the second factor is off). */
  recoveryCodesRemaining: Scalars['Int']['output'];
  /** The network requires its staff to use a second factor. */
  requiredByNetwork: Scalars['Boolean']['output'];
};

/** A current code of the authenticator app, or the password entered again. */
export type TwoFactorStepUpInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
};

export type UnsubscribePayload = {
  __typename?: 'UnsubscribePayload';
  /** True when the alert is stopped (or was already); null when the call failed. */
  ok?: Maybe<Scalars['Boolean']['output']>;
  userErrors: Array<UserError>;
};

export type UpdateCitizenProfileInput = {
  availability?: InputMaybe<AvailabilityInput>;
  domicileComuneCode?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Staff only, for a citizen who has not activated the account yet: the invitation to set a password
   * goes to this address.
   */
  email?: InputMaybe<Scalars['String']['input']>;
  employmentStatus?: InputMaybe<EmploymentStatus>;
  familyName?: InputMaybe<Scalars['String']['input']>;
  givenName?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCompanyProfileInput = {
  atecoCode?: InputMaybe<Scalars['ID']['input']>;
  size?: InputMaybe<CompanySize>;
};

/** An expected failure of a mutation, tied to the input field that caused it. */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  /** Path of the input field, e.g. `codiceFiscale`; null when the error is not about one field. */
  field?: Maybe<Scalars['String']['output']>;
  /** A message in Italian, ready to show to the user. */
  message: Scalars['String']['output'];
};

export type Vacancy = {
  __typename?: 'Vacancy';
  /** The level (livello di inquadramento) in that agreement, e.g. "4° livello". */
  agreementLevel?: Maybe<Scalars['String']['output']>;
  /** The company's members and the network's staff. */
  applications: ApplicationConnection;
  /**
   * The network's staff: where a citizen of the network stands among the best 50 suggested
   * candidates, component by component, against the score of the 50th.
   */
  candidateStanding: CandidateStanding;
  /**
   * The national collective agreement (CCNL) the contract follows, e.g. "CCNL Commercio – Terziario";
   * set together with agreementLevel.
   */
  collectiveAgreement?: Maybe<Scalars['String']['output']>;
  companyName: Scalars['String']['output'];
  contractType: ContractType;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /**
   * The sportello prepared this vacancy's draft from a need found at a contact with the company
   * (createVacancyFromCompanyNeed); the company completes and sends it.
   */
  draftedFromNeed: Scalars['Boolean']['output'];
  drivingLicences: Array<DrivingLicence>;
  expiresOn: Scalars['Date']['output'];
  hours: WorkingHours;
  id: Scalars['ID']['output'];
  languages: Array<VacancyLanguage>;
  /** Collocamento mirato (law 68/1999). */
  law68Reserved: Scalars['Boolean']['output'];
  /**
   * The best candidates among the citizens of the network who share their CV, best first (at most
   * 100). For the network's staff and, pseudonymised until the candidate applies or accepts a
   * proposal, for the vacancy's company.
   */
  matches: Array<CandidateMatch>;
  minEqfLevel?: Maybe<Scalars['Int']['output']>;
  minExperienceMonths: Scalars['Int']['output'];
  occupation: EscoOccupation;
  positions: Scalars['Int']['output'];
  /** The public page of the vacancy, with its schema.org JobPosting. */
  publicUrl: Scalars['String']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Shown to the company when moderation rejects the vacancy. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  remote: Scalars['Boolean']['output'];
  salaryMaxCents?: Maybe<Scalars['Int']['output']>;
  /** Gross monthly pay, euro cents. */
  salaryMinCents?: Maybe<Scalars['Int']['output']>;
  shifts: Scalars['Boolean']['output'];
  /** Essential skills first, then optional ones. */
  skills: Array<VacancySkill>;
  status: VacancyStatus;
  title: Scalars['String']['output'];
  weeklyHours?: Maybe<Scalars['Int']['output']>;
  workplaceComune?: Maybe<Comune>;
};


export type VacancyApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ApplicationStatus>;
};


export type VacancyCandidateStandingArgs = {
  citizenId: Scalars['ID']['input'];
};


export type VacancyMatchesArgs = {
  filter?: InputMaybe<CandidateMatchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type VacancyConnection = {
  __typename?: 'VacancyConnection';
  edges: Array<VacancyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VacancyEdge = {
  __typename?: 'VacancyEdge';
  cursor: Scalars['String']['output'];
  node: Vacancy;
};

export type VacancyFromNeedPayload = {
  __typename?: 'VacancyFromNeedPayload';
  need?: Maybe<CompanyNeed>;
  userErrors: Array<UserError>;
  /** The draft of the company, linked to the need. */
  vacancy?: Maybe<Vacancy>;
};

export type VacancyInput = {
  agreementLevel?: InputMaybe<Scalars['String']['input']>;
  /** With agreementLevel, or neither. */
  collectiveAgreement?: InputMaybe<Scalars['String']['input']>;
  contractType: ContractType;
  description: Scalars['String']['input'];
  drivingLicences: Array<DrivingLicence>;
  expiresOn: Scalars['Date']['input'];
  hours: WorkingHours;
  languages: Array<VacancyLanguageInput>;
  law68Reserved: Scalars['Boolean']['input'];
  minEqfLevel?: InputMaybe<Scalars['Int']['input']>;
  minExperienceMonths: Scalars['Int']['input'];
  occupationUri: Scalars['ID']['input'];
  positions: Scalars['Int']['input'];
  remote: Scalars['Boolean']['input'];
  salaryMaxCents?: InputMaybe<Scalars['Int']['input']>;
  salaryMinCents?: InputMaybe<Scalars['Int']['input']>;
  shifts: Scalars['Boolean']['input'];
  /** None when omitted. */
  skills?: InputMaybe<Array<VacancySkillInput>>;
  title: Scalars['String']['input'];
  weeklyHours?: InputMaybe<Scalars['Int']['input']>;
  workplaceComuneCode?: InputMaybe<Scalars['ID']['input']>;
};

export type VacancyLanguage = {
  __typename?: 'VacancyLanguage';
  languageCode: Scalars['String']['output'];
  languageName: Scalars['String']['output'];
  minLevel: CefrLevel;
};

export type VacancyLanguageInput = {
  languageCode: Scalars['String']['input'];
  minLevel: CefrLevel;
};

/** A published vacancy ranked for a citizen. */
export type VacancyMatch = {
  __typename?: 'VacancyMatch';
  components: Array<MatchComponentScore>;
  score: Scalars['Float']['output'];
  vacancy: Vacancy;
};

export type VacancyPayRulePayload = {
  __typename?: 'VacancyPayRulePayload';
  userErrors: Array<UserError>;
  vacancyPayRequired?: Maybe<Scalars['Boolean']['output']>;
};

export type VacancyPayload = {
  __typename?: 'VacancyPayload';
  userErrors: Array<UserError>;
  vacancy?: Maybe<Vacancy>;
};

export type VacancySearchInput = {
  /** Centre of the search area, with radiusKm. */
  comuneCode?: InputMaybe<Scalars['ID']['input']>;
  contractTypes?: InputMaybe<Array<ContractType>>;
  hours?: InputMaybe<WorkingHours>;
  /** Only vacancies in the network with this slug. */
  networkSlug?: InputMaybe<Scalars['String']['input']>;
  occupationUri?: InputMaybe<Scalars['ID']['input']>;
  publishedSince?: InputMaybe<Scalars['Date']['input']>;
  radiusKm?: InputMaybe<Scalars['Int']['input']>;
  /** Italian full text over title and description. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type VacancySkill = {
  __typename?: 'VacancySkill';
  /** Essential skills are required; optional ones are a plus. */
  essential: Scalars['Boolean']['output'];
  skill: EscoSkill;
};

export type VacancySkillInput = {
  essential: Scalars['Boolean']['input'];
  skillUri: Scalars['ID']['input'];
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

/** The logged-in user. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Set for citizens. */
  citizen?: Maybe<Citizen>;
  /** Set for company members. */
  company?: Maybe<Company>;
  email: Scalars['String']['output'];
  emailVerified: Scalars['Boolean']['output'];
  familyName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ActorKind;
  /**
   * Set when the account is linked to SPID or CIE: then names, codice fiscale and birth date are the
   * provider's and cannot be changed.
   */
  linkedIdentity?: Maybe<LinkedIdentity>;
  network?: Maybe<Network>;
  /** Set for operators. */
  sportello?: Maybe<Sportello>;
  /** Staff (operators and network admins): their second factor. Null for citizens and companies. */
  twoFactor?: Maybe<TwoFactorStatus>;
};

/** One event for one subscription, with every attempt to send it. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attempts: Array<WebhookDeliveryAttempt>;
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  event: WebhookEventKind;
  /** The event id (the `webhook-id` header and the payload's `id`): receivers deduplicate by it. */
  eventId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  /** When the next attempt is due, while pending. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryAttempt = {
  __typename?: 'WebhookDeliveryAttempt';
  attemptedAt: Scalars['DateTime']['output'];
  durationMs: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  /** The receiver's HTTP status; null when no answer came (timeout, connection refused). */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookDeliveryPayload = {
  __typename?: 'WebhookDeliveryPayload';
  delivery?: Maybe<WebhookDelivery>;
  userErrors: Array<UserError>;
};

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

/** An API client's endpoint receiving the network's events, signed as Standard Webhooks says. */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  active: Scalars['Boolean']['output'];
  apiClientId: Scalars['ID']['output'];
  apiClientName: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  events: Array<WebhookEventKind>;
  id: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};

export type WebhookSubscriptionPayload = {
  __typename?: 'WebhookSubscriptionPayload';
  subscription?: Maybe<WebhookSubscription>;
  userErrors: Array<UserError>;
};

export type WorkingHours =
  | 'FULL_TIME'
  | 'PART_TIME';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcquiredSkill: ResolverTypeWrapper<Omit<AcquiredSkill, 'skill'> & { skill: ResolversTypes['EscoSkill'] }>;
  AcquiredSkillInput: AcquiredSkillInput;
  ActorKind: ActorKind;
  ApiClient: ResolverTypeWrapper<ApiClientRecordModel>;
  ApiClientPayload: ResolverTypeWrapper<Omit<ApiClientPayload, 'apiClient'> & { apiClient?: Maybe<ResolversTypes['ApiClient']> }>;
  ApiScope: ApiScope;
  Application: ResolverTypeWrapper<ApplicationModel>;
  ApplicationConnection: ResolverTypeWrapper<Omit<ApplicationConnection, 'edges'> & { edges: Array<ResolversTypes['ApplicationEdge']> }>;
  ApplicationEdge: ResolverTypeWrapper<Omit<ApplicationEdge, 'node'> & { node: ResolversTypes['Application'] }>;
  ApplicationEvent: ResolverTypeWrapper<ApplicationEventModel>;
  ApplicationPayload: ResolverTypeWrapper<Omit<ApplicationPayload, 'application'> & { application?: Maybe<ResolversTypes['Application']> }>;
  ApplicationStatus: ApplicationStatus;
  AppointmentKind: AppointmentKind;
  AppointmentMode: AppointmentMode;
  AppointmentSlot: ResolverTypeWrapper<SlotModel>;
  AppointmentSlotConnection: ResolverTypeWrapper<Omit<AppointmentSlotConnection, 'edges'> & { edges: Array<ResolversTypes['AppointmentSlotEdge']> }>;
  AppointmentSlotEdge: ResolverTypeWrapper<Omit<AppointmentSlotEdge, 'node'> & { node: ResolversTypes['AppointmentSlot'] }>;
  AppointmentSlotPayload: ResolverTypeWrapper<Omit<AppointmentSlotPayload, 'slot'> & { slot?: Maybe<ResolversTypes['AppointmentSlot']> }>;
  AtecoActivity: ResolverTypeWrapper<AtecoModel>;
  AttendanceDay: ResolverTypeWrapper<AttendanceDay>;
  AttendanceFigures: ResolverTypeWrapper<AttendanceFigures>;
  AttendanceInput: AttendanceInput;
  AttendanceStatus: AttendanceStatus;
  Availability: ResolverTypeWrapper<Availability>;
  AvailabilityInput: AvailabilityInput;
  Booking: ResolverTypeWrapper<BookingModel>;
  BookingConnection: ResolverTypeWrapper<Omit<BookingConnection, 'edges'> & { edges: Array<ResolversTypes['BookingEdge']> }>;
  BookingEdge: ResolverTypeWrapper<Omit<BookingEdge, 'node'> & { node: ResolversTypes['Booking'] }>;
  BookingOutcome: BookingOutcome;
  BookingPayload: ResolverTypeWrapper<Omit<BookingPayload, 'booking'> & { booking?: Maybe<ResolversTypes['Booking']> }>;
  BookingStatus: BookingStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BusinessIdea: ResolverTypeWrapper<BusinessIdeaModel>;
  BusinessIdeaConnection: ResolverTypeWrapper<Omit<BusinessIdeaConnection, 'edges'> & { edges: Array<ResolversTypes['BusinessIdeaEdge']> }>;
  BusinessIdeaEdge: ResolverTypeWrapper<Omit<BusinessIdeaEdge, 'node'> & { node: ResolversTypes['BusinessIdea'] }>;
  BusinessIdeaInput: BusinessIdeaInput;
  BusinessIdeaPayload: ResolverTypeWrapper<Omit<BusinessIdeaPayload, 'businessIdea'> & { businessIdea?: Maybe<ResolversTypes['BusinessIdea']> }>;
  BusinessPlanChecklistItem: ResolverTypeWrapper<BusinessPlanChecklistItem>;
  BusinessPlanStep: BusinessPlanStep;
  CandidateMatch: ResolverTypeWrapper<CandidateMatchModel>;
  CandidateMatchFilter: CandidateMatchFilter;
  CandidateStanding: ResolverTypeWrapper<CandidateStanding>;
  Case: ResolverTypeWrapper<CaseModel>;
  CaseAssignment: ResolverTypeWrapper<CaseAssignmentModel>;
  CaseAssignmentPayload: ResolverTypeWrapper<Omit<CaseAssignmentPayload, 'caseAssignment'> & { caseAssignment?: Maybe<ResolversTypes['CaseAssignment']> }>;
  CaseCloseReason: CaseCloseReason;
  CaseConnection: ResolverTypeWrapper<Omit<CaseConnection, 'edges'> & { edges: Array<ResolversTypes['CaseEdge']> }>;
  CaseEdge: ResolverTypeWrapper<Omit<CaseEdge, 'node'> & { node: ResolversTypes['Case'] }>;
  CasePayload: ResolverTypeWrapper<Omit<CasePayload, 'case'> & { case?: Maybe<ResolversTypes['Case']> }>;
  CaseloadScope: CaseloadScope;
  CaseworkToday: ResolverTypeWrapper<CaseworkTodayScopeModel>;
  CefrLevel: CefrLevel;
  CheckOutcome: CheckOutcome;
  Checkpoint: ResolverTypeWrapper<CheckpointViewModel>;
  Citizen: ResolverTypeWrapper<CitizenRecordModel>;
  CitizenConnection: ResolverTypeWrapper<Omit<CitizenConnection, 'edges'> & { edges: Array<ResolversTypes['CitizenEdge']> }>;
  CitizenEdge: ResolverTypeWrapper<Omit<CitizenEdge, 'node'> & { node: ResolversTypes['Citizen'] }>;
  CitizenPayload: ResolverTypeWrapper<Omit<CitizenPayload, 'citizen'> & { citizen?: Maybe<ResolversTypes['Citizen']> }>;
  Company: ResolverTypeWrapper<CompanyModel>;
  CompanyAnswerTimes: ResolverTypeWrapper<CompanyAnswerTimes>;
  CompanyConnection: ResolverTypeWrapper<Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversTypes['CompanyEdge']> }>;
  CompanyContact: ResolverTypeWrapper<CompanyContactModel>;
  CompanyContactChange: ResolverTypeWrapper<CompanyContactChange>;
  CompanyContactChannel: CompanyContactChannel;
  CompanyContactCorrection: ResolverTypeWrapper<CompanyContactCorrectionModel>;
  CompanyContactCorrectionInput: CompanyContactCorrectionInput;
  CompanyContactField: CompanyContactField;
  CompanyContactInput: CompanyContactInput;
  CompanyContactPayload: ResolverTypeWrapper<Omit<CompanyContactPayload, 'contact'> & { contact?: Maybe<ResolversTypes['CompanyContact']> }>;
  CompanyEdge: ResolverTypeWrapper<Omit<CompanyEdge, 'node'> & { node: ResolversTypes['Company'] }>;
  CompanyFollowUp: ResolverTypeWrapper<CompanyFollowUpModel>;
  CompanyFollowUpInput: CompanyFollowUpInput;
  CompanyFollowUpPayload: ResolverTypeWrapper<Omit<CompanyFollowUpPayload, 'followUp'> & { followUp?: Maybe<ResolversTypes['CompanyFollowUp']> }>;
  CompanyMember: ResolverTypeWrapper<CompanyMemberModel>;
  CompanyMemberPayload: ResolverTypeWrapper<Omit<CompanyMemberPayload, 'member'> & { member?: Maybe<ResolversTypes['CompanyMember']> }>;
  CompanyNeed: ResolverTypeWrapper<CompanyNeedModel>;
  CompanyNeedInput: CompanyNeedInput;
  CompanyNeedPayload: ResolverTypeWrapper<Omit<CompanyNeedPayload, 'need'> & { need?: Maybe<ResolversTypes['CompanyNeed']> }>;
  CompanyNeedStatus: CompanyNeedStatus;
  CompanyPayload: ResolverTypeWrapper<Omit<CompanyPayload, 'company'> & { company?: Maybe<ResolversTypes['Company']> }>;
  CompanyResponseDaysPayload: ResolverTypeWrapper<CompanyResponseDaysPayload>;
  CompanyRole: CompanyRole;
  CompanyServiceFile: ResolverTypeWrapper<CompanyServiceFileModel>;
  CompanyServiceSummary: ResolverTypeWrapper<CompanyServiceSummaryModel>;
  CompanySite: ResolverTypeWrapper<CompanySiteModel>;
  CompanySiteInput: CompanySiteInput;
  CompanySize: CompanySize;
  CompanyStatus: CompanyStatus;
  CompanyTutor: ResolverTypeWrapper<CompanyTutor>;
  CompanyTutorInput: CompanyTutorInput;
  CompleteInternshipInput: CompleteInternshipInput;
  Comune: ResolverTypeWrapper<ComuneModel>;
  ConfirmEmploymentInput: ConfirmEmploymentInput;
  ConfirmEmploymentPayload: ResolverTypeWrapper<Omit<ConfirmEmploymentPayload, 'followUp'> & { followUp?: Maybe<ResolversTypes['FollowUp']> }>;
  Consent: ResolverTypeWrapper<ConsentModel>;
  ConsentPayload: ResolverTypeWrapper<Omit<ConsentPayload, 'consent'> & { consent?: Maybe<ResolversTypes['Consent']> }>;
  ConsentPurpose: ConsentPurpose;
  ContactChannel: ContactChannel;
  ContactChannelCount: ResolverTypeWrapper<ContactChannelCount>;
  ContactComuneCount: ResolverTypeWrapper<ComuneCountModel>;
  ContactOutcome: ContactOutcome;
  ContactOutcomeCount: ResolverTypeWrapper<ContactOutcomeCount>;
  ContactSportelloCount: ResolverTypeWrapper<SportelloCountModel>;
  ContactTopic: ContactTopic;
  ContactTopicCount: ResolverTypeWrapper<ContactTopicCount>;
  ContractClass: ContractClass;
  ContractType: ContractType;
  CountTable: ResolverTypeWrapper<CountTable>;
  CoverLetter: ResolverTypeWrapper<CoverLetterModel>;
  CoverLetterEditor: ResolverTypeWrapper<CoverLetterEditor>;
  CoverLetterInput: CoverLetterInput;
  CoverLetterPayload: ResolverTypeWrapper<Omit<CoverLetterPayload, 'coverLetter'> & { coverLetter?: Maybe<ResolversTypes['CoverLetter']> }>;
  CoverLetterTemplate: ResolverTypeWrapper<CoverLetterTemplateModel>;
  CreateApiClientInput: CreateApiClientInput;
  CreateApiClientPayload: ResolverTypeWrapper<Omit<CreateApiClientPayload, 'apiClient'> & { apiClient?: Maybe<ResolversTypes['ApiClient']> }>;
  CreateOperatorInput: CreateOperatorInput;
  CreateOperatorPayload: ResolverTypeWrapper<Omit<CreateOperatorPayload, 'operator'> & { operator?: Maybe<ResolversTypes['Operator']> }>;
  CreateSportelloInput: CreateSportelloInput;
  CreateSportelloPayload: ResolverTypeWrapper<Omit<CreateSportelloPayload, 'sportello'> & { sportello?: Maybe<ResolversTypes['Sportello']> }>;
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  CreateWebhookSubscriptionPayload: ResolverTypeWrapper<Omit<CreateWebhookSubscriptionPayload, 'subscription'> & { subscription?: Maybe<ResolversTypes['WebhookSubscription']> }>;
  Cv: ResolverTypeWrapper<CvViewModel>;
  CvCertification: ResolverTypeWrapper<CvCertification>;
  CvCertificationInput: CvCertificationInput;
  CvCompleteness: ResolverTypeWrapper<CvCompleteness>;
  CvEducation: ResolverTypeWrapper<CvEducationRecordModel>;
  CvEducationInput: CvEducationInput;
  CvExperience: ResolverTypeWrapper<Omit<CvExperience, 'comune' | 'occupation'> & { comune?: Maybe<ResolversTypes['Comune']>, occupation?: Maybe<ResolversTypes['EscoOccupation']> }>;
  CvExperienceInput: CvExperienceInput;
  CvInput: CvInput;
  CvLanguage: ResolverTypeWrapper<CvLanguage>;
  CvLanguageInput: CvLanguageInput;
  CvMissingItem: ResolverTypeWrapper<CvMissingItem>;
  CvSection: CvSection;
  CvSkill: ResolverTypeWrapper<CvSkillRecordModel>;
  CvSkillInput: CvSkillInput;
  CvSkillSource: CvSkillSource;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteCoverLetterPayload: ResolverTypeWrapper<DeleteCoverLetterPayload>;
  DiaryContactChannel: DiaryContactChannel;
  DiaryContactOutcome: DiaryContactOutcome;
  DiaryEntry: ResolverTypeWrapper<DiaryEntryModel>;
  DiaryEntryInput: DiaryEntryInput;
  DiaryEntryPayload: ResolverTypeWrapper<Omit<DiaryEntryPayload, 'entry'> & { entry?: Maybe<ResolversTypes['DiaryEntry']> }>;
  DiaryVisibility: DiaryVisibility;
  DisabilityCategory: DisabilityCategory;
  DraftCoverLetterInput: DraftCoverLetterInput;
  DrivingLicence: DrivingLicence;
  EducationTitle: ResolverTypeWrapper<EducationTitleModel>;
  EligibilityCheck: ResolverTypeWrapper<EligibilityCheck>;
  EligibilityRule: EligibilityRule;
  EligibilityRules: ResolverTypeWrapper<EligibilityRulesModel>;
  EligibilityRulesInput: EligibilityRulesInput;
  EmploymentCheck: ResolverTypeWrapper<OutcomeModel>;
  EmploymentCheckConnection: ResolverTypeWrapper<Omit<EmploymentCheckConnection, 'edges'> & { edges: Array<ResolversTypes['EmploymentCheckEdge']> }>;
  EmploymentCheckEdge: ResolverTypeWrapper<Omit<EmploymentCheckEdge, 'node'> & { node: ResolversTypes['EmploymentCheck'] }>;
  EmploymentStatus: EmploymentStatus;
  ErasureOrigin: ErasureOrigin;
  ErasureRequest: ResolverTypeWrapper<ErasureRequest>;
  ErasureStatus: ErasureStatus;
  EscoOccupation: ResolverTypeWrapper<EscoOccupationModel>;
  EscoSkill: ResolverTypeWrapper<EscoSkillModel>;
  EscoSkillRelation: EscoSkillRelation;
  ExecuteErasurePayload: ResolverTypeWrapper<ExecuteErasurePayload>;
  FeeStatus: FeeStatus;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FollowUp: ResolverTypeWrapper<FollowUpModel>;
  FollowUpSource: FollowUpSource;
  FrontDeskContact: ResolverTypeWrapper<FrontDeskContactModel>;
  FrontDeskContactConnection: ResolverTypeWrapper<Omit<FrontDeskContactConnection, 'edges'> & { edges: Array<ResolversTypes['FrontDeskContactEdge']> }>;
  FrontDeskContactEdge: ResolverTypeWrapper<Omit<FrontDeskContactEdge, 'node'> & { node: ResolversTypes['FrontDeskContact'] }>;
  FrontDeskContactInput: FrontDeskContactInput;
  FrontDeskContactPayload: ResolverTypeWrapper<Omit<FrontDeskContactPayload, 'contact'> & { contact?: Maybe<ResolversTypes['FrontDeskContact']> }>;
  FrontDeskCounts: ResolverTypeWrapper<FrontDeskCountsModel>;
  FundingContract: ResolverTypeWrapper<FundingContractModel>;
  FundingContractInput: FundingContractInput;
  FundingContractPayload: ResolverTypeWrapper<Omit<FundingContractPayload, 'contract'> & { contract?: Maybe<ResolversTypes['FundingContract']> }>;
  GroupActivity: ResolverTypeWrapper<GroupActivityModel>;
  GroupActivityConnection: ResolverTypeWrapper<Omit<GroupActivityConnection, 'edges'> & { edges: Array<ResolversTypes['GroupActivityEdge']> }>;
  GroupActivityEdge: ResolverTypeWrapper<Omit<GroupActivityEdge, 'node'> & { node: ResolversTypes['GroupActivity'] }>;
  GroupActivityInput: GroupActivityInput;
  GroupActivityKind: GroupActivityKind;
  GroupActivityPayload: ResolverTypeWrapper<Omit<GroupActivityPayload, 'groupActivity'> & { groupActivity?: Maybe<ResolversTypes['GroupActivity']> }>;
  GroupActivityStatus: GroupActivityStatus;
  GroupAttendance: ResolverTypeWrapper<AttendanceRecordModel>;
  GroupEnrolment: ResolverTypeWrapper<GroupEnrolmentModel>;
  GroupEnrolmentConnection: ResolverTypeWrapper<Omit<GroupEnrolmentConnection, 'edges'> & { edges: Array<ResolversTypes['GroupEnrolmentEdge']> }>;
  GroupEnrolmentEdge: ResolverTypeWrapper<Omit<GroupEnrolmentEdge, 'node'> & { node: ResolversTypes['GroupEnrolment'] }>;
  GroupEnrolmentPayload: ResolverTypeWrapper<Omit<GroupEnrolmentPayload, 'enrolment'> & { enrolment?: Maybe<ResolversTypes['GroupEnrolment']> }>;
  GroupEnrolmentStatus: GroupEnrolmentStatus;
  GroupMedian: ResolverTypeWrapper<GroupMedian>;
  GroupSession: ResolverTypeWrapper<GroupSessionModel>;
  GroupSessionInput: GroupSessionInput;
  GroupSessionPayload: ResolverTypeWrapper<Omit<GroupSessionPayload, 'session'> & { session?: Maybe<ResolversTypes['GroupSession']> }>;
  HireInput: HireInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Internship: ResolverTypeWrapper<InternshipModel>;
  InternshipConnection: ResolverTypeWrapper<Omit<InternshipConnection, 'edges'> & { edges: Array<ResolversTypes['InternshipEdge']> }>;
  InternshipEdge: ResolverTypeWrapper<Omit<InternshipEdge, 'node'> & { node: ResolversTypes['Internship'] }>;
  InternshipEvaluation: ResolverTypeWrapper<InternshipEvaluation>;
  InternshipHireInput: InternshipHireInput;
  InternshipMonitoringEntry: ResolverTypeWrapper<MonitoringEntryModel>;
  InternshipOutcome: InternshipOutcome;
  InternshipPayload: ResolverTypeWrapper<Omit<InternshipPayload, 'internship'> & { internship?: Maybe<ResolversTypes['Internship']> }>;
  InternshipStatus: InternshipStatus;
  InternshipStatusEvent: ResolverTypeWrapper<InternshipEventModel>;
  InternshipType: InternshipType;
  Interview: ResolverTypeWrapper<InterviewModel>;
  InterviewConnection: ResolverTypeWrapper<Omit<InterviewConnection, 'edges'> & { edges: Array<ResolversTypes['InterviewEdge']> }>;
  InterviewEdge: ResolverTypeWrapper<Omit<InterviewEdge, 'node'> & { node: ResolversTypes['Interview'] }>;
  InterviewPayload: ResolverTypeWrapper<Omit<InterviewPayload, 'interview'> & { interview?: Maybe<ResolversTypes['Interview']> }>;
  InterviewStatus: InterviewStatus;
  InviteCompanyMemberInput: InviteCompanyMemberInput;
  JobAlert: ResolverTypeWrapper<JobAlertModel>;
  JobAlertFrequency: JobAlertFrequency;
  JobAlertInput: JobAlertInput;
  JobAlertPayload: ResolverTypeWrapper<Omit<JobAlertPayload, 'jobAlert'> & { jobAlert?: Maybe<ResolversTypes['JobAlert']> }>;
  LabourMarketReport: ResolverTypeWrapper<LabourMarketReportModel>;
  LinkSpidCieInput: LinkSpidCieInput;
  LinkedIdentity: ResolverTypeWrapper<LinkedIdentity>;
  LiveEvent: ResolverTypeWrapper<LiveEventModel>;
  LiveEventKind: LiveEventKind;
  LoginInput: LoginInput;
  LoginPayload: ResolverTypeWrapper<Omit<LoginPayload, 'session'> & { session?: Maybe<ResolversTypes['Session']> }>;
  MarkNotificationsReadPayload: ResolverTypeWrapper<MarkNotificationsReadPayload>;
  MatchComponent: MatchComponent;
  MatchComponentScore: ResolverTypeWrapper<MatchComponentScore>;
  Membership: ResolverTypeWrapper<MembershipRecordModel>;
  MembershipFee: ResolverTypeWrapper<MembershipFeeRecordModel>;
  MicrocreditPartner: ResolverTypeWrapper<MicrocreditPartnerModel>;
  MicrocreditPartnerInput: MicrocreditPartnerInput;
  MicrocreditPartnerPayload: ResolverTypeWrapper<Omit<MicrocreditPartnerPayload, 'partner'> & { partner?: Maybe<ResolversTypes['MicrocreditPartner']> }>;
  MicrocreditReferral: ResolverTypeWrapper<MicrocreditReferralModel>;
  MicrocreditReferralEvent: ResolverTypeWrapper<MicrocreditReferralEventModel>;
  MicrocreditReferralStatus: MicrocreditReferralStatus;
  MonitoringAuthorSide: MonitoringAuthorSide;
  MonitoringEntryInput: MonitoringEntryInput;
  MonthlyStatement: ResolverTypeWrapper<MonthlyStatement>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  MyErasure: ResolverTypeWrapper<MyErasure>;
  Network: ResolverTypeWrapper<NetworkModel>;
  NetworkPayload: ResolverTypeWrapper<Omit<NetworkPayload, 'network'> & { network?: Maybe<ResolversTypes['Network']> }>;
  NetworkPrivacyInput: NetworkPrivacyInput;
  Notification: ResolverTypeWrapper<NotificationModel>;
  NotificationConnection: ResolverTypeWrapper<Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversTypes['NotificationEdge']> }>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationKind: NotificationKind;
  NotificationPreference: ResolverTypeWrapper<NotificationPreference>;
  NotificationPreferencePayload: ResolverTypeWrapper<NotificationPreferencePayload>;
  OkPayload: ResolverTypeWrapper<OkPayload>;
  Operator: ResolverTypeWrapper<OperatorRecordModel>;
  OrientationConstraints: ResolverTypeWrapper<OrientationConstraints>;
  OrientationPurpose: OrientationPurpose;
  OrientationRecord: ResolverTypeWrapper<OrientationRecordViewModel>;
  OrientationRecordInput: OrientationRecordInput;
  OrientationRecordPayload: ResolverTypeWrapper<Omit<OrientationRecordPayload, 'record'> & { record?: Maybe<ResolversTypes['OrientationRecord']> }>;
  Outcome: ResolverTypeWrapper<OutcomeModel>;
  OutcomeConnection: ResolverTypeWrapper<Omit<OutcomeConnection, 'edges'> & { edges: Array<ResolversTypes['OutcomeEdge']> }>;
  OutcomeEdge: ResolverTypeWrapper<Omit<OutcomeEdge, 'node'> & { node: ResolversTypes['Outcome'] }>;
  OutcomeEligibility: ResolverTypeWrapper<EligibilityViewModel>;
  OutcomeIneligibility: OutcomeIneligibility;
  OutcomeKind: OutcomeKind;
  OutcomeTargetGroup: OutcomeTargetGroup;
  OutplacementProject: ResolverTypeWrapper<OutplacementProjectModel>;
  OutplacementProjectConnection: ResolverTypeWrapper<Omit<OutplacementProjectConnection, 'edges'> & { edges: Array<ResolversTypes['OutplacementProjectEdge']> }>;
  OutplacementProjectEdge: ResolverTypeWrapper<Omit<OutplacementProjectEdge, 'node'> & { node: ResolversTypes['OutplacementProject'] }>;
  OutplacementProjectInput: OutplacementProjectInput;
  OutplacementProjectPayload: ResolverTypeWrapper<Omit<OutplacementProjectPayload, 'project'> & { project?: Maybe<ResolversTypes['OutplacementProject']> }>;
  OutplacementReason: OutplacementReason;
  OutplacementStatusCount: ResolverTypeWrapper<OutplacementStatusCount>;
  OutplacementSummary: ResolverTypeWrapper<OutplacementSummary>;
  OutplacementWorker: ResolverTypeWrapper<OutplacementWorkerModel>;
  OutplacementWorkerEvent: ResolverTypeWrapper<OutplacementWorkerEventModel>;
  OutplacementWorkerPayload: ResolverTypeWrapper<Omit<OutplacementWorkerPayload, 'worker'> & { worker?: Maybe<ResolversTypes['OutplacementWorker']> }>;
  OutplacementWorkerStatus: OutplacementWorkerStatus;
  OutplacementWorkerStatusInput: OutplacementWorkerStatusInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PattoAcceptanceChannel: PattoAcceptanceChannel;
  PattoAction: ResolverTypeWrapper<PattoActionModel>;
  PattoActionAssignee: PattoActionAssignee;
  PattoActionInput: PattoActionInput;
  PattoActionKind: PattoActionKind;
  PattoActionPayload: ResolverTypeWrapper<Omit<PattoActionPayload, 'action'> & { action?: Maybe<ResolversTypes['PattoAction']> }>;
  PattoActionStatus: PattoActionStatus;
  PattoInput: PattoInput;
  PattoPayload: ResolverTypeWrapper<Omit<PattoPayload, 'patto'> & { patto?: Maybe<ResolversTypes['PattoVersion']> }>;
  PattoVersion: ResolverTypeWrapper<PattoVersionModel>;
  Placement: ResolverTypeWrapper<PlacementModel>;
  PlacementConnection: ResolverTypeWrapper<Omit<PlacementConnection, 'edges'> & { edges: Array<ResolversTypes['PlacementEdge']> }>;
  PlacementEdge: ResolverTypeWrapper<Omit<PlacementEdge, 'node'> & { node: ResolversTypes['Placement'] }>;
  PlacementPayload: ResolverTypeWrapper<Omit<PlacementPayload, 'placement'> & { placement?: Maybe<ResolversTypes['Placement']> }>;
  PlacementSource: PlacementSource;
  Portal: Portal;
  Program: ResolverTypeWrapper<ProgramModel>;
  ProgramApplication: ResolverTypeWrapper<ProgramApplicationModel>;
  ProgramApplicationConnection: ResolverTypeWrapper<Omit<ProgramApplicationConnection, 'edges'> & { edges: Array<ResolversTypes['ProgramApplicationEdge']> }>;
  ProgramApplicationEdge: ResolverTypeWrapper<Omit<ProgramApplicationEdge, 'node'> & { node: ResolversTypes['ProgramApplication'] }>;
  ProgramApplicationPayload: ResolverTypeWrapper<Omit<ProgramApplicationPayload, 'application'> & { application?: Maybe<ResolversTypes['ProgramApplication']> }>;
  ProgramAssignmentInput: ProgramAssignmentInput;
  ProgramCall: ResolverTypeWrapper<ProgramCallModel>;
  ProgramCallConnection: ResolverTypeWrapper<Omit<ProgramCallConnection, 'edges'> & { edges: Array<ResolversTypes['ProgramCallEdge']> }>;
  ProgramCallEdge: ResolverTypeWrapper<Omit<ProgramCallEdge, 'node'> & { node: ResolversTypes['ProgramCall'] }>;
  ProgramCallInput: ProgramCallInput;
  ProgramCallPayload: ResolverTypeWrapper<Omit<ProgramCallPayload, 'call'> & { call?: Maybe<ResolversTypes['ProgramCall']> }>;
  ProgramConnection: ResolverTypeWrapper<Omit<ProgramConnection, 'edges'> & { edges: Array<ResolversTypes['ProgramEdge']> }>;
  ProgramDeclarationInput: ProgramDeclarationInput;
  ProgramEdge: ResolverTypeWrapper<Omit<ProgramEdge, 'node'> & { node: ResolversTypes['Program'] }>;
  ProgramHireInput: ProgramHireInput;
  ProgramInput: ProgramInput;
  ProgramOutcome: ProgramOutcome;
  ProgramParticipation: ResolverTypeWrapper<ProgramParticipationModel>;
  ProgramParticipationPayload: ResolverTypeWrapper<Omit<ProgramParticipationPayload, 'participation'> & { participation?: Maybe<ResolversTypes['ProgramParticipation']> }>;
  ProgramParticipationStatus: ProgramParticipationStatus;
  ProgramPayload: ResolverTypeWrapper<Omit<ProgramPayload, 'program'> & { program?: Maybe<ResolversTypes['Program']> }>;
  ProgramTargetGroup: ProgramTargetGroup;
  ProposalStatus: ProposalStatus;
  ProposeInternshipInput: ProposeInternshipInput;
  ProposeInterviewInput: ProposeInterviewInput;
  PseudonymousCandidate: ResolverTypeWrapper<Omit<PseudonymousCandidate, 'experiences' | 'soughtOccupations'> & { experiences: Array<ResolversTypes['PseudonymousExperience']>, soughtOccupations: Array<ResolversTypes['EscoOccupation']> }>;
  PseudonymousExperience: ResolverTypeWrapper<Omit<PseudonymousExperience, 'occupation'> & { occupation?: Maybe<ResolversTypes['EscoOccupation']> }>;
  PublishSlotInput: PublishSlotInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankingCriteria: ResolverTypeWrapper<RankingCriteria>;
  RankingCriteriaInput: RankingCriteriaInput;
  RankingRow: ResolverTypeWrapper<RankingRowModel>;
  ReceivedCompanyService: ResolverTypeWrapper<ReceivedCompanyService>;
  ReceivedCompanyServices: ResolverTypeWrapper<ReceivedCompanyServicesModel>;
  RecordPlacementInput: RecordPlacementInput;
  RecoveryCodesPayload: ResolverTypeWrapper<RecoveryCodesPayload>;
  RegisterApiClientOperationsPayload: ResolverTypeWrapper<RegisterApiClientOperationsPayload>;
  RegisterCitizenByOperatorInput: RegisterCitizenByOperatorInput;
  RegisterCitizenInput: RegisterCitizenInput;
  RegisterCitizenPayload: ResolverTypeWrapper<Omit<RegisterCitizenPayload, 'citizen'> & { citizen?: Maybe<ResolversTypes['Citizen']> }>;
  RegisterCompanyInput: RegisterCompanyInput;
  RegisterWithSpidCieInput: RegisterWithSpidCieInput;
  RegisteredOperation: ResolverTypeWrapper<RegisteredOperation>;
  ReportChart: ResolverTypeWrapper<ReportChart>;
  ReportMinCountPayload: ResolverTypeWrapper<ReportMinCountPayload>;
  RequestErasurePayload: ResolverTypeWrapper<RequestErasurePayload>;
  RetentionPolicy: ResolverTypeWrapper<RetentionPolicy>;
  RetentionPolicyPayload: ResolverTypeWrapper<RetentionPolicyPayload>;
  SaveCvPayload: ResolverTypeWrapper<Omit<SaveCvPayload, 'cv'> & { cv?: Maybe<ResolversTypes['Cv']> }>;
  SecondFactorChallenge: ResolverTypeWrapper<SecondFactorChallenge>;
  SecondFactorInput: SecondFactorInput;
  Session: ResolverTypeWrapper<SessionModel>;
  SessionPayload: ResolverTypeWrapper<Omit<SessionPayload, 'session'> & { session?: Maybe<ResolversTypes['Session']> }>;
  SkillBalance: ResolverTypeWrapper<SkillBalance>;
  SkillGapItem: ResolverTypeWrapper<Omit<SkillGapItem, 'skill'> & { skill: ResolversTypes['EscoSkill'] }>;
  SkillGapStatus: SkillGapStatus;
  SkillLevel: SkillLevel;
  SkillsGap: ResolverTypeWrapper<SkillsGapModel>;
  SkillsGapCoverage: ResolverTypeWrapper<SkillsGapCoverage>;
  SkillsGapInternshipHost: ResolverTypeWrapper<Omit<SkillsGapInternshipHost, 'skills'> & { skills: Array<ResolversTypes['EscoSkill']> }>;
  SkillsGapTrainingModule: ResolverTypeWrapper<GapTrainingModuleModel>;
  SkillsGapVacancy: ResolverTypeWrapper<GapVacancyModel>;
  SkillsGapVacancyConnection: ResolverTypeWrapper<Omit<SkillsGapVacancyConnection, 'edges'> & { edges: Array<ResolversTypes['SkillsGapVacancyEdge']> }>;
  SkillsGapVacancyEdge: ResolverTypeWrapper<Omit<SkillsGapVacancyEdge, 'node'> & { node: ResolversTypes['SkillsGapVacancy'] }>;
  SpecialCategories: ResolverTypeWrapper<SpecialCategoriesModel>;
  SpecialCategoriesInput: SpecialCategoriesInput;
  SpecialCategoriesPayload: ResolverTypeWrapper<Omit<SpecialCategoriesPayload, 'specialCategories'> & { specialCategories?: Maybe<ResolversTypes['SpecialCategories']> }>;
  SpidCieIdentity: ResolverTypeWrapper<SpidCieIdentity>;
  SpidCieLogin: ResolverTypeWrapper<SpidCieLogin>;
  SpidCieLoginPayload: ResolverTypeWrapper<Omit<SpidCieLoginPayload, 'session'> & { session?: Maybe<ResolversTypes['Session']> }>;
  Sportello: ResolverTypeWrapper<SportelloRecordModel>;
  SportelloCaseCounts: ResolverTypeWrapper<SportelloCaseCountsModel>;
  StaffTwoFactorPolicyPayload: ResolverTypeWrapper<StaffTwoFactorPolicyPayload>;
  StartTotpEnrolmentPayload: ResolverTypeWrapper<StartTotpEnrolmentPayload>;
  Statement: ResolverTypeWrapper<StatementModel>;
  StatementLine: ResolverTypeWrapper<StatementLineViewModel>;
  StatementLineKind: StatementLineKind;
  StatementPayload: ResolverTypeWrapper<Omit<StatementPayload, 'statement'> & { statement?: Maybe<ResolversTypes['Statement']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Tally: ResolverTypeWrapper<Tally>;
  TargetGroup: TargetGroup;
  Tariff: ResolverTypeWrapper<TariffModel>;
  TariffInput: TariffInput;
  TotpEnrolment: ResolverTypeWrapper<TotpEnrolment>;
  TrainingEnrolment: ResolverTypeWrapper<TrainingEnrolmentModel>;
  TrainingEnrolmentConnection: ResolverTypeWrapper<Omit<TrainingEnrolmentConnection, 'edges'> & { edges: Array<ResolversTypes['TrainingEnrolmentEdge']> }>;
  TrainingEnrolmentEdge: ResolverTypeWrapper<Omit<TrainingEnrolmentEdge, 'node'> & { node: ResolversTypes['TrainingEnrolment'] }>;
  TrainingEnrolmentPayload: ResolverTypeWrapper<Omit<TrainingEnrolmentPayload, 'enrolment'> & { enrolment?: Maybe<ResolversTypes['TrainingEnrolment']> }>;
  TrainingEnrolmentStatus: TrainingEnrolmentStatus;
  TrainingMode: TrainingMode;
  TrainingModule: ResolverTypeWrapper<TrainingModuleModel>;
  TrainingModuleConnection: ResolverTypeWrapper<Omit<TrainingModuleConnection, 'edges'> & { edges: Array<ResolversTypes['TrainingModuleEdge']> }>;
  TrainingModuleEdge: ResolverTypeWrapper<Omit<TrainingModuleEdge, 'node'> & { node: ResolversTypes['TrainingModule'] }>;
  TrainingModuleInput: TrainingModuleInput;
  TrainingModulePayload: ResolverTypeWrapper<Omit<TrainingModulePayload, 'trainingModule'> & { trainingModule?: Maybe<ResolversTypes['TrainingModule']> }>;
  TrainingModuleStatus: TrainingModuleStatus;
  TrainingSkill: ResolverTypeWrapper<Omit<TrainingSkill, 'skill'> & { skill: ResolversTypes['EscoSkill'] }>;
  TrainingSkillInput: TrainingSkillInput;
  TransportMeans: TransportMeans;
  TwoFactorStatus: ResolverTypeWrapper<TwoFactorStatus>;
  TwoFactorStepUpInput: TwoFactorStepUpInput;
  UnsubscribePayload: ResolverTypeWrapper<UnsubscribePayload>;
  UpdateCitizenProfileInput: UpdateCitizenProfileInput;
  UpdateCompanyProfileInput: UpdateCompanyProfileInput;
  UserError: ResolverTypeWrapper<UserError>;
  Vacancy: ResolverTypeWrapper<VacancyModel>;
  VacancyConnection: ResolverTypeWrapper<Omit<VacancyConnection, 'edges'> & { edges: Array<ResolversTypes['VacancyEdge']> }>;
  VacancyEdge: ResolverTypeWrapper<Omit<VacancyEdge, 'node'> & { node: ResolversTypes['Vacancy'] }>;
  VacancyFromNeedPayload: ResolverTypeWrapper<Omit<VacancyFromNeedPayload, 'need' | 'vacancy'> & { need?: Maybe<ResolversTypes['CompanyNeed']>, vacancy?: Maybe<ResolversTypes['Vacancy']> }>;
  VacancyInput: VacancyInput;
  VacancyLanguage: ResolverTypeWrapper<VacancyLanguageModel>;
  VacancyLanguageInput: VacancyLanguageInput;
  VacancyMatch: ResolverTypeWrapper<VacancyMatchModel>;
  VacancyPayRulePayload: ResolverTypeWrapper<VacancyPayRulePayload>;
  VacancyPayload: ResolverTypeWrapper<Omit<VacancyPayload, 'vacancy'> & { vacancy?: Maybe<ResolversTypes['Vacancy']> }>;
  VacancySearchInput: VacancySearchInput;
  VacancySkill: ResolverTypeWrapper<VacancySkillRecordModel>;
  VacancySkillInput: VacancySkillInput;
  VacancyStatus: VacancyStatus;
  Viewer: ResolverTypeWrapper<UserModel>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryViewModel>;
  WebhookDeliveryAttempt: ResolverTypeWrapper<WebhookDeliveryAttempt>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryPayload: ResolverTypeWrapper<Omit<WebhookDeliveryPayload, 'delivery'> & { delivery?: Maybe<ResolversTypes['WebhookDelivery']> }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEventKind: WebhookEventKind;
  WebhookSubscription: ResolverTypeWrapper<WebhookSubscriptionViewModel>;
  WebhookSubscriptionPayload: ResolverTypeWrapper<Omit<WebhookSubscriptionPayload, 'subscription'> & { subscription?: Maybe<ResolversTypes['WebhookSubscription']> }>;
  WorkingHours: WorkingHours;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcquiredSkill: Omit<AcquiredSkill, 'skill'> & { skill: ResolversParentTypes['EscoSkill'] };
  AcquiredSkillInput: AcquiredSkillInput;
  ApiClient: ApiClientRecordModel;
  ApiClientPayload: Omit<ApiClientPayload, 'apiClient'> & { apiClient?: Maybe<ResolversParentTypes['ApiClient']> };
  Application: ApplicationModel;
  ApplicationConnection: Omit<ApplicationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApplicationEdge']> };
  ApplicationEdge: Omit<ApplicationEdge, 'node'> & { node: ResolversParentTypes['Application'] };
  ApplicationEvent: ApplicationEventModel;
  ApplicationPayload: Omit<ApplicationPayload, 'application'> & { application?: Maybe<ResolversParentTypes['Application']> };
  AppointmentSlot: SlotModel;
  AppointmentSlotConnection: Omit<AppointmentSlotConnection, 'edges'> & { edges: Array<ResolversParentTypes['AppointmentSlotEdge']> };
  AppointmentSlotEdge: Omit<AppointmentSlotEdge, 'node'> & { node: ResolversParentTypes['AppointmentSlot'] };
  AppointmentSlotPayload: Omit<AppointmentSlotPayload, 'slot'> & { slot?: Maybe<ResolversParentTypes['AppointmentSlot']> };
  AtecoActivity: AtecoModel;
  AttendanceDay: AttendanceDay;
  AttendanceFigures: AttendanceFigures;
  AttendanceInput: AttendanceInput;
  Availability: Availability;
  AvailabilityInput: AvailabilityInput;
  Booking: BookingModel;
  BookingConnection: Omit<BookingConnection, 'edges'> & { edges: Array<ResolversParentTypes['BookingEdge']> };
  BookingEdge: Omit<BookingEdge, 'node'> & { node: ResolversParentTypes['Booking'] };
  BookingPayload: Omit<BookingPayload, 'booking'> & { booking?: Maybe<ResolversParentTypes['Booking']> };
  Boolean: Scalars['Boolean']['output'];
  BusinessIdea: BusinessIdeaModel;
  BusinessIdeaConnection: Omit<BusinessIdeaConnection, 'edges'> & { edges: Array<ResolversParentTypes['BusinessIdeaEdge']> };
  BusinessIdeaEdge: Omit<BusinessIdeaEdge, 'node'> & { node: ResolversParentTypes['BusinessIdea'] };
  BusinessIdeaInput: BusinessIdeaInput;
  BusinessIdeaPayload: Omit<BusinessIdeaPayload, 'businessIdea'> & { businessIdea?: Maybe<ResolversParentTypes['BusinessIdea']> };
  BusinessPlanChecklistItem: BusinessPlanChecklistItem;
  CandidateMatch: CandidateMatchModel;
  CandidateMatchFilter: CandidateMatchFilter;
  CandidateStanding: CandidateStanding;
  Case: CaseModel;
  CaseAssignment: CaseAssignmentModel;
  CaseAssignmentPayload: Omit<CaseAssignmentPayload, 'caseAssignment'> & { caseAssignment?: Maybe<ResolversParentTypes['CaseAssignment']> };
  CaseConnection: Omit<CaseConnection, 'edges'> & { edges: Array<ResolversParentTypes['CaseEdge']> };
  CaseEdge: Omit<CaseEdge, 'node'> & { node: ResolversParentTypes['Case'] };
  CasePayload: Omit<CasePayload, 'case'> & { case?: Maybe<ResolversParentTypes['Case']> };
  CaseworkToday: CaseworkTodayScopeModel;
  Checkpoint: CheckpointViewModel;
  Citizen: CitizenRecordModel;
  CitizenConnection: Omit<CitizenConnection, 'edges'> & { edges: Array<ResolversParentTypes['CitizenEdge']> };
  CitizenEdge: Omit<CitizenEdge, 'node'> & { node: ResolversParentTypes['Citizen'] };
  CitizenPayload: Omit<CitizenPayload, 'citizen'> & { citizen?: Maybe<ResolversParentTypes['Citizen']> };
  Company: CompanyModel;
  CompanyAnswerTimes: CompanyAnswerTimes;
  CompanyConnection: Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversParentTypes['CompanyEdge']> };
  CompanyContact: CompanyContactModel;
  CompanyContactChange: CompanyContactChange;
  CompanyContactCorrection: CompanyContactCorrectionModel;
  CompanyContactCorrectionInput: CompanyContactCorrectionInput;
  CompanyContactInput: CompanyContactInput;
  CompanyContactPayload: Omit<CompanyContactPayload, 'contact'> & { contact?: Maybe<ResolversParentTypes['CompanyContact']> };
  CompanyEdge: Omit<CompanyEdge, 'node'> & { node: ResolversParentTypes['Company'] };
  CompanyFollowUp: CompanyFollowUpModel;
  CompanyFollowUpInput: CompanyFollowUpInput;
  CompanyFollowUpPayload: Omit<CompanyFollowUpPayload, 'followUp'> & { followUp?: Maybe<ResolversParentTypes['CompanyFollowUp']> };
  CompanyMember: CompanyMemberModel;
  CompanyMemberPayload: Omit<CompanyMemberPayload, 'member'> & { member?: Maybe<ResolversParentTypes['CompanyMember']> };
  CompanyNeed: CompanyNeedModel;
  CompanyNeedInput: CompanyNeedInput;
  CompanyNeedPayload: Omit<CompanyNeedPayload, 'need'> & { need?: Maybe<ResolversParentTypes['CompanyNeed']> };
  CompanyPayload: Omit<CompanyPayload, 'company'> & { company?: Maybe<ResolversParentTypes['Company']> };
  CompanyResponseDaysPayload: CompanyResponseDaysPayload;
  CompanyServiceFile: CompanyServiceFileModel;
  CompanyServiceSummary: CompanyServiceSummaryModel;
  CompanySite: CompanySiteModel;
  CompanySiteInput: CompanySiteInput;
  CompanyTutor: CompanyTutor;
  CompanyTutorInput: CompanyTutorInput;
  CompleteInternshipInput: CompleteInternshipInput;
  Comune: ComuneModel;
  ConfirmEmploymentInput: ConfirmEmploymentInput;
  ConfirmEmploymentPayload: Omit<ConfirmEmploymentPayload, 'followUp'> & { followUp?: Maybe<ResolversParentTypes['FollowUp']> };
  Consent: ConsentModel;
  ConsentPayload: Omit<ConsentPayload, 'consent'> & { consent?: Maybe<ResolversParentTypes['Consent']> };
  ContactChannelCount: ContactChannelCount;
  ContactComuneCount: ComuneCountModel;
  ContactOutcomeCount: ContactOutcomeCount;
  ContactSportelloCount: SportelloCountModel;
  ContactTopicCount: ContactTopicCount;
  CountTable: CountTable;
  CoverLetter: CoverLetterModel;
  CoverLetterEditor: CoverLetterEditor;
  CoverLetterInput: CoverLetterInput;
  CoverLetterPayload: Omit<CoverLetterPayload, 'coverLetter'> & { coverLetter?: Maybe<ResolversParentTypes['CoverLetter']> };
  CoverLetterTemplate: CoverLetterTemplateModel;
  CreateApiClientInput: CreateApiClientInput;
  CreateApiClientPayload: Omit<CreateApiClientPayload, 'apiClient'> & { apiClient?: Maybe<ResolversParentTypes['ApiClient']> };
  CreateOperatorInput: CreateOperatorInput;
  CreateOperatorPayload: Omit<CreateOperatorPayload, 'operator'> & { operator?: Maybe<ResolversParentTypes['Operator']> };
  CreateSportelloInput: CreateSportelloInput;
  CreateSportelloPayload: Omit<CreateSportelloPayload, 'sportello'> & { sportello?: Maybe<ResolversParentTypes['Sportello']> };
  CreateWebhookSubscriptionInput: CreateWebhookSubscriptionInput;
  CreateWebhookSubscriptionPayload: Omit<CreateWebhookSubscriptionPayload, 'subscription'> & { subscription?: Maybe<ResolversParentTypes['WebhookSubscription']> };
  Cv: CvViewModel;
  CvCertification: CvCertification;
  CvCertificationInput: CvCertificationInput;
  CvCompleteness: CvCompleteness;
  CvEducation: CvEducationRecordModel;
  CvEducationInput: CvEducationInput;
  CvExperience: Omit<CvExperience, 'comune' | 'occupation'> & { comune?: Maybe<ResolversParentTypes['Comune']>, occupation?: Maybe<ResolversParentTypes['EscoOccupation']> };
  CvExperienceInput: CvExperienceInput;
  CvInput: CvInput;
  CvLanguage: CvLanguage;
  CvLanguageInput: CvLanguageInput;
  CvMissingItem: CvMissingItem;
  CvSkill: CvSkillRecordModel;
  CvSkillInput: CvSkillInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteCoverLetterPayload: DeleteCoverLetterPayload;
  DiaryEntry: DiaryEntryModel;
  DiaryEntryInput: DiaryEntryInput;
  DiaryEntryPayload: Omit<DiaryEntryPayload, 'entry'> & { entry?: Maybe<ResolversParentTypes['DiaryEntry']> };
  DraftCoverLetterInput: DraftCoverLetterInput;
  EducationTitle: EducationTitleModel;
  EligibilityCheck: EligibilityCheck;
  EligibilityRules: EligibilityRulesModel;
  EligibilityRulesInput: EligibilityRulesInput;
  EmploymentCheck: OutcomeModel;
  EmploymentCheckConnection: Omit<EmploymentCheckConnection, 'edges'> & { edges: Array<ResolversParentTypes['EmploymentCheckEdge']> };
  EmploymentCheckEdge: Omit<EmploymentCheckEdge, 'node'> & { node: ResolversParentTypes['EmploymentCheck'] };
  ErasureRequest: ErasureRequest;
  EscoOccupation: EscoOccupationModel;
  EscoSkill: EscoSkillModel;
  ExecuteErasurePayload: ExecuteErasurePayload;
  Float: Scalars['Float']['output'];
  FollowUp: FollowUpModel;
  FrontDeskContact: FrontDeskContactModel;
  FrontDeskContactConnection: Omit<FrontDeskContactConnection, 'edges'> & { edges: Array<ResolversParentTypes['FrontDeskContactEdge']> };
  FrontDeskContactEdge: Omit<FrontDeskContactEdge, 'node'> & { node: ResolversParentTypes['FrontDeskContact'] };
  FrontDeskContactInput: FrontDeskContactInput;
  FrontDeskContactPayload: Omit<FrontDeskContactPayload, 'contact'> & { contact?: Maybe<ResolversParentTypes['FrontDeskContact']> };
  FrontDeskCounts: FrontDeskCountsModel;
  FundingContract: FundingContractModel;
  FundingContractInput: FundingContractInput;
  FundingContractPayload: Omit<FundingContractPayload, 'contract'> & { contract?: Maybe<ResolversParentTypes['FundingContract']> };
  GroupActivity: GroupActivityModel;
  GroupActivityConnection: Omit<GroupActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['GroupActivityEdge']> };
  GroupActivityEdge: Omit<GroupActivityEdge, 'node'> & { node: ResolversParentTypes['GroupActivity'] };
  GroupActivityInput: GroupActivityInput;
  GroupActivityPayload: Omit<GroupActivityPayload, 'groupActivity'> & { groupActivity?: Maybe<ResolversParentTypes['GroupActivity']> };
  GroupAttendance: AttendanceRecordModel;
  GroupEnrolment: GroupEnrolmentModel;
  GroupEnrolmentConnection: Omit<GroupEnrolmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['GroupEnrolmentEdge']> };
  GroupEnrolmentEdge: Omit<GroupEnrolmentEdge, 'node'> & { node: ResolversParentTypes['GroupEnrolment'] };
  GroupEnrolmentPayload: Omit<GroupEnrolmentPayload, 'enrolment'> & { enrolment?: Maybe<ResolversParentTypes['GroupEnrolment']> };
  GroupMedian: GroupMedian;
  GroupSession: GroupSessionModel;
  GroupSessionInput: GroupSessionInput;
  GroupSessionPayload: Omit<GroupSessionPayload, 'session'> & { session?: Maybe<ResolversParentTypes['GroupSession']> };
  HireInput: HireInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Internship: InternshipModel;
  InternshipConnection: Omit<InternshipConnection, 'edges'> & { edges: Array<ResolversParentTypes['InternshipEdge']> };
  InternshipEdge: Omit<InternshipEdge, 'node'> & { node: ResolversParentTypes['Internship'] };
  InternshipEvaluation: InternshipEvaluation;
  InternshipHireInput: InternshipHireInput;
  InternshipMonitoringEntry: MonitoringEntryModel;
  InternshipPayload: Omit<InternshipPayload, 'internship'> & { internship?: Maybe<ResolversParentTypes['Internship']> };
  InternshipStatusEvent: InternshipEventModel;
  Interview: InterviewModel;
  InterviewConnection: Omit<InterviewConnection, 'edges'> & { edges: Array<ResolversParentTypes['InterviewEdge']> };
  InterviewEdge: Omit<InterviewEdge, 'node'> & { node: ResolversParentTypes['Interview'] };
  InterviewPayload: Omit<InterviewPayload, 'interview'> & { interview?: Maybe<ResolversParentTypes['Interview']> };
  InviteCompanyMemberInput: InviteCompanyMemberInput;
  JobAlert: JobAlertModel;
  JobAlertInput: JobAlertInput;
  JobAlertPayload: Omit<JobAlertPayload, 'jobAlert'> & { jobAlert?: Maybe<ResolversParentTypes['JobAlert']> };
  LabourMarketReport: LabourMarketReportModel;
  LinkSpidCieInput: LinkSpidCieInput;
  LinkedIdentity: LinkedIdentity;
  LiveEvent: LiveEventModel;
  LoginInput: LoginInput;
  LoginPayload: Omit<LoginPayload, 'session'> & { session?: Maybe<ResolversParentTypes['Session']> };
  MarkNotificationsReadPayload: MarkNotificationsReadPayload;
  MatchComponentScore: MatchComponentScore;
  Membership: MembershipRecordModel;
  MembershipFee: MembershipFeeRecordModel;
  MicrocreditPartner: MicrocreditPartnerModel;
  MicrocreditPartnerInput: MicrocreditPartnerInput;
  MicrocreditPartnerPayload: Omit<MicrocreditPartnerPayload, 'partner'> & { partner?: Maybe<ResolversParentTypes['MicrocreditPartner']> };
  MicrocreditReferral: MicrocreditReferralModel;
  MicrocreditReferralEvent: MicrocreditReferralEventModel;
  MonitoringEntryInput: MonitoringEntryInput;
  MonthlyStatement: MonthlyStatement;
  Mutation: Record<PropertyKey, never>;
  MyErasure: MyErasure;
  Network: NetworkModel;
  NetworkPayload: Omit<NetworkPayload, 'network'> & { network?: Maybe<ResolversParentTypes['Network']> };
  NetworkPrivacyInput: NetworkPrivacyInput;
  Notification: NotificationModel;
  NotificationConnection: Omit<NotificationConnection, 'edges'> & { edges: Array<ResolversParentTypes['NotificationEdge']> };
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  NotificationPreference: NotificationPreference;
  NotificationPreferencePayload: NotificationPreferencePayload;
  OkPayload: OkPayload;
  Operator: OperatorRecordModel;
  OrientationConstraints: OrientationConstraints;
  OrientationRecord: OrientationRecordViewModel;
  OrientationRecordInput: OrientationRecordInput;
  OrientationRecordPayload: Omit<OrientationRecordPayload, 'record'> & { record?: Maybe<ResolversParentTypes['OrientationRecord']> };
  Outcome: OutcomeModel;
  OutcomeConnection: Omit<OutcomeConnection, 'edges'> & { edges: Array<ResolversParentTypes['OutcomeEdge']> };
  OutcomeEdge: Omit<OutcomeEdge, 'node'> & { node: ResolversParentTypes['Outcome'] };
  OutcomeEligibility: EligibilityViewModel;
  OutplacementProject: OutplacementProjectModel;
  OutplacementProjectConnection: Omit<OutplacementProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['OutplacementProjectEdge']> };
  OutplacementProjectEdge: Omit<OutplacementProjectEdge, 'node'> & { node: ResolversParentTypes['OutplacementProject'] };
  OutplacementProjectInput: OutplacementProjectInput;
  OutplacementProjectPayload: Omit<OutplacementProjectPayload, 'project'> & { project?: Maybe<ResolversParentTypes['OutplacementProject']> };
  OutplacementStatusCount: OutplacementStatusCount;
  OutplacementSummary: OutplacementSummary;
  OutplacementWorker: OutplacementWorkerModel;
  OutplacementWorkerEvent: OutplacementWorkerEventModel;
  OutplacementWorkerPayload: Omit<OutplacementWorkerPayload, 'worker'> & { worker?: Maybe<ResolversParentTypes['OutplacementWorker']> };
  OutplacementWorkerStatusInput: OutplacementWorkerStatusInput;
  PageInfo: PageInfo;
  PattoAction: PattoActionModel;
  PattoActionInput: PattoActionInput;
  PattoActionPayload: Omit<PattoActionPayload, 'action'> & { action?: Maybe<ResolversParentTypes['PattoAction']> };
  PattoInput: PattoInput;
  PattoPayload: Omit<PattoPayload, 'patto'> & { patto?: Maybe<ResolversParentTypes['PattoVersion']> };
  PattoVersion: PattoVersionModel;
  Placement: PlacementModel;
  PlacementConnection: Omit<PlacementConnection, 'edges'> & { edges: Array<ResolversParentTypes['PlacementEdge']> };
  PlacementEdge: Omit<PlacementEdge, 'node'> & { node: ResolversParentTypes['Placement'] };
  PlacementPayload: Omit<PlacementPayload, 'placement'> & { placement?: Maybe<ResolversParentTypes['Placement']> };
  Program: ProgramModel;
  ProgramApplication: ProgramApplicationModel;
  ProgramApplicationConnection: Omit<ProgramApplicationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProgramApplicationEdge']> };
  ProgramApplicationEdge: Omit<ProgramApplicationEdge, 'node'> & { node: ResolversParentTypes['ProgramApplication'] };
  ProgramApplicationPayload: Omit<ProgramApplicationPayload, 'application'> & { application?: Maybe<ResolversParentTypes['ProgramApplication']> };
  ProgramAssignmentInput: ProgramAssignmentInput;
  ProgramCall: ProgramCallModel;
  ProgramCallConnection: Omit<ProgramCallConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProgramCallEdge']> };
  ProgramCallEdge: Omit<ProgramCallEdge, 'node'> & { node: ResolversParentTypes['ProgramCall'] };
  ProgramCallInput: ProgramCallInput;
  ProgramCallPayload: Omit<ProgramCallPayload, 'call'> & { call?: Maybe<ResolversParentTypes['ProgramCall']> };
  ProgramConnection: Omit<ProgramConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProgramEdge']> };
  ProgramDeclarationInput: ProgramDeclarationInput;
  ProgramEdge: Omit<ProgramEdge, 'node'> & { node: ResolversParentTypes['Program'] };
  ProgramHireInput: ProgramHireInput;
  ProgramInput: ProgramInput;
  ProgramParticipation: ProgramParticipationModel;
  ProgramParticipationPayload: Omit<ProgramParticipationPayload, 'participation'> & { participation?: Maybe<ResolversParentTypes['ProgramParticipation']> };
  ProgramPayload: Omit<ProgramPayload, 'program'> & { program?: Maybe<ResolversParentTypes['Program']> };
  ProposeInternshipInput: ProposeInternshipInput;
  ProposeInterviewInput: ProposeInterviewInput;
  PseudonymousCandidate: Omit<PseudonymousCandidate, 'experiences' | 'soughtOccupations'> & { experiences: Array<ResolversParentTypes['PseudonymousExperience']>, soughtOccupations: Array<ResolversParentTypes['EscoOccupation']> };
  PseudonymousExperience: Omit<PseudonymousExperience, 'occupation'> & { occupation?: Maybe<ResolversParentTypes['EscoOccupation']> };
  PublishSlotInput: PublishSlotInput;
  Query: Record<PropertyKey, never>;
  RankingCriteria: RankingCriteria;
  RankingCriteriaInput: RankingCriteriaInput;
  RankingRow: RankingRowModel;
  ReceivedCompanyService: ReceivedCompanyService;
  ReceivedCompanyServices: ReceivedCompanyServicesModel;
  RecordPlacementInput: RecordPlacementInput;
  RecoveryCodesPayload: RecoveryCodesPayload;
  RegisterApiClientOperationsPayload: RegisterApiClientOperationsPayload;
  RegisterCitizenByOperatorInput: RegisterCitizenByOperatorInput;
  RegisterCitizenInput: RegisterCitizenInput;
  RegisterCitizenPayload: Omit<RegisterCitizenPayload, 'citizen'> & { citizen?: Maybe<ResolversParentTypes['Citizen']> };
  RegisterCompanyInput: RegisterCompanyInput;
  RegisterWithSpidCieInput: RegisterWithSpidCieInput;
  RegisteredOperation: RegisteredOperation;
  ReportChart: ReportChart;
  ReportMinCountPayload: ReportMinCountPayload;
  RequestErasurePayload: RequestErasurePayload;
  RetentionPolicy: RetentionPolicy;
  RetentionPolicyPayload: RetentionPolicyPayload;
  SaveCvPayload: Omit<SaveCvPayload, 'cv'> & { cv?: Maybe<ResolversParentTypes['Cv']> };
  SecondFactorChallenge: SecondFactorChallenge;
  SecondFactorInput: SecondFactorInput;
  Session: SessionModel;
  SessionPayload: Omit<SessionPayload, 'session'> & { session?: Maybe<ResolversParentTypes['Session']> };
  SkillBalance: SkillBalance;
  SkillGapItem: Omit<SkillGapItem, 'skill'> & { skill: ResolversParentTypes['EscoSkill'] };
  SkillsGap: SkillsGapModel;
  SkillsGapCoverage: SkillsGapCoverage;
  SkillsGapInternshipHost: Omit<SkillsGapInternshipHost, 'skills'> & { skills: Array<ResolversParentTypes['EscoSkill']> };
  SkillsGapTrainingModule: GapTrainingModuleModel;
  SkillsGapVacancy: GapVacancyModel;
  SkillsGapVacancyConnection: Omit<SkillsGapVacancyConnection, 'edges'> & { edges: Array<ResolversParentTypes['SkillsGapVacancyEdge']> };
  SkillsGapVacancyEdge: Omit<SkillsGapVacancyEdge, 'node'> & { node: ResolversParentTypes['SkillsGapVacancy'] };
  SpecialCategories: SpecialCategoriesModel;
  SpecialCategoriesInput: SpecialCategoriesInput;
  SpecialCategoriesPayload: Omit<SpecialCategoriesPayload, 'specialCategories'> & { specialCategories?: Maybe<ResolversParentTypes['SpecialCategories']> };
  SpidCieIdentity: SpidCieIdentity;
  SpidCieLogin: SpidCieLogin;
  SpidCieLoginPayload: Omit<SpidCieLoginPayload, 'session'> & { session?: Maybe<ResolversParentTypes['Session']> };
  Sportello: SportelloRecordModel;
  SportelloCaseCounts: SportelloCaseCountsModel;
  StaffTwoFactorPolicyPayload: StaffTwoFactorPolicyPayload;
  StartTotpEnrolmentPayload: StartTotpEnrolmentPayload;
  Statement: StatementModel;
  StatementLine: StatementLineViewModel;
  StatementPayload: Omit<StatementPayload, 'statement'> & { statement?: Maybe<ResolversParentTypes['Statement']> };
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Tally: Tally;
  Tariff: TariffModel;
  TariffInput: TariffInput;
  TotpEnrolment: TotpEnrolment;
  TrainingEnrolment: TrainingEnrolmentModel;
  TrainingEnrolmentConnection: Omit<TrainingEnrolmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['TrainingEnrolmentEdge']> };
  TrainingEnrolmentEdge: Omit<TrainingEnrolmentEdge, 'node'> & { node: ResolversParentTypes['TrainingEnrolment'] };
  TrainingEnrolmentPayload: Omit<TrainingEnrolmentPayload, 'enrolment'> & { enrolment?: Maybe<ResolversParentTypes['TrainingEnrolment']> };
  TrainingModule: TrainingModuleModel;
  TrainingModuleConnection: Omit<TrainingModuleConnection, 'edges'> & { edges: Array<ResolversParentTypes['TrainingModuleEdge']> };
  TrainingModuleEdge: Omit<TrainingModuleEdge, 'node'> & { node: ResolversParentTypes['TrainingModule'] };
  TrainingModuleInput: TrainingModuleInput;
  TrainingModulePayload: Omit<TrainingModulePayload, 'trainingModule'> & { trainingModule?: Maybe<ResolversParentTypes['TrainingModule']> };
  TrainingSkill: Omit<TrainingSkill, 'skill'> & { skill: ResolversParentTypes['EscoSkill'] };
  TrainingSkillInput: TrainingSkillInput;
  TwoFactorStatus: TwoFactorStatus;
  TwoFactorStepUpInput: TwoFactorStepUpInput;
  UnsubscribePayload: UnsubscribePayload;
  UpdateCitizenProfileInput: UpdateCitizenProfileInput;
  UpdateCompanyProfileInput: UpdateCompanyProfileInput;
  UserError: UserError;
  Vacancy: VacancyModel;
  VacancyConnection: Omit<VacancyConnection, 'edges'> & { edges: Array<ResolversParentTypes['VacancyEdge']> };
  VacancyEdge: Omit<VacancyEdge, 'node'> & { node: ResolversParentTypes['Vacancy'] };
  VacancyFromNeedPayload: Omit<VacancyFromNeedPayload, 'need' | 'vacancy'> & { need?: Maybe<ResolversParentTypes['CompanyNeed']>, vacancy?: Maybe<ResolversParentTypes['Vacancy']> };
  VacancyInput: VacancyInput;
  VacancyLanguage: VacancyLanguageModel;
  VacancyLanguageInput: VacancyLanguageInput;
  VacancyMatch: VacancyMatchModel;
  VacancyPayRulePayload: VacancyPayRulePayload;
  VacancyPayload: Omit<VacancyPayload, 'vacancy'> & { vacancy?: Maybe<ResolversParentTypes['Vacancy']> };
  VacancySearchInput: VacancySearchInput;
  VacancySkill: VacancySkillRecordModel;
  VacancySkillInput: VacancySkillInput;
  Viewer: UserModel;
  WebhookDelivery: WebhookDeliveryViewModel;
  WebhookDeliveryAttempt: WebhookDeliveryAttempt;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookDeliveryPayload: Omit<WebhookDeliveryPayload, 'delivery'> & { delivery?: Maybe<ResolversParentTypes['WebhookDelivery']> };
  WebhookSubscription: WebhookSubscriptionViewModel;
  WebhookSubscriptionPayload: Omit<WebhookSubscriptionPayload, 'subscription'> & { subscription?: Maybe<ResolversParentTypes['WebhookSubscription']> };
};

export type MaxLengthDirectiveArgs = {
  max: Scalars['Int']['input'];
};

export type MaxLengthDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = MaxLengthDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AcquiredSkillResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AcquiredSkill'] = ResolversParentTypes['AcquiredSkill']> = {
  level?: Resolver<ResolversTypes['SkillLevel'], ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['EscoSkill'], ParentType, ContextType>;
};

export type ApiClientResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApiClient'] = ResolversParentTypes['ApiClient']> = {
  clientId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operations?: Resolver<Array<ResolversTypes['RegisteredOperation']>, ParentType, ContextType>;
  persistedOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['ApiScope']>, ParentType, ContextType>;
};

export type ApiClientPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApiClientPayload'] = ResolversParentTypes['ApiClientPayload']> = {
  apiClient?: Resolver<Maybe<ResolversTypes['ApiClient']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ApplicationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application']> = {
  candidateCv?: Resolver<Maybe<ResolversTypes['Cv']>, ParentType, ContextType>;
  citizen?: Resolver<Maybe<ResolversTypes['Citizen']>, ParentType, ContextType>;
  coverLetter?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ApplicationEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interviews?: Resolver<Array<ResolversTypes['Interview']>, ParentType, ContextType>;
  proposalNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proposalStatus?: Resolver<Maybe<ResolversTypes['ProposalStatus']>, ParentType, ContextType>;
  pseudonymisedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  pseudonymousCandidate?: Resolver<ResolversTypes['PseudonymousCandidate'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  vacancy?: Resolver<ResolversTypes['Vacancy'], ParentType, ContextType>;
};

export type ApplicationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApplicationConnection'] = ResolversParentTypes['ApplicationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApplicationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApplicationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApplicationEdge'] = ResolversParentTypes['ApplicationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
};

export type ApplicationEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApplicationEvent'] = ResolversParentTypes['ApplicationEvent']> = {
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['ApplicationStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
};

export type ApplicationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ApplicationPayload'] = ResolversParentTypes['ApplicationPayload']> = {
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AppointmentSlotResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AppointmentSlot'] = ResolversParentTypes['AppointmentSlot']> = {
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AppointmentKind'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['AppointmentMode'], ParentType, ContextType>;
  sportello?: Resolver<ResolversTypes['Sportello'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type AppointmentSlotConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AppointmentSlotConnection'] = ResolversParentTypes['AppointmentSlotConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AppointmentSlotEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AppointmentSlotEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AppointmentSlotEdge'] = ResolversParentTypes['AppointmentSlotEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AppointmentSlot'], ParentType, ContextType>;
};

export type AppointmentSlotPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AppointmentSlotPayload'] = ResolversParentTypes['AppointmentSlotPayload']> = {
  slot?: Resolver<Maybe<ResolversTypes['AppointmentSlot']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AtecoActivityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AtecoActivity'] = ResolversParentTypes['AtecoActivity']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AttendanceDayResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AttendanceDay'] = ResolversParentTypes['AttendanceDay']> = {
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AttendanceFiguresResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AttendanceFigures'] = ResolversParentTypes['AttendanceFigures']> = {
  absent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  excused?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  noShowRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  present?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AvailabilityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Availability'] = ResolversParentTypes['Availability']> = {
  drivingLicences?: Resolver<Array<ResolversTypes['DrivingLicence']>, ParentType, ContextType>;
  fullTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasOwnVehicle?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mobilityRadiusKm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  shifts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type BookingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Booking'] = ResolversParentTypes['Booking']> = {
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  citizen?: Resolver<Maybe<ResolversTypes['Citizen']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcomeNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<Maybe<ResolversTypes['OrientationPurpose']>, ParentType, ContextType>;
  slot?: Resolver<ResolversTypes['AppointmentSlot'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BookingStatus'], ParentType, ContextType>;
  videoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BookingConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingConnection'] = ResolversParentTypes['BookingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BookingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BookingEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingEdge'] = ResolversParentTypes['BookingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Booking'], ParentType, ContextType>;
};

export type BookingPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BookingPayload'] = ResolversParentTypes['BookingPayload']> = {
  booking?: Resolver<Maybe<ResolversTypes['Booking']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type BusinessIdeaResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BusinessIdea'] = ResolversParentTypes['BusinessIdea']> = {
  atecoActivity?: Resolver<ResolversTypes['AtecoActivity'], ParentType, ContextType>;
  businessStartedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  checklist?: Resolver<Array<ResolversTypes['BusinessPlanChecklistItem']>, ParentType, ContextType>;
  citizen?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
  comune?: Resolver<ResolversTypes['Comune'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  needs?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partitaIva?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  referrals?: Resolver<Array<ResolversTypes['MicrocreditReferral']>, ParentType, ContextType>;
  submittedByCitizen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BusinessIdeaConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BusinessIdeaConnection'] = ResolversParentTypes['BusinessIdeaConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BusinessIdeaEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BusinessIdeaEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BusinessIdeaEdge'] = ResolversParentTypes['BusinessIdeaEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BusinessIdea'], ParentType, ContextType>;
};

export type BusinessIdeaPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BusinessIdeaPayload'] = ResolversParentTypes['BusinessIdeaPayload']> = {
  businessIdea?: Resolver<Maybe<ResolversTypes['BusinessIdea']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type BusinessPlanChecklistItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['BusinessPlanChecklistItem'] = ResolversParentTypes['BusinessPlanChecklistItem']> = {
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['BusinessPlanStep'], ParentType, ContextType>;
};

export type CandidateMatchResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CandidateMatch'] = ResolversParentTypes['CandidateMatch']> = {
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  citizen?: Resolver<Maybe<ResolversTypes['Citizen']>, ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['MatchComponentScore']>, ParentType, ContextType>;
  pseudonymousCandidate?: Resolver<ResolversTypes['PseudonymousCandidate'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CandidateStandingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CandidateStanding'] = ResolversParentTypes['CandidateStanding']> = {
  components?: Resolver<Array<ResolversTypes['MatchComponentScore']>, ParentType, ContextType>;
  cutoffScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CaseResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case']> = {
  citizen?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
  closeNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closeReason?: Resolver<Maybe<ResolversTypes['CaseCloseReason']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  diary?: Resolver<Array<ResolversTypes['DiaryEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inChargeHere?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inChargeSince?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastContactOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  overdueActionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  patto?: Resolver<Maybe<ResolversTypes['PattoVersion']>, ParentType, ContextType>;
  pattoVersions?: Resolver<Array<ResolversTypes['PattoVersion']>, ParentType, ContextType>;
  sportello?: Resolver<ResolversTypes['Sportello'], ParentType, ContextType>;
  takenBy?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
};

export type CaseAssignmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseAssignment'] = ResolversParentTypes['CaseAssignment']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  citizen?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sportello?: Resolver<ResolversTypes['Sportello'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CaseAssignmentPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseAssignmentPayload'] = ResolversParentTypes['CaseAssignmentPayload']> = {
  caseAssignment?: Resolver<Maybe<ResolversTypes['CaseAssignment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CaseConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseConnection'] = ResolversParentTypes['CaseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CaseEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseEdge'] = ResolversParentTypes['CaseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
};

export type CasePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CasePayload'] = ResolversParentTypes['CasePayload']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CaseworkTodayResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CaseworkToday'] = ResolversParentTypes['CaseworkToday']> = {
  actionsDue?: Resolver<Array<ResolversTypes['PattoAction']>, ParentType, ContextType>;
  overdueActionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pattiAwaitingAcceptance?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
};

export type CheckpointResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Checkpoint'] = ResolversParentTypes['Checkpoint']> = {
  answer?: Resolver<Maybe<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['FollowUp']>, ParentType, ContextType>;
};

export type CitizenResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Citizen'] = ResolversParentTypes['Citizen']> = {
  accountActivated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  age?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  availability?: Resolver<ResolversTypes['Availability'], ParentType, ContextType>;
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  codiceFiscale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consents?: Resolver<Array<ResolversTypes['Consent']>, ParentType, ContextType>;
  coverLetters?: Resolver<Array<ResolversTypes['CoverLetter']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cv?: Resolver<Maybe<ResolversTypes['Cv']>, ParentType, ContextType>;
  domicileComune?: Resolver<Maybe<ResolversTypes['Comune']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  employmentStatus?: Resolver<Maybe<ResolversTypes['EmploymentStatus']>, ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  groupAttendance?: Resolver<Maybe<ResolversTypes['AttendanceFigures']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inChargeAt?: Resolver<Maybe<ResolversTypes['Sportello']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  residenceComune?: Resolver<ResolversTypes['Comune'], ParentType, ContextType>;
  specialCategories?: Resolver<Maybe<ResolversTypes['SpecialCategories']>, ParentType, ContextType, RequireFields<CitizenSpecialCategoriesArgs, 'reason'>>;
  targetGroups?: Resolver<Array<ResolversTypes['TargetGroup']>, ParentType, ContextType>;
};

export type CitizenConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CitizenConnection'] = ResolversParentTypes['CitizenConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CitizenEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CitizenEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CitizenEdge'] = ResolversParentTypes['CitizenEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
};

export type CitizenPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CitizenPayload'] = ResolversParentTypes['CitizenPayload']> = {
  citizen?: Resolver<Maybe<ResolversTypes['Citizen']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  answerTimes?: Resolver<Maybe<ResolversTypes['CompanyAnswerTimes']>, ParentType, ContextType>;
  atecoActivity?: Resolver<Maybe<ResolversTypes['AtecoActivity']>, ParentType, ContextType>;
  codiceFiscale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comune?: Resolver<ResolversTypes['Comune'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['CompanyMember']>, ParentType, ContextType>;
  partitaIva?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sites?: Resolver<Array<ResolversTypes['CompanySite']>, ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['CompanySize']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CompanyStatus'], ParentType, ContextType>;
};

export type CompanyAnswerTimesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyAnswerTimes'] = ResolversParentTypes['CompanyAnswerTimes']> = {
  answered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  averageDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  awaiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  closedWithoutAnswer?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompanyConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyConnection'] = ResolversParentTypes['CompanyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CompanyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompanyContactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyContact'] = ResolversParentTypes['CompanyContact']> = {
  channel?: Resolver<ResolversTypes['CompanyContactChannel'], ParentType, ContextType>;
  contactedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  corrections?: Resolver<Array<ResolversTypes['CompanyContactCorrection']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internalNotes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  law68Quota?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  law68Uncovered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['CompanyNeed']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sharedWithCompany?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CompanyContactChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyContactChange'] = ResolversParentTypes['CompanyContactChange']> = {
  field?: Resolver<ResolversTypes['CompanyContactField'], ParentType, ContextType>;
  previousValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CompanyContactCorrectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyContactCorrection'] = ResolversParentTypes['CompanyContactCorrection']> = {
  changes?: Resolver<Array<ResolversTypes['CompanyContactChange']>, ParentType, ContextType>;
  correctedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  correctedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CompanyContactPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyContactPayload'] = ResolversParentTypes['CompanyContactPayload']> = {
  contact?: Resolver<Maybe<ResolversTypes['CompanyContact']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CompanyEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyEdge'] = ResolversParentTypes['CompanyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
};

export type CompanyFollowUpResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyFollowUp'] = ResolversParentTypes['CompanyFollowUp']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  doneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CompanyFollowUpPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyFollowUpPayload'] = ResolversParentTypes['CompanyFollowUpPayload']> = {
  followUp?: Resolver<Maybe<ResolversTypes['CompanyFollowUp']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CompanyMemberResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyMember'] = ResolversParentTypes['CompanyMember']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['CompanyRole'], ParentType, ContextType>;
};

export type CompanyMemberPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyMemberPayload'] = ResolversParentTypes['CompanyMemberPayload']> = {
  member?: Resolver<Maybe<ResolversTypes['CompanyMember']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CompanyNeedResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyNeed'] = ResolversParentTypes['CompanyNeed']> = {
  draftedVacancy?: Resolver<Maybe<ResolversTypes['Vacancy']>, ParentType, ContextType>;
  headcount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internships?: Resolver<Array<ResolversTypes['Internship']>, ParentType, ContextType>;
  neededBy?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  occupation?: Resolver<ResolversTypes['EscoOccupation'], ParentType, ContextType>;
  recordedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['EscoSkill']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CompanyNeedStatus'], ParentType, ContextType>;
  vacancies?: Resolver<Array<ResolversTypes['Vacancy']>, ParentType, ContextType>;
};

export type CompanyNeedPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyNeedPayload'] = ResolversParentTypes['CompanyNeedPayload']> = {
  need?: Resolver<Maybe<ResolversTypes['CompanyNeed']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CompanyPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyPayload'] = ResolversParentTypes['CompanyPayload']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CompanyResponseDaysPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyResponseDaysPayload'] = ResolversParentTypes['CompanyResponseDaysPayload']> = {
  companyResponseDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CompanyServiceFileResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyServiceFile'] = ResolversParentTypes['CompanyServiceFile']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['CompanyContact']>, ParentType, ContextType>;
  followUps?: Resolver<Array<ResolversTypes['CompanyFollowUp']>, ParentType, ContextType>;
  linkableInternships?: Resolver<Array<ResolversTypes['Internship']>, ParentType, ContextType>;
  linkableVacancies?: Resolver<Array<ResolversTypes['Vacancy']>, ParentType, ContextType>;
  needs?: Resolver<Array<ResolversTypes['CompanyNeed']>, ParentType, ContextType>;
};

export type CompanyServiceSummaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyServiceSummary'] = ResolversParentTypes['CompanyServiceSummary']> = {
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  followUpsDue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  followUpsOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastContactOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  openNeeds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompanySiteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanySite'] = ResolversParentTypes['CompanySite']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comune?: Resolver<ResolversTypes['Comune'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CompanyTutorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CompanyTutor'] = ResolversParentTypes['CompanyTutor']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ComuneResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Comune'] = ResolversParentTypes['Comune']> = {
  istatCode?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  longitude?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinceName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regionName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConfirmEmploymentPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConfirmEmploymentPayload'] = ResolversParentTypes['ConfirmEmploymentPayload']> = {
  followUp?: Resolver<Maybe<ResolversTypes['FollowUp']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ConsentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = {
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ConsentPurpose'], ParentType, ContextType>;
  textVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type ConsentPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConsentPayload'] = ResolversParentTypes['ConsentPayload']> = {
  consent?: Resolver<Maybe<ResolversTypes['Consent']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ContactChannelCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ContactChannelCount'] = ResolversParentTypes['ContactChannelCount']> = {
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactComuneCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ContactComuneCount'] = ResolversParentTypes['ContactComuneCount']> = {
  comune?: Resolver<ResolversTypes['Comune'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactOutcomeCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ContactOutcomeCount'] = ResolversParentTypes['ContactOutcomeCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ContactOutcome'], ParentType, ContextType>;
};

export type ContactSportelloCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ContactSportelloCount'] = ResolversParentTypes['ContactSportelloCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sportello?: Resolver<ResolversTypes['Sportello'], ParentType, ContextType>;
};

export type ContactTopicCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ContactTopicCount'] = ResolversParentTypes['ContactTopicCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['ContactTopic'], ParentType, ContextType>;
};

export type CountTableResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CountTable'] = ResolversParentTypes['CountTable']> = {
  cells?: Resolver<Array<Array<Maybe<ResolversTypes['Int']>>>, ParentType, ContextType>;
  columnKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  columnLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  columnTotals?: Resolver<Array<Maybe<ResolversTypes['Int']>>, ParentType, ContextType>;
  grandTotal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rowKeys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rowLabels?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rowTotals?: Resolver<Array<Maybe<ResolversTypes['Int']>>, ParentType, ContextType>;
};

export type CoverLetterResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoverLetter'] = ResolversParentTypes['CoverLetter']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastEditedBy?: Resolver<ResolversTypes['CoverLetterEditor'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  template?: Resolver<Maybe<ResolversTypes['CoverLetterTemplate']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  vacancy?: Resolver<Maybe<ResolversTypes['Vacancy']>, ParentType, ContextType>;
};

export type CoverLetterEditorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoverLetterEditor'] = ResolversParentTypes['CoverLetterEditor']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onBehalf?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CoverLetterPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoverLetterPayload'] = ResolversParentTypes['CoverLetterPayload']> = {
  coverLetter?: Resolver<Maybe<ResolversTypes['CoverLetter']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CoverLetterTemplateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CoverLetterTemplate'] = ResolversParentTypes['CoverLetterTemplate']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiresVacancy?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CreateApiClientPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateApiClientPayload'] = ResolversParentTypes['CreateApiClientPayload']> = {
  apiClient?: Resolver<Maybe<ResolversTypes['ApiClient']>, ParentType, ContextType>;
  clientSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateOperatorPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateOperatorPayload'] = ResolversParentTypes['CreateOperatorPayload']> = {
  operator?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateSportelloPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateSportelloPayload'] = ResolversParentTypes['CreateSportelloPayload']> = {
  sportello?: Resolver<Maybe<ResolversTypes['Sportello']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateWebhookSubscriptionPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateWebhookSubscriptionPayload'] = ResolversParentTypes['CreateWebhookSubscriptionPayload']> = {
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subscription?: Resolver<Maybe<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CvResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Cv'] = ResolversParentTypes['Cv']> = {
  certifications?: Resolver<Array<ResolversTypes['CvCertification']>, ParentType, ContextType>;
  completeness?: Resolver<ResolversTypes['CvCompleteness'], ParentType, ContextType>;
  education?: Resolver<Array<ResolversTypes['CvEducation']>, ParentType, ContextType>;
  experiences?: Resolver<Array<ResolversTypes['CvExperience']>, ParentType, ContextType>;
  headline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['CvLanguage']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['CvSkill']>, ParentType, ContextType>;
  soughtOccupations?: Resolver<Array<ResolversTypes['EscoOccupation']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CvCertificationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CvCertification'] = ResolversParentTypes['CvCertification']> = {
  expiresOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CvCompletenessResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CvCompleteness'] = ResolversParentTypes['CvCompleteness']> = {
  missing?: Resolver<Array<ResolversTypes['CvMissingItem']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CvEducationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CvEducation'] = ResolversParentTypes['CvEducation']> = {
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['EducationTitle'], ParentType, ContextType>;
  yearCompleted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CvExperienceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CvExperience'] = ResolversParentTypes['CvExperience']> = {
  comune?: Resolver<Maybe<ResolversTypes['Comune']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occupation?: Resolver<Maybe<ResolversTypes['EscoOccupation']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CvLanguageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CvLanguage'] = ResolversParentTypes['CvLanguage']> = {
  languageCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  languageName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  listening?: Resolver<Maybe<ResolversTypes['CefrLevel']>, ParentType, ContextType>;
  motherTongue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reading?: Resolver<Maybe<ResolversTypes['CefrLevel']>, ParentType, ContextType>;
  spokenInteraction?: Resolver<Maybe<ResolversTypes['CefrLevel']>, ParentType, ContextType>;
  spokenProduction?: Resolver<Maybe<ResolversTypes['CefrLevel']>, ParentType, ContextType>;
  writing?: Resolver<Maybe<ResolversTypes['CefrLevel']>, ParentType, ContextType>;
};

export type CvMissingItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CvMissingItem'] = ResolversParentTypes['CvMissingItem']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['CvSection'], ParentType, ContextType>;
};

export type CvSkillResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CvSkill'] = ResolversParentTypes['CvSkill']> = {
  internship?: Resolver<Maybe<ResolversTypes['Internship']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['SkillLevel'], ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['EscoSkill'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['CvSkillSource'], ParentType, ContextType>;
  trainingModule?: Resolver<Maybe<ResolversTypes['TrainingModule']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteCoverLetterPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeleteCoverLetterPayload'] = ResolversParentTypes['DeleteCoverLetterPayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DiaryEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DiaryEntry'] = ResolversParentTypes['DiaryEntry']> = {
  author?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactChannel?: Resolver<Maybe<ResolversTypes['DiaryContactChannel']>, ParentType, ContextType>;
  contactOutcome?: Resolver<Maybe<ResolversTypes['DiaryContactOutcome']>, ParentType, ContextType>;
  corrects?: Resolver<Maybe<ResolversTypes['DiaryEntry']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  supersededBy?: Resolver<Maybe<ResolversTypes['DiaryEntry']>, ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['DiaryVisibility'], ParentType, ContextType>;
};

export type DiaryEntryPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DiaryEntryPayload'] = ResolversParentTypes['DiaryEntryPayload']> = {
  entry?: Resolver<Maybe<ResolversTypes['DiaryEntry']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type EducationTitleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EducationTitle'] = ResolversParentTypes['EducationTitle']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eqfLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EligibilityCheckResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EligibilityCheck'] = ResolversParentTypes['EligibilityCheck']> = {
  outcome?: Resolver<ResolversTypes['CheckOutcome'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['EligibilityRule'], ParentType, ContextType>;
};

export type EligibilityRulesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EligibilityRules'] = ResolversParentTypes['EligibilityRules']> = {
  iseeCeilingCents?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  maxAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minMonthsUnemployed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  notInActiveProgram?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  residenceComuni?: Resolver<Array<ResolversTypes['Comune']>, ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['ProgramTargetGroup']>, ParentType, ContextType>;
};

export type EmploymentCheckResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmploymentCheck'] = ResolversParentTypes['EmploymentCheck']> = {
  checkpoints?: Resolver<Array<ResolversTypes['Checkpoint']>, ParentType, ContextType>;
  contractType?: Resolver<Maybe<ResolversTypes['ContractType']>, ParentType, ContextType>;
  employerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OutcomeKind'], ParentType, ContextType>;
  personName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type EmploymentCheckConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmploymentCheckConnection'] = ResolversParentTypes['EmploymentCheckConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmploymentCheckEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmploymentCheckEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EmploymentCheckEdge'] = ResolversParentTypes['EmploymentCheckEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EmploymentCheck'], ParentType, ContextType>;
};

export type ErasureRequestResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ErasureRequest'] = ResolversParentTypes['ErasureRequest']> = {
  citizenId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  citizenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['ErasureOrigin'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ErasureStatus'], ParentType, ContextType>;
};

export type EscoOccupationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EscoOccupation'] = ResolversParentTypes['EscoOccupation']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  iscoGroup?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  iscoGroupLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['EscoSkill']>, ParentType, ContextType, Partial<EscoOccupationSkillsArgs>>;
  uri?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type EscoSkillResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EscoSkill'] = ResolversParentTypes['EscoSkill']> = {
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reuseLevel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  skillType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uri?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ExecuteErasurePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExecuteErasurePayload'] = ResolversParentTypes['ExecuteErasurePayload']> = {
  request?: Resolver<Maybe<ResolversTypes['ErasureRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type FollowUpResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FollowUp'] = ResolversParentTypes['FollowUp']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  checkpointDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  confirmedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confirmedVia?: Resolver<ResolversTypes['FollowUpSource'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stillEmployed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FrontDeskContactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FrontDeskContact'] = ResolversParentTypes['FrontDeskContact']> = {
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  citizen?: Resolver<Maybe<ResolversTypes['Citizen']>, ParentType, ContextType>;
  comune?: Resolver<ResolversTypes['Comune'], ParentType, ContextType>;
  contactedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  enteredInError?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ContactOutcome'], ParentType, ContextType>;
  recordedByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sportello?: Resolver<ResolversTypes['Sportello'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['ContactTopic'], ParentType, ContextType>;
};

export type FrontDeskContactConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FrontDeskContactConnection'] = ResolversParentTypes['FrontDeskContactConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FrontDeskContactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FrontDeskContactEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FrontDeskContactEdge'] = ResolversParentTypes['FrontDeskContactEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FrontDeskContact'], ParentType, ContextType>;
};

export type FrontDeskContactPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FrontDeskContactPayload'] = ResolversParentTypes['FrontDeskContactPayload']> = {
  contact?: Resolver<Maybe<ResolversTypes['FrontDeskContact']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type FrontDeskCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FrontDeskCounts'] = ResolversParentTypes['FrontDeskCounts']> = {
  anonymous?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byChannel?: Resolver<Array<ResolversTypes['ContactChannelCount']>, ParentType, ContextType>;
  byComune?: Resolver<Array<ResolversTypes['ContactComuneCount']>, ParentType, ContextType>;
  byOutcome?: Resolver<Array<ResolversTypes['ContactOutcomeCount']>, ParentType, ContextType>;
  bySportello?: Resolver<Array<ResolversTypes['ContactSportelloCount']>, ParentType, ContextType>;
  byTopic?: Resolver<Array<ResolversTypes['ContactTopicCount']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundingContractResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FundingContract'] = ResolversParentTypes['FundingContract']> = {
  capCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  comune?: Resolver<Maybe<ResolversTypes['Comune']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minDurationMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retentionDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sportello?: Resolver<ResolversTypes['Sportello'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  tariffs?: Resolver<Array<ResolversTypes['Tariff']>, ParentType, ContextType>;
};

export type FundingContractPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FundingContractPayload'] = ResolversParentTypes['FundingContractPayload']> = {
  contract?: Resolver<Maybe<ResolversTypes['FundingContract']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type GroupActivityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GroupActivity'] = ResolversParentTypes['GroupActivity']> = {
  attendanceFigures?: Resolver<Maybe<ResolversTypes['AttendanceFigures']>, ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enrolledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enrolments?: Resolver<Array<ResolversTypes['GroupEnrolment']>, ParentType, ContextType>;
  facilitator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facilitatorOperatorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GroupActivityKind'], ParentType, ContextType>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['GroupSession']>, ParentType, ContextType>;
  sportello?: Resolver<ResolversTypes['Sportello'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GroupActivityStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type GroupActivityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GroupActivityConnection'] = ResolversParentTypes['GroupActivityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GroupActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GroupActivityEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GroupActivityEdge'] = ResolversParentTypes['GroupActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GroupActivity'], ParentType, ContextType>;
};

export type GroupActivityPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GroupActivityPayload'] = ResolversParentTypes['GroupActivityPayload']> = {
  groupActivity?: Resolver<Maybe<ResolversTypes['GroupActivity']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type GroupAttendanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GroupAttendance'] = ResolversParentTypes['GroupAttendance']> = {
  corrected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enrolmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sessionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AttendanceStatus'], ParentType, ContextType>;
};

export type GroupEnrolmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GroupEnrolment'] = ResolversParentTypes['GroupEnrolment']> = {
  activity?: Resolver<ResolversTypes['GroupActivity'], ParentType, ContextType>;
  attendance?: Resolver<Array<ResolversTypes['GroupAttendance']>, ParentType, ContextType>;
  certificateUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citizen?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
  enrolledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestedByCitizen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GroupEnrolmentStatus'], ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type GroupEnrolmentConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GroupEnrolmentConnection'] = ResolversParentTypes['GroupEnrolmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['GroupEnrolmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type GroupEnrolmentEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GroupEnrolmentEdge'] = ResolversParentTypes['GroupEnrolmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GroupEnrolment'], ParentType, ContextType>;
};

export type GroupEnrolmentPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GroupEnrolmentPayload'] = ResolversParentTypes['GroupEnrolmentPayload']> = {
  enrolment?: Resolver<Maybe<ResolversTypes['GroupEnrolment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type GroupMedianResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GroupMedian'] = ResolversParentTypes['GroupMedian']> = {
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  medianDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  placements?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type GroupSessionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GroupSession'] = ResolversParentTypes['GroupSession']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attendance?: Resolver<Array<ResolversTypes['GroupAttendance']>, ParentType, ContextType>;
  comune?: Resolver<Maybe<ResolversTypes['Comune']>, ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['TrainingMode'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  videoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GroupSessionPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GroupSessionPayload'] = ResolversParentTypes['GroupSessionPayload']> = {
  session?: Resolver<Maybe<ResolversTypes['GroupSession']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type InternshipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Internship'] = ResolversParentTypes['Internship']> = {
  acquiredSkills?: Resolver<Array<ResolversTypes['AcquiredSkill']>, ParentType, ContextType>;
  activities?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  agreementSignedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  companySite?: Resolver<Maybe<ResolversTypes['CompanySite']>, ParentType, ContextType>;
  companyTutor?: Resolver<ResolversTypes['CompanyTutor'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['InternshipEvaluation']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['InternshipStatusEvent']>, ParentType, ContextType>;
  hoursPerWeek?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  monitoringEntries?: Resolver<Array<ResolversTypes['InternshipMonitoringEntry']>, ParentType, ContextType>;
  monthlyIndemnityCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  objectives?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placement?: Resolver<Maybe<ResolversTypes['Placement']>, ParentType, ContextType>;
  promotingTutor?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  sportello?: Resolver<ResolversTypes['Sportello'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InternshipStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetSkills?: Resolver<Array<ResolversTypes['EscoSkill']>, ParentType, ContextType>;
  trainee?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['InternshipType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type InternshipConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InternshipConnection'] = ResolversParentTypes['InternshipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InternshipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InternshipEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InternshipEdge'] = ResolversParentTypes['InternshipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Internship'], ParentType, ContextType>;
};

export type InternshipEvaluationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InternshipEvaluation'] = ResolversParentTypes['InternshipEvaluation']> = {
  evaluatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  judgement?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['InternshipOutcome'], ParentType, ContextType>;
};

export type InternshipMonitoringEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InternshipMonitoringEntry'] = ResolversParentTypes['InternshipMonitoringEntry']> = {
  authorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  authorSide?: Resolver<ResolversTypes['MonitoringAuthorSide'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hoursAttended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodEndsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStartsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type InternshipPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InternshipPayload'] = ResolversParentTypes['InternshipPayload']> = {
  internship?: Resolver<Maybe<ResolversTypes['Internship']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type InternshipStatusEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InternshipStatusEvent'] = ResolversParentTypes['InternshipStatusEvent']> = {
  actorRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['InternshipStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['InternshipStatus'], ParentType, ContextType>;
};

export type InterviewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Interview'] = ResolversParentTypes['Interview']> = {
  application?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['AppointmentMode'], ParentType, ContextType>;
  respondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  responseNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InterviewStatus'], ParentType, ContextType>;
  videoUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type InterviewConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InterviewConnection'] = ResolversParentTypes['InterviewConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InterviewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InterviewEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InterviewEdge'] = ResolversParentTypes['InterviewEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Interview'], ParentType, ContextType>;
};

export type InterviewPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InterviewPayload'] = ResolversParentTypes['InterviewPayload']> = {
  interview?: Resolver<Maybe<ResolversTypes['Interview']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type JobAlertResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['JobAlert'] = ResolversParentTypes['JobAlert']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  frequency?: Resolver<ResolversTypes['JobAlertFrequency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  minScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nextRunAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type JobAlertPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['JobAlertPayload'] = ResolversParentTypes['JobAlertPayload']> = {
  jobAlert?: Resolver<Maybe<ResolversTypes['JobAlert']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type LabourMarketReportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LabourMarketReport'] = ResolversParentTypes['LabourMarketReport']> = {
  charts?: Resolver<Array<ResolversTypes['ReportChart']>, ParentType, ContextType>;
  comune?: Resolver<Maybe<ResolversTypes['Comune']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  funnel?: Resolver<Array<ResolversTypes['Tally']>, ParentType, ContextType>;
  internships?: Resolver<Array<ResolversTypes['Tally']>, ParentType, ContextType>;
  largestSkillGaps?: Resolver<Array<ResolversTypes['SkillBalance']>, ParentType, ContextType>;
  minCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcomes?: Resolver<ResolversTypes['CountTable'], ParentType, ContextType>;
  pdfUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  peopleInCharge?: Resolver<ResolversTypes['CountTable'], ParentType, ContextType>;
  registrations?: Resolver<ResolversTypes['CountTable'], ParentType, ContextType>;
  semester?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  stillEmployedAt90Days?: Resolver<Array<ResolversTypes['Tally']>, ParentType, ContextType>;
  timeToPlacement?: Resolver<Array<ResolversTypes['GroupMedian']>, ParentType, ContextType>;
  topDemandedSkills?: Resolver<Array<ResolversTypes['SkillBalance']>, ParentType, ContextType>;
  topOfferedSkills?: Resolver<Array<ResolversTypes['SkillBalance']>, ParentType, ContextType>;
  training?: Resolver<Array<ResolversTypes['Tally']>, ParentType, ContextType>;
  vacancies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  vacanciesByContractType?: Resolver<Array<ResolversTypes['Tally']>, ParentType, ContextType>;
  vacanciesByOccupationGroup?: Resolver<Array<ResolversTypes['Tally']>, ParentType, ContextType>;
  vacanciesBySection?: Resolver<Array<ResolversTypes['Tally']>, ParentType, ContextType>;
};

export type LinkedIdentityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LinkedIdentity'] = ResolversParentTypes['LinkedIdentity']> = {
  lastLoginAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  linkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type LiveEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LiveEvent'] = ResolversParentTypes['LiveEvent']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LiveEventKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LoginPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LoginPayload'] = ResolversParentTypes['LoginPayload']> = {
  secondFactor?: Resolver<Maybe<ResolversTypes['SecondFactorChallenge']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MarkNotificationsReadPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MarkNotificationsReadPayload'] = ResolversParentTypes['MarkNotificationsReadPayload']> = {
  unreadCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MatchComponentScoreResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MatchComponentScore'] = ResolversParentTypes['MatchComponentScore']> = {
  component?: Resolver<ResolversTypes['MatchComponent'], ParentType, ContextType>;
  maxPoints?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  comune?: Resolver<ResolversTypes['Comune'], ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  fees?: Resolver<Array<ResolversTypes['MembershipFee']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type MembershipFeeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipFee'] = ResolversParentTypes['MembershipFee']> = {
  amountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  registeredResidents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FeeStatus'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MicrocreditPartnerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MicrocreditPartner'] = ResolversParentTypes['MicrocreditPartner']> = {
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MicrocreditPartnerPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MicrocreditPartnerPayload'] = ResolversParentTypes['MicrocreditPartnerPayload']> = {
  partner?: Resolver<Maybe<ResolversTypes['MicrocreditPartner']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MicrocreditReferralResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MicrocreditReferral'] = ResolversParentTypes['MicrocreditReferral']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedAmountCents?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['MicrocreditReferralEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['MicrocreditPartner'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MicrocreditReferralStatus'], ParentType, ContextType>;
};

export type MicrocreditReferralEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MicrocreditReferralEvent'] = ResolversParentTypes['MicrocreditReferralEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  grantedAmountCents?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MicrocreditReferralStatus'], ParentType, ContextType>;
};

export type MonthlyStatementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MonthlyStatement'] = ResolversParentTypes['MonthlyStatement']> = {
  amountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  days?: Resolver<Array<ResolversTypes['AttendanceDay']>, ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptInvitation?: Resolver<ResolversTypes['SessionPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'password' | 'token'>>;
  acceptPatto?: Resolver<ResolversTypes['PattoPayload'], ParentType, ContextType, RequireFields<MutationAcceptPattoArgs, 'versionId'>>;
  acceptProposal?: Resolver<ResolversTypes['ApplicationPayload'], ParentType, ContextType, RequireFields<MutationAcceptProposalArgs, 'id'>>;
  addCompanySite?: Resolver<ResolversTypes['CompanyPayload'], ParentType, ContextType, RequireFields<MutationAddCompanySiteArgs, 'input'>>;
  addDiaryEntry?: Resolver<ResolversTypes['DiaryEntryPayload'], ParentType, ContextType, RequireFields<MutationAddDiaryEntryArgs, 'caseId' | 'input'>>;
  addGroupSession?: Resolver<ResolversTypes['GroupSessionPayload'], ParentType, ContextType, RequireFields<MutationAddGroupSessionArgs, 'activityId' | 'input'>>;
  addInternshipMonitoringEntry?: Resolver<ResolversTypes['InternshipPayload'], ParentType, ContextType, RequireFields<MutationAddInternshipMonitoringEntryArgs, 'id' | 'input'>>;
  addOutplacementWorkers?: Resolver<ResolversTypes['OutplacementProjectPayload'], ParentType, ContextType, RequireFields<MutationAddOutplacementWorkersArgs, 'codiciFiscali' | 'projectId'>>;
  admitProgramApplicant?: Resolver<ResolversTypes['ProgramParticipationPayload'], ParentType, ContextType, RequireFields<MutationAdmitProgramApplicantArgs, 'applicationId' | 'assignment'>>;
  applyToProgramCall?: Resolver<ResolversTypes['ProgramApplicationPayload'], ParentType, ContextType, RequireFields<MutationApplyToProgramCallArgs, 'callId' | 'declaration'>>;
  applyToVacancy?: Resolver<ResolversTypes['ApplicationPayload'], ParentType, ContextType, RequireFields<MutationApplyToVacancyArgs, 'vacancyId'>>;
  askForAnotherInterviewDate?: Resolver<ResolversTypes['InterviewPayload'], ParentType, ContextType, RequireFields<MutationAskForAnotherInterviewDateArgs, 'id' | 'note'>>;
  bookSlot?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationBookSlotArgs, 'slotId'>>;
  cancelBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationCancelBookingArgs, 'id'>>;
  cancelGroupActivity?: Resolver<ResolversTypes['GroupActivityPayload'], ParentType, ContextType, RequireFields<MutationCancelGroupActivityArgs, 'id'>>;
  cancelTrainingModule?: Resolver<ResolversTypes['TrainingModulePayload'], ParentType, ContextType, RequireFields<MutationCancelTrainingModuleArgs, 'id'>>;
  closeCase?: Resolver<ResolversTypes['CasePayload'], ParentType, ContextType, RequireFields<MutationCloseCaseArgs, 'caseId' | 'reason'>>;
  closeVacancy?: Resolver<ResolversTypes['VacancyPayload'], ParentType, ContextType, RequireFields<MutationCloseVacancyArgs, 'filled' | 'id'>>;
  completeInternship?: Resolver<ResolversTypes['InternshipPayload'], ParentType, ContextType, RequireFields<MutationCompleteInternshipArgs, 'id' | 'input'>>;
  completeSecondFactor?: Resolver<ResolversTypes['SessionPayload'], ParentType, ContextType, RequireFields<MutationCompleteSecondFactorArgs, 'input'>>;
  completeTrainingEnrolment?: Resolver<ResolversTypes['TrainingEnrolmentPayload'], ParentType, ContextType, RequireFields<MutationCompleteTrainingEnrolmentArgs, 'id'>>;
  confirmEmployment?: Resolver<ResolversTypes['ConfirmEmploymentPayload'], ParentType, ContextType, RequireFields<MutationConfirmEmploymentArgs, 'input'>>;
  confirmTotpEnrolment?: Resolver<ResolversTypes['RecoveryCodesPayload'], ParentType, ContextType, RequireFields<MutationConfirmTotpEnrolmentArgs, 'code'>>;
  continueSpidCieLogin?: Resolver<ResolversTypes['SpidCieLoginPayload'], ParentType, ContextType, RequireFields<MutationContinueSpidCieLoginArgs, 'ticket'>>;
  correctCompanyContact?: Resolver<ResolversTypes['CompanyContactPayload'], ParentType, ContextType, RequireFields<MutationCorrectCompanyContactArgs, 'id' | 'input'>>;
  correctDiaryEntry?: Resolver<ResolversTypes['DiaryEntryPayload'], ParentType, ContextType, RequireFields<MutationCorrectDiaryEntryArgs, 'entryId' | 'input'>>;
  createApiClient?: Resolver<ResolversTypes['CreateApiClientPayload'], ParentType, ContextType, RequireFields<MutationCreateApiClientArgs, 'input'>>;
  createFundingContract?: Resolver<ResolversTypes['FundingContractPayload'], ParentType, ContextType, RequireFields<MutationCreateFundingContractArgs, 'input'>>;
  createGroupActivity?: Resolver<ResolversTypes['GroupActivityPayload'], ParentType, ContextType, RequireFields<MutationCreateGroupActivityArgs, 'input'>>;
  createOperator?: Resolver<ResolversTypes['CreateOperatorPayload'], ParentType, ContextType, RequireFields<MutationCreateOperatorArgs, 'input'>>;
  createOutplacementProject?: Resolver<ResolversTypes['OutplacementProjectPayload'], ParentType, ContextType, RequireFields<MutationCreateOutplacementProjectArgs, 'input'>>;
  createProgram?: Resolver<ResolversTypes['ProgramPayload'], ParentType, ContextType, RequireFields<MutationCreateProgramArgs, 'input'>>;
  createProgramCall?: Resolver<ResolversTypes['ProgramCallPayload'], ParentType, ContextType, RequireFields<MutationCreateProgramCallArgs, 'input' | 'programId'>>;
  createSportello?: Resolver<ResolversTypes['CreateSportelloPayload'], ParentType, ContextType, RequireFields<MutationCreateSportelloArgs, 'input'>>;
  createTrainingModule?: Resolver<ResolversTypes['TrainingModulePayload'], ParentType, ContextType, RequireFields<MutationCreateTrainingModuleArgs, 'input'>>;
  createVacancy?: Resolver<ResolversTypes['VacancyPayload'], ParentType, ContextType, RequireFields<MutationCreateVacancyArgs, 'input'>>;
  createVacancyFromCompanyNeed?: Resolver<ResolversTypes['VacancyFromNeedPayload'], ParentType, ContextType, RequireFields<MutationCreateVacancyFromCompanyNeedArgs, 'needId'>>;
  createWebhookSubscription?: Resolver<ResolversTypes['CreateWebhookSubscriptionPayload'], ParentType, ContextType, RequireFields<MutationCreateWebhookSubscriptionArgs, 'input'>>;
  declareSpecialCategories?: Resolver<ResolversTypes['SpecialCategoriesPayload'], ParentType, ContextType, RequireFields<MutationDeclareSpecialCategoriesArgs, 'input'>>;
  deleteCoverLetter?: Resolver<ResolversTypes['DeleteCoverLetterPayload'], ParentType, ContextType, RequireFields<MutationDeleteCoverLetterArgs, 'id'>>;
  deleteJobAlert?: Resolver<ResolversTypes['UnsubscribePayload'], ParentType, ContextType>;
  disableTotp?: Resolver<ResolversTypes['OkPayload'], ParentType, ContextType, RequireFields<MutationDisableTotpArgs, 'input'>>;
  disableWebhookSubscription?: Resolver<ResolversTypes['WebhookSubscriptionPayload'], ParentType, ContextType, RequireFields<MutationDisableWebhookSubscriptionArgs, 'id'>>;
  draftCoverLetter?: Resolver<ResolversTypes['CoverLetterPayload'], ParentType, ContextType, RequireFields<MutationDraftCoverLetterArgs, 'input'>>;
  endGroupActivity?: Resolver<ResolversTypes['GroupActivityPayload'], ParentType, ContextType, RequireFields<MutationEndGroupActivityArgs, 'id'>>;
  endProgramParticipation?: Resolver<ResolversTypes['ProgramParticipationPayload'], ParentType, ContextType, RequireFields<MutationEndProgramParticipationArgs, 'id' | 'outcome'>>;
  enrolInGroupActivity?: Resolver<ResolversTypes['GroupEnrolmentPayload'], ParentType, ContextType, RequireFields<MutationEnrolInGroupActivityArgs, 'activityId'>>;
  enrolInTrainingModule?: Resolver<ResolversTypes['TrainingEnrolmentPayload'], ParentType, ContextType, RequireFields<MutationEnrolInTrainingModuleArgs, 'moduleId'>>;
  executeErasure?: Resolver<ResolversTypes['ExecuteErasurePayload'], ParentType, ContextType, RequireFields<MutationExecuteErasureArgs, 'id' | 'identityConfirmed'>>;
  giveConsent?: Resolver<ResolversTypes['ConsentPayload'], ParentType, ContextType, RequireFields<MutationGiveConsentArgs, 'purpose'>>;
  interruptInternship?: Resolver<ResolversTypes['InternshipPayload'], ParentType, ContextType, RequireFields<MutationInterruptInternshipArgs, 'id' | 'reason'>>;
  interruptProgramParticipation?: Resolver<ResolversTypes['ProgramParticipationPayload'], ParentType, ContextType, RequireFields<MutationInterruptProgramParticipationArgs, 'id' | 'reason'>>;
  inviteCompanyMember?: Resolver<ResolversTypes['CompanyMemberPayload'], ParentType, ContextType, RequireFields<MutationInviteCompanyMemberArgs, 'input'>>;
  issueStatement?: Resolver<ResolversTypes['StatementPayload'], ParentType, ContextType, RequireFields<MutationIssueStatementArgs, 'contractId' | 'periodEndsOn'>>;
  linkInternshipToCompanyNeed?: Resolver<ResolversTypes['CompanyNeedPayload'], ParentType, ContextType, RequireFields<MutationLinkInternshipToCompanyNeedArgs, 'internshipId' | 'needId'>>;
  linkSpidCie?: Resolver<ResolversTypes['SpidCieLoginPayload'], ParentType, ContextType, RequireFields<MutationLinkSpidCieArgs, 'input'>>;
  linkVacancyToCompanyNeed?: Resolver<ResolversTypes['CompanyNeedPayload'], ParentType, ContextType, RequireFields<MutationLinkVacancyToCompanyNeedArgs, 'needId' | 'vacancyId'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['OkPayload'], ParentType, ContextType, RequireFields<MutationLogoutArgs, 'refreshToken'>>;
  markFrontDeskContactInError?: Resolver<ResolversTypes['FrontDeskContactPayload'], ParentType, ContextType, RequireFields<MutationMarkFrontDeskContactInErrorArgs, 'id'>>;
  markNotificationsRead?: Resolver<ResolversTypes['MarkNotificationsReadPayload'], ParentType, ContextType, Partial<MutationMarkNotificationsReadArgs>>;
  moveApplication?: Resolver<ResolversTypes['ApplicationPayload'], ParentType, ContextType, RequireFields<MutationMoveApplicationArgs, 'id' | 'status'>>;
  moveGroupSession?: Resolver<ResolversTypes['GroupSessionPayload'], ParentType, ContextType, RequireFields<MutationMoveGroupSessionArgs, 'id' | 'input'>>;
  proposeCandidate?: Resolver<ResolversTypes['ApplicationPayload'], ParentType, ContextType, RequireFields<MutationProposeCandidateArgs, 'citizenId' | 'vacancyId'>>;
  proposeInternship?: Resolver<ResolversTypes['InternshipPayload'], ParentType, ContextType, RequireFields<MutationProposeInternshipArgs, 'input'>>;
  proposeInterview?: Resolver<ResolversTypes['InterviewPayload'], ParentType, ContextType, RequireFields<MutationProposeInterviewArgs, 'applicationId' | 'input'>>;
  publishGroupActivity?: Resolver<ResolversTypes['GroupActivityPayload'], ParentType, ContextType, RequireFields<MutationPublishGroupActivityArgs, 'id'>>;
  publishProgramRanking?: Resolver<ResolversTypes['ProgramCallPayload'], ParentType, ContextType, RequireFields<MutationPublishProgramRankingArgs, 'callId'>>;
  publishSlot?: Resolver<ResolversTypes['AppointmentSlotPayload'], ParentType, ContextType, RequireFields<MutationPublishSlotArgs, 'input'>>;
  publishTrainingModule?: Resolver<ResolversTypes['TrainingModulePayload'], ParentType, ContextType, RequireFields<MutationPublishTrainingModuleArgs, 'id'>>;
  publishVacancy?: Resolver<ResolversTypes['VacancyPayload'], ParentType, ContextType, RequireFields<MutationPublishVacancyArgs, 'id'>>;
  recordBookingOutcome?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationRecordBookingOutcomeArgs, 'id' | 'outcome'>>;
  recordBusinessStarted?: Resolver<ResolversTypes['BusinessIdeaPayload'], ParentType, ContextType, RequireFields<MutationRecordBusinessStartedArgs, 'ideaId' | 'partitaIva' | 'startedOn'>>;
  recordCompanyContact?: Resolver<ResolversTypes['CompanyContactPayload'], ParentType, ContextType, RequireFields<MutationRecordCompanyContactArgs, 'input'>>;
  recordFrontDeskContact?: Resolver<ResolversTypes['FrontDeskContactPayload'], ParentType, ContextType, RequireFields<MutationRecordFrontDeskContactArgs, 'input'>>;
  recordGroupAttendance?: Resolver<ResolversTypes['GroupSessionPayload'], ParentType, ContextType, RequireFields<MutationRecordGroupAttendanceArgs, 'entries' | 'sessionId'>>;
  recordOrientation?: Resolver<ResolversTypes['OrientationRecordPayload'], ParentType, ContextType, RequireFields<MutationRecordOrientationArgs, 'input'>>;
  recordPattoAcceptance?: Resolver<ResolversTypes['PattoPayload'], ParentType, ContextType, RequireFields<MutationRecordPattoAcceptanceArgs, 'acceptedOn' | 'versionId'>>;
  recordPlacement?: Resolver<ResolversTypes['PlacementPayload'], ParentType, ContextType, RequireFields<MutationRecordPlacementArgs, 'input'>>;
  recordProgramAttendance?: Resolver<ResolversTypes['ProgramParticipationPayload'], ParentType, ContextType, RequireFields<MutationRecordProgramAttendanceArgs, 'day' | 'hours' | 'participationId'>>;
  referBusinessIdea?: Resolver<ResolversTypes['BusinessIdeaPayload'], ParentType, ContextType, RequireFields<MutationReferBusinessIdeaArgs, 'ideaId' | 'partnerId'>>;
  refreshSession?: Resolver<ResolversTypes['SessionPayload'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'refreshToken'>>;
  regenerateRecoveryCodes?: Resolver<ResolversTypes['RecoveryCodesPayload'], ParentType, ContextType, RequireFields<MutationRegenerateRecoveryCodesArgs, 'input'>>;
  registerApiClientOperations?: Resolver<ResolversTypes['RegisterApiClientOperationsPayload'], ParentType, ContextType, RequireFields<MutationRegisterApiClientOperationsArgs, 'apiClientId' | 'documents'>>;
  registerCitizen?: Resolver<ResolversTypes['RegisterCitizenPayload'], ParentType, ContextType, RequireFields<MutationRegisterCitizenArgs, 'input'>>;
  registerCitizenByOperator?: Resolver<ResolversTypes['RegisterCitizenPayload'], ParentType, ContextType, RequireFields<MutationRegisterCitizenByOperatorArgs, 'input'>>;
  registerCompany?: Resolver<ResolversTypes['CompanyPayload'], ParentType, ContextType, RequireFields<MutationRegisterCompanyArgs, 'input'>>;
  registerMicrocreditPartner?: Resolver<ResolversTypes['MicrocreditPartnerPayload'], ParentType, ContextType, RequireFields<MutationRegisterMicrocreditPartnerArgs, 'input'>>;
  registerWithSpidCie?: Resolver<ResolversTypes['SpidCieLoginPayload'], ParentType, ContextType, RequireFields<MutationRegisterWithSpidCieArgs, 'input'>>;
  rejectCompany?: Resolver<ResolversTypes['CompanyPayload'], ParentType, ContextType, RequireFields<MutationRejectCompanyArgs, 'id' | 'reason'>>;
  rejectVacancy?: Resolver<ResolversTypes['VacancyPayload'], ParentType, ContextType, RequireFields<MutationRejectVacancyArgs, 'id' | 'reason'>>;
  removeApiClientOperation?: Resolver<ResolversTypes['ApiClientPayload'], ParentType, ContextType, RequireFields<MutationRemoveApiClientOperationArgs, 'apiClientId' | 'hash'>>;
  removeCompanySite?: Resolver<ResolversTypes['CompanyPayload'], ParentType, ContextType, RequireFields<MutationRemoveCompanySiteArgs, 'id'>>;
  replayWebhookDelivery?: Resolver<ResolversTypes['WebhookDeliveryPayload'], ParentType, ContextType, RequireFields<MutationReplayWebhookDeliveryArgs, 'id'>>;
  requestErasure?: Resolver<ResolversTypes['RequestErasurePayload'], ParentType, ContextType, RequireFields<MutationRequestErasureArgs, 'confirm'>>;
  requestErasureAtDesk?: Resolver<ResolversTypes['RequestErasurePayload'], ParentType, ContextType, RequireFields<MutationRequestErasureAtDeskArgs, 'citizenId' | 'identityConfirmed'>>;
  requestPasswordReset?: Resolver<ResolversTypes['OkPayload'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'email'>>;
  rescheduleBooking?: Resolver<ResolversTypes['BookingPayload'], ParentType, ContextType, RequireFields<MutationRescheduleBookingArgs, 'id' | 'slotId'>>;
  resetPassword?: Resolver<ResolversTypes['OkPayload'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'newPassword' | 'token'>>;
  respondToInterview?: Resolver<ResolversTypes['InterviewPayload'], ParentType, ContextType, RequireFields<MutationRespondToInterviewArgs, 'accept' | 'id'>>;
  resumeInternship?: Resolver<ResolversTypes['InternshipPayload'], ParentType, ContextType, RequireFields<MutationResumeInternshipArgs, 'id'>>;
  revokeApiClient?: Resolver<ResolversTypes['OkPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiClientArgs, 'id'>>;
  saveCv?: Resolver<ResolversTypes['SaveCvPayload'], ParentType, ContextType, RequireFields<MutationSaveCvArgs, 'input'>>;
  saveJobAlert?: Resolver<ResolversTypes['JobAlertPayload'], ParentType, ContextType, RequireFields<MutationSaveJobAlertArgs, 'input'>>;
  savePatto?: Resolver<ResolversTypes['PattoPayload'], ParentType, ContextType, RequireFields<MutationSavePattoArgs, 'caseId' | 'input'>>;
  scheduleCompanyFollowUp?: Resolver<ResolversTypes['CompanyFollowUpPayload'], ParentType, ContextType, RequireFields<MutationScheduleCompanyFollowUpArgs, 'input'>>;
  setApiClientPersistedOnly?: Resolver<ResolversTypes['ApiClientPayload'], ParentType, ContextType, RequireFields<MutationSetApiClientPersistedOnlyArgs, 'apiClientId' | 'persistedOnly'>>;
  setBusinessPlanStep?: Resolver<ResolversTypes['BusinessIdeaPayload'], ParentType, ContextType, RequireFields<MutationSetBusinessPlanStepArgs, 'done' | 'ideaId' | 'step'>>;
  setCompanyFollowUpDone?: Resolver<ResolversTypes['CompanyFollowUpPayload'], ParentType, ContextType, RequireFields<MutationSetCompanyFollowUpDoneArgs, 'done' | 'id'>>;
  setCompanyNeedStatus?: Resolver<ResolversTypes['CompanyNeedPayload'], ParentType, ContextType, RequireFields<MutationSetCompanyNeedStatusArgs, 'id' | 'status'>>;
  setCompanyResponseDays?: Resolver<ResolversTypes['CompanyResponseDaysPayload'], ParentType, ContextType, RequireFields<MutationSetCompanyResponseDaysArgs, 'days'>>;
  setNotificationPreference?: Resolver<ResolversTypes['NotificationPreferencePayload'], ParentType, ContextType, RequireFields<MutationSetNotificationPreferenceArgs, 'email' | 'kind'>>;
  setOutplacementWorkerStatus?: Resolver<ResolversTypes['OutplacementWorkerPayload'], ParentType, ContextType, RequireFields<MutationSetOutplacementWorkerStatusArgs, 'input' | 'workerId'>>;
  setPattoActionStatus?: Resolver<ResolversTypes['PattoActionPayload'], ParentType, ContextType, RequireFields<MutationSetPattoActionStatusArgs, 'actionId' | 'status'>>;
  setReportMinCount?: Resolver<ResolversTypes['ReportMinCountPayload'], ParentType, ContextType, RequireFields<MutationSetReportMinCountArgs, 'minCount'>>;
  setRetentionMonths?: Resolver<ResolversTypes['RetentionPolicyPayload'], ParentType, ContextType, RequireFields<MutationSetRetentionMonthsArgs, 'months'>>;
  setStaffTwoFactorRequired?: Resolver<ResolversTypes['StaffTwoFactorPolicyPayload'], ParentType, ContextType, RequireFields<MutationSetStaffTwoFactorRequiredArgs, 'required'>>;
  setVacancyPayRequired?: Resolver<ResolversTypes['VacancyPayRulePayload'], ParentType, ContextType, RequireFields<MutationSetVacancyPayRequiredArgs, 'required'>>;
  signInternshipAgreement?: Resolver<ResolversTypes['InternshipPayload'], ParentType, ContextType, RequireFields<MutationSignInternshipAgreementArgs, 'id'>>;
  startInternship?: Resolver<ResolversTypes['InternshipPayload'], ParentType, ContextType, RequireFields<MutationStartInternshipArgs, 'id'>>;
  startTotpEnrolment?: Resolver<ResolversTypes['StartTotpEnrolmentPayload'], ParentType, ContextType>;
  submitBusinessIdea?: Resolver<ResolversTypes['BusinessIdeaPayload'], ParentType, ContextType, RequireFields<MutationSubmitBusinessIdeaArgs, 'input'>>;
  submitVacancy?: Resolver<ResolversTypes['VacancyPayload'], ParentType, ContextType, RequireFields<MutationSubmitVacancyArgs, 'id'>>;
  suspendInternship?: Resolver<ResolversTypes['InternshipPayload'], ParentType, ContextType, RequireFields<MutationSuspendInternshipArgs, 'id' | 'reason'>>;
  takeCitizenInCharge?: Resolver<ResolversTypes['CaseAssignmentPayload'], ParentType, ContextType, RequireFields<MutationTakeCitizenInChargeArgs, 'citizenId' | 'reason'>>;
  takeOutplacementGroupInCharge?: Resolver<ResolversTypes['OutplacementProjectPayload'], ParentType, ContextType, RequireFields<MutationTakeOutplacementGroupInChargeArgs, 'projectId'>>;
  unsubscribeJobAlert?: Resolver<ResolversTypes['UnsubscribePayload'], ParentType, ContextType, RequireFields<MutationUnsubscribeJobAlertArgs, 'token'>>;
  updateCitizenProfile?: Resolver<ResolversTypes['CitizenPayload'], ParentType, ContextType, RequireFields<MutationUpdateCitizenProfileArgs, 'input'>>;
  updateCompanyProfile?: Resolver<ResolversTypes['CompanyPayload'], ParentType, ContextType, RequireFields<MutationUpdateCompanyProfileArgs, 'input'>>;
  updateCoverLetter?: Resolver<ResolversTypes['CoverLetterPayload'], ParentType, ContextType, RequireFields<MutationUpdateCoverLetterArgs, 'id' | 'input'>>;
  updateGroupActivity?: Resolver<ResolversTypes['GroupActivityPayload'], ParentType, ContextType, RequireFields<MutationUpdateGroupActivityArgs, 'id' | 'input'>>;
  updateMicrocreditReferral?: Resolver<ResolversTypes['BusinessIdeaPayload'], ParentType, ContextType, RequireFields<MutationUpdateMicrocreditReferralArgs, 'referralId' | 'status'>>;
  updateNetworkPrivacy?: Resolver<ResolversTypes['NetworkPayload'], ParentType, ContextType, RequireFields<MutationUpdateNetworkPrivacyArgs, 'input'>>;
  updateTrainingModule?: Resolver<ResolversTypes['TrainingModulePayload'], ParentType, ContextType, RequireFields<MutationUpdateTrainingModuleArgs, 'id' | 'input'>>;
  updateVacancy?: Resolver<ResolversTypes['VacancyPayload'], ParentType, ContextType, RequireFields<MutationUpdateVacancyArgs, 'id' | 'input'>>;
  verifyCompany?: Resolver<ResolversTypes['CompanyPayload'], ParentType, ContextType, RequireFields<MutationVerifyCompanyArgs, 'id'>>;
  verifyEmail?: Resolver<ResolversTypes['OkPayload'], ParentType, ContextType, RequireFields<MutationVerifyEmailArgs, 'token'>>;
  verifyPlacement?: Resolver<ResolversTypes['PlacementPayload'], ParentType, ContextType, RequireFields<MutationVerifyPlacementArgs, 'id'>>;
  withdrawApplication?: Resolver<ResolversTypes['ApplicationPayload'], ParentType, ContextType, RequireFields<MutationWithdrawApplicationArgs, 'id'>>;
  withdrawConsent?: Resolver<ResolversTypes['ConsentPayload'], ParentType, ContextType, RequireFields<MutationWithdrawConsentArgs, 'purpose'>>;
  withdrawGroupEnrolment?: Resolver<ResolversTypes['GroupEnrolmentPayload'], ParentType, ContextType, RequireFields<MutationWithdrawGroupEnrolmentArgs, 'id'>>;
  withdrawTrainingEnrolment?: Resolver<ResolversTypes['TrainingEnrolmentPayload'], ParentType, ContextType, RequireFields<MutationWithdrawTrainingEnrolmentArgs, 'id'>>;
};

export type MyErasureResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MyErasure'] = ResolversParentTypes['MyErasure']> = {
  obligations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  request?: Resolver<Maybe<ResolversTypes['ErasureRequest']>, ParentType, ContextType>;
};

export type NetworkResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  companyResponseDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dpoEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  memberComuni?: Resolver<Array<ResolversTypes['Comune']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  privacyController?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportMinCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vacancyPayRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NetworkPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NetworkPayload'] = ResolversParentTypes['NetworkPayload']> = {
  network?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  portal?: Resolver<ResolversTypes['Portal'], ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type NotificationPreferenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NotificationPreference'] = ResolversParentTypes['NotificationPreference']> = {
  email?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mandatoryReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type NotificationPreferencePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NotificationPreferencePayload'] = ResolversParentTypes['NotificationPreferencePayload']> = {
  preference?: Resolver<Maybe<ResolversTypes['NotificationPreference']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OkPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OkPayload'] = ResolversParentTypes['OkPayload']> = {
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OperatorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Operator'] = ResolversParentTypes['Operator']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sportello?: Resolver<ResolversTypes['Sportello'], ParentType, ContextType>;
};

export type OrientationConstraintsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrientationConstraints'] = ResolversParentTypes['OrientationConstraints']> = {
  careDuties?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  careDutiesNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hoursPerWeek?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  transport?: Resolver<ResolversTypes['TransportMeans'], ParentType, ContextType>;
};

export type OrientationRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrientationRecord'] = ResolversParentTypes['OrientationRecord']> = {
  bookingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  constraints?: Resolver<Maybe<ResolversTypes['OrientationConstraints']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interests?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrientationPurpose'], ParentType, ContextType>;
  sportello?: Resolver<ResolversTypes['Sportello'], ParentType, ContextType>;
  strengths?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetOccupations?: Resolver<Array<ResolversTypes['EscoOccupation']>, ParentType, ContextType>;
  writtenByName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OrientationRecordPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrientationRecordPayload'] = ResolversParentTypes['OrientationRecordPayload']> = {
  record?: Resolver<Maybe<ResolversTypes['OrientationRecord']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OutcomeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Outcome'] = ResolversParentTypes['Outcome']> = {
  billedIn?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType>;
  checkpoints?: Resolver<Array<ResolversTypes['Checkpoint']>, ParentType, ContextType>;
  contractClass?: Resolver<Maybe<ResolversTypes['ContractClass']>, ParentType, ContextType>;
  contractType?: Resolver<Maybe<ResolversTypes['ContractType']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  eligibility?: Resolver<Array<ResolversTypes['OutcomeEligibility']>, ParentType, ContextType>;
  employerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OutcomeKind'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sportello?: Resolver<ResolversTypes['Sportello'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  targetGroups?: Resolver<Array<ResolversTypes['OutcomeTargetGroup']>, ParentType, ContextType>;
};

export type OutcomeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutcomeConnection'] = ResolversParentTypes['OutcomeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OutcomeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OutcomeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutcomeEdge'] = ResolversParentTypes['OutcomeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Outcome'], ParentType, ContextType>;
};

export type OutcomeEligibilityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutcomeEligibility'] = ResolversParentTypes['OutcomeEligibility']> = {
  contract?: Resolver<ResolversTypes['FundingContract'], ParentType, ContextType>;
  eligible?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['OutcomeIneligibility']>, ParentType, ContextType>;
};

export type OutplacementProjectResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutplacementProject'] = ResolversParentTypes['OutplacementProject']> = {
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comune?: Resolver<ResolversTypes['Comune'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partitaIva?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['OutplacementReason'], ParentType, ContextType>;
  sportello?: Resolver<ResolversTypes['Sportello'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['OutplacementSummary'], ParentType, ContextType>;
  takenInChargeAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  workers?: Resolver<Array<ResolversTypes['OutplacementWorker']>, ParentType, ContextType>;
};

export type OutplacementProjectConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutplacementProjectConnection'] = ResolversParentTypes['OutplacementProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OutplacementProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OutplacementProjectEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutplacementProjectEdge'] = ResolversParentTypes['OutplacementProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['OutplacementProject'], ParentType, ContextType>;
};

export type OutplacementProjectPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutplacementProjectPayload'] = ResolversParentTypes['OutplacementProjectPayload']> = {
  project?: Resolver<Maybe<ResolversTypes['OutplacementProject']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OutplacementStatusCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutplacementStatusCount'] = ResolversParentTypes['OutplacementStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OutplacementWorkerStatus'], ParentType, ContextType>;
};

export type OutplacementSummaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutplacementSummary'] = ResolversParentTypes['OutplacementSummary']> = {
  byStatus?: Resolver<Array<ResolversTypes['OutplacementStatusCount']>, ParentType, ContextType>;
  notInCharge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OutplacementWorkerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutplacementWorker'] = ResolversParentTypes['OutplacementWorker']> = {
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  caseId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  citizen?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['OutplacementWorkerEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['OutplacementWorkerStatus']>, ParentType, ContextType>;
  statusOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type OutplacementWorkerEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutplacementWorkerEvent'] = ResolversParentTypes['OutplacementWorkerEvent']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  placement?: Resolver<Maybe<ResolversTypes['Placement']>, ParentType, ContextType>;
  recordedByName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OutplacementWorkerStatus'], ParentType, ContextType>;
  statusOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type OutplacementWorkerPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OutplacementWorkerPayload'] = ResolversParentTypes['OutplacementWorkerPayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  worker?: Resolver<Maybe<ResolversTypes['OutplacementWorker']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PattoActionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PattoAction'] = ResolversParentTypes['PattoAction']> = {
  assignee?: Resolver<ResolversTypes['PattoActionAssignee'], ParentType, ContextType>;
  case?: Resolver<ResolversTypes['Case'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PattoActionKind'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PattoActionStatus'], ParentType, ContextType>;
};

export type PattoActionPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PattoActionPayload'] = ResolversParentTypes['PattoActionPayload']> = {
  action?: Resolver<Maybe<ResolversTypes['PattoAction']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PattoPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PattoPayload'] = ResolversParentTypes['PattoPayload']> = {
  patto?: Resolver<Maybe<ResolversTypes['PattoVersion']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PattoVersionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PattoVersion'] = ResolversParentTypes['PattoVersion']> = {
  acceptanceChannel?: Resolver<Maybe<ResolversTypes['PattoAcceptanceChannel']>, ParentType, ContextType>;
  acceptanceRecordedBy?: Resolver<Maybe<ResolversTypes['Operator']>, ParentType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acceptedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  actions?: Resolver<Array<ResolversTypes['PattoAction']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['Operator'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  objectives?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlacementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Placement'] = ResolversParentTypes['Placement']> = {
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  citizen?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
  contractType?: Resolver<ResolversTypes['ContractType'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  employerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  internship?: Resolver<Maybe<ResolversTypes['Internship']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['PlacementSource'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  verified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type PlacementConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlacementConnection'] = ResolversParentTypes['PlacementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlacementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlacementEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlacementEdge'] = ResolversParentTypes['PlacementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Placement'], ParentType, ContextType>;
};

export type PlacementPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlacementPayload'] = ResolversParentTypes['PlacementPayload']> = {
  placement?: Resolver<Maybe<ResolversTypes['Placement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ProgramResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = {
  budgetCents?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  calls?: Resolver<Array<ResolversTypes['ProgramCall']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownerComune?: Resolver<Maybe<ResolversTypes['Comune']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProgramApplicationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgramApplication'] = ResolversParentTypes['ProgramApplication']> = {
  call?: Resolver<ResolversTypes['ProgramCall'], ParentType, ContextType>;
  checks?: Resolver<Array<ResolversTypes['EligibilityCheck']>, ParentType, ContextType>;
  citizen?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iseeCents?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  participation?: Resolver<Maybe<ResolversTypes['ProgramParticipation']>, ParentType, ContextType>;
  ranking?: Resolver<Maybe<ResolversTypes['RankingRow']>, ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  submittedByCitizen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unemployedSince?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ProgramApplicationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgramApplicationConnection'] = ResolversParentTypes['ProgramApplicationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProgramApplicationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgramApplicationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgramApplicationEdge'] = ResolversParentTypes['ProgramApplicationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProgramApplication'], ParentType, ContextType>;
};

export type ProgramApplicationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgramApplicationPayload'] = ResolversParentTypes['ProgramApplicationPayload']> = {
  application?: Resolver<Maybe<ResolversTypes['ProgramApplication']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ProgramCallResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgramCall'] = ResolversParentTypes['ProgramCall']> = {
  applications?: Resolver<Array<ResolversTypes['ProgramApplication']>, ParentType, ContextType>;
  closesOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  eligibilityFor?: Resolver<Maybe<Array<ResolversTypes['EligibilityCheck']>>, ParentType, ContextType, RequireFields<ProgramCallEligibilityForArgs, 'citizenId'>>;
  hourlyRateCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  myApplication?: Resolver<Maybe<ResolversTypes['ProgramApplication']>, ParentType, ContextType>;
  myEligibility?: Resolver<Maybe<Array<ResolversTypes['EligibilityCheck']>>, ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  opensOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  places?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  placesTaken?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  program?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
  ranking?: Resolver<Array<ResolversTypes['RankingRow']>, ParentType, ContextType>;
  rankingCriteria?: Resolver<ResolversTypes['RankingCriteria'], ParentType, ContextType>;
  rankingPublishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rules?: Resolver<ResolversTypes['EligibilityRules'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProgramCallConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgramCallConnection'] = ResolversParentTypes['ProgramCallConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProgramCallEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgramCallEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgramCallEdge'] = ResolversParentTypes['ProgramCallEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProgramCall'], ParentType, ContextType>;
};

export type ProgramCallPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgramCallPayload'] = ResolversParentTypes['ProgramCallPayload']> = {
  call?: Resolver<Maybe<ResolversTypes['ProgramCall']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ProgramConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgramConnection'] = ResolversParentTypes['ProgramConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProgramEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgramEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgramEdge'] = ResolversParentTypes['ProgramEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
};

export type ProgramParticipationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgramParticipation'] = ResolversParentTypes['ProgramParticipation']> = {
  admittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  application?: Resolver<ResolversTypes['ProgramApplication'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interruptionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  monthlyStatement?: Resolver<ResolversTypes['MonthlyStatement'], ParentType, ContextType, RequireFields<ProgramParticipationMonthlyStatementArgs, 'month'>>;
  outcome?: Resolver<Maybe<ResolversTypes['ProgramOutcome']>, ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectDescription?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProgramParticipationStatus'], ParentType, ContextType>;
  tutor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weeklyHours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgramParticipationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgramParticipationPayload'] = ResolversParentTypes['ProgramParticipationPayload']> = {
  participation?: Resolver<Maybe<ResolversTypes['ProgramParticipation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ProgramPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProgramPayload'] = ResolversParentTypes['ProgramPayload']> = {
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PseudonymousCandidateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PseudonymousCandidate'] = ResolversParentTypes['PseudonymousCandidate']> = {
  ageBand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  alias?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  educationEqfLevels?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  experiences?: Resolver<Array<ResolversTypes['PseudonymousExperience']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['CvLanguage']>, ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  soughtOccupations?: Resolver<Array<ResolversTypes['EscoOccupation']>, ParentType, ContextType>;
};

export type PseudonymousExperienceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PseudonymousExperience'] = ResolversParentTypes['PseudonymousExperience']> = {
  months?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  occupation?: Resolver<Maybe<ResolversTypes['EscoOccupation']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  apiClients?: Resolver<Array<ResolversTypes['ApiClient']>, ParentType, ContextType>;
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<QueryApplicationArgs, 'id'>>;
  atecoActivities?: Resolver<Array<ResolversTypes['AtecoActivity']>, ParentType, ContextType, RequireFields<QueryAtecoActivitiesArgs, 'first' | 'search'>>;
  availableSlots?: Resolver<ResolversTypes['AppointmentSlotConnection'], ParentType, ContextType, RequireFields<QueryAvailableSlotsArgs, 'first'>>;
  bookings?: Resolver<ResolversTypes['BookingConnection'], ParentType, ContextType, RequireFields<QueryBookingsArgs, 'first'>>;
  businessIdea?: Resolver<Maybe<ResolversTypes['BusinessIdea']>, ParentType, ContextType, RequireFields<QueryBusinessIdeaArgs, 'id'>>;
  businessIdeas?: Resolver<ResolversTypes['BusinessIdeaConnection'], ParentType, ContextType, RequireFields<QueryBusinessIdeasArgs, 'first'>>;
  caseCounts?: Resolver<Array<ResolversTypes['SportelloCaseCounts']>, ParentType, ContextType>;
  caseload?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, RequireFields<QueryCaseloadArgs, 'first' | 'overdueOnly' | 'pattoNotAccepted' | 'scope'>>;
  caseworkToday?: Resolver<ResolversTypes['CaseworkToday'], ParentType, ContextType>;
  citizen?: Resolver<Maybe<ResolversTypes['Citizen']>, ParentType, ContextType, RequireFields<QueryCitizenArgs, 'id'>>;
  citizenCase?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCitizenCaseArgs, 'citizenId'>>;
  citizens?: Resolver<ResolversTypes['CitizenConnection'], ParentType, ContextType, RequireFields<QueryCitizensArgs, 'first'>>;
  companies?: Resolver<ResolversTypes['CompanyConnection'], ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  companyInternships?: Resolver<ResolversTypes['InternshipConnection'], ParentType, ContextType, RequireFields<QueryCompanyInternshipsArgs, 'first'>>;
  companyServiceFile?: Resolver<Maybe<ResolversTypes['CompanyServiceFile']>, ParentType, ContextType, RequireFields<QueryCompanyServiceFileArgs, 'companyId'>>;
  companyServices?: Resolver<Array<ResolversTypes['CompanyServiceSummary']>, ParentType, ContextType>;
  companyVacancies?: Resolver<ResolversTypes['VacancyConnection'], ParentType, ContextType, RequireFields<QueryCompanyVacanciesArgs, 'first'>>;
  comuni?: Resolver<Array<ResolversTypes['Comune']>, ParentType, ContextType, RequireFields<QueryComuniArgs, 'first' | 'search'>>;
  coverLetter?: Resolver<Maybe<ResolversTypes['CoverLetter']>, ParentType, ContextType, RequireFields<QueryCoverLetterArgs, 'id'>>;
  coverLetterTemplates?: Resolver<Array<ResolversTypes['CoverLetterTemplate']>, ParentType, ContextType>;
  educationTitles?: Resolver<Array<ResolversTypes['EducationTitle']>, ParentType, ContextType>;
  employmentChecks?: Resolver<ResolversTypes['EmploymentCheckConnection'], ParentType, ContextType, RequireFields<QueryEmploymentChecksArgs, 'first'>>;
  erasureRequests?: Resolver<Array<ResolversTypes['ErasureRequest']>, ParentType, ContextType, Partial<QueryErasureRequestsArgs>>;
  escoOccupations?: Resolver<Array<ResolversTypes['EscoOccupation']>, ParentType, ContextType, RequireFields<QueryEscoOccupationsArgs, 'first' | 'search'>>;
  escoOccupationsByUri?: Resolver<Array<ResolversTypes['EscoOccupation']>, ParentType, ContextType, RequireFields<QueryEscoOccupationsByUriArgs, 'uris'>>;
  escoSkills?: Resolver<Array<ResolversTypes['EscoSkill']>, ParentType, ContextType, RequireFields<QueryEscoSkillsArgs, 'first' | 'search'>>;
  frontDeskContacts?: Resolver<ResolversTypes['FrontDeskContactConnection'], ParentType, ContextType, RequireFields<QueryFrontDeskContactsArgs, 'first'>>;
  frontDeskCounts?: Resolver<ResolversTypes['FrontDeskCounts'], ParentType, ContextType, RequireFields<QueryFrontDeskCountsArgs, 'from' | 'to'>>;
  fundingContracts?: Resolver<Array<ResolversTypes['FundingContract']>, ParentType, ContextType>;
  groupActivities?: Resolver<ResolversTypes['GroupActivityConnection'], ParentType, ContextType, RequireFields<QueryGroupActivitiesArgs, 'first'>>;
  groupActivity?: Resolver<Maybe<ResolversTypes['GroupActivity']>, ParentType, ContextType, RequireFields<QueryGroupActivityArgs, 'id'>>;
  internship?: Resolver<Maybe<ResolversTypes['Internship']>, ParentType, ContextType, RequireFields<QueryInternshipArgs, 'id'>>;
  internships?: Resolver<ResolversTypes['InternshipConnection'], ParentType, ContextType, RequireFields<QueryInternshipsArgs, 'first'>>;
  labourMarketReport?: Resolver<ResolversTypes['LabourMarketReport'], ParentType, ContextType, RequireFields<QueryLabourMarketReportArgs, 'semester'>>;
  me?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  microcreditPartners?: Resolver<Array<ResolversTypes['MicrocreditPartner']>, ParentType, ContextType>;
  myApplications?: Resolver<ResolversTypes['ApplicationConnection'], ParentType, ContextType, RequireFields<QueryMyApplicationsArgs, 'first'>>;
  myBusinessIdeas?: Resolver<Array<ResolversTypes['BusinessIdea']>, ParentType, ContextType>;
  myCase?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType>;
  myCompanyServices?: Resolver<ResolversTypes['ReceivedCompanyServices'], ParentType, ContextType>;
  myErasure?: Resolver<ResolversTypes['MyErasure'], ParentType, ContextType>;
  myGroupEnrolments?: Resolver<ResolversTypes['GroupEnrolmentConnection'], ParentType, ContextType, RequireFields<QueryMyGroupEnrolmentsArgs, 'first'>>;
  myInternships?: Resolver<ResolversTypes['InternshipConnection'], ParentType, ContextType, RequireFields<QueryMyInternshipsArgs, 'first'>>;
  myJobAlert?: Resolver<Maybe<ResolversTypes['JobAlert']>, ParentType, ContextType>;
  myMatchingVacancies?: Resolver<Array<ResolversTypes['VacancyMatch']>, ParentType, ContextType, RequireFields<QueryMyMatchingVacanciesArgs, 'first'>>;
  myNotificationPreferences?: Resolver<Array<ResolversTypes['NotificationPreference']>, ParentType, ContextType>;
  myNotifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<QueryMyNotificationsArgs, 'first' | 'unreadOnly'>>;
  myProgramApplications?: Resolver<ResolversTypes['ProgramApplicationConnection'], ParentType, ContextType, RequireFields<QueryMyProgramApplicationsArgs, 'first'>>;
  myTrainingEnrolments?: Resolver<ResolversTypes['TrainingEnrolmentConnection'], ParentType, ContextType, RequireFields<QueryMyTrainingEnrolmentsArgs, 'first'>>;
  network?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType, RequireFields<QueryNetworkArgs, 'slug'>>;
  networkInterviews?: Resolver<ResolversTypes['InterviewConnection'], ParentType, ContextType, RequireFields<QueryNetworkInterviewsArgs, 'first'>>;
  networkVacancies?: Resolver<ResolversTypes['VacancyConnection'], ParentType, ContextType, RequireFields<QueryNetworkVacanciesArgs, 'first'>>;
  networks?: Resolver<Array<ResolversTypes['Network']>, ParentType, ContextType>;
  openGroupActivities?: Resolver<ResolversTypes['GroupActivityConnection'], ParentType, ContextType, RequireFields<QueryOpenGroupActivitiesArgs, 'first'>>;
  openProgramCalls?: Resolver<ResolversTypes['ProgramCallConnection'], ParentType, ContextType, RequireFields<QueryOpenProgramCallsArgs, 'first'>>;
  openTrainingModules?: Resolver<ResolversTypes['TrainingModuleConnection'], ParentType, ContextType, RequireFields<QueryOpenTrainingModulesArgs, 'first'>>;
  operators?: Resolver<Array<ResolversTypes['Operator']>, ParentType, ContextType>;
  orientationRecords?: Resolver<Array<ResolversTypes['OrientationRecord']>, ParentType, ContextType, Partial<QueryOrientationRecordsArgs>>;
  outcomes?: Resolver<ResolversTypes['OutcomeConnection'], ParentType, ContextType, RequireFields<QueryOutcomesArgs, 'first'>>;
  outplacementProject?: Resolver<Maybe<ResolversTypes['OutplacementProject']>, ParentType, ContextType, RequireFields<QueryOutplacementProjectArgs, 'id'>>;
  outplacementProjects?: Resolver<ResolversTypes['OutplacementProjectConnection'], ParentType, ContextType, RequireFields<QueryOutplacementProjectsArgs, 'first'>>;
  placements?: Resolver<ResolversTypes['PlacementConnection'], ParentType, ContextType, RequireFields<QueryPlacementsArgs, 'first'>>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType, RequireFields<QueryProgramArgs, 'id'>>;
  programApplication?: Resolver<Maybe<ResolversTypes['ProgramApplication']>, ParentType, ContextType, RequireFields<QueryProgramApplicationArgs, 'id'>>;
  programCall?: Resolver<Maybe<ResolversTypes['ProgramCall']>, ParentType, ContextType, RequireFields<QueryProgramCallArgs, 'id'>>;
  programs?: Resolver<ResolversTypes['ProgramConnection'], ParentType, ContextType, RequireFields<QueryProgramsArgs, 'first'>>;
  retentionPolicy?: Resolver<ResolversTypes['RetentionPolicy'], ParentType, ContextType>;
  skillsGap?: Resolver<ResolversTypes['SkillsGap'], ParentType, ContextType, RequireFields<QuerySkillsGapArgs, 'occupationUri'>>;
  spidCieLogin?: Resolver<Maybe<ResolversTypes['SpidCieLogin']>, ParentType, ContextType>;
  sportelli?: Resolver<Array<ResolversTypes['Sportello']>, ParentType, ContextType>;
  trainingModule?: Resolver<Maybe<ResolversTypes['TrainingModule']>, ParentType, ContextType, RequireFields<QueryTrainingModuleArgs, 'id'>>;
  trainingModules?: Resolver<ResolversTypes['TrainingModuleConnection'], ParentType, ContextType, RequireFields<QueryTrainingModulesArgs, 'first'>>;
  vacanciesToModerate?: Resolver<ResolversTypes['VacancyConnection'], ParentType, ContextType, RequireFields<QueryVacanciesToModerateArgs, 'first'>>;
  vacancy?: Resolver<Maybe<ResolversTypes['Vacancy']>, ParentType, ContextType, RequireFields<QueryVacancyArgs, 'id'>>;
  vacancySearch?: Resolver<ResolversTypes['VacancyConnection'], ParentType, ContextType, RequireFields<QueryVacancySearchArgs, 'first'>>;
  webhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<QueryWebhookDeliveriesArgs, 'subscriptionId'>>;
  webhookSubscriptions?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
};

export type RankingCriteriaResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RankingCriteria'] = ResolversParentTypes['RankingCriteria']> = {
  iseeWeight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unemploymentWeight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RankingRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RankingRow'] = ResolversParentTypes['RankingRow']> = {
  application?: Resolver<ResolversTypes['ProgramApplication'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReceivedCompanyServiceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReceivedCompanyService'] = ResolversParentTypes['ReceivedCompanyService']> = {
  channel?: Resolver<ResolversTypes['CompanyContactChannel'], ParentType, ContextType>;
  contactedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReceivedCompanyServicesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReceivedCompanyServices'] = ResolversParentTypes['ReceivedCompanyServices']> = {
  openNeeds?: Resolver<Array<ResolversTypes['CompanyNeed']>, ParentType, ContextType>;
  services?: Resolver<Array<ResolversTypes['ReceivedCompanyService']>, ParentType, ContextType>;
};

export type RecoveryCodesPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RecoveryCodesPayload'] = ResolversParentTypes['RecoveryCodesPayload']> = {
  recoveryCodes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RegisterApiClientOperationsPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegisterApiClientOperationsPayload'] = ResolversParentTypes['RegisterApiClientOperationsPayload']> = {
  operations?: Resolver<Maybe<Array<ResolversTypes['RegisteredOperation']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RegisterCitizenPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegisterCitizenPayload'] = ResolversParentTypes['RegisterCitizenPayload']> = {
  citizen?: Resolver<Maybe<ResolversTypes['Citizen']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RegisteredOperationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RegisteredOperation'] = ResolversParentTypes['RegisteredOperation']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReportChartResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReportChart'] = ResolversParentTypes['ReportChart']> = {
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spec?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportMinCountPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ReportMinCountPayload'] = ResolversParentTypes['ReportMinCountPayload']> = {
  reportMinCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RequestErasurePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RequestErasurePayload'] = ResolversParentTypes['RequestErasurePayload']> = {
  erased?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  request?: Resolver<Maybe<ResolversTypes['ErasureRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RetentionPolicyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RetentionPolicy'] = ResolversParentTypes['RetentionPolicy']> = {
  months?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  noticeDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RetentionPolicyPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RetentionPolicyPayload'] = ResolversParentTypes['RetentionPolicyPayload']> = {
  retentionPolicy?: Resolver<Maybe<ResolversTypes['RetentionPolicy']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SaveCvPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SaveCvPayload'] = ResolversParentTypes['SaveCvPayload']> = {
  cv?: Resolver<Maybe<ResolversTypes['Cv']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SecondFactorChallengeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SecondFactorChallenge'] = ResolversParentTypes['SecondFactorChallenge']> = {
  challengeToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SessionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deviceToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  twoFactorEnrolmentRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type SessionPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SessionPayload'] = ResolversParentTypes['SessionPayload']> = {
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SkillBalanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillBalance'] = ResolversParentTypes['SkillBalance']> = {
  demandShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  demanded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gapPoints?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offered?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supplyShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SkillGapItemResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillGapItem'] = ResolversParentTypes['SkillGapItem']> = {
  openInternships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openTrainingModules?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['EscoSkill'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SkillGapStatus'], ParentType, ContextType>;
};

export type SkillsGapResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillsGap'] = ResolversParentTypes['SkillsGap']> = {
  coverage?: Resolver<ResolversTypes['SkillsGapCoverage'], ParentType, ContextType>;
  essentialSkills?: Resolver<Array<ResolversTypes['SkillGapItem']>, ParentType, ContextType>;
  internshipHosts?: Resolver<Array<ResolversTypes['SkillsGapInternshipHost']>, ParentType, ContextType>;
  missingSkills?: Resolver<Array<ResolversTypes['EscoSkill']>, ParentType, ContextType>;
  notice?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occupation?: Resolver<ResolversTypes['EscoOccupation'], ParentType, ContextType>;
  trainingModules?: Resolver<Array<ResolversTypes['SkillsGapTrainingModule']>, ParentType, ContextType>;
  vacancies?: Resolver<ResolversTypes['SkillsGapVacancyConnection'], ParentType, ContextType, RequireFields<SkillsGapVacanciesArgs, 'first'>>;
};

export type SkillsGapCoverageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillsGapCoverage'] = ResolversParentTypes['SkillsGapCoverage']> = {
  essential?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  related?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SkillsGapInternshipHostResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillsGapInternshipHost'] = ResolversParentTypes['SkillsGapInternshipHost']> = {
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openInternships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['EscoSkill']>, ParentType, ContextType>;
};

export type SkillsGapTrainingModuleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillsGapTrainingModule'] = ResolversParentTypes['SkillsGapTrainingModule']> = {
  skills?: Resolver<Array<ResolversTypes['EscoSkill']>, ParentType, ContextType>;
  trainingModule?: Resolver<ResolversTypes['TrainingModule'], ParentType, ContextType>;
};

export type SkillsGapVacancyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillsGapVacancy'] = ResolversParentTypes['SkillsGapVacancy']> = {
  essentialCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['EscoSkill']>, ParentType, ContextType>;
  vacancy?: Resolver<ResolversTypes['Vacancy'], ParentType, ContextType>;
};

export type SkillsGapVacancyConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillsGapVacancyConnection'] = ResolversParentTypes['SkillsGapVacancyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SkillsGapVacancyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SkillsGapVacancyEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SkillsGapVacancyEdge'] = ResolversParentTypes['SkillsGapVacancyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SkillsGapVacancy'], ParentType, ContextType>;
};

export type SpecialCategoriesResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SpecialCategories'] = ResolversParentTypes['SpecialCategories']> = {
  disabilityCategory?: Resolver<Maybe<ResolversTypes['DisabilityCategory']>, ParentType, ContextType>;
  economicHardship?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  law68Disability?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SpecialCategoriesPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SpecialCategoriesPayload'] = ResolversParentTypes['SpecialCategoriesPayload']> = {
  specialCategories?: Resolver<Maybe<ResolversTypes['SpecialCategories']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SpidCieIdentityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SpidCieIdentity'] = ResolversParentTypes['SpidCieIdentity']> = {
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  codiceFiscale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SpidCieLoginResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SpidCieLogin'] = ResolversParentTypes['SpidCieLogin']> = {
  developmentProvider?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SpidCieLoginPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SpidCieLoginPayload'] = ResolversParentTypes['SpidCieLoginPayload']> = {
  providerLogoutUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registration?: Resolver<Maybe<ResolversTypes['SpidCieIdentity']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['Session']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SportelloResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Sportello'] = ResolversParentTypes['Sportello']> = {
  address?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  comune?: Resolver<ResolversTypes['Comune'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SportelloCaseCountsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SportelloCaseCounts'] = ResolversParentTypes['SportelloCaseCounts']> = {
  closedCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openCases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdueActions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pattiAccepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pattiAwaitingAcceptance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sportello?: Resolver<ResolversTypes['Sportello'], ParentType, ContextType>;
};

export type StaffTwoFactorPolicyPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StaffTwoFactorPolicyPayload'] = ResolversParentTypes['StaffTwoFactorPolicyPayload']> = {
  staffTwoFactorRequired?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type StartTotpEnrolmentPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StartTotpEnrolmentPayload'] = ResolversParentTypes['StartTotpEnrolmentPayload']> = {
  enrolment?: Resolver<Maybe<ResolversTypes['TotpEnrolment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type StatementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  chargedCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  creditedCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  csvUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['StatementLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pdfUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodEndsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStartsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  totalCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementLineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementLine'] = ResolversParentTypes['StatementLine']> = {
  amountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contractClass?: Resolver<Maybe<ResolversTypes['ContractClass']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementLineKind'], ParentType, ContextType>;
  outcomeKind?: Resolver<ResolversTypes['OutcomeKind'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  targetGroup?: Resolver<Maybe<ResolversTypes['OutcomeTargetGroup']>, ParentType, ContextType>;
  tariffCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementPayload'] = ResolversParentTypes['StatementPayload']> = {
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  liveEvents?: SubscriptionResolver<ResolversTypes['LiveEvent'], "liveEvents", ParentType, ContextType, Partial<SubscriptionLiveEventsArgs>>;
};

export type TallyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Tally'] = ResolversParentTypes['Tally']> = {
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TariffResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Tariff'] = ResolversParentTypes['Tariff']> = {
  amountCents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contractClass?: Resolver<Maybe<ResolversTypes['ContractClass']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcomeKind?: Resolver<ResolversTypes['OutcomeKind'], ParentType, ContextType>;
  targetGroup?: Resolver<Maybe<ResolversTypes['OutcomeTargetGroup']>, ParentType, ContextType>;
};

export type TotpEnrolmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TotpEnrolment'] = ResolversParentTypes['TotpEnrolment']> = {
  otpauthUri?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  qrCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TrainingEnrolmentResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrainingEnrolment'] = ResolversParentTypes['TrainingEnrolment']> = {
  citizen?: Resolver<ResolversTypes['Citizen'], ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  enrolledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  module?: Resolver<ResolversTypes['TrainingModule'], ParentType, ContextType>;
  requestedByCitizen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TrainingEnrolmentStatus'], ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type TrainingEnrolmentConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrainingEnrolmentConnection'] = ResolversParentTypes['TrainingEnrolmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrainingEnrolmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingEnrolmentEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrainingEnrolmentEdge'] = ResolversParentTypes['TrainingEnrolmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TrainingEnrolment'], ParentType, ContextType>;
};

export type TrainingEnrolmentPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrainingEnrolmentPayload'] = ResolversParentTypes['TrainingEnrolmentPayload']> = {
  enrolment?: Resolver<Maybe<ResolversTypes['TrainingEnrolment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TrainingModuleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrainingModule'] = ResolversParentTypes['TrainingModule']> = {
  comune?: Resolver<Maybe<ResolversTypes['Comune']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  enrolledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enrolments?: Resolver<Array<ResolversTypes['TrainingEnrolment']>, ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['TrainingMode'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seats?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['TrainingSkill']>, ParentType, ContextType>;
  sportello?: Resolver<ResolversTypes['Sportello'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TrainingModuleStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TrainingModuleConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrainingModuleConnection'] = ResolversParentTypes['TrainingModuleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TrainingModuleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TrainingModuleEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrainingModuleEdge'] = ResolversParentTypes['TrainingModuleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TrainingModule'], ParentType, ContextType>;
};

export type TrainingModulePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrainingModulePayload'] = ResolversParentTypes['TrainingModulePayload']> = {
  trainingModule?: Resolver<Maybe<ResolversTypes['TrainingModule']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TrainingSkillResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TrainingSkill'] = ResolversParentTypes['TrainingSkill']> = {
  level?: Resolver<ResolversTypes['SkillLevel'], ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['EscoSkill'], ParentType, ContextType>;
};

export type TwoFactorStatusResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TwoFactorStatus'] = ResolversParentTypes['TwoFactorStatus']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  recoveryCodesRemaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  requiredByNetwork?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type UnsubscribePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UnsubscribePayload'] = ResolversParentTypes['UnsubscribePayload']> = {
  ok?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VacancyResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Vacancy'] = ResolversParentTypes['Vacancy']> = {
  agreementLevel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  applications?: Resolver<ResolversTypes['ApplicationConnection'], ParentType, ContextType, RequireFields<VacancyApplicationsArgs, 'first'>>;
  candidateStanding?: Resolver<ResolversTypes['CandidateStanding'], ParentType, ContextType, RequireFields<VacancyCandidateStandingArgs, 'citizenId'>>;
  collectiveAgreement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contractType?: Resolver<ResolversTypes['ContractType'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  draftedFromNeed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  drivingLicences?: Resolver<Array<ResolversTypes['DrivingLicence']>, ParentType, ContextType>;
  expiresOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['WorkingHours'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['VacancyLanguage']>, ParentType, ContextType>;
  law68Reserved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['CandidateMatch']>, ParentType, ContextType, RequireFields<VacancyMatchesArgs, 'first'>>;
  minEqfLevel?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minExperienceMonths?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  occupation?: Resolver<ResolversTypes['EscoOccupation'], ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publicUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  remote?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  salaryMaxCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  salaryMinCents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  shifts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['VacancySkill']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VacancyStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weeklyHours?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  workplaceComune?: Resolver<Maybe<ResolversTypes['Comune']>, ParentType, ContextType>;
};

export type VacancyConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['VacancyConnection'] = ResolversParentTypes['VacancyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['VacancyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VacancyEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['VacancyEdge'] = ResolversParentTypes['VacancyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Vacancy'], ParentType, ContextType>;
};

export type VacancyFromNeedPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['VacancyFromNeedPayload'] = ResolversParentTypes['VacancyFromNeedPayload']> = {
  need?: Resolver<Maybe<ResolversTypes['CompanyNeed']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  vacancy?: Resolver<Maybe<ResolversTypes['Vacancy']>, ParentType, ContextType>;
};

export type VacancyLanguageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['VacancyLanguage'] = ResolversParentTypes['VacancyLanguage']> = {
  languageCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  languageName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minLevel?: Resolver<ResolversTypes['CefrLevel'], ParentType, ContextType>;
};

export type VacancyMatchResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['VacancyMatch'] = ResolversParentTypes['VacancyMatch']> = {
  components?: Resolver<Array<ResolversTypes['MatchComponentScore']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  vacancy?: Resolver<ResolversTypes['Vacancy'], ParentType, ContextType>;
};

export type VacancyPayRulePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['VacancyPayRulePayload'] = ResolversParentTypes['VacancyPayRulePayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  vacancyPayRequired?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
};

export type VacancyPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['VacancyPayload'] = ResolversParentTypes['VacancyPayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  vacancy?: Resolver<Maybe<ResolversTypes['Vacancy']>, ParentType, ContextType>;
};

export type VacancySkillResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['VacancySkill'] = ResolversParentTypes['VacancySkill']> = {
  essential?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  skill?: Resolver<ResolversTypes['EscoSkill'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  citizen?: Resolver<Maybe<ResolversTypes['Citizen']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emailVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  familyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  linkedIdentity?: Resolver<Maybe<ResolversTypes['LinkedIdentity']>, ParentType, ContextType>;
  network?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType>;
  sportello?: Resolver<Maybe<ResolversTypes['Sportello']>, ParentType, ContextType>;
  twoFactor?: Resolver<Maybe<ResolversTypes['TwoFactorStatus']>, ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<Array<ResolversTypes['WebhookDeliveryAttempt']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['WebhookEventKind'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
};

export type WebhookDeliveryAttemptResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookDeliveryAttempt'] = ResolversParentTypes['WebhookDeliveryAttempt']> = {
  attemptedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookDeliveryPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookDeliveryPayload'] = ResolversParentTypes['WebhookDeliveryPayload']> = {
  delivery?: Resolver<Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type WebhookSubscriptionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookSubscription'] = ResolversParentTypes['WebhookSubscription']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  apiClientId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  apiClientName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['WebhookEventKind']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookSubscriptionPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WebhookSubscriptionPayload'] = ResolversParentTypes['WebhookSubscriptionPayload']> = {
  subscription?: Resolver<Maybe<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  AcquiredSkill?: AcquiredSkillResolvers<ContextType>;
  ApiClient?: ApiClientResolvers<ContextType>;
  ApiClientPayload?: ApiClientPayloadResolvers<ContextType>;
  Application?: ApplicationResolvers<ContextType>;
  ApplicationConnection?: ApplicationConnectionResolvers<ContextType>;
  ApplicationEdge?: ApplicationEdgeResolvers<ContextType>;
  ApplicationEvent?: ApplicationEventResolvers<ContextType>;
  ApplicationPayload?: ApplicationPayloadResolvers<ContextType>;
  AppointmentSlot?: AppointmentSlotResolvers<ContextType>;
  AppointmentSlotConnection?: AppointmentSlotConnectionResolvers<ContextType>;
  AppointmentSlotEdge?: AppointmentSlotEdgeResolvers<ContextType>;
  AppointmentSlotPayload?: AppointmentSlotPayloadResolvers<ContextType>;
  AtecoActivity?: AtecoActivityResolvers<ContextType>;
  AttendanceDay?: AttendanceDayResolvers<ContextType>;
  AttendanceFigures?: AttendanceFiguresResolvers<ContextType>;
  Availability?: AvailabilityResolvers<ContextType>;
  Booking?: BookingResolvers<ContextType>;
  BookingConnection?: BookingConnectionResolvers<ContextType>;
  BookingEdge?: BookingEdgeResolvers<ContextType>;
  BookingPayload?: BookingPayloadResolvers<ContextType>;
  BusinessIdea?: BusinessIdeaResolvers<ContextType>;
  BusinessIdeaConnection?: BusinessIdeaConnectionResolvers<ContextType>;
  BusinessIdeaEdge?: BusinessIdeaEdgeResolvers<ContextType>;
  BusinessIdeaPayload?: BusinessIdeaPayloadResolvers<ContextType>;
  BusinessPlanChecklistItem?: BusinessPlanChecklistItemResolvers<ContextType>;
  CandidateMatch?: CandidateMatchResolvers<ContextType>;
  CandidateStanding?: CandidateStandingResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseAssignment?: CaseAssignmentResolvers<ContextType>;
  CaseAssignmentPayload?: CaseAssignmentPayloadResolvers<ContextType>;
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  CaseEdge?: CaseEdgeResolvers<ContextType>;
  CasePayload?: CasePayloadResolvers<ContextType>;
  CaseworkToday?: CaseworkTodayResolvers<ContextType>;
  Checkpoint?: CheckpointResolvers<ContextType>;
  Citizen?: CitizenResolvers<ContextType>;
  CitizenConnection?: CitizenConnectionResolvers<ContextType>;
  CitizenEdge?: CitizenEdgeResolvers<ContextType>;
  CitizenPayload?: CitizenPayloadResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyAnswerTimes?: CompanyAnswerTimesResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyContact?: CompanyContactResolvers<ContextType>;
  CompanyContactChange?: CompanyContactChangeResolvers<ContextType>;
  CompanyContactCorrection?: CompanyContactCorrectionResolvers<ContextType>;
  CompanyContactPayload?: CompanyContactPayloadResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  CompanyFollowUp?: CompanyFollowUpResolvers<ContextType>;
  CompanyFollowUpPayload?: CompanyFollowUpPayloadResolvers<ContextType>;
  CompanyMember?: CompanyMemberResolvers<ContextType>;
  CompanyMemberPayload?: CompanyMemberPayloadResolvers<ContextType>;
  CompanyNeed?: CompanyNeedResolvers<ContextType>;
  CompanyNeedPayload?: CompanyNeedPayloadResolvers<ContextType>;
  CompanyPayload?: CompanyPayloadResolvers<ContextType>;
  CompanyResponseDaysPayload?: CompanyResponseDaysPayloadResolvers<ContextType>;
  CompanyServiceFile?: CompanyServiceFileResolvers<ContextType>;
  CompanyServiceSummary?: CompanyServiceSummaryResolvers<ContextType>;
  CompanySite?: CompanySiteResolvers<ContextType>;
  CompanyTutor?: CompanyTutorResolvers<ContextType>;
  Comune?: ComuneResolvers<ContextType>;
  ConfirmEmploymentPayload?: ConfirmEmploymentPayloadResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentPayload?: ConsentPayloadResolvers<ContextType>;
  ContactChannelCount?: ContactChannelCountResolvers<ContextType>;
  ContactComuneCount?: ContactComuneCountResolvers<ContextType>;
  ContactOutcomeCount?: ContactOutcomeCountResolvers<ContextType>;
  ContactSportelloCount?: ContactSportelloCountResolvers<ContextType>;
  ContactTopicCount?: ContactTopicCountResolvers<ContextType>;
  CountTable?: CountTableResolvers<ContextType>;
  CoverLetter?: CoverLetterResolvers<ContextType>;
  CoverLetterEditor?: CoverLetterEditorResolvers<ContextType>;
  CoverLetterPayload?: CoverLetterPayloadResolvers<ContextType>;
  CoverLetterTemplate?: CoverLetterTemplateResolvers<ContextType>;
  CreateApiClientPayload?: CreateApiClientPayloadResolvers<ContextType>;
  CreateOperatorPayload?: CreateOperatorPayloadResolvers<ContextType>;
  CreateSportelloPayload?: CreateSportelloPayloadResolvers<ContextType>;
  CreateWebhookSubscriptionPayload?: CreateWebhookSubscriptionPayloadResolvers<ContextType>;
  Cv?: CvResolvers<ContextType>;
  CvCertification?: CvCertificationResolvers<ContextType>;
  CvCompleteness?: CvCompletenessResolvers<ContextType>;
  CvEducation?: CvEducationResolvers<ContextType>;
  CvExperience?: CvExperienceResolvers<ContextType>;
  CvLanguage?: CvLanguageResolvers<ContextType>;
  CvMissingItem?: CvMissingItemResolvers<ContextType>;
  CvSkill?: CvSkillResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DeleteCoverLetterPayload?: DeleteCoverLetterPayloadResolvers<ContextType>;
  DiaryEntry?: DiaryEntryResolvers<ContextType>;
  DiaryEntryPayload?: DiaryEntryPayloadResolvers<ContextType>;
  EducationTitle?: EducationTitleResolvers<ContextType>;
  EligibilityCheck?: EligibilityCheckResolvers<ContextType>;
  EligibilityRules?: EligibilityRulesResolvers<ContextType>;
  EmploymentCheck?: EmploymentCheckResolvers<ContextType>;
  EmploymentCheckConnection?: EmploymentCheckConnectionResolvers<ContextType>;
  EmploymentCheckEdge?: EmploymentCheckEdgeResolvers<ContextType>;
  ErasureRequest?: ErasureRequestResolvers<ContextType>;
  EscoOccupation?: EscoOccupationResolvers<ContextType>;
  EscoSkill?: EscoSkillResolvers<ContextType>;
  ExecuteErasurePayload?: ExecuteErasurePayloadResolvers<ContextType>;
  FollowUp?: FollowUpResolvers<ContextType>;
  FrontDeskContact?: FrontDeskContactResolvers<ContextType>;
  FrontDeskContactConnection?: FrontDeskContactConnectionResolvers<ContextType>;
  FrontDeskContactEdge?: FrontDeskContactEdgeResolvers<ContextType>;
  FrontDeskContactPayload?: FrontDeskContactPayloadResolvers<ContextType>;
  FrontDeskCounts?: FrontDeskCountsResolvers<ContextType>;
  FundingContract?: FundingContractResolvers<ContextType>;
  FundingContractPayload?: FundingContractPayloadResolvers<ContextType>;
  GroupActivity?: GroupActivityResolvers<ContextType>;
  GroupActivityConnection?: GroupActivityConnectionResolvers<ContextType>;
  GroupActivityEdge?: GroupActivityEdgeResolvers<ContextType>;
  GroupActivityPayload?: GroupActivityPayloadResolvers<ContextType>;
  GroupAttendance?: GroupAttendanceResolvers<ContextType>;
  GroupEnrolment?: GroupEnrolmentResolvers<ContextType>;
  GroupEnrolmentConnection?: GroupEnrolmentConnectionResolvers<ContextType>;
  GroupEnrolmentEdge?: GroupEnrolmentEdgeResolvers<ContextType>;
  GroupEnrolmentPayload?: GroupEnrolmentPayloadResolvers<ContextType>;
  GroupMedian?: GroupMedianResolvers<ContextType>;
  GroupSession?: GroupSessionResolvers<ContextType>;
  GroupSessionPayload?: GroupSessionPayloadResolvers<ContextType>;
  Internship?: InternshipResolvers<ContextType>;
  InternshipConnection?: InternshipConnectionResolvers<ContextType>;
  InternshipEdge?: InternshipEdgeResolvers<ContextType>;
  InternshipEvaluation?: InternshipEvaluationResolvers<ContextType>;
  InternshipMonitoringEntry?: InternshipMonitoringEntryResolvers<ContextType>;
  InternshipPayload?: InternshipPayloadResolvers<ContextType>;
  InternshipStatusEvent?: InternshipStatusEventResolvers<ContextType>;
  Interview?: InterviewResolvers<ContextType>;
  InterviewConnection?: InterviewConnectionResolvers<ContextType>;
  InterviewEdge?: InterviewEdgeResolvers<ContextType>;
  InterviewPayload?: InterviewPayloadResolvers<ContextType>;
  JobAlert?: JobAlertResolvers<ContextType>;
  JobAlertPayload?: JobAlertPayloadResolvers<ContextType>;
  LabourMarketReport?: LabourMarketReportResolvers<ContextType>;
  LinkedIdentity?: LinkedIdentityResolvers<ContextType>;
  LiveEvent?: LiveEventResolvers<ContextType>;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  MarkNotificationsReadPayload?: MarkNotificationsReadPayloadResolvers<ContextType>;
  MatchComponentScore?: MatchComponentScoreResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipFee?: MembershipFeeResolvers<ContextType>;
  MicrocreditPartner?: MicrocreditPartnerResolvers<ContextType>;
  MicrocreditPartnerPayload?: MicrocreditPartnerPayloadResolvers<ContextType>;
  MicrocreditReferral?: MicrocreditReferralResolvers<ContextType>;
  MicrocreditReferralEvent?: MicrocreditReferralEventResolvers<ContextType>;
  MonthlyStatement?: MonthlyStatementResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  MyErasure?: MyErasureResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkPayload?: NetworkPayloadResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationPreference?: NotificationPreferenceResolvers<ContextType>;
  NotificationPreferencePayload?: NotificationPreferencePayloadResolvers<ContextType>;
  OkPayload?: OkPayloadResolvers<ContextType>;
  Operator?: OperatorResolvers<ContextType>;
  OrientationConstraints?: OrientationConstraintsResolvers<ContextType>;
  OrientationRecord?: OrientationRecordResolvers<ContextType>;
  OrientationRecordPayload?: OrientationRecordPayloadResolvers<ContextType>;
  Outcome?: OutcomeResolvers<ContextType>;
  OutcomeConnection?: OutcomeConnectionResolvers<ContextType>;
  OutcomeEdge?: OutcomeEdgeResolvers<ContextType>;
  OutcomeEligibility?: OutcomeEligibilityResolvers<ContextType>;
  OutplacementProject?: OutplacementProjectResolvers<ContextType>;
  OutplacementProjectConnection?: OutplacementProjectConnectionResolvers<ContextType>;
  OutplacementProjectEdge?: OutplacementProjectEdgeResolvers<ContextType>;
  OutplacementProjectPayload?: OutplacementProjectPayloadResolvers<ContextType>;
  OutplacementStatusCount?: OutplacementStatusCountResolvers<ContextType>;
  OutplacementSummary?: OutplacementSummaryResolvers<ContextType>;
  OutplacementWorker?: OutplacementWorkerResolvers<ContextType>;
  OutplacementWorkerEvent?: OutplacementWorkerEventResolvers<ContextType>;
  OutplacementWorkerPayload?: OutplacementWorkerPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PattoAction?: PattoActionResolvers<ContextType>;
  PattoActionPayload?: PattoActionPayloadResolvers<ContextType>;
  PattoPayload?: PattoPayloadResolvers<ContextType>;
  PattoVersion?: PattoVersionResolvers<ContextType>;
  Placement?: PlacementResolvers<ContextType>;
  PlacementConnection?: PlacementConnectionResolvers<ContextType>;
  PlacementEdge?: PlacementEdgeResolvers<ContextType>;
  PlacementPayload?: PlacementPayloadResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  ProgramApplication?: ProgramApplicationResolvers<ContextType>;
  ProgramApplicationConnection?: ProgramApplicationConnectionResolvers<ContextType>;
  ProgramApplicationEdge?: ProgramApplicationEdgeResolvers<ContextType>;
  ProgramApplicationPayload?: ProgramApplicationPayloadResolvers<ContextType>;
  ProgramCall?: ProgramCallResolvers<ContextType>;
  ProgramCallConnection?: ProgramCallConnectionResolvers<ContextType>;
  ProgramCallEdge?: ProgramCallEdgeResolvers<ContextType>;
  ProgramCallPayload?: ProgramCallPayloadResolvers<ContextType>;
  ProgramConnection?: ProgramConnectionResolvers<ContextType>;
  ProgramEdge?: ProgramEdgeResolvers<ContextType>;
  ProgramParticipation?: ProgramParticipationResolvers<ContextType>;
  ProgramParticipationPayload?: ProgramParticipationPayloadResolvers<ContextType>;
  ProgramPayload?: ProgramPayloadResolvers<ContextType>;
  PseudonymousCandidate?: PseudonymousCandidateResolvers<ContextType>;
  PseudonymousExperience?: PseudonymousExperienceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankingCriteria?: RankingCriteriaResolvers<ContextType>;
  RankingRow?: RankingRowResolvers<ContextType>;
  ReceivedCompanyService?: ReceivedCompanyServiceResolvers<ContextType>;
  ReceivedCompanyServices?: ReceivedCompanyServicesResolvers<ContextType>;
  RecoveryCodesPayload?: RecoveryCodesPayloadResolvers<ContextType>;
  RegisterApiClientOperationsPayload?: RegisterApiClientOperationsPayloadResolvers<ContextType>;
  RegisterCitizenPayload?: RegisterCitizenPayloadResolvers<ContextType>;
  RegisteredOperation?: RegisteredOperationResolvers<ContextType>;
  ReportChart?: ReportChartResolvers<ContextType>;
  ReportMinCountPayload?: ReportMinCountPayloadResolvers<ContextType>;
  RequestErasurePayload?: RequestErasurePayloadResolvers<ContextType>;
  RetentionPolicy?: RetentionPolicyResolvers<ContextType>;
  RetentionPolicyPayload?: RetentionPolicyPayloadResolvers<ContextType>;
  SaveCvPayload?: SaveCvPayloadResolvers<ContextType>;
  SecondFactorChallenge?: SecondFactorChallengeResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SessionPayload?: SessionPayloadResolvers<ContextType>;
  SkillBalance?: SkillBalanceResolvers<ContextType>;
  SkillGapItem?: SkillGapItemResolvers<ContextType>;
  SkillsGap?: SkillsGapResolvers<ContextType>;
  SkillsGapCoverage?: SkillsGapCoverageResolvers<ContextType>;
  SkillsGapInternshipHost?: SkillsGapInternshipHostResolvers<ContextType>;
  SkillsGapTrainingModule?: SkillsGapTrainingModuleResolvers<ContextType>;
  SkillsGapVacancy?: SkillsGapVacancyResolvers<ContextType>;
  SkillsGapVacancyConnection?: SkillsGapVacancyConnectionResolvers<ContextType>;
  SkillsGapVacancyEdge?: SkillsGapVacancyEdgeResolvers<ContextType>;
  SpecialCategories?: SpecialCategoriesResolvers<ContextType>;
  SpecialCategoriesPayload?: SpecialCategoriesPayloadResolvers<ContextType>;
  SpidCieIdentity?: SpidCieIdentityResolvers<ContextType>;
  SpidCieLogin?: SpidCieLoginResolvers<ContextType>;
  SpidCieLoginPayload?: SpidCieLoginPayloadResolvers<ContextType>;
  Sportello?: SportelloResolvers<ContextType>;
  SportelloCaseCounts?: SportelloCaseCountsResolvers<ContextType>;
  StaffTwoFactorPolicyPayload?: StaffTwoFactorPolicyPayloadResolvers<ContextType>;
  StartTotpEnrolmentPayload?: StartTotpEnrolmentPayloadResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementLine?: StatementLineResolvers<ContextType>;
  StatementPayload?: StatementPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Tally?: TallyResolvers<ContextType>;
  Tariff?: TariffResolvers<ContextType>;
  TotpEnrolment?: TotpEnrolmentResolvers<ContextType>;
  TrainingEnrolment?: TrainingEnrolmentResolvers<ContextType>;
  TrainingEnrolmentConnection?: TrainingEnrolmentConnectionResolvers<ContextType>;
  TrainingEnrolmentEdge?: TrainingEnrolmentEdgeResolvers<ContextType>;
  TrainingEnrolmentPayload?: TrainingEnrolmentPayloadResolvers<ContextType>;
  TrainingModule?: TrainingModuleResolvers<ContextType>;
  TrainingModuleConnection?: TrainingModuleConnectionResolvers<ContextType>;
  TrainingModuleEdge?: TrainingModuleEdgeResolvers<ContextType>;
  TrainingModulePayload?: TrainingModulePayloadResolvers<ContextType>;
  TrainingSkill?: TrainingSkillResolvers<ContextType>;
  TwoFactorStatus?: TwoFactorStatusResolvers<ContextType>;
  UnsubscribePayload?: UnsubscribePayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Vacancy?: VacancyResolvers<ContextType>;
  VacancyConnection?: VacancyConnectionResolvers<ContextType>;
  VacancyEdge?: VacancyEdgeResolvers<ContextType>;
  VacancyFromNeedPayload?: VacancyFromNeedPayloadResolvers<ContextType>;
  VacancyLanguage?: VacancyLanguageResolvers<ContextType>;
  VacancyMatch?: VacancyMatchResolvers<ContextType>;
  VacancyPayRulePayload?: VacancyPayRulePayloadResolvers<ContextType>;
  VacancyPayload?: VacancyPayloadResolvers<ContextType>;
  VacancySkill?: VacancySkillResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryAttempt?: WebhookDeliveryAttemptResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookDeliveryPayload?: WebhookDeliveryPayloadResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
  WebhookSubscriptionPayload?: WebhookSubscriptionPayloadResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  maxLength?: MaxLengthDirectiveResolver<any, any, ContextType>;
};
