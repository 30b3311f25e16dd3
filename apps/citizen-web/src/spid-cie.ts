/**
 * Where the browser ends the session at the SPID/CIE provider after the logout here; kept beside the
 * session, in the tab's storage.
 */
const KEY = 'sportello.cittadini.providerLogout';

export const providerLogout = {
  remember(url: string | null | undefined) {
    if (url) window.sessionStorage.setItem(KEY, url);
    else window.sessionStorage.removeItem(KEY);
  },
  /** The address, forgotten as it is read: one logout each. */
  take(): string | null {
    const url = window.sessionStorage.getItem(KEY);
    window.sessionStorage.removeItem(KEY);
    return url;
  },
};
