import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { failure } from './paged-list';
import { it } from './strings';
import type { UserErrorLike } from './user-errors';

export interface Announcement {
  kind: 'success' | 'danger';
  text: string;
}

/** The outcome of an action, in a live region; it takes the focus, since what was acted on may be gone. */
export function useAnnouncement(): [ReactNode, (next: Announcement | null) => void] {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (announcement) ref.current?.focus();
  }, [announcement]);
  const node = (
    <div aria-live="polite" aria-atomic="true">
      {announcement ? (
        <div
          ref={ref}
          tabIndex={-1}
          className={`alert alert-${announcement.kind} sl-notice`}
          data-testid="action-result"
        >
          <p className="mb-0">{announcement.text}</p>
        </div>
      ) : null}
    </div>
  );
  return [node, useCallback((next: Announcement | null) => setAnnouncement(next), [])];
}

/** Runs a mutation and answers its userErrors; an unexpected failure becomes one error for the form. */
export async function attempt(
  run: () => Promise<readonly UserErrorLike[]>,
): Promise<readonly UserErrorLike[]> {
  try {
    return await run();
  } catch (error) {
    return [{ code: 'FAILURE', message: failure(error).form[0] ?? it.errors.server }];
  }
}
