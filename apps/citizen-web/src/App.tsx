import { NotFoundView, NotificationPreferencesView, NotificationsView, RequireSession } from '@sportello/ui';
import { Route, Routes } from 'react-router';
import { AppLayout } from './AppLayout';
import { session } from './client';
import { notificationsApi } from './notifications';
import { ApplyPage } from './pages/ApplyPage';
import { BookColloquioPage } from './pages/BookColloquioPage';
import { CheckEmailPage } from './pages/CheckEmailPage';
import { CoverLetterPage } from './pages/CoverLetterPage';
import { CoverLettersPage } from './pages/CoverLettersPage';
import { CvPage } from './pages/CvPage';
import { ErasurePage } from './pages/ErasurePage';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { GroupActivitiesPage } from './pages/GroupActivitiesPage';
import { HomePage } from './pages/HomePage';
import { InvitationPage } from './pages/InvitationPage';
import { JobAlertPage } from './pages/JobAlertPage';
import { JobAlertUnsubscribePage } from './pages/JobAlertUnsubscribePage';
import { LoginPage } from './pages/LoginPage';
import { MatchingVacanciesPage } from './pages/MatchingVacanciesPage';
import { MyApplicationsPage } from './pages/MyApplicationsPage';
import { MyBusinessIdeasPage } from './pages/MyBusinessIdeasPage';
import { MyColloquiPage } from './pages/MyColloquiPage';
import { MyInternshipPage } from './pages/MyInternshipPage';
import { MyInternshipsPage } from './pages/MyInternshipsPage';
import { MyOrientationPage } from './pages/MyOrientationPage';
import { MyPathPage } from './pages/MyPathPage';
import { MyProgramApplicationsPage } from './pages/MyProgramApplicationsPage';
import { MyTrainingEnrolmentsPage } from './pages/MyTrainingEnrolmentsPage';
import { MyWorkChecksPage } from './pages/MyWorkChecksPage';
import { PrivacyPage } from './pages/PrivacyPage';
import { ProfilePage } from './pages/ProfilePage';
import { ProgramApplyPage } from './pages/ProgramApplyPage';
import { ProgramCallsPage } from './pages/ProgramCallsPage';
import { ProposalsPage } from './pages/ProposalsPage';
import { RegisterPage } from './pages/RegisterPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { SpidCieLoginPage } from './pages/SpidCieLoginPage';
import { TrainingModulePage } from './pages/TrainingModulePage';
import { TrainingModulesPage } from './pages/TrainingModulesPage';
import { VerifyEmailPage } from './pages/VerifyEmailPage';

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="registrati" element={<RegisterPage />} />
        <Route path="controlla-email" element={<CheckEmailPage />} />
        <Route path="verifica-email" element={<VerifyEmailPage />} />
        <Route path="invito" element={<InvitationPage />} />
        <Route path="accedi" element={<LoginPage />} />
        <Route path="accesso-spid-cie" element={<SpidCieLoginPage />} />
        <Route path="password-dimenticata" element={<ForgotPasswordPage />} />
        <Route path="reimposta-password" element={<ResetPasswordPage />} />
        <Route
          path="cancella-account"
          element={
            <RequireSession store={session}>
              <ErasurePage />
            </RequireSession>
          }
        />
        <Route
          path="profilo"
          element={
            <RequireSession store={session}>
              <ProfilePage />
            </RequireSession>
          }
        />
        <Route
          path="orientamento"
          element={
            <RequireSession store={session}>
              <MyOrientationPage />
            </RequireSession>
          }
        />
        <Route
          path="curriculum"
          element={
            <RequireSession store={session}>
              <CvPage />
            </RequireSession>
          }
        />
        <Route
          path="lettere"
          element={
            <RequireSession store={session}>
              <CoverLettersPage />
            </RequireSession>
          }
        />
        <Route
          path="lettere/:id"
          element={
            <RequireSession store={session}>
              <CoverLetterPage />
            </RequireSession>
          }
        />
        <Route
          path="offerte-adatte"
          element={
            <RequireSession store={session}>
              <MatchingVacanciesPage />
            </RequireSession>
          }
        />
        <Route
          path="candidatura/:vacancyId"
          element={
            <RequireSession store={session}>
              <ApplyPage />
            </RequireSession>
          }
        />
        <Route
          path="candidature"
          element={
            <RequireSession store={session}>
              <MyApplicationsPage />
            </RequireSession>
          }
        />
        <Route
          path="proposte"
          element={
            <RequireSession store={session}>
              <ProposalsPage />
            </RequireSession>
          }
        />
        <Route
          path="tirocini"
          element={
            <RequireSession store={session}>
              <MyInternshipsPage />
            </RequireSession>
          }
        />
        <Route
          path="tirocini/:id"
          element={
            <RequireSession store={session}>
              <MyInternshipPage />
            </RequireSession>
          }
        />
        <Route
          path="corsi"
          element={
            <RequireSession store={session}>
              <TrainingModulesPage />
            </RequireSession>
          }
        />
        <Route
          path="corsi/:id"
          element={
            <RequireSession store={session}>
              <TrainingModulePage />
            </RequireSession>
          }
        />
        <Route
          path="bandi"
          element={
            <RequireSession store={session}>
              <ProgramCallsPage />
            </RequireSession>
          }
        />
        <Route
          path="bandi/:id"
          element={
            <RequireSession store={session}>
              <ProgramApplyPage />
            </RequireSession>
          }
        />
        <Route
          path="autoimpiego"
          element={
            <RequireSession store={session}>
              <MyBusinessIdeasPage />
            </RequireSession>
          }
        />
        <Route
          path="lavoro"
          element={
            <RequireSession store={session}>
              <MyWorkChecksPage />
            </RequireSession>
          }
        />
        <Route
          path="le-mie-domande"
          element={
            <RequireSession store={session}>
              <MyProgramApplicationsPage />
            </RequireSession>
          }
        />
        <Route
          path="attivita"
          element={
            <RequireSession store={session}>
              <GroupActivitiesPage />
            </RequireSession>
          }
        />
        <Route
          path="percorso"
          element={
            <RequireSession store={session}>
              <MyPathPage />
            </RequireSession>
          }
        />
        <Route
          path="iscrizioni"
          element={
            <RequireSession store={session}>
              <MyTrainingEnrolmentsPage />
            </RequireSession>
          }
        />
        <Route
          path="avvisi-offerte"
          element={
            <RequireSession store={session}>
              <JobAlertPage />
            </RequireSession>
          }
        />
        <Route path="avvisi-offerte/disiscrizione" element={<JobAlertUnsubscribePage />} />
        <Route
          path="notifiche"
          element={
            <RequireSession store={session}>
              <NotificationsView api={notificationsApi} />
            </RequireSession>
          }
        />
        <Route
          path="colloqui"
          element={
            <RequireSession store={session}>
              <MyColloquiPage />
            </RequireSession>
          }
        />
        <Route
          path="notifiche/preferenze"
          element={
            <RequireSession store={session}>
              <NotificationPreferencesView api={notificationsApi} />
            </RequireSession>
          }
        />
        <Route
          path="colloqui/prenota"
          element={
            <RequireSession store={session}>
              <BookColloquioPage />
            </RequireSession>
          }
        />
        <Route path="privacy" element={<PrivacyPage />} />
        <Route path="*" element={<NotFoundView />} />
      </Route>
    </Routes>
  );
}
