import { checkPassword, parseCompanyTaxCode, parseEmail, parsePartitaIva } from '@sportello/domain';
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

const RegisterCompanyMutation = graphql(`
  mutation RegisterPage_RegisterCompanyMutation($input: RegisterCompanyInput!) {
    registerCompany(input: $input) {
      company {
        id
        legalName
        status
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
  'legalName',
  'partitaIva',
  'codiceFiscale',
  'comuneCode',
  'givenName',
  'familyName',
  'email',
  'password',
  'privacyNoticeAccepted',
] as const;
type Field = (typeof fields)[number];

const labels: Record<Field, string> = {
  networkSlug: 'Rete di comuni',
  legalName: 'Ragione sociale',
  partitaIva: 'Partita IVA',
  codiceFiscale: 'Codice fiscale dell’azienda',
  comuneCode: 'Comune della sede legale',
  givenName: 'Nome del referente',
  familyName: 'Cognome del referente',
  email: 'Email del referente',
  password: 'Scegli una password',
  privacyNoticeAccepted: 'Informativa sulla privacy',
};

interface Values {
  networkSlug: string;
  legalName: string;
  partitaIva: string;
  codiceFiscale: string;
  comuneCode: string;
  givenName: string;
  familyName: string;
  email: string;
  password: string;
  privacyNoticeAccepted: boolean;
}

/** The same checks as the API, so most mistakes are caught before sending; the API stays the authority. */
export function validate(values: Values): FormErrors<Field> {
  const errors = noErrors<Field>();
  const e = errors.fields;
  if (!values.networkSlug) e.networkSlug = 'Scegli la rete di comuni.';
  const legalName = values.legalName.trim();
  if (!legalName) e.legalName = 'Scrivi la ragione sociale dell’azienda.';
  else if (legalName.length < 2) e.legalName = 'Scrivi almeno 2 caratteri.';
  if (!values.partitaIva.trim()) e.partitaIva = 'Scrivi la partita IVA.';
  else {
    const piva = parsePartitaIva(values.partitaIva);
    if (!piva.ok) e.partitaIva = piva.error.message;
  }
  if (values.codiceFiscale.trim()) {
    const cf = parseCompanyTaxCode(values.codiceFiscale);
    if (!cf.ok) e.codiceFiscale = cf.error.message;
  }
  if (!values.comuneCode) e.comuneCode = 'Scegli il comune della sede legale.';
  if (!values.givenName.trim()) e.givenName = 'Scrivi il nome del referente.';
  if (!values.familyName.trim()) e.familyName = 'Scrivi il cognome del referente.';
  if (!values.email.trim()) e.email = 'Scrivi l’indirizzo email del referente.';
  else if (!parseEmail(values.email).ok) e.email = it.errors.email;
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
    legalName: '',
    partitaIva: '',
    codiceFiscale: '',
    comuneCode: '',
    givenName: '',
    familyName: '',
    email: '',
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
        const { registerCompany } = await client.request(RegisterCompanyMutation, {
          input: {
            networkSlug,
            legalName: input.legalName.trim(),
            partitaIva: input.partitaIva.replace(/\s+/g, ''),
            codiceFiscale: input.codiceFiscale.replace(/\s+/g, '').toUpperCase() || null,
            comuneCode: input.comuneCode,
            givenName: input.givenName.trim(),
            familyName: input.familyName.trim(),
            email: input.email.trim(),
            password: input.password,
            privacyNoticeAccepted: input.privacyNoticeAccepted,
          },
        });
        if (registerCompany.company && registerCompany.userErrors.length === 0) {
          navigate('/registrazione-inviata', {
            state: { email: input.email.trim(), legalName: registerCompany.company.legalName },
          });
          return;
        }
        next = mapUserErrors(registerCompany.userErrors, fields);
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
        <PageTitle>Registra la tua azienda</PageTitle>
        <Loading />
      </>
    );
  }
  if (networks.error) {
    return (
      <>
        <PageTitle>Registra la tua azienda</PageTitle>
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
      <PageTitle>Registra la tua azienda</PageTitle>
      <p className="sl-lead">
        La registrazione è gratuita. Dopo l’invio, lo sportello lavoro verifica i dati dell’azienda prima di
        attivare i servizi.
      </p>
      <p className="sl-form-note">Tutti i campi sono obbligatori, tranne quelli indicati come facoltativi.</p>
      <form className="sl-form" noValidate onSubmit={submit} aria-label="Registrazione dell’azienda">
        <ErrorSummary errors={errors} labels={labels} focusKey={submits} />
        <fieldset className="sl-fieldset">
          <legend>L’azienda</legend>
          {list.length > 1 ? (
            <SelectField
              id="networkSlug"
              label={labels.networkSlug}
              placeholder="Scegli la rete"
              options={list.map((n) => ({ value: n.slug, label: n.name }))}
              value={networkSlug}
              onChange={(value) =>
                setValues((current) => ({ ...current, networkSlug: value, comuneCode: '' }))
              }
              error={e.networkSlug}
            />
          ) : network ? (
            <p>
              Rete di comuni: <strong data-testid="network-name">{network.name}</strong>
            </p>
          ) : null}
          <TextField
            id="legalName"
            label={labels.legalName}
            hint="Il nome dell’azienda come risulta alla Camera di commercio, per esempio “Rossi Costruzioni S.r.l.”."
            autoComplete="organization"
            value={values.legalName}
            onChange={set('legalName')}
            error={e.legalName}
          />
          <TextField
            id="partitaIva"
            label={labels.partitaIva}
            hint="11 cifre."
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={16}
            value={values.partitaIva}
            onChange={set('partitaIva')}
            error={e.partitaIva}
          />
          <TextField
            id="codiceFiscale"
            label={labels.codiceFiscale}
            optional
            hint="Lascialo vuoto se è uguale alla partita IVA. Per le ditte individuali: il codice fiscale del titolare (16 caratteri)."
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            className="text-uppercase"
            value={values.codiceFiscale}
            onChange={set('codiceFiscale')}
            error={e.codiceFiscale}
          />
          <SelectField
            id="comuneCode"
            label={labels.comuneCode}
            placeholder={network ? 'Scegli il comune' : 'Prima scegli la rete'}
            hint="Nell’elenco trovi solo i comuni della rete: il servizio è riservato alle aziende con sede in questi comuni."
            options={comuni.map((c) => ({ value: c.istatCode, label: `${c.name} (${c.provinceCode})` }))}
            value={values.comuneCode}
            onChange={set('comuneCode')}
            error={e.comuneCode}
            disabled={!network}
          />
        </fieldset>
        <fieldset className="sl-fieldset">
          <legend>Il referente</legend>
          <p className="sl-hint">
            La persona che registra l’azienda e la rappresenta verso lo sportello. Con questa email e questa
            password accederai all’area aziende.
          </p>
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
          <PasswordField
            id="password"
            label={labels.password}
            hint={passwordHint}
            autoComplete="new-password"
            value={values.password}
            onChange={set('password')}
            error={e.password}
          />
        </fieldset>
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
            {pending ? it.common.sending : 'Invia la registrazione'}
          </Button>
        </div>
      </form>
      <p className="mt-4">
        L’azienda è già registrata? <Link to="/accedi">Accedi</Link>
      </p>
    </>
  );
}
