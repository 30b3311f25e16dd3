import { parseCodiceFiscale, parseEmail } from '@sportello/domain';
import {
  ErrorSummary,
  type FormErrors,
  hasErrors,
  it,
  LoadError,
  Loading,
  mapUserErrors,
  noErrors,
  PageTitle,
  SelectField,
  TextField,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';

const MemberComuniQuery = graphql(`
  query NewCitizenPage_MemberComuniQuery {
    me {
      id
      network {
        memberComuni {
          istatCode
          name
          provinceCode
        }
      }
    }
  }
`);

const RegisterMutation = graphql(`
  mutation NewCitizenPage_RegisterMutation($input: RegisterCitizenByOperatorInput!) {
    registerCitizenByOperator(input: $input) {
      citizen {
        id
        email
        codiceFiscale
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const fields = ['residenceComuneCode', 'givenName', 'familyName', 'codiceFiscale', 'email', 'phone'] as const;
type Field = (typeof fields)[number];
type Values = Record<Field, string>;

const labels: Record<Field, string> = {
  residenceComuneCode: 'Comune di residenza',
  givenName: 'Nome',
  familyName: 'Cognome',
  codiceFiscale: 'Codice fiscale',
  email: 'Indirizzo email',
  phone: 'Numero di telefono',
};

const PHONE_PATTERN = /^\+?[0-9 ./-]{6,20}$/;

function validate(values: Values): FormErrors<Field> {
  const errors = noErrors<Field>();
  const e = errors.fields;
  if (!values.residenceComuneCode) e.residenceComuneCode = 'Scegli il comune dove la persona risiede.';
  if (!values.givenName.trim()) e.givenName = 'Scrivi il nome.';
  if (!values.familyName.trim()) e.familyName = 'Scrivi il cognome.';
  if (!values.codiceFiscale.trim()) e.codiceFiscale = 'Scrivi il codice fiscale.';
  else {
    const cf = parseCodiceFiscale(values.codiceFiscale);
    if (!cf.ok) e.codiceFiscale = cf.error.message;
  }
  if (values.email.trim() && !parseEmail(values.email).ok) e.email = it.errors.email;
  if (values.phone.trim() && !PHONE_PATTERN.test(values.phone.trim()))
    e.phone = 'Numero di telefono non valido: usa solo cifre, spazi e il prefisso +.';
  return errors;
}

/**
 * A citizen registered at the desk: with an email, the citizen gets the invitation to choose the
 * password; without one, the sportello is the contact until an email is added on the citizen's page.
 */
export function NewCitizenPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // From Accoglienza: back there once registered, to record the contact of the person.
  const [params] = useSearchParams();
  const fromDesk = params.get('da') === 'accoglienza';
  // From an outplacement project: back there, with the codice fiscale ready to add.
  const outplacement = params.get('outplacement');
  const comuniQuery = useQuery({
    queryKey: ['member-comuni'],
    queryFn: () => client.request(MemberComuniQuery),
  });
  const [values, setValues] = useState<Values>({
    residenceComuneCode: '',
    givenName: '',
    familyName: '',
    codiceFiscale: '',
    email: '',
    phone: '',
  });
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const set = (key: Field) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = validate(values);
    if (!hasErrors(next)) {
      setPending(true);
      try {
        const { registerCitizenByOperator: result } = await client.request(RegisterMutation, {
          input: {
            residenceComuneCode: values.residenceComuneCode,
            givenName: values.givenName.trim(),
            familyName: values.familyName.trim(),
            codiceFiscale: values.codiceFiscale.replace(/\s+/g, '').toUpperCase(),
            email: values.email.trim() || null,
            phone: values.phone.trim() || null,
          },
        });
        if (result.citizen && result.userErrors.length === 0) {
          await queryClient.invalidateQueries({ queryKey: ['citizens'] });
          if (fromDesk) navigate(`/accoglienza?persona=${result.citizen.id}`);
          else if (outplacement)
            navigate(
              `/outplacement/${encodeURIComponent(outplacement)}?aggiungi=${result.citizen.codiceFiscale}`,
            );
          else
            navigate(`/cittadini/${result.citizen.id}/curriculum`, {
              state: { registered: true, invitedAt: result.citizen.email },
            });
          return;
        }
        next = mapUserErrors(result.userErrors, fields);
      } catch (error) {
        next = { fields: {}, form: [error instanceof Error ? error.message : it.errors.server] };
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  const comuni = [...(comuniQuery.data?.me?.network?.memberComuni ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, 'it'))
    .map((c) => ({ value: c.istatCode, label: `${c.name} (${c.provinceCode})` }));
  const e = errors.fields;
  return (
    <>
      <Link className="sl-back-link" to={fromDesk ? '/accoglienza' : '/cittadini'}>
        {fromDesk ? 'Torna all’accoglienza' : 'Torna all’elenco dei cittadini'}
      </Link>
      <PageTitle>Registra un cittadino allo sportello</PageTitle>
      <p className="sl-lead">
        Per chi viene allo sportello e non si è ancora registrato. Se ha un indirizzo email, riceve lì il
        messaggio per scegliere la sua password; intanto puoi scrivere con lei il curriculum.
      </p>
      <p>
        Chiedi alla persona di leggere l’informativa sulla privacy (anche su carta): registrarla vuol dire che
        l’ha ricevuta.
      </p>
      {comuniQuery.isPending ? <Loading /> : null}
      {comuniQuery.error ? <LoadError error={comuniQuery.error} retry={comuniQuery.refetch} /> : null}
      {comuniQuery.data ? (
        <form className="sl-form" noValidate onSubmit={submit} aria-label="Registrazione allo sportello">
          <p className="sl-form-note">
            Tutti i campi sono obbligatori, tranne quelli indicati come facoltativi.
          </p>
          <ErrorSummary errors={errors} labels={labels} focusKey={submits} />
          <SelectField
            id="residenceComuneCode"
            label={labels.residenceComuneCode}
            placeholder="Scegli il comune"
            hint="Solo i comuni della rete: chi risiede altrove va indirizzato al centro per l’impiego."
            options={comuni}
            value={values.residenceComuneCode}
            onChange={set('residenceComuneCode')}
            error={e.residenceComuneCode}
          />
          <TextField
            id="givenName"
            label={labels.givenName}
            autoComplete="off"
            value={values.givenName}
            onChange={set('givenName')}
            error={e.givenName}
          />
          <TextField
            id="familyName"
            label={labels.familyName}
            autoComplete="off"
            value={values.familyName}
            onChange={set('familyName')}
            error={e.familyName}
          />
          <TextField
            id="codiceFiscale"
            label={labels.codiceFiscale}
            hint="16 caratteri: copialo dalla tessera sanitaria."
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            className="text-uppercase sl-code"
            value={values.codiceFiscale}
            onChange={set('codiceFiscale')}
            error={e.codiceFiscale}
          />
          <TextField
            id="email"
            label={labels.email}
            optional
            hint="La persona riceve qui il messaggio per scegliere la password. Se non ha un’email, lascia vuoto: la contatterete per telefono o allo sportello, e l’email si può aggiungere dopo dalla sua scheda."
            type="email"
            autoComplete="off"
            inputMode="email"
            spellCheck={false}
            autoCapitalize="none"
            value={values.email}
            onChange={set('email')}
            error={e.email}
          />
          <TextField
            id="phone"
            label={labels.phone}
            optional
            type="tel"
            autoComplete="off"
            inputMode="tel"
            value={values.phone}
            onChange={set('phone')}
            error={e.phone}
          />
          <div className="sl-actions">
            <Button type="submit" color="primary" aria-disabled={pending || undefined}>
              {pending
                ? it.common.sending
                : fromDesk
                  ? 'Registra e torna all’accoglienza'
                  : outplacement
                    ? 'Registra e torna al progetto'
                    : 'Registra e scrivi il curriculum'}
            </Button>
          </div>
        </form>
      ) : null}
    </>
  );
}
