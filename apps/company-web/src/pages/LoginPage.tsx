import { LoginView } from '@sportello/ui';
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

export function LoginPage() {
  return (
    <LoginView
      store={session}
      audience="alle aziende"
      allowedKinds={['COMPANY_MEMBER']}
      home="/area-riservata"
      login={async (input) => (await client.request(LoginMutation, { input })).login}
      logout={(refreshToken) => client.request(LogoutMutation, { refreshToken })}
      intro={
        <p className="sl-lead">
          Accedi con l’indirizzo email e la password che hai scelto quando hai registrato l’azienda.
        </p>
      }
      footer={
        <p className="mt-4">
          La tua azienda non è ancora registrata? <Link to="/registrati">Registra l’azienda</Link>
        </p>
      }
    />
  );
}
