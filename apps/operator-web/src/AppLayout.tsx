import { it, Loading, Notice, NotificationBell, PageLayout, SectionsMenu, useSession } from '@sportello/ui';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { client, session } from './client';
import { graphql } from './gql';
import { LiveUpdates } from './live-updates';
import { notificationsApi } from './notifications';

const MeQuery = graphql(`
  query AppLayout_MeQuery {
    me {
      id
      kind
      givenName
      familyName
      sportello {
        id
        name
      }
      network {
        name
      }
    }
  }
`);

const OverdueQuery = graphql(`
  query AppLayout_OverdueQuery {
    caseworkToday {
      overdueActionCount
    }
  }
`);

/**
 * The count of late actions in the patti of the operator's sportello, counted when read: it is
 * never stale nor duplicated, and goes away as soon as the actions are done or moved. The layout
 * stays mounted while the operator moves between pages, so each page opened counts again (at most
 * every 30 seconds, the portal's staleTime): an action that fell due overnight shows up without
 * reloading the portal.
 */
function useOverdueActionCount(enabled: boolean) {
  const { pathname } = useLocation();
  return useQuery({
    queryKey: ['casework-today', 'overdue', pathname],
    queryFn: () => client.request(OverdueQuery),
    placeholderData: keepPreviousData,
    enabled,
    select: (data) => data.caseworkToday.overdueActionCount,
  });
}

function OverdueNotice({ count }: { count: number }) {
  return (
    <Notice kind="warning" testId="overdue-notice">
      <p className="mb-0">
        {count === 1 ? 'C’è 1 azione del patto scaduta' : `Ci sono ${count} azioni del patto scadute`} nei
        casi del tuo sportello. <Link to="/da-fare">Vedi che cosa c’è da fare oggi</Link>
      </p>
    </Notice>
  );
}

const LogoutMutation = graphql(`
  mutation AppLayout_LogoutMutation($refreshToken: String!) {
    logout(refreshToken: $refreshToken) {
      ok
    }
  }
`);

/** The logged-in operator or admin (kind, sportello, network), shared by the layout and the pages. */
export function useMe() {
  const current = useSession(session);
  return useQuery({
    queryKey: ['me'],
    queryFn: () => client.request(MeQuery),
    enabled: current !== null,
  });
}

/** The sections of the operators' area, in the order of the menu. */
const sections = [
  { to: '/', label: 'Aziende da verificare' },
  { to: '/accoglienza', label: 'Accoglienza' },
  { to: '/accoglienza-in-cifre', label: 'Accoglienza in cifre' },
  { to: '/aziende', label: 'Aziende' },
  { to: '/servizi-aziende', label: 'Servizi alle aziende' },
  { to: '/da-fare', label: 'Da fare oggi' },
  { to: '/casi', label: 'Casi in carico' },
  { to: '/cittadini', label: 'Cittadini' },
  { to: '/offerte', label: 'Offerte' },
  { to: '/offerte-da-moderare', label: 'Offerte da moderare' },
  { to: '/tirocini', label: 'Tirocini' },
  { to: '/formazione', label: 'Formazione' },
  { to: '/attivita-di-gruppo', label: 'Attività di gruppo' },
  { to: '/progetti', label: 'Progetti e bandi' },
  { to: '/autoimpiego', label: 'Autoimpiego e microcredito' },
  { to: '/outplacement', label: 'Outplacement' },
  { to: '/inserimenti', label: 'Inserimenti' },
  { to: '/cancellazioni', label: 'Cancellazione dati' },
  { to: '/esiti', label: 'Esiti' },
  { to: '/rendiconti', label: 'Contratti e rendiconti' },
  { to: '/rapporto-lavoro', label: 'Rapporto sul lavoro' },
  { to: '/colloqui', label: 'Colloqui' },
  { to: '/colloqui-di-lavoro', label: 'Colloqui di lavoro' },
  { to: '/orari', label: 'Orari disponibili' },
  { to: '/rete', label: 'Rete' },
  { to: '/sicurezza', label: 'Sicurezza dell’account' },
] as const;

/** Only network admins connect other systems: the menu shows them the page after the network's. */
const adminSections = [
  ...sections.slice(0, -1),
  { to: '/integrazioni', label: 'Integrazioni' },
  sections.at(-1)!,
];

export function AppLayout() {
  const current = useSession(session);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const meQuery = useMe();
  const me = meQuery.data?.me;
  // Until the required second factor is set up the API answers only the enrolment: no menu, no bell.
  const working = current !== null && !current.twoFactorEnrolmentRequired;
  const overdue = useOverdueActionCount(working && me?.kind === 'OPERATOR');
  // The page is shown once what depends on the person is known (the actions their kind may take, the
  // notice above it), so that nothing moves under the pointer after it appears. It loads meanwhile.
  const settled =
    !working || meQuery.isError || (meQuery.isSuccess && (me?.kind !== 'OPERATOR' || !overdue.isPending));

  async function logout() {
    const refreshToken = session.get()?.refreshToken;
    // The local session ends even if the API cannot be reached.
    if (refreshToken) await client.request(LogoutMutation, { refreshToken }).catch(() => undefined);
    session.end(it.session.loggedOut);
    queryClient.clear();
    navigate('/accedi', { replace: true });
  }

  const user = current
    ? {
        name: `${me?.givenName ?? current.viewer.givenName} ${me?.familyName ?? current.viewer.familyName}`,
        detail:
          me?.sportello?.name ??
          (me?.kind === 'NETWORK_ADMIN' ? `Amministrazione · ${me.network?.name ?? 'rete'}` : undefined),
      }
    : null;

  return (
    <PageLayout
      portalName="Operatori"
      homeHref={import.meta.env.BASE_URL}
      user={user}
      onLogout={logout}
      headerActions={working ? <NotificationBell api={notificationsApi} /> : null}
      wide
      nav={
        working ? (
          <SectionsMenu
            label="Sezioni dell’area operatori"
            sections={me?.kind === 'NETWORK_ADMIN' ? adminSections : sections}
          />
        ) : null
      }
      help="Problemi con l’accesso o con i dati? Rivolgiti all’amministratore della rete."
      footerLinks={
        <>
          <Link to="/privacy">{it.footer.privacy}</Link>
          {current ? <Link to="/">Aziende da verificare</Link> : <Link to="/accedi">Accedi</Link>}
        </>
      }
    >
      {settled ? null : <Loading />}
      <div hidden={!settled}>
        {overdue.data ? <OverdueNotice count={overdue.data} /> : null}
        <Outlet />
      </div>
      {working ? <LiveUpdates /> : null}
    </PageLayout>
  );
}
