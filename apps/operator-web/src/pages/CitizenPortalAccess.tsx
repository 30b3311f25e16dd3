import { parseEmail } from '@sportello/domain';
import {
  ErrorSummary,
  type FormErrors,
  failure,
  it,
  mapUserErrors,
  noErrors,
  TextField,
  useAnnouncement,
} from '@sportello/ui';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { client } from '../client';
import { graphql } from '../gql';

const InviteMutation = graphql(`
  mutation CitizenPortalAccess_InviteMutation($citizenId: ID!, $input: UpdateCitizenProfileInput!) {
    updateCitizenProfile(citizenId: $citizenId, input: $input) {
      citizen {
        id
        email
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

interface Props {
  citizen: { id: string; givenName: string; familyName: string; email?: string | null };
}

/**
 * For a citizen who has not chosen a password yet: registered at the desk without an email, or whose
 * invitation was lost or expired. Giving an address sends the invitation there.
 */
export function PortalAccess({ citizen }: Props) {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const [email, setEmail] = useState(citizen.email ?? '');
  const [errors, setErrors] = useState<FormErrors<'email'>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const name = `${citizen.givenName} ${citizen.familyName}`;

  function fail(next: FormErrors<'email'>) {
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  async function invite(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const address = email.trim();
    if (!address) return fail({ fields: { email: 'Scrivi l’indirizzo email della persona.' }, form: [] });
    if (!parseEmail(address).ok) return fail({ fields: { email: it.errors.email }, form: [] });
    setPending(true);
    try {
      const { updateCitizenProfile: result } = await client.request(InviteMutation, {
        citizenId: citizen.id,
        input: { email: address },
      });
      if (result.citizen && result.userErrors.length === 0) {
        setErrors(noErrors());
        announce({
          kind: 'success',
          text: `Invito mandato a ${result.citizen.email}: ${name} sceglie lì la password entro 14 giorni.`,
        });
        await queryClient.invalidateQueries({ queryKey: ['citizen', citizen.id] });
        return;
      }
      fail(mapUserErrors(result.userErrors, ['email'] as const));
    } catch (error) {
      fail(failure(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="sl-section" aria-labelledby="portal-access">
      <h2 id="portal-access">Accesso al portale</h2>
      {announcement}
      <p>
        {citizen.email
          ? `${name} non ha ancora scelto la password. Se il messaggio non è arrivato o il link è scaduto, mandalo di nuovo, anche a un altro indirizzo.`
          : `${name} non ha un’email: non può accedere al portale e non riceve messaggi, quindi proposte e colloqui vanno comunicati dallo sportello. Quando avrà un indirizzo, scrivilo qui.`}
      </p>
      <form noValidate onSubmit={invite} aria-labelledby="portal-access">
        <ErrorSummary
          errors={errors}
          labels={{ email: 'Indirizzo email' }}
          ids={{ email: 'invite-email' }}
          focusKey={submits}
        />
        <TextField
          id="invite-email"
          label="Indirizzo email"
          hint="La persona riceve qui il messaggio per scegliere la password."
          type="email"
          autoComplete="off"
          inputMode="email"
          spellCheck={false}
          autoCapitalize="none"
          value={email}
          onChange={setEmail}
          error={errors.fields.email}
        />
        <Button type="submit" color="primary" aria-disabled={pending || undefined}>
          {pending ? it.common.sending : 'Manda l’invito'}
        </Button>
      </form>
    </section>
  );
}
