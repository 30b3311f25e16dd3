import { it, NotificationBell, PageLayout, SectionsMenu, useSession } from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate } from 'react-router';
import { client, session } from './client';
import { graphql } from './gql';
import { notificationsApi } from './notifications';
import { providerLogout } from './spid-cie';

const LogoutMutation = graphql(`
  mutation AppLayout_LogoutMutation($refreshToken: String!) {
    logout(refreshToken: $refreshToken) {
      ok
    }
  }
`);

/** The sections of the citizens' area, in the order of the menu. */
const sections = [
  { to: '/percorso', label: 'Il mio percorso' },
  { to: '/profilo', label: 'Il mio profilo' },
  { to: '/curriculum', label: 'Il mio curriculum' },
  { to: '/orientamento', label: 'Il mio orientamento' },
  { to: '/offerte-adatte', label: 'Offerte adatte a te' },
  { to: '/candidature', label: 'Le mie candidature' },
  { to: '/proposte', label: 'Proposte dello sportello' },
  { to: '/avvisi-offerte', label: 'Avviso offerte per email' },
  { to: '/lettere', label: 'Le mie lettere' },
  { to: '/tirocini', label: 'I miei tirocini' },
  { to: '/corsi', label: 'Corsi di formazione' },
  { to: '/iscrizioni', label: 'Le mie iscrizioni' },
  { to: '/attivita', label: 'Attività di gruppo' },
  { to: '/bandi', label: 'Bandi aperti' },
  { to: '/le-mie-domande', label: 'Le mie domande' },
  { to: '/autoimpiego', label: 'La mia idea d’impresa' },
  { to: '/lavoro', label: 'Il mio lavoro' },
] as const;

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
    // Logged in with SPID or CIE: the provider ends its session too, then sends the browser back here.
    const atProvider = providerLogout.take();
    if (atProvider) window.location.assign(atProvider);
    else navigate('/accedi', { replace: true });
  }

  return (
    <PageLayout
      portalName="Cittadini"
      homeHref={import.meta.env.BASE_URL}
      user={current ? { name: `${current.viewer.givenName} ${current.viewer.familyName}` } : null}
      onLogout={logout}
      headerActions={current ? <NotificationBell api={notificationsApi} /> : null}
      nav={current ? <SectionsMenu label="Sezioni dell’area cittadini" sections={sections} /> : null}
      footerLinks={
        <>
          <Link to="/privacy">{it.footer.privacy}</Link>
          {current ? (
            <>
              <Link to="/profilo">Il mio profilo</Link>
              <Link to="/curriculum">Il mio curriculum</Link>
              <Link to="/offerte-adatte">Offerte adatte a te</Link>
              <Link to="/candidature">Le mie candidature</Link>
              <Link to="/proposte">Proposte dello sportello</Link>
              <Link to="/avvisi-offerte">Avviso offerte per email</Link>
              <Link to="/notifiche">Notifiche</Link>
              <Link to="/lettere">Le mie lettere</Link>
              <Link to="/tirocini">I miei tirocini</Link>
              <Link to="/corsi">Corsi di formazione</Link>
              <Link to="/iscrizioni">Le mie iscrizioni</Link>
              <Link to="/bandi">Bandi aperti</Link>
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
