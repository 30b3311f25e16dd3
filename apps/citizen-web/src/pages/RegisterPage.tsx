import { checkPassword, parseCodiceFiscale, parseEmail } from '@sportello/domain';
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
  e.privacyNoticeAccepted = privacyError(values.privacyNoticeAccepted);
  return errors;
}

export function RegisterPage() {
  const navigate = useNavigate();
  return (
    <RegistrationPage<Values, Field>
      title="Registrati"
      lead="La registrazione è gratuita ed è riservata a chi risiede in uno dei comuni della rete. Ti servono il codice fiscale e un indirizzo email."
      formLabel="Registrazione"
      submitLabel="Registrati"
      networkIntro="Ti stai registrando a:"
      footer={
        <>
          Hai già un account? <Link to="/accedi">Accedi</Link>
        </>
      }
      loadNetworks={async () => (await client.request(NetworksQuery)).networks}
      initial={{
        networkSlug: '',
        residenceComuneCode: '',
        givenName: '',
        familyName: '',
        codiceFiscale: '',
        email: '',
        phone: '',
        password: '',
        privacyNoticeAccepted: false,
      }}
      fields={fields}
      labels={labels}
      networkDependent={['residenceComuneCode']}
      validate={validate}
      submit={async (input) => {
        const { registerCitizen } = await client.request(RegisterCitizenMutation, {
          input: {
            networkSlug: input.networkSlug,
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
        if (registerCitizen.citizen && registerCitizen.userErrors.length === 0)
          navigate('/controlla-email', { state: { email: input.email.trim() } });
        return registerCitizen.userErrors;
      }}
    >
      {({ values, set, errors: e, network, comuni }) => (
        <>
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
            options={comuni}
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
        </>
      )}
    </RegistrationPage>
  );
}
