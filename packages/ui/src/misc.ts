import type { ViewerKind } from './session';

const pending = new Map<string, Promise<unknown>>();

/**
 * Runs `run` once per key for the life of the page. One-time links (email verification) must be
 * consumed exactly once, even when React mounts a component twice (StrictMode, remounts).
 */
export function once<T>(key: string, run: () => Promise<T>): Promise<T> {
  let promise = pending.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = run();
    pending.set(key, promise);
  }
  return promise;
}

/** Where each kind of user logs in, to point someone who used the wrong portal to the right one. */
export function portalForKind(kind: ViewerKind): { name: string; path: string } {
  switch (kind) {
    case 'CITIZEN':
      return { name: 'Cittadini', path: '/cittadini/' };
    case 'COMPANY_MEMBER':
      return { name: 'Aziende', path: '/aziende/' };
    default:
      return { name: 'Operatori', path: '/operatori/' };
  }
}

/** The message for someone who logged in to a portal that is not theirs; `audience` e.g. "ai cittadini". */
export function wrongPortalMessage(kind: ViewerKind, audience: string): string {
  const portal = portalForKind(kind);
  return `Quest’area è riservata ${audience}. Il tuo account si usa nell’area ${portal.name}, all’indirizzo ${portal.path}`;
}
