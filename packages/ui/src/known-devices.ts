import type { SessionStorageLike } from './session';

function defaultStorage(): SessionStorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The device tokens `login` gave this browser, one per email. Sent with the next login of the same
 * email, it keeps the user out of the limits that failed logins by others (from anywhere, or from
 * the same shared network) put on the account. Unlike the session, it outlives the tab.
 */
export class KnownDevices {
  constructor(
    private readonly storageKey: string,
    private readonly storage: SessionStorageLike | null = defaultStorage(),
  ) {}

  private read(): Record<string, string> {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(this.storageKey) ?? '{}');
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  }

  tokenFor(email: string): string | null {
    const token = this.read()[email.trim().toLowerCase()];
    return typeof token === 'string' ? token : null;
  }

  remember(email: string, token: string): void {
    try {
      this.storage?.setItem(
        this.storageKey,
        JSON.stringify({ ...this.read(), [email.trim().toLowerCase()]: token }),
      );
    } catch {
      // Disabled or full storage: the next login counts as a new browser, nothing worse.
    }
  }
}
