import { it, NotificationBell, PageLayout, useSession } from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate } from 'react-router';
import { client, session } from './client';
import { graphql } from './gql';
import { notificationsApi } from './notifications';

const LogoutMutation = graphql(`
  mutation AppLayout_LogoutMutation($refreshToken: String!) {
    logout(refreshToken: $refreshToken) {
      ok
    }
  }
`);

export function AppLayout() {
  const current = useSession(session);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  async function logout() {
    const refreshToken = session.get()?.refreshToken;
    // The local session ends even if the API cannot be reached.
    if (refreshToken) await client.request(LogoutMutation, { refreshToken }).catch(() => undefined);
    session.end(it.session.loggedOut);
    queryClient.clear();
    navigate('/accedi', { replace: true });
  }

  return (
    <PageLayout
      portalName="Aziende"
      help="Hai bisogno di aiuto? Rivolgiti allo sportello lavoro del comune dove ha sede l’azienda."
      homeHref={import.meta.env.BASE_URL}
      user={current ? { name: `${current.viewer.givenName} ${current.viewer.familyName}` } : null}
      onLogout={logout}
      headerActions={current ? <NotificationBell api={notificationsApi} /> : null}
      footerLinks={
        <>
          <Link to="/privacy">{it.footer.privacy}</Link>
          {current ? (
            <>
              <Link to="/area-riservata">La mia azienda</Link>
              <Link to="/offerte">Le tue offerte</Link>
              <Link to="/offerte/nuova">Nuova offerta</Link>
              <Link to="/tirocini">Tirocini</Link>
              <Link to="/conferme-impiego">Conferme di impiego</Link>
              <Link to="/colloqui">Colloqui con lo sportello</Link>
              <Link to="/servizi-ricevuti">Servizi ricevuti</Link>
            </>
          ) : (
            <Link to="/accedi">Accedi</Link>
          )}
        </>
      }
    >
      <Outlet />
    </PageLayout>
  );
}
