import {
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { it } from './strings';
import type { FormErrors } from './user-errors';

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  optional?: boolean | undefined;
  children: (describedBy: string | undefined) => ReactNode;
}

/** Label above, hint, error message and the control: the same layout for every field. */
function FieldFrame({ id, label, hint, error, optional, children }: FieldFrameProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`sl-field${error ? ' sl-field--error' : ''}`}>
      <label htmlFor={id} className="sl-label">
        {label}
        {optional ? <span className="sl-optional"> ({it.common.optional})</span> : null}
      </label>
      {hint ? (
        <div id={hintId} className="sl-hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={errorId} className="sl-error">
          <span className="visually-hidden">Errore: </span>
          {error}
        </p>
      ) : null}
      {children(describedBy)}
    </div>
  );
}

type NativeInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onChange' | 'required' | 'children'
>;

export interface TextFieldProps extends NativeInputProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  /** Shows "(facoltativo)" next to the label; fields are required unless said otherwise. */
  optional?: boolean | undefined;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  optional,
  className,
  ...rest
}: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      {(describedBy) => (
        <input
          id={id}
          name={id}
          type="text"
          className={`form-control${error ? ' is-invalid' : ''}${className ? ` ${className}` : ''}`}
          value={value}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-required={optional ? undefined : true}
          aria-describedby={describedBy}
          {...rest}
        />
      )}
    </FieldFrame>
  );
}

/** A password input with a "Mostra la password" checkbox: typing blind is hard for many people. */
export function PasswordField(props: Omit<TextFieldProps, 'type'>) {
  const [visible, setVisible] = useState(false);
  const toggleId = useId();
  return (
    <div className="sl-password">
      <TextField {...props} type={visible ? 'text' : 'password'} spellCheck={false} autoCapitalize="none" />
      <div className="form-check sl-password-toggle">
        <input
          id={toggleId}
          type="checkbox"
          checked={visible}
          onChange={(event) => setVisible(event.target.checked)}
          aria-controls={props.id}
        />
        <label htmlFor={toggleId}>{it.field.showPassword}</label>
      </div>
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps
  extends Omit<
    SelectHTMLAttributes<HTMLSelectElement>,
    'id' | 'value' | 'onChange' | 'required' | 'children'
  > {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  /** Text of the empty first option, e.g. "Scegli il comune". */
  placeholder: string;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  optional?: boolean | undefined;
}

export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  placeholder,
  hint,
  error,
  optional,
  ...rest
}: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      {(describedBy) => (
        <select
          id={id}
          name={id}
          className={`form-select sl-select${error ? ' is-invalid' : ''}`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-required={optional ? undefined : true}
          aria-describedby={describedBy}
          {...rest}
        >
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

export interface TextAreaFieldProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'required'> {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  optional?: boolean | undefined;
}

export function TextAreaField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  optional,
  ...rest
}: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} optional={optional}>
      {(describedBy) => (
        <textarea
          id={id}
          name={id}
          className={`form-control sl-textarea${error ? ' is-invalid' : ''}`}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-required={optional ? undefined : true}
          aria-describedby={describedBy}
          rows={4}
          {...rest}
        />
      )}
    </FieldFrame>
  );
}

export interface CheckboxFieldProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode | undefined;
  error?: string | undefined;
}

export function CheckboxField({ id, label, checked, onChange, hint, error }: CheckboxFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`sl-field sl-checkbox${error ? ' sl-field--error' : ''}`}>
      {error ? (
        <p id={errorId} className="sl-error">
          <span className="visually-hidden">Errore: </span>
          {error}
        </p>
      ) : null}
      <div className="form-check">
        <input
          id={id}
          name={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <div id={hintId} className="sl-hint">
          {hint}
        </div>
      ) : null}
    </div>
  );
}

export interface ErrorSummaryProps<F extends string> {
  errors: FormErrors<F>;
  /** Labels of the fields, to name them in the list; fields without a label are listed by message only. */
  labels: Partial<Record<F, string>>;
  /** Ids of the fields' controls, when they differ from the field name. */
  ids?: Partial<Record<F, string>>;
  /** Changes at each submit: the summary takes the focus so a screen reader reads it at once. */
  focusKey: number;
  title?: string;
}

/**
 * The list of what to fix, at the top of the form, with links to the fields (GOV.UK pattern). It sits
 * in an always-present live region, and takes the focus after a failed submit.
 */
export function ErrorSummary<F extends string>({
  errors,
  labels,
  ids = {},
  focusKey,
  title = it.errors.summaryTitle,
}: ErrorSummaryProps<F>) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors.fields).filter((entry): entry is [F, string] => Boolean(entry[1]));
  const show = entries.length > 0 || errors.form.length > 0;

  // Only a new submit moves the focus, not each keystroke that changes the errors.
  useEffect(() => {
    if (focusKey > 0 && show) ref.current?.focus();
  }, [focusKey]);

  return (
    <div aria-live="assertive" aria-atomic="true">
      {show ? (
        <div
          ref={ref}
          tabIndex={-1}
          className="alert alert-danger sl-error-summary"
          data-testid="error-summary"
        >
          <h2 className="h4 sl-error-summary-title">{title}</h2>
          {errors.form.map((message) => (
            <p key={message} className="mb-2">
              {message}
            </p>
          ))}
          {entries.length > 0 ? (
            <>
              {errors.form.length === 0 ? <p className="mb-2">{it.errors.summaryIntro}</p> : null}
              <ul className="mb-0">
                {entries.map(([field, message]) => (
                  <li key={field}>
                    <a
                      href={`#${ids[field] ?? field}`}
                      onClick={(event) => focusField(event, ids[field] ?? field)}
                    >
                      {labels[field] ? `${labels[field]}: ` : ''}
                      {message}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function focusField(event: { preventDefault(): void }, id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  event.preventDefault();
  element.scrollIntoView({ block: 'center' });
  element.focus();
}

/** A notice in Bootstrap Italia's alert style; `live` makes screen readers read it when it appears. */
export function Notice({
  kind = 'info',
  title,
  children,
  live,
  testId,
}: {
  kind?: 'info' | 'success' | 'warning' | 'danger';
  title?: ReactNode;
  children?: ReactNode;
  live?: 'polite' | 'assertive';
  testId?: string;
}) {
  return (
    <div
      className={`alert alert-${kind} sl-notice`}
      role={live === 'assertive' ? 'alert' : live === 'polite' ? 'status' : undefined}
      data-testid={testId}
    >
      {title ? <h2 className="h4 sl-notice-title">{title}</h2> : null}
      {children}
    </div>
  );
}
