import { useQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { CheckboxField, ErrorSummary, Notice, SelectField, type SelectOption } from './fields';
import { Loading, PageTitle } from './layout';
import { it } from './strings';
import { type FormErrors, hasErrors, mapUserErrors, noErrors, type UserErrorLike } from './user-errors';

export interface RegistrationNetwork {
  slug: string;
  name: string;
  memberComuni: readonly { istatCode: string; name: string; provinceCode: string }[];
}

/** What every registration asks for besides the portal's own fields. */
export interface RegistrationValues {
  networkSlug: string;
  privacyNoticeAccepted: boolean;
}

export interface RegistrationFieldsProps<V, F extends string> {
  values: V;
  set: <K extends keyof V>(key: K) => (value: V[K]) => void;
  errors: Partial<Record<F, string>>;
  /** The chosen network, null until there is one. */
  network: RegistrationNetwork | null;
  /** The network's member comuni, by name, as options of a select. */
  comuni: readonly SelectOption[];
}

export interface RegistrationPageProps<V extends RegistrationValues, F extends string> {
  title: string;
  lead: ReactNode;
  formLabel: string;
  submitLabel: string;
  /** Shown before the network's name when there is only one, e.g. "Ti stai registrando a:". */
  networkIntro: string;
  /** After the form, e.g. "Hai già un account? Accedi". */
  footer: ReactNode;
  loadNetworks: () => Promise<readonly RegistrationNetwork[]>;
  initial: V;
  fields: readonly F[];
  labels: Record<F, string>;
  /** Fields emptied when another network is chosen (its comuni differ). */
  networkDependent: readonly (keyof V)[];
  validate: (values: V) => FormErrors<F>;
  /** Sends the registration; the portal moves on by itself on success. Answers the userErrors. */
  submit: (values: V) => Promise<readonly UserErrorLike[]>;
  /** The portal's fields, between the network and the privacy notice. */
  children: (props: RegistrationFieldsProps<V, F>) => ReactNode;
}

/**
 * A registration page: the network (preselected when there is one), the portal's fields, the privacy
 * notice, the error summary and the sending state, the same for citizens and companies.
 */
export function RegistrationPage<V extends RegistrationValues, F extends string>(
  props: RegistrationPageProps<V, F>,
) {
  const networks = useQuery({ queryKey: ['networks'], queryFn: props.loadNetworks });
  const [values, setValues] = useState<V>(props.initial);
  const [errors, setErrors] = useState<FormErrors<F>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  const list = networks.data ?? [];
  // With a single network there is nothing to choose: it is preselected.
  const networkSlug = values.networkSlug || (list.length === 1 ? list[0]!.slug : '');
  const network = list.find((n) => n.slug === networkSlug) ?? null;
  const comuni = [...(network?.memberComuni ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, 'it'))
    .map((c) => ({ value: c.istatCode, label: `${c.name} (${c.provinceCode})` }));

  const set =
    <K extends keyof V>(key: K) =>
    (value: V[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const input = { ...values, networkSlug };
    let next = props.validate(input);
    if (!hasErrors(next)) {
      setPending(true);
      try {
        const userErrors = await props.submit(input);
        if (userErrors.length === 0) return;
        next = mapUserErrors(userErrors, props.fields);
      } catch (error) {
        next = { fields: {}, form: [error instanceof Error ? error.message : it.errors.server] };
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  if (networks.isPending || networks.error) {
    return (
      <>
        <PageTitle>{props.title}</PageTitle>
        {networks.error ? (
          <Notice kind="danger" live="assertive">
            <p>{networks.error.message}</p>
            <button type="button" className="btn btn-primary" onClick={() => networks.refetch()}>
              {it.common.retry}
            </button>
          </Notice>
        ) : (
          <Loading />
        )}
      </>
    );
  }

  const e = errors.fields as Partial<Record<F | 'networkSlug' | 'privacyNoticeAccepted', string>>;
  return (
    <>
      <PageTitle>{props.title}</PageTitle>
      <p className="sl-lead">{props.lead}</p>
      <p className="sl-form-note">Tutti i campi sono obbligatori, tranne quelli indicati come facoltativi.</p>
      <form className="sl-form" noValidate onSubmit={submit} aria-label={props.formLabel}>
        <ErrorSummary errors={errors} labels={props.labels} focusKey={submits} />
        {list.length > 1 ? (
          <SelectField
            id="networkSlug"
            label="Rete di comuni"
            placeholder="Scegli la rete"
            options={list.map((n) => ({ value: n.slug, label: n.name }))}
            value={networkSlug}
            onChange={(slug) =>
              setValues((current) => ({
                ...current,
                networkSlug: slug,
                ...Object.fromEntries(props.networkDependent.map((key) => [key, ''])),
              }))
            }
            error={e.networkSlug}
          />
        ) : network ? (
          <p>
            {props.networkIntro} <strong data-testid="network-name">{network.name}</strong>
          </p>
        ) : null}
        {props.children({ values, set, errors: errors.fields, network, comuni })}
        <CheckboxField
          id="privacyNoticeAccepted"
          label="Ho letto l’informativa sulla privacy"
          hint={
            <Link to="/privacy" target="_blank" rel="noopener">
              Leggi l’informativa sulla privacy {it.common.opensInNewTab}
            </Link>
          }
          checked={values.privacyNoticeAccepted}
          onChange={(checked) => setValues((current) => ({ ...current, privacyNoticeAccepted: checked }))}
          error={e.privacyNoticeAccepted}
        />
        <div className="sl-actions">
          <Button type="submit" color="primary" size="lg" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : props.submitLabel}
          </Button>
        </div>
      </form>
      <p className="mt-4">{props.footer}</p>
    </>
  );
}

/** The privacy notice must be acknowledged to register (the API checks it too). */
export function privacyError(accepted: boolean): string | undefined {
  return accepted ? undefined : 'Per registrarti devi dichiarare di aver letto l’informativa sulla privacy.';
}
