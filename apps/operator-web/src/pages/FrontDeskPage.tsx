import { dayInItaly, todayInItaly } from '@sportello/domain';
import {
  ConfirmAction,
  DataTable,
  ErrorSummary,
  type FormErrors,
  failure,
  it,
  LoadError,
  Loading,
  mapUserErrors,
  Notice,
  noErrors,
  PageTitle,
  SelectField,
  TextAreaField,
  TextField,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMe } from '../AppLayout';
import { useCitizenOptions } from '../citizen-options';
import { client } from '../client';
import { labels, options } from '../format';
import { graphql } from '../gql';
import type { ContactChannel, ContactOutcome, ContactTopic } from '../gql/graphql';

const DeskQuery = graphql(`
  query FrontDeskPage_DeskQuery {
    me {
      id
      sportello {
        id
        name
        comune {
          istatCode
        }
      }
      network {
        memberComuni {
          istatCode
          name
        }
      }
    }
  }
`);

const ContactsQuery = graphql(`
  query FrontDeskPage_ContactsQuery($on: Date) {
    frontDeskContacts(on: $on, first: 100) {
      totalCount
      edges {
        node {
          id
          createdAt
          channel
          topic
          outcome
          note
          enteredInError
          recordedByName
          comune {
            istatCode
            name
          }
          citizen {
            id
            givenName
            familyName
          }
        }
      }
    }
  }
`);

const RecordContactMutation = graphql(`
  mutation FrontDeskPage_RecordMutation($input: FrontDeskContactInput!, $idempotencyKey: String) {
    recordFrontDeskContact(input: $input, idempotencyKey: $idempotencyKey) {
      contact {
        id
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const MarkInErrorMutation = graphql(`
  mutation FrontDeskPage_MarkInErrorMutation($id: ID!) {
    markFrontDeskContactInError(id: $id) {
      contact {
        id
        enteredInError
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const FIELDS = ['contactedOn', 'channel', 'topic', 'comuneCode', 'outcome', 'citizenId', 'note'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_LABELS: Record<Field, string> = {
  contactedOn: 'Data',
  channel: 'Canale',
  topic: 'Argomento',
  comuneCode: 'Comune',
  outcome: 'Esito',
  citizenId: 'Persona registrata',
  note: 'Nota',
};
const FIELD_IDS = Object.fromEntries(FIELDS.map((f) => [f, `contact-${f}`])) as Record<Field, string>;
const NOTE_MAX = 500;

const timeFormat = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  hour: '2-digit',
  minute: '2-digit',
});

interface Draft {
  contactedOn: string;
  channel: ContactChannel;
  topic: ContactTopic;
  comuneCode: string;
  outcome: ContactOutcome;
  who: 'anonymous' | 'registered';
  citizenId: string;
  note: string;
}

const blank = (comuneCode: string): Draft => ({
  contactedOn: todayInItaly(),
  channel: 'DESK',
  topic: 'INFORMATION',
  comuneCode,
  outcome: 'INFORMATION_GIVEN',
  who: 'anonymous',
  citizenId: '',
  note: '',
});

/** Accoglienza: the quick form for every first contact and the day's list of the sportello. */
export function FrontDeskPage() {
  const me = useMe().data?.me;
  if (me && me.kind !== 'OPERATOR') {
    return (
      <>
        <PageTitle>Accoglienza</PageTitle>
        <p>
          I contatti si registrano allo sportello. Come amministratore vedi i conteggi di tutti gli sportelli:{' '}
          <Link to="/accoglienza-in-cifre">Accoglienza in cifre</Link>.
        </p>
      </>
    );
  }
  return <Desk />;
}

function Desk() {
  const desk = useQuery({ queryKey: ['frontDesk', 'desk'], queryFn: () => client.request(DeskQuery) });
  const sportello = desk.data?.me?.sportello;
  const comuni = desk.data?.me?.network?.memberComuni ?? [];
  return (
    <>
      <PageTitle>Accoglienza</PageTitle>
      <p className="sl-lead">
        Registra ogni primo contatto con lo sportello, anche le persone che non lasciano il nome e le
        telefonate. Servono a contare quante persone si rivolgono allo sportello e perché.{' '}
        <Link to="/accoglienza-in-cifre">Accoglienza in cifre</Link>
      </p>
      {desk.error ? (
        <LoadError error={desk.error} retry={desk.refetch} />
      ) : !sportello ? (
        <Loading />
      ) : (
        <>
          <ContactForm myComune={sportello.comune.istatCode} comuni={comuni} />
          <TodayList sportelloName={sportello.name} />
        </>
      )}
    </>
  );
}

function ContactForm({
  myComune,
  comuni,
}: {
  myComune: string;
  comuni: readonly { istatCode: string; name: string }[];
}) {
  const queryClient = useQueryClient();
  const citizens = useCitizenOptions();
  const [announcement, announce] = useAnnouncement();
  // Back from registering a walk-in (NewCitizenPage): the contact is theirs, and its outcome the registration.
  const [params, setParams] = useSearchParams();
  const justRegistered = params.get('persona');
  const [draft, setDraft] = useState<Draft>(() =>
    justRegistered
      ? { ...blank(myComune), who: 'registered', citizenId: justRegistered, outcome: 'REGISTERED' }
      : blank(myComune),
  );
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  // One key per contact: a repeated submit of the same contact records it once.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  function fail(next: FormErrors<Field>) {
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const registered = draft.who === 'registered';
    if (registered && !draft.citizenId) {
      fail({
        fields: { citizenId: 'Scegli la persona, oppure indica che il contatto è anonimo.' },
        form: [],
      });
      return;
    }
    setPending(true);
    try {
      const { recordFrontDeskContact } = await client.request(RecordContactMutation, {
        idempotencyKey,
        input: {
          contactedOn: draft.contactedOn,
          channel: draft.channel,
          topic: draft.topic,
          comuneCode: draft.comuneCode,
          outcome: draft.outcome,
          citizenId: registered ? draft.citizenId : null,
          note: registered && draft.note.trim() ? draft.note : null,
        },
      });
      if (recordFrontDeskContact.contact && recordFrontDeskContact.userErrors.length === 0) {
        const who = registered
          ? (citizens.options.find((c) => c.value === draft.citizenId)?.name ?? 'la persona')
          : 'un contatto anonimo';
        announce({
          kind: 'success',
          text: `Registrato: ${labels.contactChannel[draft.channel].toLowerCase()}, ${who}. Puoi inserire il prossimo.`,
        });
        setErrors(noErrors());
        setDraft(blank(myComune));
        setIdempotencyKey(crypto.randomUUID());
        // Recorded: a reload starts from a blank contact, not from the same person again.
        if (justRegistered) setParams({}, { replace: true });
        await queryClient.invalidateQueries({ queryKey: ['frontDesk'] });
        return;
      }
      fail(mapUserErrors(recordFrontDeskContact.userErrors, FIELDS));
    } catch (error) {
      fail(failure(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="sl-section" aria-labelledby="new-contact">
      <h2 id="new-contact">Nuovo contatto</h2>
      {announcement}
      {justRegistered && draft.citizenId === justRegistered ? (
        <Notice kind="info" testId="just-registered">
          <p className="mb-0">
            Registrazione di {citizens.options.find((c) => c.value === justRegistered)?.name ?? 'una persona'}{' '}
            fatta: la persona è già scelta qui sotto, registra il contatto.
          </p>
        </Notice>
      ) : null}
      <form noValidate onSubmit={submit} data-testid="contact-form">
        <ErrorSummary errors={errors} labels={FIELD_LABELS} ids={FIELD_IDS} focusKey={submits} />
        <div className="row">
          <div className="col-md-4">
            <SelectField
              id={FIELD_IDS.channel}
              label={FIELD_LABELS.channel}
              value={draft.channel}
              onChange={(v) => set('channel', v as ContactChannel)}
              options={options(labels.contactChannel)}
              placeholder="Scegli il canale"
              error={errors.fields.channel}
            />
          </div>
          <div className="col-md-4">
            <SelectField
              id={FIELD_IDS.topic}
              label={FIELD_LABELS.topic}
              value={draft.topic}
              onChange={(v) => set('topic', v as ContactTopic)}
              options={options(labels.contactTopic)}
              placeholder="Scegli l’argomento"
              error={errors.fields.topic}
            />
          </div>
          <div className="col-md-4">
            <SelectField
              id={FIELD_IDS.outcome}
              label={FIELD_LABELS.outcome}
              value={draft.outcome}
              onChange={(v) => set('outcome', v as ContactOutcome)}
              options={options(labels.contactOutcome)}
              placeholder="Scegli l’esito"
              error={errors.fields.outcome}
            />
          </div>
          <div className="col-md-4">
            <SelectField
              id={FIELD_IDS.comuneCode}
              label="Comune della persona"
              value={draft.comuneCode}
              onChange={(v) => set('comuneCode', v)}
              options={comuni.map((c) => ({ value: c.istatCode, label: c.name }))}
              placeholder="Scegli il comune"
              error={errors.fields.comuneCode}
            />
          </div>
          <div className="col-md-4">
            <TextField
              id={FIELD_IDS.contactedOn}
              label={FIELD_LABELS.contactedOn}
              type="date"
              value={draft.contactedOn}
              max={todayInItaly()}
              min={dayInItaly(-30)}
              onChange={(v) => set('contactedOn', v)}
              hint="Oggi, o fino a 30 giorni fa."
              error={errors.fields.contactedOn}
            />
          </div>
        </div>
        <fieldset className="sl-field">
          <legend className="sl-label">Chi è</legend>
          {(
            [
              ['anonymous', 'Anonimo: la persona non lascia il nome'],
              ['registered', 'Una persona registrata sulla piattaforma'],
            ] as const
          ).map(([value, label]) => (
            <div className="form-check" key={value}>
              <input
                id={`contact-who-${value}`}
                type="radio"
                name="contact-who"
                checked={draft.who === value}
                onChange={() => set('who', value)}
              />
              <label htmlFor={`contact-who-${value}`}>{label}</label>
            </div>
          ))}
        </fieldset>
        {draft.who === 'anonymous' ? (
          <p className="sl-hint" data-testid="anonymous-hint">
            Per un contatto anonimo non si scrive nulla: niente nome, niente note. Si conta solo il contatto.
          </p>
        ) : (
          <>
            <SelectField
              id={FIELD_IDS.citizenId}
              label={FIELD_LABELS.citizenId}
              value={draft.citizenId}
              onChange={(v) => set('citizenId', v)}
              options={citizens.options}
              placeholder="Scegli la persona"
              error={errors.fields.citizenId}
            />
            <p className="sl-hint" data-testid="register-hint">
              La persona non è ancora nell’elenco?{' '}
              <Link to="/cittadini/nuovo?da=accoglienza">Registrala allo sportello</Link>: poi torni qui, con
              la persona già scelta.
            </p>
            <TextAreaField
              id={FIELD_IDS.note}
              label={FIELD_LABELS.note}
              hint={`Breve, al massimo ${NOTE_MAX} caratteri. La leggono solo gli operatori di questo sportello.`}
              value={draft.note}
              onChange={(v) => set('note', v)}
              maxLength={NOTE_MAX}
              rows={2}
              optional
              error={errors.fields.note}
            />
          </>
        )}
        <Button type="submit" color="primary" aria-disabled={pending || undefined}>
          {pending ? it.common.sending : 'Registra il contatto'}
        </Button>
      </form>
    </section>
  );
}

function TodayList({ sportelloName }: { sportelloName: string }) {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const today = useQuery({
    queryKey: ['frontDesk', 'today'],
    queryFn: () => client.request(ContactsQuery, {}),
  });
  const contacts = today.data?.frontDeskContacts.edges.map((e) => e.node) ?? [];

  async function markInError(id: string) {
    const { markFrontDeskContactInError } = await client.request(MarkInErrorMutation, { id });
    announce(
      markFrontDeskContactInError.userErrors.length
        ? { kind: 'danger', text: markFrontDeskContactInError.userErrors.map((e) => e.message).join(' ') }
        : { kind: 'success', text: 'Contatto segnato come inserito per errore: non entra più nei conteggi.' },
    );
    await queryClient.invalidateQueries({ queryKey: ['frontDesk'] });
  }

  return (
    <section className="sl-section" aria-labelledby="today-contacts">
      <h2 id="today-contacts">I contatti di oggi</h2>
      {announcement}
      {today.error ? (
        <LoadError error={today.error} retry={today.refetch} />
      ) : !today.data ? (
        <Loading />
      ) : contacts.length === 0 ? (
        <p data-testid="no-contacts">Nessun contatto registrato oggi.</p>
      ) : (
        <DataTable
          caption={`Contatti di oggi a ${sportelloName} (${contacts.length})`}
          testId="today-contacts"
          rows={contacts}
          rowKey={(c) => c.id}
          columns={[
            { header: 'Ora', cell: (c) => timeFormat.format(new Date(c.createdAt)) },
            { header: 'Canale', cell: (c) => labels.contactChannel[c.channel] },
            { header: 'Argomento', cell: (c) => labels.contactTopic[c.topic] },
            { header: 'Esito', cell: (c) => labels.contactOutcome[c.outcome] },
            { header: 'Comune', cell: (c) => c.comune.name },
            {
              header: 'Persona',
              cell: (c) =>
                c.citizen ? (
                  <Link to={`/cittadini/${c.citizen.id}`}>
                    {c.citizen.givenName} {c.citizen.familyName}
                  </Link>
                ) : (
                  'Anonimo'
                ),
            },
            { header: 'Nota', cell: (c) => c.note ?? '—' },
            { header: 'Registrato da', cell: (c) => c.recordedByName },
            {
              header: 'Correzione',
              cell: (c) =>
                c.enteredInError ? (
                  <span className="sl-status sl-status--rejected">Inserito per errore</span>
                ) : (
                  <ConfirmAction
                    label="Segna come errore"
                    question="Il contatto resta nell’elenco ma non entra più nei conteggi. Confermi?"
                    confirmLabel="Sì, è un errore"
                    onConfirm={() => markInError(c.id)}
                    buttonClassName="btn btn-outline-danger btn-sm"
                    testId="mark-in-error"
                  />
                ),
            },
          ]}
        />
      )}
      <Notice kind="info">
        <p className="mb-0">
          Un contatto sbagliato non si cancella: premi «Segna come errore» e registra quello giusto. Resta
          nell’elenco ma non entra nei conteggi.
        </p>
      </Notice>
    </section>
  );
}
