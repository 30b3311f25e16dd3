import { Notice } from '@sportello/ui';
import { useState } from 'react';

/**
 * A secret the API shows only once, with a button that copies it and words that say what to do
 * with it: after leaving the page nobody can read it again.
 */
export function SecretOnce({
  title,
  secret,
  children,
  testId,
}: {
  title: string;
  secret: string;
  children: React.ReactNode;
  testId?: string;
}) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <Notice kind="warning" title={title} testId={testId}>
      {children}
      <p className="sl-secret">
        <code data-testid={testId ? `${testId}-value` : undefined}>{secret}</code>
      </p>
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={copy}>
        Copia la chiave
      </button>
      <span role="status" className="ms-2">
        {copied === 'yes'
          ? 'Copiata.'
          : copied === 'failed'
            ? 'Non è stato possibile copiarla: selezionala e copiala a mano.'
            : ''}
      </span>
    </Notice>
  );
}
