import { parseEmail } from '@sportello/domain';
import {
  type FormErrors,
  formatDate,
  it,
  Loading,
  LoginForm,
  mapUserErrors,
  Notice,
  noErrors,
  PageTitle,
  privacyError,
  RegistrationPage,
  SelectField,
  TextField,
} from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { client, session } from '../client';
import { graphql } from '../gql';
import { providerLogout } from '../spid-cie';

/** Selected by the three mutations of the page. */
export const LoginPayloadFields = graphql(`
  fragment SpidCieLoginPayloadFields on SpidCieLoginPayload {
    session {
      ...SessionFields
    }
    registration {
      codiceFiscale
      givenName
      familyName
      birthDate
      email
    }
    providerLogoutUrl
    userErrors {
      field
      code
      message
    }
  }
`);

const ContinueMutation = graphql(`
  mutation SpidCieLoginPage_ContinueMutation($ticket: String!) {
    continueSpidCieLogin(ticket: $ticket) {
      ...SpidCieLoginPayloadFields
    }
  }
`);

const RegisterMutation = graphql(`
  mutation SpidCieLoginPage_RegisterMutation($input: RegisterWithSpidCieInput!) {
    registerWithSpidCie(input: $input) {
      ...SpidCieLoginPayloadFields
    }
  }
`);

const LinkMutation = graphql(`
  mutation SpidCieLoginPage_LinkMutation($input: LinkSpidCieInput!) {
    linkSpidCie(input: $input) {
      ...SpidCieLoginPayloadFields
    }
  }
`);

const NetworksQuery = graphql(`
  query SpidCieLoginPage_NetworksQuery {
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

/** Why the provider's answer did not log the person in (`#errore=` from the API's callback). */
const FAILURES: Record<string, string> = {
  CANCELLED: 'Hai annullato l’accesso con SPID o CIE. Puoi riprovare quando vuoi.',
  INVALID_STATE:
    'L’accesso con SPID o CIE è scaduto o non è partito da questa pagina. Torna alla pagina di accesso e riprova.',
  PROVIDER_ERROR:
    'Il servizio di SPID o CIE non ha risposto come previsto. Riprova tra qualche minuto; se succede ancora, rivolgiti allo sportello.',
  MISSING_DATA:
    'SPID o CIE non ci hanno dato il codice fiscale, il nome, il cognome e la data di nascita: senza questi dati non possiamo farti entrare.',
  TOO_MANY: 'Troppi tentativi di accesso da questa rete. Riprova tra 15 minuti.',
};

type Payload = {
  session: Parameters<typeof session.set>[0] | null;
  registration: Identity | null;
  providerLogoutUrl: string | null;
  userErrors: readonly { field: string | null; code: string; message: string }[];
};
type Identity = {
  codiceFiscale: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  email: string | null;
};

/** Reads the fragment once and takes it off the address bar: the ticket serves once. */
function readFragment() {
  const params = new URLSearchParams(window.location.hash.slice(1));
  if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  return { ticket: params.get('ticket'), failure: params.get('errore') };
}

/** `/accesso-spid-cie`: where the provider sends the person back, to log in, register or link. */
export function SpidCieLoginPage() {
  const [{ ticket, failure }] = useState(readFragment);
  const navigate = useNavigate();
  const continued = useQuery({
    queryKey: ['spid-cie-continue', ticket],
    queryFn: async () => (await client.request(ContinueMutation, { ticket: ticket! })).continueSpidCieLogin,
    enabled: Boolean(ticket),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

  /** Keeps the session like a password login's; false when there is none. */
  function begin(payload: Payload) {
    if (!payload.session) return false;
    providerLogout.remember(payload.providerLogoutUrl);
    session.set(payload.session);
    navigate('/profilo', { replace: true });
    return true;
  }

  if (!ticket) {
    return (
      <Failure
        message={FAILURES[failure ?? ''] ?? 'L’indirizzo non è completo. Torna alla pagina di accesso.'}
      />
    );
  }
  if (continued.isPending) {
    return (
      <>
        <PageTitle>Accesso con SPID o CIE</PageTitle>
        <Loading />
      </>
    );
  }
  const payload = continued.data as Payload | undefined;
  if (!payload || payload.userErrors.length > 0) {
    return (
      <Failure message={payload?.userErrors[0]?.message ?? continued.error?.message ?? it.errors.server} />
    );
  }
  if (begin(payload) || !payload.registration) return null;
  return <FirstAccess ticket={ticket} identity={payload.registration} begin={begin} />;
}

function Failure({ message }: { message: string }) {
  return (
    <>
      <PageTitle>Accesso con SPID o CIE non riuscito</PageTitle>
      <Notice kind="danger" live="assertive">
        <p className="mb-0">{message}</p>
      </Notice>
      <Link className="btn btn-primary" to="/accedi">
        Torna alla pagina di accesso
      </Link>
    </>
  );
}

/** What SPID or CIE said about the person: shown, never editable. */
function IdentityCard({ identity }: { identity: Identity }) {
  return (
    <section className="sl-section" aria-labelledby="identity-title" data-testid="spid-cie-identity">
      <h2 id="identity-title" className="h4">
        I tuoi dati da SPID o CIE
      </h2>
      <dl className="sl-details">
        <dt>Nome e cognome</dt>
        <dd>
          {identity.givenName} {identity.familyName}
        </dd>
        <dt>Codice fiscale</dt>
        <dd className="text-break">{identity.codiceFiscale}</dd>
        <dt>Data di nascita</dt>
        <dd>{formatDate(identity.birthDate)}</dd>
      </dl>
      <p className="mb-0">Questi dati vengono dalla tua identità digitale e non si possono cambiare qui.</p>
    </section>
  );
}

function FirstAccess({
  ticket,
  identity,
  begin,
}: {
  ticket: string;
  identity: Identity;
  begin: (payload: Payload) => boolean;
}) {
  const [linking, setLinking] = useState(false);
  if (linking) {
    return (
      <>
        <PageTitle>Collega il tuo account a SPID o CIE</PageTitle>
        <p className="sl-lead">
          Scrivi l’email e la password del tuo account: da ora in poi entrerai anche con SPID o CIE. Il codice
          fiscale dell’account deve essere lo stesso.
        </p>
        <IdentityCard identity={identity} />
        <LoginForm
          submitLabel="Collega e accedi"
          onSubmit={async (credentials) => {
            const { linkSpidCie } = await client.request(LinkMutation, { input: { ticket, ...credentials } });
            if (begin(linkSpidCie as Payload)) return null;
            return mapUserErrors(linkSpidCie.userErrors, ['email', 'password'] as const);
          }}
        />
        <p className="mt-4">
          Non hai un account?{' '}
          <button type="button" className="btn btn-link p-0 align-baseline" onClick={() => setLinking(false)}>
            Registrati con SPID o CIE
          </button>
        </p>
      </>
    );
  }
  return <Registration ticket={ticket} identity={identity} begin={begin} onLink={() => setLinking(true)} />;
}

const fields = [
  'networkSlug',
  'residenceComuneCode',
  'email',
  'phone',
  'privacyNoticeAccepted',
  'codiceFiscale',
] as const;
type Field = (typeof fields)[number];

const labels: Record<Field, string> = {
  networkSlug: 'Rete di comuni',
  residenceComuneCode: 'Comune di residenza',
  email: 'Indirizzo email',
  phone: 'Numero di telefono',
  privacyNoticeAccepted: 'Informativa sulla privacy',
  codiceFiscale: 'Codice fiscale',
};

interface Values {
  networkSlug: string;
  residenceComuneCode: string;
  email: string;
  phone: string;
  privacyNoticeAccepted: boolean;
}

const PHONE_PATTERN = /^\+?[0-9 ./-]{6,20}$/;

function validate(values: Values): FormErrors<Field> {
  const errors = noErrors<Field>();
  const e = errors.fields;
  if (!values.networkSlug) e.networkSlug = 'Scegli la rete di comuni.';
  if (!values.residenceComuneCode) e.residenceComuneCode = 'Scegli il comune dove risiedi.';
  if (!values.email.trim()) e.email = 'Scrivi il tuo indirizzo email.';
  else if (!parseEmail(values.email).ok) e.email = it.errors.email;
  if (values.phone.trim() && !PHONE_PATTERN.test(values.phone.trim())) {
    e.phone = 'Numero di telefono non valido: usa solo cifre, spazi e il prefisso +.';
  }
  e.privacyNoticeAccepted = privacyError(values.privacyNoticeAccepted);
  return errors;
}

function Registration({
  ticket,
  identity,
  begin,
  onLink,
}: {
  ticket: string;
  identity: Identity;
  begin: (payload: Payload) => boolean;
  onLink: () => void;
}) {
  return (
    <RegistrationPage<Values, Field>
      title={`Benvenuta o benvenuto, ${identity.givenName}`}
      lead={
        <>
          <p className="sl-lead">
            È il tuo primo accesso con SPID o CIE. Per registrarti gratis dicci dove risiedi: il servizio è
            per chi risiede in uno dei comuni della rete.
          </p>
          <IdentityCard identity={identity} />
          <p>
            Hai già un account con email e password?{' '}
            <button type="button" className="btn btn-link p-0 align-baseline" onClick={onLink}>
              Collegalo a SPID o CIE
            </button>
          </p>
        </>
      }
      formLabel="Registrazione con SPID o CIE"
      submitLabel="Registrati"
      networkIntro="Ti stai registrando a:"
      footer={
        <>
          Non vuoi usare SPID o CIE? <Link to="/registrati">Registrati con email e password</Link>
        </>
      }
      loadNetworks={async () => (await client.request(NetworksQuery)).networks}
      initial={{
        networkSlug: '',
        residenceComuneCode: '',
        email: identity.email ?? '',
        phone: '',
        privacyNoticeAccepted: false,
      }}
      fields={fields}
      labels={labels}
      networkDependent={['residenceComuneCode']}
      validate={validate}
      submit={async (input) => {
        const { registerWithSpidCie } = await client.request(RegisterMutation, {
          input: {
            ticket,
            networkSlug: input.networkSlug,
            residenceComuneCode: input.residenceComuneCode,
            email: input.email.trim(),
            phone: input.phone.trim() || null,
            privacyNoticeAccepted: input.privacyNoticeAccepted,
          },
        });
        begin(registerWithSpidCie as Payload);
        return registerWithSpidCie.userErrors;
      }}
    >
      {({ values, set, errors: e, network, comuni }) => (
        <>
          <SelectField
            id="residenceComuneCode"
            label={labels.residenceComuneCode}
            placeholder={network ? 'Scegli il comune' : 'Prima scegli la rete'}
            hint="Nell’elenco trovi solo i comuni della rete. Se il tuo comune non c’è, il servizio non è disponibile per te: rivolgiti al centro per l’impiego della tua zona."
            options={comuni}
            value={values.residenceComuneCode}
            onChange={set('residenceComuneCode')}
            error={e.residenceComuneCode}
            disabled={!network}
          />
          <TextField
            id="email"
            label={labels.email}
            hint="Ti scriviamo qui per i colloqui e le offerte. Se la cambi, ti mandiamo un messaggio per confermarla."
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
        </>
      )}
    </RegistrationPage>
  );
}
