import {
  ErrorSummary,
  type FormErrors,
  failure,
  mapUserErrors,
  noErrors,
  type UserErrorLike,
} from '@sportello/ui';
import { Button } from 'design-react-kit';
import { type FormEvent, type ReactNode, useState } from 'react';

/** A small form of the page: its own errors, the button, the submit guarded against double clicks. */
export function ActionForm<F extends string>({
  title,
  id,
  labels,
  ids,
  run,
  check,
  button,
  children,
  level = 2,
}: {
  title: string;
  /** The heading level of the title: 3 when the form sits inside another section. */
  level?: 2 | 3;
  id: string;
  labels: Record<F, string>;
  ids: Record<F, string>;
  check: () => FormErrors<F>;
  run: () => Promise<readonly UserErrorLike[]>;
  button: string;
  children: (errors: FormErrors<F>) => ReactNode;
}) {
  const [errors, setErrors] = useState<FormErrors<F>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = check();
    if (Object.keys(next.fields).length === 0) {
      setPending(true);
      try {
        const userErrors = await run();
        if (userErrors.length === 0) {
          setErrors(noErrors());
          return;
        }
        next = mapUserErrors(userErrors, Object.keys(labels) as F[]);
      } catch (error) {
        next = failure(error);
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }
  return (
    <section className="sl-section" aria-labelledby={id}>
      {level === 2 ? <h2 id={id}>{title}</h2> : <h3 id={id}>{title}</h3>}
      <form className="sl-form-box" noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} labels={labels} ids={ids} focusKey={submits} />
        {children(errors)}
        <div className="sl-actions mt-0 mb-3">
          <Button type="submit" color="primary" aria-disabled={pending || undefined}>
            {button}
          </Button>
        </div>
      </form>
    </section>
  );
}
