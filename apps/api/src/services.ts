import type { Db } from '@sportello/db';
import type { FastifyBaseLogger } from 'fastify';
import type { Mailer } from './lib/mailer.js';
import type { TokenService } from './lib/tokens.js';
import type { VideoRoomProvider } from './lib/video-rooms.js';
import { createInterviewService } from './modules/applications/interviews.js';
import { createApplicationService } from './modules/applications/service.js';
import { createAppointmentService } from './modules/appointments/service.js';
import { createCaseworkService } from './modules/casework/service.js';
import { createConsentService } from './modules/citizens/consents.js';
import { createCitizenService } from './modules/citizens/service.js';
import { createSpecialCategoryService } from './modules/citizens/special-categories.js';
import { createCompanyProfileService } from './modules/companies/profile.js';
import { createCompanyService } from './modules/companies/service.js';
import { createCoverLetterService } from './modules/cover-letters/service.js';
import { createCvService } from './modules/cvs/service.js';
import { createIdentityService } from './modules/identity/service.js';
import { createInternshipService } from './modules/internships/service.js';
import { createMatchingIndexer } from './modules/matching/indexer.js';
import { createMatchingService } from './modules/matching/service.js';
import { createMatchingSource } from './modules/matching/source.js';
import { createNetworkService } from './modules/network/service.js';
import { createOrientationService } from './modules/orientation/service.js';
import { createPlacementService } from './modules/placements/service.js';
import { createTrainingService } from './modules/training/service.js';
import { createVacancyService } from './modules/vacancies/service.js';

export interface ServiceDeps {
  db: Db;
  tokens: TokenService;
  mailer: Mailer;
  publicUrl: string;
  refreshTokenTtlDays: number;
  videoRooms: VideoRoomProvider;
  /** Hours before a colloquio its reminder is due. */
  bookingReminderHours: number;
  /** Domain of Message-IDs and calendar UIDs. */
  mailDomain: string;
  log: FastifyBaseLogger;
}

export function createServices(deps: ServiceDeps) {
  const identity = createIdentityService(deps);
  const network = createNetworkService(deps.db, identity);
  const consents = createConsentService(deps.db);
  const citizens = createCitizenService(deps.db, identity, network, consents);
  const companies = createCompanyService(deps.db, identity, network);
  const companyProfiles = createCompanyProfileService(deps.db, identity);
  const casework = createCaseworkService(deps.db);
  const specialCategories = createSpecialCategoryService(deps.db);
  const appointments = createAppointmentService(deps);
  const cvs = createCvService(deps.db);
  const vacancies = createVacancyService(deps.db, deps.publicUrl);
  const placements = createPlacementService(deps.db);
  const applications = createApplicationService(deps.db, placements);
  const internships = createInternshipService(deps.db, {
    citizens,
    companies,
    companyProfiles,
    network,
    placements,
  });
  const matchingIndex = createMatchingIndexer({
    db: deps.db,
    source: createMatchingSource(deps.db, specialCategories),
    log: deps.log.child({ module: 'matching' }),
  });
  return {
    identity,
    network,
    citizens,
    consents,
    specialCategories,
    casework,
    companies,
    companyProfiles,
    appointments,
    cvs,
    vacancies,
    applications,
    coverLetters: createCoverLetterService({ db: deps.db, cvs, vacancies, network }),
    interviews: createInterviewService(deps),
    placements,
    internships,
    training: createTrainingService(deps.db, { network }),
    matchingIndex,
    matching: createMatchingService(deps.db, matchingIndex, applications),
    orientation: createOrientationService(deps.db),
  };
}

export type Services = ReturnType<typeof createServices>;
