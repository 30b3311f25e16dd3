import { Button, Header, HeaderBrand, HeaderContent, HeaderRightZone, Headers } from 'design-react-kit';
import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';
import { it } from './strings';

const PortalContext = createContext<{ portalName: string }>({ portalName: '' });

export interface PageLayoutProps {
  /** Shown under "Sportello Lavoro", e.g. "Cittadini". */
  portalName: string;
  /** The portal's home, e.g. "/cittadini/". */
  homeHref: string;
  /** The logged-in user, shown in the header with the "Esci" button. */
  user?: { name: string; detail?: string | undefined } | null | undefined;
  onLogout?: (() => void) | undefined;
  /** Shown in the header beside the user, e.g. the notification bell. */
  headerActions?: ReactNode;
  /** Links in the footer (e.g. the privacy notice), rendered by the portal's router. */
  footerLinks?: ReactNode;
  /** Where to get help, in the footer; by default the citizens' sportello. */
  help?: string;
  /** A wider page, for lists and tables (the operators' portal). */
  wide?: boolean;
  /** The portal's sections under the header (a `SectionsMenu`), for logged-in users. */
  nav?: ReactNode;
  children: ReactNode;
}

/** The frame of every page: skip link, header with the portal's name, main landmark, footer. */
export function PageLayout({
  portalName,
  homeHref,
  user,
  onLogout,
  headerActions,
  footerLinks,
  help = it.footer.help,
  wide = false,
  nav,
  children,
}: PageLayoutProps) {
  return (
    <PortalContext.Provider value={{ portalName }}>
      <div className={`sl-page${wide ? ' sl-page--wide' : ''}`}>
        <a className="visually-hidden-focusable sl-skip-link" href="#contenuto">
          {it.skipToContent}
        </a>
        <Headers className="sl-headers">
          <Header type="slim" theme="" className="sl-header-slim">
            <HeaderContent>
              <span className="sl-slim-title d-none d-md-inline">
                {it.appName} · servizi per il lavoro dei comuni della rete
              </span>
              <HeaderRightZone>
                {user ? (
                  <div className="sl-user" data-testid="header-user">
                    {headerActions}
                    <span className="sl-user-name">
                      <span className="visually-hidden">{it.session.loggedInAs} </span>
                      {user.name}
                      {user.detail ? <span className="sl-user-detail"> · {user.detail}</span> : null}
                    </span>
                    {onLogout ? (
                      <Button color="primary" size="sm" className="sl-logout" onClick={onLogout}>
                        {it.session.logout}
                      </Button>
                    ) : null}
                  </div>
                ) : null}
              </HeaderRightZone>
            </HeaderContent>
          </Header>
          <div className="it-nav-wrapper">
            <Header type="center" theme="" className="sl-header-center">
              <HeaderContent>
                <HeaderBrand href={homeHref}>
                  {/* One child: HeaderBrand hides all but the first on small screens; the portal's name must stay. */}
                  <div className="sl-brand">
                    <div className="it-brand-title">{it.appName}</div>
                    <div className="it-brand-tagline">{portalName}</div>
                  </div>
                </HeaderBrand>
              </HeaderContent>
            </Header>
          </div>
        </Headers>
        {nav}
        <main id="contenuto" className="container sl-main" tabIndex={-1}>
          {children}
        </main>
        <footer className="it-footer sl-footer">
          <div className="it-footer-main">
            <div className="container py-4">
              <p className="sl-footer-title">
                {it.appName} · {portalName}
              </p>
              <p>{it.footer.tagline}</p>
              <p>{help}</p>
              {footerLinks ? <nav aria-label="Collegamenti utili">{footerLinks}</nav> : null}
            </div>
          </div>
        </footer>
      </div>
    </PortalContext.Provider>
  );
}

let initialTitle: string | undefined;
let navigated = false;

/**
 * The page's h1. It sets the document title and, after a navigation inside the app, takes the focus so
 * screen readers announce the new page (the first page loaded keeps the browser's default focus).
 */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const { portalName } = useContext(PortalContext);
  const ref = useRef<HTMLHeadingElement>(null);
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = [text, portalName, it.appName].filter(Boolean).join(' – ');
    if (initialTitle === undefined) initialTitle = text;
    else if (text !== initialTitle) navigated = true;
    if (navigated) ref.current?.focus();
  }, [text, portalName]);
  return (
    <h1 ref={ref} tabIndex={-1} className="sl-page-title">
      {children}
    </h1>
  );
}

/** A spinner with a text that screen readers announce. */
export function Loading({ text = it.common.loading }: { text?: string }) {
  return (
    <div className="sl-loading" role="status">
      <span className="spinner-border spinner-border-sm me-2" aria-hidden="true" />
      {text}
    </div>
  );
}
