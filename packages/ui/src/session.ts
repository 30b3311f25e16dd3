import { useSyncExternalStore } from 'react';

/** The kinds of user the API knows (`ActorKind`). */
export type ViewerKind = 'CITIZEN' | 'COMPANY_MEMBER' | 'OPERATOR' | 'NETWORK_ADMIN' | 'PLATFORM_ADMIN';

export interface SessionViewer {
  id: string;
  kind: ViewerKind;
  email: string;
  givenName: string;
  familyName: string;
}

/** What `login`, `refreshSession` and `acceptInvitation` return, as the portals select it. */
export interface SessionData {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  /**
   * Staff whose network requires a second factor they have not set up: the API opens only the
   * enrolment until they do (the operators' portal selects it).
   */
  twoFactorEnrolmentRequired?: boolean;
  viewer: SessionViewer;
}

type Listener = () => void;

/** Minimal Storage subset, so tests can pass a fake one. */
export type SessionStorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function defaultStorage(): SessionStorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    // Storage can be disabled by the browser's privacy settings: keep the session in memory only.
    return null;
  }
}

function isSessionData(value: unknown): value is SessionData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const viewer = v.viewer as Record<string, unknown> | undefined;
  return (
    typeof v.accessToken === 'string' &&
    typeof v.accessTokenExpiresAt === 'string' &&
    typeof v.refreshToken === 'string' &&
    typeof viewer === 'object' &&
    viewer !== null &&
    typeof viewer.id === 'string' &&
    typeof viewer.kind === 'string'
  );
}

/**
 * The session of one portal. The access token lives in memory (and in sessionStorage, so a reload
 * of the tab keeps the user logged in); the refresh token lives in sessionStorage only, so closing
 * the tab ends the session. Each portal uses its own key: a citizen and an operator session never mix.
 */
export class SessionStore {
  private current: SessionData | null;
  private endNotice: string | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly storage: SessionStorageLike | null;

  constructor(
    readonly storageKey: string,
    storage: SessionStorageLike | null = defaultStorage(),
  ) {
    this.storage = storage;
    this.current = this.read();
  }

  private read(): SessionData | null {
    try {
      const raw = this.storage?.getItem(this.storageKey);
      if (!raw) return null;
      const parsed: unknown = JSON.parse(raw);
      return isSessionData(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }

  get = (): SessionData | null => this.current;

  set = (session: SessionData | null): void => {
    this.current = session;
    if (session) this.endNotice = null;
    try {
      if (session) this.storage?.setItem(this.storageKey, JSON.stringify(session));
      else this.storage?.removeItem(this.storageKey);
    } catch {
      // Quota or disabled storage: the in-memory session still works for this page.
    }
    for (const listener of this.listeners) listener();
  };

  clear = (): void => this.set(null);

  /**
   * Ends the session with a message for the login page ("Sei uscito", "La sessione è scaduta"). The
   * message lives here rather than in the router's state because a protected page redirects to the
   * login page by itself as soon as the session is gone.
   */
  end = (notice: string): void => {
    this.endNotice = notice;
    this.set(null);
  };

  /** Why the last session ended, until a new one starts. */
  notice = (): string | null => this.endNotice;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };
}

/** The current session, re-rendering when it changes (login, refresh, logout). */
export function useSession(store: SessionStore): SessionData | null {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
