import { useState } from 'react';
import type { GraphQLClient } from './graphql-client';
import { it } from './strings';

export interface DownloadButtonProps {
  client: GraphQLClient;
  /** Path of the file on the API, e.g. `/api/cv/<id>.pdf`. */
  path: string;
  label: string;
  /** Used when the server does not name the file. */
  fallbackName: string;
  className?: string;
}

/**
 * Downloads a protected file: the API wants the bearer token, which a plain link cannot send, so
 * the file is fetched and handed to the browser as a download.
 */
export function DownloadButton({
  client,
  path,
  label,
  fallbackName,
  className = 'btn btn-outline-primary',
}: DownloadButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const { blob, filename } = await client.file(path);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = filename ?? fallbackName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : it.errors.server);
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="sl-download">
      <button type="button" className={className} onClick={download} disabled={busy} aria-busy={busy}>
        {busy ? it.common.downloading : label}
      </button>
      <span aria-live="polite">
        {error ? (
          <span className="sl-error d-block">
            <span className="visually-hidden">Errore: </span>
            {error}
          </span>
        ) : null}
      </span>
    </span>
  );
}
