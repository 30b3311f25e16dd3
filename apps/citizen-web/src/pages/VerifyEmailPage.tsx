import { VerifyEmailView } from '@sportello/ui';
import { Link } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';

const VerifyEmailMutation = graphql(`
  mutation VerifyEmailPage_VerifyEmailMutation($token: String!) {
    verifyEmail(token: $token) {
      ok
      userErrors {
        field
        code
        message
      }
    }
  }
`);

async function verify(token: string) {
  const { verifyEmail } = await client.request(VerifyEmailMutation, { token });
  return verifyEmail.userErrors;
}

export function VerifyEmailPage() {
  return (
    <VerifyEmailView
      verify={verify}
      afterVerified={
        <>
          <p className="sl-lead">Ora puoi accedere con la tua email e la password che hai scelto.</p>
          <Link to="/accedi" className="btn btn-primary btn-lg">
            Accedi
          </Link>
        </>
      }
    />
  );
}
