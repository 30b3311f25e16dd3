import { LoginView } from '@sportello/ui';
import { client, session } from '../client';
import { graphql } from '../gql';

const LoginMutation = graphql(`
  mutation LoginPage_LoginMutation($input: LoginInput!) {
    login(input: $input) {
      session {
        ...SessionFields
        deviceToken
      }
      secondFactor {
        challengeToken
        expiresAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const CompleteSecondFactorMutation = graphql(`
  mutation LoginPage_CompleteSecondFactorMutation($input: SecondFactorInput!) {
    completeSecondFactor(input: $input) {
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
      audience="agli operatori degli sportelli"
      allowedKinds={['OPERATOR', 'NETWORK_ADMIN']}
      home="/"
      login={async (input) => (await client.request(LoginMutation, { input })).login}
      completeSecondFactor={async (input) =>
        (await client.request(CompleteSecondFactorMutation, { input })).completeSecondFactor
      }
      logout={(refreshToken) => client.request(LogoutMutation, { refreshToken })}
      intro={
        <p className="sl-lead">
          Area riservata agli operatori degli sportelli lavoro e agli amministratori della rete.
        </p>
      }
      footer={
        <p className="mt-4">
          Non hai un account? Lo crea l’amministratore della rete: riceverai un’email per scegliere la
          password.
        </p>
      }
    />
  );
}
