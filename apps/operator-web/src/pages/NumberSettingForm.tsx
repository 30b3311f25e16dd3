import {
  ErrorSummary,
  type FormErrors,
  failure,
  mapUserErrors,
  TextField,
  useAnnouncement,
} from '@sportello/ui';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';

interface SaveResult {
  userErrors: { field?: string | null; code: string; message: string }[];
  /** Announced when there are no userErrors. */
  saved: string;
}

/** A network setting that is a whole number in a range: one field, checked here, then saved. */
export function NumberSettingForm(props: {
  labelledBy: string;
  id: string;
  label: string;
  hint: string;
  submitLabel: string;
  initial: number;
  min: number;
  max: number;
  outOfRange: string;
  save: (value: number) => Promise<SaveResult>;
}) {
  const { id } = props;
  const [announcement, announce] = useAnnouncement();
  const [text, setText] = useState(String(props.initial));
  const [errors, setErrors] = useState<FormErrors<string>>({ fields: {}, form: [] });
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next: FormErrors<string> = { fields: {}, form: [] };
    const value = Number(text.trim());
    if (!/^\d+$/.test(text.trim()) || value < props.min || value > props.max) {
      next = { fields: { [id]: props.outOfRange }, form: [] };
    } else {
      setPending(true);
      try {
        const result = await props.save(value);
        if (result.userErrors.length === 0) announce({ kind: 'success', text: result.saved });
        else next = mapUserErrors(result.userErrors, [id] as const);
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
    <form noValidate onSubmit={save} aria-labelledby={props.labelledBy}>
      {announcement}
      <ErrorSummary errors={errors} labels={{ [id]: props.label }} focusKey={submits} />
      <TextField
        id={id}
        label={props.label}
        hint={props.hint}
        inputMode="numeric"
        value={text}
        onChange={setText}
        error={errors.fields[id]}
      />
      <Button type="submit" color="primary" aria-disabled={pending || undefined}>
        {pending ? 'Salvataggio…' : props.submitLabel}
      </Button>
    </form>
  );
}
