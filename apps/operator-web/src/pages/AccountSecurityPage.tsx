import {
  ErrorSummary,
  type FormErrors,
  failure,
  formatDateTime,
  LoadError,
  Loading,
  mapUserErrors,
  Notice,
  PageTitle,
  PasswordField,
  TextField,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';

const StatusQuery = graphql(`
  query AccountSecurity_StatusQuery {
    me {
      id
      twoFactor {
        enabled
        enabledAt
        recoveryCodesRemaining
        requiredByNetwork
      }
    }
  }
`);

const StartMutation = graphql(`
  mutation AccountSecurity_StartMutation {
    startTotpEnrolment {
      enrolment {
        secret
        otpauthUri
        qrCode
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const ConfirmMutation = graphql(`
  mutation AccountSecurity_ConfirmMutation($code: String!) {
    confirmTotpEnrolment(code: $code) {
      recoveryCodes
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const DisableMutation = graphql(`
  mutation AccountSecurity_DisableMutation($input: TwoFactorStepUpInput!) {
    disableTotp(input: $input) {
      ok
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const RegenerateMutation = graphql(`
  mutation AccountSecurity_RegenerateMutation($input: TwoFactorStepUpInput!) {
    regenerateRecoveryCodes(input: $input) {
      recoveryCodes
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const STATUS_KEY = ['account-security'];
const CODE_LABEL = 'Codice dell’app di autenticazione';
const SIX_DIGITS = /^\d{6}$/;

/** The base32 key in groups of four, as apps show it and people type it. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/**
 * Adding an authenticator app: the QR code (or the key typed by hand), then the first code it
 * shows, which turns the verification on and brings the recovery codes.
 */
export function TotpEnrolment({ onEnabled }: { onEnabled: (recoveryCodes: string[]) => void }) {
  const [enrolment, setEnrolment] = useState<{ secret: string; qrCode: string } | null>(null);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors<'code'>>({ fields: {}, form: [] });
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  function show(next: FormErrors<'code'>) {
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  async function start() {
    setPending(true);
    try {
      const { startTotpEnrolment: result } = await client.request(StartMutation);
      if (result.enrolment) {
        setEnrolment(result.enrolment);
        setErrors({ fields: {}, form: [] });
      } else show(mapUserErrors(result.userErrors, []));
    } catch (error) {
      show(failure(error));
    } finally {
      setPending(false);
    }
  }

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const typed = code.replace(/\s/g, '');
    if (!SIX_DIGITS.test(typed))
      return show({ fields: { code: 'Scrivi le 6 cifre che mostra l’app.' }, form: [] });
    setPending(true);
    try {
      const { confirmTotpEnrolment: result } = await client.request(ConfirmMutation, { code: typed });
      if (result.recoveryCodes) onEnabled(result.recoveryCodes);
      else show(mapUserErrors(result.userErrors, ['code'] as const));
    } catch (error) {
      show(failure(error));
    } finally {
      setPending(false);
    }
  }

  if (!enrolment) {
    return (
      <div>
        <ErrorSummary errors={errors} labels={{ code: CODE_LABEL }} focusKey={submits} />
        <p>
          Ti serve un’app di autenticazione sul telefono, per esempio Google Authenticator, Microsoft
          Authenticator o FreeOTP. Se non ce l’hai, scaricala prima dallo store del telefono.
        </p>
        <Button color="primary" onClick={start} aria-disabled={pending || undefined}>
          {pending ? 'Un momento…' : 'Attiva la verifica in due passaggi'}
        </Button>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={confirm} aria-labelledby="totp-enrolment">
      <h3 id="totp-enrolment" className="h4">
        Collega l’app di autenticazione
      </h3>
      <ol>
        <li>Nell’app scegli «Aggiungi account» e inquadra il codice QR.</li>
        <li>
          Se non puoi inquadrarlo, scegli di inserire una chiave e scrivi questa chiave:{' '}
          <code className="sl-totp-secret" data-testid="totp-secret" data-secret={enrolment.secret}>
            {grouped(enrolment.secret)}
          </code>{' '}
          (tipo: basata sul tempo).
        </li>
        <li>Scrivi qui sotto il codice di 6 cifre che l’app mostra per Sportello Lavoro.</li>
      </ol>
      <img
        src={enrolment.qrCode}
        width={200}
        height={200}
        className="d-block mb-3"
        alt="Codice QR da inquadrare con l’app di autenticazione; la stessa chiave è scritta qui sopra."
      />
      <ErrorSummary errors={errors} labels={{ code: CODE_LABEL }} focusKey={submits} />
      <TextField
        id="code"
        label={CODE_LABEL}
        hint="6 cifre, per esempio 123456."
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        value={code}
        onChange={setCode}
        error={errors.fields.code}
      />
      <Button type="submit" color="primary" aria-disabled={pending || undefined}>
        {pending ? 'Verifica in corso…' : 'Conferma il codice'}
      </Button>
    </form>
  );
}

/** The recovery codes, shown once: to download or print before leaving the page. */
export function RecoveryCodes({
  codes,
  onDone,
  doneLabel,
}: {
  codes: string[];
  onDone: () => void;
  doneLabel: string;
}) {
  function download() {
    const text = [
      'Sportello Lavoro – codici di recupero della verifica in due passaggi',
      'Ogni codice vale una volta sola. Tienili in un posto sicuro.',
      '',
      ...codes,
      '',
    ].join('\n');
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'codici-di-recupero-sportello-lavoro.txt';
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  }

  return (
    <section className="sl-section" aria-labelledby="recovery-codes-title">
      <h2 id="recovery-codes-title">I tuoi codici di recupero</h2>
      <Notice kind="warning">
        <p className="mb-0">
          Salvali adesso: non li mostreremo più. Se perdi il telefono, con uno di questi codici puoi accedere
          al posto del codice dell’app. Ogni codice vale una volta sola.
        </p>
      </Notice>
      <ol className="sl-recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <p>Scaricali in un file o stampali, e conservali lontano dal computer che usi allo sportello.</p>
      <div className="sl-actions d-print-none">
        <Button color="primary" outline onClick={download}>
          Scarica i codici
        </Button>
        <Button color="primary" outline onClick={() => window.print()}>
          Stampa
        </Button>
        <Button color="primary" onClick={onDone}>
          {doneLabel}
        </Button>
      </div>
    </section>
  );
}

type StepUpField = 'code' | 'password';

/** Asks for a current code of the app, or the password, before a change to the verification. */
function StepUpForm({
  id,
  submitLabel,
  danger,
  run,
}: {
  id: string;
  submitLabel: string;
  danger?: boolean;
  run: (input: {
    code?: string;
    password?: string;
  }) => Promise<readonly { field?: string | null; code: string; message: string }[]>;
}) {
  const [withPassword, setWithPassword] = useState(false);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<StepUpField>>({ fields: {}, form: [] });
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const labels = { code: CODE_LABEL, password: 'La tua password' };

  function show(next: FormErrors<StepUpField>) {
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    if (withPassword && !password) return show({ fields: { password: 'Scrivi la tua password.' }, form: [] });
    if (!withPassword && !SIX_DIGITS.test(code.replace(/\s/g, '')))
      return show({ fields: { code: 'Scrivi le 6 cifre che mostra l’app.' }, form: [] });
    setPending(true);
    try {
      const userErrors = await run(withPassword ? { password } : { code: code.replace(/\s/g, '') });
      if (userErrors.length) show(mapUserErrors(userErrors, ['code', 'password'] as const));
    } catch (error) {
      show(failure(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} labels={labels} focusKey={submits} />
      {withPassword ? (
        <PasswordField
          id={`${id}-password`}
          label={labels.password}
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
        />
      ) : (
        <TextField
          id={`${id}-code`}
          label={labels.code}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          value={code}
          onChange={setCode}
          error={errors.fields.code}
        />
      )}
      <p>
        <button
          type="button"
          className="btn btn-link p-0"
          onClick={() => {
            setWithPassword((value) => !value);
            setErrors({ fields: {}, form: [] });
          }}
        >
          {withPassword ? 'Usa il codice dell’app' : 'Non hai il telefono? Usa la password'}
        </button>
      </p>
      <Button type="submit" color={danger ? 'danger' : 'primary'} aria-disabled={pending || undefined}>
        {pending ? 'Un momento…' : submitLabel}
      </Button>
    </form>
  );
}

/** `/sicurezza`: the staff member's verification in two steps. */
export function AccountSecurityPage() {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const [codes, setCodes] = useState<string[] | null>(null);
  const query = useQuery({ queryKey: STATUS_KEY, queryFn: () => client.request(StatusQuery) });
  const status = query.data?.me?.twoFactor;
  const reload = () => queryClient.invalidateQueries({ queryKey: STATUS_KEY });

  return (
    <>
      <PageTitle>Sicurezza dell’account</PageTitle>
      {announcement}
      <p className="sl-lead">
        Con la verifica in due passaggi, per accedere servono la password e un codice che cambia ogni 30
        secondi, mostrato da un’app sul tuo telefono: chi scopre la password non basta che la scriva.
      </p>
      {query.isPending ? <Loading /> : null}
      {query.error ? <LoadError error={query.error} retry={query.refetch} /> : null}
      {codes ? (
        <RecoveryCodes
          codes={codes}
          doneLabel="Ho salvato i codici"
          onDone={() => {
            setCodes(null);
            void reload();
          }}
        />
      ) : status && !status.enabled ? (
        <section className="sl-section" aria-labelledby="two-factor-off">
          <h2 id="two-factor-off">Verifica in due passaggi: non attiva</h2>
          {status.requiredByNetwork ? (
            <p>La tua rete la chiede a tutti gli operatori e gli amministratori.</p>
          ) : null}
          <TotpEnrolment
            onEnabled={(recoveryCodes) => {
              setCodes(recoveryCodes);
              announce({ kind: 'success', text: 'La verifica in due passaggi è attiva.' });
            }}
          />
        </section>
      ) : status ? (
        <>
          <section className="sl-section" aria-labelledby="two-factor-on">
            <h2 id="two-factor-on">Verifica in due passaggi: attiva</h2>
            <p data-testid="two-factor-status">
              Attiva dal {status.enabledAt ? formatDateTime(status.enabledAt) : '—'}. Codici di recupero
              ancora validi: <strong>{status.recoveryCodesRemaining}</strong> su 10.
            </p>
          </section>
          <section className="sl-section" aria-labelledby="regenerate-codes">
            <h2 id="regenerate-codes">Nuovi codici di recupero</h2>
            <p>I nuovi codici sostituiscono tutti quelli di prima, anche quelli non ancora usati.</p>
            <StepUpForm
              id="regenerate"
              submitLabel="Genera nuovi codici"
              run={async (input) => {
                const { regenerateRecoveryCodes: result } = await client.request(RegenerateMutation, {
                  input,
                });
                if (result.recoveryCodes) setCodes(result.recoveryCodes);
                return result.userErrors;
              }}
            />
          </section>
          <section className="sl-section" aria-labelledby="disable-two-factor">
            <h2 id="disable-two-factor">Disattiva la verifica in due passaggi</h2>
            <p>
              {status.requiredByNetwork
                ? 'La tua rete la chiede: se la disattivi, al prossimo accesso dovrai attivarla di nuovo prima di lavorare.'
                : 'Dopo, per accedere basterà la password. I codici di recupero non varranno più.'}
            </p>
            <StepUpForm
              id="disable"
              submitLabel="Disattiva"
              danger
              run={async (input) => {
                const { disableTotp: result } = await client.request(DisableMutation, { input });
                if (result.ok) {
                  announce({ kind: 'success', text: 'La verifica in due passaggi è disattivata.' });
                  await reload();
                }
                return result.userErrors;
              }}
            />
          </section>
        </>
      ) : null}
    </>
  );
}

/**
 * What a staff member sees, whatever page they asked for, while the network requires a second
 * factor they have not set up: the API answers nothing else until they do.
 */
export function ForcedEnrolmentPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function proceed() {
    // A new access token, without the restriction, now that the verification is on.
    const refreshed = await client.refresh().catch(() => null);
    if (!refreshed || refreshed.twoFactorEnrolmentRequired) {
      setError('Non siamo riusciti ad aprire la sessione: esci e accedi di nuovo con il codice dell’app.');
      return;
    }
    await queryClient.invalidateQueries();
    navigate('/', { replace: true });
  }

  return (
    <>
      <PageTitle>Attiva la verifica in due passaggi</PageTitle>
      <Notice kind="info">
        <p className="mb-0">
          La tua rete chiede a operatori e amministratori di accedere con la password e con un codice dell’app
          di autenticazione. Attiva la verifica per continuare: ci vogliono un paio di minuti.
        </p>
      </Notice>
      {error ? (
        <Notice kind="danger" live="assertive">
          <p className="mb-0">{error}</p>
        </Notice>
      ) : null}
      {codes ? (
        <RecoveryCodes codes={codes} doneLabel="Ho salvato i codici, continua" onDone={proceed} />
      ) : (
        <TotpEnrolment onEnabled={setCodes} />
      )}
    </>
  );
}
