import type { Db } from '@sportello/db';
import type { FastifyBaseLogger } from 'fastify';
import type { Mailer } from './lib/mailer.js';
import { readOnce } from './lib/reference-data.js';
import type { TokenService } from './lib/tokens.js';
import type { VideoRoomProvider } from './lib/video-rooms.js';
import { createCompanyAnswerService } from './modules/applications/company-answers.js';
import { createInterviewService } from './modules/applications/interviews.js';
import { createPseudonyms } from './modules/applications/pseudonymous.js';
import { createApplicationService } from './modules/applications/service.js';
import { createAppointmentService } from './modules/appointments/service.js';
import { createCaseworkService } from './modules/casework/service.js';
import { createConsentService } from './modules/citizens/consents.js';
import { createCitizenService } from './modules/citizens/service.js';
import { createSpecialCategoryService } from './modules/citizens/special-categories.js';
import { createCompanyProfileService } from './modules/companies/profile.js';
import { createCompanyService } from './modules/companies/service.js';
import { createCompanyServicesService } from './modules/company-services/service.js';
import { createCoverLetterService } from './modules/cover-letters/service.js';
import { createCvService, type EducationTitle } from './modules/cvs/service.js';
import { createFrontDeskService } from './modules/front-desk/service.js';
import { createGroupActivityService } from './modules/group-activities/service.js';
import { createExternalLoginService } from './modules/identity/external-login.js';
import type { RelyingParty } from './modules/identity/oidc-client.js';
import type { RevocationList } from './modules/identity/revocations.js';
import { createIdentityService } from './modules/identity/service.js';
import { createInternshipService } from './modules/internships/service.js';
import type { MatchingIndexer } from './modules/matching/indexer.js';
import { createMatchingService } from './modules/matching/service.js';
import { type Comune, createNetworkService } from './modules/network/service.js';
import { createJobAlertService } from './modules/notifications/job-alerts.js';
import { createNotificationService } from './modules/notifications/service.js';
import { createOrientationRecordService } from './modules/orientation/records.js';
import { createOrientationService } from './modules/orientation/service.js';
import { createContractService } from './modules/outcomes/contracts.js';
import { createOutcomeService } from './modules/outcomes/service.js';
import { createStatementService } from './modules/outcomes/statements.js';
import { createOutplacementService } from './modules/outplacement/service.js';
import { createPlacementService } from './modules/placements/service.js';
import { createErasureService } from './modules/privacy/erasure-requests.js';
import { createRetentionJob } from './modules/privacy/retention.js';
import { createPrivacyService } from './modules/privacy/service.js';
import { createProgramService } from './modules/programs/service.js';
import { createReportService } from './modules/reports/service.js';
import { createSelfEmploymentService } from './modules/self-employment/service.js';
import { createTrainingService } from './modules/training/service.js';
import { createTrustedDocumentsService } from './modules/trusted-documents/service.js';
import { createVacancyService } from './modules/vacancies/service.js';
import { createWebhookService, webhookSecretBox } from './modules/webhooks/service.js';

/** The reference data every network's services share, read once per process. */
export const createReferenceReads = () => ({
  comuni: readOnce<Map<string, Comune>>(),
  educationTitles: readOnce<EducationTitle[]>(),
});

export interface ServiceDeps {
  /** A network's database under row-level security, or the owner's: see network-services.ts. */
  db: Db;
  /** One index for every network, loaded and kept fresh whichever request first needs it. */
  matchingIndex: MatchingIndexer;
  reference: ReturnType<typeof createReferenceReads>;
  tokens: TokenService;
  mailer: Mailer;
  publicUrl: string;
  refreshTokenTtlDays: number;
  revocations: RevocationList;
  videoRooms: VideoRoomProvider;
  /** Hours before a colloquio its reminder is due. */
  bookingReminderHours: number;
  /** Domain of Message-IDs and calendar UIDs. */
  mailDomain: string;
  log: FastifyBaseLogger;
  /** Keys the aliases of pseudonymous candidates. */
  aliasKey: Buffer;
  /** Webhook endpoints must be public https addresses. */
  production: boolean;
  /** The OpenID Connect provider of SPID and CIE logins, if one is configured. */
  relyingParty: RelyingParty | null;
}

export function createServices(deps: ServiceDeps) {
  const identity = createIdentityService(deps);
  const notifications = createNotificationService(deps);
  const { notify } = notifications;
  const network = createNetworkService(deps.db, identity, deps.reference.comuni);
  const consents = createConsentService(deps.db);
  const citizens = createCitizenService(deps.db, identity, network, consents);
  const companies = createCompanyService(deps.db, identity, network, notify);
  const companyProfiles = createCompanyProfileService(deps.db, identity);
  const casework = createCaseworkService(deps.db, { network, citizens, notify });
  const specialCategories = createSpecialCategoryService(deps.db);
  const appointments = createAppointmentService({ ...deps, notifications });
  const cvs = createCvService(deps.db, deps.reference.educationTitles);
  const vacancies = createVacancyService(deps.db, deps.publicUrl, notify);
  const placements = createPlacementService(deps.db);
  const applications = createApplicationService(deps.db, placements, notify);
  const internships = createInternshipService(deps.db, {
    citizens,
    companies,
    companyProfiles,
    network,
    placements,
    notify,
  });
  const matching = createMatchingService(deps.db, deps.matchingIndex, applications);
  const erasure = createErasureService(deps.db, deps);
  const contracts = createContractService(deps.db, { network });
  return {
    identity,
    externalLogin: createExternalLoginService({ ...deps, identity, citizens }),
    notifications,
    jobAlerts: createJobAlertService({ ...deps, matching, vacancies, cvs }),
    network,
    citizens,
    consents,
    specialCategories,
    casework,
    companies,
    companyProfiles,
    companyServices: createCompanyServicesService(deps.db, { vacancies, internships, notify }),
    appointments,
    cvs,
    vacancies,
    applications,
    companyAnswers: createCompanyAnswerService(deps.db, notify),
    coverLetters: createCoverLetterService({ db: deps.db, cvs, vacancies, network }),
    interviews: createInterviewService({ ...deps, notify }),
    pseudonyms: createPseudonyms(deps.aliasKey),
    placements,
    outcomes: createOutcomeService(deps.db, { citizens, casework }),
    contracts,
    statements: createStatementService(deps.db, { contracts }),
    internships,
    training: createTrainingService(deps.db, { network, notify }),
    programs: createProgramService(deps.db, { network }),
    selfEmployment: createSelfEmploymentService(deps.db, { network, notify }),
    outplacement: createOutplacementService(deps.db, { network, citizens, companies, casework, placements }),
    reports: createReportService(deps.db),
    groupActivities: createGroupActivityService({
      ...deps,
      network,
      notifications,
      reminderHours: deps.bookingReminderHours,
    }),
    matching,
    orientation: createOrientationService(deps.db),
    orientationRecords: createOrientationRecordService(deps.db, { appointments }),
    frontDesk: createFrontDeskService(deps.db, { network }),
    privacy: createPrivacyService(deps.db, { casework, notify }),
    erasure,
    retention: createRetentionJob(deps.db, { erasure, publicUrl: deps.publicUrl, notify }),
    trustedDocuments: createTrustedDocumentsService(deps.db),
    webhooks: createWebhookService({
      db: deps.db,
      secretBox: webhookSecretBox(deps.tokens),
      production: deps.production,
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
