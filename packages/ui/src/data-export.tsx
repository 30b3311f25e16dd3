import type { ReactNode } from 'react';
import { DownloadButton } from './download';
import type { GraphQLClient } from './graphql-client';

export interface DataExportProps {
  client: GraphQLClient;
  /** The export on the API without its extension, e.g. `/api/privacy/export`. */
  path: string;
  title: string;
  /** What the copy holds, in one or two plain sentences. */
  children: ReactNode;
  /** The name of the files when the server does not give one, without extension. */
  fallbackName: string;
  /** The heading's id, so the section is named by it. */
  id?: string;
}

/**
 * The download of all of a person's (or a company's) data, art. 15 and 20 GDPR: a PDF to read and
 * a JSON file for other programs, the same sections in both.
 */
export function DataExport({
  client,
  path,
  title,
  children,
  fallbackName,
  id = 'data-export-title',
}: DataExportProps) {
  return (
    <section className="sl-section" aria-labelledby={id} data-testid="data-export">
      <h2 id={id} className="h4">
        {title}
      </h2>
      {children}
      <div className="sl-card-actions">
        <DownloadButton
          client={client}
          path={`${path}.pdf`}
          label="Scarica in PDF"
          fallbackName={`${fallbackName}.pdf`}
          className="btn btn-primary"
        />
        <DownloadButton
          client={client}
          path={`${path}.json`}
          label="Scarica in JSON"
          fallbackName={`${fallbackName}.json`}
        />
      </div>
    </section>
  );
}
