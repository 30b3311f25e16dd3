import { todayInItaly } from '@sportello/domain';
import {
  CheckboxField,
  caseCloseReasonLabels,
  contactChannelLabels,
  contactOutcomeLabels,
  DataTable,
  diaryVisibilityLabels,
  ErrorSummary,
  type FormErrors,
  failure,
  formatDate,
  formatDateTime,
  mapUserErrors,
  Notice,
  noErrors,
  optionsOf,
  pattoActionAssigneeLabels,
  pattoActionKindLabels,
  pattoActionStatusLabels,
  SelectField,
  TextAreaField,
  TextField,
  type UserErrorLike,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';
import type {
  CaseCloseReason,
  CitizenCase_CaseQueryQuery,
  DiaryContactChannel,
  DiaryContactOutcome,
  DiaryVisibility,
  PattoActionAssignee,
  PattoActionKind,
  PattoActionStatus,
} from '../gql/graphql';
import { recordPath, useOrientationBookingsToRecord, useOrientationRecords } from './CitizenOrientation';

const CaseQuery = graphql(`
  query CitizenCase_CaseQuery($citizenId: ID!) {
    citizenCase(citizenId: $citizenId) {
      id
      inChargeHere
      inChargeSince
      closedAt
      closeReason
      closeNote
      sportello {
        id
        name
      }
      takenBy {
        id
        givenName
        familyName
      }
      patto {
        ...CitizenCase_Patto
      }
      pattoVersions {
        ...CitizenCase_Patto
      }
      diary {
        id
        occurredOn
        visibility
        body
        contactChannel
        contactOutcome
        createdAt
        author {
          id
          givenName
          familyName
        }
        corrects {
          id
          occurredOn
        }
        supersededBy {
          id
          occurredOn
        }
      }
    }
  }
  fragment CitizenCase_Patto on PattoVersion {
    id
    version
    objectives
    current
    createdAt
    acceptedAt
    acceptedOn
    acceptanceChannel
    actions {
      id
      kind
      description
      dueOn
      assignee
      status
      overdue
    }
  }
`);

const SavePattoMutation = graphql(`
  mutation CitizenCase_SavePattoMutation($caseId: ID!, $input: PattoInput!, $baseVersion: Int, $key: String) {
    savePatto(caseId: $caseId, input: $input, baseVersion: $baseVersion, idempotencyKey: $key) {
      patto {
        id
        version
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const RecordAcceptanceMutation = graphql(`
  mutation CitizenCase_RecordAcceptanceMutation($versionId: ID!, $acceptedOn: Date!) {
    recordPattoAcceptance(versionId: $versionId, acceptedOn: $acceptedOn) {
      patto {
        id
        acceptedOn
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const ActionStatusMutation = graphql(`
  mutation CitizenCase_ActionStatusMutation($actionId: ID!, $status: PattoActionStatus!) {
    setPattoActionStatus(actionId: $actionId, status: $status) {
      action {
        id
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const AddEntryMutation = graphql(`
  mutation CitizenCase_AddEntryMutation($caseId: ID!, $input: DiaryEntryInput!, $key: String) {
    addDiaryEntry(caseId: $caseId, input: $input, idempotencyKey: $key) {
      entry {
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

const CorrectEntryMutation = graphql(`
  mutation CitizenCase_CorrectEntryMutation($entryId: ID!, $input: DiaryEntryInput!, $key: String) {
    correctDiaryEntry(entryId: $entryId, input: $input, idempotencyKey: $key) {
      entry {
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

const CloseCaseMutation = graphql(`
  mutation CitizenCase_CloseCaseMutation($caseId: ID!, $reason: CaseCloseReason!, $note: String) {
    closeCase(caseId: $caseId, reason: $reason, note: $note) {
      case {
        id
        closedAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type Case = NonNullable<CitizenCase_CaseQueryQuery['citizenCase']>;
type Patto = NonNullable<Case['patto']>;
type Entry = Case['diary'][number];

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Rome' });

/**
 * Runs a form's mutation: its userErrors go to the fields (or the form), success to `done`.
 * The idempotency key stays the same for the retries of one form, so a double submit makes one row.
 */
function useFormAction<F extends string>(fields: readonly F[]) {
  const [errors, setErrors] = useState<FormErrors<F>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const [key, setKey] = useState(() => crypto.randomUUID());
  async function run(action: (key: string) => Promise<readonly UserErrorLike[]>, done: () => Promise<void>) {
    if (pending) return;
    setPending(true);
    try {
      const userErrors = await action(key);
      if (userErrors.length === 0) {
        setErrors(noErrors());
        setKey(crypto.randomUUID());
        await done();
        return;
      }
      // Paths like actions[0].description are fields of their own.
      setErrors(mapUserErrors(userErrors, fields, Object.fromEntries(fields.map((f) => [f, f]))));
      setSubmits((n) => n + 1);
    } catch (error) {
      setErrors(failure(error));
      setSubmits((n) => n + 1);
    } finally {
      setPending(false);
    }
  }
  return { errors, submits, pending, run };
}

/** The citizen's case at the sportello: who has it, the patto, the diary, closing it. */
export function CaseFile({ citizenId, citizenName }: { citizenId: string; citizenName: string }) {
  const { data } = useQuery({
    queryKey: ['citizen', citizenId, 'case'],
    queryFn: () => client.request(CaseQuery, { citizenId }),
  });
  const [announcement, announce] = useAnnouncement();
  const queryClient = useQueryClient();
  const found = data?.citizenCase;
  if (!found) return null;
  const refresh = (text: string) => async () => {
    announce({ kind: 'success', text });
    await Promise.all(
      [['citizen', citizenId], ['casework-today'], ['caseload']].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
  };
  return (
    <section className="sl-section" aria-labelledby="case-file" data-testid="case-file">
      <h2 id="case-file">Percorso allo sportello</h2>
      {announcement}
      <dl className="sl-details sl-details--compact" data-testid="case-header">
        <dt>Sportello</dt>
        <dd>{found.sportello.name}</dd>
        <dt>In carico dal</dt>
        <dd>{formatDate(found.inChargeSince)}</dd>
        <dt>Presa in carico da</dt>
        <dd>{`${found.takenBy.givenName} ${found.takenBy.familyName}`}</dd>
        {found.closedAt ? (
          <>
            <dt>Chiuso il</dt>
            <dd>
              {formatDate(found.closedAt)}:{' '}
              {found.closeReason ? caseCloseReasonLabels[found.closeReason] : ''}
              {found.closeNote ? ` (${found.closeNote})` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {found.inChargeHere ? (
        <>
          <PattoSection found={found} citizenId={citizenId} done={refresh} />
          <Diary found={found} done={refresh} />
          {found.closedAt ? null : <CloseCase found={found} citizenName={citizenName} done={refresh} />}
        </>
      ) : (
        <p>Il patto e il diario li legge solo lo sportello che ha in carico la persona.</p>
      )}
    </section>
  );
}

type Done = (text: string) => () => Promise<void>;

function PattoView({
  patto,
  actions,
}: {
  patto: Patto;
  actions?: (a: Patto['actions'][number]) => ReactNode;
}) {
  return (
    <>
      <h4 className="h6">Obiettivi</h4>
      <p className="sl-pre-line">{patto.objectives}</p>
      <DataTable
        caption={`Azioni del patto, versione ${patto.version}`}
        testId={`patto-actions-${patto.version}`}
        rows={patto.actions}
        rowKey={(a) => a.id}
        columns={[
          { header: 'Azione', cell: (a) => pattoActionKindLabels[a.kind] },
          { header: 'Descrizione', cell: (a) => a.description },
          { header: 'Chi la fa', cell: (a) => pattoActionAssigneeLabels[a.assignee] },
          {
            header: 'Entro il',
            cell: (a) => (a.dueOn ? `${formatDate(a.dueOn)}${a.overdue ? ' (scaduta)' : ''}` : '—'),
          },
          { header: 'Stato', cell: (a) => pattoActionStatusLabels[a.status] },
          ...(actions ? [{ header: 'Aggiorna', cell: actions }] : []),
        ]}
      />
    </>
  );
}

const acceptance = (patto: Patto) =>
  patto.acceptedAt
    ? `Accettato ${patto.acceptanceChannel === 'DESK' ? 'allo sportello' : 'online'} il ${formatDate(patto.acceptedOn ?? patto.acceptedAt)}.`
    : 'Non ancora accettato dalla persona.';

function PattoSection({ found, citizenId, done }: { found: Case; citizenId: string; done: Done }) {
  const [editing, setEditing] = useState(false);
  const patto = found.patto;
  const writable = found.closedAt === null;
  const status = useFormAction<'status'>(['status']);
  const setStatus = (actionId: string, next: PattoActionStatus) =>
    status.run(
      async () =>
        (await client.request(ActionStatusMutation, { actionId, status: next })).setPattoActionStatus
          .userErrors,
      done(`Azione segnata come «${pattoActionStatusLabels[next].toLowerCase()}».`),
    );
  return (
    <div className="sl-subsection" data-testid="patto">
      <h3>Patto di servizio</h3>
      <ErrorSummary errors={status.errors} labels={{ status: 'Stato' }} ids={{}} focusKey={status.submits} />
      {patto ? (
        <>
          <p data-testid="patto-state">
            Versione {patto.version} del {formatDate(patto.createdAt)}. <strong>{acceptance(patto)}</strong>
          </p>
          <PattoView
            patto={patto}
            actions={
              writable
                ? (a) =>
                    a.status === 'TODO' ? (
                      <>
                        <Button color="primary" outline size="xs" onClick={() => setStatus(a.id, 'DONE')}>
                          Fatta<span className="visually-hidden">: {a.description}</span>
                        </Button>{' '}
                        <Button
                          color="secondary"
                          outline
                          size="xs"
                          onClick={() => setStatus(a.id, 'CANCELLED')}
                        >
                          Non serve più<span className="visually-hidden">: {a.description}</span>
                        </Button>
                      </>
                    ) : (
                      <Button color="secondary" outline size="xs" onClick={() => setStatus(a.id, 'TODO')}>
                        Di nuovo da fare<span className="visually-hidden">: {a.description}</span>
                      </Button>
                    )
                : undefined
            }
          />
          <FromOrientation
            citizenId={citizenId}
            patto={patto}
            markDone={writable ? (actionId) => setStatus(actionId, 'DONE') : null}
          />
          {writable && !patto.acceptedAt ? <RecordAcceptance patto={patto} done={done} /> : null}
        </>
      ) : (
        <p>Il patto non è ancora stato scritto.</p>
      )}
      {writable ? (
        editing ? (
          <PattoForm
            found={found}
            onSaved={async () => {
              setEditing(false);
              await done(
                'Patto salvato. La persona lo trova nel suo portale, in «Il mio percorso», e lo deve accettare.',
              )();
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <Button color="primary" onClick={() => setEditing(true)}>
            {patto ? 'Modifica il patto' : 'Scrivi il patto'}
          </Button>
        )
      ) : null}
      {found.pattoVersions.length > 1 ? (
        <details className="mt-3" data-testid="patto-versions">
          <summary>Versioni precedenti ({found.pattoVersions.length - 1})</summary>
          {found.pattoVersions
            .filter((v) => !v.current)
            .map((v) => (
              <div key={v.id} className="mt-2">
                <h4 className="h6">
                  Versione {v.version} del {formatDate(v.createdAt)}: {acceptance(v)}
                </h4>
                <PattoView patto={v} />
              </div>
            ))}
        </details>
      ) : null}
    </div>
  );
}

const ORIENTATION_KINDS = ['ORIENTATION_INTERVIEW', 'SKILLS_ASSESSMENT'] as const;
type OrientationKind = (typeof ORIENTATION_KINDS)[number];
const isOrientation = (kind: PattoActionKind): kind is OrientationKind =>
  (ORIENTATION_KINDS as readonly string[]).includes(kind);

/**
 * What the orientation records bring to the patto: the target occupations of the latest record,
 * each with its skills gap, and for an orientation action still to do either the record that
 * fulfils it (held since this version of the patto: marking it done is progress, not a new
 * version) or the way to book the colloquio.
 */
function FromOrientation({
  citizenId,
  patto,
  markDone,
}: {
  citizenId: string;
  patto: Patto;
  markDone: ((actionId: string) => void) | null;
}) {
  const records = useOrientationRecords(citizenId).data;
  const booked = useOrientationBookingsToRecord(citizenId) ?? [];
  if (!records) return null;
  const since = todayInItaly(new Date(patto.createdAt));
  const open = patto.actions.flatMap((action) => {
    const kind = action.kind;
    return action.status === 'TODO' && isOrientation(kind) ? [{ action, kind }] : [];
  });
  const targets = records.find((r) => r.targetOccupations.length > 0);
  if (!targets && open.length === 0) return null;
  return (
    <div className="sl-form-box my-3" data-testid="patto-orientation">
      <h4 className="h6">Dall’orientamento</h4>
      {targets ? (
        <>
          <p className="mb-1">
            Professioni obiettivo della scheda del {formatDate(targets.heldOn)}: confrontale con il CV nelle
            competenze mancanti.
          </p>
          <ul data-testid="patto-orientation-targets">
            {targets.targetOccupations.map((o) => (
              <li key={o.uri}>
                {o.label}:{' '}
                <Link to={`/cittadini/${citizenId}?professione=${encodeURIComponent(o.uri)}`}>
                  competenze mancanti<span className="visually-hidden"> per {o.label}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {open.map(({ action, kind }) => {
        const record = records.find((r) => r.kind === kind && r.heldOn >= since);
        const booking = booked.find((b) => b.purpose === kind);
        const what = `«${action.description}»`;
        if (!record && booking)
          return (
            <p key={action.id} className="mb-1" data-testid="orientation-action-booked">
              {pattoActionKindLabels[kind]} prenotato per l’azione {what}: {formatDateTime(booking.startsAt)}.
              Dopo il colloquio, <Link to={recordPath(citizenId, booking)}>scrivi la scheda</Link>.
            </p>
          );
        return record ? (
          <p key={action.id} className="mb-1" data-testid="orientation-action-fulfilled">
            La scheda del {formatDate(record.heldOn)} è scritta: l’azione {what} è fatta?{' '}
            {markDone ? (
              <Button color="primary" size="xs" onClick={() => markDone(action.id)}>
                Segna l’azione come fatta
              </Button>
            ) : null}
          </p>
        ) : (
          <p key={action.id} className="mb-1" data-testid="orientation-action-to-book">
            L’azione {what} è da fare:{' '}
            <Link to={`/colloqui/nuovo?cittadino=${citizenId}&tipo=${kind}`}>
              prenota il {pattoActionKindLabels[kind].toLowerCase()}
            </Link>
            .
          </p>
        );
      })}
    </div>
  );
}

type ActionDraft = {
  kind: PattoActionKind | '';
  description: string;
  dueOn: string;
  assignee: PattoActionAssignee | '';
  status: PattoActionStatus;
};

const emptyAction = (): ActionDraft => ({
  kind: '',
  description: '',
  dueOn: '',
  assignee: '',
  status: 'TODO',
});

function PattoForm({
  found,
  onSaved,
  onCancel,
}: {
  found: Case;
  onSaved: () => Promise<void>;
  onCancel: () => void;
}) {
  const current = found.patto;
  const [objectives, setObjectives] = useState(current?.objectives ?? '');
  const [actions, setActions] = useState<ActionDraft[]>(
    current?.actions.map((a) => ({ ...a, dueOn: a.dueOn ?? '' })) ?? [emptyAction()],
  );
  const fields = [
    'objectives',
    ...actions.flatMap((_, i) => [`actions[${i}].description`, `actions[${i}].dueOn`]),
  ];
  const form = useFormAction<string>(fields);
  const change = (i: number, patch: Partial<ActionDraft>) =>
    setActions((list) => list.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = actions.findIndex((a) => !a.kind || !a.assignee);
    form.run(async (key) => {
      if (missing >= 0)
        return [
          {
            field: null,
            code: 'REQUIRED',
            message: `Azione ${missing + 1}: scegli il tipo e chi la fa.`,
          },
        ];
      const saved = await client.request(SavePattoMutation, {
        caseId: found.id,
        baseVersion: current?.version ?? null,
        key,
        input: {
          objectives,
          actions: actions.map((a) => ({
            kind: a.kind as PattoActionKind,
            description: a.description,
            dueOn: a.dueOn || null,
            assignee: a.assignee as PattoActionAssignee,
            status: a.status,
          })),
        },
      });
      return saved.savePatto.userErrors;
    }, onSaved);
  }

  return (
    <form noValidate onSubmit={submit} aria-labelledby="patto-form" className="sl-form mt-3">
      <h4 id="patto-form" className="h5">
        {current ? `Nuova versione del patto (la ${current.version + 1})` : 'Scrivi il patto'}
      </h4>
      {current?.acceptedAt ? (
        <Notice kind="info">
          <p className="mb-0">
            La persona ha già accettato questa versione: salvando, ne fai una nuova che dovrà accettare di
            nuovo.
          </p>
        </Notice>
      ) : null}
      <ErrorSummary
        errors={form.errors}
        labels={Object.fromEntries(fields.map((f) => [f, f === 'objectives' ? 'Obiettivi' : 'Azione']))}
        ids={{ objectives: 'patto-objectives' }}
        focusKey={form.submits}
      />
      <TextAreaField
        id="patto-objectives"
        label="Obiettivi concordati"
        hint="Che cosa la persona vuole raggiungere, con parole semplici."
        value={objectives}
        onChange={setObjectives}
        error={form.errors.fields.objectives}
        rows={3}
      />
      {actions.map((a, i) => (
        <fieldset key={i} className="sl-fieldset" data-testid={`patto-action-${i}`}>
          <legend className="h6">Azione {i + 1}</legend>
          <SelectField
            id={`action-kind-${i}`}
            label="Tipo di azione"
            placeholder="Scegli il tipo"
            options={optionsOf(pattoActionKindLabels)}
            value={a.kind}
            onChange={(kind) => change(i, { kind: kind as PattoActionKind })}
          />
          <TextField
            id={`action-description-${i}`}
            label="Che cosa si fa"
            value={a.description}
            onChange={(description) => change(i, { description })}
            error={form.errors.fields[`actions[${i}].description`]}
          />
          <TextField
            id={`action-due-${i}`}
            type="date"
            label="Entro il"
            optional
            value={a.dueOn}
            onChange={(dueOn) => change(i, { dueOn })}
            error={form.errors.fields[`actions[${i}].dueOn`]}
          />
          <SelectField
            id={`action-assignee-${i}`}
            label="Chi la fa"
            placeholder="Scegli"
            options={optionsOf(pattoActionAssigneeLabels)}
            value={a.assignee}
            onChange={(assignee) => change(i, { assignee: assignee as PattoActionAssignee })}
          />
          <Button
            color="secondary"
            outline
            size="sm"
            onClick={() => setActions((list) => list.filter((_, j) => j !== i))}
          >
            Togli l’azione {i + 1}
          </Button>
        </fieldset>
      ))}
      <div className="sl-actions">
        <Button color="secondary" outline onClick={() => setActions((list) => [...list, emptyAction()])}>
          Aggiungi un’azione
        </Button>
        <Button color="primary" type="submit" disabled={form.pending}>
          Salva il patto
        </Button>
        <Button color="secondary" outline onClick={onCancel}>
          Annulla
        </Button>
      </div>
    </form>
  );
}

function RecordAcceptance({ patto, done }: { patto: Patto; done: Done }) {
  const [acceptedOn, setAcceptedOn] = useState(today());
  const form = useFormAction(['acceptedOn'] as const);
  function submit(event: FormEvent) {
    event.preventDefault();
    form.run(
      async () =>
        (await client.request(RecordAcceptanceMutation, { versionId: patto.id, acceptedOn }))
          .recordPattoAcceptance.userErrors,
      done('Accettazione allo sportello registrata.'),
    );
  }
  return (
    <form noValidate onSubmit={submit} aria-labelledby="record-acceptance" className="sl-form mt-2">
      <h4 id="record-acceptance" className="h6">
        La persona ha firmato il patto allo sportello?
      </h4>
      <ErrorSummary
        errors={form.errors}
        labels={{ acceptedOn: 'Giorno della firma' }}
        ids={{ acceptedOn: 'accepted-on' }}
        focusKey={form.submits}
      />
      <TextField
        id="accepted-on"
        type="date"
        label="Giorno della firma"
        value={acceptedOn}
        onChange={setAcceptedOn}
        error={form.errors.fields.acceptedOn}
      />
      <Button color="primary" outline type="submit" disabled={form.pending}>
        Registra l’accettazione allo sportello
      </Button>
    </form>
  );
}

type EntryDraft = {
  occurredOn: string;
  visibility: DiaryVisibility | '';
  body: string;
  contact: boolean;
  contactChannel: DiaryContactChannel | '';
  contactOutcome: DiaryContactOutcome | '';
};

const DIARY_FIELDS = ['occurredOn', 'visibility', 'body', 'contactChannel', 'contactOutcome'] as const;

function EntryForm({
  title,
  initial,
  submitLabel,
  save,
  onSaved,
  onCancel,
}: {
  title: string;
  initial: EntryDraft;
  submitLabel: string;
  save: (input: EntryDraft, key: string) => Promise<readonly UserErrorLike[]>;
  onSaved: () => Promise<void>;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const form = useFormAction(DIARY_FIELDS);
  const change = (patch: Partial<EntryDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const id = title.replace(/\W+/g, '-').toLowerCase();
  function submit(event: FormEvent) {
    event.preventDefault();
    form.run(
      async (key) =>
        draft.visibility
          ? save(draft, key)
          : [{ field: 'visibility', code: 'REQUIRED', message: 'Scegli chi può leggere la nota.' }],
      async () => {
        setDraft(initial);
        await onSaved();
      },
    );
  }
  return (
    <form
      noValidate
      onSubmit={submit}
      aria-labelledby={id}
      className="sl-form mt-2"
      data-testid={`${id}-form`}
    >
      <h4 id={id} className="h6">
        {title}
      </h4>
      <ErrorSummary
        errors={form.errors}
        labels={{
          occurredOn: 'Giorno',
          visibility: 'Chi può leggerla',
          body: 'Testo',
          contactChannel: 'Modo del contatto',
          contactOutcome: 'Esito del contatto',
        }}
        ids={{
          occurredOn: `${id}-on`,
          visibility: `${id}-visibility`,
          body: `${id}-body`,
          contactChannel: `${id}-channel`,
          contactOutcome: `${id}-outcome`,
        }}
        focusKey={form.submits}
      />
      <TextField
        id={`${id}-on`}
        type="date"
        label="Giorno"
        value={draft.occurredOn}
        onChange={(occurredOn) => change({ occurredOn })}
        error={form.errors.fields.occurredOn}
      />
      <SelectField
        id={`${id}-visibility`}
        label="Chi può leggerla"
        placeholder="Scegli"
        options={optionsOf(diaryVisibilityLabels)}
        value={draft.visibility}
        onChange={(visibility) => change({ visibility: visibility as DiaryVisibility })}
        error={form.errors.fields.visibility}
      />
      <TextAreaField
        id={`${id}-body`}
        label="Testo"
        value={draft.body}
        onChange={(body) => change({ body })}
        error={form.errors.fields.body}
        rows={3}
      />
      <CheckboxField
        id={`${id}-contact`}
        label="È un contatto con la persona (telefonata, email, incontro, messaggio)"
        checked={draft.contact}
        onChange={(contact) => change({ contact })}
      />
      {draft.contact ? (
        <>
          <SelectField
            id={`${id}-channel`}
            label="Modo del contatto"
            placeholder="Scegli"
            options={optionsOf(contactChannelLabels)}
            value={draft.contactChannel}
            onChange={(v) => change({ contactChannel: v as DiaryContactChannel })}
            error={form.errors.fields.contactChannel}
          />
          <SelectField
            id={`${id}-outcome`}
            label="Esito del contatto"
            placeholder="Scegli"
            options={optionsOf(contactOutcomeLabels)}
            value={draft.contactOutcome}
            onChange={(v) => change({ contactOutcome: v as DiaryContactOutcome })}
            error={form.errors.fields.contactOutcome}
          />
        </>
      ) : null}
      <div className="sl-actions">
        <Button color="primary" type="submit" disabled={form.pending}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button color="secondary" outline onClick={onCancel}>
            Annulla
          </Button>
        ) : null}
      </div>
    </form>
  );
}

const entryInput = (draft: EntryDraft) => ({
  occurredOn: draft.occurredOn,
  visibility: draft.visibility as DiaryVisibility,
  body: draft.body,
  contactChannel: draft.contact && draft.contactChannel ? draft.contactChannel : null,
  contactOutcome: draft.contact && draft.contactOutcome ? draft.contactOutcome : null,
});

const draftOf = (entry: Entry): EntryDraft => ({
  occurredOn: entry.occurredOn,
  visibility: entry.visibility,
  body: entry.body,
  contact: entry.contactChannel !== null,
  contactChannel: entry.contactChannel ?? '',
  contactOutcome: entry.contactOutcome ?? '',
});

function Diary({ found, done }: { found: Case; done: Done }) {
  const [correcting, setCorrecting] = useState<string | null>(null);
  const writable = found.closedAt === null;
  const newEntry: EntryDraft = {
    occurredOn: today(),
    visibility: '',
    body: '',
    contact: false,
    contactChannel: '',
    contactOutcome: '',
  };
  return (
    <div className="sl-subsection" data-testid="diary">
      <h3>Diario</h3>
      <p>Le note non si cancellano: per correggerne una, scrivi una correzione.</p>
      {writable ? (
        <EntryForm
          title="Nuova nota"
          initial={newEntry}
          submitLabel="Aggiungi al diario"
          onSaved={done('Nota aggiunta al diario.')}
          save={async (draft, key) =>
            (await client.request(AddEntryMutation, { caseId: found.id, input: entryInput(draft), key }))
              .addDiaryEntry.userErrors
          }
        />
      ) : null}
      {found.diary.length === 0 ? (
        <p>Il diario è vuoto.</p>
      ) : (
        <ul className="sl-diary" data-testid="diary-entries">
          {found.diary.map((entry) => (
            <li
              key={entry.id}
              className={`sl-diary__entry${entry.supersededBy ? ' sl-diary__superseded' : ''}`}
            >
              <p className="mb-1">
                <strong>{formatDate(entry.occurredOn)}</strong> · {diaryVisibilityLabels[entry.visibility]} ·{' '}
                {entry.author.givenName} {entry.author.familyName}
                {entry.contactChannel && entry.contactOutcome
                  ? ` · ${contactChannelLabels[entry.contactChannel]}: ${contactOutcomeLabels[entry.contactOutcome].toLowerCase()}`
                  : ''}
              </p>
              <p className="sl-pre-line mb-1">{entry.body}</p>
              {entry.corrects ? (
                <p className="small mb-1">Corregge la nota del {formatDate(entry.corrects.occurredOn)}.</p>
              ) : null}
              {entry.supersededBy ? (
                <p className="small mb-1">Superata da una correzione.</p>
              ) : writable && correcting !== entry.id ? (
                <Button color="secondary" outline size="xs" onClick={() => setCorrecting(entry.id)}>
                  Correggi
                </Button>
              ) : null}
              {correcting === entry.id ? (
                <EntryForm
                  title={`Correzione della nota del ${formatDate(entry.occurredOn)}`}
                  initial={draftOf(entry)}
                  submitLabel="Salva la correzione"
                  onCancel={() => setCorrecting(null)}
                  save={async (draft, key) =>
                    (
                      await client.request(CorrectEntryMutation, {
                        entryId: entry.id,
                        input: entryInput(draft),
                        key,
                      })
                    ).correctDiaryEntry.userErrors
                  }
                  onSaved={async () => {
                    setCorrecting(null);
                    await done('Correzione salvata: la nota di prima resta, segnata come superata.')();
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CloseCase({ found, citizenName, done }: { found: Case; citizenName: string; done: Done }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<CaseCloseReason | ''>('');
  const [note, setNote] = useState('');
  const form = useFormAction(['reason', 'note'] as const);
  function submit(event: FormEvent) {
    event.preventDefault();
    form.run(
      async () =>
        reason
          ? (await client.request(CloseCaseMutation, { caseId: found.id, reason, note: note || null }))
              .closeCase.userErrors
          : [{ field: 'reason', code: 'REQUIRED', message: 'Scegli il motivo della chiusura.' }],
      done(`Il percorso di ${citizenName} è chiuso.`),
    );
  }
  if (!open)
    return (
      <Button color="danger" outline className="mt-3" onClick={() => setOpen(true)}>
        Chiudi il percorso
      </Button>
    );
  return (
    <form noValidate onSubmit={submit} aria-labelledby="close-case" className="sl-form mt-3">
      <h3 id="close-case" className="h5">
        Chiudi il percorso
      </h3>
      <p>Chiudendo, lo sportello non ha più in carico la persona. Il fascicolo resta, in sola lettura.</p>
      <ErrorSummary
        errors={form.errors}
        labels={{ reason: 'Motivo', note: 'Nota' }}
        ids={{ reason: 'close-reason', note: 'close-note' }}
        focusKey={form.submits}
      />
      <SelectField
        id="close-reason"
        label="Motivo"
        placeholder="Scegli il motivo"
        options={optionsOf(caseCloseReasonLabels)}
        value={reason}
        onChange={(v) => setReason(v as CaseCloseReason)}
        error={form.errors.fields.reason}
      />
      <TextAreaField
        id="close-note"
        label="Nota"
        optional={reason !== 'OTHER'}
        hint="Per «Altro motivo» spiega quale."
        value={note}
        onChange={setNote}
        error={form.errors.fields.note}
        rows={2}
      />
      <div className="sl-actions">
        <Button color="danger" type="submit" disabled={form.pending}>
          Chiudi il percorso
        </Button>
        <Button color="secondary" outline onClick={() => setOpen(false)}>
          Annulla
        </Button>
      </div>
    </form>
  );
}
