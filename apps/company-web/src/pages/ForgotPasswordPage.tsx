import { ForgotPasswordView } from '@sportello/ui';
import { client } from '../client';
import { graphql } from '../gql';

const RequestPasswordResetMutation = graphql(`
  mutation ForgotPasswordPage_RequestPasswordResetMutation($email: String!) {
    requestPasswordReset(email: $email) {
      ok
      userErrors {
        field
        code
        message
      }
    }
  }
`);

async function request(email: string) {
  const { requestPasswordReset } = await client.request(RequestPasswordResetMutation, { email });
  return requestPasswordReset.userErrors;
}

export function ForgotPasswordPage() {
  return <ForgotPasswordView request={request} />;
}
