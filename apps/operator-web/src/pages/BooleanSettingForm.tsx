import {
  CheckboxField,
  ErrorSummary,
  type FormErrors,
  failure,
  mapUserErrors,
  useAnnouncement,
} from '@sportello/ui';
import { Button } from 'design-react-kit';
import { type FormEvent, type ReactNode, useState } from 'react';

interface SaveResult {
  userErrors: { field?: string | null; code: string; message: string }[];
  /** Announced when there are no userErrors. */
  saved: string;
}

/** A network setting that is on or off: one checkbox, then saved. */
export function BooleanSettingForm(props: {
  labelledBy: string;
  id: string;
  label: string;
  submitLabel: string;
  initial: boolean;
  /** Said before the checkbox, e.g. what must come first. */
  before?: ReactNode;
  save: (value: boolean) => Promise<SaveResult>;
}) {
  const { id } = props;
  const [announcement, announce] = useAnnouncement();
  const [checked, setChecked] = useState(props.initial);
  const [errors, setErrors] = useState<FormErrors<string>>({ fields: {}, form: [] });
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    let next: FormErrors<string> = { fields: {}, form: [] };
    try {
      const result = await props.save(checked);
      if (result.userErrors.length === 0) announce({ kind: 'success', text: result.saved });
      else next = mapUserErrors(result.userErrors, [id] as const);
    } catch (error) {
      next = failure(error);
    } finally {
      setPending(false);
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <form noValidate onSubmit={save} aria-labelledby={props.labelledBy}>
      {announcement}
      <ErrorSummary errors={errors} labels={{ [id]: props.label }} focusKey={submits} />
      {props.before}
      <CheckboxField
        id={id}
        label={props.label}
        checked={checked}
        onChange={setChecked}
        error={errors.fields[id]}
      />
      <Button type="submit" color="primary" aria-disabled={pending || undefined}>
        {pending ? 'Salvataggio…' : props.submitLabel}
      </Button>
    </form>
  );
}
