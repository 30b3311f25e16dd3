import { checkPassword, parseEmail } from '@sportello/domain';
import { Button } from 'design-react-kit';
import { type FormEvent, type ReactNode, useEffect, useMemo, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary, Notice, PasswordField, TextField } from './fields';
import { KnownDevices } from './known-devices';
import { Loading, PageTitle } from './layout';
import { LoginForm } from './login-form';
import { once, wrongPortalMessage } from './misc';
import { SecondFactorForm } from './second-factor-form';
import { type SessionData, type SessionStore, useSession, type ViewerKind } from './session';
import { it } from './strings';
import { type FormErrors, hasErrors, mapUserErrors, noErrors, type UserErrorLike } from './user-errors';

/** Renders the children only with a session; otherwise sends the user to the login page and back. */
export function RequireSession({ store, children }: { store: SessionStore; children: ReactNode }) {
  const session = useSession(store);
  const location = useLocation();
  if (!session)
    return <Navigate to="/accedi" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

/** Where to go after logging in: the page that asked for it, or the given default. */
export function useReturnTo(fallback: string): string {
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/accedi') ? from : fallback;
}

export const passwordHint = 'Almeno 12 caratteri. Puoi usare anche una frase, per esempio tre parole a caso.';

type VerifyState = { status: 'loading' } | { status: 'done' } | { status: 'failed'; message: string };

/** `/verifica-email?token=…`: confirms the address as soon as the page opens (once per token). */
export function VerifyEmailView({
  verify,
  afterVerified,
}: {
  verify: (token: string) => Promise<readonly UserErrorLike[]>;
  /** What the person can do next, e.g. a link to the login page. */
  afterVerified: ReactNode;
}) {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<VerifyState>(
    token ? { status: 'loading' } : { status: 'failed', message: invalidLinkMessage },
  );

  useEffect(() => {
    if (!token) return;
    let active = true;
    once(`verify-email:${token}`, () => verify(token)).then(
      (errors) => {
        if (!active) return;
        setState(errors.length ? { status: 'failed', message: errors[0]!.message } : { status: 'done' });
      },
      (error: unknown) => {
        if (active)
          setState({ status: 'failed', message: error instanceof Error ? error.message : it.errors.server });
      },
    );
    return () => {
      active = false;
    };
  }, [token, verify]);

  if (state.status === 'loading') {
    return (
      <>
        <PageTitle>Conferma dell’indirizzo email</PageTitle>
        <Loading text="Stiamo confermando il tuo indirizzo email…" />
      </>
    );
  }
  if (state.status === 'failed') {
    return (
      <>
        <PageTitle>Non è stato possibile confermare l’indirizzo email</PageTitle>
        <Notice kind="danger" live="assertive" testId="verify-failed">
          <p className="mb-0">{state.message}</p>
        </Notice>
        <p>
          Se hai già confermato l’indirizzo, puoi <Link to="/accedi">accedere</Link>. Se il link è scaduto,
          rivolgiti allo sportello lavoro del tuo comune.
        </p>
      </>
    );
  }
  return (
    <>
      <PageTitle>Indirizzo email confermato</PageTitle>
      <Notice kind="success" live="polite" testId="verify-done">
        <p className="mb-0">Grazie! Il tuo indirizzo email è confermato.</p>
      </Notice>
      {afterVerified}
    </>
  );
}

const invalidLinkMessage =
  'Il link non è completo. Copia tutto l’indirizzo che trovi nel messaggio email e riprova.';

/** `/password-dimenticata`: asks for the email; the answer never says whether the account exists. */
export function ForgotPasswordView({
  request,
}: {
  request: (email: string) => Promise<readonly UserErrorLike[]>;
}) {
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<FormErrors<'email'>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const next = noErrors<'email'>();
    if (!email.trim()) next.fields.email = it.errors.required;
    else if (!parseEmail(email).ok) next.fields.email = it.errors.email;
    if (!hasErrors(next)) {
      setPending(true);
      try {
        const userErrors = await request(email.trim());
        if (userErrors.length === 0) {
          setSentTo(email.trim());
          return;
        }
        Object.assign(next, mapUserErrors(userErrors, ['email'] as const));
      } catch (error) {
        next.form.push(error instanceof Error ? error.message : it.errors.server);
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  if (sentTo) {
    return (
      <>
        <PageTitle>Controlla la tua email</PageTitle>
        <Notice kind="success" live="polite" testId="reset-requested">
          <p className="mb-0">
            Se l’indirizzo <strong>{sentTo}</strong> è registrato, ti abbiamo inviato un messaggio con il link
            per scegliere una nuova password. Il link vale un’ora.
          </p>
        </Notice>
        <p>Non trovi il messaggio? Guarda anche nella cartella della posta indesiderata (spam).</p>
        <p>
          <Link to="/accedi">Torna alla pagina di accesso</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <PageTitle>Hai dimenticato la password?</PageTitle>
      <p className="sl-lead">
        Scrivi l’indirizzo email con cui ti sei registrato: ti mandiamo un link per scegliere una nuova
        password.
      </p>
      <form className="sl-form" noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} labels={{ email: it.login.email }} focusKey={submits} />
        <TextField
          id="email"
          label={it.login.email}
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="none"
          value={email}
          onChange={setEmail}
          error={errors.fields.email}
        />
        <div className="sl-actions">
          <Button type="submit" color="primary" size="lg" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : 'Invia il link'}
          </Button>
        </div>
      </form>
    </>
  );
}

export interface SetPasswordFormProps {
  /** Resolves to the API's userErrors (field `password`/`newPassword`, or `token` for a bad link). */
  onSubmit: (password: string) => Promise<readonly UserErrorLike[]>;
  submitLabel: string;
  /** Field of the password in the API's userErrors. */
  apiField?: string;
}

/** A new password, checked with the same rule as the server ("almeno 12 caratteri"). */
export function SetPasswordForm({ onSubmit, submitLabel, apiField = 'password' }: SetPasswordFormProps) {
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<'password'>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = noErrors<'password'>();
    const check = checkPassword(password);
    if (!password) next.fields.password = it.errors.required;
    else if (!check.ok) next.fields.password = check.message;
    if (!hasErrors(next)) {
      setPending(true);
      try {
        const userErrors = await onSubmit(password);
        if (userErrors.length === 0) return;
        next = mapUserErrors(userErrors, ['password'] as const, { [apiField]: 'password' });
      } catch (error) {
        next.form.push(error instanceof Error ? error.message : it.errors.server);
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <form className="sl-form" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} labels={{ password: 'Nuova password' }} focusKey={submits} />
      <PasswordField
        id="password"
        label="Nuova password"
        hint={passwordHint}
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        error={errors.fields.password}
      />
      <div className="sl-actions">
        <Button type="submit" color="primary" size="lg" aria-disabled={pending || undefined}>
          {pending ? it.common.sending : submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** `/reimposta-password?token=…`: chooses a new password with the link from the email. */
export function ResetPasswordView({
  reset,
}: {
  reset: (token: string, newPassword: string) => Promise<readonly UserErrorLike[]>;
}) {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [done, setDone] = useState(false);

  if (!token) {
    return (
      <>
        <PageTitle>Link non valido</PageTitle>
        <Notice kind="danger">
          <p className="mb-0">{invalidLinkMessage}</p>
        </Notice>
        <p>
          Puoi <Link to="/password-dimenticata">chiedere un nuovo link</Link>.
        </p>
      </>
    );
  }
  if (done) {
    return (
      <>
        <PageTitle>Password cambiata</PageTitle>
        <Notice kind="success" live="polite" testId="reset-done">
          <p className="mb-0">La tua nuova password è salvata. Ora puoi accedere.</p>
        </Notice>
        <Link to="/accedi" className="btn btn-primary btn-lg">
          Accedi
        </Link>
      </>
    );
  }
  return (
    <>
      <PageTitle>Scegli una nuova password</PageTitle>
      <SetPasswordForm
        apiField="newPassword"
        submitLabel="Salva la nuova password"
        onSubmit={async (password) => {
          const errors = await reset(token, password);
          if (errors.length === 0) setDone(true);
          return errors;
        }}
      />
      <p className="mt-4">
        Il link non funziona più? <Link to="/password-dimenticata">Chiedine uno nuovo</Link>.
      </p>
    </>
  );
}

export function NotFoundView() {
  return (
    <>
      <PageTitle>Pagina non trovata</PageTitle>
      <p className="sl-lead">La pagina che cerchi non esiste o è stata spostata.</p>
      <Link to="/" className="btn btn-primary btn-lg">
        {it.common.backToHome}
      </Link>
    </>
  );
}

type SessionWithDevice = SessionData & { deviceToken?: string | null };

export interface LoginViewProps {
  store: SessionStore;
  login: (credentials: { email: string; password: string; deviceToken: string | null }) => Promise<{
    session?: SessionWithDevice | null;
    /** Set instead of the session when the account uses a second factor. */
    secondFactor?: { challengeToken: string } | null;
    userErrors: readonly UserErrorLike[];
  }>;
  /** The second step, for portals whose users may have a second factor (staff). */
  completeSecondFactor?: (input: {
    challengeToken: string;
    code?: string;
    recoveryCode?: string;
    deviceToken: string | null;
  }) => Promise<{ session?: SessionWithDevice | null; userErrors: readonly UserErrorLike[] }>;
  /** Revokes a session that may not be used here (a user of another portal). */
  logout: (refreshToken: string) => Promise<unknown>;
  allowedKinds: readonly ViewerKind[];
  /** Who this portal is for, e.g. "ai cittadini" (used in the wrong-portal message). */
  audience: string;
  /** Where to go after logging in when no page asked for it. */
  home: string;
  intro?: ReactNode;
  /** Below the form, e.g. "Non hai un account? Registrati". */
  footer?: ReactNode;
}

/** `/accedi`: the login form; a user of another portal is told where to go and is not logged in. */
export function LoginView({
  store,
  login,
  completeSecondFactor,
  logout,
  allowedKinds,
  audience,
  home,
  intro,
  footer,
}: LoginViewProps) {
  const session = useSession(store);
  const navigate = useNavigate();
  const returnTo = useReturnTo(home);
  const notice = store.notice();
  const devices = useMemo(() => new KnownDevices(`${store.storageKey}:devices`), [store]);

  const [challenge, setChallenge] = useState<{ email: string; challengeToken: string } | null>(null);
  const [restartNotice, setRestartNotice] = useState<string | null>(null);

  if (session) return <Navigate to={returnTo} replace />;

  /** Keeps the session, unless it belongs to a user of another portal; returns the errors to show. */
  async function begin(email: string, result: SessionWithDevice) {
    if (!allowedKinds.includes(result.viewer.kind)) {
      await logout(result.refreshToken).catch(() => undefined);
      return { fields: {}, form: [wrongPortalMessage(result.viewer.kind, audience)] };
    }
    const { deviceToken, ...sessionData } = result;
    if (deviceToken) devices.remember(email, deviceToken);
    store.set(sessionData);
    navigate(returnTo, { replace: true });
    return null;
  }

  if (challenge && completeSecondFactor) {
    return (
      <>
        <PageTitle>{it.login.title}</PageTitle>
        <SecondFactorForm
          onCancel={() => setChallenge(null)}
          onSubmit={async (answer) => {
            const result = await completeSecondFactor({
              challengeToken: challenge.challengeToken,
              ...answer,
              deviceToken: devices.tokenFor(challenge.email),
            });
            if (result.session) return begin(challenge.email, result.session);
            const expired = result.userErrors.find((error) => error.code === 'CHALLENGE_EXPIRED');
            if (expired) {
              setRestartNotice(expired.message);
              setChallenge(null);
              return null;
            }
            return mapUserErrors(result.userErrors, ['code', 'recoveryCode'] as const);
          }}
        />
      </>
    );
  }

  return (
    <>
      <PageTitle>{it.login.title}</PageTitle>
      {restartNotice ? (
        <Notice kind="warning" live="polite" testId="login-restart">
          <p className="mb-0">{restartNotice}</p>
        </Notice>
      ) : null}
      {notice ? (
        <Notice kind="info" live="polite" testId="login-notice">
          <p className="mb-0">{notice}</p>
        </Notice>
      ) : null}
      {intro}
      <LoginForm
        forgotPassword={<Link to="/password-dimenticata">{it.login.forgotPassword}</Link>}
        onSubmit={async (credentials) => {
          const result = await login({ ...credentials, deviceToken: devices.tokenFor(credentials.email) });
          if (result.secondFactor && completeSecondFactor) {
            setRestartNotice(null);
            setChallenge({ email: credentials.email, challengeToken: result.secondFactor.challengeToken });
            return null;
          }
          if (!result.session) return mapUserErrors(result.userErrors, ['email', 'password'] as const);
          return begin(credentials.email, result.session);
        }}
      />
      {footer}
    </>
  );
}
