import { LoginView } from '@sportello/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { client, session } from '../client';
import { graphql } from '../gql';

const LoginMutation = graphql(`
  mutation LoginPage_LoginMutation($input: LoginInput!) {
    login(input: $input) {
      session {
        ...SessionFields
        deviceToken
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const LogoutMutation = graphql(`
  mutation LoginPage_LogoutMutation($refreshToken: String!) {
    logout(refreshToken: $refreshToken) {
      ok
    }
  }
`);

const SpidCieQuery = graphql(`
  query LoginPage_SpidCieQuery {
    spidCieLogin {
      startUrl
      developmentProvider
    }
  }
`);

/** The button to the SPID/CIE provider, when the installation has one. */
function SpidCieButton() {
  const { data } = useQuery({ queryKey: ['spid-cie-login'], queryFn: () => client.request(SpidCieQuery) });
  const login = data?.spidCieLogin;
  if (!login) return null;
  return (
    <section className="sl-section" aria-labelledby="spid-cie-title">
      <h2 id="spid-cie-title" className="h4">
        Con la tua identità digitale
      </h2>
      <p>Se hai SPID o la Carta d’identità elettronica (CIE) entri senza email e password.</p>
      <a className="btn btn-primary btn-lg" href={login.startUrl}>
        Entra con SPID o CIE
      </a>
      {login.developmentProvider ? (
        <p className="mt-2 small">
          Installazione di prova: al posto di SPID e CIE si apre un fornitore di sviluppo con persone di
          prova.
        </p>
      ) : null}
      <h2 className="h4 mt-4">Con email e password</h2>
    </section>
  );
}

export function LoginPage() {
  return (
    <LoginView
      store={session}
      audience="ai cittadini"
      allowedKinds={['CITIZEN']}
      home="/profilo"
      login={async (input) => (await client.request(LoginMutation, { input })).login}
      logout={(refreshToken) => client.request(LogoutMutation, { refreshToken })}
      intro={
        <>
          <SpidCieButton />
          <p className="sl-lead">
            Accedi con l’indirizzo email e la password che hai scelto quando ti sei registrato.
          </p>
        </>
      }
      footer={
        <p className="mt-4">
          Non hai ancora un account? <Link to="/registrati">Registrati</Link>
        </p>
      }
    />
  );
}
