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
  ContractClass,
  ContractType,
  CvSkillSource,
  EmploymentStatus,
  FeeStatus,
  FollowUpSource,
  OrientationPurpose,
  OutcomeIneligibility,
  OutcomeKind,
  OutcomeTargetGroup,
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

/** The outcome kinds that are a hire: only they have a contract class. */
export const isHireKind = (kind: OutcomeKind) =>
  kind === 'HIRE' || kind === 'INTERNSHIP_HIRE' || kind === 'PROGRAM_HIRE';

/** A hire's contract class; the other outcomes have none. */
export const contractClassLabel = (contractClass: ContractClass | null) =>
  contractClass ? labels.contractClass[contractClass] : 'Nessun contratto di lavoro';

/** Italian labels of the API's enums. */
export const labels = {
  outcomeKind: {
    HIRE: 'Assunzione',
    INTERNSHIP_HIRE: 'Assunzione dopo tirocinio',
    PROGRAM_HIRE: 'Assunzione dopo un programma',
    INTERNSHIP_COMPLETED: 'Tirocinio concluso senza assunzione',
    PROGRAM_TRAINING: 'Avvio a formazione dopo un programma',
    PROGRAM_COMPLETED: 'Programma concluso senza assunzione né formazione',
    BUSINESS_STARTED: 'Avvio di un’attività in proprio',
  } satisfies Record<OutcomeKind, string>,
  contractClass: {
    PERMANENT: 'Tempo indeterminato',
    FIXED_TERM_LONG: 'Tempo determinato di almeno 6 mesi',
    FIXED_TERM_SHORT: 'Tempo determinato sotto i 6 mesi',
  } satisfies Record<ContractClass, string>,
  outcomeTargetGroup: {
    LAW_68_DISABILITY: 'Disabilità (legge 68/1999)',
    ECONOMIC_HARDSHIP: 'Fragilità economica',
    OVER_45: 'Over 45',
    YOUNG_UNEMPLOYED: 'Giovane disoccupato',
  } satisfies Record<OutcomeTargetGroup, string>,
  followUpSource: {
    COMPANY: 'l’azienda',
    CITIZEN: 'la persona',
    OPERATOR: 'lo sportello',
  } satisfies Record<FollowUpSource, string>,
  ineligibility: {
    OTHER_PROVIDER: 'è di un altro sportello',
    OTHER_COMUNE: 'la persona risiedeva in un altro comune',
    OUTSIDE_PERIOD: 'assunzione fuori dal periodo del contratto',
    TOO_SHORT: 'contratto troppo breve',
    NOT_CONFIRMED: 'manca la conferma di impiego richiesta',
    NOT_RETAINED: 'la persona non lavorava più lì alla verifica',
  } satisfies Record<OutcomeIneligibility, string>,
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
