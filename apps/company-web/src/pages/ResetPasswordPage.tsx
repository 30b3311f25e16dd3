import { ResetPasswordView } from '@sportello/ui';
import { client } from '../client';
import { graphql } from '../gql';

const ResetPasswordMutation = graphql(`
  mutation ResetPasswordPage_ResetPasswordMutation($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      ok
      userErrors {
        field
        code
        message
      }
    }
  }
`);

async function reset(token: string, newPassword: string) {
  const { resetPassword } = await client.request(ResetPasswordMutation, { token, newPassword });
  return resetPassword.userErrors;
}

export function ResetPasswordPage() {
  return <ResetPasswordView reset={reset} />;
}
