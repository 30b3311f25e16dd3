import { checkPassword, parseCompanyTaxCode, parseEmail, parsePartitaIva } from '@sportello/domain';
import {
  type FormErrors,
  it,
  noErrors,
  PasswordField,
  passwordHint,
  privacyError,
  RegistrationPage,
  SelectField,
  TextField,
} from '@sportello/ui';
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
  e.privacyNoticeAccepted = privacyError(values.privacyNoticeAccepted);
  return errors;
}

export function RegisterPage() {
  const navigate = useNavigate();
  return (
    <RegistrationPage<Values, Field>
      title="Registra la tua azienda"
      lead="La registrazione è gratuita. Dopo l’invio, lo sportello lavoro verifica i dati dell’azienda prima di attivare i servizi."
      formLabel="Registrazione dell’azienda"
      submitLabel="Invia la registrazione"
      networkIntro="Rete di comuni:"
      footer={
        <>
          L’azienda è già registrata? <Link to="/accedi">Accedi</Link>
        </>
      }
      loadNetworks={async () => (await client.request(NetworksQuery)).networks}
      initial={{
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
      }}
      fields={fields}
      labels={labels}
      networkDependent={['comuneCode']}
      validate={validate}
      submit={async (input) => {
        const { registerCompany } = await client.request(RegisterCompanyMutation, {
          input: {
            networkSlug: input.networkSlug,
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
        }
        return registerCompany.userErrors;
      }}
    >
      {({ values, set, errors: e, network, comuni }) => (
        <>
          <fieldset className="sl-fieldset">
            <legend>L’azienda</legend>
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
              options={comuni}
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
        </>
      )}
    </RegistrationPage>
  );
}
