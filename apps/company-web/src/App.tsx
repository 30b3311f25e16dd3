import { NotFoundView, NotificationPreferencesView, NotificationsView, RequireSession } from '@sportello/ui';
import { Route, Routes } from 'react-router';
import { AppLayout } from './AppLayout';
import { session } from './client';
import { notificationsApi } from './notifications';
import { BookColloquioPage } from './pages/BookColloquioPage';
import { ColloquiPage } from './pages/ColloquiPage';
import { DashboardPage } from './pages/DashboardPage';
import { EditVacancyPage } from './pages/EditVacancyPage';
import { EmploymentChecksPage } from './pages/EmploymentChecksPage';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { HomePage } from './pages/HomePage';
import { InternshipPage } from './pages/InternshipPage';
import { InternshipsPage } from './pages/InternshipsPage';
import { InvitationPage } from './pages/InvitationPage';
import { LoginPage } from './pages/LoginPage';
import { NewVacancyPage } from './pages/NewVacancyPage';
import { PrivacyPage } from './pages/PrivacyPage';
import { ReceivedServicesPage } from './pages/ReceivedServicesPage';
import { RegisterPage } from './pages/RegisterPage';
import { RegistrationSentPage } from './pages/RegistrationSentPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { VacanciesPage } from './pages/VacanciesPage';
import { VacancyPage } from './pages/VacancyPage';
import { VerifyEmailPage } from './pages/VerifyEmailPage';

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomePage />} />
        <Route path="registrati" element={<RegisterPage />} />
        <Route path="registrazione-inviata" element={<RegistrationSentPage />} />
        <Route path="verifica-email" element={<VerifyEmailPage />} />
        <Route path="accedi" element={<LoginPage />} />
        <Route path="invito" element={<InvitationPage />} />
        <Route path="password-dimenticata" element={<ForgotPasswordPage />} />
        <Route path="reimposta-password" element={<ResetPasswordPage />} />
        <Route
          path="area-riservata"
          element={
            <RequireSession store={session}>
              <DashboardPage />
            </RequireSession>
          }
        />
        <Route
          path="offerte"
          element={
            <RequireSession store={session}>
              <VacanciesPage />
            </RequireSession>
          }
        />
        <Route
          path="offerte/nuova"
          element={
            <RequireSession store={session}>
              <NewVacancyPage />
            </RequireSession>
          }
        />
        <Route
          path="offerte/:id"
          element={
            <RequireSession store={session}>
              <VacancyPage />
            </RequireSession>
          }
        />
        <Route
          path="offerte/:id/modifica"
          element={
            <RequireSession store={session}>
              <EditVacancyPage />
            </RequireSession>
          }
        />
        <Route
          path="servizi-ricevuti"
          element={
            <RequireSession store={session}>
              <ReceivedServicesPage />
            </RequireSession>
          }
        />
        <Route
          path="tirocini"
          element={
            <RequireSession store={session}>
              <InternshipsPage />
            </RequireSession>
          }
        />
        <Route
          path="tirocini/:id"
          element={
            <RequireSession store={session}>
              <InternshipPage />
            </RequireSession>
          }
        />
        <Route
          path="colloqui"
          element={
            <RequireSession store={session}>
              <ColloquiPage />
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
        <Route
          path="conferme-impiego"
          element={
            <RequireSession store={session}>
              <EmploymentChecksPage />
            </RequireSession>
          }
        />
        <Route
          path="notifiche"
          element={
            <RequireSession store={session}>
              <NotificationsView api={notificationsApi} />
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
        <Route path="privacy" element={<PrivacyPage />} />
        <Route path="*" element={<NotFoundView />} />
      </Route>
    </Routes>
  );
}
