import { Notice, PageTitle, SetPasswordForm } from '@sportello/ui';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { client, session } from '../client';
import { graphql } from '../gql';

const AcceptInvitationMutation = graphql(`
  mutation CompanyInvitationPage_AcceptInvitationMutation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      session {
        ...SessionFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** `/invito?token=…`: a colleague invited by the company's owner chooses a password and is logged in. */
export function InvitationPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();

  if (!token) {
    return (
      <>
        <PageTitle>Link non valido</PageTitle>
        <Notice kind="danger">
          <p className="mb-0">
            Il link non è completo. Copia tutto l’indirizzo che trovi nel messaggio email e riprova.
          </p>
        </Notice>
      </>
    );
  }

  return (
    <>
      <PageTitle>Benvenuto in Sportello Lavoro</PageTitle>
      <p className="sl-lead">
        Un collega ti ha invitato nell’area riservata della tua azienda. Scegli una password: ti servirà,
        insieme alla tua email, per accedere.
      </p>
      <SetPasswordForm
        submitLabel="Salva la password e accedi"
        onSubmit={async (password) => {
          const { acceptInvitation } = await client.request(AcceptInvitationMutation, { token, password });
          if (acceptInvitation.session) {
            session.set(acceptInvitation.session);
            navigate('/area-riservata', { replace: true });
          }
          return acceptInvitation.userErrors;
        }}
      />
      <p className="mt-4">
        Hai già scelto la password? <Link to="/accedi">Accedi</Link>
      </p>
    </>
  );
}
