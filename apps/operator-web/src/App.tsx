import { NotFoundView, PrivacyView, RequireSession } from '@sportello/ui';
import { Route, Routes } from 'react-router';
import { AppLayout } from './AppLayout';
import { session } from './client';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { InvitationPage } from './pages/InvitationPage';
import { LoginPage } from './pages/LoginPage';
import { PendingCompaniesPage } from './pages/PendingCompaniesPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';

export function App() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route
          index
          element={
            <RequireSession store={session}>
              <PendingCompaniesPage />
            </RequireSession>
          }
        />
        <Route path="accedi" element={<LoginPage />} />
        <Route path="invito" element={<InvitationPage />} />
        <Route path="password-dimenticata" element={<ForgotPasswordPage />} />
        <Route path="reimposta-password" element={<ResetPasswordPage />} />
        <Route path="privacy" element={<PrivacyView />} />
        <Route path="*" element={<NotFoundView />} />
      </Route>
    </Routes>
  );
}
