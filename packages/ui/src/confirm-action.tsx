import { type ReactNode, useEffect, useRef, useState } from 'react';
import { it } from './strings';

/**
 * A button that first asks "are you sure?": the question takes the focus, and "Annulla" returns it
 * to the button, so people using a screen reader hear what they are about to do. After confirming,
 * the focus is left to the announcement of the outcome.
 */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  onConfirm,
  testId,
  buttonClassName = 'btn btn-primary',
  dismissLabel = 'Annulla',
}: {
  /** The first button, e.g. "Chiedi un posto". */
  label: string;
  question: ReactNode;
  /** e.g. "Sì, chiedi il posto". */
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  testId?: string;
  buttonClassName?: string;
  /** The button that changes nothing; name it apart when the action itself is a cancellation. */
  dismissLabel?: string;
}) {
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (cancelled.current) buttonRef.current?.focus();
    cancelled.current = false;
  }, [asking]);

  async function confirm() {
    if (pending) return;
    setPending(true);
    try {
      await onConfirm();
    } finally {
      setPending(false);
      setAsking(false);
    }
  }

  if (!asking) {
    return (
      <button
        ref={buttonRef}
        type="button"
        className={buttonClassName}
        onClick={() => setAsking(true)}
        data-testid={testId}
      >
        {label}
      </button>
    );
  }
  return (
    <div className="sl-form-box" data-testid={testId ? `${testId}-confirm` : undefined}>
      <p ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      <div className="sl-card-actions">
        <button
          type="button"
          className="btn btn-primary"
          onClick={confirm}
          aria-disabled={pending || undefined}
        >
          {pending ? it.common.sending : confirmLabel}
        </button>
        <button
          type="button"
          className="btn btn-outline-secondary"
          onClick={() => {
            cancelled.current = true;
            setAsking(false);
          }}
        >
          {dismissLabel}
        </button>
      </div>
    </div>
  );
}
