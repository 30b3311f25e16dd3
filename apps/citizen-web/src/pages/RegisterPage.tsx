import { checkPassword, parseCodiceFiscale, parseEmail } from '@sportello/domain';
import {
  CheckboxField,
  ErrorSummary,
  type FormErrors,
  hasErrors,
  it,
  Loading,
  mapUserErrors,
  Notice,
  noErrors,
  PageTitle,
  PasswordField,
  passwordHint,
  SelectField,
  TextField,
} from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';

const NetworksQuery = graphql(`
  query RegisterPage_NetworksQuery {
    networks {
      id
      slug
      name
      memberComuni {
        istatCode
        name
        provinceCode
      }
    }
  }
`);

const RegisterCitizenMutation = graphql(`
  mutation RegisterPage_RegisterCitizenMutation($input: RegisterCitizenInput!) {
    registerCitizen(input: $input) {
      citizen {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const fields = [
  'networkSlug',
  'residenceComuneCode',
  'givenName',
  'familyName',
  'codiceFiscale',
  'email',
  'phone',
  'password',
  'privacyNoticeAccepted',
] as const;
type Field = (typeof fields)[number];

const labels: Record<Field, string> = {
  networkSlug: 'Rete di comuni',
  residenceComuneCode: 'Comune di residenza',
  givenName: 'Nome',
  familyName: 'Cognome',
  codiceFiscale: 'Codice fiscale',
  email: 'Indirizzo email',
  phone: 'Numero di telefono',
  password: 'Scegli una password',
  privacyNoticeAccepted: 'Informativa sulla privacy',
};

interface Values {
  networkSlug: string;
  residenceComuneCode: string;
  givenName: string;
  familyName: string;
  codiceFiscale: string;
  email: string;
  phone: string;
  password: string;
  privacyNoticeAccepted: boolean;
}

const PHONE_PATTERN = /^\+?[0-9 ./-]{6,20}$/;

/** The same checks as the API, so most mistakes are caught before sending; the API stays the authority. */
export function validate(values: Values): FormErrors<Field> {
  const errors = noErrors<Field>();
  const e = errors.fields;
  if (!values.networkSlug) e.networkSlug = 'Scegli la rete di comuni.';
  if (!values.residenceComuneCode) e.residenceComuneCode = 'Scegli il comune dove risiedi.';
  if (!values.givenName.trim()) e.givenName = 'Scrivi il tuo nome.';
  if (!values.familyName.trim()) e.familyName = 'Scrivi il tuo cognome.';
  if (!values.codiceFiscale.trim()) e.codiceFiscale = 'Scrivi il tuo codice fiscale.';
  else {
    const cf = parseCodiceFiscale(values.codiceFiscale);
    if (!cf.ok) e.codiceFiscale = cf.error.message;
  }
  if (!values.email.trim()) e.email = 'Scrivi il tuo indirizzo email.';
  else if (!parseEmail(values.email).ok) e.email = it.errors.email;
  if (values.phone.trim() && !PHONE_PATTERN.test(values.phone.trim())) {
    e.phone = 'Numero di telefono non valido: usa solo cifre, spazi e il prefisso +.';
  }
  if (!values.password) e.password = 'Scegli una password.';
  else {
    const check = checkPassword(values.password, { email: values.email });
    if (!check.ok) e.password = check.message;
  }
  if (!values.privacyNoticeAccepted) {
    e.privacyNoticeAccepted = 'Per registrarti devi dichiarare di aver letto l’informativa sulla privacy.';
  }
  return errors;
}

export function RegisterPage() {
  const navigate = useNavigate();
  const networks = useQuery({ queryKey: ['networks'], queryFn: () => client.request(NetworksQuery) });
  const [values, setValues] = useState<Values>({
    networkSlug: '',
    residenceComuneCode: '',
    givenName: '',
    familyName: '',
    codiceFiscale: '',
    email: '',
    phone: '',
    password: '',
    privacyNoticeAccepted: false,
  });
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  const list = networks.data?.networks ?? [];
  // With a single network there is nothing to choose: it is preselected.
  const networkSlug = values.networkSlug || (list.length === 1 ? list[0]!.slug : '');
  const network = list.find((n) => n.slug === networkSlug);
  const comuni = [...(network?.memberComuni ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'it'));

  const set =
    <K extends keyof Values>(key: K) =>
    (value: Values[K]) =>
      setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const input = { ...values, networkSlug };
    let next = validate(input);
    if (!hasErrors(next)) {
      setPending(true);
      try {
        const { registerCitizen } = await client.request(RegisterCitizenMutation, {
          input: {
            networkSlug,
            residenceComuneCode: input.residenceComuneCode,
            givenName: input.givenName.trim(),
            familyName: input.familyName.trim(),
            codiceFiscale: input.codiceFiscale.replace(/\s+/g, '').toUpperCase(),
            email: input.email.trim(),
            phone: input.phone.trim() || null,
            password: input.password,
            privacyNoticeAccepted: input.privacyNoticeAccepted,
          },
        });
        if (registerCitizen.citizen && registerCitizen.userErrors.length === 0) {
          navigate('/controlla-email', { state: { email: input.email.trim() } });
          return;
        }
        next = mapUserErrors(registerCitizen.userErrors, fields);
      } catch (error) {
        next = { fields: {}, form: [error instanceof Error ? error.message : it.errors.server] };
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  if (networks.isPending) {
    return (
      <>
        <PageTitle>Registrati</PageTitle>
        <Loading />
      </>
    );
  }
  if (networks.error) {
    return (
      <>
        <PageTitle>Registrati</PageTitle>
        <Notice kind="danger" live="assertive">
          <p>{networks.error.message}</p>
          <button type="button" className="btn btn-primary" onClick={() => networks.refetch()}>
            {it.common.retry}
          </button>
        </Notice>
      </>
    );
  }

  const e = errors.fields;
  return (
    <>
      <PageTitle>Registrati</PageTitle>
      <p className="sl-lead">
        La registrazione è gratuita ed è riservata a chi risiede in uno dei comuni della rete. Ti servono il
        codice fiscale e un indirizzo email.
      </p>
      <p className="sl-form-note">Tutti i campi sono obbligatori, tranne quelli indicati come facoltativi.</p>
      <form className="sl-form" noValidate onSubmit={submit} aria-label="Registrazione">
        <ErrorSummary errors={errors} labels={labels} focusKey={submits} />
        {list.length > 1 ? (
          <SelectField
            id="networkSlug"
            label={labels.networkSlug}
            placeholder="Scegli la rete"
            options={list.map((n) => ({ value: n.slug, label: n.name }))}
            value={networkSlug}
            onChange={(value) =>
              setValues((current) => ({ ...current, networkSlug: value, residenceComuneCode: '' }))
            }
            error={e.networkSlug}
          />
        ) : network ? (
          <p>
            Ti stai registrando a: <strong data-testid="network-name">{network.name}</strong>
          </p>
        ) : null}
        <SelectField
          id="residenceComuneCode"
          label={labels.residenceComuneCode}
          placeholder={network ? 'Scegli il comune' : 'Prima scegli la rete'}
          hint={
            <>
              Nell’elenco trovi solo i comuni della rete. Se il tuo comune non c’è, il servizio non è
              disponibile per te: rivolgiti al centro per l’impiego della tua zona.
            </>
          }
          options={comuni.map((c) => ({ value: c.istatCode, label: `${c.name} (${c.provinceCode})` }))}
          value={values.residenceComuneCode}
          onChange={set('residenceComuneCode')}
          error={e.residenceComuneCode}
          disabled={!network}
        />
        <TextField
          id="givenName"
          label={labels.givenName}
          autoComplete="given-name"
          value={values.givenName}
          onChange={set('givenName')}
          error={e.givenName}
        />
        <TextField
          id="familyName"
          label={labels.familyName}
          autoComplete="family-name"
          value={values.familyName}
          onChange={set('familyName')}
          error={e.familyName}
        />
        <TextField
          id="codiceFiscale"
          label={labels.codiceFiscale}
          hint="16 caratteri, lettere e numeri. Lo trovi sulla tessera sanitaria."
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          className="text-uppercase sl-code"
          value={values.codiceFiscale}
          onChange={set('codiceFiscale')}
          error={e.codiceFiscale}
        />
        <TextField
          id="email"
          label={labels.email}
          hint="Ti mandiamo un messaggio per confermarlo."
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="none"
          value={values.email}
          onChange={set('email')}
          error={e.email}
        />
        <TextField
          id="phone"
          label={labels.phone}
          optional
          hint="Lo usa lo sportello per contattarti. Per esempio 333 1234567."
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          value={values.phone}
          onChange={set('phone')}
          error={e.phone}
        />
        <PasswordField
          id="password"
          label={labels.password}
          hint={passwordHint}
          autoComplete="new-password"
          value={values.password}
          onChange={set('password')}
          error={e.password}
        />
        <CheckboxField
          id="privacyNoticeAccepted"
          label="Ho letto l’informativa sulla privacy"
          hint={
            <Link to="/privacy" target="_blank" rel="noopener">
              Leggi l’informativa sulla privacy {it.common.opensInNewTab}
            </Link>
          }
          checked={values.privacyNoticeAccepted}
          onChange={set('privacyNoticeAccepted')}
          error={e.privacyNoticeAccepted}
        />
        <div className="sl-actions">
          <Button type="submit" color="primary" size="lg" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : 'Registrati'}
          </Button>
        </div>
      </form>
      <p className="mt-4">
        Hai già un account? <Link to="/accedi">Accedi</Link>
      </p>
    </>
  );
}
