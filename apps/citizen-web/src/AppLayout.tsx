import { it, PageLayout, useSession } from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate } from 'react-router';
import { client, session } from './client';
import { graphql } from './gql';

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
      portalName="Cittadini"
      homeHref={import.meta.env.BASE_URL}
      user={current ? { name: `${current.viewer.givenName} ${current.viewer.familyName}` } : null}
      onLogout={logout}
      footerLinks={
        <>
          <Link to="/privacy">{it.footer.privacy}</Link>
          {current ? (
            <>
              <Link to="/profilo">Il mio profilo</Link>
              <Link to="/offerte-adatte">Offerte adatte a te</Link>
              <Link to="/lettere">Le mie lettere</Link>
              <Link to="/tirocini">I miei tirocini</Link>
              <Link to="/corsi">Corsi di formazione</Link>
              <Link to="/iscrizioni">Le mie iscrizioni</Link>
              <Link to="/colloqui">I miei colloqui</Link>
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
