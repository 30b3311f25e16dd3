import {
  NotFoundView,
  NotificationPreferencesView,
  NotificationsView,
  RequireSession,
  useSession,
} from '@sportello/ui';
import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from './AppLayout';
import { session } from './client';
import { notificationsApi } from './notifications';
import { AccountSecurityPage, ForcedEnrolmentPage } from './pages/AccountSecurityPage';
import { BookForCitizenPage } from './pages/BookForCitizenPage';
import { BookingsPage } from './pages/BookingsPage';
import { BusinessIdeaPage } from './pages/BusinessIdeaPage';
import { BusinessIdeasPage } from './pages/BusinessIdeasPage';
import { CaseloadPage } from './pages/CaseloadPage';
import { CitizenCvPage } from './pages/CitizenCvPage';
import { CitizenPage } from './pages/CitizenPage';
import { CitizensPage } from './pages/CitizensPage';
import { CompaniesPage } from './pages/CompaniesPage';
import { CompanyServiceFilePage } from './pages/CompanyServiceFilePage';
import { CompanyServicesPage } from './pages/CompanyServicesPage';
import { CoverLetterPage } from './pages/CoverLetterPage';
import { ErasureRequestsPage } from './pages/ErasureRequestsPage';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { FrontDeskCountsPage } from './pages/FrontDeskCountsPage';
import { FrontDeskPage } from './pages/FrontDeskPage';
import { FundingPage } from './pages/FundingPage';
import { GroupActivitiesPage } from './pages/GroupActivitiesPage';
import { GroupActivityPage } from './pages/GroupActivityPage';
import { IntegrationsPage } from './pages/IntegrationsPage';
import { InternshipPage } from './pages/InternshipPage';
import { InternshipsPage } from './pages/InternshipsPage';
import { InvitationPage } from './pages/InvitationPage';
import { JobInterviewsPage } from './pages/JobInterviewsPage';
import { LabourReportPage } from './pages/LabourReportPage';
import { LoginPage } from './pages/LoginPage';
import { NetworkPage } from './pages/NetworkPage';
import { NewCitizenPage } from './pages/NewCitizenPage';
import { OrientationRecordPage } from './pages/OrientationRecordPage';
import { OutcomesPage } from './pages/OutcomesPage';
import { OutplacementProjectPage } from './pages/OutplacementProjectPage';
import { OutplacementProjectsPage } from './pages/OutplacementProjectsPage';
import { PendingCompaniesPage } from './pages/PendingCompaniesPage';
import { PlacementsPage } from './pages/PlacementsPage';
import { PrivacyPage } from './pages/PrivacyPage';
import { ProgramCallPage } from './pages/ProgramCallPage';
import { ProgramPage } from './pages/ProgramPage';
import { ProgramParticipationPage } from './pages/ProgramParticipationPage';
import { ProgramsPage } from './pages/ProgramsPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { SlotsPage } from './pages/SlotsPage';
import { TodayPage } from './pages/TodayPage';
import { TrainingModulePage } from './pages/TrainingModulePage';
import { TrainingPage } from './pages/TrainingPage';
import { VacanciesPage } from './pages/VacanciesPage';
import { VacanciesToModeratePage } from './pages/VacanciesToModeratePage';
import { VacancyPage } from './pages/VacancyPage';
import { WebhookDeliveriesPage } from './pages/WebhookDeliveriesPage';

/**
 * While the network requires a second factor this staff member has not set up, every page is the
 * enrolment: the API would refuse anything else (`TWO_FACTOR_ENROLMENT_REQUIRED`).
 */
function RequireSecondFactor({ children }: { children: ReactNode }) {
  const current = useSession(session);
  return current?.twoFactorEnrolmentRequired ? <ForcedEnrolmentPage /> : children;
}

const restricted = (page: ReactNode) => (
  <RequireSession store={session}>
    <RequireSecondFactor>{page}</RequireSecondFactor>
  </RequireSession>
);

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={restricted(<PendingCompaniesPage />)} />
        <Route path="accoglienza" element={restricted(<FrontDeskPage />)} />
        <Route path="accoglienza-in-cifre" element={restricted(<FrontDeskCountsPage />)} />
        <Route path="aziende" element={restricted(<CompaniesPage />)} />
        <Route path="aziende/:id/servizi" element={restricted(<CompanyServiceFilePage />)} />
        <Route path="servizi-aziende" element={restricted(<CompanyServicesPage />)} />
        <Route path="da-fare" element={restricted(<TodayPage />)} />
        <Route path="casi" element={restricted(<CaseloadPage />)} />
        <Route path="cittadini" element={restricted(<CitizensPage />)} />
        <Route path="cittadini/nuovo" element={restricted(<NewCitizenPage />)} />
        <Route path="cittadini/:id" element={restricted(<CitizenPage />)} />
        <Route path="cittadini/:id/curriculum" element={restricted(<CitizenCvPage />)} />
        <Route path="cittadini/:id/orientamento/nuovo" element={restricted(<OrientationRecordPage />)} />
        <Route path="cittadini/:id/lettere/:letterId" element={restricted(<CoverLetterPage />)} />
        <Route path="offerte" element={restricted(<VacanciesPage />)} />
        <Route path="offerte/:id" element={restricted(<VacancyPage />)} />
        <Route path="offerte-da-moderare" element={restricted(<VacanciesToModeratePage />)} />
        <Route path="tirocini" element={restricted(<InternshipsPage />)} />
        <Route path="tirocini/:id" element={restricted(<InternshipPage />)} />
        <Route path="formazione" element={restricted(<TrainingPage />)} />
        <Route path="formazione/:id" element={restricted(<TrainingModulePage />)} />
        <Route path="progetti" element={restricted(<ProgramsPage />)} />
        <Route path="progetti/:id" element={restricted(<ProgramPage />)} />
        <Route path="bandi/:id" element={restricted(<ProgramCallPage />)} />
        <Route path="domande/:id" element={restricted(<ProgramParticipationPage />)} />
        <Route path="autoimpiego" element={restricted(<BusinessIdeasPage />)} />
        <Route path="autoimpiego/:id" element={restricted(<BusinessIdeaPage />)} />
        <Route path="outplacement" element={restricted(<OutplacementProjectsPage />)} />
        <Route path="outplacement/:id" element={restricted(<OutplacementProjectPage />)} />
        <Route path="attivita-di-gruppo" element={restricted(<GroupActivitiesPage />)} />
        <Route path="attivita-di-gruppo/:id" element={restricted(<GroupActivityPage />)} />
        <Route path="inserimenti" element={restricted(<PlacementsPage />)} />
        <Route path="cancellazioni" element={restricted(<ErasureRequestsPage />)} />
        <Route path="esiti" element={restricted(<OutcomesPage />)} />
        <Route path="rendiconti" element={restricted(<FundingPage />)} />
        <Route path="rapporto-lavoro" element={restricted(<LabourReportPage />)} />
        <Route path="colloqui" element={restricted(<BookingsPage />)} />
        <Route path="colloqui/nuovo" element={restricted(<BookForCitizenPage />)} />
        <Route path="colloqui-di-lavoro" element={restricted(<JobInterviewsPage />)} />
        <Route path="orari" element={restricted(<SlotsPage />)} />
        <Route path="rete" element={restricted(<NetworkPage />)} />
        <Route path="integrazioni" element={restricted(<IntegrationsPage />)} />
        <Route path="integrazioni/webhook/:id" element={restricted(<WebhookDeliveriesPage />)} />
        <Route path="sicurezza" element={restricted(<AccountSecurityPage />)} />
        <Route path="notifiche" element={restricted(<NotificationsView api={notificationsApi} />)} />
        <Route
          path="notifiche/preferenze"
          element={restricted(<NotificationPreferencesView api={notificationsApi} />)}
        />
        <Route path="accedi" element={<LoginPage />} />
        <Route path="invito" element={<InvitationPage />} />
        <Route path="password-dimenticata" element={<ForgotPasswordPage />} />
        <Route path="reimposta-password" element={<ResetPasswordPage />} />
        <Route path="privacy" element={<PrivacyPage />} />
        <Route path="*" element={<NotFoundView />} />
      </Route>
    </Routes>
  );
}
