import { parseEmail } from '@sportello/domain';
import {
  ErrorSummary,
  type FormErrors,
  failure,
  hasErrors,
  it,
  LoadError,
  Loading,
  mapUserErrors,
  noErrors,
  TextField,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { client } from '../client';
import { graphql } from '../gql';

const PrivacyQuery = graphql(`
  query NetworkPrivacy_Query {
    me {
      id
      network {
        id
        privacyController
        dpoEmail
      }
    }
  }
`);

const UpdateMutation = graphql(`
  mutation NetworkPrivacy_UpdateMutation($input: NetworkPrivacyInput!) {
    updateNetworkPrivacy(input: $input) {
      network {
        id
        privacyController
        dpoEmail
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const fields = ['privacyController', 'dpoEmail'] as const;
type Field = (typeof fields)[number];
const labels: Record<Field, string> = {
  privacyController: 'Titolare del trattamento',
  dpoEmail: 'Email del responsabile della protezione dei dati (RPD/DPO)',
};

function validate(values: Record<Field, string>): FormErrors<Field> {
  const errors = noErrors<Field>();
  if (values.privacyController.trim().length < 3)
    errors.fields.privacyController =
      'Scrivi chi è il titolare, per esempio «Comune di …, capofila della rete».';
  if (!values.dpoEmail.trim()) errors.fields.dpoEmail = 'Scrivi l’indirizzo email dell’RPD.';
  else if (!parseEmail(values.dpoEmail).ok) errors.fields.dpoEmail = it.errors.email;
  return errors;
}

/** Network admins: whom the privacy notice names as controller and how it says to reach the DPO. */
export function NetworkPrivacy() {
  const query = useQuery({ queryKey: ['network', 'privacy'], queryFn: () => client.request(PrivacyQuery) });
  const network = query.data?.me?.network;
  return (
    <section className="sl-section" aria-labelledby="network-privacy">
      <h2 id="network-privacy">Informativa sulla privacy</h2>
      <p>
        L’informativa che leggono cittadini e aziende indica il titolare del trattamento e come scrivere al
        responsabile della protezione dei dati.
      </p>
      {query.isPending ? <Loading /> : null}
      {query.error ? <LoadError error={query.error} retry={query.refetch} /> : null}
      {network ? (
        <PrivacyForm
          initial={{ privacyController: network.privacyController ?? '', dpoEmail: network.dpoEmail ?? '' }}
        />
      ) : null}
    </section>
  );
}

function PrivacyForm({ initial }: { initial: Record<Field, string> }) {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const set = (key: Field) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = validate(values);
    if (!hasErrors(next)) {
      setPending(true);
      try {
        const { updateNetworkPrivacy: result } = await client.request(UpdateMutation, {
          input: { privacyController: values.privacyController.trim(), dpoEmail: values.dpoEmail.trim() },
        });
        if (result.network && result.userErrors.length === 0) {
          setErrors(noErrors());
          announce({ kind: 'success', text: 'Salvato: l’informativa mostra già i nuovi dati.' });
          await queryClient.invalidateQueries({ queryKey: ['network', 'privacy'] });
          return;
        }
        next = mapUserErrors(result.userErrors, fields);
      } catch (error) {
        next = failure(error);
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  return (
    <form noValidate onSubmit={save} aria-labelledby="network-privacy">
      {announcement}
      <ErrorSummary errors={errors} labels={labels} focusKey={submits} />
      <TextField
        id="privacyController"
        label={labels.privacyController}
        hint="L’ente che decide perché e come si trattano i dati, di solito il comune capofila della rete."
        value={values.privacyController}
        onChange={set('privacyController')}
        maxLength={300}
        error={errors.fields.privacyController}
      />
      <TextField
        id="dpoEmail"
        label={labels.dpoEmail}
        type="email"
        inputMode="email"
        spellCheck={false}
        autoCapitalize="none"
        value={values.dpoEmail}
        onChange={set('dpoEmail')}
        error={errors.fields.dpoEmail}
      />
      <Button type="submit" color="primary" aria-disabled={pending || undefined}>
        {pending ? it.common.sending : 'Salva'}
      </Button>
    </form>
  );
}
