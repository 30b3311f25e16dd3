import {
  applicationStatusClass,
  appointmentKindLabels,
  appointmentModeLabels,
  bookingStatusLabels,
  contractTypeLabels,
  employmentStatusLabels,
  orientationPurposeLabels,
  type SkillGrades,
  skillLevelLabels,
  trainingEnrolmentStatusClass,
  trainingEnrolmentStatusLabels,
  trainingModeLabels,
  transportLabels,
  vacancyStatusClass,
} from '@sportello/ui';
import type {
  ApplicationStatus,
  AppointmentKind,
  AppointmentMode,
  BookingStatus,
  CompanyStatus,
  ConsentPurpose,
  ContactChannel,
  ContactOutcome,
  ContactTopic,
  ContractType,
  CvSkillSource,
  EmploymentStatus,
  FeeStatus,
  OrientationPurpose,
  PlacementSource,
  ProposalStatus,
  SkillLevel,
  TargetGroup,
  TrainingEnrolmentStatus,
  TrainingMode,
  TrainingModuleStatus,
  TransportMeans,
  VacancyStatus,
  WorkingHours,
} from './gql/graphql';

/** Italian labels of the API's enums. */
export const labels = {
  companyStatus: {
    PENDING: 'In attesa',
    VERIFIED: 'Verificata',
    REJECTED: 'Non accettata',
  } satisfies Record<CompanyStatus, string>,
  targetGroup: {
    OVER_45: 'Over 45',
    UNDER_30: 'Under 30',
    NEET: 'NEET',
  } satisfies Record<TargetGroup, string>,
  appointmentKind: appointmentKindLabels satisfies Record<AppointmentKind, string>,
  appointmentMode: appointmentModeLabels satisfies Record<AppointmentMode, string>,
  bookingStatus: bookingStatusLabels satisfies Record<BookingStatus, string>,
  consentPurpose: {
    PRIVACY_NOTICE: 'Informativa sulla privacy',
    CV_SHARING: 'Condivisione del CV con le aziende',
    MARKETING: 'Notizie su eventi e opportunità',
  } satisfies Record<ConsentPurpose, string>,
  employmentStatus: employmentStatusLabels satisfies Record<EmploymentStatus, string>,
  feeStatus: {
    DUE: 'Da pagare',
    PAID: 'Pagata',
    OVERDUE: 'Scaduta',
    WAIVED: 'Non dovuta',
  } satisfies Record<FeeStatus, string>,
  contractType: contractTypeLabels satisfies Record<ContractType, string>,
  workingHours: {
    FULL_TIME: 'Tempo pieno',
    PART_TIME: 'Part-time',
  } satisfies Record<WorkingHours, string>,
  vacancyStatus: {
    DRAFT: 'Bozza',
    SUBMITTED: 'Inviata',
    PUBLISHED: 'Pubblicata',
    REJECTED: 'Non accettata',
    CLOSED: 'Chiusa',
    FILLED: 'Coperta',
    EXPIRED: 'Scaduta',
  } satisfies Record<VacancyStatus, string>,
  proposalStatus: {
    PENDING: 'In attesa di risposta',
    ACCEPTED: 'Accettata',
    DECLINED: 'Rifiutata',
  } satisfies Record<ProposalStatus, string>,
  applicationStatus: {
    PROPOSED: 'Proposta',
    APPLIED: 'Candidatura',
    SHORTLISTED: 'Preselezionata',
    INTERVIEW: 'Colloquio',
    OFFER: 'Offerta',
    HIRED: 'Assunta',
    REJECTED: 'Non selezionata',
    WITHDRAWN: 'Ritirata',
    NO_ANSWER: 'Senza risposta dell’azienda',
  } satisfies Record<ApplicationStatus, string>,
  placementSource: {
    APPLICATION: 'Da candidatura',
    INTERNSHIP: 'Da tirocinio',
    EXTERNAL: 'Trovato altrove',
  } satisfies Record<PlacementSource, string>,
  cvSkillSource: {
    DECLARED: 'Dichiarata',
    INTERNSHIP: 'Attestata da un tirocinio',
    TRAINING: 'Attestata dal modulo formativo',
  } satisfies Record<CvSkillSource, string>,
  trainingModuleStatus: {
    DRAFT: 'Bozza',
    PUBLISHED: 'Pubblicato',
    CANCELLED: 'Annullato',
  } satisfies Record<TrainingModuleStatus, string>,
  trainingMode: trainingModeLabels satisfies Record<TrainingMode, string>,
  trainingEnrolmentStatus: trainingEnrolmentStatusLabels satisfies Record<TrainingEnrolmentStatus, string>,
  contactChannel: {
    DESK: 'Allo sportello',
    PHONE: 'Telefono',
    EMAIL: 'Email',
    VIDEO: 'Videochiamata',
  } satisfies Record<ContactChannel, string>,
  contactTopic: {
    INFORMATION: 'Informazioni',
    CV_HELP: 'Aiuto con il CV',
    ORIENTATION: 'Orientamento',
    COMPANY: 'Servizi alle aziende',
    OTHER: 'Altro',
  } satisfies Record<ContactTopic, string>,
  contactOutcome: {
    INFORMATION_GIVEN: 'Informazioni date',
    APPOINTMENT_BOOKED: 'Appuntamento fissato',
    REGISTERED: 'Registrata sulla piattaforma',
    TAKEN_IN_CHARGE: 'Presa in carico',
  } satisfies Record<ContactOutcome, string>,
  orientationPurpose: orientationPurposeLabels satisfies Record<OrientationPurpose, string>,
  transport: transportLabels satisfies Record<TransportMeans, string>,
};

/** The badge colour of each status: waiting, done well, ended badly, or just ended. */
export const statusClass = {
  vacancy: vacancyStatusClass satisfies Record<VacancyStatus, string>,
  application: applicationStatusClass satisfies Record<ApplicationStatus, string>,
  proposal: {
    PENDING: 'sl-status--pending',
    ACCEPTED: 'sl-status--verified',
    DECLINED: 'sl-status--rejected',
  } satisfies Record<ProposalStatus, string>,
  trainingModule: {
    DRAFT: 'sl-status--pending',
    PUBLISHED: 'sl-status--verified',
    CANCELLED: 'sl-status--rejected',
  } satisfies Record<TrainingModuleStatus, string>,
  trainingEnrolment: trainingEnrolmentStatusClass satisfies Record<TrainingEnrolmentStatus, string>,
};

/** The options of a select, from one of the `labels` maps. */
/** The level asked with each skill in the ESCO skill picker. */
export const skillLevelGrades: SkillGrades<SkillLevel> = {
  label: 'Livello',
  placeholder: 'Scegli il livello',
  names: skillLevelLabels,
};

export const options = <T extends string>(values: Record<T, string>) =>
  Object.entries<string>(values).map(([value, label]) => ({ value, label }));

export const yesNo = (value: boolean) => (value ? 'Sì' : 'No');

export { formatDateTime, minutesBetween, romeLocalToIso } from '@sportello/ui';
